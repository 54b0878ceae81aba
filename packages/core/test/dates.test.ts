import { describe, expect, it } from "vitest";
import { addDays, dayNumber, daysBetween, fromDayNumber, isValidIsoDate, monthsBetween } from "../src/dates.js";

// The calendar arithmetic is written by hand; `Date` is the reference it must agree with.
const reference = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
const referenceDate = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

describe("calendar arithmetic", () => {
  it("numbers every day from 1600 to 2400 as Date does, and back", () => {
    const first = reference("1600-01-01");
    const last = reference("2400-12-31");
    for (let day = first; day <= last; day++) {
      const iso = referenceDate(day);
      if (dayNumber(iso) !== day) expect(dayNumber(iso), iso).toBe(day);
      if (fromDayNumber(day) !== iso) expect(fromDayNumber(day), String(day)).toBe(iso);
    }
  });

  it.each([
    ["2024-02-28", 1, "2024-02-29"],
    ["2024-02-29", 1, "2024-03-01"],
    ["2023-02-28", 1, "2023-03-01"],
    ["1900-02-28", 1, "1900-03-01"],
    ["2000-02-28", 1, "2000-02-29"],
    ["2023-12-31", 1, "2024-01-01"],
    ["1970-01-01", -1, "1969-12-31"],
    ["2024-05-04", -120, "2024-01-05"],
  ])("%s plus %i days is %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it("tells real calendar dates from others as Date does, for every day and a day either side of each month", () => {
    for (let year = 1896; year <= 2104; year++) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          const real = month >= 1 && month <= 12 && day >= 1 && new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
          if (isValidIsoDate(iso) !== real) expect(isValidIsoDate(iso), iso).toBe(real);
        }
      }
    }
    expect(isValidIsoDate("2024-5-04")).toBe(false);
    expect(isValidIsoDate("2024-05-04T00:00")).toBe(false);
  });

  it("reads a date of another shape as its parts say", () => {
    expect(dayNumber("2024-5-4")).toBe(dayNumber("2024-05-04"));
  });

  it("runs a day past its month's end into the next month", () => {
    expect(fromDayNumber(dayNumber("2024-02-30"))).toBe("2024-03-01");
    expect(fromDayNumber(dayNumber("2023-04-31"))).toBe("2023-05-01");
  });

  it("writes years beyond four digits as Date does", () => {
    const day = reference("9999-12-31") + 1;
    expect(fromDayNumber(day)).toBe(referenceDate(day));
  });

  it("counts days and months between dates", () => {
    expect(daysBetween("2023-10-07", "2024-05-04")).toBe(210);
    expect(monthsBetween("2023-10-07", "2024-05-07")).toBe(7);
    expect(monthsBetween("2024-01-31", "2024-02-29")).toBeCloseTo(1, 5);
    expect(monthsBetween("2023-10-07", "2023-10-22")).toBeCloseTo(15 / 31, 5);
  });
});
