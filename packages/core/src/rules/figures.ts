import { CADENCE_INTERVAL_DAYS, type CasualtyClaim, type Series } from "../claim.js";
import { addDays, daysBetween } from "../dates.js";
import { isRunningTotal, matchSeries, measureOfEarlierCount, mentionsOfKind, datedCount, statedStart } from "../facts.js";
import { formatFigureLike } from "../figure.js";
import type { Evidence, Fix } from "../finding.js";
import { EARLIER_FIGURE_WORDS, FIGURE_NOUNS, MONTHS, PAST_MOMENT_OPENERS, RECORD_VERBS } from "../lexicon.js";
import { messages } from "../messages.js";
import type { CountMention, DateMention, ExtractedBlock } from "../mention.js";
import { type Interval, inInterval, quantityBounds, quantityValue } from "../quantity.js";
import type { Registry } from "../registry.js";
import type { RuleContext, RuleFinding } from "../rule.js";

/**
 * What the registry says about one count at the document date: the report in effect (`current`)
 * and whether the figure, read with its hedge, fits it. When it does not, `lastTrue` is the newest
 * earlier report it fitted (none: it never fitted) and `staleSince` the report that ended that.
 * The staleness policy is not applied here: that is `outdated-figure`'s option.
 */
export interface FigureVerdict {
  series: Series;
  current: CasualtyClaim;
  fits: boolean;
  lastTrue?: CasualtyClaim;
  staleSince?: CasualtyClaim;
  /** When it does not fit: the figure rewritten in its own style to fit `current` ("37,000" for "over 34,000"). */
  replacement?: string;
  /** The earlier day the story gives the figure for ("86 such deaths on July 20"), on which it was judged instead of the story's date. */
  asOf?: string;
}

/** The share of a running total below which a figure is not read as a version of it ({@link judgeOn}). */
const SMALL_SHARE = 0.02;

/** How far apart a count's stated start and its series' may be and still count the same ("since October 2023" for a count from 7 October). */
const SAME_START_DAYS = 31;

const spacings = new WeakMap<Registry, Map<string, number>>();

/** The median number of days between consecutive reports of a series in effect (1 when it has fewer than two); kept per registry. */
export function usualSpacing(registry: Registry, seriesId: string): number {
  let bySeries = spacings.get(registry);
  if (!bySeries) spacings.set(registry, (bySeries = new Map()));
  let days = bySeries.get(seriesId);
  if (days === undefined) {
    const reports = registry.history(seriesId);
    const gaps: number[] = [];
    for (let i = 1; i < reports.length; i++) gaps.push(daysBetween(reports[i - 1]!.asOf, reports[i]!.asOf));
    gaps.sort((a, b) => a - b);
    days = Math.max(1, gaps[Math.floor(gaps.length / 2)] ?? 1);
    bySeries.set(seriesId, days);
  }
  return days;
}

/** How many gaps before a report tell how far apart the series' reports then were. */
const LOCAL_GAPS = 5;
/** How far back those gaps are looked for: a series that reported less often than this is read by its overall spacing. */
const LOCAL_WINDOW_DAYS = 400;

/**
 * True when a series says nothing of where its count stood between the report in effect and the
 * next one: the gap is more than twice the series' spacing of the time (the median of its last
 * {@link LOCAL_GAPS} gaps: a series may report every two weeks one year and monthly the next), or
 * the count rose in it more than twice as fast as over the gap before (an escalation the reports
 * did not follow day by day). A figure between the two reports cannot then be shown wrong.
 */
function skippedStretch(registry: Registry, seriesId: string, current: CasualtyClaim, next: CasualtyClaim): boolean {
  // Depends on the registry and the two reports alone: read once per pair, however many figures ask.
  let bySeries = skipped.get(registry);
  if (!bySeries) skipped.set(registry, (bySeries = new Map()));
  const key = `${seriesId}\n${current.id}\n${next.id}`;
  let found = bySeries.get(key);
  if (found === undefined) bySeries.set(key, (found = readSkippedStretch(registry, seriesId, current, next)));
  return found;
}

const skipped = new WeakMap<Registry, Map<string, boolean>>();

