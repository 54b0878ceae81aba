import type { ClassificationClaim, PositionClaim } from "../claim.js";
import { claimEvidence } from "../evidence.js";
import { matchTopic, ofStoryConflict } from "../facts.js";
import { messages } from "../messages.js";
import type { Registry } from "../registry.js";
import { type RuleFinding, defineBlockRule } from "../rule.js";
import type { Actor } from "../source.js";

/**
 * `misattributed-claim` (warning): the story credits a statement or classification to a body
 * that the registry says did not make it. Two cases:
 * - a formal act ("has declared") credited to an actor that has no registered official
 *   declaration on that topic, where the registry holds the topic's statements from someone else
 *   or as a remark, or a classification (“The United Nations has declared a full-blown famine”
 *   against the WFP director's remark and the IPC's projection);
 * - quoted words credited to an actor when the registry has those words from another body that
 *   is neither the actor, one of its members, nor the body it belongs to.
 * Only positions of the story's conflict are compared. The registered claims are the evidence.
 */
export const misattributedClaim = defineBlockRule({
  id: "misattributed-claim",
  severity: "warning",
  description: "The story credits a statement or classification to a body that the registry says did not make it.",
  reads: [],
  checkBlock({ facts, registry, date }, index) {
    const findings: RuleFinding[] = [];
    for (const p of facts.positions[index] ?? []) {
      const actor = p.actorRecord;
      if (p.quoted || p.charge || !actor || !p.topicId || p.negated) continue;
      const registered = registry.positions({ topic: p.topicId }).filter((c) => c.asOf <= date && c.status !== "retracted" && ofStoryConflict(c, facts, registry));
      if (p.stance === "declares") {
        if (registered.some((c) => c.actor === actor.id && c.official && (c.stance === "declares" || c.stance === "states"))) continue;
        const remarks = registered.filter((c) => c.actor !== actor.id || !c.official);
        const classifications = classificationsOn(registry, p.topicId, date);
        if (remarks.length === 0 && classifications.length === 0) continue;
        const evidence = [...remarks, ...classifications].map((c) => claimEvidence(registry, c));
        // The message names who said what and when, and each classification once however many areas
        // it covers; the statements themselves are in the evidence.
        const labels = [
          ...remarks.map((c) => messages.remarkReference(registry.actor(c.actor)?.name ?? c.actor, c.official, c.asOf)),
          ...summarizeClassifications(registry, classifications),
        ];
        findings.push({
          block: index,
          from: p.from,
          to: p.to,
          message: messages.misattributedClaim(actor.name, p.text, messages.misattributedDeclaration(labels.join("; "))),
          evidence,
        });
        continue;
      }
      const family = familyOf(actor, registry);
      for (const quote of p.quotes) {
        if (quote.split(/\s+/).length < 2) continue;
        const said = registered.find((c) => saysQuote(c, quote));
        if (!said || family.has(said.actor)) continue;
        const evidence = [claimEvidence(registry, said)];
        findings.push({ block: index, from: p.from, to: p.to, message: messages.misattributedClaim(actor.name, p.text, messages.misattributedQuote(quote, evidence[0]!.label)), evidence });
        break;
      }
    }
    return findings;
  },
});

/** The actor, the actors that are members of it, and the body it belongs to. */
function familyOf(actor: Actor, registry: Registry): Set<string> {
  const ids = new Set([actor.id]);
  if (actor.memberOf) ids.add(actor.memberOf);
  for (const other of registry.actors()) if (other.memberOf === actor.id) ids.add(other.id);
  return ids;
}

function saysQuote(claim: PositionClaim, quote: string): boolean {
  const needle = normalize(quote);
  return normalize(claim.statement).includes(needle) || claim.citations.some((c) => c.quote !== undefined && normalize(c.quote).includes(needle));
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[“”"‘’']/g, "").replace(/\s+/g, " ").trim();
}

/** "the IPC: Famine (IPC Phase 5), projected and imminent, projected for north-gaza and gaza-city, 18 March 2024", one line per issuer, label and date. */
function summarizeClassifications(registry: Registry, claims: readonly ClassificationClaim[]): string[] {
  const groups = new Map<string, { claim: ClassificationClaim; areas: string[] }>();
  for (const c of claims) {
    const key = `${c.issuer}|${c.label ?? c.phase}|${c.asOf}|${c.projection}`;
    const group = groups.get(key);
    if (group) group.areas.push(c.area);
    else groups.set(key, { claim: c, areas: [c.area] });
  }
  return [...groups.values()].map(({ claim, areas }) => messages.classificationSummary(registry.source(claim.issuer)?.name ?? claim.issuer, claim.label ?? `IPC phase ${claim.phase}`, claim.projection, areas, claim.asOf));
}

/** The newest classification of each area, as of the date, whose label is about the topic ("famine"). */
function classificationsOn(registry: Registry, topicId: string, date: string): ClassificationClaim[] {
  const newest = new Map<string, ClassificationClaim>();
  for (const c of registry.classifications()) {
    if (c.asOf > date || c.status === "retracted" || !c.label) continue;
    if (matchTopic(c.label, registry) !== topicId) continue;
    const seen = newest.get(c.area);
    if (!seen || seen.asOf < c.asOf) newest.set(c.area, c);
  }
  return [...newest.values()];
}
