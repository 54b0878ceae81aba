import * as z from "zod";

/**
 * How a figure is hedged, as a meaning rather than a word:
 * - `exact`: the figure itself ("34,654").
 * - `over`: over, more than, above, upwards of, in excess of.
 * - `nearly`: nearly, almost, close to, just under.
 * - `about`: about, around, some, roughly, approximately, an estimated.
 * - `at-least`: at least, no fewer than.
 * - `up-to`: up to, as many as.
 * - `fewer-than`: fewer than, less than, under, below.
 */
export const Qualifier = /* @__PURE__ */ z.enum(["exact", "over", "nearly", "about", "at-least", "up-to", "fewer-than"]);
export type Qualifier = z.infer<typeof Qualifier>;

/**
 * A count: an exact `value`, or a range `low`–`high` with an optional `best` estimate; `qualifier`
 * hedges it and `rounding` is the step it was rounded to (1,000 for "34,000"). When `rounding` is
 * absent it is read from the figure (see {@link roundingStep}).
 */
export const Quantity = /* @__PURE__ */ z
  .object({
    value: /* @__PURE__ */ z.number().nonnegative().optional(),
    low: /* @__PURE__ */ z.number().nonnegative().optional(),
    high: /* @__PURE__ */ z.number().nonnegative().optional(),
    best: /* @__PURE__ */ z.number().nonnegative().optional(),
    qualifier: /* @__PURE__ */ Qualifier.default("exact"),
    rounding: /* @__PURE__ */ z.number().positive().optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    const hasValue = q.value !== undefined;
    const hasRange = q.low !== undefined || q.high !== undefined;
    if (hasValue === hasRange) {
      ctx.addIssue({ code: "custom", message: "give either value, or low and high (for example { value: 34654 } or { low: 100, high: 200 })" });
      return;
    }
    if (hasRange) {
      if (q.low === undefined || q.high === undefined) {
        ctx.addIssue({ code: "custom", path: [q.low === undefined ? "low" : "high"], message: "a range needs both low and high" });
      } else if (q.low > q.high) {
        ctx.addIssue({ code: "custom", path: ["low"], message: `low (${q.low}) is above high (${q.high})` });
      } else if (q.best !== undefined && (q.best < q.low || q.best > q.high)) {
        ctx.addIssue({ code: "custom", path: ["best"], message: `best (${q.best}) is outside ${q.low}–${q.high}` });
      }
    } else if (q.best !== undefined) {
      ctx.addIssue({ code: "custom", path: ["best"], message: "best is for ranges; an exact quantity has only value" });
    }
  });
export type Quantity = z.infer<typeof Quantity>;
export type QuantityInput = z.input<typeof Quantity>;

/** An interval of numbers; `minOpen`/`maxOpen` exclude the end point. `max` can be `Infinity`. */
export interface Interval {
  min: number;
  max: number;
  minOpen: boolean;
  maxOpen: boolean;
}

/**
 * The step a figure was rounded to: the place value of its last non-zero digit, so 34,000 → 1,000,
 * 40,000 → 10,000, 1,200,000 → 100,000 and 34,654 → 1. Fractions give steps below 1.
 */
export function roundingStep(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 1;
  let step = 1;
  const abs = Math.abs(value);
  if (Number.isInteger(abs)) {
    while (abs % (step * 10) === 0 && step * 10 <= abs) step *= 10;
    return step;
  }
  while (step > 1e-9 && !Number.isInteger(Math.round((abs / step) * 1e6) / 1e6)) step /= 10;
  return step;
}

/**
 * The step a writer rounds a running count to, which a hedged figure stays true within: the place
 * of its last non-zero digit, five of them when that digit is a 5 after others (34,500 → 500,
 * 1,250 → 50; 5,000 → 1,000), and
 * from 10,000 up never coarser than its second significant figure (40,000 → 1,000, 2 million →
 * 100,000), since a writer with 42,000 in front of them writes "over 42,000", not "over 40,000".
 */
export function writingStep(value: number): number {
  const step = roundingStep(value);
  const abs = Math.abs(value);
  if (!Number.isInteger(abs) || abs === 0) return step;
  const digit = Math.round(abs / step) % 10;
  // A 5 after other digits is a half step (34,500); a leading 5 (5,000) is a digit like any other.
  const own = digit === 5 && abs >= step * 10 ? step * 5 : step;
  if (abs < 10_000) return own;
  const cap = 10 ** (Math.floor(Math.log10(abs)) - 1);
  return Math.min(own, cap);
}

/**
 * The values a hedged figure can truthfully describe. The tight reading follows newsroom usage:
 * "over 34,000" is 34,000 < v < 35,000 (once the count reaches 35,000 a writer says "over 35,000");
 * "nearly 35,000" is 34,000 ≤ v < 35,000; "about 34,000" is within half a step either side;
 * "at least 34,000" (and "tops 34,000") is 34,000 ≤ v < 35,000, a floor a writer would raise once
 * the count passes the next step; "up to" is v ≤ X; "fewer than" is v < X. The step is
 * {@link writingStep}'s unless the figure gives its own. The loose reading drops the upper step of
 * "over" and "at least" and the lower step of "nearly".
 */
export function quantityBounds(quantity: Quantity, reading: "tight" | "loose" = "tight"): Interval {
  const tight = reading === "tight";
  if (quantity.value === undefined) {
    const low = quantity.low ?? 0;
    const high = quantity.high ?? Infinity;
    switch (quantity.qualifier) {
      case "over":
        return { min: low, max: tight ? high : Infinity, minOpen: true, maxOpen: false };
      case "fewer-than":
        return { min: 0, max: high, minOpen: false, maxOpen: true };
      default:
        return { min: low, max: high, minOpen: false, maxOpen: false };
    }
  }
  const x = quantity.value;
  const step = quantity.rounding ?? writingStep(x);
  switch (quantity.qualifier) {
    case "exact":
      return { min: x, max: x, minOpen: false, maxOpen: false };
    case "over":
      return { min: x, max: tight ? x + step : Infinity, minOpen: true, maxOpen: true };
    case "nearly":
      return { min: tight ? x - step : 0, max: x, minOpen: false, maxOpen: true };
    case "about":
      return { min: x - step / 2, max: x + step / 2, minOpen: false, maxOpen: false };
    case "at-least":
      return { min: x, max: tight ? x + step : Infinity, minOpen: false, maxOpen: tight };
    case "up-to":
      return { min: 0, max: x, minOpen: false, maxOpen: false };
    case "fewer-than":
      return { min: 0, max: x, minOpen: false, maxOpen: true };
  }
}

/** True when `value` lies inside `interval`. */
export function inInterval(value: number, interval: Interval): boolean {
  if (interval.minOpen ? value <= interval.min : value < interval.min) return false;
  if (interval.maxOpen ? value >= interval.max : value > interval.max) return false;
  return true;
}

/** The single number that best represents a quantity: its value, its best estimate, or its midpoint. */
export function quantityValue(quantity: Quantity): number {
  if (quantity.value !== undefined) return quantity.value;
  if (quantity.best !== undefined) return quantity.best;
  return ((quantity.low ?? 0) + (quantity.high ?? quantity.low ?? 0)) / 2;
}
