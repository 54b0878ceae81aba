import { type CheckOptions, checkInput } from "./check.js";
import type { Finding } from "./finding.js";
import { readWithLoadedReader } from "./formats/load-reader.js";

/**
 * Checks a story, as `check()` of `@factmark/core` does, with the readers at hand: plain text and
 * ProseMirror JSON always, Markdown and HTML once `loadInputReader(format)` has loaded them (a
 * Markdown or HTML input before that throws a `FactmarkError` with code `reader-not-loaded`). This
 * is the `check()` of `@factmark/core/lazy`: an app bundled for the browser that checks what its
 * editor holds loads none of the Markdown and HTML readers (micromark, yaml, htmlparser2, most of
 * the package's code) until it reads such a file.
 *
 * @example
 * import { Registry, check, loadInputReader } from "@factmark/core/lazy";
 * check("Over 34,000 Palestinians have been killed.", { registry, date: "2024-06-20" });
 * await loadInputReader("markdown");
 * check(markdownText, { registry, format: "markdown" });
 */
export function check(input: string | object, options: CheckOptions): Finding[] {
  return checkInput(input, options, readWithLoadedReader);
}
