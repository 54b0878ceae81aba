// `@factmark/core/lazy`: the package's API with its Markdown and HTML readers loaded on demand.
// It has everything `@factmark/core` has but `parseInput`, `parseMarkdown`, `parseHtml` and
// `check()`, which read a document there and then, and adds `loadInputReader`. Those readers
// (micromark, yaml, htmlparser2) are most of the package's code. A program that starts often (the
// `factmark` command) or bundles factmark with code splitting imports this entry and pays for a
// reader only when a document in its format comes. The two entries share their modules: a
// `Registry` of one is a `Registry` of the other.
export * from "./api.js";
export { type InputReader, loadInputReader } from "./formats/load-reader.js";
