import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { MarkdownParser, MarkdownSerializer, defaultMarkdownParser, defaultMarkdownSerializer } from "prosemirror-markdown";
import type { Mark, Node } from "prosemirror-model";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { type Article, type ArticleMeta, isIsoDate } from "./article.js";
import { articleSchema } from "./schema.js";

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Citations and dismissals have no Markdown syntax, so they are written as inline HTML, which
 * CommonMark keeps and other tools ignore or render harmlessly:
 * `<cite data-citation data-source-id="gaza-moh" data-date="2024-06-20">over 37,000</cite>` and
 * `<span data-factmark-dismissed="unsourced-figure" data-reason="…">…</span>`.
 * (the same elements the marks render as in HTML). This markdown-it rule turns those tags into open/close tokens the parser maps to marks,
 * and drops any other inline HTML (the editor has no node for it).
 */
function factmarkInlineHtml(md: MarkdownIt): void {
  md.core.ruler.push("factmark_inline_html", (state) => {
    for (const block of state.tokens) {
      if (block.type !== "inline" || !block.children) continue;
      // Open inline tags, innermost last: a mark's name, or null for any other tag.
      const open: { tag: string; mark: string | null }[] = [];
      const children: Token[] = [];
      for (const token of block.children) {
        if (token.type !== "html_inline") {
          children.push(token);
          continue;
        }
        const tag = /^<(\/?)([a-zA-Z][\w-]*)([^>]*)>$/.exec(token.content.trim());
        if (!tag) continue;
        const [, slash, rawName, rest] = tag;
        const name = rawName!.toLowerCase();
        if (slash) {
          let index = open.length - 1;
          while (index >= 0 && open[index]!.tag !== name) index--;
          if (index === -1) continue;
          const [entry] = open.splice(index, 1);
          if (entry!.mark) children.push(new state.Token(`${entry!.mark}_close`, name, -1));
          continue;
        }
        const attrs = readAttributes(rest ?? "");
        const mark = (name === "cite" || name === "span") && attrs["data-source-id"] && "data-citation" in attrs ? "citation" : name === "span" && attrs["data-factmark-dismissed"] ? "factmarkDismissed" : null;
        if (mark) {
          const opening = new state.Token(`${mark}_open`, name, 1);
          opening.attrs = Object.entries(attrs);
          children.push(opening);
        }
        // Void and self-closing tags have no closing tag to wait for.
        if (!/\/\s*$/.test(rest ?? "") && !["br", "img", "hr", "wbr"].includes(name)) open.push({ tag: name, mark });
      }
      // A mark left open at the end of a paragraph closes there.
      for (const entry of open.reverse()) if (entry.mark) children.push(new state.Token(`${entry.mark}_close`, entry.tag, -1));
      block.children = children;
    }
  });
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'" };

function readAttributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  // Quoted, unquoted and bare (valueless) attributes, as HTML allows.
  for (const match of text.matchAll(/([a-zA-Z_:][\w:.-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    attrs[match[1]!.toLowerCase()] = (match[2] ?? match[3] ?? match[4] ?? "").replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, name: string) => ENTITIES[name]!);
  }
  return attrs;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function tokenAttr(token: Token, name: string): string | undefined {
  const value = token.attrGet(name);
  return value === null || value === "" ? undefined : value;
}

const markdownIt = new MarkdownIt("commonmark", { html: true }).use(factmarkInlineHtml);

const parser = new MarkdownParser(articleSchema, markdownIt, {
  ...defaultMarkdownParser.tokens,
  citation: {
    mark: "citation",
    getAttrs: (token) => ({
      sourceId: tokenAttr(token, "data-source-id") ?? "",
      date: tokenAttr(token, "data-date") ?? null,
      url: tokenAttr(token, "data-url") ?? tokenAttr(token, "cite") ?? null,
      claimId: tokenAttr(token, "data-claim-id") ?? null,
    }),
  },
  factmarkDismissed: {
    mark: "factmarkDismissed",
    getAttrs: (token) => ({ rule: tokenAttr(token, "data-factmark-dismissed") ?? "", reason: tokenAttr(token, "data-reason") ?? "" }),
  },
  html_block: { ignore: true, noCloseToken: true },
  html_inline: { ignore: true, noCloseToken: true },
});

function citationOpen(mark: Mark): string {
  const attrs = mark.attrs as { sourceId?: string | null; date?: string | null; url?: string | null; claimId?: string | null };
  let tag = `<cite data-citation data-source-id="${escapeAttribute(attrs.sourceId ?? "")}"`;
  if (attrs.date) tag += ` data-date="${escapeAttribute(attrs.date)}"`;
  if (attrs.url) tag += ` data-url="${escapeAttribute(attrs.url)}"`;
  if (attrs.claimId) tag += ` data-claim-id="${escapeAttribute(attrs.claimId)}"`;
  return `${tag}>`;
}

function dismissedOpen(mark: Mark): string {
  const attrs = mark.attrs as { rule?: string | null; reason?: string | null };
  return `<span data-factmark-dismissed="${escapeAttribute(attrs.rule ?? "")}" data-reason="${escapeAttribute(attrs.reason ?? "")}">`;
}

/**
 * Characters prosemirror-markdown leaves unescaped that would change meaning on the way back:
 * every `<` (before a tag name it opens inline HTML, which is read for citations; before an
 * address it opens an autolink, "<0@A>"), `&` starting an entity, and a
 * line that is only a list marker ("+", "-", "1.", "1)"), which CommonMark reads as an empty list,
 * and every underscore: prosemirror-markdown keeps one between word characters, but "__0__"
 * then reads back as emphasis.
 * Escaping them where they cannot mean anything is harmless: `\+` reads back as "+".
 */
const EXTRA_ESCAPES = /<|&(?=#?\w+;)|^[-+*](?=\s*$)|(?<=^\d{1,9})[.)](?=\s|$)|(?<!\\)_/g;

const serializer = new MarkdownSerializer(
  { ...defaultMarkdownSerializer.nodes },
  {
    ...defaultMarkdownSerializer.marks,
    citation: { open: (_state, mark) => citationOpen(mark), close: "</cite>", mixable: true, expelEnclosingWhitespace: true },
    factmarkDismissed: { open: (_state, mark) => dismissedOpen(mark), close: "</span>", mixable: true, expelEnclosingWhitespace: true },
  },
  { escapeExtraCharacters: EXTRA_ESCAPES },
);

/**
 * Reads a Markdown article: YAML front matter (`title:`, `dateline:`, `date:` and any other
 * fields, kept for saving) and a CommonMark body, with factmark's citations and dismissals read
 * back from their inline HTML. Throws an error naming the front matter problem when the YAML is
 * malformed or `date:` is not a `YYYY-MM-DD` date.
 *
 * @example parseMarkdownArticle("---\ndate: 2024-05-04\n---\n\nOver 34,000 killed.").meta.date // "2024-05-04"
 */
export function parseMarkdownArticle(text: string): Article {
  const match = FRONT_MATTER.exec(text);
  const meta: ArticleMeta = { extra: {} };
  let body = text.replace(/^\uFEFF/, "");
  if (match) {
    body = text.slice(match[0].length);
    let fields: unknown;
    try {
      fields = parseYaml(match[1]!);
    } catch (error) {
      throw new Error(`front matter: not valid YAML (${(error as Error).message.split("\n")[0]}); expected fields such as "date: 2024-05-04"`);
    }
    if (fields !== null && fields !== undefined) {
      if (typeof fields !== "object" || Array.isArray(fields)) {
        throw new Error(`front matter: expected "field: value" lines such as "date: 2024-05-04", got ${Array.isArray(fields) ? "a list" : typeof fields}`);
      }
      for (const [key, value] of Object.entries(fields as Record<string, unknown>)) {
        if (key === "title" && typeof value === "string") meta.title = value;
        else if (key === "dateline" && typeof value === "string") meta.dateline = value;
        else if (key === "date") {
          const date = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
          if (!isIsoDate(date)) throw new Error(`front matter: date must be a YYYY-MM-DD date such as "date: 2024-05-04", got ${JSON.stringify(value)}`);
          meta.date = date;
        } else meta.extra[key] = value;
      }
    }
  }
  const doc = parser.parse(body);
  return { doc, meta };
}

/**
 * Writes an article as Markdown: front matter with `title`, `dateline`, `date` and the other
 * fields it was opened with, then the body, with citations and dismissals as inline HTML so that
 * {@link parseMarkdownArticle} reads back the same document.
 */
export function serializeMarkdownArticle(article: Article): string {
  const { meta } = article;
  const fields: Record<string, unknown> = {
    ...(meta.title === undefined ? {} : { title: meta.title }),
    ...(meta.dateline === undefined ? {} : { dateline: meta.dateline }),
    ...(meta.date === undefined ? {} : { date: meta.date }),
    ...meta.extra,
  };
  const body = serializer.serialize(article.doc as Node);
  const head = Object.keys(fields).length > 0 ? `---\n${stringifyYaml(fields, { lineWidth: 0 }).trimEnd()}\n---\n\n` : "";
  return `${head}${body}\n`;
}