function readSkippedStretch(registry: Registry, seriesId: string, current: CasualtyClaim, next: CasualtyClaim): boolean {
  const gap = daysBetween(current.asOf, next.asOf);
  const reports = registry.history(seriesId, { from: addDays(current.asOf, -LOCAL_WINDOW_DAYS), to: current.asOf });
  if (reports.length < 3) return gap > 2 * usualSpacing(registry, seriesId);
  const gaps: number[] = [];
  for (let i = Math.max(1, reports.length - LOCAL_GAPS); i < reports.length; i++) gaps.push(daysBetween(reports[i - 1]!.asOf, reports[i]!.asOf));
  gaps.sort((a, b) => a - b);
  if (gap > 2 * Math.max(1, gaps[Math.floor(gaps.length / 2)]!)) return true;
  const previous = reports[reports.length - 2]!;
  const before = (quantityValue(current.quantity) - quantityValue(previous.quantity)) / Math.max(1, daysBetween(previous.asOf, current.asOf));
  const after = (quantityValue(next.quantity) - quantityValue(current.quantity)) / Math.max(1, gap);
  return after > 2 * Math.max(0, before);
}

/** True when the count's sentence names the day `asOf` ("the ministry said on Monday", Monday being the report's day). */
function datedToReport(block: ExtractedBlock, mention: CountMention, asOf: string): boolean {
  for (const d of mentionsOfKind(block, "date")) if (d.sentence === mention.sentence && d.precision === "day" && d.role !== "start" && d.date === asOf) return true;
  return false;
}

/** True when the interval `bounds` holds a value between `a` and `b` (both included). */
function overlaps(bounds: Interval, a: number, b: number): boolean {
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  return (bounds.maxOpen ? bounds.max > low : bounds.max >= low) && (bounds.minOpen ? bounds.min < high : bounds.min <= high);
}

/** The most days a figure may trail the newest report, by series cadence, before it is outdated. */
export const STALENESS_DAYS = CADENCE_INTERVAL_DAYS;

/** The fewest days a figure is given before it is outdated, however often its series reports. */
export const MIN_STALENESS_DAYS = 7;

/**
 * Days a figure may trail the report that ended it before it is outdated, by default: the series'
 * usual spacing between reports (a writer has had one report's time to catch up), at least
 * {@link MIN_STALENESS_DAYS} and at most its cadence's {@link STALENESS_DAYS}. A series declared
 * irregular that in fact reports every few days is held to how it really reports.
 */
export function stalenessDays(registry: Registry, series: Series): number {
  return Math.min(STALENESS_DAYS[series.cadence], Math.max(MIN_STALENESS_DAYS, usualSpacing(registry, series.id)));
}

// Mentions are cached per block across checks, so a verdict is kept per mention for the registry,
// date and story's main place it was made against (a count that names no place is about the main
// place, which the other paragraphs decide): `outdated-figure` and `figure-mismatch` judge each
// count once.
const verdicts = new WeakMap<CountMention, { registry: Registry; date: string; places: readonly string[]; verdict: FigureVerdict | undefined }>();

/**
 * Judges a count against the registry. Counts that are quoted (unless a body the registry knows is
 * credited with the quote), that cover a short period
 * ("overnight"), that match no series, or that are of a different order from the running total
 * are not judged (undefined).
 */
export function judgeFigure(context: RuleContext, blockIndex: number, mention: CountMention): FigureVerdict | undefined {
  const { registry, date } = context;
  const places = context.facts.places;
  const memo = verdicts.get(mention);
  if (memo && memo.registry === registry && memo.date === date && memo.places === places) return memo.verdict;
  const verdict = judge(context, blockIndex, mention);
  verdicts.set(mention, { registry, date, places, verdict });
  return verdict;
}

// The series a count is about when the document date is past the end of its data: judged once
// with the verdict (and kept beside it), so `beyond-data` need not match the count again.
const beyond = new WeakMap<CountMention, Series>();

/** The series whose data ended before the document date that a count judged by {@link judgeFigure} is about, if any. */
export function seriesBeyondData(context: RuleContext, blockIndex: number, mention: CountMention): Series | undefined {
  judgeFigure(context, blockIndex, mention);
  return beyond.get(mention);
}

