import type { EventClaim } from "../claim.js";
import { daysBetween, monthsBetween } from "../dates.js";
import { claimEvidence } from "../evidence.js";
import { messages } from "../messages.js";
import type { ElapsedMention, ExtractedBlock } from "../mention.js";
import type { Conflict } from "../world.js";
import { type Qualifier, inInterval, quantityBounds } from "../quantity.js";
import { hasCueIn, mentionsOfKind, sentenceWarStart } from "../facts.js";
import { EARLIER_WAR_WORDS, FUTURE_ENTRY_CUES, MONTHS, OPERATION_WORDS, REGION_ADJECTIVES, RELATIVE_TIME_WORDS, STRETCH_WORDS, TRUCE_AGE_NOUNS, WAR_START_WORDS, WAR_WORDS, WHOLE_WAR_WORDS, indexPhrases } from "../lexicon.js";
import type { Registry } from "../registry.js";
import { type RuleFinding, defineBlockRule } from "../rule.js";

/**
 * `inconsistent-elapsed-time` (warning): an elapsed time ("nearly seven-month-long conflict",
 * "more than 200 days of war", "in its eighth month") disagrees with the war's start date (the
 * registry's `war-start` event, else the date the story gives; a sentence that names only another
 * registered conflict is measured from that conflict's start, or from the day its fighting last
 * resumed after a truce) and the document date, with the tolerance of {@link fitsElapsed}. A
 * truce's age ("the two-month-old ceasefire", "a week into the truce") is measured from the day
 * the truce in effect on the document date took effect (the conflict's `truces`); a point in a
 * truce the story may tell of after the fact ("A week into the truce, ...") can be too late for
 * the date but not too early, and a truce that had ended by then is not judged.
 */
export const inconsistentElapsedTime = defineBlockRule({
  id: "inconsistent-elapsed-time",
  severity: "warning",
  description: "An elapsed time disagrees with the start date and the document date.",
  reads: ["warStart"],
  checkBlock({ blocks, registry, date, facts }, index) {
    if (!facts.warStart) return [];
    const findings: RuleFinding[] = [];
    const block = blocks[index]!;
    for (const m of mentionsOfKind(block, "elapsed")) {
      if (m.quoted) continue;
      if (TRUCE_AGE_NOUNS.has(m.subject)) {
        const truce = truceInEffect(registry, sentenceWarStart(facts, registry, block, m.sentence, m)?.conflict ?? facts.conflict, date);
        if (!truce) continue;
        const actual = elapsedIn(m.unit, truce.date, date);
        if (m.ended ? lowestAmount(m) <= actual : fitsElapsed(m, actual, false)) continue;
        findings.push(elapsedFinding(block.text, index, m, actual, messages.inconsistentTruceAge(m.text, truce.date, date, describeActual(m.unit, actual)), [claimEvidence(registry, truce)]));
        continue;
      }
      if (!measuresTheWar(block.text, m) || ofALocalOperation(registry, block, m, facts.conflict) || ofAnotherKindOfWar(block.text, m, facts.conflict)) continue;
      const start = sentenceWarStart(facts, registry, block, m.sentence, m);
      if (!start || ofAnEarlierWar(block.text, m, start.date)) continue;
      // "since Oct. 6, in an offensive now in its third week": an age whose sentence gives a later
      // start of its own measures from that start, not the war's.
      const own = laterStartInSentence(block, m, start.date, date);
      if (own) {
        const since = elapsedIn(m.unit, own, date);
        if (!fitsElapsed(m, since, entersLater(block.text, m))) findings.push(elapsedFinding(block.text, index, m, since, messages.inconsistentElapsedSince(m.text, own, date, describeActual(m.unit, since)), []));
        continue;
      }
      const actual = elapsedIn(m.unit, start.date, date);
      if (fitsElapsed(m, actual, entersLater(block.text, m))) continue;
      // A war that resumed after a truce may be counted from its resumption ("nearly six weeks of war" since the fighting restarted).
      const resumed = latestResumption(start.conflict ?? facts.conflict, date);
      if (resumed && fitsElapsed(m, elapsedIn(m.unit, resumed, date), entersLater(block.text, m))) continue;
      // A stretch an event ended ran to a day on or before this one: too long is wrong, shorter may fit.
      // It may be an earlier round of the same conflict ("The 2024 ceasefire ended more than a year
      // of fighting", told after the war resumed): the stretch is bounded by the conflict's first start.
      if (m.ended || endsAtAnEvent(block.text, m)) {
        const first = (start.conflict ?? facts.conflict)?.start;
        if (lowestAmount(m) <= (first && first < start.date ? elapsedIn(m.unit, first, date) : actual)) continue;
      }
      const evidence = start.claim ? [claimEvidence(registry, start.claim)] : [];
      findings.push(elapsedFinding(block.text, index, m, actual, messages.inconsistentElapsed(m.text, start.date, date, describeActual(m.unit, actual)), evidence));
    }
    return findings;
  },
});

