import { FactmarkError } from "../errors.js";
import type { InputFormat, ParsedDocument } from "./block.js";
import { requireString, unsupportedFormat } from "./index.js";
import { parseProseMirror } from "./prosemirror.js";
import { parseText } from "./text.js";

/** A format's reader: `parseInput` for that one format. */
export type InputReader = (input: string | object) => ParsedDocument;

/**
 * The reader of one input format, loaded on demand. It reads as `parseInput(input, format)` does,
 * but the Markdown and HTML readers (micromark, yaml, htmlparser2: most of the package's code) are
 * fetched only when their format is asked for. Exported by `@factmark/core/lazy`, which has no
 * `parseInput` or `check()`: a program that imports that entry pays for those readers only when it
 * reads those formats. An unknown format rejects with a `FactmarkError` (code
 * `unsupported-format`).
 *
 * @example
 * import { formatFromPath, loadInputReader } from "@factmark/core/lazy";
 * const read = await loadInputReader(formatFromPath("story.md"));
 * const doc = read("Over 34,000 Palestinians have been killed …");
 */
export async function loadInputReader(format: InputFormat): Promise<InputReader> {
  const reader = await fetchReader(format);
  loaded.set(format, reader);
  return reader;
}

const readText: InputReader = (input) => parseText(requireString(input, "text"));

/** The readers at hand without a fetch: plain text and ProseMirror JSON, and what was loaded since. */
const loaded = new Map<InputFormat, InputReader>([
  ["text", readText],
  ["prosemirror", parseProseMirror],
]);

/**
 * Reads `input` in `format` with a reader already at hand, for `check()` of
 * `@factmark/core/lazy`: plain text and ProseMirror JSON always, Markdown and HTML once
 * {@link loadInputReader} has loaded them. Otherwise throws a `FactmarkError` (code
 * `reader-not-loaded`) saying which call loads the reader.
 */
export function readWithLoadedReader(input: string | object, format: InputFormat): ParsedDocument {
  const reader = loaded.get(format);
  if (reader) return reader(input);
  if (format !== "markdown" && format !== "html") throw unsupportedFormat(format);
  throw new FactmarkError(
    "reader-not-loaded",
    `the ${format === "markdown" ? "Markdown" : "HTML"} reader of @factmark/core/lazy loads on demand and has not been loaded: call \`await loadInputReader("${format}")\` once before check(input, { format: "${format}" }), or import check from "@factmark/core", which holds every reader`,
  );
}

async function fetchReader(format: InputFormat): Promise<InputReader> {
  switch (format) {
    case "text":
      return readText;
    case "markdown": {
      const reader = await import("./markdown.js");
      return (input) => reader.parseMarkdown(requireString(input, format));
    }
    case "html": {
      const reader = await import("./html.js");
      return (input) => reader.parseHtml(requireString(input, format));
    }
    case "prosemirror":
      return parseProseMirror;
    default:
      throw unsupportedFormat(format);
  }
}
