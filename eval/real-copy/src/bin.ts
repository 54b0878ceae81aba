import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { suiteRegistry } from "./registry.js";
import { evaluateSuite } from "./evaluate.js";
import { formatReport } from "./report.js";
import { STORIES_DIR } from "./suite.js";

// `npm run score [-- <stories-dir>]`: prints the report for the suite's stories (or another folder
// of stories in the same format); exits 1 when a story is malformed (it is left out and named).
const dir = process.argv[2] ? pathToFileURL(`${resolve(process.argv[2])}/`) : STORIES_DIR;
const evaluation = evaluateSuite(suiteRegistry(), dir);
process.stdout.write(formatReport(evaluation));
if (evaluation.problems.length > 0) process.exitCode = 1;
