import * as z from "zod";
import type { CasualtyClaim, Claim } from "./claim.js";
import { parseWith } from "./errors.js";
import { Registry, effectiveIndex, isInEffect, seriesKeyOf, supersessionIndex } from "./registry.js";
import { RegistryData, type RegistryDataInput } from "./registry-data.js";

/**
 * What is wrong with a registry, as a stable code:
 * - `unknown-source`: a citation, series, `via` or classification issuer names a source id that is not registered.
 * - `unknown-series`: a casualty claim names a series that is not registered.
 * - `unknown-actor`: a position's actor, a proposal's proposer, a source's affiliation or an actor's `memberOf` is not registered.
 * - `unknown-claim`: a claim supersedes a claim id that is not registered.
 * - `unknown-place`: a place's `within` or a conflict's place is not a registered place.
 * - `place-cycle`: places contain each other in a loop through `within` (Rafah within Gaza
 *   within Rafah).
 * - `place-mismatch`: a casualty claim counts in another place than the series it names (a
 *   figure for Rafah in a series of Gaza): it would be judged as the series' figure.
 * - `place-outside-conflict`: a series belongs to a conflict that is not fought in its place (nor
 *   in a place containing it).
 * - `unknown-conflict`: a series, a proposal or an event names a conflict that is not registered.
 * - `duplicate-id`: two sources, actors, places, conflicts, series or claims share an id.
 * - `falling-cumulative`: a cumulative series' effective count falls from one report to the next
 *   without the later claim superseding with reason `revision`, `correction` or `methodology-change`.
 * - `phase-index-beyond-count`: phase `index` is above `of`.
 * - `phase-count-disagrees`: phases of one proposal (id and version) give different numbers of phases.
 * - `citation-before-period-end`: a citation is dated before the period the claim covers ends, or
 *   before the casualty figure's asOf (a projected classification may be published in advance).
 * - `supersession-cycle`: claims supersede each other in a loop.
 * - `future-as-of`: a claim's asOf is after the registry's own date.
 */
export const RegistryProblemCode = /* @__PURE__ */ z.enum([
  "unknown-source",
  "unknown-series",
  "unknown-actor",
  "unknown-claim",
  "unknown-place",
  "unknown-conflict",
  "place-cycle",
  "place-mismatch",
  "place-outside-conflict",
  "duplicate-id",
  "falling-cumulative",
  "phase-index-beyond-count",
  "phase-count-disagrees",
  "citation-before-period-end",
  "supersession-cycle",
  "future-as-of",
]);
export type RegistryProblemCode = z.infer<typeof RegistryProblemCode>;

/**
 * A problem found in a registry by {@link validateRegistry}: its code, severity, a message for
 * people, the claim it concerns (when it concerns one) and the path to the offending value in
 * the registry data, such as `["claims", 12, "citations", 0, "source"]`.
 */
export const RegistryProblem = /* @__PURE__ */ z
  .object({
    code: RegistryProblemCode,
    severity: /* @__PURE__ */ z.enum(["error", "warning"]),
    message: /* @__PURE__ */ z.string(),
    claimId: /* @__PURE__ */ z.string().optional(),
    path: /* @__PURE__ */ z.array(/* @__PURE__ */ z.union([/* @__PURE__ */ z.string(), /* @__PURE__ */ z.number()])),
  })
  .strict();
export type RegistryProblem = z.infer<typeof RegistryProblem>;

const COLLECTIONS = ["sources", "actors", "places", "conflicts", "series", "claims"] as const;

/**
 * Checks a registry's consistency and returns its problems (an empty list when it has none),
 * sorted by path. Works on a built {@link Registry} or on raw registry data, where duplicate ids
 * can exist; raw data that fails the `RegistryData` schema throws a `FactmarkError` with code
 * `invalid-registry`. Paths index the arrays of the data (`registry.toData()` for a registry).
 * Runs in O(n log n) for n records.
 *
 * @example
 * for (const problem of validateRegistry(registry)) console.log(problem.path.join("."), problem.message);
 */
