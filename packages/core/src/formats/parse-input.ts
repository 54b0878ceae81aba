import type { InputFormat, ParsedDocument } from "./block.js";
import { requireString, unsupportedFormat } from "./index.js";
import { parseHtml } from "./html.js";
import { parseMarkdown } from "./markdown.js";
import { parseProseMirror } from "./prosemirror.js";
import { parseText } from "./text.js";

// Apart from ./index.ts so that the modules which only load readers on demand (loadInputReader)
// hold no import of the Markdown and HTML readers: a bundler places a module that is imported at
// all with the code that imports it, used or not.

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
      throw unsupportedFormat(format);
  }
}
