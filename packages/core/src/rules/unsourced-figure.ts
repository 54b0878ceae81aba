import { addDays } from "../dates.js";
import { countTime, hasCueIn, isHeadline, matchSeries, mentionsOfKind, sentenceText } from "../facts.js";
import type { Fix } from "../finding.js";
import { messages, sourceReference } from "../messages.js";
import { BREAKDOWN_PAIRS, DATED_EVENT_NOUNS, CONTINUATION_OPENERS, DEAL_WORDS, FIGURE_NOUNS, POINTING_BACK_WORDS, MEASURE_PHRASES, OFFICIAL_COUNT_CUES, ONGOING_AUXILIARIES, PARTICLE_VERBS, REFERRED_SOURCE_HEADS, RELAY_CUES, TRANSFER_VERBS, WAR_START_WORDS, WAR_WORDS, indexPhrases } from "../lexicon.js";

const officialIndex = indexPhrases(OFFICIAL_COUNT_CUES.map((words) => ({ words })));
/** The word every cue of {@link OFFICIAL_COUNT_CUES} starts with, to skip sentences without it at once. */
const OFFICIAL = /official/i;
import type { Attribution, CountMention, ExtractedBlock } from "../mention.js";
import { inInterval, quantityBounds, quantityValue } from "../quantity.js";
import { type RuleFinding, defineBlockRule } from "../rule.js";

/**
 * `unsourced-figure` (warning): a count of people harmed, held or displaced with no attribution
 * in its paragraph and no link or citation mark on it. Not flagged: quoted figures (the
 * speaker's), vague amounts ("dozens", "tens of thousands"), which no report confirms or refutes,
 * a part of the count before it ("eight of them dead"), counts that say nothing of
 * harm (a population, "14 countries"), the terms of a deal (hostages and prisoners in a sentence
 * about an exchange, a release or a phase, and hostages counted with "the" as a known number),
 * a headline's figures when the headline names its source after a colon or dash ("...:
 * ministry") or the story's body attributes its figures, a paragraph whose next line names its
 * source ("Source: the regional governor, on Telegram"), and the settled toll of the war's first
 * day told wholly in the past ({@link ofTheWarsFirstDay}). When
 * the registry has a matching series, the finding offers to cite its report in effect at the
 * document date.
 */
export const unsourcedFigure = defineBlockRule({
  id: "unsourced-figure",
  severity: "warning",
  description: "A casualty figure has no attribution in its paragraph and no citation mark.",
  reads: ["defaultPlace", "bodyAttributed", "warStart", "sourceLines"],
  checkBlock({ blocks, cited, registry, date, facts }, index) {
    const findings: RuleFinding[] = [];
    const block = blocks[index]!;
    if (isHeadline(block) && (block.attributions.length > 0 || facts.bodyAttributed || HEADLINE_SOURCE.test(block.text.trim()))) return findings;
    // "Source: the regional governor, on Telegram" on the line after the paragraph.
    if (facts.sourceLines.has(index)) return findings;
    const counts = mentionsOfKind(block, "count");
    for (const m of counts) {
      if (m.quoted || m.measure === undefined || m.vague || isDealTerm(block, m) || isBreakdown(block, m) || isKnownHostageCount(block, m)) continue;
      if (isSourced(block, counts, m) || ofTheWarsFirstDay(block, m, facts.warStart?.date) || ofADatedPastIncident(block, m, date) || isFigureBefore(block, m)) continue;
      if (cited[index]?.some((span) => span.from <= m.number.from && span.to >= m.number.to)) continue;
      const series = matchSeries(registry, m, facts, index, block);
      const claim = series ? registry.valueAt(series.id, date) : undefined;
      const source = claim ? registry.source(claim.citations[0]!.source) : undefined;
      const fixes: Fix[] = [];
      if (claim && source) {
        fixes.push({ kind: "cite", label: messages.fixCite(source.name, claim.asOf), from: m.from, to: m.to, citation: claim.citations[0]!, claimId: claim.id });
      }
      findings.push({
        block: index,
        from: m.from,
        to: m.to,
        message: messages.unsourcedFigure(m.text, source ? `“according to ${sourceReference(source.name)}”` : undefined),
        fixes,
        mention: m,
      });
    }
    return findings;
  },
});