export function validateRegistry(registry: Registry | RegistryDataInput): RegistryProblem[] {
  const data = registry instanceof Registry ? registry.toData() : parseWith(RegistryData, registry, "registry", {}, "invalid-registry");
  const problems: RegistryProblem[] = [];
  const report = (code: RegistryProblemCode, severity: RegistryProblem["severity"], path: (string | number)[], message: string, claimId?: string) => {
    problems.push({ code, severity, message, ...(claimId === undefined ? {} : { claimId }), path });
  };

  const ids = {
    sources: firstIndexes(data.sources, "sources", "source", report),
    actors: firstIndexes(data.actors, "actors", "actor", report),
    places: firstIndexes(data.places ?? [], "places", "place", report),
    conflicts: firstIndexes(data.conflicts ?? [], "conflicts", "conflict", report),
    series: firstIndexes(data.series, "series", "series", report),
  };
  // A registry has unique claim ids and its own index of them: a million-entry Map would cost more than all the checks.
  const claimIds = registry instanceof Registry ? undefined : firstIndexes(data.claims, "claims", "claim", report);
  const hasClaim = claimIds ? (id: string) => claimIds.has(id) : (id: string) => (registry as Registry).claim(id) !== undefined;
  const exampleSource = data.sources[0]?.id ?? "gaza-moh";
  const exampleActor = data.actors[0]?.id ?? "hamas";
  const unknownSource = (path: (string | number)[], id: string, what: string, claimId?: string) =>
    report(
      "unknown-source",
      "error",
      path,
      `${what} names the source "${id}", which is not registered; expected the id of a registered source, for example "${exampleSource}"`,
      claimId,
    );
  const unknownActor = (path: (string | number)[], id: string, what: string, claimId?: string) =>
    report("unknown-actor", "error", path, `${what} names the actor "${id}", which is not registered; expected the id of a registered actor, for example "${exampleActor}"`, claimId);

  data.sources.forEach((source, i) => {
    source.via?.forEach((id, k) => {
      if (!ids.sources.has(id)) unknownSource(["sources", i, "via", k], id, `source "${source.id}" (via)`);
    });
    if (source.affiliation !== undefined && !ids.actors.has(source.affiliation)) {
      unknownActor(["sources", i, "affiliation"], source.affiliation, `source "${source.id}" (affiliation)`);
    }
  });
  data.actors.forEach((actor, i) => {
    if (actor.memberOf !== undefined && !ids.actors.has(actor.memberOf)) unknownActor(["actors", i, "memberOf"], actor.memberOf, `actor "${actor.id}" (memberOf)`);
  });
  const unknownPlace = (path: (string | number)[], id: string, what: string) =>
    report("unknown-place", "error", path, `${what} names the place "${id}", which is not registered; expected the id of a registered place${data.places?.[0] ? `, for example "${data.places[0].id}"` : ""}`);
  const unknownConflict = (path: (string | number)[], id: string, what: string, claimId?: string) =>
    report(
      "unknown-conflict",
      "error",
      path,
      `${what} names the conflict "${id}", which is not registered; expected the id of a registered conflict${data.conflicts?.[0] ? `, for example "${data.conflicts[0].id}"` : ""}`,
      claimId,
    );
  (data.places ?? []).forEach((place, i) => {
    place.within.forEach((id, k) => {
      if (!ids.places.has(id)) unknownPlace(["places", i, "within", k], id, `place "${place.id}" (within)`);
    });
  });
  (data.conflicts ?? []).forEach((conflict, i) => {
    conflict.places.forEach((id, k) => {
      if (!ids.places.has(id)) unknownPlace(["conflicts", i, "places", k], id, `conflict "${conflict.id}"`);
    });
    conflict.parties.forEach((id, k) => {
      if (!ids.actors.has(id)) unknownActor(["conflicts", i, "parties", k], id, `conflict "${conflict.id}" (party)`);
    });
  });
  checkPlaceCycles(data.places ?? [], report);
  // A place and the places containing it, through `within`; loops are cut (and reported above).
  const placeById = new Map((data.places ?? []).map((place) => [place.id, place]));
  const placeAndAncestors = (id: string): Set<string> => {
    const found = new Set<string>();
    const queue = [id];
    while (queue.length > 0) {
      const next = queue.pop()!;
      if (found.has(next)) continue;
      found.add(next);
      queue.push(...(placeById.get(next)?.within ?? []));
    }
    return found;
  };
  const conflictById = new Map((data.conflicts ?? []).map((conflict) => [conflict.id, conflict]));
  const seriesPlace = new Map<string, string>();
  data.series.forEach((series, i) => {
    if (!seriesPlace.has(series.id)) seriesPlace.set(series.id, series.population.place);
    if (!ids.sources.has(series.source)) unknownSource(["series", i, "source"], series.source, `series "${series.id}"`);
    if (series.conflict !== undefined && !ids.conflicts.has(series.conflict)) unknownConflict(["series", i, "conflict"], series.conflict, `series "${series.id}"`);
    const conflict = series.conflict === undefined ? undefined : conflictById.get(series.conflict);
    if (conflict) {
      const places = placeAndAncestors(series.population.place);
      if (!conflict.places.some((place) => places.has(place))) {
        report(
          "place-outside-conflict",
          "warning",
          ["series", i, "population", "place"],
          `series "${series.id}" counts in "${series.population.place}", which is not among the places of its conflict "${conflict.id}" (${conflict.places.join(", ")}) nor within one of them; ` +
            `expected the conflict's places to include it, for example "within": ["${conflict.places[0]}"] on place "${series.population.place}"`,
        );
      }
    }
  });

  const phaseCounts = new Map<string, { of: number; claimId: string }>();
  data.claims.forEach((claim, i) => {
    const what = `claim "${claim.id}"`;
    claim.citations.forEach((citation, j) => {
      if (!ids.sources.has(citation.source)) unknownSource(["claims", i, "citations", j, "source"], citation.source, `${what} (citation ${j + 1})`, claim.id);
      const early = citationTooEarly(claim, citation.published);
      if (early) {
        report(
          "citation-before-period-end",
          "error",
          ["claims", i, "citations", j, "published"],
          `${what} cites a publication of ${citation.published}, before ${early}; expected the citation to be published on or after it, for example "published": "${early.slice(-10)}"`,
          claim.id,
        );
      }
    });
    claim.supersedes?.forEach((supersession, k) => {
      if (!hasClaim(supersession.claim)) {
        report(
          "unknown-claim",
          "error",
          ["claims", i, "supersedes", k, "claim"],
          `${what} supersedes the claim "${supersession.claim}", which is not registered; expected the id of a registered claim`,
          claim.id,
        );
      }
    });
    if (data.date !== undefined && claim.asOf > data.date) {
      report(
        "future-as-of",
        "error",
        ["claims", i, "asOf"],
        `${what} is as of ${claim.asOf}, after the registry's date ${data.date}; expected an asOf on or before ${data.date}, or a later registry date`,
        claim.id,
      );
    }
    switch (claim.kind) {
      case "casualty": {
        const place = claim.series === undefined ? undefined : seriesPlace.get(claim.series);
        if (place !== undefined && place !== claim.population.place) {
          report(
            "place-mismatch",
            "error",
            ["claims", i, "population", "place"],
            `${what} counts in "${claim.population.place}", but its series "${claim.series}" counts in "${place}"; ` +
              `expected "place": "${place}", or a series of its own for "${claim.population.place}"`,
            claim.id,
          );
        }
        if (claim.series !== undefined && !ids.series.has(claim.series)) {
          report(
            "unknown-series",
            "error",
            ["claims", i, "series"],
            `${what} names the series "${claim.series}", which is not registered; expected the id of a registered series, or no series (the claim then forms one with its source, measure and population)`,
            claim.id,
          );
        }
        break;
      }
      case "position":
        if (!ids.actors.has(claim.actor)) unknownActor(["claims", i, "actor"], claim.actor, what, claim.id);
        break;
      case "classification":
        if (!ids.sources.has(claim.issuer)) unknownSource(["claims", i, "issuer"], claim.issuer, `${what} (issuer)`, claim.id);
        break;
      case "event":
        if (claim.conflict !== undefined && !ids.conflicts.has(claim.conflict)) unknownConflict(["claims", i, "conflict"], claim.conflict, what, claim.id);
        break;
      case "phase": {
        claim.proposal.proposers.forEach((id, k) => {
          if (!ids.actors.has(id)) unknownActor(["claims", i, "proposal", "proposers", k], id, `${what} (proposer)`, claim.id);
        });
        if (claim.proposal.conflict !== undefined && !ids.conflicts.has(claim.proposal.conflict)) {
          unknownConflict(["claims", i, "proposal", "conflict"], claim.proposal.conflict, what, claim.id);
        }
        if (claim.of !== undefined && claim.index > claim.of) {
          report(
            "phase-index-beyond-count",
            "error",
            ["claims", i, "index"],
            `${what} is phase ${claim.index} of ${claim.of}; expected an index from 1 to ${claim.of}, or "of": ${claim.index} if the proposal has more phases`,
            claim.id,
          );
        }
        const key = `${claim.proposal.id}\u0000${claim.proposal.version ?? ""}`;
        const first = phaseCounts.get(key);
        // A phase that states no count of phases neither sets the proposal's count nor disagrees with it.
        if (claim.of === undefined) break;
        if (!first) phaseCounts.set(key, { of: claim.of, claimId: claim.id });
        else if (first.of !== claim.of) {
          const version = claim.proposal.version === undefined ? "" : ` (version "${claim.proposal.version}")`;
          report(
            "phase-count-disagrees",
            "warning",
            ["claims", i, "of"],
            `${what} gives proposal "${claim.proposal.id}"${version} ${claim.of} phases, but claim "${first.claimId}" gives ${first.of}; expected one number of phases per proposal version, or a distinct "version" for a different text`,
            claim.id,
          );
        }
        break;
      }
      default:
        break;
    }
  });

  checkFallingCumulative(data.claims, new Map(data.series.map((series) => [series.id, series.source])), report);
  checkSupersessionCycles(data.claims, report);
  return problems.sort(compareProblems);
}

