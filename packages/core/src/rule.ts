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

/**
 * The document-wide facts a block rule may read besides those of its own block: a block rule's
 * findings for a block stay valid while its block, its cited spans and these facts are unchanged.
 */
export type DocumentFactName = "defaultPlace" | "warStart" | "bodyAttributed" | "groupActor" | "sourceLines";

interface RuleBase {
  id: RuleId;
  severity: Severity;
  description: string;
  /** Findings for the whole document, block by block in block order for a block rule. */
  check(context: RuleContext): RuleFinding[];
}

/**
 * A rule that judges each block on its own: `checkBlock` reads block `index`, its cited spans,
 * its resolved attributions and positions, the registry, the date, the options and only the
 * document facts named in `reads`.
 */
export interface BlockRule extends RuleBase {
  scope: "block";
  reads: readonly DocumentFactName[];
  /** Findings for block `index` alone. */
  checkBlock(context: RuleContext, index: number): RuleFinding[];
}

/**
 * What a document rule reads of the blocks, so that a run after an edit can keep its findings when
 * the changed blocks hold the same of it before and after the edit.
 */
/** How many characters before an attribution a rule that reads attributions may read ("its officials said"). */
export const ATTRIBUTION_WORDS_BEFORE = 8;
/** How many characters after an attribution a rule that reads attributions may read ("told the Security Council"). */
export const ATTRIBUTION_WORDS_AFTER = 48;

export interface DocumentRuleReads {
  /**
   * The mention kinds it judges. Of a block it reads these mentions and, with `proposals`, the
   * proposals tied to each one's sentence, and nothing else: a block without them adds nothing to
   * its findings, whatever its other words.
   */
  kinds?: readonly Mention["kind"][];
  /**
   * It reads each block's resolved attributions and the words right around each one (up to
   * {@link ATTRIBUTION_WORDS_BEFORE} characters before it and {@link ATTRIBUTION_WORDS_AFTER}
   * after it: "told the Security Council", "its officials said") and whether the block is a
   * headline, and nothing else of a block.
   */
  attributions?: boolean;
  /** It reads the story's proposals (`facts.proposals`) and the story's conflict (`facts.conflict`). */
  proposals?: boolean;
  /**
   * With `kinds`: it also reads the words of each such mention's sentence (what a clause says of
   * a duration: "a truce that had held for six weeks collapsed"), not only the mention.
   */
  sentences?: boolean;
  /**
   * It reads which of the proposals on the table the story names anywhere, by a proposer, the
   * words of its id or its month beside a deal word (`storyNamesProposal`): a paragraph without
   * any of the read mentions can still change that.
   */
  storyProposals?: boolean;
}

/** A rule that compares blocks with each other (one duration against another), run over the whole document. */
export interface DocumentRule extends RuleBase {
  scope: "document";
  /**
   * All it reads of the blocks, when that is no more than {@link DocumentRuleReads} can say: an
   * editor then re-runs it only when an edit changes that. Without it, the rule runs again after
   * every edit. It must change with the rule's `check`.
   */
  reads?: DocumentRuleReads;
}

/** A rule: a stable id, a default severity, a one-line description and a pure check function; block-scoped or document-scoped. */
export type Rule = BlockRule | DocumentRule;

/** Makes a block rule from its per-block check: `check` runs it on each block in order. */
export function defineBlockRule(rule: Omit<BlockRule, "scope" | "check">): BlockRule {
  return {
    ...rule,
    scope: "block",
    check(context) {
      const findings: RuleFinding[] = [];
      for (let index = 0; index < context.blocks.length; index++) findings.push(...rule.checkBlock(context, index));
      return findings;
    },
  };
}
