import type { Finding, Severity } from "@factmark/core/lazy";
import { type FileReport, countFindings } from "../report.js";
import type { Palette } from "./color.js";

/**
 * Formats check results for people: per file with findings, its path and document date, then one
 * line per finding, `line:column  severity  message  rule-id`, with the fixes on offer below it;
 * then a summary line, `✖ 3 problems (1 error, 2 warnings, 0 infos)`, or `✔ no problems …`.
 * `attribution`, the credit line of the registry's data, follows when a finding cites its figures.
 */
export function formatCheckStylish(reports: readonly FileReport[], palette: Palette, attribution?: string): string {
  const out: string[] = [];
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    out.push(`${palette.underline(report.path)}  ${palette.dim(`as of ${report.date}`)}`);
    const rows = report.findings.map((f) => ({ f, where: whereOf(f, report) }));
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    const severityWidth = Math.max(...rows.map((r) => r.f.severity.length));
    for (const { f, where } of rows) {
      const severity = colorSeverity(f.severity, palette)(f.severity.padEnd(severityWidth));
      out.push(`  ${palette.dim(where.padEnd(whereWidth))}  ${severity}  ${f.message}  ${palette.dim(f.ruleId)}`);
      for (const fix of f.fixes) out.push(`  ${" ".repeat(whereWidth + severityWidth + 4)}${palette.dim(`↳ ${fix.label}`)}`);
    }
    out.push("");
  }
  out.push(summaryLine(reports, palette));
  if (attribution && reports.some((r) => r.findings.some((f) => f.evidence.length > 0 || f.fixes.length > 0))) out.push(palette.dim(`Figures: ${attribution}`));
  return `${out.join("\n")}\n`;
}

function whereOf(f: Finding, report: FileReport): string {
  const at = report.locate?.(f.from);
  if (at) return `${at.line}:${at.column}`;
  // ProseMirror input: the textblock's child-index path and the offset in it.
  return f.path ? `[${f.path.join(",")}]+${f.offset ?? 0}` : `@${f.from}`;
}

function colorSeverity(severity: Severity, palette: Palette): (text: string) => string {
  return severity === "error" ? palette.red : severity === "warning" ? palette.yellow : palette.blue;
}

function summaryLine(reports: readonly FileReport[], palette: Palette): string {
  const counts = countFindings(reports);
  const files = `${reports.length} ${reports.length === 1 ? "file" : "files"}`;
  if (counts.total === 0) return palette.green(`✔ no problems (${files} checked)`);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const line = `✖ ${plural(counts.total, "problem")} (${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.info, "info")})`;
  return palette.bold(counts.error > 0 ? palette.red(line) : palette.yellow(line));
}
