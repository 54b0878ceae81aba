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
  /** The toggle that shows a finding's evidence, and how many statements or reports it holds. */
  showEvidence: (count: number) => `Show evidence (${count})`,
  hideEvidence: "Hide evidence",
  /** The label of a rewrite that credits a statement to who really made it. */
  fixCredit: (who: string, date: string) => `Credit ${who.replace(/,$/, "")} (${date})`,
  /** The label of a rewrite that gives the registered number of phases. */
  fixPhaseCount: (text: string) => `Change to “${text}”`,
  /** The heading of a finding's next step, shown when there is no fix one click can make. */
  nextStepHeading: "What to check",
  /** What to check, and where, for each rule when no fix applies. */
  nextSteps: {
    "unsourced-figure": "Find whose count this is (a ministry, a UN agency, a named organisation) and the date of its report, then name it in the sentence or cite it with Attach a source.",
    "outdated-figure": "Look up the source's latest report for the story's date, on its own page or in the registry, and update the figure or say when it was true.",
    "figure-mismatch": "Compare the figure with the source's report for the story's date; if your source differs, name it and its date in the sentence.",
    "inconsistent-duration": "Read the proposal's published text and the reports of each version, then give one length throughout, naming whose version it is.",
    "inconsistent-elapsed-time": "Check the start date of the events and the story's date, then give the elapsed time between them.",
    "phase-count-mismatch": "Check the proposal's published text for how many phases it has, and name the version if the drafts differ.",
    "unattributed-position": "Say who stated this and when: the party's own statement (its website or official channels) or a wire report that quotes it.",
    "anonymous-source": "Ask why anonymity was granted and say so in the story, or find the same information from a named, on-the-record source.",
    "misattributed-claim": "Read who made the statement and in what capacity (see the evidence), and credit that person or body with the date they spoke.",
    "outdated-position": "Read the newer statement in the evidence and update the sentence, or say when the earlier position was held.",
    "beyond-data": "The registry holds no reports after the date in the evidence: check the source's latest report yourself, or ask for the registry to be updated.",
    "party-claim": "Say whose count this is in the sentence (a party to the conflict), and that it is not independently verified.",
  } satisfies Record<RuleId, string>,
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
