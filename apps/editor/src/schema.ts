import { addFactmarkMarks } from "@factmark/prosemirror";
import type { schema as markdownSchema } from "prosemirror-markdown";
import { type MarkSpec, Schema } from "prosemirror-model";
import { markdownMarks, markdownNodes } from "./markdown-schema.js";

/**
 * The article schema: paragraphs, headings, block quotes, bullet and ordered lists, hard breaks,
 * code, images and rules (the nodes CommonMark has, named as prosemirror-markdown names them, so
 * any Markdown file opens), the marks `em`, `strong`, `link` and `code`, and factmark's `citation`
 * and `factmarkDismissed` marks, which carry sources and dismissals in the document itself.
 */
export const articleSchema: Schema<ArticleNode, ArticleMark> = new Schema<ArticleNode, ArticleMark>(
  // addFactmarkMarks adds `citation` and `factmarkDismissed` after these marks.
  addFactmarkMarks({ nodes: markdownNodes, marks: markdownMarks as Record<ArticleMark, MarkSpec> }),
);

/** The node names of {@link articleSchema}. */
export type ArticleNode = (typeof markdownSchema extends Schema<infer N, string> ? N : never) & string;

/** The mark names of {@link articleSchema}. */
export type ArticleMark = (typeof markdownSchema extends Schema<string, infer M> ? M : never) | "citation" | "factmarkDismissed";
