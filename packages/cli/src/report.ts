import type { Finding } from "@factmark/core/lazy";
import type { LineColumn } from "./location.js";

/** The result of checking one file, ready for any output format. */
export interface FileReport {
  /** The path as given or matched, or "<stdin>". */
  path: string;
  /** The document date the file was checked as of (YYYY-MM-DD). */
  date: string;
  /** Findings sorted by position; offsets are 0-based UTF-16 offsets into the file as read. */
  findings: Finding[];
  /**
   * Maps an offset to its 1-based line and column in the file. Absent for ProseMirror JSON input,
   * whose offsets are document positions, not places in the file.
   */
  locate?: (offset: number) => LineColumn;
}

/** How many findings of each severity the reports hold. */
export function countFindings(reports: readonly FileReport[]): { error: number; warning: number; info: number; total: number } {
  const counts = { error: 0, warning: 0, info: 0, total: 0 };
  for (const report of reports) {
    for (const finding of report.findings) {
      counts[finding.severity] += 1;
      counts.total += 1;
    }
  }
  return counts;
}
