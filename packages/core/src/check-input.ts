import { type CheckOptions, checkInput } from "./check.js";
import type { Finding } from "./finding.js";
import { parseInput } from "./formats/parse-input.js";

/**
 * Checks a story: finds every figure, duration, elapsed time and phase count, and judges each
 * against the registry at the document date. Returns findings sorted by position, with offsets
 * 0-based UTF-16 into `input`, half-open (for ProseMirror input, document positions). Problems in
 * the text are findings; bad input or options throw a {@link FactmarkError}. A registry with no
 * claims, no series and no places (a file of sources alone, a registry that failed to fill) throws
 * one with code `empty-registry`, rather than answering with no findings as if the story were clean.
 *
 * @example
 * import { check } from "@factmark/core";
 * import { defaultRegistry } from "@factmark/dataset-gaza";
 * const findings = check("Over 34,000 Palestinians have been killed.", { registry: defaultRegistry(), date: "2024-06-20" });
 * // [{ ruleId: "unsourced-figure", … }, { ruleId: "outdated-figure", text: "Over 34,000", fixes: [{ kind: "replace", text: "37,000", … }, …] }]
 */
export function check(input: string | object, options: CheckOptions): Finding[] {
  return checkInput(input, options, parseInput);
}
