import { describe, expect, it } from "vitest";
import { type Quantity, inInterval, quantityBounds, roundingStep, writingStep } from "../src/index.js";

const fits = (q: Partial<Quantity> & { value?: number }, v: number, reading: "tight" | "loose" = "tight") =>
  inInterval(v, quantityBounds({ qualifier: "exact", ...q } as Quantity, reading));

describe("roundingStep", () => {
  it.each([
    [34000, 1000],
    [40000, 10000],
    [1_200_000, 100_000],
    [34654, 1],
    [1_000_000, 1_000_000],
    [0, 1],
  ])("reads %d as rounded to %d", (value, step) => {
    expect(roundingStep(value)).toBe(step);
  });
});

describe("writingStep", () => {
  // The step a writer rounds a running count to: a table with the reason for each row.
  it.each([
    [34000, 1000, "the place of the last non-zero digit"],
    [34500, 500, "a final 5 is a half step"],
    [1250, 50, "a final 5 is a half step"],
    [40000, 1000, "from 10,000 up, no coarser than the second significant figure"],
    [45000, 1000, "from 10,000 up, no coarser than the second significant figure"],
    [2_000_000, 100_000, "from 10,000 up, no coarser than the second significant figure"],
    [400, 100, "below 10,000, one significant figure is enough"],
    [5000, 1000, "a leading 5 is a digit like any other"],
    [500, 100, "a leading 5 is a digit like any other"],
    [34654, 1, "an exact count"],
  ])("reads %d as rounded to %d (%s)", (value, step) => {
    expect(writingStep(value)).toBe(step);
  });
});

describe("qualifier semantics", () => {
  it("reads over 34,000 tightly as above 34,000 and below 35,000", () => {
    expect(fits({ value: 34000, qualifier: "over" }, 34654)).toBe(true);
    expect(fits({ value: 34000, qualifier: "over" }, 34000)).toBe(false);
    expect(fits({ value: 34000, qualifier: "over" }, 35034)).toBe(false);
    expect(fits({ value: 34000, qualifier: "over" }, 37431, "loose")).toBe(true);
  });
  it("reads nearly 35,000 as just below it", () => {
    expect(fits({ value: 35000, qualifier: "nearly" }, 34971)).toBe(true);
    expect(fits({ value: 35000, qualifier: "nearly" }, 35000)).toBe(false);
    expect(fits({ value: 35000, qualifier: "nearly" }, 33900)).toBe(false);
  });
  it("reads about 34,000 as within half a step either side", () => {
    expect(fits({ value: 34000, qualifier: "about" }, 34499)).toBe(true);
    expect(fits({ value: 34000, qualifier: "about" }, 33500)).toBe(true);
    expect(fits({ value: 34000, qualifier: "about" }, 34654)).toBe(false);
  });
  it("reads at least 34,000 tightly as a floor a writer raises past 35,000, and loosely as one-sided", () => {
    expect(fits({ value: 34000, qualifier: "at-least" }, 34000)).toBe(true);
    expect(fits({ value: 34000, qualifier: "at-least" }, 34999)).toBe(true);
    expect(fits({ value: 34000, qualifier: "at-least" }, 37431)).toBe(false);
    expect(fits({ value: 34000, qualifier: "at-least" }, 37431, "loose")).toBe(true);
    expect(fits({ value: 34000, qualifier: "at-least" }, 33999)).toBe(false);
  });
  it("reads up to and fewer than as one-sided bounds", () => {
    expect(fits({ value: 100, qualifier: "up-to" }, 100)).toBe(true);
    expect(fits({ value: 100, qualifier: "fewer-than" }, 100)).toBe(false);
  });
  it("reads an exact figure as itself", () => {
    expect(fits({ value: 34654 }, 34654)).toBe(true);
    expect(fits({ value: 34654 }, 34655)).toBe(false);
  });
  it("reads a range as its ends", () => {
    expect(fits({ low: 200_000, high: 999_999 }, 350_000)).toBe(true);
    expect(fits({ low: 200_000, high: 999_999 }, 1_400_000)).toBe(false);
  });
});