/**
 * True when the paragraph sources a count: an attribution in its own sentence, or in another
 * sentence of the paragraph that reports the same kind of count (a relayed report: "OCHA said 500
 * were killed ... Of those, 120 were children") or reports no count at all ("It added that ...").
 * An attribution of something else ("24 hostages are alive, according to Israeli officials")
 * does not source a toll beside it. "The official death toll" credits the authorities, if
 * vaguely: not a figure with no source.
 */
function isSourced(block: ExtractedBlock, counts: readonly CountMention[], m: CountMention): boolean {
  if (block.attributions.some((a) => a.sentence === m.sentence)) return true;
  // "... according to Israeli tallies, and dragged some 250 others into Gaza. ... About 130
  // hostages remain in Gaza": hostages are counted by one side only, whose source the paragraph names.
  if (m.measure === "held-hostage" && block.attributions.some((a) => a.sentence < m.sentence && !a.quoted && counts.some((c) => c.sentence === a.sentence && c.measure !== undefined))) return true;
  // Read only for the few counts with no attribution of their own sentence.
  const span = block.sentences[m.sentence];
  const sentence = span ? block.text.slice(span.from, span.to) : "";
  // Another sentence's source covers a count only when its sentence visibly carries that report on
  // ("Of those killed, ...", "The same figures show ..."), as an editor reads it; a sentence that
  // merely follows one is on its own.
  const before = m.from - (span?.from ?? 0);
  if (hasCueIn(relayIndex, sentence.slice(Math.max(0, before - RELAY_CHARS), before))) {
    const attributed = block.attributions.some((a) => {
      if (a.sentence > m.sentence) return false;
      const there = counts.filter((c) => c.sentence === a.sentence && c.measure !== undefined);
      return there.length === 0 || there.some((c) => c.measure === m.measure);
    });
    if (attributed) return true;
  }
  // "Of the dead, 17,289 were children, the ministry said ... A further 101,510 people have been
  // wounded": a sentence that opens by going on from an attributed sentence's counts has its source.
  // Only the few words before a count can be one of those openers: a count deep in a long sentence is not read back to its start.
  const opening = before <= OPENER_CHARS ? sentence.slice(0, before).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean) : [];
  if (CONTINUATION_OPENERS.some((cue) => cue.length === opening.length && cue.every((w, k) => opening[k] === w)) && block.attributions.some((a) => a.sentence < m.sentence && !a.quoted && counts.some((c) => c.sentence === a.sentence))) return true;
  // "..., the army said. Two other soldiers were seriously hurt.": "other" adds to the people the
  // attributed sentence before it counted, and goes on with its report.
  if (/^\s+other\b/i.test(block.text.slice(m.to, m.to + 8)) && block.attributions.some((a) => a.sentence === m.sentence - 1 && !a.quoted) && reportsCasualties(block, m.sentence - 1)) return true;
  // "The toll stood at 26,422 a day earlier. The ministry said many victims were still trapped":
  // the next sentence opens with a counting body referred back to, and reports no count of its own.
  if (block.attributions.some((a) => a.sentence === m.sentence + 1 && refersBackToABody(block, a) && !counts.some((c) => c.sentence === a.sentence && c.measure !== undefined))) return true;
  // "More than 2,000 people have been killed in Lebanon. That's according to the health ministry.":
  // the next sentence points back at the figures and names their source.
  if (block.attributions.some((a) => a.sentence === m.sentence + 1 && !a.quoted) && pointsBack(block, m.sentence + 1)) return true;
  // "The strike hit a car travelling nearby, the ministry said. Two people were wounded.": one
  // incident's count right after a sentence in which a counting body tells of it, with no count of
  // its own, goes on with that body's account. A running total is a report of its own and needs its
  // own source, and a speaker's warning is no account of the dead.
  if (m.sentence > 0 && block.attributions.some((a) => a.sentence === m.sentence - 1 && !a.quoted && namesCountingBody(a)) && !counts.some((c) => c.sentence === m.sentence - 1 && c.measure !== undefined) && countTime(block, m) === "period") return true;
  // "The strikes pushed the toll past 28,000. The ministry said 28,340 people had been killed":
  // a rounded figure the next sentence gives exactly, with its source, is that source's.
  // The source must be a counting body named there: a pronoun ("It put the toll at 67,211")
  // refers back, and another place's count ("In Gaza, the ministry said 41,272") is no detail of this one.
  if (m.quantity.qualifier !== "exact" && block.attributions.some((a) => a.sentence === m.sentence + 1 && !a.quoted && namesCountingBody(a) && !REFERRING_PRONOUNS.has(a.text.split(/[^\p{L}]+/u)[0]!.toLowerCase()))) {
    const bounds = quantityBounds(m.quantity, "tight");
    if (counts.some((c) => c.sentence === m.sentence + 1 && c.measure === m.measure && (c.place === undefined || m.place === undefined || c.place === m.place) && c.quantity.qualifier === "exact" && inInterval(quantityValue(c.quantity), bounds))) return true;
  }
  return officialCount(block, m.sentence, sentence);
}

