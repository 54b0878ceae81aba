import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { type DateReference, readDateWords } from "../src/date-words.js";
import { readWithChrono, setFastDateReading } from "../src/extract-dates.js";
import { type DateMention, extractMentions, parseMarkdown } from "../src/index.js";
import { repoRoot, sharedDir } from "./helpers.js";

/** The reference extractDates reads a window against, for an ISO document date. */
function reference(date: string): DateReference {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return { year, month, day, instant: new Date(Date.UTC(year, month - 1, day, 12)) };
}

/** The date mentions of one block, read with the fast reader first (the default) or with chrono alone. */
function dates(text: string, date: string, fast = true): DateMention[] {
  setFastDateReading(fast);
  try {
    return extractMentions(text, { date }).mentions.filter((m): m is DateMention => m.kind === "date");
  } finally {
    setFastDateReading(true);
  }
}

afterEach(() => setFastDateReading(true));

describe("readDateWords", () => {
  // The document date is Saturday 4 May 2024 unless a case says otherwise.
  it.each([
    ["The war began on Oct. 7 when Hamas attacked.", "2024-05-04", [{ text: "Oct. 7", date: "2023-10-07", precision: "day", role: "start", subject: "war" }]],
    ["Talks resumed on Saturday, May 4, 2024, in Cairo.", "2024-05-04", [{ text: "Saturday, May 4, 2024", date: "2024-05-04", precision: "day" }]],
    ["Since October 7, 2023, more than 34,000 people have been killed.", "2024-05-04", [{ text: "October 7, 2023", date: "2023-10-07", precision: "day", role: "start" }]],
    ["The strike came on 7 October 2023, officials said.", "2024-05-04", [{ text: "7 October 2023", date: "2023-10-07", precision: "day" }]],
    ["Aid entered on the 3rd of March.", "2024-05-04", [{ text: "3rd of March", date: "2024-03-03", precision: "day" }]],
    ["A truce began on Oct 7th, 2023 and ended.", "2024-05-04", [{ text: "Oct 7th, 2023", date: "2023-10-07", precision: "day", role: "start" }]],
    ["In May 2024 the talks stalled.", "2024-05-04", [{ text: "May 2024", date: "2024-05-01", precision: "month" }]],
    ["Officials met last Saturday in Doha.", "2024-05-04", [{ text: "last Saturday", date: "2024-04-27", precision: "day" }]],
    // A weekday alone is the closest one, before or after the document date.
    ["They met on Thursday in Doha.", "2024-05-04", [{ text: "Thursday", date: "2024-05-02", precision: "day" }]],
    ["They meet on Tuesday in Doha.", "2024-05-04", [{ text: "Tuesday", date: "2024-05-07", precision: "day" }]],
    ["Strikes continued on Friday night in Rafah.", "2024-05-04", [{ text: "Friday night", date: "2024-05-03", precision: "day" }]],
    ["Negotiators said yesterday that a deal could come today.", "2024-05-04", [{ text: "yesterday", date: "2024-05-03", precision: "day" }, { text: "today", date: "2024-05-04", precision: "day" }]],
    // A date with no year that would fall after the document date is taken in the year before.
    ["The offensive began on May 6, officials said.", "2024-05-04", [{ text: "May 6", date: "2023-05-06", precision: "day", role: "start", subject: "offensive" }]],
    ["The truce took effect on Nov. 24 in Gaza.", "2024-05-04", [{ text: "Nov. 24", date: "2023-11-24", precision: "day" }]],
    ["Reserves will run out by the end of January, the bank said.", "2024-05-04", [{ text: "end of January", date: "2024-01-31", precision: "day" }]],
    ["The death toll reached 37,396 on June 17, with 85,523 wounded.", "2024-06-20", [{ text: "June 17", date: "2024-06-17", precision: "day" }]],
    // FORWARD_WORDS point it forward: the year closest to the document date, though after it.
    ["Lebanon will keep to the truce until Feb. 18, Mikati said.", "2025-01-26", [{ text: "Feb. 18", date: "2025-02-18", precision: "day" }]],
    ["The pause runs through March 1 in Gaza.", "2025-01-26", [{ text: "March 1", date: "2025-03-01", precision: "day" }]],
    ["The truce held from Feb. 18 in Lebanon.", "2025-01-26", [{ text: "Feb. 18", date: "2024-02-18", precision: "day" }]],
    ["Talks may resume in Cairo, officials said.", "2024-05-04", []],
    ["Officials warned in March that the crossing would close.", "2024-05-04", []],
  ])("reads %j itself (document date %s)", (text, date, expected) => {
    expect(readDateWords(text, reference(date)), "the fast reader declined the sentence").toBeDefined();
    expect(readDateWords(text, reference(date))).toEqual(readWithChrono(text, reference(date)));
    const found = dates(text, date).map(({ text, date, precision, role, subject }) => ({ text, date, precision, ...(role ? { role } : {}), ...(subject ? { subject } : {}) }));
    expect(found).toEqual(expected);
  });

  it.each([
    ["The ceasefire took effect at 8:30 a.m. on Saturday.", "a time"],
    ["Talks ran from May 4-6 in Cairo.", "a range"],
    ["Talks ran from 4 May in Cairo.", "a time (from 4) that chrono prefers to the date"],
    ["The report of 05/06/2024 was cited.", "a numeric date"],
    ["Officials met last week in Doha.", "a relative date"],
    ["The truce ends at the end of the month.", "the end of the month"],
    ["Officials said 20 on Saturday were killed.", "a figure chrono reads as a time (20 on Saturday is 8 p.m.)"],
    ["The habitat 5 on Saturday was hit.", "a time read from inside a word (habitat 5 is at 5)"],
    ["Talks resumed on Oct. 7 EST in Cairo.", "a time zone"],
    ["They met on 4 May of the year before.", "a month name chrono reads longer (May of)"],
    ["They met onSaturday in Cairo.", "words written together"],
    ["Strikes hit Rafah on May 28 amid talks.", "a day chrono refuses before \"am\" (May 28 amid)"],
    ["They met on Saturday, next week.", "a weekday with a relative week"],
    ["It happened on Sat in Cairo.", "a weekday abbreviation"],
  ])("leaves %j to chrono: %s", (text) => {
    expect(readDateWords(text, reference("2024-05-04"))).toBeUndefined();
  });
});

