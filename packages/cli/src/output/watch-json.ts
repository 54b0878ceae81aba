import { countFindings } from "../report.js";
import type { WatchEvent } from "../watch.js";
import { formatFindingJson } from "./check-json.js";

/**
 * Formats one watch event as a line of JSON (newline-delimited JSON, one object per event):
 * `{"event":"check"|"change"|"add"|"rename"|"delete","path","date","added":[…],"removed":[…],"problems":{"error","warning","info"}}`
 * for a story (`from` too for a rename; `added` holds every finding of a story's first check),
 * `{"event":"ready","files"}` once the first checks are done and the watchers are set, and
 * `{"event":"error","path","message"}` for a story or config that cannot be read. Findings have
 * the shape of `check --format json`'s; a removed finding's `line` and `column` are where it was.
 */
export function formatWatchJson(event: WatchEvent): string {
  switch (event.kind) {
    case "ready":
      return `${JSON.stringify({ event: "ready", files: event.files })}\n`;
    case "error":
      return `${JSON.stringify({ event: "error", path: event.path, message: event.message })}\n`;
    case "delete":
      return `${JSON.stringify({
        event: "delete",
        path: event.path,
        added: [],
        removed: event.changes.removed.map((f) => formatFindingJson(f, event.previous ?? {})),
        problems: { error: 0, warning: 0, info: 0 },
      })}\n`;
    default: {
      const { total: _, ...problems } = countFindings([event.report]);
      return `${JSON.stringify({
        event: event.kind,
        path: event.path,
        ...(event.kind === "rename" ? { from: event.from } : {}),
        date: event.report.date,
        added: event.changes.added.map((f) => formatFindingJson(f, event.report)),
        removed: event.changes.removed.map((f) => formatFindingJson(f, event.previous ?? event.report)),
        problems,
      })}\n`;
    }
  }
}
