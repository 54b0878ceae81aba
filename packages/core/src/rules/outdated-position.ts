import { claimEvidence } from "../evidence.js";
import { mentionsOfKind, ofStoryConflict, stanceFamily } from "../facts.js";
import { messages } from "../messages.js";
import { type RuleFinding, defineBlockRule } from "../rule.js";

/**
 * `outdated-position` (warning): the story states an actor's stance that the registry shows has
 * since changed: a registered position of the same actor on the same topic agrees with the story
 * ("warned that famine is imminent"), and a newer one, dated on or before the document date, does
 * not (the IPC's later finding). Stances agree when they are of one family: for (demands,
 * accepts, commits to, supports, proposes), against (rejects, opposes, denies), concern (warns,
 * concerned) or assertion (states, declares); a negated stance flips for and against. The newer
 * statement is the evidence. Only positions of the story's conflict are compared.
 */
export const outdatedPosition = defineBlockRule({
  id: "outdated-position",
  severity: "warning",
  description: "The registry holds a newer position of the same actor on the same topic.",
  reads: [],
  checkBlock({ facts, registry, date, blocks }, index) {
    const findings: RuleFinding[] = [];
    for (const p of facts.positions[index] ?? []) {
      const actor = p.actorRecord;
      if (p.quoted || p.charge || !actor || !p.topicId) continue;
      const claims = registry.positions({ actor: actor.id, topic: p.topicId }).filter((c) => c.asOf <= date && c.status !== "retracted" && ofStoryConflict(c, facts, registry));
      if (claims.length < 2) continue;
      const family = stanceFamily(p.stance, p.negated);
      let agreeing = -1;
      claims.forEach((c, i) => {
        if (stanceFamily(c.stance) === family) agreeing = i;
      });
      if (agreeing < 0) continue;
      const newer = claims.slice(agreeing + 1).filter((c) => c.asOf > claims[agreeing]!.asOf && stanceFamily(c.stance) !== family);
      const newest = newer[newer.length - 1];
      if (!newest) continue;
      // "Hamas said on Friday it was ready to start talks": a stance whose own words date it on or
      // after the newer statement tells of that day, not of the older stance. ("The IPC has warned
      // ..., aid groups said on Wednesday" dates the aid groups' saying, not the IPC's.)
      if (mentionsOfKind(blocks[index]!, "date").some((d) => d.from >= p.from && d.to <= p.to && d.precision === "day" && d.date >= newest.asOf)) continue;
      const evidence = [claimEvidence(registry, newest), claimEvidence(registry, claims[agreeing]!)];
      findings.push({ block: index, from: p.from, to: p.to, message: messages.outdatedPosition(actor.name, p.text, evidence[0]!.label), evidence });
    }
    return findings;
  },
});
