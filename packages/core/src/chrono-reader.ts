// chrono-node, in a module of its own. dist/index.js imports it as "./chrono-reader.js", a file
// of its own: an app that wants its first script light (the editor) can load it after the
// first check and check again, and every other user gets it with the rest of the package.
import type { Parser } from "chrono-node";
// English alone: the package's root loads every locale chrono knows (some 260 modules).
import * as chrono from "chrono-node/en";
import type { DateReference, WindowDate } from "./date-words.js";

// Phrases chrono reads as a length of time counted from the document date ("10 days ago", "2 weeks
// later", "within 5 days", "past 40 days"). factmark reads durations itself and never wants these
// as dates: "after 10 days" or "a day after the vote" is not a day of the calendar.
const DURATION_PROBES = ["10 days ago", "2 weeks later", "within 5 days", "past 40 days", "+2 days"];
// Dates and times the reader must keep reading, whichever parsers are dropped.
const DATE_PROBES = ["Oct. 7", "7 October 2023", "Saturday, May 4, 2024", "May 2024", "today", "yesterday", "tonight", "this morning", "at 8:30 a.m.", "05/06/2024", "2024-05-04", "next week", "last month", "end of the month"];

/**
 * The chrono instance dates are read with: chrono's casual English configuration without the
 * parsers that read durations as dates. Those are found by probing each parser with duration and
 * date phrases, rather than by class name, which minifying bundlers rename; a parser that also
 * reads a date phrase is kept. Dropping them saves their regexes on every window, and keeps
 * "after 10 days" or "a day after" from becoming a date.
 */
function createDateReader(): chrono.Chrono {
  const configuration = chrono.configuration.createCasualConfiguration();
  const reference = { instant: new Date(Date.UTC(2024, 4, 4, 12)), timezone: 0 };
  const reads = (parser: Parser, phrases: readonly string[], unit?: RegExp) => {
    const single = new chrono.Chrono({ parsers: [parser], refiners: [] });
    return phrases.some((phrase) => {
      try {
        return single.parse(phrase, reference).some((r) => !unit || unit.test(r.text));
      } catch {
        return false;
      }
    });
  };
  const parsers = configuration.parsers.filter((parser) => !reads(parser, DURATION_PROBES, /days|weeks/) || reads(parser, DATE_PROBES));
  return new chrono.Chrono({ parsers, refiners: configuration.refiners });
}

let reader: chrono.Chrono | undefined;

/** The chrono instance dates are read with, built on first use (see {@link createDateReader}). */
export function dateReader(): chrono.Chrono {
  reader ??= createDateReader();
  return reader;
}

/**
 * The dates chrono reads in a window, as {@link WindowDate}s: only those with a month (or a
 * weekday) and a day or a year. "May" alone is too often the verb: a month with no day needs a year.
 */
export function readWithChrono(windowText: string, reference: DateReference): WindowDate[] {
  let results: chrono.ParsedResult[];
  try {
    results = dateReader().parse(windowText, { instant: reference.instant, timezone: 0 }, { forwardDate: false });
  } catch {
    return [];
  }
  const out: WindowDate[] = [];
  for (const { index, text, start } of results) {
    const hasDay = start.isCertain("day") || start.isCertain("weekday");
    const hasMonth = start.isCertain("month") || start.isCertain("weekday");
    if (!hasMonth || (!hasDay && !start.isCertain("year"))) continue;
    out.push({
      index,
      text,
      year: start.get("year") ?? reference.year,
      month: start.get("month") ?? 1,
      day: hasDay ? (start.get("day") ?? 1) : 1,
      hasDay,
      fixedYear: start.isCertain("year") || start.isCertain("weekday"),
    });
  }
  return out;
}

