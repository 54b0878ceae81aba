import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCount } from "../src/messages.js";

// formatCount is written by hand to spare loading ICU; it must write what Intl writes.
const intl = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

describe("formatCount", () => {
  it.each([
    [34654, "34,654"],
    [0, "0"],
    [999, "999"],
    [1000, "1,000"],
    [1_234_567, "1,234,567"],
    [1.25, "1.3"],
    [0.15, "0.2"],
    [0.05, "0.1"],
    [0.04, "0"],
    [2.95, "3"],
    [9.96, "10"],
    [999.95, "1,000"],
    [99_999.95, "100,000"],
    [1.2, "1.2"],
    [-1.25, "-1.3"],
    [-0.04, "-0"],
    [-0, "-0"],
    [2 ** 53 + 2, "9,007,199,254,740,994"],
    [1e21, "1,000,000,000,000,000,000,000"],
    [1e-7, "0"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "∞"],
  ])("writes %s as %s, as Intl does", (value, written) => {
    expect(formatCount(value)).toBe(written);
    expect(formatCount(value)).toBe(intl.format(value));
  });

  it("writes every count and decimal as Intl.NumberFormat does", () => {
    const counts = fc.oneof(fc.integer({ min: -1e9, max: 1e12 }), fc.double({ min: -1e7, max: 1e16, noNaN: true }), fc.integer({ min: 0, max: 1e6 }).map((n) => n / 100), fc.integer({ min: 0, max: 1e6 }).map((n) => n / 1000));
    fc.assert(fc.property(counts, (value) => formatCount(value) === intl.format(value)), { numRuns: 20_000 });
  });
});
