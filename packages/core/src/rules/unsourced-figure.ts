import { matchSeries, mentionsOfKind } from "../facts.js";
import type { Fix } from "../finding.js";
import { messages, sourceReference } from "../messages.js";
import type { CountMention } from "../mention.js";
import { type RuleFinding, defineBlockRule } from "../rule.js";

/**
 * `unsourced-figure` (warning): a count of people harmed, held or displaced — or a population
 * figure — with no attribution in its sentence or paragraph and no link or citation mark on it.
 * Quoted figures are the speaker's and are left alone. When the registry has a matching series,
 * the finding offers to cite its report in effect at the document date.
 */
export const unsourcedFigure = defineBlockRule({
  id: "unsourced-figure",
  severity: "warning",
  description: "A casualty or population figure has no attribution in its sentence or paragraph and no citation mark.",
  reads: ["defaultPlace"],
  checkBlock({ blocks, cited, registry, date, facts }, index) {
    const findings: RuleFinding[] = [];
    const block = blocks[index]!;
    if (block.attributions.length > 0) return findings;
    for (const m of mentionsOfKind(block, "count")) {
      if (m.quoted || !isPopulationFigure(m)) continue;
      if (cited[index]?.some((span) => span.from <= m.number.from && span.to >= m.number.to)) continue;
      const series = matchSeries(registry, m, facts, index, block);
      const claim = series ? registry.valueAt(series.id, date) : undefined;
      const source = claim ? registry.source(claim.citations[0]!.source) : undefined;
      const fixes: Fix[] = [];
      if (claim && source) {
        fixes.push({ kind: "cite", label: messages.fixCite(source.name, claim.asOf), from: m.from, to: m.to, citation: claim.citations[0]!, claimId: claim.id });
      }
      findings.push({
        block: index,
        from: m.from,
        to: m.to,
        message: messages.unsourcedFigure(m.text, source ? `“according to ${sourceReference(source.name)}”` : undefined),
        fixes,
        mention: m,
      });
    }
    return findings;
  },
});

const POPULATION_GROUPS = new Set(["people", "civilians", "children", "women", "men", "hostages", "soldiers", "journalists", "medical-personnel", "aid-workers", "prisoners", "civil-defence", "fighters", "patients", "families", "students"]);

function isPopulationFigure(m: CountMention): boolean {
  return m.measure !== undefined || (m.group !== undefined && POPULATION_GROUPS.has(m.group));
}
