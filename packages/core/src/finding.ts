import * as z from "zod";
import { Citation } from "./source.js";

/**
 * The stable rule ids: a public contract shared by the CLI's JSON, the server's API, the editor's
 * DOM (`data-rule`) and newsroom configs. Renaming one is a breaking change.
 */
export const RuleId = z.enum([
  "unsourced-figure",
  "outdated-figure",
  "figure-mismatch",
  "inconsistent-duration",
  "inconsistent-elapsed-time",
  "phase-count-mismatch",
  "unattributed-position",
  "anonymous-source",
  "misattributed-claim",
  "outdated-position",
  "beyond-data",
  "party-claim",
]);
export type RuleId = z.infer<typeof RuleId>;

/** How much a finding matters: an `error` blocks publishing at the CMS gate. */
export const Severity = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof Severity>;

/** A registered claim a finding rests on, in plain terms: who said what, when. */
export const Evidence = z.object({
  claimId: z.string(),
  kind: z.string(),
  source: z.object({ id: z.string(), name: z.string() }),
  /** The date the claim is true as of. */
  asOf: z.string(),
  /** When the source published it. */
  published: z.string(),
  url: z.string().optional(),
  /** The registered figure (casualty claims) or duration in days (phase claims). */
  value: z.number().optional(),
  statement: z.string().optional(),
  /** One sentence for people: "the Gaza Ministry of Health reported 37,431 killed on 20 June 2024". */
  label: z.string(),
  /** What a reader should know about the figure: its series' caveats ("a minimum: the UN counts only verified deaths"). Absent when there are none. */
  caveats: z.array(z.string()).optional(),
});
export type Evidence = z.infer<typeof Evidence>;

/**
 * A change that resolves a finding. `replace` swaps the text at `[from, to)` for `text`; `cite`
 * attaches `citation` to `[from, to)` (a citation mark in the editor, a footnote or link in a CMS).
 */
export const Fix = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("replace"), label: z.string(), from: z.number().int(), to: z.number().int(), text: z.string() }),
  z.object({ kind: z.literal("cite"), label: z.string(), from: z.number().int(), to: z.number().int(), citation: Citation, claimId: z.string().optional() }),
]);
export type Fix = z.infer<typeof Fix>;

/** Another span a finding refers to (the other half of an inconsistent pair). */
export const RelatedSpan = z.object({ from: z.number().int(), to: z.number().int(), text: z.string() });
export type RelatedSpan = z.infer<typeof RelatedSpan>;

/**
 * A problem in checked text. `from`/`to` are 0-based UTF-16 offsets into the checked input,
 * half-open, and `text` is the input sliced at `[from, to)` (for ProseMirror input, they are
 * document positions and `text` is the document text between them).
 */
export const Finding = z.object({
  ruleId: RuleId,
  severity: Severity,
  message: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  text: z.string(),
  evidence: z.array(Evidence),
  fixes: z.array(Fix),
  related: z.array(RelatedSpan).optional(),
  /** For ProseMirror input: the child-index path of the textblock and the offset within it. */
  path: z.array(z.number().int()).optional(),
  offset: z.number().int().optional(),
});
/** A finding, as {@link Finding} describes it. An interface, so editors show its fields; test/types.test.ts checks it against the schema. */
export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  message: string;
  /** 0-based UTF-16 offset into the checked input where the span starts (a document position for ProseMirror input). */
  from: number;
  /** Where the span ends, exclusive. */
  to: number;
  /** The input at `[from, to)`. */
  text: string;
  evidence: Evidence[];
  fixes: Fix[];
  related?: RelatedSpan[] | undefined;
  /** For ProseMirror input: the child-index path of the textblock. */
  path?: number[] | undefined;
  /** For ProseMirror input: the offset within the textblock. */
  offset?: number | undefined;
}
