import type { Evidence, Fix, RelatedSpan, RuleId, Severity } from "./finding.js";
import type { DocumentFacts } from "./facts.js";
import type { ExtractedBlock, Mention, Span } from "./mention.js";
import type { Registry } from "./registry.js";

/** What a rule sees: the document's extracted blocks, the registry, the document date, its options and shared facts. */
export interface RuleContext {
  blocks: readonly ExtractedBlock[];
  /** Per block, the spans covered by a link or citation mark. */
  cited: readonly (readonly Span[])[];
  registry: Registry;
  /** The document date (ISO). */
  date: string;
  options: Record<string, unknown>;
  facts: DocumentFacts;
}

/** A finding as a rule reports it: offsets are relative to block `block`'s text. */
export interface RuleFinding extends Span {
  block: number;
  message: string;
  evidence?: Evidence[];
  fixes?: Fix[];
  related?: (RelatedSpan & { block: number })[];
  mention?: Mention;
}

/** A rule: a stable id, a default severity, a one-line description and a pure check function. */
export interface Rule {
  id: RuleId;
  severity: Severity;
  description: string;
  check(context: RuleContext): RuleFinding[];
}