/**
 * True when the words after a stretch of war close it at an event ("in the 14 months of fighting
 * before the truce", "the 11 months of war until the ceasefire"): it ran to that day, on or before
 * the story's, as a stretch an event ended does.
 */
function endsAtAnEvent(text: string, m: ElapsedMention): boolean {
  return STRETCH_ENDED_BY.test(text.slice(m.to, m.to + 60));
}

const STRETCH_ENDED_BY = /^\s+(?:of\s+(?:the\s+)?(?:war|fighting|conflict|bombardment|hostilities|strikes)\s+)?(?:before|until|till|up\s+to|prior\s+to|ahead\s+of|that\s+preceded)\s+(?:the|a|its|last|this)\b/iu;

/** The finding for an elapsed time that does not fit `actual`, with the amount that would as its fix (none for an ordinal). */
function elapsedFinding(text: string, block: number, m: ElapsedMention, actual: number, message: string, evidence: RuleFinding["evidence"]): RuleFinding {
  const corrected = correctedAmount(m, actual);
  const numberText = text.slice(m.number.from, m.number.to);
  const replacement = /^\d/.test(numberText) ? String(corrected) : numberWord(corrected);
  return {
    block,
    from: m.from,
    to: m.to,
    message,
    evidence,
    fixes: m.ordinal ? [] : [{ kind: "replace", label: messages.fixElapsed(m.text.replace(numberText, replacement)), from: m.number.from, to: m.number.to, text: replacement }],
    mention: m,
  };
}

/**
 * The event on which the conflict's truce in effect on `date` took effect: the latest of its
 * `truces` begun on or before `date`, unless it ended before `date` (its event's `end`, else the
 * first day the fighting `resumed` after it).
 */
function truceInEffect(registry: Registry, conflict: Conflict | undefined, date: string): EventClaim | undefined {
  let found: EventClaim | undefined;
  for (const id of conflict?.truces ?? []) {
    for (const e of registry.events(id)) if (e.status !== "retracted" && e.date <= date && (!found || e.date > found.date)) found = e;
  }
  if (!found) return undefined;
  const begun = found.date;
  const end = found.end ?? (conflict?.resumed ?? []).filter((day) => day > begun).sort()[0];
  return end !== undefined && end < date ? undefined : found;
}

/**
 * False when the words around an amount of time measure something else than the war's age: a
 * stretch within it ("in the first weeks"), or the time from or to another event ("two days
 * after the strike", "six weeks since the ceasefire", "80 years since the end of the Second World
 * War"). "Since" and "after" measure the war's age only when what follows names its start ("since
 * the war began", "since the start of the conflict", "after Russia launched its invasion") or a date.
 */
