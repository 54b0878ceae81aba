import { type ResolvedAttribution, type ResolvedPosition, isHeadline } from "../facts.js";
import { RECORD_ACT_VERBS, RECORD_BODIES, SELF_REPORT_WORDS } from "../lexicon.js";
import { messages } from "../messages.js";
import { type RuleFinding, defineBlockRule } from "../rule.js";

/**
 * `unattributed-position` (warning): the stance of a party to the conflict (a registry actor
 * with `party: true`: Hamas, Israel) is stated as the story's own fact, with no source. A stance
 * is sourced when its sentence has an attribution ("according to Egyptian officials", "the
 * official said"), when another sentence of its paragraph has one that speaks for the same actor
 * or names no other body ("he said"), when it reports the actor's own public words ("warned",
 * "called for", "declared"), when it goes on in the actor's own words (", saying ..."), when it is
 * a governing body's formal act ("the cabinet approved the deal"), or when a link or citation mark
 * covers it. A headline's stances are sourced by the body when the body attributes. Quoted words
 * are the speaker's and are left alone.
 */
export const unattributedPosition = defineBlockRule({
  id: "unattributed-position",
  severity: "warning",
  description: "A party's stance is stated with no source.",
  reads: ["bodyAttributed"],
  checkBlock({ blocks, facts, cited }, index) {
    const findings: RuleFinding[] = [];
    const block = blocks[index]!;
    // A headline sums up the body ("Hamas accepts Egyptian-Qatari proposal"): the body's sources are its sources.
    if (isHeadline(block) && facts.bodyAttributed) return findings;
    const positions = facts.positions[index] ?? [];
    const attributions = facts.attributions[index] ?? [];
    for (const p of positions) {
      const actor = p.actorRecord;
      if (p.quoted || !actor?.party || p.speech) continue;
      if (isSourced(p, attributions) || speaksForItself(block.text, p) || isActOfRecord(p)) continue;
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

/** True when the stance goes on in the actor's own words: "Israel has rejected the moves, saying they reward Hamas". */
function speaksForItself(text: string, p: ResolvedPosition): boolean {
  const next = /^\s*,\s*(\p{L}+)/u.exec(text.slice(p.to, p.to + 40));
  return next !== null && SELF_REPORT_WORDS.has(next[1]!.toLowerCase());
}

/** True when the stance is a formal act of a governing body, on the record by its nature: "Israel's security cabinet approved the deal". */
function isActOfRecord(p: ResolvedPosition): boolean {
  const words = (text: string) => text.toLowerCase().split(/[^\p{L}]+/u);
  return words(p.actor).some((w) => RECORD_BODIES.has(w)) && words(p.verb).some((w) => RECORD_ACT_VERBS.has(w));
}
