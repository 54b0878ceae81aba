import type { Finding } from "@factmark/core/lazy";
import type { FileReport } from "../report.js";

/**
 * Formats check results as JSON: `{"files":[{"path","date","findings":[…]}]}`. Each finding
 * carries `ruleId, severity, message, from, to, line, column, text, evidence, fixes`, then
 * `related` when it has other spans, and `path`/`offset` for ProseMirror input (whose findings
 * have no `line`/`column`, as their offsets are document positions). `text` is the file's text
 * at `[from, to)`; `line` and `column` are 1-based, the column in UTF-16 code units.
 */
export function formatCheckJson(reports: readonly FileReport[]): string {
  const files = reports.map((report) => ({ path: report.path, date: report.date, findings: report.findings.map((f) => formatFindingJson(f, report)) }));
  return `${JSON.stringify({ files }, null, 2)}\n`;
}

/**
 * One finding as the JSON report writes it (see {@link formatCheckJson}), with `line` and `column`
 * from `report`'s text.
 */
export function formatFindingJson(f: Finding, report: Pick<FileReport, "locate">): Record<string, unknown> {
  const at = report.locate?.(f.from);
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    from: f.from,
    to: f.to,
    ...(at ? { line: at.line, column: at.column } : {}),
    text: f.text,
    evidence: f.evidence,
    fixes: f.fixes,
    ...(f.related ? { related: f.related } : {}),
    ...(f.path ? { path: f.path, offset: f.offset } : {}),
  };
}
