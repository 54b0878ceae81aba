import type { ResolvedAttribution, ResolvedPosition } from "../facts.js";
import { messages } from "../messages.js";
import { type RuleFinding, defineBlockRule } from "../rule.js";

/**
 * `unattributed-position` (warning): the stance of a party to the conflict (a registry actor
 * with `party: true`: Hamas, Israel) is stated as the story's own fact, with no source. A stance
 * is sourced when its sentence has an attribution ("according to Egyptian officials", "the
 * official said"), when another sentence of its paragraph has one that speaks for the same actor
 * or names no other body ("he said"), when it reports the actor's own public words ("warned",
 * "called for", "declared"), or when a link or citation mark covers it. Quoted words are the
 * speaker's and are left alone.
 */
export const unattributedPosition = defineBlockRule({
  id: "unattributed-position",
  severity: "warning",
  description: "A party's stance is stated with no source.",
  reads: [],
  checkBlock({ facts, cited }, index) {
    const findings: RuleFinding[] = [];
    const positions = facts.positions[index] ?? [];
    const attributions = facts.attributions[index] ?? [];
    for (const p of positions) {
      const actor = p.actorRecord;
      if (p.quoted || !actor?.party || p.speech) continue;
      if (isSourced(p, attributions)) continue;
      if (cited[index]?.some((span) => span.from < p.to && span.to > p.from)) continue;
      findings.push({ block: index, from: p.from, to: p.to, message: messages.unattributedPosition(actor.name, p.text) });
    }
    return findings;
  },
});

/** True when an attribution in the position's sentence, or one in its paragraph that does not speak for another body, sources it. */
export function isSourced(p: ResolvedPosition, attributions: readonly ResolvedAttribution[]): boolean {
  for (const a of attributions) {
    if (a.quoted) continue;
    if (a.sentence === p.sentence) return true;
    const other = a.speaksFor ?? a.actor;
    if (other ? other.id === p.actorRecord?.id : !a.source) return true;
  }
  return false;
}
