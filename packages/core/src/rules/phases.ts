import type { PhaseClaim } from "../claim.js";
import { addDays } from "../dates.js";
import type { Evidence } from "../finding.js";
import { describeEvidence } from "../messages.js";
import type { ExtractedBlock } from "../mention.js";
import type { Registry } from "../registry.js";

/** How far around the document date a registered proposal counts as "the deal on the table". */
const PROPOSAL_WINDOW = { before: 120, after: 30 };

/**
 * The registered proposals a story is about: those dated within the window around the document
 * date, narrowed to the ones whose proposers the story names when it names any.
 */
export function proposalsInStory(registry: Registry, blocks: readonly ExtractedBlock[], date: string): { id: string; phases: readonly PhaseClaim[] }[] {
  const from = addDays(date, -PROPOSAL_WINDOW.before);
  const to = addDays(date, PROPOSAL_WINDOW.after);
  const all = registry
    .proposals()
    .map((id) => ({ id, phases: registry.phases(id).filter((p) => p.status !== "retracted") }))
    .filter(({ phases }) => phases.some((p) => (p.proposal.date ?? p.asOf) >= from && (p.proposal.date ?? p.asOf) <= to));
  if (all.length <= 1) return all;
  const text = blocks.map((b) => b.text.toLowerCase()).join("\n");
  const named = all.filter(({ phases }) =>
    phases.some((p) =>
      p.proposal.proposers.some((actorId) => {
        const actor = registry.actor(actorId);
        const names = actor ? [actor.name, ...actor.aliases] : [actorId];
        return names.some((name) => text.includes(name.toLowerCase()));
      }),
    ),
  );
  return named.length > 0 ? named : all;
}

/** Evidence for a phase claim. */
export function phaseEvidence(registry: Registry, claim: PhaseClaim): Evidence {
  const citation = claim.citations[0]!;
  const name = registry.source(citation.source)?.name ?? citation.source;
  return {
    claimId: claim.id,
    kind: claim.kind,
    source: { id: citation.source, name },
    asOf: claim.asOf,
    published: citation.published,
    ...(citation.url ? { url: citation.url } : {}),
    ...(claim.durationDays !== undefined ? { value: claim.durationDays } : {}),
    label: describeEvidence(claim, name),
  };
}