/**
 * True when a count is the figure a toll rose or fell from ("The toll was up from 3,287 a day
 * earlier"): the count's earlier value, which the story gives beside the count it sources, not a
 * report of its own.
 */
function isFigureBefore(block: ExtractedBlock, m: CountMention): boolean {
  return FIGURE_BEFORE.test(block.text.slice(Math.max(0, m.from - FIGURE_BEFORE_CHARS), m.from));
}

const FIGURE_BEFORE_CHARS = 12;
const FIGURE_BEFORE = /\b(?:up|down)\s+from\s+$/i;

/** Pronouns an attribution may open with that refer to a source named before. */
const REFERRING_PRONOUNS: ReadonlySet<string> = new Set(["it", "its", "they", "their", "he", "his", "she", "her"]);

/** How many characters before a count a continuation opener ("And a further") may take. */
const OPENER_CHARS = 24;

/** True when a sentence holds one of {@link OFFICIAL_COUNT_CUES}; read once per sentence, however many counts it holds. */
function officialCount(block: ExtractedBlock, sentence: number, text: string): boolean {
  let memo = officialSentences.get(block);
  if (!memo) officialSentences.set(block, (memo = new Map()));
  let found = memo.get(sentence);
  if (found === undefined) memo.set(sentence, (found = OFFICIAL.test(text) && hasCueIn(officialIndex, text)));
  return found;
}

const officialSentences = new WeakMap<ExtractedBlock, Map<number, boolean>>();

/** True when a sentence names what happened to people ("were killed", "wounded"): one of core's one-word measures. */
function reportsCasualties(block: ExtractedBlock, sentence: number): boolean {
  return sentenceText(block, sentence).toLowerCase().split(/[^\p{L}]+/u).some((w) => MEASURE_WORDS.has(w));
}

const MEASURE_WORDS: ReadonlySet<string> = new Set(MEASURE_PHRASES.filter((p) => p.words.length === 1).map((p) => p.words[0]!));

/** True when an attribution names a counting body by its head noun ("the ministry", "the Lebanese army"). */
function namesCountingBody(a: Attribution): boolean {
  return a.text.toLowerCase().split(/[^\p{L}]+/u).some((w) => REFERRED_SOURCE_HEADS.has(w));
}

/**
 * True when a sentence points back at the one before ({@link POINTING_BACK_WORDS}): it opens with
 * a demonstrative ("That's according to the ministry") or sets one before a word for a figure
 * ("officials gave that number").
 */
