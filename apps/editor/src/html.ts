import { DOMParser as ProseMirrorDOMParser, DOMSerializer } from "prosemirror-model";
import { type Article, type ArticleMeta, isIsoDate } from "./article.js";
import { articleSchema } from "./schema.js";

/** The DOM the HTML functions work in: the browser's `window`, or a jsdom window in Node. */
export interface HtmlEnvironment {
  DOMParser: typeof globalThis.DOMParser;
  document: Document;
}

const DATE_META = ["date", "article:published_time", "dc.date", "pubdate", "publish-date"];

function browserEnvironment(): HtmlEnvironment {
  return { DOMParser: globalThis.DOMParser, document: globalThis.document };
}

/**
 * Reads an HTML article. The body is the page's `<article>` (else its `<body>`) parsed with the
 * schema's parse rules, so `<cite data-source>` and `<span data-factmark-dismissed>` come back as
 * citation and dismissal marks. The document date comes from `<meta name="date">` (or
 * `article:published_time`, `dc.date`, a `<time itemprop="datePublished">`), the headline from
 * the first `<h1>` in a `<header>` or else `<title>`, the dateline from `<meta name="dateline">`.
 * HTML parsing never throws; a date that is not `YYYY-MM-DD` is an error naming it.
 */
export function parseHtmlArticle(text: string, env: HtmlEnvironment = browserEnvironment()): Article {
  const page = new env.DOMParser().parseFromString(text, "text/html");
  const meta: ArticleMeta = { extra: {} };
  let date: string | undefined;
  for (const element of page.querySelectorAll("meta[name], meta[property]")) {
    const key = (element.getAttribute("name") ?? element.getAttribute("property") ?? "").toLowerCase();
    const content = (element.getAttribute("content") ?? "").trim();
    if (DATE_META.includes(key) && date === undefined) date = content.slice(0, 10);
    if (key === "dateline" && content) meta.dateline = content;
  }
  date ??= page.querySelector("time[itemprop=datePublished][datetime]")?.getAttribute("datetime")?.slice(0, 10);
  if (date !== undefined) {
    if (!isIsoDate(date)) throw new Error(`HTML <meta name="date">: expected a YYYY-MM-DD date such as "2024-05-04", got "${date}"`);
    meta.date = date;
  }
  const headerTitle = page.querySelector("article > header h1, body > header h1");
  const title = (headerTitle?.textContent ?? page.title ?? "").trim();
  if (title) meta.title = title;
  const container = page.querySelector("article") ?? page.body;
  // The headline lives in the metadata, not in the body: parsing it too would duplicate it.
  const body = container.cloneNode(true) as HTMLElement;
  for (const header of body.querySelectorAll(":scope > header")) header.remove();
  const doc = ProseMirrorDOMParser.fromSchema(articleSchema).parse(body);
  return { doc, meta };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Writes an article as a standalone HTML page: `<meta name="date">` and `<meta name="dateline">`
 * in the head, the headline as `<title>` and as the `<h1>` of the article's `<header>`, and the
 * body serialised with the schema (citations as `<cite>`, dismissals as marked spans), so that
 * {@link parseHtmlArticle} reads back the same document and the CLI checks it with its date.
 */
export function serializeHtmlArticle(article: Article, env: HtmlEnvironment = browserEnvironment()): string {
  const { meta } = article;
  const holder = env.document.createElement("div");
  holder.appendChild(DOMSerializer.fromSchema(articleSchema).serializeFragment(article.doc.content, { document: env.document }));
  const head = [
    `<meta charset="utf-8">`,
    `<title>${escapeHtml(meta.title ?? "Untitled article")}</title>`,
    ...(meta.date ? [`<meta name="date" content="${escapeHtml(meta.date)}">`] : []),
    ...(meta.dateline ? [`<meta name="dateline" content="${escapeHtml(meta.dateline)}">`] : []),
  ];
  const header = meta.title ? `<header><h1>${escapeHtml(meta.title)}</h1></header>\n` : "";
  return `<!doctype html>\n<html lang="en">\n<head>\n${head.join("\n")}\n</head>\n<body>\n<article>\n${header}${holder.innerHTML}\n</article>\n</body>\n</html>\n`;
}
