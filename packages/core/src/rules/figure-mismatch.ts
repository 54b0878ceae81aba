import { claimEvidence } from "../evidence.js";
import { messages } from "../messages.js";
import { defineBlockRule } from "../rule.js";
import { checkFigures } from "./figures.js";

/**
 * `figure-mismatch` (error): the figure, read with its hedge, was never true on or before the
 * document date ("over 40,000 killed" on 4 May 2024, when the count was 34,654). Qualifiers are
 * read tightly: "over X" means above X and below X's next rounding step, "nearly X" just below X,
 * "about X" within half a step, "at least X" at or above X, an exact figure exactly.
 */
export const figureMismatch = defineBlockRule({
  id: "figure-mismatch",
  severity: "error",
  description: "The figure with its qualifier cannot be true against the registry's value at the document date.",
  reads: ["defaultPlace"],
  checkBlock(context, index) {
    return checkFigures(context, index, (verdict, m) => {
      if (verdict.lastTrue) return undefined;
      const evidence = [claimEvidence(context.registry, verdict.current)];
      return { message: messages.figureMismatch(m.text, evidence[0]!.label, verdict.asOf ?? context.date), evidence };
    });
  },
});
