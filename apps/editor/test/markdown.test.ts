import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMarkdownArticle, serializeMarkdownArticle } from "../src/markdown.js";
import { articleSchema } from "../src/schema.js";
import { foundingArticlePath } from "./founding-article.js";

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), "utf8");

describe("Markdown articles", () => {
  it("reads the founding article's front matter and its nine paragraphs", () => {
    const { doc, meta } = parseMarkdownArticle(readFileSync(foundingArticlePath(), "utf8"));
    expect(meta).toEqual({
      title: "Ceasefire Talks: Progress Made in Cairo as Israel Doubles Down on Rafah Invasion",
      dateline: "Tel Aviv, Israel",
      date: "2024-05-04",
      extra: {},
    });
    expect(doc.childCount).toBe(9);
    expect(doc.child(6).textContent).toContain("with over 34,000 Palestinians killed");
  });

  it("writes the founding article back to the same document and front matter", () => {
    const text = readFileSync(foundingArticlePath(), "utf8");
    const first = parseMarkdownArticle(text);
    const saved = serializeMarkdownArticle(first);
    const second = parseMarkdownArticle(saved);
    expect(second.doc.eq(first.doc)).toBe(true);
    expect(second.meta).toEqual(first.meta);
    expect(saved.startsWith('---\ntitle: "Ceasefire Talks: Progress Made in Cairo as Israel Doubles Down on Rafah Invasion"\ndateline: Tel Aviv, Israel\ndate: 2024-05-04\n---\n\n')).toBe(true);
  });

  it("reads citations and dismissals from inline HTML and writes them the same way", () => {
    const input = fixture("marked.md");
    const article = parseMarkdownArticle(input);
    const marks: string[] = [];
    article.doc.descendants((node) => {
      if (node.isText) for (const mark of node.marks) marks.push(`${mark.type.name}:${node.text}:${JSON.stringify(mark.attrs)}`);
    });
    expect(marks).toEqual(JSON.parse(fixture("marked.marks.json")) as string[]);
    expect(serializeMarkdownArticle(article)).toBe(fixture("marked.expected.md"));
  });

  it("keeps unknown front matter fields in order and writes them after the known ones", () => {
    const article = parseMarkdownArticle("---\nslug: cairo-talks\ndate: 2024-05-04\ntags: [gaza, ceasefire]\n---\n\nText.\n");
    expect(article.meta.extra).toEqual({ slug: "cairo-talks", tags: ["gaza", "ceasefire"] });
    expect(serializeMarkdownArticle(article)).toBe("---\ndate: 2024-05-04\nslug: cairo-talks\ntags:\n  - gaza\n  - ceasefire\n---\n\nText.\n");
  });

  it("rejects a front matter date that is not YYYY-MM-DD, naming the value", () => {
    expect(() => parseMarkdownArticle("---\ndate: 4 May 2024\n---\n\nText.")).toThrow('front matter: date must be a YYYY-MM-DD date such as "date: 2024-05-04", got "4 May 2024"');
    expect(() => parseMarkdownArticle("---\ndate: 2024-02-30\n---\n\nText.")).toThrow("2024-02-30");
  });

  it("rejects front matter that is not YAML, saying so", () => {
    expect(() => parseMarkdownArticle("---\ndate: [2024\n---\n\nText.")).toThrow(/^front matter: not valid YAML/);
  });

  it("drops raw HTML blocks and other inline HTML instead of failing", () => {
    const article = parseMarkdownArticle("<!-- factmark-disable-next-line unsourced-figure -->\nOver <b>34,000</b> killed.\n\n<div>block</div>\n");
    expect(article.doc.childCount).toBe(1);
    expect(article.doc.textContent).toBe("Over 34,000 killed.");
  });

  it("round-trips any text typed into paragraphs, markup characters included (property)", () => {
    const text = fc.oneof(
      fc.string({ minLength: 1, maxLength: 40 }),
      fc.string({ minLength: 1, maxLength: 20, unit: fc.constantFrom("<", ">", "&", "#", "+", "-", "*", "_", "`", "[", "]", "1", ".", ")", "!", "\\", " ", "a", ";", "~", "=", "|") }),
      fc.string({ minLength: 1, maxLength: 20, unit: "grapheme" }),
    );
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        // Markdown cannot keep control characters or a paragraph's leading and trailing spaces.
        const texts = paragraphs.map((p) => p.replace(/[\u0000-\u001f\u007f]/g, "").trim()).filter((p) => p !== "");
        if (texts.length === 0) return;
        const doc = articleSchema.node("doc", null, texts.map((t) => articleSchema.node("paragraph", null, [articleSchema.text(t)])));
        const back = parseMarkdownArticle(serializeMarkdownArticle({ doc, meta: { date: "2024-05-04", extra: {} } }));
        expect(back.doc.toJSON()).toEqual(doc.toJSON());
        expect(back.meta.date).toBe("2024-05-04");
      }),
      { numRuns: 1000, examples: [[["__0__"]], [["+"]], [["1)"]], [["<b>x</b> &amp;"]], [["<0@A>"]], [["<a:b>"]]] },
    );
  });

  it("reads any text, or refuses it with a front matter error, never anything else (property)", () => {
    const frontMatter = fc.oneof(fc.constant(""), fc.string({ maxLength: 40 }).map((body) => `---\n${body}\n---\n`));
    fc.assert(
      fc.property(frontMatter, fc.string({ maxLength: 200 }), (head, body) => {
        try {
          const { doc } = parseMarkdownArticle(head + body);
          doc.check();
        } catch (error) {
          expect((error as Error).message).toMatch(/^front matter: /);
        }
      }),
      { numRuns: 300 },
    );
  });
});