function measuresTheWar(text: string, m: ElapsedMention): boolean {
  const before = text.slice(Math.max(0, m.from - 30), m.from).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const previous = before[before.length - 1];
  if (previous !== undefined && STRETCH_WORDS.has(previous)) return false;
  if (m.text.toLowerCase().split(/[^\p{L}]+/u).some((w) => STRETCH_WORDS.has(w))) return false;
  const after = text.slice(m.to, m.to + 80).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const next = after[0] === "of" || after[0] === "in" ? undefined : after[0];
  if (next === undefined || !RELATIVE_TIME_WORDS.has(next)) return true;
  if (next !== "since" && next !== "after") return false;
  // "since the war began", "after Russia launched its full-scale invasion", "since October 7".
  const words = after.slice(1, 8);
  // "11 months after Israel's army launched its northern offensive": an operation on one region, not the war.
  if (words.some((w, i) => REGION_ADJECTIVES.has(w) && WAR_WORDS.has(words[i + 1] ?? ""))) return false;
  // "three days after Israeli forces began the operation they call Iron Wall": an operation's start, not the war's.
  if (words.some((w) => OPERATION_WORDS.has(w))) return false;
  return words.some((w) => WAR_START_WORDS.has(w)) && !words.includes("end") || /^\p{N}/u.test(words[0] ?? "") || MONTHS.has(words[0] ?? "");
}

/**
 * True when the war word an age is told of is an operation's that a place inside the conflict's
 * own places owns ("Jenin's siege enters its second month", "the siege of Jenin, now in its
 * second month"): that operation's age, not the war's. The war's own words ("war", "conflict"),
 * its places and the countries that wage it ("Israel's offensive", "Russia's invasion") are the war.
 */
