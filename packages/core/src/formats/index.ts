import { FactmarkError } from "../errors.js";
import type { InputFormat, ParsedDocument } from "./block.js";

/** The input formats, as a list. */
export const INPUT_FORMATS: readonly InputFormat[] = ["text", "markdown", "html", "prosemirror"];

/** Guesses the format of a file from its name: .md/.markdown, .html/.htm, .json (ProseMirror), else text. */
export function formatFromPath(path: string): InputFormat {
  const lower = path.toLowerCase();
  if (lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".mdx")) return "markdown";
  if (lower.endsWith(".html") || lower.endsWith(".htm")) return "html";
  if (lower.endsWith(".json")) return "prosemirror";
  return "text";
}

export function requireString(input: string | object, format: InputFormat): string {
  if (typeof input === "string") return input;
  throw new FactmarkError("invalid-input", `${format} input must be a string; received ${Array.isArray(input) ? "an array" : typeof input}. Pass the document's text, for example check("Over 34,000 …", { format: "${format}" })`);
}

export function unsupportedFormat(format: unknown): FactmarkError {
  return new FactmarkError("unsupported-format", `format "${String(format)}" is not one factmark reads; expected one of ${INPUT_FORMATS.join(", ")}, for example { format: "markdown" }`);
}