function judge(context: RuleContext, blockIndex: number, mention: CountMention): FigureVerdict | undefined {
  beyond.delete(mention);
  // Vague amounts ("dozens", "tens of thousands") are not figures a series can confirm or refute.
  if (mention.vague || !mention.measure) return undefined;
  const { registry, facts, blocks } = context;
  // Quoted words are the speaker's: a count is judged only when its sentence credits the quote to
  // a body the registry knows ("'The death toll has risen to 32,333,' the ministry said"), whose
  // own count it relays.
  if (mention.quoted && !facts.attributions[blockIndex]?.some((a) => a.sentence === mention.sentence && a.source && !a.quoted)) return undefined;
  // The series first: most counts a registry has no series for are settled without reading their clause.
  // "86 such deaths": the deaths a count before it counts.
  const measure = mention.measureOfEarlier ? measureOfEarlierCount(blocks, blockIndex, mention) : mention.measure;
  if (!measure) return undefined;
  const series = matchSeries(registry, measure === mention.measure ? mention : { ...mention, measure }, facts, blockIndex, blocks[blockIndex]!);
  if (!series) return undefined;
  // The value first, then what the count's words make of it: reading whether a count is the
  // running total is the dearest step of judging, and a figure of a verified series that fits its
  // report (or is not judged) gives no finding whatever its words say, so it is settled without
  // it. A figure that does not fit, one past the data's end, and any of a series no independent
  // body verifies (`party-claim` reads those verdicts) take every step.
  const verdict = verdictOf(context, blockIndex, mention, series);
  if (series.verified !== false && !beyond.has(mention) && (!verdict || verdict.fits)) return undefined;
  if (
    !isRunningTotal(blocks, blockIndex, mention) ||
    // "The UN's previous figure put the toll at 14,534", "up from 372": an earlier figure given as
    // such, of a report the story does not date, is not held to the story's date.
    givenAsEarlier(blocks[blockIndex]!, mention) ||
    // "the eventual toll could reach 186,000": what a count may become, not what it is.
    projected(blocks[blockIndex]!, mention)
  ) {
    beyond.delete(mention);
    return undefined;
  }
  return verdict;
}

/** The verdict on a running total's value: at the story's date, or on the earlier day the story gives it for. */
function verdictOf(context: RuleContext, blockIndex: number, mention: CountMention, series: Series): FigureVerdict | undefined {
  // A figure the story gives for a day before the staleness policy's reach ("86 such deaths on
  // July 20" in a story of July 31) is judged on that day: it can be wrong, not stale. A recent day
  // ("passed 40,000 on Thursday") is the story's own time.
  const dated = datedCount(context.blocks[blockIndex]!, mention, context.date);
  const asOf = dated?.date;
  if (asOf === undefined || (!dated!.explicit && daysBetween(asOf, context.date) <= stalenessDays(context.registry, series))) return judgeOn(context, blockIndex, mention, series, context.date);
  const verdict = judgeOn(context, blockIndex, mention, series, asOf);
  if (!verdict) return undefined;
  return verdict.fits || verdict.lastTrue ? { series, current: verdict.current, fits: true, asOf } : { ...verdict, asOf };
}

/**
 * True when a start written without its year is the day a series counts from ("600 days since 7
 * October" in a story of May 2025): the writer names the war's first day by its date alone, which
 * the date reader has put in the latest year that day had passed.
 */
function sameDayOfYear(start: DateMention, countedFrom: string): boolean {
  return start.precision === "day" && !/\d{4}/.test(start.text) && start.date.slice(5) === countedFrom.slice(5);
}

