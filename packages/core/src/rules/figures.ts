import type { CasualtyClaim } from "../claim.js";
import { daysBetween } from "../dates.js";
import { type DocumentFacts, isComparable, isPeriodCount, matchSeries } from "../facts.js";
import { formatFigureLike } from "../figure.js";
import type { Evidence, Fix } from "../finding.js";
import { describeEvidence, messages, sourceReference } from "../messages.js";
import type { CountMention, ExtractedBlock } from "../mention.js";
import { inInterval, quantityBounds, quantityValue } from "../quantity.js";
import type { Registry } from "../registry.js";

/** What the registry says about one count at the document date. */
export type FigureVerdict =
  | { kind: "fits"; current: CasualtyClaim }
  | { kind: "outdated"; current: CasualtyClaim; lastTrue: CasualtyClaim; staleSince: CasualtyClaim; replacement: string }
  | { kind: "recent"; current: CasualtyClaim; lastTrue: CasualtyClaim }
  | { kind: "mismatch"; current: CasualtyClaim; replacement: string };

/** Default days a figure may trail the newest report, by series cadence, before it is outdated. */
export const STALENESS_DAYS = { daily: 7, weekly: 14, monthly: 45, irregular: 60 } as const;

const verdicts = new WeakMap<CountMention, { registry: Registry; date: string; maxAgeDays: unknown; verdict: FigureVerdict | undefined }>();

/**
 * Judges a count against the registry: does the figure, read with its hedge, fit the report in
 * effect at the document date? If not, was it true for an earlier report (outdated, once it has
 * been untrue for longer than the staleness policy allows) or never (a mismatch)? Counts that cover
 * a short period ("overnight") or are of a different order from the running total are not judged.
 * Shared by `outdated-figure` and `figure-mismatch`, and memoised per mention so they judge once.
 */
export function judgeFigure(
  registry: Registry,
  block: ExtractedBlock,
  blockIndex: number,
  mention: CountMention,
  date: string,
  facts: DocumentFacts,
  maxAgeDays?: number,
): FigureVerdict | undefined {
  const memo = verdicts.get(mention);
  if (memo && memo.registry === registry && memo.date === date && memo.maxAgeDays === maxAgeDays) return memo.verdict;
  const verdict = judge(registry, block, blockIndex, mention, date, facts, maxAgeDays);
  verdicts.set(mention, { registry, date, maxAgeDays, verdict });
  return verdict;
}

function judge(registry: Registry, block: ExtractedBlock, blockIndex: number, mention: CountMention, date: string, facts: DocumentFacts, maxAgeDays?: number): FigureVerdict | undefined {
  if (mention.quoted || !mention.measure || isPeriodCount(block, mention)) return undefined;
  const series = matchSeries(registry, mention, facts, blockIndex);
  if (!series) return undefined;
  const current = registry.valueAt(series.id, date);
  if (!current) return undefined;
  const stated = mention.quantity.value ?? mention.quantity.high ?? 0;
  if (!isComparable(stated, current)) return undefined;
  const bounds = quantityBounds(mention.quantity, "tight");
  const fits = (claim: CasualtyClaim) => inInterval(quantityValue(claim.quantity), bounds);
  if (fits(current)) return { kind: "fits", current };
  const replacement = formatFigureLike(mention, quantityValue(current.quantity));
  const lastTrue = registry.lastMatching(series.id, date, fits);
  if (!lastTrue) return { kind: "mismatch", current, replacement };
  const staleSince = registry.nextAfter(series.id, lastTrue.asOf) ?? current;
  const allowed = maxAgeDays ?? STALENESS_DAYS[series.cadence];
  if (daysBetween(staleSince.asOf, date) <= allowed) return { kind: "recent", current, lastTrue };
  return { kind: "outdated", current, lastTrue, staleSince, replacement };
}

/** Evidence for a casualty claim: its source, dates and value in plain words. */
export function casualtyEvidence(registry: Registry, claim: CasualtyClaim): Evidence {
  const citation = claim.citations[0]!;
  const source = registry.source(citation.source);
  const name = source?.name ?? citation.source;
  return {
    claimId: claim.id,
    kind: claim.kind,
    source: { id: citation.source, name },
    asOf: claim.asOf,
    published: citation.published,
    ...(citation.url ? { url: citation.url } : {}),
    value: quantityValue(claim.quantity),
    label: describeEvidence(claim, sourceReference(name)),
  };
}

/** The fixes for a figure the registry contradicts: rewrite the figure in the same style, and cite the report. */
export function figureFixes(registry: Registry, mention: CountMention, claim: CasualtyClaim, replacement: string): Fix[] {
  const citation = claim.citations[0]!;
  const name = registry.source(citation.source)?.name ?? citation.source;
  return [
    { kind: "replace", label: messages.fixUpdateFigure(mention.text.slice(0, mention.number.from - mention.from) + replacement, name, claim.asOf), from: mention.number.from, to: mention.number.to, text: replacement },
    { kind: "cite", label: messages.fixCite(name, claim.asOf), from: mention.from, to: mention.to, citation, claimId: claim.id },
  ];
}
