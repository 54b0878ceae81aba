import { daysBetween } from "../dates.js";
import { claimEvidence } from "../evidence.js";
import { messages } from "../messages.js";
import { defineBlockRule } from "../rule.js";
import { checkFigures, stalenessDays } from "./figures.js";

/**
 * `outdated-figure` (warning): the figure was true for an earlier report of its series, but the
 * report in effect at the document date no longer fits it, and has not fitted for the whole of the
 * staleness policy (option `maxAgeDays`; by default the series' usual spacing between reports,
 * at least 7 days and at most its cadence's interval: 7 daily, 14 weekly, 45 monthly, 60
 * irregular). A daily figure is outdated seven days after the first report it no longer fits: no
 * report it fits was in effect in the week before the document date. The policy runs from the day
 * that report was published, when that is later than the day it is dated. The fix rewrites the figure
 * in the same style ("over 34,000" → "over 37,000") and cites the newer report.
 */
export const outdatedFigure = defineBlockRule({
  id: "outdated-figure",
  severity: "warning",
  description: "The registry holds a newer figure for the same series, as of the document date, past the staleness policy.",
  reads: ["defaultPlace"],
  checkBlock(context, index) {
    const maxAgeDays = typeof context.options.maxAgeDays === "number" ? context.options.maxAgeDays : undefined;
    return checkFigures(context, index, (verdict, m) => {
      const { lastTrue, staleSince, current, series } = verdict;
      if (!lastTrue || !staleSince) return undefined;
      // A figure goes stale when the report it no longer fits is out: a report dated before the
      // story but published after it ("as of 31 December", released on 16 January) could not be
      // known when the story was written.
      const published = staleSince.citations[0]?.published;
      const since = published !== undefined && published > staleSince.asOf ? published : staleSince.asOf;
      if (daysBetween(since, context.date) < (maxAgeDays ?? stalenessDays(context.registry, series))) return undefined;
      const evidence = [claimEvidence(context.registry, current), claimEvidence(context.registry, lastTrue)];
      return { message: messages.outdatedFigure(m.text, lastTrue.asOf, evidence[0]!.label), evidence };
    });
  },
});
