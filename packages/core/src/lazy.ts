// `@factmark/core/lazy`: the package's API with its Markdown and HTML readers loaded on demand.
// It has everything `@factmark/core` has but `parseInput`, `parseMarkdown` and `parseHtml`, which
// read a document there and then, and adds `loadInputReader`. Its `check()` reads plain text and
// ProseMirror JSON at once, and Markdown and HTML once `loadInputReader` has loaded their reader.
// Those readers (micromark, yaml, htmlparser2) are most of the package's code. A program that
// starts often (the `factmark` command) or bundles factmark for the browser imports this entry and
// pays for a reader only when a document in its format comes. The two entries share their modules:
// a `Registry` of one is a `Registry` of the other.
export * from "./api.js";
export { check } from "./check-loaded.js";
export { type InputReader, loadInputReader } from "./formats/load-reader.js";
