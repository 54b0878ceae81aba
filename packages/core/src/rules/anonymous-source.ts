import type { ResolvedAttribution } from "../facts.js";
import { ROLE_WORDS } from "../lexicon.js";
import { messages } from "../messages.js";
import type { Rule, RuleFinding } from "../rule.js";

/**
 * `anonymous-source` (info): a figure or position rests only on an anonymous source ("a senior
 * Israeli official, speaking on condition of anonymity", "sources said"): its sentence has no
 * named or role attribution beside it. Names the registry gives to a body ("Israeli officials",
 * "Palestinian health officials") speak for that body and are not anonymous unless the story says
 * so. One finding per unnamed source in a story, at the place
 * where the story says it is unnamed most plainly; later references ("the official said") are
 * the same source. A source whose sentence says why it is unnamed ("because he was not authorized
 * to brief reporters", "in line with military rules") is not flagged: that is what the note asks. The message notes when the source speaks for a party to the conflict.
 */
export const anonymousSource: Rule = {
  id: "anonymous-source",
  severity: "info",
  description: "A figure or position rests on an anonymous source.",
  // One finding per unnamed source in the whole story: blocks are compared.
  scope: "document",
  // Only the blocks' resolved attributions.
  reads: { attributions: true },
  check({ facts }) {
    const chosen = new Map<string, { block: number; attribution: ResolvedAttribution }>();
    facts.attributions.forEach((attributions, block) => {
      for (const { key, attribution: a } of unnamedSources(attributions)) {
        const seen = chosen.get(key);
        if (!seen || (a.explicitAnonymity && !seen.attribution.explicitAnonymity)) chosen.set(key, { block, attribution: a });
      }
    });
    const findings: RuleFinding[] = [];
    for (const { block, attribution: a } of chosen.values()) {
      findings.push({ block, from: a.from, to: a.to, message: messages.anonymousSource(a.text, a.party ? (a.speaksFor?.name ?? a.source?.name) : undefined) });
    }
    return findings;
  },
};

// Whether an attribution is an unnamed source depends on its block alone; the resolved
// attributions of a block are kept per block object, so this is worked out once per paragraph.
const unnamedByBlock = new WeakMap<readonly ResolvedAttribution[], readonly { key: string; attribution: ResolvedAttribution }[]>();

/** The unnamed sources among one block's attributions, each with the key that tells one source from another. */
function unnamedSources(attributions: readonly ResolvedAttribution[]): readonly { key: string; attribution: ResolvedAttribution }[] {
  let found = unnamedByBlock.get(attributions);
  if (found) return found;
  const list: { key: string; attribution: ResolvedAttribution }[] = [];
  for (const a of attributions) {
    // The story says why the source is unnamed: what the note would ask for is there.
    if (a.strength !== "anonymous" || a.quoted || a.anonymityReason) continue;
    // "Israeli officials said", "Palestinian health officials said": names the registry gives
    // to a body speak for that body. A sentence with only a loose cue ("a senior …") and no
    // speaker names no source at all.
    if (!a.explicitAnonymity && ((a.name && (a.source || a.actor)) || !a.name)) continue;
    // In a sentence with an unnamed source, other reporting words ("if both sides showed",
    // "citing the figure") are not sources: a source is a person or a role.
    if (!a.explicitAnonymity && !namesSpeaker(a.name)) continue;
    if (attributions.some((b) => b !== a && b.sentence === a.sentence && !b.quoted && b.strength !== "anonymous")) continue;
    // "The official said" refers back to a source the story has already introduced: not a new one.
    if (/^(?:the|this|that|these|those)\s/i.test(a.text) && !a.explicitAnonymity) continue;
    list.push({ key: `${(a.name || a.text).toLowerCase().replace(/^(?:the|a|an)\s+/, "")}|${a.speaksFor?.id ?? ""}`, attribution: a });
  }
  found = list.length === 0 ? [] : list;
  unnamedByBlock.set(attributions, found);
  return found;
}

/** True when a source's words name a person or a role ("officials", "a senior official", "diplomatic sources"). */
function namesSpeaker(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[^\p{L}.]+/u)
    .some((w) => ROLE_WORDS.has(w) || w === "person" || w === "people" || w === "insider" || w === "insiders");
}