type Report = (code: RegistryProblemCode, severity: RegistryProblem["severity"], path: (string | number)[], message: string, claimId?: string) => void;

function firstIndexes(records: readonly { id: string }[], collection: (typeof COLLECTIONS)[number], what: string, report: Report): Map<string, number> {
  const first = new Map<string, number>();
  records.forEach((record, i) => {
    const earlier = first.get(record.id);
    if (earlier === undefined) first.set(record.id, i);
    else {
      report(
        "duplicate-id",
        "error",
        [collection, i, "id"],
        `${collection}[${i}] repeats the ${what} id "${record.id}" of ${collection}[${earlier}]; expected each ${what} id once, for example "${record.id}-2"`,
        collection === "claims" ? record.id : undefined,
      );
    }
  });
  return first;
}

/** The date a citation is published before and should not be, or undefined when it is fine. */
function citationTooEarly(claim: Claim, published: string): string | undefined {
  if (claim.kind === "casualty" && published < claim.asOf) return `the figure's asOf ${claim.asOf}`;
  // A projection is published before the period it forecasts: that is its point.
  if (claim.kind === "classification" && claim.projection === "projected") return undefined;
  if (claim.period && published < claim.period.to) return `the end of its period ${claim.period.to}`;
  return undefined;
}

/**
 * Reports each cumulative report whose count is below the report in effect before it. Which
 * reports are in effect follows {@link Registry} (`effectiveIndex`): not `corrected` or
 * `retracted`, not the target of a correction or retraction nor of a supersession of its own
 * date, and of one asOf the series' own source's first, then the latest published, then the
 * later in the data.
 */
