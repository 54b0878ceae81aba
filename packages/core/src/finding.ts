import * as z from "zod";
import { Citation } from "./source.js";

/**
 * The stable rule ids: a public contract shared by the CLI's JSON, the server's API, the editor's
 * DOM (`data-rule`) and newsroom configs. Renaming one is a breaking change.
 */
export const RULE_IDS = [
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
] as const;
/** {@link RULE_IDS} as a schema. The list itself needs no zod, so a bundle that only lists the rules leaves zod out. */
export const RuleId = /* @__PURE__ */ z.enum(RULE_IDS);
export type RuleId = z.infer<typeof RuleId>;

/** How much a finding matters: an `error` blocks publishing at the CMS gate. */
export const Severity = /* @__PURE__ */ z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof Severity>;

/** A registered claim a finding rests on, in plain terms: who said what, when. */
export const Evidence = /* @__PURE__ */ z.object({
  claimId: /* @__PURE__ */ z.string(),
  kind: /* @__PURE__ */ z.string(),
  source: /* @__PURE__ */ z.object({ id: /* @__PURE__ */ z.string(), name: /* @__PURE__ */ z.string() }),
  /** The date the claim is true as of. */
  asOf: /* @__PURE__ */ z.string(),
  /** When the source published it. */
  published: /* @__PURE__ */ z.string(),
  url: /* @__PURE__ */ z.string().optional(),
  /** The registered figure (casualty claims) or duration in days (phase claims). */
  value: /* @__PURE__ */ z.number().optional(),
  statement: /* @__PURE__ */ z.string().optional(),
  /** One sentence for people: "the Gaza Ministry of Health reported 37,431 killed on 20 June 2024". */
  label: /* @__PURE__ */ z.string(),
  /** What a reader should know about the figure: its series' caveats ("a minimum: the UN counts only verified deaths"). Absent when there are none. */
  caveats: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()).optional(),
});
export type Evidence = z.infer<typeof Evidence>;

/**
 * A change that resolves a finding. `replace` swaps the text at `[from, to)` for `text`; `cite`
 * attaches `citation` to `[from, to)` (a citation mark in the editor, a footnote or link in a CMS).
 */
export const Fix = /* @__PURE__ */ z.discriminatedUnion("kind", [
  /* @__PURE__ */ z.object({ kind: /* @__PURE__ */ z.literal("replace"), label: /* @__PURE__ */ z.string(), from: /* @__PURE__ */ z.number().int(), to: /* @__PURE__ */ z.number().int(), text: /* @__PURE__ */ z.string() }),
  /* @__PURE__ */ z.object({ kind: /* @__PURE__ */ z.literal("cite"), label: /* @__PURE__ */ z.string(), from: /* @__PURE__ */ z.number().int(), to: /* @__PURE__ */ z.number().int(), citation: Citation, claimId: /* @__PURE__ */ z.string().optional() }),
]);
export type Fix = z.infer<typeof Fix>;

/** Another span a finding refers to (the other half of an inconsistent pair). */
export const RelatedSpan = /* @__PURE__ */ z.object({ from: /* @__PURE__ */ z.number().int(), to: /* @__PURE__ */ z.number().int(), text: /* @__PURE__ */ z.string() });
export type RelatedSpan = z.infer<typeof RelatedSpan>;

/**
 * A problem in checked text. `from`/`to` are 0-based UTF-16 offsets into the checked input,
 * half-open, and `text` is the input sliced at `[from, to)` (for ProseMirror input, they are
 * document positions and `text` is the document text between them).
 */
export const Finding = /* @__PURE__ */ z.object({
  ruleId: RuleId,
  severity: Severity,
  message: /* @__PURE__ */ z.string(),
  from: /* @__PURE__ */ z.number().int(),
  to: /* @__PURE__ */ z.number().int(),
  text: /* @__PURE__ */ z.string(),
  evidence: /* @__PURE__ */ z.array(Evidence),
  fixes: /* @__PURE__ */ z.array(Fix),
  related: /* @__PURE__ */ z.array(RelatedSpan).optional(),
  /** For ProseMirror input: the child-index path of the textblock and the offset within it. */
  path: /* @__PURE__ */ z.array(/* @__PURE__ */ z.number().int()).optional(),
  offset: /* @__PURE__ */ z.number().int().optional(),
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