function judgeOn({ registry, blocks }: RuleContext, blockIndex: number, mention: CountMention, series: Series, date: string): FigureVerdict | undefined {
  // Past the end of its data (beyond one reporting interval) a series judges nothing.
  if (!registry.covers(series.id, date)) {
    if (registry.coverage(series.id) !== undefined && registry.coverage(series.id)!.to < date) beyond.set(mention, series);
    return undefined;
  }
  const current = registry.valueAt(series.id, date);
  if (!current) return undefined;
  // A count from another start than the report's ("killed in Lebanon since October 2023" against
  // a count the ministry restarted in March 2026, "since the aid sites opened on May 27" against
  // the war's toll) counts something else.
  const start = statedStart(blocks[blockIndex]!, mention);
  const countedFrom = current.since ?? series.since;
  if (start && countedFrom && Math.abs(daysBetween(start.date, countedFrom)) > SAME_START_DAYS && !sameDayOfYear(start, countedFrom)) return undefined;
  const bounds = quantityBounds(mention.quantity, "tight");
  const fits = (claim: CasualtyClaim) => inInterval(quantityValue(claim.quantity), bounds);
  if (fits(current)) return { series, current, fits: true };
  // A figure far below the running total ("put the overall toll at 18" of one strike, in a war of
  // 41,000 dead) counts something smaller than the series, whatever its words: no version of the
  // total was ever written that small so late.
  if (series.cumulative && bounds.max < SMALL_SHARE * quantityValue(current.quantity)) return undefined;
  // Every version a body published within one reporting interval of the date counts: another
  // body's figure of the same day, a first-published figure later revised, a flash figure beside a
  // verified one. One of the day in effect makes the figure true; an older one is when it was
  // last true, which the staleness policy then judges.
  const interval = registry.reportingInterval(series.id) ?? STALENESS_DAYS[series.cadence];
  // A stretch the series skipped ({@link skippedStretch}): the count
  // passed through every value between the report before the date and the next one, so a figure
  // between the two cannot be shown wrong.
  if (current.asOf < date && series.cumulative) {
    const next = registry.nextAfter(series.id, current.asOf);
    // A figure its sentence dates to the report's own day ("said on Monday", Monday's report) is that report's.
    if (next && next.asOf <= addDays(date, interval) && !datedToReport(blocks[blockIndex]!, mention, current.asOf) && skippedStretch(registry, series.id, current, next)) {
      if (overlaps(bounds, quantityValue(current.quantity), quantityValue(next.quantity))) return { series, current, fits: true };
    }
  }
  const versions = registry.reportsWithin(series.id, date, interval).filter(fits);
  const sameDay = versions.find((v) => v.asOf >= current.asOf);
  if (sameDay) return { series, current: sameDay, fits: true };
  const replacement = formatFigureLike(mention, quantityValue(current.quantity));
  // Every version counts: a figure another body gave for a day, or one later revised, was true then.
  const lastTrue = registry.lastMatching(series.id, date, fits, { versions: "all" });
  // A floor ("at least", "tops") the count leapt past between two reports was true all along: it
  // can go stale, but it was never wrong.
  const floor = mention.quantity.qualifier === "at-least" || mention.quantity.qualifier === "over";
  if (!lastTrue && floor && inInterval(quantityValue(current.quantity), quantityBounds(mention.quantity, "loose"))) {
    return { series, current, fits: true };
  }
  if (!lastTrue) return { series, current, fits: false, replacement };
  return { series, current, fits: false, lastTrue, staleSince: registry.nextAfter(series.id, lastTrue.asOf) ?? current, replacement };
}

/** True when a modal and a verb of reaching stand right before a count's number: "could reach 186,000", "may top 50,000". */
function projected(block: ExtractedBlock, mention: CountMention): boolean {
  const from = Math.max(block.sentences[mention.sentence]?.from ?? 0, mention.number.from - PROJECTION_REACH);
  return PROJECTION.test(block.text.slice(from, mention.number.from));
}

const PROJECTION_REACH = 48;
const PROJECTION = /\b(?:could|may|might|would|will)\s+(?:\p{L}+\s+)?(?:reach|exceed|top|surpass|hit|pass|rise\s+to|climb\s+to)\s+(?:more\s+than\s+|over\s+)?$/iu;

/** How far before a count its sentence may call it an earlier figure, in characters. */
const EARLIER_REACH = 160;

/** Words after a count that make it an earlier tally or an earlier war's: "of its final tally", "of the previous war". */
const EARLIER_AFTER = new RegExp(`\\bof\\s+(?:its|the|their)\\s+(?:final\\s+|last\\s+)?(?:(?:${[...EARLIER_FIGURE_WORDS].join("|")})\\s+(?:${[...FIGURE_NOUNS].join("|")}|war|conflict|round)|final\\s+(?:${[...FIGURE_NOUNS].join("|")}))\\b`, "i");

/** A past perfect of a verb of record and "by" a time after a count: "had recorded by the end of June". */
const RECORDED_BY = new RegExp(`\\bhad\\s+(?:\\p{L}+\\s+)?(?:${[...RECORD_VERBS].join("|")})\\s+by\\s+(?:the\\s+(?:end|close|start)|then|that\\s+(?:date|day|time|point)|mid|early|late|\\d|${[...MONTHS].join("|")})\\b`, "iu");

const EARLIER_FIGURE = new RegExp(`\\b(?:${[...EARLIER_FIGURE_WORDS].join("|")})\\s+(?:${[...FIGURE_NOUNS].join("|")})\\b`, "gi");

