import * as chrono from "chrono-node";
import { isValidIsoDate } from "./dates.js";
import { WAR_WORDS } from "./lexicon.js";
import type { DateMention, Span } from "./mention.js";

const START_WORDS = /\b(began|begun|started|start|erupted|broke out|launched|since|beginning)\b/i;
/** Characters either side of a month or weekday word that chrono reads: enough for "Saturday, May 4, 2024". */
const WINDOW = 24;

/**
 * Reads calendar dates with chrono-node, relative to the document date. chrono runs only on short
 * windows around the month, weekday and relative-day words the tokenizer found (it costs far more
 * than the rest of extraction, so it never sees text that cannot hold a date). A date whose year is
 * only implied and that would fall after the document date is taken in the previous year ("Oct. 7"
 * in a story of May 2024 is 7 October 2023). Spans in `occupied` (durations such as "40 days") are
 * left alone: chrono would read some of them as dates.
 */
export function extractDates(
  text: string,
  sentences: readonly Span[],
  sentenceOf: Int32Array,
  dateWords: readonly (Span & { token: number })[],
  documentDate: string,
  occupied: readonly Span[],
): Omit<DateMention, "quoted">[] {
  const [y, m, d] = documentDate.split("-").map(Number) as [number, number, number];
  const reference = new Date(Date.UTC(y, m - 1, d, 12));
  const out: Omit<DateMention, "quoted">[] = [];
  let previous: Span | undefined;
  for (const window of dateWindows(sentences, sentenceOf, dateWords)) {
    let results: chrono.ParsedResult[];
    try {
      results = chrono.en.parse(text.slice(window.from, window.to), { instant: reference, timezone: 0 }, { forwardDate: false });
    } catch {
      continue;
    }
    const sentence = sentences[window.sentence]!;
    for (const result of results) {
      // chrono's match can carry a leading "on"/"since" and trailing punctuation: keep only the date words.
      const lead = /^(?:(?:on|since|from|by|until|till|at|the)\s+)*/i.exec(result.text)![0].length;
      const trimmed = result.text.slice(lead).replace(/[\s,.;:]+$/, "");
      if (!trimmed) continue;
      const from = window.from + result.index + lead;
      const to = from + trimmed.length;
      if (previous && from < previous.to) continue;
      if (occupied.some((span) => span.from < to && from < span.to)) continue;
      const start = result.start;
      const hasDay = start.isCertain("day") || start.isCertain("weekday");
      const hasMonth = start.isCertain("month") || start.isCertain("weekday");
      if (!hasMonth) continue;
      // "May" alone is too often the verb: a month with no day needs a year.
      if (!hasDay && !start.isCertain("year")) continue;
      let year = start.get("year") ?? y;
      const month = start.get("month") ?? 1;
      const day = hasDay ? (start.get("day") ?? 1) : 1;
      let iso = isoDate(year, month, day);
      if (!start.isCertain("year") && !start.isCertain("weekday") && iso > documentDate) {
        year -= 1;
        iso = isoDate(year, month, day);
      }
      if (!isValidIsoDate(iso)) continue;
      const sentenceText = text.slice(sentence.from, sentence.to);
      const isStart = START_WORDS.test(text.slice(Math.max(sentence.from, from - 40), from));
      const subject = isStart ? [...WAR_WORDS].find((w) => new RegExp(`\\b${w}\\b`, "i").test(sentenceText)) : undefined;
      out.push({
        kind: "date",
        from,
        to,
        text: trimmed,
        sentence: window.sentence,
        date: iso,
        precision: hasDay ? "day" : "month",
        ...(isStart ? { role: "start" as const } : {}),
        ...(subject ? { subject } : {}),
      });
      previous = { from, to };
    }
  }
  return out;
}

/** Windows around the date words, within their sentences, with overlapping windows merged. */
function dateWindows(sentences: readonly Span[], sentenceOf: Int32Array, dateWords: readonly (Span & { token: number })[]): (Span & { sentence: number })[] {
  const windows: (Span & { sentence: number })[] = [];
  for (const word of dateWords) {
    const index = sentenceOf[word.token]!;
    const sentence = sentences[index]!;
    const from = Math.max(sentence.from, word.from - WINDOW);
    const to = Math.min(sentence.to, word.to + WINDOW);
    const last = windows[windows.length - 1];
    if (last && last.sentence === index && from <= last.to) last.to = Math.max(last.to, to);
    else windows.push({ from, to, sentence: index });
  }
  return windows;
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