/** Every story and article the differential test reads: both suites of dataset-gaza, the benchmark paragraphs, the shared fixtures. */
function documents(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const fixtures = `${repoRoot}packages/dataset-gaza/test/fixtures/`;
  for (const entry of readdirSync(fixtures, { recursive: true }).map(String).sort()) {
    if (entry.endsWith(".md")) out.push({ name: `dataset-gaza/${entry}`, text: readFileSync(`${fixtures}${entry}`, "utf8") });
  }
  out.push({ name: "bench/corpus/paragraphs.md", text: readFileSync(`${repoRoot}bench/corpus/paragraphs.md`, "utf8") });
  for (const entry of readdirSync(`${sharedDir}/fixtures`).sort()) {
    if (entry.endsWith(".md")) out.push({ name: `shared/fixtures/${entry}`, text: readFileSync(`${sharedDir}/fixtures/${entry}`, "utf8") });
  }
  return out;
}

// Document dates around year ends, a leap day and the fixtures' own dates.
const DOCUMENT_DATES = ["2023-10-08", "2024-01-01", "2024-02-29", "2024-06-20", "2024-12-31", "2025-07-15"];

describe("the fast reader against chrono", () => {
  const docs = documents();

  it("reads the fixtures: stories of both suites, the benchmark paragraphs and the shared articles", () => {
    expect(docs.filter((d) => d.name.startsWith("dataset-gaza/stories/")).length).toBeGreaterThan(20);
    expect(docs.filter((d) => d.name.startsWith("dataset-gaza/negotiations/")).length).toBeGreaterThan(5);
    expect(docs.some((d) => d.name.startsWith("shared/fixtures/"))).toBe(true);
  });

  it("gives the same date mentions as chrono alone in every fixture, at several document dates", () => {
    let compared = 0;
    for (const { name, text } of docs) {
      const doc = parseMarkdown(text);
      for (const date of [doc.date ?? "2024-06-20", ...DOCUMENT_DATES]) {
        for (const block of doc.blocks) {
          const fast = dates(block.text, date);
          expect(fast, `${name} at ${date}: ${block.text}`).toEqual(dates(block.text, date, false));
          compared += fast.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(200);
  });

  it("reads most fixture sentences that hold a date itself, each as chrono does", () => {
    let withDates = 0;
    let read = 0;
    for (const { text } of docs) {
      const doc = parseMarkdown(text);
      const date = doc.date ?? "2024-06-20";
      for (const block of doc.blocks) {
        const extracted = extractMentions(block.text, { date });
        for (const sentence of extracted.sentences) {
          if (!extracted.mentions.some((m) => m.kind === "date" && m.from >= sentence.from && m.to <= sentence.to)) continue;
          const sentenceText = block.text.slice(sentence.from, sentence.to);
          withDates += 1;
          const fast = readDateWords(sentenceText, reference(date));
          if (!fast) continue;
          read += 1;
          expect(fast, sentenceText).toEqual(readWithChrono(sentenceText, reference(date)));
        }
      }
    }
    expect(withDates).toBeGreaterThan(50);
    expect(read / withDates).toBeGreaterThan(0.75);
  });
});

const MONTHS = ["January", "February", "March", "April", "May", "may", "June", "July", "August", "September", "October", "November", "December", "Jan", "Jan.", "Feb.", "Mar", "Mar.", "Apr.", "Jun", "Aug.", "Sep", "Sep.", "Sept", "Sept.", "Oct", "Oct.", "Nov.", "Dec", "Dec.", "OCT.", "March."];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "saturday", "SUNDAY", "Sat", "Mon"];
// Words chrono never reads, which let the reader see a date phrase alone; and words and marks of its vocabulary, which it must weigh.
const PLAIN = ["attack", "Gaza", "said", "killed", "people", "officials", "talks", "mayor", "amid", "IDF", "and", "by"];
const NOISE = ["the", "of", "in", "at", "to", "a", "from", "habitat", "end", "week", "night", "morning", "now", "today", "yesterday", "tonight", "1,200", "20", "5", "EST", "pm", "BC", "(", ")", ",", ".", "-", "'s", "—"];
const day = fc.integer({ min: 0, max: 40 }).chain((n) => fc.constantFrom(String(n), `${n}th`, `${n}st`, `0${n}`));
const year = fc.constantFrom("2023", "2024", "2025", "1995", "24", "0024");
const prefix = fc.constantFrom("", "", "on ", "since ", "last ", "next ", "this ", "on last ", "the end of ", "from ", "at ", "Tfrom ", "habitat ", "of ");
const date = fc.oneof(
  fc.tuple(prefix, fc.constantFrom(...MONTHS), day, fc.constantFrom("", ",", ", ", " "), fc.option(year, { freq: 2 })).map(([p, m, d, sep, y]) => `${p}${m} ${d}${y === null ? "" : `${sep}${y}`}`),
  fc.tuple(prefix, day, fc.constantFrom(" ", " of "), fc.constantFrom(...MONTHS), fc.option(year, { freq: 2 })).map(([p, d, of, m, y]) => `${p}${d}${of}${m}${y === null ? "" : ` ${y}`}`),
  fc.tuple(prefix, fc.constantFrom(...MONTHS), fc.option(year)).map(([p, m, y]) => `${p}${m}${y === null ? "" : ` ${y}`}`),
  fc.tuple(prefix, fc.constantFrom(...WEEKDAYS), fc.constantFrom("", ",", " night", " morning")).map(([p, w, s]) => `${p}${w}${s}`),
  fc.tuple(fc.constantFrom(...WEEKDAYS), fc.constantFrom(", ", " "), fc.constantFrom(...MONTHS), day, fc.constantFrom("", ", 2024", " 2023")).map(([w, sep, m, d, y]) => `${w}${sep}${m} ${d}${y}`),
);
const sentence = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PLAIN) }, { weight: 1, arbitrary: fc.constantFrom(...NOISE) }, { weight: 2, arbitrary: date }), { minLength: 1, maxLength: 12 })
  .map((parts) => `${parts.join(" ")}.`);
const documentDate = fc.date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2026, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe("properties of the fast reader", () => {
  it("reads date phrases in sentences as chrono does, window by window and mention by mention", () => {
    fc.assert(
      fc.property(sentence, documentDate, (text, date) => {
        const fast = readDateWords(text, reference(date));
        if (fast) expect(fast).toEqual(readWithChrono(text, reference(date)));
        expect(dates(text, date)).toEqual(dates(text, date, false));
      }),
      { numRuns: 5000 },
    );
  });

  it("never throws on arbitrary text, and agrees with chrono whenever it reads a window", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), documentDate, (text, date) => {
        const fast = readDateWords(text, reference(date));
        if (fast) expect(fast).toEqual(readWithChrono(text, reference(date)));
      }),
      { numRuns: 1000 },
    );
  });
});
