import { addFactmarkMarks } from "@factmark/prosemirror";
import { schema as markdownSchema } from "prosemirror-markdown";
import { Schema } from "prosemirror-model";

/**
 * The article schema: paragraphs, headings, block quotes, bullet and ordered lists, hard breaks,
 * code, images and rules (the nodes CommonMark has, named as prosemirror-markdown names them, so
 * any Markdown file opens), the marks `em`, `strong`, `link` and `code`, and factmark's `citation`
 * and `factmarkDismissed` marks, which carry sources and dismissals in the document itself.
 */
export const articleSchema: Schema<ArticleNode, ArticleMark> = new Schema<ArticleNode, ArticleMark>(
  addFactmarkMarks({ nodes: markdownSchema.spec.nodes, marks: markdownSchema.spec.marks }),
);

/** The node names of {@link articleSchema}. */
export type ArticleNode = (typeof markdownSchema extends Schema<infer N, string> ? N : never) & string;

/** The mark names of {@link articleSchema}. */
export type ArticleMark = (typeof markdownSchema extends Schema<string, infer M> ? M : never) | "citation" | "factmarkDismissed";
