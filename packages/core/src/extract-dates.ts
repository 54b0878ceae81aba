import * as chrono from "chrono-node";
import { isValidIsoDate } from "./dates.js";
import { WAR_WORDS } from "./lexicon.js";
import type { DateMention, Span } from "./mention.js";

const START_WORDS = /\b(began|begun|started|start|erupted|broke out|launched|since|beginning)\b/i;

/**
 * Reads calendar dates in the sentences of a block with chrono-node, relative to the document date.
 * A date whose year is only implied and that would fall after the document date is taken in the
 * previous year ("Oct. 7" in a story of May 2024 is 7 October 2023). Spans in `occupied` (durations
 * such as "40 days") are left alone: chrono would read some of them as dates.
 */
export function extractDates(text: string, sentences: readonly Span[], documentDate: string, occupied: readonly Span[]): Omit<DateMention, "quoted">[] {
  const [y, m, d] = documentDate.split("-").map(Number) as [number, number, number];
  const reference = new Date(Date.UTC(y, m - 1, d, 12));
  const out: Omit<DateMention, "quoted">[] = [];
  sentences.forEach((sentence, index) => {
    const sentenceText = text.slice(sentence.from, sentence.to);
    if (!/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)/i.test(sentenceText)) return;
    let results: chrono.ParsedResult[];
    try {
      results = chrono.en.parse(sentenceText, { instant: reference, timezone: 0 }, { forwardDate: false });
    } catch {
      return;
    }
    for (const result of results) {
      // chrono's match can carry a leading "on"/"since" and trailing punctuation: keep only the date words.
      const lead = /^(?:(?:on|since|from|by|until|till|at|the)\s+)*/i.exec(result.text)![0].length;
      const trimmed = result.text.slice(lead).replace(/[\s,.;:]+$/, "");
      if (!trimmed) continue;
      const from = sentence.from + result.index + lead;
      const to = from + trimmed.length;
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
      let iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      if (!start.isCertain("year") && !start.isCertain("weekday") && iso > documentDate) {
        year -= 1;
        iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      }
      if (!isValidIsoDate(iso)) continue;
      const before = sentenceText.slice(Math.max(0, result.index - 40), result.index);
      const isStart = START_WORDS.test(before);
      const subject = isStart ? [...WAR_WORDS].find((w) => new RegExp(`\\b${w}\\b`, "i").test(sentenceText)) : undefined;
      out.push({
        kind: "date",
        from,
        to,
        text: trimmed,
        sentence: index,
        date: iso,
        precision: hasDay ? "day" : "month",
        ...(isStart ? { role: "start" as const } : {}),
        ...(subject ? { subject } : {}),
      });
    }
  });
  return out;
}
