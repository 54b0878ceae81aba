import type { PhaseClaim } from "../claim.js";
import { claimEvidence } from "../evidence.js";
import { type SentenceProposals, counterOwner, mentionsOfKind, proposalsForSentence } from "../facts.js";
import { STAGED_DEAL_NOUNS, STAGE_LAYOUT_PARTICLES, STAGE_LAYOUT_WORDS, WINDOW_ACTS } from "../lexicon.js";
import type { ExtractedBlock, StageCountMention } from "../mention.js";
import { messages } from "../messages.js";
import type { Rule, RuleFinding } from "../rule.js";

/**
 * `phase-count-mismatch` (warning): a phase count ("a three-stage process") disagrees with the
 * phases the story itself describes ("the fourth phase") or with the number of phases the registry
 * holds for the proposal it describes: the proposal whose proposers its sentence or paragraph
 * names, by the words of its id or by the month it was made ("the four-phase January truce"),
 * whatever the document date; else the proposals on the table at the document date. Proposals
 * registered without a number of phases are not counted against. Where the registry holds no
 * count to hold it against, a count of the deal's phases is compared with the first one the story
 * gave ("would unfold in three phases", then "Under the two-stage outline"), unless the two belong
 * to different parties' texts ("Hamas's reply ... in three stages") or name different proposals.
 */
export const phaseCountMismatch: Rule = {
  id: "phase-count-mismatch",
  severity: "warning",
  description: "A phase count disagrees with the phases described in the story or registered for the proposal.",
  // A phase count is compared with the phases every paragraph describes.
  scope: "document",
  // Phase references, durations and stage counts with their sentences' words (what a count is of,
  // whose text it counts), and the proposals their sentences are tied to.
  reads: { kinds: ["phase", "duration", "stage-count"], sentences: true, proposals: true },
  check({ blocks, registry, facts }) {
    let highest = 0;
    for (const block of blocks) {
      for (const m of mentionsOfKind(block, "phase")) if (!m.quoted) highest = Math.max(highest, m.index);
      for (const m of mentionsOfKind(block, "duration")) if (!m.quoted && m.phase !== undefined) highest = Math.max(highest, m.phase);
    }
    const findings: RuleFinding[] = [];
    // The first count of the deal's phases the story gave, by the party whose own text it counts ("" for the deal itself).
    const firstCounts = new Map<string, { block: number; mention: StageCountMention; context: SentenceProposals }>();
    blocks.forEach((block, index) => {
      for (const m of mentionsOfKind(block, "stage-count")) {
        // "a deal that freed all the hostages in one stage": all at once, a term, not a plan's phases.
        if (m.quoted || m.count === 1) continue;
        if (highest > m.count) {
          findings.push({ block: index, from: m.from, to: m.to, message: messages.phaseCountStory(m.text, m.count, highest), mention: m });
          continue;
        }
        const context = proposalsForSentence(facts, registry, block, m.sentence);
        const proposals = context.proposals;
        // Only phases that state their proposal's number of phases can say a count is wrong, and
        // none can when the sentence may be about a proposal registered without one.
        const uncounted = proposals.some((p) => p.phases.every((c) => c.of === undefined));
        const phases = uncounted ? [] : proposals.flatMap((p) => p.phases.filter((c): c is PhaseClaim & { of: number } => c.of !== undefined));
        if (phases.length > 0) {
          if (phases.some((c) => c.of === m.count)) continue;
          const first = phases[0]!;
          findings.push({
            block: index,
            from: m.from,
            to: m.to,
            message: messages.phaseCountRegistry(m.text, m.count, first.of, first.proposal.title ?? `the proposal ${first.proposal.id}`),
            evidence: phases.slice(0, 3).map((c) => claimEvidence(registry, c)),
            mention: m,
          });
          continue;
        }
        if (!countsTheDeal(block, m)) continue;
        const owner = counterOwner(facts, registry, block, m.sentence) ?? "";
        const first = firstCounts.get(owner);
        if (!first) {
          firstCounts.set(owner, { block: index, mention: m, context });
          continue;
        }
        if (first.mention.count === m.count || namesOtherProposals(first.context, context)) continue;
        findings.push({
          block: index,
          from: m.from,
          to: m.to,
          message: messages.phaseCountOther(m.text, m.count, first.mention.text, first.mention.count),
          related: [{ block: first.block, from: first.mention.from, to: first.mention.to, text: first.mention.text }],
          mention: m,
        });
      }
    });
    return findings;
  },
};

/** How many words after a stage count may stand before the deal's noun ("a three-phase Gaza ceasefire deal"). */
const DEAL_NOUN_WORDS = 3;

/**
 * True when a stage count counts a whole deal's phases: a noun of {@link STAGED_DEAL_NOUNS} follows it
 * ("the two-stage outline"), or it follows a word of {@link STAGE_LAYOUT_WORDS} or
 * {@link STAGE_LAYOUT_PARTICLES} in a clause whose subject is the deal and that names no act of it
 * ("The framework would unfold in three phases", "The framework envisages three phases"; not
 * "Israeli forces would pull back in three stages" nor "the plan would free the hostages in two stages").
 */
function countsTheDeal(block: ExtractedBlock, m: StageCountMention): boolean {
  const after = block.text.slice(m.to, m.to + 60).toLowerCase().split(/[^\p{L}'’-]+/u).filter(Boolean).slice(0, DEAL_NOUN_WORDS);
  if (after.some((w) => STAGED_DEAL_NOUNS.has(w))) return true;
  const span = block.sentences[m.sentence];
  if (!span) return false;
  const before = block.text.slice(span.from, m.from).split(/[,;:—–]/u).pop()!.toLowerCase().split(/[^\p{L}'’-]+/u).filter(Boolean);
  const last = before[before.length - 1] ?? "";
  const particle = STAGE_LAYOUT_PARTICLES.get(last);
  if (particle ? !particle.has(before[before.length - 2] ?? "") : !STAGE_LAYOUT_WORDS.has(last)) return false;
  return before.some((w) => STAGED_DEAL_NOUNS.has(w)) && !before.some((w) => WINDOW_ACTS.has(w));
}

/** True when two sentences name different registered proposals (by their proposers or names), so their counts are of two deals. */
function namesOtherProposals(a: SentenceProposals, b: SentenceProposals): boolean {
  if (!(a.byProposer || a.byName) || !(b.byProposer || b.byName)) return false;
  return !a.proposals.some((p) => b.proposals.includes(p));
}
