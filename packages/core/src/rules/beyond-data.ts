import type { Series } from "../claim.js";
import { addDays } from "../dates.js";
import { claimEvidence } from "../evidence.js";
import { mentionsOfKind } from "../facts.js";
import { messages } from "../messages.js";
import type { CountMention } from "../mention.js";
import type { Registry } from "../registry.js";
import type { Rule, RuleFinding } from "../rule.js";
import { seriesBeyondData } from "./figures.js";

/**
 * `beyond-data` (info): the story is dated past the end of the data of a series its figures are
 * about (more than one reporting interval after the series' last report), so `outdated-figure` and
 * `figure-mismatch` do not judge them. One finding per story, on the first such figure, naming
 * each series and the date its data ends, so the writer knows the figures were not checked and
 * the newsroom knows its registry needs newer reports.
 */
export const beyondData: Rule = {
  id: "beyond-data",
  severity: "info",
  description: "The registry has no reports after a date before the story's, for a series the story's figures are about: those figures are not judged.",
  scope: "document",
  // It reads more of a block than its counts (the places its sentences name decide the series), so
  // it runs after every edit; most dates are within every series' data, and it stops at once.
  check(context) {
    const { blocks, registry, date } = context;
    const ended = endedSeries(registry, date);
    if (ended.size === 0) return [];
    let first: { block: number; mention: CountMention } | undefined;
    const found: Series[] = [];
    blocks.forEach((block, index) => {
      for (const m of mentionsOfKind(block, "count")) {
        // The figure rules' verdict, kept per count, says which series it is about.
        const series = seriesBeyondData(context, index, m);
        if (!series || !ended.has(series.id) || found.includes(series)) continue;
        first ??= { block: index, mention: m };
        found.push(series);
      }
    });
    if (!first) return [];
    const ends = found.map((series) => ({ series, last: registry.latest(series.id)! }));
    const finding: RuleFinding = {
      block: first.block,
      from: first.mention.from,
      to: first.mention.to,
      message: messages.beyondData(ends.map(({ series, last }) => ({ series: series.title, date: last.asOf }))),
      evidence: ends.map(({ last }) => claimEvidence(registry, last)),
      mention: first.mention,
    };
    return [finding];
  },
};

const endedByRegistry = new WeakMap<Registry, Map<string, ReadonlySet<string>>>();

/** The ids of the series whose data ends more than one reporting interval before `date`; kept per registry and date. */
function endedSeries(registry: Registry, date: string): ReadonlySet<string> {
  let byDate = endedByRegistry.get(registry);
  if (!byDate) endedByRegistry.set(registry, (byDate = new Map()));
  let ended = byDate.get(date);
  if (!ended) {
    const ids = new Set<string>();
    for (const series of registry.series()) {
      const range = registry.coverage(series.id);
      if (range && addDays(range.to, registry.reportingInterval(series.id) ?? 0) < date) ids.add(series.id);
    }
    // Checks of one registry use a handful of dates; a service checking many keeps the newest few.
    if (byDate.size >= 64) byDate.clear();
    byDate.set(date, (ended = ids));
  }
  return ended;
}
