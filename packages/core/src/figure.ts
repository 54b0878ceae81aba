import type { CountMention } from "./mention.js";
import { formatCount } from "./messages.js";
import { writingStep } from "./quantity.js";

/**
 * Writes `value` the way `mention` wrote its figure, rounded as its hedge needs to stay true:
 * "over 34,000" with 37,431 → "37,000" (so "over 37,000"), "nearly 35,000" with 37,431 →
 * "38,000", "1.2 million" → "1.4 million", "35k" → "37k". An exact figure is written exactly.
 * Returns the replacement for the figure alone (`mention.number`), not the hedge.
 */
export function formatFigureLike(mention: CountMention, value: number): string {
  const written = mention.text.slice(mention.number.from - mention.from, mention.number.to - mention.from);
  const qualifier = mention.quantity.qualifier;
  const original = mention.quantity.value ?? mention.quantity.low ?? value;
  const step = qualifier === "exact" ? 1 : (mention.quantity.rounding ?? writingStep(original));
  let rounded: number;
  switch (qualifier) {
    case "over":
    case "at-least":
      rounded = Math.floor((qualifier === "over" ? value - 1 : value) / step) * step;
      break;
    case "nearly":
    case "fewer-than":
    case "up-to":
      rounded = Math.ceil((qualifier === "up-to" ? value : value + 1) / step) * step;
      break;
    case "about":
      rounded = Math.round(value / step) * step;
      break;
    default:
      rounded = value;
  }
  if (rounded <= 0) rounded = value;
  const lower = written.toLowerCase();
  const million = /million|\bm\b|mn\b|\d\s*m$/.test(lower);
  const billion = /billion|bn\b/.test(lower);
  if (billion || million || (rounded >= 1_000_000 && /^(a|one|half)\b|[a-z]/.test(lower) && !/\d,\d/.test(lower))) {
    const scale = billion ? 1_000_000_000 : 1_000_000;
    const digits = Math.max(0, Math.min(2, -Math.floor(Math.log10(Math.max(step, 1) / scale))));
    const amount = (rounded / scale).toFixed(digits).replace(/\.0+$/, "");
    const suffix = /\d(m|mn|bn)$/.test(lower) ? lower.match(/(m|mn|bn)$/)![1]! : billion ? " billion" : " million";
    return `${amount}${suffix}`;
  }
  if (/\dk$/.test(lower)) return `${Math.round(rounded / 1000)}k`;
  if (/\d,\d/.test(written) || (rounded >= 10_000 && !/^\d+$/.test(written))) return formatCount(rounded);
  if (/^\d+$/.test(written)) return String(rounded);
  // Written in words ("two hundred"): digits are clearer for a changed figure.
  return formatCount(rounded);
}
