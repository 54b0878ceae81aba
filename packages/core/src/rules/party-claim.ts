import { claimEvidence } from "../evidence.js";
import { mentionsOfKind } from "../facts.js";
import { messages, sourceReference } from "../messages.js";
import { type RuleFinding, defineBlockRule } from "../rule.js";
import { judgeFigure } from "./figures.js";

/**
 * `party-claim` (info): a figure judged against a series that no independent body verifies
 * (`verified: false`) and whose source is a party to the conflict, such as one side's count of
 * the other side's losses. A note, not a fault: the figure may be sourced and current; the
 * reader should know whose claim it is. The evidence is the report in effect, with the series'
 * caveats.
 */
export const partyClaim = defineBlockRule({
  id: "party-claim",
  severity: "info",
  description: "A figure is a party's own claim that no independent body verifies.",
  reads: ["defaultPlace"],
  checkBlock(context, index) {
    const findings: RuleFinding[] = [];
    const { registry } = context;
    for (const m of mentionsOfKind(context.blocks[index]!, "count")) {
      // A quote is the party speaking in its own words: the reader already knows whose claim it is.
      if (m.quoted) continue;
      const verdict = judgeFigure(context, index, m);
      if (!verdict || verdict.series.verified !== false) continue;
      const source = registry.source(verdict.series.source);
      if (!source?.party) continue;
      const evidence = [claimEvidence(registry, verdict.current)];
      findings.push({ block: index, from: m.from, to: m.to, message: messages.partyClaim(m.text, sourceReference(source.name)), evidence, mention: m });
    }
    return findings;
  },
});
