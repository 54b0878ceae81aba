import type { Node } from "prosemirror-model";

/**
 * What an article carries besides its body: the headline, the dateline place and the document
 * date, plus any other front matter fields of the file it came from, kept so a save writes
 * them back unchanged.
 */
export interface ArticleMeta {
  /** The headline, when the file has one (front matter `title:`, HTML `<title>`). */
  title?: string;
  /** The dateline place ("Tel Aviv, Israel"), when the file has one. */
  dateline?: string;
  /** The document date, `YYYY-MM-DD`: the date the story's figures are checked as of. */
  date?: string;
  /** Other front matter fields, in file order, written back on save. */
  extra: Record<string, unknown>;
}

/** An article: its ProseMirror body and its {@link ArticleMeta}. */
export interface Article {
  doc: Node;
  meta: ArticleMeta;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written `YYYY-MM-DD` (2024-02-30 is not one). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string" || !ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The file formats the editor opens and saves. */
export type ArticleFormat = "markdown" | "html";

/**
 * The format of a file from its name: `.md`/`.markdown` are Markdown, `.html`/`.htm` HTML.
 * Throws an error naming the file and the extensions it accepts otherwise.
 */
export function formatOfFile(name: string): ArticleFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith(".md") || lower.endsWith(".markdown")) return "markdown";
  if (lower.endsWith(".html") || lower.endsWith(".htm")) return "html";
  throw new Error(`cannot open "${name}": expected a Markdown (.md, .markdown) or HTML (.html, .htm) file`);
}

/** A file name for saving an article: its headline in lowercase words, or "article". */
export function fileNameFor(meta: ArticleMeta, format: ArticleFormat): string {
  const stem =
    (meta.title ?? "")
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "article";
  return `${stem}.${format === "markdown" ? "md" : "html"}`;
}