/**
 * True when the words before a count in its sentence give it as an earlier figure ("the UN's
 * previous figure ... put the number at 14,534", {@link EARLIER_FIGURE_WORDS} before a figure's
 * noun), or "up from" stands right before it; not when a source of its own speaks the count
 * after those words ("Unlike the previous figure, the ministry now says 500").
 */
function givenAsEarlier(block: ExtractedBlock, mention: CountMention): boolean {
  const from = Math.max(block.sentences[mention.sentence]?.from ?? 0, mention.from - EARLIER_REACH);
  const before = block.text.slice(from, mention.from);
  if (/\bup\s+from\s+$/i.test(before)) return true;
  if (atAPastMoment(block, mention)) return true;
  // "the 4,047 dead and 16,638 wounded of its final tally of the previous war": the words after
  // the count, in its clause, give it as an earlier tally or an earlier war's.
  const after = block.text.slice(mention.to, Math.min(block.sentences[mention.sentence]?.to ?? block.text.length, mention.to + EARLIER_REACH));
  const clause = after.split(/[,;:.]/u)[0]!;
  if (EARLIER_AFTER.test(clause)) return true;
  // "the 37,877 deaths the ministry had recorded by the end of that period": a tally as of a past day.
  if (RECORDED_BY.test(clause)) return true;
  let end = -1;
  for (const m of before.matchAll(EARLIER_FIGURE)) end = from + m.index + m[0].length;
  if (end < 0) return false;
  // A possessor of the count ("gave the UN's count as ...") names whose earlier figure it was, not a new speaker.
  return !block.attributions.some((a) => a.sentence === mention.sentence && a.from >= end && a.from < mention.from && !FIGURE_NOUNS.has(a.verb));
}

/**
 * True when the count's sentence opens by setting it at a past moment ({@link PAST_MOMENT_OPENERS}:
 * "On the day he was killed, the ministry counted 39,445 ...") and tells it in the past: no
 * "has", "have" or "now" stands between the sentence's start and the count's clause end.
 */
function atAPastMoment(block: ExtractedBlock, mention: CountMention): boolean {
  const span = block.sentences[mention.sentence];
  if (!span) return false;
  const opening = block.text.slice(span.from, Math.min(span.to, span.from + PAST_MOMENT_CHARS)).toLowerCase().split(/[^\p{L}\d]+/u).filter(Boolean);
  if (!PAST_MOMENT_OPENERS.some((cue) => cue.every((w, k) => opening[k] === w))) return false;
  const after = block.text.slice(mention.to, span.to).split(/[,;:]/u)[0]!;
  return !/\b(?:has|have|now|currently|so\s+far|to\s+date)\b/i.test(block.text.slice(span.from, mention.from) + after);
}

/** How far into its sentence a past moment's opening is read, in characters: "A week later" and more. */
const PAST_MOMENT_CHARS = 40;

/**
 * The loop `outdated-figure` and `figure-mismatch` share, over the counts of one block: judge
 * each, and let `report` turn the verdicts it cares about into a message and evidence. Each
 * finding offers to rewrite the figure in its own style and to cite the report in effect.
 */
export function checkFigures(
  context: RuleContext,
  index: number,
  report: (verdict: FigureVerdict, mention: CountMention) => { message: string; evidence: Evidence[] } | undefined,
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const m of mentionsOfKind(context.blocks[index]!, "count")) {
    const verdict = judgeFigure(context, index, m);
    const reported = verdict && !verdict.fits ? report(verdict, m) : undefined;
    if (!verdict || !reported) continue;
    findings.push({ block: index, from: m.from, to: m.to, ...reported, fixes: figureFixes(context.registry, m, verdict.current, verdict.replacement!), mention: m });
  }
  return findings;
}

function figureFixes(registry: Registry, mention: CountMention, claim: CasualtyClaim, replacement: string): Fix[] {
  const citation = claim.citations[0]!;
  const name = registry.source(citation.source)?.name ?? citation.source;
  const hedge = mention.text.slice(0, mention.number.from - mention.from);
  return [
    { kind: "replace", label: messages.fixUpdateFigure(hedge + replacement, name, claim.asOf), from: mention.number.from, to: mention.number.to, text: replacement },
    { kind: "cite", label: messages.fixCite(name, claim.asOf), from: mention.from, to: mention.to, citation, claimId: claim.id },
  ];
}
