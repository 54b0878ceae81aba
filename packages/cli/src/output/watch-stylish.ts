import type { Finding, Severity } from "@factmark/core/lazy";
import type { FileReport } from "../report.js";
import { countFindings } from "../report.js";
import type { WatchEvent } from "../watch.js";
import type { Palette } from "./color.js";

/**
 * Formats one watch event for people, as lines ending in "\n". A story's first check is left to
 * the check report (`check` events print nothing here); `ready` says what is watched and how to
 * stop; every later event is one line, `hh:mm:ss path what happened`, then a line per finding that
 * appeared (`+`) or went away (`-`, at the place it had), then the story's problem count.
 * `time` is the event's local time of day, "14:02:11".
 */
export function formatWatchStylish(event: WatchEvent, palette: Palette, time: string): string {
  switch (event.kind) {
    case "check":
      return "";
    case "ready": {
      const files = `${event.files} ${event.files === 1 ? "story" : "stories"}`;
      return `${palette.dim(`Watching ${files} for changes. Press Ctrl-C to stop.`)}\n`;
    }
    case "error":
      return `${palette.dim(time)} ${palette.red("factmark:")} ${event.path}: ${event.message}\n`;
    case "delete": {
      const gone = event.changes.removed.length;
      return `${palette.dim(time)} ${palette.underline(event.path)} deleted${gone ? palette.dim(` (${problems(gone)} gone with it)`) : ""}\n`;
    }
    default: {
      const what = event.kind === "add" ? " added" : event.kind === "rename" ? ` renamed from ${event.from}` : "";
      const head = `${palette.dim(time)} ${palette.underline(event.path)}${what}  ${palette.dim(`as of ${event.report.date}`)}`;
      const { added, removed } = event.changes;
      const rows = [...added.map((f) => ({ sign: "+", f, report: event.report })), ...removed.map((f) => ({ sign: "-", f, report: event.previous ?? event.report }))];
      const wheres = rows.map((row) => whereOf(row.f, row.report));
      const whereWidth = Math.max(0, ...wheres.map((w) => w.length));
      const severityWidth = Math.max(0, ...rows.map((row) => row.f.severity.length));
      const lines = rows.map((row, i) => {
        const sign = row.sign === "+" ? colorOf(row.f.severity, palette)("+") : palette.green("-");
        const severity = row.sign === "+" ? colorOf(row.f.severity, palette)(row.f.severity.padEnd(severityWidth)) : palette.dim(row.f.severity.padEnd(severityWidth));
        const message = row.sign === "+" ? row.f.message : palette.dim(row.f.message);
        return `  ${sign} ${palette.dim(wheres[i]!.padEnd(whereWidth))}  ${severity}  ${message}  ${palette.dim(row.f.ruleId)}`;
      });
      return `${[head, ...lines, `  ${summary(event.report)}`].join("\n")}\n`;
    }
  }
}

/** The local time of day of `date`, "14:02:11". */
export function formatClock(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

function whereOf(f: Finding, report: FileReport): string {
  const at = report.locate?.(f.from);
  return at ? `${at.line}:${at.column}` : `@${f.from}`;
}

function colorOf(severity: Severity, palette: Palette): (text: string) => string {
  return severity === "error" ? palette.red : severity === "warning" ? palette.yellow : palette.blue;
}

function problems(n: number): string {
  return `${n} ${n === 1 ? "problem" : "problems"}`;
}

function summary(report: FileReport): string {
  const counts = countFindings([report]);
  if (counts.total === 0) return "no problems";
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${problems(counts.total)} (${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.info, "info")})`;
}
