import { FactmarkError } from "../errors.js";
import type { InputFormat, ParsedDocument } from "./block.js";
import { parseHtml } from "./html.js";
import { parseMarkdown } from "./markdown.js";
import { parseProseMirror } from "./prosemirror.js";
import { parseText } from "./text.js";

/** The input formats, as a list. */
export const INPUT_FORMATS: readonly InputFormat[] = ["text", "markdown", "html", "prosemirror"];

/**
 * Splits an input document into blocks of plain text with offset maps, with the adapter for its
 * format. ProseMirror input may be the JSON object or its text.
 */
export function parseInput(input: string | object, format: InputFormat): ParsedDocument {
  switch (format) {
    case "text":
      return parseText(requireString(input, format));
    case "markdown":
      return parseMarkdown(requireString(input, format));
    case "html":
      return parseHtml(requireString(input, format));
    case "prosemirror":
      return parseProseMirror(input);
    default:
      throw new FactmarkError("unsupported-format", `format "${String(format)}" is not one factmark reads; expected one of ${INPUT_FORMATS.join(", ")}, for example { format: "markdown" }`);
  }
}

/** Guesses the format of a file from its name: .md/.markdown, .html/.htm, .json (ProseMirror), else text. */
export function formatFromPath(path: string): InputFormat {
  const lower = path.toLowerCase();
  if (lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".mdx")) return "markdown";
  if (lower.endsWith(".html") || lower.endsWith(".htm")) return "html";
  if (lower.endsWith(".json")) return "prosemirror";
  return "text";
}

function requireString(input: string | object, format: InputFormat): string {
  if (typeof input === "string") return input;
  throw new FactmarkError("invalid-input", `${format} input must be a string; received ${Array.isArray(input) ? "an array" : typeof input}. Pass the document's text, for example check("Over 34,000 …", { format: "${format}" })`);
}
