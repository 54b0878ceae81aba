import type { RuleId, Severity } from "@factmark/core";

// Every word the plugin shows people is here, so a newsroom can translate or re-word them in one
// place. The findings' own messages come from @factmark/core's messages module.

/** The words the hover card and the decorations' descriptions use. */
export const labels = {
  /** The card's accessible name prefix and heading for each rule. */
  rules: {
    "unsourced-figure": "Unsourced figure",
    "outdated-figure": "Outdated figure",
    "figure-mismatch": "Figure does not match the record",
    "inconsistent-duration": "Inconsistent duration",
    "inconsistent-elapsed-time": "Elapsed time does not fit the dates",
    "phase-count-mismatch": "Phase count does not match",
    "unattributed-position": "Unattributed position",
    "anonymous-source": "Anonymous source",
    "misattributed-claim": "Misattributed claim",
    "outdated-position": "Outdated position",
    "beyond-data": "Past the registry's data",
    "party-claim": "Party's claim",
  } satisfies Record<RuleId, string>,
  severities: { error: "Error", warning: "Warning", info: "Note" } satisfies Record<Severity, string>,
  evidenceHeading: "Evidence",
  evidenceSource: "Source",
  evidenceDate: "As of",
  evidenceValue: "Value",
  evidenceLink: "Open the source",
  fixesHeading: "Fixes",
  dismiss: "Dismiss",
  dismissReason: "Reason for dismissing (kept in the document)",
  dismissReasonPlaceholder: "Why is this fine?",
  defaultDismissReason: "dismissed by the writer",
  attachSource: "Attach a source",
  close: "Close",
  /** The card's name when more than one finding covers the words: how many, and the words. */
  findingsOn: (count: number, text: string) => `${count} findings on “${text}”`,
  /** The description a screen reader gives a flagged span. */
  describe: (severity: Severity, rule: RuleId, message: string) => `${labels.severities[severity]}: ${labels.rules[rule]}. ${message}`,
};
