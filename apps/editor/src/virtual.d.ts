/** The founding article (Markdown with front matter), read at build time by vite.config.ts. */
declare module "virtual:founding-article" {
  /** The article's file name. */
  export const name: string;
  /** The article as the editor reads it: its document as ProseMirror JSON and its metadata. */
  export const article: { doc: unknown; meta: import("./article.js").ArticleMeta };
  /** The article's Markdown text. */
  const text: string;
  export default text;
}
