import type { PhaseClaim } from "../claim.js";
import { messages } from "../messages.js";
import type { Rule, RuleFinding } from "../rule.js";
import { claimEvidence } from "../evidence.js";
import { mentionsOfKind, proposalsForSentence } from "../facts.js";

/**
 * `phase-count-mismatch` (warning): a phase count ("a three-stage process") disagrees with the
 * phases the story itself describes ("the fourth phase") or with the number of phases the registry
 * holds for the proposal it describes: the proposal whose proposers its sentence or paragraph
 * names, by the words of its id or by the month it was made ("the four-phase January truce"),
 * whatever the document date; else the proposals on the table at the document date. Proposals
 * registered without a number of phases are not counted against.
 */
export const phaseCountMismatch: Rule = {
  id: "phase-count-mismatch",
  severity: "warning",
  description: "A phase count disagrees with the phases described in the story or registered for the proposal.",
  // A phase count is compared with the phases every paragraph describes.
  scope: "document",
  // Phase references, durations and stage counts, and the proposals their sentences are tied to.
  reads: { kinds: ["phase", "duration", "stage-count"], proposals: true },
  check({ blocks, registry, facts }) {
    let highest = 0;
    for (const block of blocks) {
      for (const m of mentionsOfKind(block, "phase")) if (!m.quoted) highest = Math.max(highest, m.index);
      for (const m of mentionsOfKind(block, "duration")) if (!m.quoted && m.phase !== undefined) highest = Math.max(highest, m.phase);
    }
    const findings: RuleFinding[] = [];
    blocks.forEach((block, index) => {
      for (const m of mentionsOfKind(block, "stage-count")) {
        if (m.quoted) continue;
        if (highest > m.count) {
          findings.push({ block: index, from: m.from, to: m.to, message: messages.phaseCountStory(m.text, m.count, highest), mention: m });
          continue;
        }
        // Only phases that state their proposal's number of phases can say a count is wrong, and
        // none can when the sentence may be about a proposal registered without one.
        const proposals = proposalsForSentence(facts, registry, block, m.sentence).proposals;
        if (proposals.some((p) => p.phases.every((c) => c.of === undefined))) continue;
        const phases = proposals.flatMap((p) => p.phases.filter((c): c is PhaseClaim & { of: number } => c.of !== undefined));
        if (phases.length === 0 || phases.some((c) => c.of === m.count)) continue;
        const first = phases[0]!;
        findings.push({
          block: index,
          from: m.from,
          to: m.to,
          message: messages.phaseCountRegistry(m.text, m.count, first.of, first.proposal.title ?? `the proposal ${first.proposal.id}`),
          evidence: phases.slice(0, 3).map((c) => claimEvidence(registry, c)),
          mention: m,
        });
      }
    });
    return findings;
  },
};
