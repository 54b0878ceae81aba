import { formatDays, messages, phaseWords } from "../messages.js";
import type { DurationMention } from "../mention.js";
import type { Rule, RuleFinding } from "../rule.js";
import { claimEvidence } from "../evidence.js";

const PAUSE_WORDS = new Set(["ceasefire", "cease-fire", "truce", "pause", "lull", "halt", "respite", "calm", "suspension"]);

/**
 * `inconsistent-duration` (warning): two durations in one story describe the same phase of a deal
 * differently ("an immediate six-week ceasefire" and "the initial phase, lasting 40 days"), or a
 * duration matches none of the lengths the registry holds for that phase of the proposal on the
 * table. A ceasefire named without a phase is read as the first phase. Where the registry holds
 * contested values, the message names each with its sources rather than picking one.
 */
export const inconsistentDuration: Rule = {
  id: "inconsistent-duration",
  severity: "warning",
  description: "Two durations in one document describe the same period differently, or one disagrees with the registry.",
  check({ blocks, registry, facts }) {
    const groups = new Map<number, { block: number; mention: DurationMention }[]>();
    blocks.forEach((block, index) => {
      for (const m of block.mentions) {
        if (m.kind !== "duration" || m.quoted || !m.subject || m.unit === "hour") continue;
        const phase = m.phase ?? (PAUSE_WORDS.has(m.subject) ? 1 : undefined);
        if (phase === undefined) continue;
        const list = groups.get(phase) ?? [];
        list.push({ block: index, mention: m });
        groups.set(phase, list);
      }
    });
    if (groups.size === 0) return [];
    const findings: RuleFinding[] = [];
    for (const [phase, list] of groups) {
      const registered = facts.proposals.flatMap((p) => p.phases.filter((c) => c.index === phase && c.durationDays !== undefined));
      const values = [...new Set(registered.map((c) => c.durationDays!))].sort((a, b) => a - b);
      const contested =
        values.length > 1
          ? messages.contestedDuration(
              phaseWords(phase)!,
              values
                .map((v) => {
                  const names = [...new Set(registered.filter((c) => c.durationDays === v).map((c) => registry.source(c.citations[0]!.source)?.name ?? c.citations[0]!.source))];
                  return `${v} days (${names.join(", ")})`;
                })
                .join(" vs "),
            )
          : undefined;
      const evidence = registered.map((c) => claimEvidence(registry, c));
      const flagged = new Set<DurationMention>();
      for (let i = 1; i < list.length; i++) {
        const later = list[i]!;
        const earlier = list.slice(0, i).find((e) => e.mention.days.max < later.mention.days.min || later.mention.days.max < e.mention.days.min);
        if (!earlier) continue;
        flagged.add(later.mention);
        findings.push({
          block: later.block,
          from: later.mention.from,
          to: later.mention.to,
          message: messages.inconsistentDuration(later.mention.text, formatDays(later.mention.days), earlier.mention.text, formatDays(earlier.mention.days), phaseWords(phase), contested),
          evidence,
          related: [{ block: earlier.block, from: earlier.mention.from, to: earlier.mention.to, text: earlier.mention.text }],
          mention: later.mention,
        });
      }
      if (values.length === 0) continue;
      for (const { block, mention } of list) {
        if (flagged.has(mention)) continue;
        if (values.some((v) => v >= mention.days.min && v <= mention.days.max)) continue;
        findings.push({
          block,
          from: mention.from,
          to: mention.to,
          message: messages.durationAgainstRegistry(mention.text, formatDays(mention.days), phaseWords(phase)!, values.map((v) => `${v} days`).join(" or ")),
          evidence,
          mention,
        });
      }
    }
    return findings;
  },
};
