import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { suiteRegistry } from "./registry.js";
import { evaluateSuite } from "./evaluate.js";
import { formatReport } from "./report.js";
import { STORIES_DIR } from "./suite.js";

/** How to call the scorer, printed for `--help` and after a folder that is not one. */
export const USAGE = "usage: npm run score -w @factmark/eval-real-copy [-- <folder of stories>]\n  with no folder: the suite's own stories; for example: -- held-out-23";

/**
 * `npm run score [-- <stories-dir>]`: the report for the suite's stories (or another folder of
 * stories in the same format) on `out`, and the exit code: 0, 1 when a story is malformed (it is
 * left out and named in the report), 2 when the argument is not a folder.
 */
export function scoreCommand(args: readonly string[], out: (text: string) => void, err: (text: string) => void): number {
  const arg = args[0];
  if (arg === "--help" || arg === "-h") {
    out(`${USAGE}\n`);
    return 0;
  }
  if (arg !== undefined && (!existsSync(resolve(arg)) || !statSync(resolve(arg)).isDirectory())) {
    err(`score: "${arg}" is not a folder of stories (looked for ${resolve(arg)})\n${USAGE}\n`);
    return 2;
  }
  const evaluation = evaluateSuite(suiteRegistry(), arg !== undefined ? pathToFileURL(`${resolve(arg)}/`) : STORIES_DIR);
  out(formatReport(evaluation));
  return evaluation.problems.length > 0 ? 1 : 0;
}
