import { messages } from "../messages.js";
import type { Rule, RuleFinding } from "../rule.js";
import { casualtyEvidence, figureFixes, judgeFigure } from "./figures.js";

/**
 * `figure-mismatch` (error): the figure, read with its hedge, was never true on or before the
 * document date ("over 40,000 killed" on 4 May 2024, when the count was 34,654). Qualifiers are
 * read tightly: "over X" means above X and below X's next rounding step, "nearly X" just below X,
 * "about X" within half a step, "at least X" at or above X, an exact figure exactly.
 */
export const figureMismatch: Rule = {
  id: "figure-mismatch",
  severity: "error",
  description: "The figure with its qualifier cannot be true against the registry's value at the document date.",
  check({ blocks, registry, date, facts, options }) {
    const maxAgeDays = typeof options.maxAgeDays === "number" ? options.maxAgeDays : undefined;
    const findings: RuleFinding[] = [];
    blocks.forEach((block, index) => {
      for (const m of block.mentions) {
        if (m.kind !== "count") continue;
        const verdict = judgeFigure(registry, block, index, m, date, facts, maxAgeDays);
        if (verdict?.kind !== "mismatch") continue;
        const evidence = [casualtyEvidence(registry, verdict.current)];
        findings.push({
          block: index,
          from: m.from,
          to: m.to,
          message: messages.figureMismatch(m.text, evidence[0]!.label, date),
          evidence,
          fixes: figureFixes(registry, m, verdict.current, verdict.replacement),
          mention: m,
        });
      }
    });
    return findings;
  },
};
