// chrono-node reads what the fast reader declines, from a module of its own: an app's bundler can
// load that module later than the rest (see chrono-reader.ts).
import { readWithChrono } from "./chrono-reader.js";
import { type DateReference, type WindowDate, readDateWords } from "./date-words.js";
import { isValidIsoDate } from "./dates.js";
import { WAR_WORDS } from "./lexicon.js";
import type { DateMention, Span } from "./mention.js";

const START_WORDS = /\b(began|begun|started|start|erupted|broke out|launched|since|beginning)\b/i;
// A span's first day is where it starts: "between 7 October 2023 and 17 June 2024", "from
// 7 October to 18 January". The word right before the date and the joining word right after it.
const SPAN_OPENER = /\b(?:between|from)\s+(?:the\s+)?$/i;
const SPAN_JOINER = /^(?:,?\s*\d{4})?,?\s+(?:and|to|until|till|through)\s/i;
/**
 * Words that point a date with no year forward ("until Feb. 18", "runs through March 1", "expires
 * on"): it keeps the year closest to the story's date, though that falls after it. Every other
 * date with no year is read in the past, as news tells what happened.
 */
const FORWARD_WORDS = /\b(?:until|till|through|expires\s+on|expire\s+on|deadline\s+of)\s+$/i;
/** What follows the head of a number written with thousands groups ("24" of "24,448"). */
const GROUPED_NUMBER_TAIL = /^,\d{3}/;
/** A date range whose last part is a bare number: the date before it, in group 1. */
const RANGE_TO_NUMBER = /^(.*?\S)\s*(?:to|through|until|till|and|-|–)\s*\d{1,2}$/i;
const LEADING_WORDS = /^(?:(?:on|since|from|by|until|till|at|the)\s+)*/i;
const TRAILING_MARKS = /[\s,.;:]+$/;
const NOW = /^now$/i;
const WAR_WORD_PATTERNS: readonly (readonly [string, RegExp])[] = [...WAR_WORDS].map((w) => [w, new RegExp(`\\b${w}\\b`, "i")] as const);
/** Characters either side of a month or weekday word that chrono reads: enough for "Saturday, May 4, 2024". */
const WINDOW = 24;

/**
 * A month, weekday or relative-day word found by the tokenizer. `month` is true for a month name,
 * which alone is not a date ("in March"): such windows are read only when they hold a day or a year.
 */
export interface DateWord extends Span {
  token: number;
  month: boolean;
}

// What chrono needs, beside a month name, to read a day or a year: a digit ("May 4", "May 2024"),
// an ordinal word ("the third of May"), a weekday, even abbreviated ("Sat."), a casual day
// ("tomorrow"), a relative period ("last year") or "end of" ("end of January"). A result with a
// month and neither day nor year is dropped below, so a window of month names without any of these
// cannot give a date and chrono is not run on it ("warned in March, projecting that half").
const DATE_SUPPORT =
  /\d|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|this|last|past|next|end|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|weekend|weekday)\b/i;

export { dateReader, readWithChrono } from "./chrono-reader.js";

let fastReading = true;

/**
 * Whether windows go to {@link readDateWords} before chrono (the default), or to chrono alone.
 * For tests that compare the two paths; not part of the package's API.
 */
export function setFastDateReading(on: boolean): void {
  fastReading = on;
}

/**
 * Reads calendar dates relative to the document date. Only short windows around the month,
 * weekday and relative-day words the tokenizer found are read (chrono costs far more than the rest
 * of extraction, so it never sees text that cannot hold a date); {@link readDateWords} reads the
 * common forms of a window itself and chrono-node reads every window it declines. A date whose
 * year is only implied and that would fall after the document date is taken in the previous year
 * ("Oct. 7" in a story of May 2024 is 7 October 2023). Spans in `occupied` (durations such as "40
 * days") are left alone: chrono would read some of them as dates.
 */
/** A year word right after a day and month ("Oct. 7 last year"), and the years it counts from the document's. */
const YEAR_AFTER_DATE = /^,?\s+(last|this|next)\s+year\b/i;
const YEAR_OFFSETS = { last: -1, this: 0, next: 1 } as const;