function pointsBack(block: ExtractedBlock, sentence: number): boolean {
  const span = block.sentences[sentence];
  if (!span) return false;
  const words = block.text.slice(span.from, span.to).toLowerCase().split(/[^\p{L}'’]+/u).filter(Boolean);
  // "That's ...", "That is ...", "Those figures come from ...": the demonstrative is the subject,
  // not a day's ("That same day, Israel said ...").
  if (POINTING_BACK_WORDS.has(words[0] ?? "") && (/['’]s$/.test(words[0]!) || POINTED_AT_NEXT.has(words[1] ?? "") || FIGURE_NOUNS.has(words[1] ?? ""))) return true;
  return words.some((w, k) => k > 0 && FIGURE_NOUNS.has(w) && POINTING_BACK_WORDS.has(words[k - 1]!));
}

/** Words after a sentence's opening demonstrative that make it the subject pointing back: "That is", "That, according to", "That comes from". */
const POINTED_AT_NEXT: ReadonlySet<string> = new Set(["is", "was", "are", "were", "according", "comes", "came", "come"]);

/** True when an attribution opens its sentence with "the" and a counting body's head ("The ministry said", "The UN agency added"). */
function refersBackToABody(block: ExtractedBlock, a: Attribution): boolean {
  if (a.from !== block.sentences[a.sentence]?.from) return false;
  const words = a.text.toLowerCase().split(/[^\p{L}]+/u);
  return words[0] === "the" && words.slice(1, 4).some((w) => REFERRED_SOURCE_HEADS.has(w));
}

/**
 * True when a count's sentence dates it to the day the war began, not as a start ("The attack on
 * 7 October 2023 killed about 1,200 people in Israel, and 251 were taken hostage"), or tells how
 * the war began ("The war erupted when ..., killing some 1,200 people"): the settled toll of the
 * war's first day, told as background, not a report that needs its source. A count "since 7
 * October" is the war's running total, and one beside what still stands ("116 hostages seized on
 * October 7 are thought to remain") is a report: neither is this.
 */
function ofTheWarsFirstDay(block: ExtractedBlock, m: CountMention, warStart: string | undefined): boolean {
  if (warStart === undefined) return false;
  const day = mentionsOfKind(block, "date").find((d) => d.sentence === m.sentence && d.date === warStart && d.precision === "day");
  // "since Oct. 7", "from 7 October", "between October 8, 2023 and ...": the start of what a count covers, not the day itself.
  if (day && /\b(?:since|from|between)\s+(?:the\s+)?$/i.test(block.text.slice(Math.max(0, day.from - 12), day.from))) return false;
  // "The war erupted when thousands of fighters burst across the border, killing some 1,200 people": the day told by what began.
  if (!day && !sentenceTellsTheWarsStart(block, m.sentence)) return false;
  // Told, from the day or the count on, wholly as what that day did ("killed", "were taken"), not
  // as what stands now ("116 hostages seized on October 7 are thought to remain, among them at
  // least 41 confirmed dead").
  const span = block.sentences[m.sentence];
  const told = block.text.slice(Math.min(day?.from ?? m.from, m.from), span ? span.to : block.text.length);
  if (told.toLowerCase().split(/[^\p{L}]+/u).some((w) => ONGOING_AUXILIARIES.has(w) || w === "remain" || w === "still")) return false;
  // A count of that day is a period's ("killed about 1,200 people on October 7"), not a running
  // total ("The war has left more than 79,000 wounded").
  if (countTime(block, m) === "period") return true;
  // "... killed about 1,200 people and took about 250 hostage": a count joined by "and" to one of that day.
  const before = mentionsOfKind(block, "count").filter((c) => c.sentence === m.sentence && c.to <= m.from).at(-1);
  return before !== undefined && / and /.test(block.text.slice(before.to, m.from)) && countTime(block, before) === "period";
}

/**
 * True when a count tells a past incident on a date its sentence gives, in a "when" clause of that
 * date, long enough before the story to be settled ("since 22 January, when 21 reservists were
 * killed as two buildings collapsed"): background of record, not a toll to source. The incident's
 * own count only, not a running total.
 */
function ofADatedPastIncident(block: ExtractedBlock, m: CountMention, date: string): boolean {
  if (countTime(block, m) === "total") return false;
  const cutoff = addDays(date, -SETTLED_INCIDENT_DAYS);
  if (mentionsOfKind(block, "date").some((d) => d.sentence === m.sentence && d.precision === "day" && d.date <= cutoff && d.to <= m.from && WHEN_CLAUSE.test(block.text.slice(d.to, m.from)))) return true;
  const span = block.sentences[m.sentence];
  // "One year ago Tuesday, three drone strikes hit a convoy, killing seven aid workers": an
  // incident a month or more before the story, dated by how long ago it was.
  if (span && MONTHS_AGO_OPENING.test(block.text.slice(span.from, m.from))) return true;
  // An earlier year's event named by its year: "the 2006 war, when some 1,200 people were killed",
  // "the 2020 port explosion, which killed more than 200 people".
  const before = block.text.slice(span?.from ?? 0, m.from);
  const year = YEAR_EVENT_WHEN.exec(before)?.[1] ?? YEAR_EVENT_SUBJECT.exec(before)?.[1];
  return year !== undefined && Number(year) < Number(date.slice(0, 4));
}

/** An earlier year's event as the subject of the count's verb: "the 2020 explosion killed", "the 2006 war left". */
const YEAR_EVENT_SUBJECT = new RegExp(`\\b(?:the|a|an)\\s+(1[89]\\d\\d|20\\d\\d)\\s+(?:[\\p{L}'’-]+\\s+)?(?:${[...DATED_EVENT_NOUNS].join("|")})\\s+(?:[\\p{L}'’-]+\\s+){1,2}$`, "iu");

/** A sentence that opens, past a dateline, with how many months or years ago it tells of: "One year ago Tuesday,", "Six months ago,". */
const MONTHS_AGO_OPENING = /^(?:[^—–]{0,80}[—–])?\s*(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:years?|months?)|a\s+year\s+and\s+a\s+half)\s+ago\b/iu;

/** How long before the story a dated incident's count is settled background. */
const SETTLED_INCIDENT_DAYS = 30;
/** Between a date and a count in the clause it opens: ", when 21 reservists". */
const WHEN_CLAUSE = /^\s*,\s*when\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
/**
 * A year, the words of what happened in it, and a "when" or "which" clause ending before the count:
 * "the 2006 war, when some", "in 2006, when some", "the 2020 port explosion, which killed".
 */
const YEAR_EVENT_WHEN = /\b(1[89]\d\d|20\d\d)(?:\s+[\p{L}'’-]+){0,3}\s*,\s*(?:when|which)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

/** {@link tellsTheWarsStart} of a block's sentence, read once per sentence, however many counts it holds. */
function sentenceTellsTheWarsStart(block: ExtractedBlock, sentence: number): boolean {
  let memo = warStartSentences.get(block);
  if (!memo) warStartSentences.set(block, (memo = new Map()));
  let found = memo.get(sentence);
  if (found === undefined) memo.set(sentence, (found = tellsTheWarsStart(sentenceText(block, sentence))));
  return found;
}

const warStartSentences = new WeakMap<ExtractedBlock, Map<number, boolean>>();

/** True when a sentence tells how the war began: a war's word, a word of its start, then "when" or "with" ("The war erupted when ...", "the conflict began with ..."). */
function tellsTheWarsStart(sentence: string): boolean {
  const words = sentence.toLowerCase().split(/[^\p{L}]+/u);
  for (let i = 0; i + 2 < words.length; i++) {
    if (WAR_WORDS.has(words[i]!) && WAR_START_WORDS.has(words[i + 1]!) && (words[i + 2] === "when" || words[i + 2] === "with")) return true;
  }
  return false;
}

const relayIndex = indexPhrases(RELAY_CUES.map((words) => ({ words })));
/** How far before a count its sentence is read for a relay cue: the words that open its clause, so a huge sentence stays linear. */
const RELAY_CHARS = 120;

/** A headline's own source after a colon or a dash: "Gaza toll passes 40,000: ministry", "… – health ministry". */
const HEADLINE_SOURCE = /[:–—-]\s*(?:[\p{L}][\p{L}'’.-]*\s*){1,5}$/u;

/**
 * True when a count is a part of the count before it ("33 hostages, eight of them dead", "at
 * least 29 of whom are thought to be dead"): its source is that count's, and a missing one is
 * flagged there, once.
 */
function isBreakdown(block: ExtractedBlock, m: CountMention): boolean {
  // Right after the count, or after one plural noun, with no comma between: in "11,320
  // Palestinians, among them 4,650 children", the words open the part that follows.
  const words = /^\s+(?:(\p{L}+s)\s+)?(\p{L}+)\s+(\p{L}+)/u.exec(block.text.slice(m.to, m.to + 60).toLowerCase());
  return words !== null && BREAKDOWN_PAIRS.has(`${words[2]} ${words[3]}`);
}


const DEAL_GROUPS = new Set(["hostages", "prisoners"]);
const DEAL_MEASURES = new Set(["released", "held-hostage", "detained"]);

/** True for hostages counted with "the" as a known number ("families of the 48 hostages still held"): a reference, not a report. */
function isKnownHostageCount(block: ExtractedBlock, m: CountMention): boolean {
  return (DEAL_GROUPS.has(m.group ?? "") || m.measure === "held-hostage") && /\bthe\s+$/i.test(block.text.slice(Math.max(0, m.from - 5), m.from));
}

/** True when a count of hostages or prisoners stands in a sentence about an exchange, a release or a deal's phase: a term of the deal, not a toll. */
function isDealTerm(block: ExtractedBlock, m: CountMention): boolean {
  if (handedOver(block.text.slice(Math.max(0, m.from - 24), m.from))) return true;
  if (!DEAL_GROUPS.has(m.group ?? "") && !DEAL_MEASURES.has(m.measure ?? "")) return false;
  // Asked for each hostage and prisoner count: a sentence's answer is kept per block.
  let bySentence = dealSentences.get(block);
  if (!bySentence) dealSentences.set(block, (bySentence = new Map()));
  let found = bySentence.get(m.sentence);
  if (found === undefined) {
    found = sentenceText(block, m.sentence)
      .toLowerCase()
      .split(/[^\p{L}-]+/u)
      .some((word) => DEAL_WORDS.has(word));
    bySentence.set(m.sentence, found);
  }
  return found;
}

const dealSentences = new WeakMap<ExtractedBlock, Map<number, boolean>>();

/** True when the words right before a count hand its people over: "handing over 23", "freed", "swapped" ({@link TRANSFER_VERBS}, {@link PARTICLE_VERBS}). */
function handedOver(before: string): boolean {
  // Read back from the end, letter by letter: this runs for every count on every check, and a
  // pattern anchored at the end is tried from every position of the text before it.
  const last = wordEndingBefore(before, before.length);
  if (!last) return false;
  if (TRANSFER_VERBS.has(last.word)) return true;
  return PARTICLE_VERBS.get(last.word)?.has(wordEndingBefore(before, last.from)?.word ?? "") ?? false;
}

/** The lowercase ASCII word that ends nearest before \`end\` in \`text\`, past any other characters, with where it starts. */
function wordEndingBefore(text: string, end: number): { word: string; from: number } | undefined {
  let to = end;
  while (to > 0 && !isAsciiLetter(text.charCodeAt(to - 1))) to -= 1;
  let from = to;
  while (from > 0 && isAsciiLetter(text.charCodeAt(from - 1))) from -= 1;
  return from < to ? { word: text.slice(from, to).toLowerCase(), from } : undefined;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
