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
  switch (format) {
    case "text":
      return (input) => parseText(requireString(input, format));
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