function checkFallingCumulative(claims: readonly Claim[], sourceOf: ReadonlyMap<string, string>, report: Report): void {
  const superseders = supersessionIndex(claims);
  const groups = new Map<string, number[]>();
  claims.forEach((claim, i) => {
    if (claim.kind !== "casualty" || !claim.cumulative) return;
    const key = seriesKeyOf(claim);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const casualty = (i: number) => claims[i] as CasualtyClaim;
  const compare = (a: number, b: number) => {
    const x = casualty(a);
    const y = casualty(b);
    return compareStrings(x.asOf, y.asOf) || compareStrings(x.citations[0]?.published ?? "", y.citations[0]?.published ?? "") || a - b;
  };
  for (const [key, group] of groups) {
    let sorted = true;
    for (let k = 1; k < group.length && sorted; k++) sorted = compare(group[k - 1]!, group[k]!) <= 0;
    if (!sorted) group.sort(compare);
    let previous: CasualtyClaim | undefined;
    for (let k = 0; k < group.length; ) {
      // Of a run of reports with one asOf, only the last one in effect counts.
      const asOf = casualty(group[k]!).asOf;
      let end = k + 1;
      while (end < group.length && casualty(group[end]!).asOf === asOf) end++;
      let index: number | undefined;
      if (end === k + 1) index = isInEffect(casualty(group[k]!), superseders) ? group[k] : undefined;
      else {
        const run = group.slice(k, end).map(casualty);
        const winner = effectiveIndex(run, 0, run.length, superseders, sourceOf.get(key));
        index = winner === -1 ? undefined : group[k + winner];
      }
      k = end;
      if (index === undefined) continue;
      const claim = casualty(index);
      if (previous && upper(claim) < lower(previous) && !explainsFall(claim)) {
        report(
          "falling-cumulative",
          "warning",
          ["claims", index, "quantity"],
          `claim "${claim.id}" (${claim.asOf}) reports ${describe(claim)} ${claim.measure}, below ${describe(previous)} in claim "${previous.id}" (${previous.asOf}) of the cumulative series "${key}"; ` +
            `expected a running total not to fall, or the later claim to explain it, for example "supersedes": [{ "claim": "${previous.id}", "reason": "revision" }] when the body revised its total down`,
          claim.id,
        );
      }
      previous = claim;
    }
  }
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function upper(claim: CasualtyClaim): number {
  return claim.quantity.value ?? claim.quantity.high ?? Infinity;
}

function lower(claim: CasualtyClaim): number {
  return claim.quantity.value ?? claim.quantity.low ?? 0;
}

function describe(claim: CasualtyClaim): string {
  const { value, low, high } = claim.quantity;
  return value !== undefined ? String(value) : `${low}–${high}`;
}

function explainsFall(claim: CasualtyClaim): boolean {
  return claim.supersedes?.some((s) => s.reason === "revision" || s.reason === "correction" || s.reason === "methodology-change") ?? false;
}

/** Reports each loop of places through `within` once, on the place that closes it. */
function checkPlaceCycles(places: readonly { id: string; within: readonly string[] }[], report: Report): void {
  const index = new Map<string, number>();
  places.forEach((place, i) => {
    if (!index.has(place.id)) index.set(place.id, i);
  });
  // 1: on the current path, 2: done.
  const state = new Map<number, 1 | 2>();
  for (const root of index.values()) {
    if (state.has(root)) continue;
    const path: { index: number; edge: number }[] = [{ index: root, edge: 0 }];
    state.set(root, 1);
    while (path.length > 0) {
      const top = path[path.length - 1]!;
      const within = places[top.index]!.within;
      if (top.edge >= within.length) {
        state.set(top.index, 2);
        path.pop();
        continue;
      }
      const k = top.edge++;
      const target = index.get(within[k]!);
      if (target === undefined) continue;
      const seen = state.get(target);
      if (seen === undefined) {
        state.set(target, 1);
        path.push({ index: target, edge: 0 });
      } else if (seen === 1) {
        const loop = path.slice(path.findIndex((step) => step.index === target)).map((step) => places[step.index]!.id);
        report(
          "place-cycle",
          "error",
          ["places", top.index, "within", k],
          `places contain each other in a loop: ${[...loop, loop[0]].map((id) => `"${id}"`).join(" within ")}; expected "within" to name only larger places`,
        );
      }
    }
  }
}

/**
 * Reports each loop of supersessions once, on the edge that closes it. Only claims that
 * supersede something can be on a loop, so only they are indexed. Iterative: chains can be long.
 */
function checkSupersessionCycles(claims: readonly Claim[], report: Report): void {
  const nodes = new Map<string, number>();
  claims.forEach((claim, i) => {
    if (claim.supersedes?.length && !nodes.has(claim.id)) nodes.set(claim.id, i);
  });
  // 0: not visited, 1: on the current path, 2: done.
  const state = new Map<number, 1 | 2>();
  for (const root of nodes.values()) {
    if (state.has(root)) continue;
    const path: { index: number; edge: number }[] = [{ index: root, edge: 0 }];
    state.set(root, 1);
    while (path.length > 0) {
      const top = path[path.length - 1]!;
      const edges = claims[top.index]!.supersedes ?? [];
      if (top.edge >= edges.length) {
        state.set(top.index, 2);
        path.pop();
        continue;
      }
      const k = top.edge++;
      const target = nodes.get(edges[k]!.claim);
      if (target === undefined) continue;
      const seen = state.get(target);
      if (seen === undefined) {
        state.set(target, 1);
        path.push({ index: target, edge: 0 });
      } else if (seen === 1) {
        // Named at the loop's smallest id, wherever the walk entered it, so any validation that
        // finds this loop (a whole registry, or one write's records) names it the same way.
        const steps = path.slice(path.findIndex((step) => step.index === target));
        let first = 0;
        for (let i = 1; i < steps.length; i++) if (claims[steps[i]!.index]!.id < claims[steps[first]!.index]!.id) first = i;
        const loop = [...steps.slice(first), ...steps.slice(0, first)].map((step) => claims[step.index]!.id);
        const at = steps[first]!;
        report(
          "supersession-cycle",
          "error",
          ["claims", at.index, "supersedes", at.edge - 1, "claim"],
          `claims supersede each other in a loop: ${[...loop, loop[0]].map((id) => `"${id}"`).join(" → ")}; expected each claim to supersede only older ones`,
          claims[at.index]!.id,
        );
      }
    }
  }
}

function compareProblems(a: RegistryProblem, b: RegistryProblem): number {
  const length = Math.min(a.path.length, b.path.length);
  for (let i = 0; i < length; i++) {
    const x = a.path[i]!;
    const y = b.path[i]!;
    if (x === y) continue;
    if (i === 0) return COLLECTIONS.indexOf(x as never) - COLLECTIONS.indexOf(y as never);
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.path.length - b.path.length || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