function ofALocalOperation(registry: Registry, block: ExtractedBlock, m: ElapsedMention, conflict: Conflict | undefined): boolean {
  if (!conflict || WHOLE_WAR_WORDS.has(m.subject)) return false;
  const from = block.sentences[m.sentence]?.from ?? 0;
  const lower = block.text.slice(from, m.to).toLowerCase();
  const at = lower.lastIndexOf(m.subject);
  if (at < 0) return false;
  const subjectAt = from + at;
  const subjectEnd = subjectAt + m.subject.length;
  for (const n of block.names ?? []) {
    if (!n.place || conflict.places.includes(n.place) || !registry.placeAndAncestors(n.place).some((p) => conflict.places.includes(p))) continue;
    // "Jenin's siege": the name right before the possessive; "the siege of Jenin": right after "of".
    const possessive = /^['’]s?\s+$/u.test(block.text.slice(n.to, subjectAt));
    const ofPlace = /^\s+of\s+$/u.test(block.text.slice(subjectEnd, n.from));
    if (possessive || ofPlace) return true;
  }
  return false;
}

/**
 * True when the length is told of a war of another kind than the story's ("the 13-year civil war"
 * in a story about Israel and Hezbollah, "the six-year world war"): a {@link OTHER_WAR_KINDS} word
 * before "war" that the conflict's own names do not hold ("Sudan's civil war" is Sudan's).
 */
function ofAnotherKindOfWar(text: string, m: ElapsedMention, conflict: Conflict | undefined): boolean {
  const kind = /^[\s-]*(\p{L}+)\s+war\b/iu.exec(text.slice(m.to, m.to + 24))?.[1]?.toLowerCase();
  if (kind === undefined || !OTHER_WAR_KINDS.has(kind)) return false;
  const names = conflict ? [conflict.name, ...conflict.aliases].join(" ").toLowerCase() : "";
  return !names.split(/[^\p{L}]+/u).includes(kind);
}

/** Words that make "war" a war of its own kind: "civil war", "world war", "cold war". */
const OTHER_WAR_KINDS: ReadonlySet<string> = new Set(["civil", "world", "cold"]);

/** How near an elapsed time a year must stand to date the war it measures ("the 34-day war of 2006"), in characters. */
const WAR_YEAR_REACH = 30;
/** How far after an elapsed time its clause is read for the year of its war ("the 34-day war between Israel and Hezbollah in 2006"), in characters. */
const WAR_CLAUSE_REACH = 80;

/**
 * True when a year before the war's start stands by the elapsed time ("the 34-day war of 2006",
 * "the 2006 war, which lasted 34 days"), or in its clause after it ("the 34-day war between Israel
 * and Hezbollah in 2006, when ..."): the age of an earlier war, not this one's.
 */
function ofAnEarlierWar(text: string, m: ElapsedMention, warStart: string): boolean {
  const after = text.slice(m.to, m.to + WAR_CLAUSE_REACH);
  const clauseEnd = after.search(/[,;:.!?()\u2013\u2014]/u);
  // "the previous 13-month war", "the 13-month conflict that preceded it": told as an earlier war.
  const wordBefore = /([\p{L}]+)\s*$/u.exec(text.slice(Math.max(0, m.from - 24), m.from))?.[1]?.toLowerCase();
  if (wordBefore !== undefined && EARLIER_WAR_WORDS.has(wordBefore)) return true;
  if (PRECEDED_IT.test(clauseEnd < 0 ? after : after.slice(0, clauseEnd))) return true;
  const near = text.slice(Math.max(0, m.from - WAR_YEAR_REACH), m.to + Math.max(WAR_YEAR_REACH, clauseEnd < 0 ? after.length : clauseEnd));
  const startYear = Number(warStart.slice(0, 4));
  for (const [year] of near.matchAll(/\b(?:19|20)\d\d\b/g)) if (Number(year) < startYear) return true;
  return false;
}

/** Words after a war's length that place that war before another: "the 13-month conflict that preceded it", "the war before it". */
const PRECEDED_IT = /^\s*(?:\p{L}+\s+)?(?:that|which)\s+(?:preceded|came\s+before)\b|^\s*(?:\p{L}+\s+)?before\s+(?:it|this\s+one)\b/iu;

/**
 * A start its sentence gives for the stretch an age measures ("since Oct. 6", "the operation,
 * which began on January 21, is now in its eleventh week"), when that start is a day after the war's own start and on or before the story's
 * date: the start of an operation within the war. A start on the war's day of the year is the
 * war's ("since October 7").
 */
function laterStartInSentence(block: ExtractedBlock, m: ElapsedMention, warStart: string, date: string): string | undefined {
  for (const d of mentionsOfKind(block, "date")) {
    if (d.sentence !== m.sentence || d.role !== "start" || d.precision !== "day") continue;
    // Only "since" gives the stretch's own start, or a relative clause on the subject whose age
    // follows ("The army's operation in the north, which began on January 21, is now in its
    // eleventh week"): "The only previous pause in the 15-month war began on 24 November 2023"
    // gives the pause's.
    const lead = block.text.slice(Math.max(0, d.from - 32), d.from);
    if (!/\bsince\s+$/i.test(lead) && !(d.to <= m.from && RELATIVE_START.test(lead))) continue;
    if (d.date <= warStart || d.date > date || d.date.slice(5) === warStart.slice(5)) continue;
    return d.date;
  }
  return undefined;
}

/** A relative clause that gives its noun's start, right before the date: ", which began on", "that was launched on". */
const RELATIVE_START = /,\s*(?:which|that)\s+(?:began|started|opened|was\s+launched|was\s+started)\s+(?:on\s+)?$/iu;

/** The latest day a conflict's fighting resumed on or before `date`, if it ever did. */
function latestResumption(conflict: Conflict | undefined, date: string): string | undefined {
  let latest: string | undefined;
  for (const day of conflict?.resumed ?? []) if (day <= date && (!latest || day > latest)) latest = day;
  return latest;
}

/** The least age an elapsed time allows, in its unit: "more than two years" at least 2, "nearly two years" 1.7, "two years" 1.85. */
function lowestAmount(m: ElapsedMention): number {
  if (m.qualifier === "over" || m.qualifier === "at-least") return m.amount;
  if (m.qualifier === "nearly") return Math.max(m.amount - 1, m.amount * 0.85);
  return m.amount - Math.max(AGE_GRACE, 0.5);
}

function elapsedIn(unit: ElapsedMention["unit"], from: string, to: string): number {
  switch (unit) {
    case "day":
      return daysBetween(from, to);
    case "week":
      return daysBetween(from, to) / 7;
    case "month":
      return monthsBetween(from, to);
    case "year":
      return monthsBetween(from, to) / 12;
  }
}

/**
 * True when an elapsed time fits the war's age `actual` (in the mention's unit), with the
 * tolerance a writer's rounding gets (the core README's "War ages" section):
 * - an ordinal ("in its eighth month") holds from 7 to 8 months; one the war "will enter" later
 *   ("will enter its fifth year next month") is the unit before it, so from 3 to 4 years;
 * - a bare age in weeks, months or years ("the eight-month-old war", "a six-week war", "the two-year
 *   war") counts whole units passed: from N (less 0.15 of a unit, where writers round up) up to N + 1;
 * - "more than N" and "at least N" hold from N up to N + 1, or N + N/4 when that is more ("more
 *   than 15 months" at 16.3 months);
 * - "nearly N" and "almost N" hold from N less a unit (or 15%, whichever is nearer) up to N (and
 *   0.15 of a unit past it): "nearly a year and a half" is 17–18 months, "nearly two years" 1.7–2 years;
 * - "about N" holds within half a unit; days (and a day count of 100 or more) keep the rounding of
 *   their number, and an exact count of days may count the first day too (N days on day N).
 */
function fitsElapsed(m: ElapsedMention, actual: number, later: boolean): boolean {
  if (m.ordinal) {
    const n = later ? m.amount - 1 : m.amount;
    return actual >= n - 1 && actual < n;
  }
  const n = m.amount;
  // "127 days of fighting" on the war's 127th day: a count of days may count the first day with
  // the rest, as its ordinal does, so one day more than the days passed fits too.
  if (m.unit === "day" && m.qualifier === "exact" && actual >= n - 1 && actual <= n) return true;
  if (m.unit !== "day") {
    switch (m.qualifier) {
      case "exact":
        return actual >= n - AGE_GRACE && actual < n + 1;
      case "over":
      case "at-least":
        return actual >= n && actual < n + Math.max(1, n / 4);
      case "nearly":
        // "nearly a week" is five days or six, "nearly a month" three weeks and more: one unit is
        // nearly reached sooner than two years are.
        return actual >= (n === 1 ? NEARLY_ONE_UNIT : Math.max(n - 1, n * 0.85)) && actual <= n + AGE_GRACE;
      default:
        break;
    }
  }
  // Elapsed times are rounded to their unit: "about seven months" is 6.5–7.5 months, "nearly seven" 6–7.
  const qualifier: Qualifier = m.qualifier === "exact" ? "about" : m.qualifier;
  const rounding = m.unit === "day" && m.amount >= 100 ? undefined : 1;
  return inInterval(actual, quantityBounds({ value: m.amount, qualifier, ...(rounding ? { rounding } : {}) }, "tight"));
}

/**
 * The part of a unit a war's age may fall short of a bare age ("the 11-month war" at 10.9 months,
 * "seven weeks" at 6.9): writers round up in the last stretch of a unit, and not before it.
 */
const AGE_GRACE = 0.15;

/** The share of one unit from which "nearly a week", "nearly a month", "nearly a year" fits. */
const NEARLY_ONE_UNIT = 0.7;

const futureEntryIndex = indexPhrases(FUTURE_ENTRY_CUES.map((words) => ({ words })));

/** True when an ordinal age is one the war enters later ("The war will enter its fifth year next month"): it is in the unit before now. */
function entersLater(text: string, m: ElapsedMention): boolean {
  if (!m.ordinal) return false;
  const before = text.slice(Math.max(0, m.from - 40), m.from).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  // The cue ends right before the ordinal's "its" ("will enter its fifth year"), or one word earlier.
  const words = before.slice(-5);
  return hasCueIn(futureEntryIndex, words.join(" "));
}

function correctedAmount(m: ElapsedMention, actual: number): number {
  switch (m.qualifier) {
    case "over":
    case "at-least":
      return Math.max(1, Math.floor(actual));
    case "nearly":
    case "fewer-than":
    case "up-to":
      return Math.ceil(actual);
    default:
      return Math.round(actual);
  }
}

function describeActual(unit: ElapsedMention["unit"], actual: number): string {
  const rounded = unit === "day" ? Math.round(actual) : Math.round(actual * 10) / 10;
  return `${rounded} ${unit}${rounded === 1 ? "" : "s"}`;
}

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

function numberWord(n: number): string {
  return WORDS[n] ?? String(n);
}