export function extractDates(
  text: string,
  sentences: readonly Span[],
  sentenceOf: readonly number[],
  dateWords: readonly DateWord[],
  documentDate: string,
  occupied: readonly Span[],
  quotedAt: (offset: number) => boolean,
): DateMention[] {
  const [y, m, d] = documentDate.split("-").map(Number) as [number, number, number];
  const reference: DateReference = { year: y, month: m, day: d, instant: new Date(Date.UTC(y, m - 1, d, 12)) };
  const out: DateMention[] = [];
  let previous: Span | undefined;
  for (const window of dateWindows(sentences, sentenceOf, dateWords)) {
    const windowText = text.slice(window.from, window.to);
    if (window.monthsOnly && !DATE_SUPPORT.test(windowText)) continue;
    const found = (fastReading ? readDateWords(windowText, reference) : undefined) ?? readWithChrono(windowText, reference);
    const sentence = sentences[window.sentence]!;
    for (const result of found) {
      // chrono's match can carry a leading "on"/"since" and trailing punctuation: keep only the date words.
      const lead = LEADING_WORDS.exec(result.text)![0].length;
      let trimmed = result.text.slice(lead).replace(TRAILING_MARKS, "");
      // "the toll since October 7 to 24,448": a range whose last day is the head of a grouped
      // number is no range; the date ends before it.
      const rangeEnd = window.from + result.index + lead + trimmed.length;
      if (GROUPED_NUMBER_TAIL.test(text.slice(rangeEnd, rangeEnd + 4))) {
        const cut = RANGE_TO_NUMBER.exec(trimmed);
        if (!cut) continue;
        trimmed = cut[1]!;
      }
      // "now" is the moment of writing, not a day the story names ("5 hours from now").
      if (!trimmed || NOW.test(trimmed)) continue;
      const from = window.from + result.index + lead;
      const to = from + trimmed.length;
      if ((previous && from < previous.to) || overlaps(occupied, from, to)) continue;
      let year = result.year;
      let iso = isoDate(year, result.month, result.day);
      if (!result.fixedYear && iso > documentDate && !FORWARD_WORDS.test(text.slice(Math.max(sentence.from, from - 24), from))) {
        year -= 1;
        iso = isoDate(year, result.month, result.day);
      }
      // "since Oct. 7 last year", "on 31 July this year": a year word right after a day and month names its year.
      const yearWord = result.fixedYear ? null : YEAR_AFTER_DATE.exec(text.slice(to, Math.min(sentence.to, to + 16)));
      if (yearWord) {
        year = reference.year + YEAR_OFFSETS[yearWord[1]!.toLowerCase() as keyof typeof YEAR_OFFSETS];
        iso = isoDate(year, result.month, result.day);
      }
      if (!isValidIsoDate(iso)) continue;
      const isStart =
        START_WORDS.test(text.slice(Math.max(sentence.from, from - 40), from)) ||
        (SPAN_OPENER.test(text.slice(Math.max(sentence.from, from - 16), from)) && SPAN_JOINER.test(text.slice(to, Math.min(sentence.to, to + 16))));
      const sentenceText = isStart ? text.slice(sentence.from, sentence.to) : "";
      const subject = isStart ? WAR_WORD_PATTERNS.find(([, pattern]) => pattern.test(sentenceText))?.[0] : undefined;
      out.push({
        kind: "date",
        from,
        to,
        text: trimmed,
        sentence: window.sentence,
        date: iso,
        precision: result.hasDay ? "day" : "month",
        ...(isStart ? { role: "start" as const } : {}),
        ...(subject ? { subject } : {}),
        quoted: quotedAt(from),
      });
      previous = { from, to };
    }
  }
  return out;
}

/** A stretch of a sentence chrono reads; `monthsOnly` when its only date words are month names. */
interface DateWindow extends Span {
  sentence: number;
  monthsOnly: boolean;
}

/** Windows around the date words, within their sentences, with overlapping windows merged. */
function dateWindows(sentences: readonly Span[], sentenceOf: readonly number[], dateWords: readonly DateWord[]): DateWindow[] {
  const windows: DateWindow[] = [];
  for (const word of dateWords) {
    const index = sentenceOf[word.token]!;
    const sentence = sentences[index]!;
    const from = Math.max(sentence.from, word.from - WINDOW);
    const to = Math.min(sentence.to, word.to + WINDOW);
    const last = windows[windows.length - 1];
    if (last && last.sentence === index && from <= last.to) {
      last.to = Math.max(last.to, to);
      last.monthsOnly &&= word.month;
    } else windows.push({ from, to, sentence: index, monthsOnly: word.month });
  }
  return windows;
}

function overlaps(spans: readonly Span[], from: number, to: number): boolean {
  for (const span of spans) if (span.from < to && from < span.to) return true;
  return false;
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
