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

/** Core's chrono-node date reader, loaded after the first check (see vite.config.ts). */
declare module "virtual:factmark-late-dates" {
  /** Loads chrono-node; once it resolves, dates only chrono reads are read too. */
  export function loadDateReader(): Promise<void>;
}
