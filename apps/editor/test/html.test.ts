import { readFileSync } from "node:fs";
import { check } from "@factmark/core";
import { defaultRegistry } from "@factmark/dataset-gaza";
import fc from "fast-check";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { type HtmlEnvironment, parseHtmlArticle, serializeHtmlArticle } from "../src/html.js";
import { parseMarkdownArticle } from "../src/markdown.js";
import { foundingArticlePath } from "./founding-article.js";

const { window } = new JSDOM("<!doctype html><html><body></body></html>");
const env: HtmlEnvironment = { DOMParser: window.DOMParser as unknown as typeof DOMParser, document: window.document };
const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), "utf8");

describe("HTML articles", () => {
  it("writes the founding article as a page that reads back to the same document and metadata", () => {
    const article = parseMarkdownArticle(readFileSync(foundingArticlePath(), "utf8"));
    const html = serializeHtmlArticle(article, env);
    expect(html).toContain('<meta name="date" content="2024-05-04">');
    expect(html).toContain("<header><h1>Ceasefire Talks: Progress Made in Cairo as Israel Doubles Down on Rafah Invasion</h1></header>");
    const back = parseHtmlArticle(html, env);
    expect(back.doc.eq(article.doc)).toBe(true);
    expect(back.meta).toEqual({ title: article.meta.title, dateline: article.meta.dateline, date: "2024-05-04", extra: {} });
  });

  it("keeps citations and dismissals through a save and an open", () => {
    const article = parseMarkdownArticle(fixture("marked.md"));
    const html = serializeHtmlArticle(article, env);
    expect(html).toContain('<cite data-citation="" data-source-id="gaza-moh" data-url="https://t.me/s/MOHMediaGaza" data-date="2024-06-20">over 37,000</cite>');
    expect(html).toContain('<span data-factmark-dismissed="unsourced-figure" data-reason="Checked with the UN by phone">over a million</span>');
    expect(parseHtmlArticle(html, env).doc.eq(article.doc)).toBe(true);
  });

  it("saves a page the checker reads with the same date and the same findings", () => {
    const article = parseMarkdownArticle(readFileSync(foundingArticlePath(), "utf8"));
    const registry = defaultRegistry();
    const fromHtml = check(serializeHtmlArticle(article, env), { registry, format: "html" });
    const fromMarkdown = check(readFileSync(foundingArticlePath(), "utf8"), { registry, format: "markdown" });
    expect(fromHtml.map((f) => [f.ruleId, f.text])).toEqual(fromMarkdown.map((f) => [f.ruleId, f.text]));
    expect(fromHtml.length).toBeGreaterThan(0);
  });

  it("reads the date from article:published_time and the headline from <title> when there is no header", () => {
    const article = parseHtmlArticle(
      '<html><head><title>Talks in Cairo</title><meta property="article:published_time" content="2024-05-04T09:00:00Z"></head><body><p>Over <b>34,000</b> killed.</p></body></html>',
      env,
    );
    expect(article.meta).toEqual({ title: "Talks in Cairo", date: "2024-05-04", extra: {} });
    expect(article.doc.textContent).toBe("Over 34,000 killed.");
  });

  it("rejects a date meta that is not a date, naming it", () => {
    expect(() => parseHtmlArticle('<meta name="date" content="May 4"><p>x</p>', env)).toThrow('HTML <meta name="date">: expected a YYYY-MM-DD date such as "2024-05-04", got "May 4"');
  });

  it("opens broken markup without throwing", () => {
    const article = parseHtmlArticle("<p>Over 34,000 <i>killed<p>in Gaza</b>", env);
    expect(article.doc.textContent).toBe("Over 34,000 killedin Gaza");
  });

  it("opens any text as HTML without throwing, unless its date meta is not a date (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom("", "<p>", "<article><h1>", "<cite data-citation>", '<span data-factmark-dismissed="x">'), (text, prefix) => {
        const { doc } = parseHtmlArticle(prefix + text, env);
        doc.check();
      }),
      { numRuns: 200 },
    );
  });
});
