export * from "./api.js";
export { check } from "./check-input.js";
export { parseInput } from "./formats/parse-input.js";
export { parseHtml } from "./formats/html.js";
export { parseMarkdown } from "./formats/markdown.js";
