export { factmark, factmarkKey, setFactmarkDate, setFactmarkRegistry } from "./plugin.js";
export type { EditorFinding, FactmarkOptions, FactmarkState } from "./plugin.js";
export { applyFix, attachCitation, dismissFinding, findingsAt, nextFinding, previousFinding } from "./commands.js";
export { addFactmarkMarks, citationMark, factmarkDismissedMark } from "./schema.js";
export type { CitationAttrs, DismissedAttrs } from "./schema.js";
export type { CheckPath } from "./check-document.js";
export { labels } from "./messages.js";
export { fixesOf, readerUrl } from "./suggest.js";
