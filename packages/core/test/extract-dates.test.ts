import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateReader } from "../src/extract-dates.js";
import { type DateMention, extractMentions } from "../src/index.js";

const DATE = "2024-06-20";
const dates = (text: string, date = DATE) =>
  extractMentions(text, { date })
    .mentions.filter((m): m is DateMention => m.kind === "date")
    .map((m) => ({ text: m.text, date: m.date, from: m.from, to: m.to }));

describe("extractMentions: dates", () => {
  it.each([
    ["Talks resumed on Saturday, May 4, 2024, in Cairo.", [{ text: "Saturday, May 4, 2024", date: "2024-05-04" }]],
    ["The war began on Oct. 7 when Hamas attacked.", [{ text: "Oct. 7", date: "2023-10-07" }]],
    ["The ceasefire took effect on Jan. 19, 2025 at 8:30 a.m. local time.", [{ text: "Jan. 19, 2025 at 8:30 a.m", date: "2025-01-19" }]],
    ["The report of 05/06/2024 was cited on Tuesday.", [{ text: "05/06/2024", date: "2024-05-06" }, { text: "Tuesday", date: "2024-06-18" }]],
    ["Negotiators said yesterday that a deal could come today or tomorrow.", [{ text: "yesterday", date: "2024-06-19" }, { text: "today", date: "2024-06-20" }, { text: "tomorrow", date: "2024-06-21" }]],
    ["In May 2024 the talks stalled.", [{ text: "May 2024", date: "2024-05-01" }]],
    ["Aid entered on the 3rd of March.", [{ text: "3rd of March", date: "2024-03-03" }]],
    ["Reserves will run out by the end of January, the bank said.", [{ text: "end of January", date: "2024-01-31" }]],
    ["Strikes continued on Monday night.", [{ text: "Monday night", date: "2024-06-17" }]],
  ])("reads the dates of %j", (text, expected) => {
    expect(dates(text).map(({ text, date }) => ({ text, date }))).toEqual(expected);
  });

  it.each([
    ["The strike came a day after the vote on Friday.", "a day after", ["Friday"]],
    ["Negotiators met for a second day on Sunday.", "for a second", ["Sunday"]],
    ["Fighting resumed after 10 days on Monday.", "after 10 days", ["Monday"]],
    ["The operation would end 5 hours from now on Thursday.", "now", ["Thursday"]],
    ["Talks collapsed within 5 days of the meeting on Tuesday.", "within 5 days", ["Tuesday"]],
  ])("does not read a length of time as a date in %j", (text, notADate, expected) => {
    const found = dates(text);
    expect(found.map((d) => d.text)).toEqual(expected);
    expect(found.some((d) => d.text.includes(notADate))).toBe(false);
  });

  it.each([
    ["The hunger monitor warned in March, projecting that half of Gaza would starve."],
    ["Officials met in late November, in exchange for nothing."],
    ["Breakdown of the dead in May, saying it had identified most."],
    ["Protesters will march on the ministry."],
  ])("finds no date in a month name that has no day or year: %j", (text) => {
    expect(dates(text)).toEqual([]);
  });

  it("reads no length of time from the document date, whatever the words around it", () => {
    const reference = { instant: new Date(Date.UTC(2024, 5, 20, 12)), timezone: 0 };
    for (const phrase of ["10 days ago", "2 weeks later", "3 days after", "within 5 days", "in 5 days", "past 40 days", "+2 days", "a day after"]) {
      expect(dateReader().parse(phrase, reference), phrase).toEqual([]);
    }
  });

  it("keeps the offsets of a date within its block", () => {
    const text = "CAIRO — Mediators returned to Cairo on Tuesday for a fresh round.";
    for (const d of dates(text)) expect(text.slice(d.from, d.to)).toBe(d.text);
    expect(dates(text)).toHaveLength(1);
  });

  // The reader skips a window whose only date words are month names when it holds no digit,
  // ordinal, weekday, casual day ("tomorrow"), relative period ("last year") or "end of". This
  // checks that premise against the reader itself: from such words it never reads a day or a year,
  // so no date could have been kept.
  it("never finds a day or a year in month names without a digit, ordinal, weekday or relative word", () => {
    const monthWords = ["January", "March", "May", "may", "June", "Sept.", "Oct.", "oct", "Dec", "December", "mar", "August"];
    const filler = ["in", "on", "of", "the", "a", "an", "late", "early", "mid-", "by", "since", "until", "from", "to", "and", "said", "warned", "that", ",", ".", "-", "/", "(", ")", "hunger", "talks", "we", "be", "at", "half", "few", "several", "couple", "day", "week", "month", "year", "ago", "later", "after", "before", "within", "noon", "midnight", "morning", "evening", "night"];
    const reference = { instant: new Date(Date.UTC(2024, 5, 20, 12)), timezone: 0 };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...monthWords, ...filler), { minLength: 1, maxLength: 12 }), (words) => {
        const text = words.join(" ");
        for (const result of dateReader().parse(text, reference, { forwardDate: false })) {
          const start = result.start;
          const kept = (start.isCertain("month") || start.isCertain("weekday")) && (start.isCertain("day") || start.isCertain("weekday") || start.isCertain("year"));
          expect(kept, `chrono read ${JSON.stringify(result.text)} in ${JSON.stringify(text)} as a day or year`).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
