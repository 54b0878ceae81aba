import type { Claim } from "./claim.js";
import type { Evidence } from "./finding.js";
import { describeEvidence, sourceReference } from "./messages.js";
import { quantityValue } from "./quantity.js";
import type { Registry } from "./registry.js";

/**
 * A registered claim as a finding's evidence: its first citation's source, its dates, its value
 * (a casualty figure, or a phase's length in days), one plain sentence saying what was reported,
 * and the caveats of its series (a casualty figure of a series that has any).
 */
export function claimEvidence(registry: Registry, claim: Claim): Evidence {
  const citation = claim.citations[0]!;
  const name = registry.source(citation.source)?.name ?? citation.source;
  const value = claim.kind === "casualty" ? quantityValue(claim.quantity) : claim.kind === "phase" ? claim.durationDays : undefined;
  const caveats = claim.kind === "casualty" && claim.series ? registry.seriesById(claim.series)?.caveats : undefined;
  return {
    claimId: claim.id,
    kind: claim.kind,
    source: { id: citation.source, name },
    asOf: claim.asOf,
    published: citation.published,
    ...(citation.url ? { url: citation.url } : {}),
    ...(value !== undefined ? { value } : {}),
    ...(claim.kind === "position" ? { statement: claim.statement } : {}),
    label: describeEvidence(claim, sourceReference(name), claim.kind === "position" ? (registry.actor(claim.actor)?.name ?? claim.actor) : undefined),
    ...(caveats?.length ? { caveats: [...caveats] } : {}),
  };
}
