import { messages } from "../messages.js";
import type { Rule, RuleFinding } from "../rule.js";
import { casualtyEvidence, figureFixes, judgeFigure } from "./figures.js";

/**
 * `outdated-figure` (warning): the figure was true for an earlier report of its series, but the
 * report in effect at the document date no longer fits it, and has not fitted for longer than the
 * staleness policy (option `maxAgeDays`; by default 7 days for a daily series, 14 weekly, 45
 * monthly, 60 irregular). The fix rewrites the figure in the same style ("over 34,000" →
 * "over 37,000") and cites the newer report.
 */
export const outdatedFigure: Rule = {
  id: "outdated-figure",
  severity: "warning",
  description: "The registry holds a newer figure for the same series, as of the document date, past the staleness policy.",
  check({ blocks, registry, date, facts, options }) {
    const maxAgeDays = typeof options.maxAgeDays === "number" ? options.maxAgeDays : undefined;
    const findings: RuleFinding[] = [];
    blocks.forEach((block, index) => {
      for (const m of block.mentions) {
        if (m.kind !== "count") continue;
        const verdict = judgeFigure(registry, block, index, m, date, facts, maxAgeDays);
        if (verdict?.kind !== "outdated") continue;
        const evidence = [casualtyEvidence(registry, verdict.current), casualtyEvidence(registry, verdict.lastTrue)];
        findings.push({
          block: index,
          from: m.from,
          to: m.to,
          message: messages.outdatedFigure(m.text, verdict.lastTrue.asOf, evidence[0]!.label),
          evidence,
          fixes: figureFixes(registry, m, verdict.current, verdict.replacement),
          mention: m,
        });
      }
    });
    return findings;
  },
};
