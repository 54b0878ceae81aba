import { type RuleId, type Severity, formatDate } from "@factmark/core";

/** The editor's words for people, in one place so a newsroom can translate them. */
export const ui = {
  ruleTitles: {
    "unsourced-figure": "Unsourced figures",
    "outdated-figure": "Outdated figures",
    "figure-mismatch": "Figures that cannot be true",
    "inconsistent-duration": "Inconsistent durations",
    "inconsistent-elapsed-time": "Elapsed time off",
    "phase-count-mismatch": "Phase counts",
    "unattributed-position": "Unattributed positions",
    "anonymous-source": "Anonymous sources",
    "misattributed-claim": "Misattributed claims",
    "outdated-position": "Outdated positions",
    "beyond-data": "Past the registry's data",
    "party-claim": "Parties' claims",
  } satisfies Record<RuleId, string>,
  severityNames: { error: "Errors", warning: "Warnings", info: "Notes" } satisfies Record<Severity, string>,
  severityIcons: { error: "✖", warning: "▲", info: "●" } satisfies Record<Severity, string>,
  /** Beside the story's date: the registered conflict the story is about, or that it names none. */
  storyConflict: (conflict: { name: string; start: string } | undefined) => (conflict ? `About ${conflict.name}, since ${formatDate(conflict.start)}` : "No registered conflict named"),
  noFindings: "No findings: every figure checked is sourced and current.",
  allFiltered: "Every finding is hidden by the filters.",
  findingsHeading: "Findings",
  registryLoading: "Loading the registry; the story is checked once it arrives.",
  registryBundled: (date: string | undefined) => `Bundled registry${date ? `, figures up to ${date}` : ""}`,
  registryService: (version: string | undefined) => `Live registry from the newsroom service${version ? ` (version ${version})` : ""}`,
  registryUpdated: (claims?: number) =>
    claims === undefined
      ? "The newsroom service's registry changed while this page was not listening; the story was checked again."
      : `The newsroom service updated the registry (${claims} claim${claims === 1 ? "" : "s"} changed); the story was checked again.`,
  registryOffline: "Lost contact with the newsroom service; keeping the last registry.",
  draftRestored: "Restored your draft from this browser.",
  draftUnreadable: "A saved draft could not be read and was set aside; opened the founding article instead.",
  opened: (name: string) => `Opened ${name}.`,
  saved: (name: string) => `Saved ${name}.`,
  dismissReason: "Dismissed by the writer",
  citationAttached: (source: string) => `Cited ${source}.`,
  noSelectionToCite: "Select the figure to cite first.",
  chartHint: "Select a figure's finding to see the official count over time.",
  chartNoSeries: "This finding rests on no count series.",
  chartWhole: "Show the whole series",
  citeHint: "Select the words to cite",
  confirmNew: (title: string | undefined) => `Start a new story? ${title ? `“${title}”` : "The open story"} has changes that are not saved to a file, and this browser keeps only one draft: they would be lost. Choose Cancel, then Save Markdown or Save HTML, to keep them.`,
  confirmOpen: (title: string | undefined, file: string) => `Open ${file}? ${title ? `“${title}”` : "The open story"} has changes that are not saved to a file, and this browser keeps only one draft: they would be lost. Choose Cancel, then Save Markdown or Save HTML, to keep them.`,
  newCancelled: "Kept the open story. Save it to a file before starting another.",
  chartZoom: "Zoom to the story's dates",
  /** The summary of the table of reports under the chart. */
  chartReports: (count: number, whole: boolean) => `${whole ? "Every report in the series" : "The reports charted"} (${count})`,
  chartReportsColumns: ["Reported", "Count"] as const,
  /** After a report's date in that table, when it came after the story's date. */
  chartReportAfter: "after the document date",
} as const;
