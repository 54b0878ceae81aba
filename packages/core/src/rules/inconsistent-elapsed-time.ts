import { daysBetween, monthsBetween } from "../dates.js";
import { claimEvidence } from "../evidence.js";
import { messages } from "../messages.js";
import type { ElapsedMention } from "../mention.js";
import { type Qualifier, inInterval, quantityBounds } from "../quantity.js";
import { mentionsOfKind } from "../facts.js";
import { MONTHS, RELATIVE_TIME_WORDS, STRETCH_WORDS, WAR_START_WORDS } from "../lexicon.js";
import { type RuleFinding, defineBlockRule } from "../rule.js";

/**
 * `inconsistent-elapsed-time` (warning): an elapsed time ("nearly seven-month-long conflict",
 * "more than 200 days of war", "in its eighth month") disagrees with the war's start date (the
 * registry's `war-start` event, else the date the story gives) and the document date. A bare
 * amount ("seven-month") is read as within half a unit; an ordinal ("eighth month") as the span
 * from 7 to 8 months.
 */
export const inconsistentElapsedTime = defineBlockRule({
  id: "inconsistent-elapsed-time",
  severity: "warning",
  description: "An elapsed time disagrees with the start date and the document date.",
  reads: ["warStart"],
  checkBlock({ blocks, registry, date, facts }, index) {
    const start = facts.warStart;
    if (!start) return [];
    const findings: RuleFinding[] = [];
    const block = blocks[index]!;
    for (const m of mentionsOfKind(block, "elapsed")) {
      if (m.quoted || !measuresTheWar(block.text, m)) continue;
      const actual = elapsedIn(m.unit, start.date, date);
      if (fitsElapsed(m, actual)) continue;
      const evidence = start.claim ? [claimEvidence(registry, start.claim)] : [];
      const corrected = correctedAmount(m, actual);
      const numberText = block.text.slice(m.number.from, m.number.to);
      const replacement = /^\d/.test(numberText) ? String(corrected) : numberWord(corrected);
      findings.push({
        block: index,
        from: m.from,
        to: m.to,
        message: messages.inconsistentElapsed(m.text, start.date, date, describeActual(m.unit, actual)),
        evidence,
        fixes: m.ordinal ? [] : [{ kind: "replace", label: messages.fixElapsed(m.text.replace(numberText, replacement)), from: m.number.from, to: m.number.to, text: replacement }],
        mention: m,
      });
    }
    return findings;
  },
});

/**
 * False when the words around an amount of time measure something else than the war's age: a
 * stretch within it ("in the first weeks"), or the time from or to another event ("two days
 * after the strike", "six weeks since the ceasefire", "80 years since the end of the Second World
 * War"). "Since" and "after" measure the war's age only when what follows names its start ("since
 * the war began", "since the start of the conflict", "after Russia launched its invasion") or a date.
 */
function measuresTheWar(text: string, m: ElapsedMention): boolean {
  const before = text.slice(Math.max(0, m.from - 30), m.from).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const previous = before[before.length - 1];
  if (previous !== undefined && STRETCH_WORDS.has(previous)) return false;
  if (m.text.toLowerCase().split(/[^\p{L}]+/u).some((w) => STRETCH_WORDS.has(w))) return false;
  const after = text.slice(m.to, m.to + 80).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const next = after[0] === "of" || after[0] === "in" ? undefined : after[0];
  if (next === undefined || !RELATIVE_TIME_WORDS.has(next)) return true;
  if (next !== "since" && next !== "after") return false;
  // "since the war began", "after Russia launched its full-scale invasion", "since October 7".
  const words = after.slice(1, 8);
  return words.some((w) => WAR_START_WORDS.has(w)) && !words.includes("end") || /^\p{N}/u.test(words[0] ?? "") || MONTHS.has(words[0] ?? "");
}

function elapsedIn(unit: ElapsedMention["unit"], from: string, to: string): number {
  switch (unit) {
    case "day":
      return daysBetween(from, to);
    case "week":
      return daysBetween(from, to) / 7;
    case "month":
      return monthsBetween(from, to);
    case "year":
      return monthsBetween(from, to) / 12;
  }
}

function fitsElapsed(m: ElapsedMention, actual: number): boolean {
  if (m.ordinal) return actual >= m.amount - 1 && actual < m.amount;
  // Elapsed times are rounded to their unit: "seven months" is 6.5–7.5 months, "nearly seven" 6–7.
  const qualifier: Qualifier = m.qualifier === "exact" ? "about" : m.qualifier;
  const rounding = m.unit === "day" && m.amount >= 100 ? undefined : 1;
  return inInterval(actual, quantityBounds({ value: m.amount, qualifier, ...(rounding ? { rounding } : {}) }, "tight"));
}

function correctedAmount(m: ElapsedMention, actual: number): number {
  switch (m.qualifier) {
    case "over":
    case "at-least":
      return Math.max(1, Math.floor(actual));
    case "nearly":
    case "fewer-than":
    case "up-to":
      return Math.ceil(actual);
    default:
      return Math.round(actual);
  }
}

function describeActual(unit: ElapsedMention["unit"], actual: number): string {
  const rounded = unit === "day" ? Math.round(actual) : Math.round(actual * 10) / 10;
  return `${rounded} ${unit}${rounded === 1 ? "" : "s"}`;
}

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

function numberWord(n: number): string {
  return WORDS[n] ?? String(n);
}
