import type { Measure, Stance } from "./claim.js";
import { type DateWord, extractDates } from "./extract-dates.js";
import {
  ANAPHOR_WORDS,
  ANONYMITY_REASONS,
  ANONYMOUS_PHRASES,
  CLAUSE_CONJUNCTIONS,
  BREAKDOWN_PAIRS,
  BARE_STANCE_VERBS,
  EXPLICIT_ANONYMITY_PHRASES,
  FIGURE_NOUNS,
  PUBLISHED_DATA_NOUNS,
  FINDING_VERBS,
  HEDGED_REPORTING_VERBS,
  BODY_NOUNS,
  GROUPS,
  ATTACKERS,
  GROUP_PHRASES,
  INCIDENT_NOUNS,
  IDENTIFIER_WORDS,
  MEASURE_PHRASES,
  MONTHS,
  CESSATION_WORDS,
  CONDITION_OPENERS,
  GROUP_ANAPHOR_NOUNS,
  HEAD_ENDING_PREPOSITIONS,
  ESCALATION_WORDS,
  EVENT_VERBS,
  EXTENSION_VERBS,
  EXTENSION_WORDS,
  MULTIPLIERS,
  NEGATIONS,
  NEGATIVE_CONTRACTIONS,
  ACT_NOUNS,
  AGENT_NOUNS,
  NAME_PARTICLES,
  SAYING_BEFORE_COUNT,
  PERIOD_NOUNS,
  FIGURE_MILESTONE_NOUNS,
  MILESTONE_NOUNS,
  NON_COUNT_UNITS,
  OBJECT_NOUNS,
  PATIENT_WORDS,
  PUBLIC_WORD_NOUNS,
  REGION_ADJECTIVES,
  STRETCH_END_PREPOSITIONS,
  SUPERLATIVE_WORDS,
  OPERATION_WORDS,
  STRETCH_END_VERBS,
  WAR_OUTCOME_PAST_VERBS,
  ONGOING_AUXILIARIES,
  BETWEEN_EVENTS_WORDS,
  ORDINALS,
  COMPARATIVE_VERBS,
  QUALIFIER_PHRASES,
  PLACE_MODIFIERS,
  PROPORTION_WORDS,
  REPORTING_VERBS,
  ROLE_WORDS,
  SPEAKER_ACCESS_PHRASES,
  SPEAKER_MODIFIER_WORDS,
  TITLE_MODIFIERS,
  SHOW_VERBS,
  SHOWING_NOUNS,
  STANCE_AUXILIARIES,
  STANCE_INSERTS,
  SELF_REPORT_WORDS,
  STANCE_PHRASES,
  STREET_WORDS,
  TERM_VERBS,
  REFUSAL_CONDITIONS,
  SCHEDULE_VERBS,
  UNDERGOING_VERBS,
  REPLY_VERBS,
  TIME_UNITS,
  TOPIC_STOPS,
  TRUCE_AGE_NOUNS,
  TRUCE_WORDS,
  STAGED_DEAL_NOUNS,
  DEAL_WORDS,
  RATE_OPENERS,
  TERM_NOUNS,
  UNITS,
  UNNAMED_SPEAKER_NOUNS,
  WAR_NOUNS,
  WAGED_NOUNS,
  PARTICLE_VERBS,
  VAGUE,
  WAR_START_WORDS,
  WAR_WORDS,
  WHOLE_WAR_WORDS,
  TOLL_REVISION_VERBS,
  WINDOW_ACTS,
  WINDOW_NOUNS,
  WEEKDAYS,
  indexPhrases,
  COUNT_CLAUSE_VERBS,
  TERMS_NOUNS,
  DATED_EVENT_NOUNS,
  LATER_PHASE_WORDS,
  AGED_EVENT_NOUNS,
} from "./lexicon.js";
import type { Attribution, AttributionStrength, CountMention, ExtractedBlock, Mention, NameMention, PositionMention, Span } from "./mention.js";
import { readNumeral } from "./numerals.js";
import { type Qualifier, roundingStep } from "./quantity.js";
import { type Token, isAbbreviationDot, splitSentences, tokenize } from "./tokenize.js";
import { EMPTY_WORLD, type World } from "./world.js";

/** Options for {@link extractMentions}. */
export interface ExtractOptions {
  /** The document date (ISO), against which relative dates ("Saturday", "Oct. 7") are resolved. Without it, dates are not extracted. */
  date?: string;
  /**
   * The places and actors the text is read with (`registry.world()`): place names give a count
   * its place, demonyms its people, actor words a source's affiliation. Without it, no place or
   * actor is recognised.
   * @default a world with no places and no actors
   */
  world?: World;
}

interface NumberRead {
  value: number;
  /** Token index after the number. */
  end: number;
  rounding: number;
  from: number;
  to: number;
  plus: boolean;
  word: boolean;
  low?: number;
  high?: number;
}

// The extractor reads a block token by token. It is written by hand, not with a general NLP
// library, because it is the heart of factmark: it must keep the hedges ("over", "nearly") and the
// exact character offsets of every figure, run in linear time on hostile input, and be fast enough
// to run on every keystroke.

/**
 * Finds the figures, durations, elapsed times, phase counts, phase references, dates and
 * attributions in one block of plain text (a paragraph). Offsets are 0-based UTF-16 into `text`.
 * Pure and deterministic: the same text and date always give the same result, so callers cache it
 * by block content.
 *
 * @example
 * extractMentions("The ministry said over 34,000 Palestinians have been killed.").mentions[0];
 * // { kind: "count", text: "over 34,000", quantity: { value: 34000, qualifier: "over" }, group: "people", measure: "killed", … }
 */
export function extractMentions(text: string, options: ExtractOptions = {}): ExtractedBlock {
  const tokens = tokenize(text);
  const sentenceRanges = splitSentences(tokens);
  // Plain arrays, not typed ones, for per-block tables: a small typed array costs several times
  // more to allocate, and a check allocates a few per paragraph.
  const sentenceOf: number[] = new Array(tokens.length).fill(0);
  sentenceRanges.forEach(([start, end], index) => sentenceOf.fill(index, start, end));
  const quoted = markQuotes(tokens);
  const reader = new BlockReader(text, tokens, sentenceRanges, sentenceOf, quoted, options.world ?? EMPTY_WORLD);
  reader.read();
  const sentences: Span[] = sentenceRanges.map(([start, end]) => ({ from: tokens[start]!.from, to: tokens[end - 1]!.to }));
  if (options.date && reader.dateWords.length > 0) {
    for (const date of extractDates(text, sentences, sentenceOf, reader.dateWords, options.date, reader.occupied, (offset) => isQuotedAt(tokens, quoted, offset))) reader.mentions.push(date);
    reader.mentions.sort((a, b) => a.from - b.from);
  }
  return { text, sentences, mentions: reader.mentions, attributions: reader.attributions, positions: reader.positions, names: readNames(tokens, options.world ?? EMPTY_WORLD) };
}

/** Every place, demonym, conflict and one-word actor name of the world in the tokens, longest match first, in one pass. */
function readNames(tokens: readonly Token[], world: World): NameMention[] {
  const names: NameMention[] = [];
  if (world.places.size === 0 && world.demonyms.size === 0 && world.conflicts.size === 0 && world.actorWords.size === 0) return names;
  const starts = nameStarts(world);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // One lookup settles most words: they start no name.
    if (t.type !== "word" || (!starts.has(t.lower) && !t.lower.endsWith("'s"))) {
      i += 1;
      continue;
    }
    const conflict = world.conflicts.has(t.lower) ? phraseAt(world.conflicts, tokens, i) : undefined;
    const place = phraseAt(world.places, tokens, i) ?? phraseAt(world.demonyms, tokens, i);
    const longest = conflict && (!place || conflict.words.length >= place.words.length) ? conflict : place;
    if (!longest) {
      const actor = actorNamed(world, t);
      if (actor) names.push({ from: t.from, to: t.to, actor });
      i += 1;
      continue;
    }
    const end = i + longest.words.length;
    names.push({ from: t.from, to: tokens[end - 1]!.to, ...("conflict" in longest ? { conflict: longest.conflict } : { place: longest.place }) });
    i = end;
  }
  return names;
}

/**
 * True when the place at token `k` is the place of a war in a phrase that dates a count ("killed
 * in the territory since the start of the war in Gaza", "since the war on Gaza began"): a war
 * noun ({@link WAR_NOUNS}) stands before its "in" or "on", after a "since" a few words back. The
 * war's place dates the count; it does not place it. "Israel's offensive in Gaza has killed" and
 * "killed in the ground offensive in Gaza" are Gaza's counts.
 */
function namesWar(tokens: readonly Token[], k: number): boolean {
  const preposition = tokens[k - 1]?.lower === "the" ? k - 2 : k - 1;
  const noun = preposition - 1;
  if (!isWord(tokens[preposition], "in", "on") || !tokens[noun] || !WAR_NOUNS.has(tokens[noun]!.lower)) return false;
  for (let j = noun - 1; j >= Math.max(0, noun - SINCE_WORDS); j--) {
    const t = tokens[j]!;
    if (t.type !== "word") return false;
    if (t.lower === "since") return true;
  }
  return false;
}

/**
 * The token before a place name and the words of direction before it ("in southern Israel"). A
 * word of direction that starts a place name of its own ("northern Gaza") is not passed over: that
 * name is read instead.
 */
function beforePlace(tokens: readonly Token[], k: number, world: World): number {
  let j = k - 1;
  while (j >= 0 && PLACE_MODIFIERS.has(tokens[j]!.lower) && !phraseAt(world.places, tokens, j)) j--;
  return j;
}

/**
 * The place a count's clause names at token `k`, read after one of `prepositions` (words of
 * direction passed over), unless the name is a war's ("since the war in Gaza began") or a party's,
 * written as a possessive before what it wages ({@link WAGED_NOUNS}: "in Israel's offensive").
 */
function countPlaceAt(tokens: readonly Token[], k: number, world: World, prepositions: ReadonlySet<string>): string | undefined {
  const p = phraseAt(world.places, tokens, k);
  if (!p) return undefined;
  const before = tokens[beforePlace(tokens, k, world)];
  if (before?.type !== "word" || !prepositions.has(before.lower) || namesWar(tokens, k)) return undefined;
  const after = k + p.words.length;
  if (isPunct(tokens[after], "'", "’") && isWord(tokens[after + 1], "s") && WAGED_NOUNS.has(tokens[after + 2]?.lower ?? "")) return undefined;
  // "since the start of the Gaza war": a place before a war's noun names the war, not where the count is.
  if (isWord(tokens[after], "war", "conflict")) return undefined;
  return p.place;
}

/** The place named at token `k` when ", where" follows it ("the war in Gaza, where ..."): the place of what that clause counts. */
/** The phase a word at token `k` names: "immediate" or "initial" (1), an ordinal before "phase" or "stage", or "phase" and a digit. */
function phaseMarkerAt(tokens: readonly Token[], k: number): number | undefined {
  const t = tokens[k]!;
  if (t.type !== "word") return undefined;
  if (t.lower === "immediate" || t.lower === "initial" || t.lower === "first") return 1;
  const ordinal = ORDINALS.get(t.lower);
  if (ordinal !== undefined && isWord(tokens[k + 1], "phase", "stage")) return ordinal;
  const next = tokens[k + 1];
  if ((t.lower === "phase" || t.lower === "stage") && next?.type === "number" && /^\d$/.test(next.text)) return Number(next.text);
  return undefined;
}

function placeOpeningWhere(tokens: readonly Token[], k: number, world: World): string | undefined {
  const p = phraseAt(world.places, tokens, k);
  if (!p) return undefined;
  const after = k + p.words.length;
  if (!isPunct(tokens[after], ",") || !isWord(tokens[after + 1], "where")) return undefined;
  // The longest name that ends there: "northern Gaza, where ..." is northern Gaza.
  for (let j = Math.max(0, k - 2); j < k; j++) {
    const longer = phraseAt(world.places, tokens, j);
    if (longer && j + longer.words.length === after) return longer.place;
  }
  return p.place;
}

/**
 * The place named at token `k` when it modifies a toll's noun ("Gaza death toll passes 23,300",
 * "Lebanon's toll rises"): where the toll counts, wherever else the sentence goes ("as Blinken
 * meets Abbas in Ramallah").
 */
function placeOfToll(tokens: readonly Token[], k: number, world: World): string | undefined {
  const p = phraseAt(world.places, tokens, k);
  if (!p) return undefined;
  let at = k + p.words.length;
  if (isPunct(tokens[at], "'", "’") && isWord(tokens[at + 1], "s")) at += 2;
  if (TOLL_MODIFIERS.has(tokens[at]?.lower ?? "")) at += 1;
  return TOLL_NOUNS.has(tokens[at]?.lower ?? "") ? p.place : undefined;
}

/** Nouns of a running count that a place's name may stand before ("the Gaza toll", "Lebanon's tally"). */
const TOLL_NOUNS: ReadonlySet<string> = new Set(["toll", "tally"]);
/** Verbs that say a term ran its full length ("expired after 42 days"), as against one cut short ("collapsed after 40 days"). */
const EXPIRY_VERBS: ReadonlySet<string> = new Set(["expired", "expires", "expire", "lapsed", "lapses", "lapse", "elapsed", "elapse"]);
/** How many tokens before "after" a verb of expiry is looked for ("ran out on March 1 after"). */
const EXPIRY_REACH = 8;
/** How many tokens before a toll's noun its place may start ("the Gaza Strip's death toll"). */
const TOLL_PLACE_REACH = 6;
/** Words between a place and its toll's noun ("Gaza death toll", "Gaza casualty tally"). */
const TOLL_MODIFIERS: ReadonlySet<string> = new Set(["death", "casualty", "war", "civilian"]);

/**
 * Words a place name follows in a count's clause: in the words read with the count, before it
 * ("Hamas's attack on southern Israel ..., which killed"), and further after it.
 */
const PLACE_AFTER_COUNT: ReadonlySet<string> = new Set(["in", "across", "from", "throughout", "of", "inside", "the"]);
const PLACE_BEFORE_COUNT: ReadonlySet<string> = new Set(["in", "across", "throughout", "inside", "the", "from", "on"]);
const PLACE_FAR_AFTER_COUNT: ReadonlySet<string> = new Set(["in", "across", "throughout", "inside", "the"]);

/** How many words before a war noun its "since" may stand ("since the start of the war"). */
const SINCE_WORDS = 5;

/** Participles after a comma that report what the sentence's subject said: "Zelensky dismissed the offer, saying Moscow ...". */
const SPEECH_PARTICIPLES: ReadonlySet<string> = new Set(["saying", "adding"]);
/** Nouns of a deal's phase: a sentence about one gives the deal's terms ("In a second phase, Israeli forces would leave"). */
const DEAL_PHASE_NOUNS: ReadonlySet<string> = new Set(["phase", "phases", "stage", "stages"]);
/** How many words may stand between "with" and its speaker's participle ("with the Palestinian Health Ministry saying"). */
const WITH_SPEAKER_WORDS = 8;

/** Nouns of a report that name its source after "from", "by" or "of" ("figures from the ministry"). */
const REPORT_NOUNS: ReadonlySet<string> = new Set(["figures", "figure", "data", "tally", "statistics", "count", "reports", "report", "statement", "estimate"]);
/** Reporting verbs' -s forms that are also plural nouns ("Arab states", "media reports"): {@link readAttributions} reads them as the subject when a verb follows. */
const PLURAL_NOUN_VERBS: ReadonlySet<string> = new Set(["states", "reports", "counts", "records", "documents", "notes", "estimates", "claims", "shows", "tallies"]);
/** Words between an owner and its report's noun: "its latest figures", "their own count". */
const REPORT_MODIFIERS: ReadonlySet<string> = new Set(["latest", "own", "new", "updated", "final", "last", "daily", "official", "overall", "total", "cumulative"]);
/** Every word an attribution can start at: the reporting verbs, "according to", "by … count", "citing", "per" and the report nouns. */
const ATTRIBUTION_WORDS: ReadonlySet<string> = new Set([...REPORTING_VERBS, ...REPORT_NOUNS, ...SPEECH_PARTICIPLES, "according", "by", "citing", "per", "toll", ...TERMS_NOUNS]);

const nameStartsOfWorld = new WeakMap<World, ReadonlySet<string>>();

/** The words a place, demonym, conflict or one-word actor name of the world can start with, kept per world. */
function nameStarts(world: World): ReadonlySet<string> {
  let starts = nameStartsOfWorld.get(world);
  if (!starts) {
    starts = new Set([...world.places.keys(), ...world.demonyms.keys(), ...world.conflicts.keys(), ...world.actorWords.keys()]);
    nameStartsOfWorld.set(world, starts);
  }
  return starts;
}

/** The actor id a word token names in the world, if any: a name written in capitals ("US") matches only in capitals, so the pronoun "us" names no one. */
function actorNamed(world: World, t: Token): string | undefined {
  if (t.type !== "word" || world.actorWords.size === 0) return undefined;
  const word = world.actorWords.get(t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower);
  if (!word) return undefined;
  if (word.caps) {
    const bare = t.text.replace(/['’]s$/, "");
    if (bare !== bare.toUpperCase()) return undefined;
  }
  return word.actor;
}

function isQuotedAt(tokens: readonly Token[], quoted: readonly number[], offset: number): boolean {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (t.to <= offset) lo = mid + 1;
    else if (t.from > offset) hi = mid - 1;
    else return quoted[mid] === 1;
  }
  return false;
}

const OPEN_QUOTES = new Set(["“", "«", "„"]);
const CLOSE_QUOTES = new Set(["”", "»"]);

/** Marks the tokens inside quotation marks. A straight quote toggles; unbalanced quotes end at the paragraph's end. */
function markQuotes(tokens: readonly Token[]): number[] {
  const quoted: number[] = new Array(tokens.length).fill(0);
  let depth = 0;
  let straight = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === "punct") {
      if (OPEN_QUOTES.has(t.text)) {
        depth += 1;
        continue;
      }
      if (CLOSE_QUOTES.has(t.text)) {
        depth = Math.max(0, depth - 1);
        continue;
      }
      if (t.text === '"') {
        straight = !straight;
        continue;
      }
    }
    if (depth > 0 || straight) quoted[i] = 1;
  }
  return quoted;
}

/** "U.N", "U.S": a dotted abbreviation whose closing dot is its own token. */
function isDottedAbbreviation(t: Token | undefined): boolean {
  return t !== undefined && t.type === "word" && /^(?:\p{L}\.)+\p{L}$/u.test(t.text);
}

// isWord and isPunct take their words as separate parameters rather than a rest array: they run
// on nearly every token, and a rest array is an allocation per call.
function isWord(t: Token | undefined, a: string, b?: string, c?: string, d?: string, e?: string, f?: string, g?: string): boolean {
  if (t === undefined || t.type !== "word") return false;
  const w = t.lower;
  return w === a || w === b || w === c || w === d || w === e || w === f || w === g;
}

function isPunct(t: Token | undefined, a: string, b?: string, c?: string): boolean {
  if (t === undefined || t.type !== "punct") return false;
  const m = t.text;
  return m === a || m === b || m === c;
}

/** True when tokens[i] is a hyphen joined to the tokens either side ("six-week"). */
function isJoiningHyphen(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.type === "punct" && (t.text === "-" || t.text === "‑" || t.text === "–") && !t.space && tokens[i + 1] !== undefined && !tokens[i + 1]!.space;
}

function matchWords(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (!t || t.lower !== words[k]) return false;
  }
  return true;
}

const STANCE_INSERT_INDEX = indexPhrases(STANCE_INSERTS.map((words) => ({ words })));

/**
 * Where a stance phrase that starts at token `i` ends, or -1 when it does not stand there. An
 * adverbial may stand inside a phrase of several words ("will not agree under any circumstances
 * to", {@link STANCE_INSERTS}).
 */
function stancePhraseEnd(tokens: readonly Token[], i: number, words: readonly string[]): number {
  let j = i;
  for (let k = 0; k < words.length; k++, j++) {
    if (k > 0 && tokens[j]?.lower !== words[k]) {
      const insert = phraseAt(STANCE_INSERT_INDEX, tokens, j);
      if (insert) j += insert.words.length;
    }
    if (tokens[j]?.lower !== words[k]) return -1;
  }
  return j;
}

/** True for a word written in capitals, two letters or more ("WHO", "UN"): a name, even when its lowercase is a common word. */
function isAcronym(token: Token): boolean {
  return token.type === "word" && token.text.length >= 2 && token.text === token.text.toUpperCase() && token.text !== token.lower;
}

/** True when an aside opens with a participle ("weakened by ...", "facing pressure at home"): it describes the noun before it. */
function isParticipleAside(t: Token | undefined): boolean {
  return t !== undefined && t.type === "word" && /^\p{Ll}/u.test(t.text) && /(?:ed|ing)$/.test(t.lower) && t.lower.length > 4;
}

/** Words after a verb that show it took no clause ("the regions it claims before ..."): a preposition or subordinator, not what was said. */
const OBJECT_GAP_FOLLOWERS: ReadonlySet<string> = new Set(["before", "after", "until", "since", "as", "in", "on", "at", "for", "from", "by", "with", "while", "when", "and", "or"]);
/** How many tokens before an age set after its noun ("the truce, now two weeks old") are read for that noun. */
const AGE_NOUN_REACH = 16;
/** Prepositions that may follow the noun an age describes, opening its complement ("the moratorium on strikes"). */
const AGE_NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(["on", "of", "in", "against", "between", "with", "over"]);
/** How many tokens either side of a count are searched for its place. */
const PLACE_WINDOW = 24;
/** Tokens after "put" searched for the word that gives the figure ("put the number ... at"). */
const PUT_WINDOW = 22;
/** Words that give the figure after "put the toll": "at", "above", "over" ... */
const PUT_AT_WORDS: ReadonlySet<string> = new Set(["at", "above", "over", "below", "near", "around", "beyond"]);
/** Tokens a possessor may run before its count noun ("the Hamas-run health ministry's tally"). */
const POSSESSOR_WINDOW = 8;
/** Nouns of a body's own count after a possessive ("by Israel's count", "by the UN's estimate"). */
const COUNT_NOUNS: ReadonlySet<string> = new Set(["count", "tally", "estimate", "estimates", "figures", "reckoning", "calculation", "records"]);
/** Tokens before a count searched for its subject's measure ("The death toll from Israel's offensive on the Gaza Strip has risen to ..."). */
const SUBJECT_WINDOW = 20;
/** How far past a side's terms the colon that gives them is looked for, in tokens ("terms on June 14:"). */
const COLON_REACH = 5;
/** Words between the name a sentence opens with and its terms' possessive: the verb ("set out", "laid down", "has listed"). */
const TERMS_VERB_WORDS = 3;
/** How many tokens a dateline or a time stamp before its dash may take: "18:50 GMT —", "KYIV, Ukraine —". */
const DATELINE_TOKENS = 6;
/** How far past a count its own clause's verb is looked for, in tokens: the people it counts, then the verb. */
const OWN_CLAUSE_REACH = 4;
/** How many mentions back "such deaths" looks for the count it refers to. */
const MENTIONS_BACK = 8;
/** Verbs that carry an event into a running total: "raising the toll to", "bringing the number of dead to". */
const TOTAL_LINK_VERBS: ReadonlySet<string> = new Set(["raising", "bringing", "taking", "pushing", "lifting"]);
/** How many tokens after a count its attacker may stand ("4,000 attacks by Israeli settlers"). */
const ATTACKER_AFTER = 6;
/** Tokens a breakdown aside may run to its closing comma (", including more than 600 children,"). */
const BREAKDOWN_ASIDE_WINDOW = 8;
/** The most words a hedge before a number may take ("more than", "at least", "up to"). */
const QUALIFIER_WORDS = 3;
/** The most words of a label before a colon in a box of figures ("Children killed:", "Killed since October 2023:"). */
const LABEL_WORDS = 5;

/** A word of a box's label, or the year of a date in it ("Killed since October 2023:"). */
function isLabelWord(t: Token): boolean {
  return t.type === "word" || (t.type === "number" && YEAR.test(t.text));
}
/**
 * True when the token at `k` may stand in a label before a colon: a word, a year, a possessive's
 * mark ("Gaza's") or a date's day and the stop of its month ("since Oct. 7").
 */
function isLabelToken(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (isLabelWord(t)) return true;
  if (isPunct(t, "'", "’")) return isWord(tokens[k + 1], "s");
  if (isPunct(t, ".")) return MONTHS.has(tokens[k - 1]?.lower ?? "") && !t.space;
  return t.type === "number" && isDayOfDate(tokens, k);
}
/** Words of the first count's noun that may stand before the words joining a second count to it ("Palestinian children and"). */
const JOIN_WINDOW = 3;

/** True when the number at `k` is the day of a date ("October 7", "7 October", "Oct. 7"). */
function isDayOfDate(tokens: readonly Token[], k: number): boolean {
  if (!/^\d{1,2}$/.test(tokens[k]!.text)) return false;
  const before = tokens[k - 1]?.lower === "." ? tokens[k - 2] : tokens[k - 1];
  return MONTHS.has(before?.lower ?? "") || MONTHS.has(tokens[k + 1]?.lower ?? "");
}
/** The most tokens an aside between commas before a reporting verb can hold (", who briefed reporters on condition of anonymity under ground rules set by the White House,"). */
const ASIDE_WINDOW = 24;
/** The most tokens between an unnamed speaker's head noun and its reporting verb ("a source with knowledge of the meeting of Hamas leaders in Doha told", "A diplomat from one of the eight countries who was in the room in New York said"). */
const SPEAKER_WINDOW = 18;
/** Times of day in a time adverbial between a subject and its verb ("Israel on Monday night accepted"). */
const SUBJECT_TIME_WORDS: ReadonlySet<string> = new Set(["morning", "afternoon", "evening", "night"]);
/** Nouns of a place whose possessive before a number gives its population ("the enclave's 2.3 million people"). */
const POPULATION_PLACES: ReadonlySet<string> = new Set(["enclave", "territory", "strip", "country", "city", "region", "area", "province", "nation", "camp", "town", "village", "neighbourhood", "neighborhood", "community"]);
/** Nouns after such a number that count a place's people. */
const POPULATION_NOUNS: ReadonlySet<string> = new Set(["people", "residents", "inhabitants", "citizens", "population"]);

/** Verbs of ordering or demanding: a "must" in their clause is their subject's demand ("the court ruled that Israel must ..."). */
const DIRECTIVE_VERBS: ReadonlySet<string> = new Set(["ruled", "rules", "ordered", "orders", "decided", "decides", "demanded", "demands", "urged", "urges", "insisted", "insists", "declared", "found", "finds", "concluded", "stipulates", "stipulated", "requires", "required"]);
/** The most words between a verb of ordering and the "must" clause it governs ("ruled in January that"). */
const ORDER_ADVERBIAL_WORDS = 4;

/** Verbs of claiming that also take a thing as object ("the regions Moscow claims"). */
const CLAIM_VERBS: ReadonlySet<string> = new Set(["claims", "claimed", "claim"]);
/** Words before a name that make it no object's relative clause: a conjunction, "that", a verb of speech's particle. */
const NOT_OBJECT_NOUNS: ReadonlySet<string> = new Set(["and", "but", "or", "as", "that", "while", "when", "where", "because", "since", "though", "although", "if", "so", "meanwhile", "now", "also"]);
/** Words that may end a relative clause after its verb: "the regions Moscow claims before any ceasefire". */
const CLAUSE_AFTER_OBJECT: ReadonlySet<string> = new Set(["before", "after", "until", "since", "in", "as", "and", "but", "while", "when", "from", "to", "under"]);

/** Determiners that leave a speaker unnamed ("a source", "two diplomats", "another official"). */
const CARDINAL_DETERMINERS: ReadonlySet<string> = new Set(["one", "two", "three", "four"]);
const INDEFINITE_DETERMINERS = new Set(["a", "an", "another", ...CARDINAL_DETERMINERS, "several", "some", "many", "other"]);
/** Words after "said to" that make it "said to reporters" (who was told), not the hearsay "said to drop demand". */
const SAID_TO_RECIPIENTS = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "my", "me", "him", "them", "us", "reporters", "journalists", "lawmakers", "parliament", "state", "local"]);
const CLAUSE_STOPS = new Set([".", ";", ":", "—", "(", ")", "!", "?", "…", "“", "”", '"']);
const YEAR = /^(?:19|20)\d\d$/;
/** How many tokens after a count the words of a count joined to it by "and" may name a registry group. */
const JOINED_GROUP_REACH = 16;

/** How many tokens before an ordinal age its operation noun may stand ("the military operation in the northern occupied West Bank entered its third week"). */
const OPERATION_REACH = 16;

/** Number words a ratio is written with ("one in five", "nine in ten"), with their values. */
const RATIO_WORDS: ReadonlyMap<string, number> = new Map([["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7], ["eight", 8], ["nine", 9], ["ten", 10], ["hundred", 100]]);

/** The value of a term of a ratio: a numeral of digits or a number word. */
function ratioValue(t: Token | undefined): number | undefined {
  if (t?.type === "number" && /^\d+$/.test(t.text)) return Number(t.text);
  return t ? RATIO_WORDS.get(t.lower) : undefined;
}
/** Pronouns that, before a reporting verb, carry on the story's named source ("it said", "they added"). */
const PRONOUN_SOURCES = new Set(["it", "they", "he", "she"]);
/** How many tokens before "in one day" may hold the superlative it closes. */
const SUPERLATIVE_REACH = 6;

/** Words of a side's losses ("has lost", "losses"): whom they count is its soldiers unless the words say. */
const LOSS_WORDS: ReadonlySet<string> = new Set(["lost", "losses"]);

/** How many tokens before "after N months of war" are read for the truce or end it is tied to. */
const TRUCE_BEFORE_STRETCH = 12;

/** How many words of a sentence's opening are read for its subject's noun ("The Gaza ceasefire agreement"). */
const SUBJECT_NOUN_WORDS = 5;

/** Words that join one clause or count to the next: a measure before them belongs to the count before them. */
const CLAUSE_JOINS = new Set(["and", "or", "while", "including", "but", "as", "with", "whereas"]);
/** Words after a count that open a clause of its own ("as UN counts civilian dead"); "as of", "as well as" do not. */
const SUBORDINATORS: ReadonlySet<string> = new Set(["as", "while", "whereas"]);
const NP_STOPWORDS = new Set([
  "which", "that", "who", "whose", "as", "on", "after", "before", "since", "while", "when", "but", "and", "with", "to", "has", "have", "had", "was", "were", "is", "are",
  "will", "would", "could", "also", "in", "at", "for", "of", "by", "from", "its", "their", "his", "her", "it",
]);
const AUXILIARIES = new Set(["has", "have", "had", "was", "were", "is", "are", "also", "previously", "earlier", "later", "then", "will", "would", "again", "recently", "separately", "further"]);
/** Words that tie unnamed officials to an institution ("health officials", "a military spokesperson"): a role, not anonymity. */
const INSTITUTION_WORDS = new Set(["health", "military", "defense", "defence", "security", "police", "ministry", "hospital", "medical", "civil", "army", "government", "un", "u.n.", "aid", "humanitarian", "white", "house", "state", "department", "foreign"]);
/**
 * The lexicon's phrases as the tokenizer reads text: a hyphenated word of a table
 * ("hunger-related") is three tokens in a story, so it is three words of its phrase.
 */
function asTokens<T extends { words: readonly string[] }>(phrases: readonly T[]): T[] {
  return phrases.map((phrase) => (phrase.words.some((w) => /[^\p{L}\p{N}]/u.test(w)) ? { ...phrase, words: phrase.words.flatMap((w) => tokenize(w).map((t) => t.lower)) } : phrase));
}

const MEASURE_INDEX = indexPhrases(asTokens(MEASURE_PHRASES));
const GROUP_PHRASE_INDEX = indexPhrases(asTokens(GROUP_PHRASES));
/** The most tokens a measure phrase has. */
const LONGEST_MEASURE = Math.max(...[...MEASURE_INDEX.values()].flat().map((phrase) => phrase.words.length));
const VAGUE_INDEX = indexPhrases(asTokens(VAGUE));
// Hedges are matched backwards from the figure, so they are indexed by their last word.
const QUALIFIER_INDEX = indexPhrases(asTokens(QUALIFIER_PHRASES), "last");
/** The most tokens a personal name may take, with its particles and hyphens. */
const PERSON_NAME_TOKENS = 7;
/** How many tokens back a list of ages may reach to its "aged": five ages with their commas and "and". */
const AGE_LIST_REACH = 10;
/** Verbs that carry a count past a figure, with their object between ({@link COMPARATIVE_VERBS}). */
const CARRY_PAST_VERBS: ReadonlySet<string> = new Set(COMPARATIVE_VERBS.carryPast);
/** How many tokens back from "past" its verb may stand: an article, a possessive (three tokens) and a two-word noun. */
const CARRY_PAST_REACH = 8;
/** Words before "past" that make it an adjective of time ("the past 24 hours", "its past 12 months"). */
const DETERMINERS_BEFORE_PAST = ["the", "this", "its", "their", "these", "those"] as const;

const STANCE_INDEX = indexPhrases(asTokens(STANCE_PHRASES));
/** Words that open a verb's object: a determiner or an object pronoun ("considers the terms", "deems it"). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "it", "them", "any", "all", "such", "both", "each"]);

/** True when a token opens a verb's object: one of {@link OBJECT_OPENERS} or a capitalised name. */
function opensObject(t: Token | undefined): boolean {
  return t !== undefined && t.type === "word" && (OBJECT_OPENERS.has(t.lower) || /^\p{Lu}/u.test(t.text));
}

/** Words after a one-word name's age that go on about the person: "Babu, 32, was killed", "Rana, 9, who". */
const PERSON_AFTER_AGE: ReadonlySet<string> = new Set(["was", "is", "who", "a", "an", "had", "has", "died", "said", "says"]);

/** How many tokens after a verb of view its "as" may stand: an object of up to eight words ("regards the Istanbul format as"). */
const VIEW_AS_REACH = 10;
/** Lowercase words that can stand before a name inside one actor's words ("the", "a senior Israeli official", "the militant group Hamas"). */
const SPEAKER_MODIFIERS = new Set(["the", "a", "an", "senior", "top", "former", "high-ranking", "chief", "deputy", "acting", "militant", "group", "de", "al", "el", "bin", "ibn", "of"]);
/** Role nouns that name a speaker without naming the person ("official", "sources"): the head of an anonymous source's words. */
/** Plural office-holders whose words, unnamed, are an anonymous source ("officials said", "diplomats said"). */
const UNNAMED_GROUPS: ReadonlySet<string> = new Set(["officials", "diplomats", "negotiators", "aides"]);
/** How many tokens before a verb of showing its noun of records may stand ("Figures released on Monday by the ministry show"). */
const SHOWING_REACH = 12;

const SPEAKER_NOUNS = new Set(["official", "officials", "source", "sources", "diplomat", "diplomats", "negotiator", "negotiators", "mediator", "mediators", "aide", "aides", "insider", "insiders", "person", "people"]);
/** Measure words that stand alone ("killed", "injured"), for quick tests of a single token. */
/** True when the measure at `k` is "released" after a noun of published figures ({@link PUBLISHED_DATA_NOUNS}): "figures released by OCHA". */
function releasesData(tokens: readonly Token[], k: number, measure: Measure): boolean {
  return measure === "released" && PUBLISHED_DATA_NOUNS.has(tokens[k - 1]?.lower ?? "");
}

const MEASURE_WORDS = new Set(MEASURE_PHRASES.filter((m) => m.words.length === 1).map((m) => m.words[0]!));
const enum WordRole {
  /** A month name: a date word that is not a date alone. */
  Month,
  /** A weekday, "today" or "yesterday". */
  Day,
  /** A word {@link BlockReader.readAt} can start reading at: an ordinal, a vague amount, a number word. */
  Reading,
}

/**
 * The words at which {@link BlockReader.read} has something to do: date words, and the first words
 * of ordinals ("eighth", "final", "phase 2"), vague amounts ("dozens") and numbers in words ("a",
 * "an", "half", "two"). Every other word is passed over with this one lookup. A word with any role
 * is read, so a word that is both a date word and the start of a reading loses neither.
 */
const WORD_ROLES: ReadonlyMap<string, WordRole> = (() => {
  const roles = new Map<string, WordRole>();
  const reading = [...ORDINALS.keys(), "final", "last", "phase", "stage", ...VAGUE_INDEX.keys(), ...UNITS.keys(), "a", "an", "half", "year", "month", "week"];
  for (const word of reading) roles.set(word, WordRole.Reading);
  for (const word of [...WEEKDAYS, "today", "yesterday"]) roles.set(word, WordRole.Day);
  for (const word of MONTHS) roles.set(word, WordRole.Month);
  return roles;
})();

/** How many tokens after "of" a war word may stand and still be what a length measures ("two years of cross-border fighting"). */
const WAR_WORD_REACH = 6;
/** How many words the one a report quotes may run to, between "quoted" and "as saying" ("quoted Kremlin spokesman Dmitry Peskov as saying"). */
const QUOTED_AS_REACH = 7;
/** How far before "over" and a length the act it spans may stand, in tokens ("to withdraw its forces from southern Lebanon over 60 days"). */
const ACT_TO_COME_REACH = 10;
/** How many capitalised words a name before a possessive may have ("ended Saudi Arabia's eight-year war"). */
const POSSESSOR_NAME_WORDS = 3;
/** How many words open the sentence whose subject a following "it" names ("The Gaza truce", "A US-brokered ceasefire"). */
const PRONOUN_SUBJECT_WORDS = 4;
/** How far after "into" or "since" the truce noun of a truce's age may stand ("into the fragile Gaza ceasefire"), in tokens. */
const TRUCE_AGE_REACH = 5;
/** Verbs of an attack that starts a war, after its party ("after Russia invaded", "since Hamas attacked"). */
const WAR_START_VERBS: ReadonlySet<string> = new Set(["invaded", "attacked", "stormed", "struck"]);
/** How far after a length a rate's opener may stand ("one extra day of calm for every"), in tokens. */
const RATE_REACH = 4;
const RATE_INDEX = indexWords(RATE_OPENERS);
/** How many words after a war's noun its complement may run before its verb ("the 14-month war between Israel and Hezbollah killed"). */
const WAR_COMPLEMENT_WORDS = 8;

/** How many tokens before "by" an extension verb may stand ("extend the four-day truce in Gaza by two days"). */
const EXTENSION_REACH = 12;
/** Nouns of a deadline: a length they set is the time given for an act, not a truce's term. */
const DEADLINE_WORDS: ReadonlySet<string> = new Set(["deadline", "deadlines", "ultimatum"]);
/** How many tokens before a length its deadline's noun may stand. */
const DEADLINE_REACH = 14;
/** How many tokens before "for" and a length its extension verb may stand ("extended twice, for two days"). */
const EXTENSION_FOR_REACH = 4;

/** True for "st", "nd", "rd" or "th" written against the number before it ("21st"). */
function isOrdinalSuffix(t: Token | undefined): boolean {
  return t !== undefined && t.type === "word" && !t.space && (t.lower === "st" || t.lower === "nd" || t.lower === "rd" || t.lower === "th");
}

/** Nouns after a small number that make it a count of phases ("three stages", "a two-tiered"). */
const STAGE_NOUNS = new Set(["stage", "stages", "phase", "phases", "step", "steps", "part", "tier", "tiered"]);
/** Stage nouns that also name the items of a list ("a package of 10 steps"). */
const LIST_STAGE_NOUNS = new Set(["step", "steps", "part"]);
/** Measure nouns that also name who is counted ("hostages"): a verb nearby says more. */
const NOUN_MEASURES = new Set(["hostages", "hostage", "captives", "prisoners", "detainees"]);

/** Word phrases indexed by their first word, so a scan costs one map lookup per token. */
type WordsIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

function indexWords(phrases: readonly (readonly string[])[]): WordsIndex {
  const index = new Map<string, (readonly string[])[]>();
  for (const phrase of phrases) {
    const bucket = index.get(phrase[0]!);
    if (bucket) bucket.push(phrase);
    else index.set(phrase[0]!, [phrase]);
  }
  return index;
}

// A sentence is read as anonymously sourced when it holds a loose cue or an explicit phrase: one index, so one pass.
const ANONYMOUS_INDEX = indexWords([...ANONYMOUS_PHRASES, ...EXPLICIT_ANONYMITY_PHRASES]);
const EXPLICIT_ANONYMITY_INDEX = indexWords(EXPLICIT_ANONYMITY_PHRASES);
const SPEAKER_ACCESS_INDEX = indexWords(SPEAKER_ACCESS_PHRASES);
const ANONYMITY_REASON_INDEX = indexWords(ANONYMITY_REASONS);

/** True when a phrase of `index` lies wholly within tokens `[start, end)`. */
function hasPhrase(index: WordsIndex, tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const bucket = index.get(tokens[k]!.lower);
    if (bucket === undefined) continue;
    for (const phrase of bucket) if (k + phrase.length <= end && matchWords(tokens, k, phrase)) return true;
  }
  return false;
}

/** True when a phrase of `index` starts at a word token in `[start, end)` (it may run past `end`). */
function hasPhraseStartingIn(index: WordsIndex, tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    if (t.type !== "word") continue;
    const bucket = index.get(t.lower);
    if (bucket === undefined) continue;
    for (const phrase of bucket) if (matchWords(tokens, k, phrase)) return true;
  }
  return false;
}

/** How many phrases of `index` start before each token: `counts[k]` for tokens `[0, k)`. */
function phraseStartCounts(index: WordsIndex, tokens: readonly Token[]): number[] {
  const counts: number[] = new Array(tokens.length + 1).fill(0);
  for (let k = 0; k < tokens.length; k++) counts[k + 1] = counts[k]! + (hasPhraseStartingIn(index, tokens, k, k + 1) ? 1 : 0);
  return counts;
}

/** How many of the counted phrases start in tokens `[start, end)`. */
function countBetween(counts: readonly number[], start: number, end: number): number {
  const last = counts.length - 1;
  return end <= start ? 0 : counts[Math.min(end, last)]! - counts[Math.max(0, Math.min(start, last))]!;
}

/** The longest phrase of `index` that starts at token k. */
function phraseAt<T extends { words: readonly string[] }>(index: ReadonlyMap<string, readonly T[]>, tokens: readonly Token[], k: number): T | undefined {
  const bucket = tokens[k] && index.get(tokens[k]!.lower);
  return bucket?.find((phrase) => matchWords(tokens, k, phrase.words));
}

const SEEK_VERBS = new Set(["seeks", "seeking", "sought"]);
/** What people seek for themselves in a war ("seeking shelter", "sought treatment"), which is no negotiating position. */
const NEEDS = new Set(["shelter", "refuge", "safety", "safe", "cover", "treatment", "care", "medical", "food", "water", "aid", "help", "asylum", "protection", "work"]);

/** Participles that after "is" or "was" describe the subject's own stance ("Israel is committed to", "Hamas was opposed to"). */
const STANCE_ADJECTIVES = new Set(["committed", "determined", "concerned", "worried", "opposed", "ready"]);
const BE_FORMS = new Set(["is", "are", "was", "were", "be", "been", "being"]);
const VERB_AUXILIARIES = new Set([...BE_FORMS, "has", "have", "had", "will", "would"]);

/**
 * True when the stance verb at token `k` is a passive: the nearest auxiliary verb of `[j, k)`
 * before it (adverbs such as "also" or "formally" skipped) is a form of "be", and the verb is not
 * an "-ing" form or a stance adjective.
 */
function isPassive(tokens: readonly Token[], j: number, k: number, verb: string): boolean {
  if (verb.endsWith("ing") || STANCE_ADJECTIVES.has(verb)) return false;
  for (let a = k - 1; a >= j; a--) {
    const w = tokens[a]!.lower;
    if (VERB_AUXILIARIES.has(w)) return BE_FORMS.has(w);
  }
  return false;
}

class BlockReader {
  readonly mentions: Mention[] = [];
  readonly attributions: Attribution[] = [];
  readonly positions: PositionMention[] = [];
  /** Spans already claimed by a mention, so the date reader does not read "40 days" as a date. */
  readonly occupied: Span[] = [];
  /** Month, weekday and relative-day words ("Oct", "Saturday", "today"): where dates can be. */
  readonly dateWords: DateWord[] = [];

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly sentences: readonly [number, number][],
    private readonly sentenceOf: readonly number[],
    private readonly quoted: readonly number[],
    private readonly world: World,
  ) {}

  read(): void {
    const { tokens } = this;
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i]!;
      if (t.type === "punct") {
        i += 1;
        continue;
      }
      if (t.type === "word") {
        // One lookup tells most words apart from the few that can start a mention or a date.
        const role = WORD_ROLES.get(t.lower);
        if (role === undefined) {
          i += 1;
          continue;
        }
        if (role !== WordRole.Reading) this.dateWords.push({ from: t.from, to: t.to, token: i, month: role === WordRole.Month });
      }
      const next = this.readAt(i);
      i = next > i ? next : i + 1;
    }
    for (const [start, end] of this.sentences) this.readAttributions(start, end);
    this.nameGlossedSpeakers();
    this.reasonsGivenAfter();
    this.carryAnonymity();
    this.readPositions();
  }

  /**
   * "A Qatari official later said … The official, foreign ministry spokesman Majed al-Ansari, …":
   * a sentence that opens by giving the name of the unnamed speaker of the sentence before it
   * names that speaker, who is then an official by role, not an anonymous source.
   */
  private nameGlossedSpeakers(): void {
    const { tokens } = this;
    for (let s = 1; s < this.sentences.length; s++) {
      const start = this.sentences[s]![0];
      const head = tokens[start + 1];
      if (!isWord(tokens[start], "the", "this") || !head || !UNNAMED_SPEAKER_NOUNS.has(head.lower) || !isPunct(tokens[start + 2], ",")) continue;
      let named = false;
      for (let k = start + 3; k < Math.min(this.sentences[s]![1], start + 10) && !isPunct(tokens[k], ","); k++) if (tokens[k]!.type === "word" && /^\p{Lu}/u.test(tokens[k]!.text)) named = true;
      if (!named) continue;
      for (const a of this.attributions) {
        if (a.sentence !== s - 1 || a.strength !== "anonymous" || !a.name.toLowerCase().split(/\s+/).includes(head.lower)) continue;
        a.strength = "role";
        delete a.explicitAnonymity;
        delete a.anonymityReason;
      }
    }
  }

  /**
   * "… a senior administration official told reporters. The official was granted anonymity to
   * discuss sensitive talks.": a sentence that opens with the unnamed speaker of the sentence
   * before it (by its noun or a pronoun) and says why that speaker is unnamed gives the reason
   * for that source.
   */
  private reasonsGivenAfter(): void {
    const { tokens } = this;
    for (let s = 1; s < this.sentences.length; s++) {
      const [start, end] = this.sentences[s]!;
      const opener = tokens[start];
      const pronoun = isWord(opener, "he", "she", "they");
      const head = isWord(opener, "the", "this") ? tokens[start + 1] : undefined;
      if (!pronoun && !(head && UNNAMED_SPEAKER_NOUNS.has(head.lower))) continue;
      // Asked only when the sentence before has an unnamed source with no reason: most have none.
      if (!this.attributions.some((a) => a.sentence === s - 1 && a.strength === "anonymous" && !a.anonymityReason)) continue;
      if (!this.hasExplicitAnonymity(start, end) || !this.givesAnonymityReason(start, end)) continue;
      for (const a of this.attributions) {
        if (a.sentence !== s - 1 || a.strength !== "anonymous" || a.anonymityReason) continue;
        if (head && !a.name.toLowerCase().split(/\s+/).includes(head.lower)) continue;
        a.explicitAnonymity = true;
        a.anonymityReason = true;
      }
    }
  }

  /**
   * "The official said …" after "a senior official, speaking on condition of anonymity, …" is the
   * same unnamed person: a definite, unnamed speaker keeps the anonymity of the one before it.
   */
  private carryAnonymity(): void {
    let previous: Attribution | undefined;
    for (const a of this.attributions) {
      const head = a.name.slice(a.name.search(/\S*$/)).toLowerCase();
      if (previous && SPEAKER_NOUNS.has(head) && /^(?:the|this|that|these|those)\s/i.test(a.text) && !/\p{Lu}/u.test(a.name.slice(1))) {
        a.strength = "anonymous";
        if (previous.affiliation && !a.affiliation) a.affiliation = previous.affiliation;
        continue;
      }
      if (a.strength === "anonymous") previous = a;
    }
  }

  /**
   * Stances stated in the block: an actor, a stance phrase and the topic after it ("Hamas has been
   * pushing for a complete cessation of hostilities", "Israel's commitment to the invasion of
   * Rafah"). One phrase-index lookup per word, so the pass stays linear.
   */
  private readPositions(): void {
    const { tokens } = this;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.type !== "word") continue;
      const bucket = STANCE_INDEX.get(t.lower);
      if (!bucket) continue;
      // A loop, not \`bucket.find\` with a closure: a closure over \`k\` would make every pass of
      // this loop, one per token, allocate a context for it.
      let verbEnd = -1;
      let phrase: (typeof bucket)[number] | undefined;
      for (const p of bucket) {
        verbEnd = stancePhraseEnd(tokens, k, p.words);
        if (verbEnd >= 0) {
          phrase = p;
          break;
        }
      }
      if (!phrase) continue;
      // "regards the format as a return": a verb of view states one only with its "as".
      if (phrase.asComplement && !this.asWithin(verbEnd)) continue;
      // "considers the sanctions unnecessary": a view of an object it names; "territory Israel
      // considers sovereign" leaves its object out, describing the noun before it.
      if (phrase.asComplement === false && !opensObject(tokens[verbEnd])) continue;
      // "was rejected by Hamas": the subject is not the actor; "Iran-backed": an adjective.
      if (isWord(tokens[verbEnd], "by") || (tokens[k - 1]?.type === "punct" && !t.space)) continue;
      // "Under those terms, ... with Israel offering ...", "If Hamas rejects the plan, ...": a deal's term or a condition.
      if (this.opensWithTerm(this.sentenceOf[k]!)) continue;
      const sentenceStart = this.sentences[this.sentenceOf[k]!]![0];
      let actor: [number, number] | undefined;
      let negated = false;
      if (phrase.noun) {
        actor = this.possessorBefore(k, sentenceStart);
      } else {
        let j = k;
        while (j > sentenceStart && (STANCE_AUXILIARIES.has(tokens[j - 1]!.lower) || (tokens[j - 1]!.type === "word" && /^[a-z]{3,}ly$/.test(tokens[j - 1]!.text)))) {
          if (NEGATIONS.has(tokens[j - 1]!.lower)) negated = true;
          j -= 1;
        }
        if (isPunct(tokens[j - 1], "'", "’") || isWord(tokens[j - 1], "to") || (phrase.onlyNegated && !negated)) continue;
        // "Israel and Hamas agree to": a base form is a stance only after an auxiliary ("will not agree to").
        if (j === k && BARE_STANCE_VERBS.has(phrase.words[0]!)) continue;
        // "Hamas on Friday rejected the plan": the subject is before the day.
        j = this.beforeTimeAdverbial(j, sentenceStart);
        // "A ceasefire was proposed", "the deal has been rejected": a passive, whose subject is
        // what the stance is about, not who holds it. "Israel is committed to" is an adjective.
        if (isPassive(tokens, j, k, phrase.words[0]!)) continue;
        // "thousands are seeking shelter in Rafah": a need, not a demand made of the other side.
        if (SEEK_VERBS.has(phrase.words[0]!) && NEEDS.has(tokens[verbEnd]?.lower ?? "")) continue;
        let np = this.nounPhraseBefore(j, sentenceStart);
        // "Hezbollah, weakened by the killing of its leaders, wants the truce to hold": a
        // description between commas after the subject is passed over to it.
        if (!np && isPunct(tokens[j - 1], ",")) {
          const open = this.asideOpening(j - 1, sentenceStart);
          if (open !== undefined && (isParticipleAside(tokens[open + 1]) || isWord(tokens[open + 1], "which", "who"))) np = this.nounPhraseBefore(open, sentenceStart);
        }
        if (np && !(np[1] - np[0] === 1 && NP_STOPWORDS.has(tokens[np[0]]!.lower))) actor = np;
        // "Hamas stayed away from the Doha round and wants Israel to abide by the framework": a
        // predicate joined by "and" shares the subject the sentence opens with, when that is an actor's name.
        // After a comma only when the sentence's first stance is that name's ("Russia rejects the
        // ceasefire Kyiv has called for, and wants Ukrainian troops out").
        if (!actor && isWord(tokens[j - 1], "and") && (!isPunct(tokens[j - 2], ",") || this.positions.some((p) => p.sentence === this.sentenceOf[k] && p.actorSpan.from === tokens[sentenceStart]!.from)) && this.actorAt(sentenceStart)) {
          let name = sentenceStart;
          while (name < j - 1 && /^\p{Lu}/u.test(tokens[name]!.text)) name += 1;
          np = actor = [sentenceStart, name];
        }
        // "told reporters the group wanted": a clause without "that" after an object; the actor
        // starts at the last article.
        if (np && actor) {
          for (let c = np[1] - 1; c > np[0]; c--) {
            if (isWord(tokens[c], "the", "a", "an")) {
              np = [c, np[1]];
              actor = np;
              break;
            }
          }
        }
        // "a sequence Israel has refused": a relative clause without "that"; the actor is the name.
        if (np && actor) {
          for (let c = np[0] + 2; c < np[1]; c++) {
            const w = tokens[c - 1]!;
            if (/^\p{Lu}/u.test(tokens[c]!.text) && w.type === "word" && /^\p{Ll}/u.test(w.text) && !SPEAKER_MODIFIERS.has(w.lower)) {
              np = [c, np[1]];
              actor = np;
              break;
            }
          }
        }
      }
      if (!actor) continue;
      // "Israel will strike if the group breaches the terms", "unless Hamas accepts": what a party
      // might do in a condition is no stance it holds, nor a charge made.
      if (CONDITION_OPENERS.has(tokens[actor[0] - 1]?.lower ?? "") || isWord(tokens[actor[0] - 1], "whether")) continue;
      // "judges ruled in January that Israel must prevent ...", "Hamas demanded that Israel must
      // withdraw": a "must" in what another body ordered or demanded is that body's demand, not
      // the actor's stance.
      if (phrase.words[0] === "must" && this.orderedBefore(actor[0], sentenceStart)) continue;
      // "Russia and Ukraine have agreed": a joint act, not one party's stance. "three days after
      // Ukraine accepted the proposal": an event that dates another, not a stance stated.
      // A body's own declaration stays a statement wherever it stands ("since the UN declared famine").
      if (this.isJointActor(actor) || (!phrase.speech && this.isDatingClause(actor, phrase.words[0]!))) continue;
      this.pushPosition(actor, k, verbEnd, phrase.stance, phrase.speech, negated, verbEnd, phrase.charge);
      k = verbEnd - 1;
    }
    this.readHedgedStances();
    this.readForActorStances();
    this.readFutureStances();
    this.positions.sort((a, b) => a.from - b.from);
  }

  /** True when "as" follows token `from` within {@link VIEW_AS_REACH} tokens, before a comma or the sentence's end: a verb of view's complement. */
  private asWithin(from: number): boolean {
    const { tokens } = this;
    const end = Math.min(this.sentences[this.sentenceOf[from - 1]!]![1], from + VIEW_AS_REACH);
    for (let j = from; j < end; j++) {
      if (isPunct(tokens[j], ",", ";", ":")) return false;
      if (isWord(tokens[j], "as")) return true;
    }
    return false;
  }

  /** Records the stance of the actor words `actor`, stated by the words `[verbAt, verbEnd)`, with its topic after them. */
  private pushPosition(actor: [number, number], verbAt: number, verbEnd: number, stance: Stance, speech: boolean, negated: boolean, topicFrom = verbEnd, charge = false): void {
    const { tokens } = this;
    // "Hamas will free no more captives unless Israel first agrees to end the war": what a
    // condition asks of a party is the other side's demand, not that party's stance.
    if (CONDITION_OPENERS.has(tokens[actor[0]]!.lower)) return;
    const sentence = this.sentenceOf[verbAt]!;
    const topicEnd = this.topicEnd(topicFrom, this.sentences[sentence]![1]);
    const first = tokens[actor[0]]!;
    const lastActor = tokens[actor[1] - 1]!;
    const verbFrom = tokens[verbAt]!.from;
    const verbTo = tokens[verbEnd - 1]!.to;
    const topicSpan = topicEnd > verbEnd ? { from: tokens[verbEnd]!.from, to: tokens[topicEnd - 1]!.to } : { from: verbTo, to: verbTo };
    const to = Math.max(topicSpan.to, verbTo);
    const actorText = this.text.slice(first.from, lastActor.to).replace(/^(?:the|a|an)\s+/i, "");
    this.positions.push({
      kind: "position",
      from: first.from,
      to,
      text: this.text.slice(first.from, to),
      actor: actorText,
      actorSpan: { from: first.from, to: lastActor.to },
      stance,
      verb: this.text.slice(verbFrom, verbTo),
      verbSpan: { from: verbFrom, to: verbTo },
      topic: this.text.slice(topicSpan.from, topicSpan.to),
      topicSpan,
      quotes: this.quotesIn(verbEnd, topicEnd),
      speech,
      negated,
      ...(charge ? { charge } : {}),
      sentence,
      quoted: this.quoted[verbAt] === 1,
    });
  }

  /** True when the actor words are the last of several joined by "and" ("Russia and Ukraine have agreed"): a joint act. */
  private isJointActor(actor: [number, number]): boolean {
    const { tokens } = this;
    const before = tokens[actor[0] - 1];
    const other = tokens[actor[0] - 2];
    return isWord(before, "and") && other !== undefined && other.type === "word" && (/^\p{Lu}/u.test(other.text) || this.actorAt(actor[0] - 2) !== undefined);
  }

  /**
   * True when the stance sits in a clause that dates something else: "after Ukraine accepted the
   * proposal", "within 72 hours of Israel publicly accepting the deal". The story uses the act as a
   * point in time; it does not state it as the party's position.
   */
  private isDatingClause(actor: [number, number], verb: string): boolean {
    const { tokens } = this;
    const before = tokens[actor[0] - 1];
    if (isWord(before, "after", "before", "since", "until", "once", "following", "upon")) return true;
    if (!verb.endsWith("ing")) return false;
    for (let k = actor[0] - 1; k < actor[1]; k++) if (isWord(tokens[k], "of")) return true;
    return false;
  }

  /**
   * Stances reported as hearsay: "Israel is said to have softened its position", "Israel said to
   * stay away" (a headline). The hedge is no source, so the stance is recorded with the hedge as
   * its verb and no speech.
   */
  private readHedgedStances(): void {
    const { tokens } = this;
    for (let k = 1; k < tokens.length; k++) {
      if (tokens[k]!.type !== "word" || !this.isHedge(k)) continue;
      const sentence = this.sentenceOf[k]!;
      const sentenceStart = this.sentences[sentence]![0];
      let j = k;
      while (j > sentenceStart && (BE_FORMS.has(tokens[j - 1]!.lower) || STANCE_AUXILIARIES.has(tokens[j - 1]!.lower))) j -= 1;
      const actor = this.nounPhraseBefore(j, sentenceStart);
      if (!actor || (actor[1] - actor[0] === 1 && NP_STOPWORDS.has(tokens[actor[0]]!.lower)) || this.isJointActor(actor)) continue;
      this.pushPosition(actor, j < k ? j : k, k + 2, "states", false, false);
    }
  }

  /**
   * What a party says it will or will not do, stated as the story's own fact: "Israel will not end
   * the war before dismantling Hamas", "Israeli forces will remain in Gaza", "Ukraine would
   * respond in kind". The actor's words must name an actor of the world; a proposal's terms
   * ("Under the plan, Hamas would free …") and conditions ("if …") are not stances.
   */
  private readFutureStances(): void {
    const { tokens } = this;
    const taken = new Set(this.positions.map((p) => p.verbSpan.from));
    for (let k = 1; k < tokens.length; k++) {
      // "won't", "wouldn't": the auxiliary and its negation in one word.
      const modal = NEGATIVE_CONTRACTIONS.get(tokens[k]!.lower) ?? tokens[k]!.lower;
      if (modal !== "will" && modal !== "would") continue;
      const sentence = this.sentenceOf[k]!;
      const [sentenceStart, sentenceEnd] = this.sentences[sentence]!;
      if (this.isConditionOrTerm(sentence, k)) continue;
      let v = k + 1;
      let negated = modal !== tokens[k]!.lower;
      while (v < sentenceEnd && (NEGATIONS.has(tokens[v]!.lower) || isWord(tokens[v], "now", "still", "also", "then", "only") || (tokens[v]!.type === "word" && /^[a-z]{3,}ly$/.test(tokens[v]!.text)))) {
        if (NEGATIONS.has(tokens[v]!.lower)) negated = true;
        v += 1;
      }
      const verb = tokens[v];
      if (!verb || verb.type !== "word" || !/^\p{Ll}+$/u.test(verb.text) || VERB_AUXILIARIES.has(verb.lower) || isWord(verb, "need", "likely", "probably") || taken.has(verb.from)) continue;
      // A plan ("will meet") is no stance; a refusal ("will not meet to approve the deal until …") is.
      // A deal's term ("Israel would free 1,000 prisoners") is no stance; a refusal in the party's
      // own future ("Hezbollah will not hand over its weapons") is.
      // A term the party sets a condition on ("Israel would release them only if the sides agree on
      // a permanent ceasefire") is its demand.
      // "will not hand over" is a refusal already; "would not hand over ... while ..." is one by its condition.
      const condition = TERM_VERBS.has(verb.lower) ? this.conditionAfter(v + 1, sentenceEnd, negated && modal !== "will") : -1;
      const conditional = condition >= 0;
      if (STANCE_INDEX.has(verb.lower) || (TERM_VERBS.has(verb.lower) && !conditional && !(negated && modal === "will")) || (SCHEDULE_VERBS.has(verb.lower) && !negated) || UNDERGOING_VERBS.has(verb.lower)) continue;
      let actor = this.nounPhraseBefore(k, sentenceStart);
      // "Israel, which has not yet replied, will not withdraw": a description between commas after the subject is passed over.
      if (!actor && isPunct(tokens[k - 1], ",")) {
        const open = this.asideOpening(k - 1, sentenceStart);
        if (open !== undefined && (isParticipleAside(tokens[open + 1]) || isWord(tokens[open + 1], "which", "who"))) actor = this.nounPhraseBefore(open, sentenceStart);
      }
      // "The group will not hand over its weapons": the story's group, named by its anaphor.
      const anaphor = actor !== undefined && actor[1] - actor[0] <= 3 && isWord(tokens[actor[0]], "the") && GROUP_ANAPHOR_NOUNS.has(tokens[actor[1] - 1]!.lower);
      if (!actor || (!anaphor && this.affiliationOf(actor[0], actor[1]) === undefined) || this.isJointActor(actor) || this.isDatingClause(actor, verb.lower)) continue;
      // "The Israeli withdrawal will test whether ...": an act, not the party its modifier names.
      // The head stands before a preposition the phrase goes on with ("Russia's war against Ukraine").
      let headAt = actor[0];
      while (headAt + 1 < actor[1] && !HEAD_ENDING_PREPOSITIONS.has(tokens[headAt + 1]!.lower)) headAt += 1;
      const head = tokens[headAt]!.lower;
      if (ACT_NOUNS.has(head) || WAR_WORDS.has(head) || TRUCE_WORDS.has(head) || DEAL_WORDS.has(head)) continue;
      // "$100 billion of frozen Russian assets would go to a fund": a thing a party's word modifies
      // does nothing of its own will. The actor is a party's name or the people and bodies that act for it.
      if (!anaphor && headAt > actor[0] && /^\p{Ll}/u.test(tokens[headAt]!.text) && !this.isAgentNoun(head)) continue;
      // "in which Hamas would free …", "saying Israel will press on": a clause inside another, whose words are a term or the speaker's.
      let reported = false;
      for (let c = actor[0] - 1; c < actor[1] && !reported; c++) {
        const w = tokens[c];
        reported = w !== undefined && w.type === "word" && (isWord(w, "which", "whom", "that", "who") || SELF_REPORT_WORDS.has(w.lower) || REPORTING_VERBS.has(w.lower));
      }
      if (reported) continue;
      // A condition's topic runs through the condition ("... only if the sides agree on a permanent ceasefire").
      if (conditional) this.pushPosition(actor, k, v + 1, "demands", false, negated, condition + 2);
      else this.pushPosition(actor, k, v + 1, "commits-to", false, negated);
    }
  }

  /** Where the clause from token `from` sets a condition ("only if", "only after", "only once", "only when"): the index of "only", or -1. */
  private conditionAfter(from: number, end: number, negated = false): number {
    const { tokens } = this;
    for (let c = from; c + 1 < end; c++) {
      const t = tokens[c]!;
      if (t.type === "punct" && (t.text === ";" || t.text === ":")) return -1;
      if (isWord(t, "only") && isWord(tokens[c + 1], "if", "after", "once", "when")) return c;
      // A refusal's condition ("would not hand over its weapons while Israel kept up its attacks"): REFUSAL_CONDITIONS.
      if (negated && REFUSAL_CONDITIONS.some((phrase) => matchWords(tokens, c, phrase))) return c;
    }
    return -1;
  }

  /**
   * True when the words before token `k` in its sentence make what follows a condition or a
   * proposal's term: "If Hamas …", "Under the plan, …", "unless", or a phase of a deal ("In a
   * second phase, … Israeli forces would leave Gaza").
   */
  private isConditionOrTerm(sentence: number, k: number): boolean {
    // The first such word of each sentence, found once: a sentence with many "will"s stays linear.
    this.conditionAt ??= new Array<number>(this.sentences.length).fill(-2);
    let at = this.conditionAt[sentence]!;
    if (at === -2) {
      const [from, to] = this.sentences[sentence]!;
      at = -1;
      for (let c = from; c < to && at < 0; c++) {
        const t = this.tokens[c]!;
        if (isWord(t, "if", "under", "unless", "whether") || (t.type === "word" && DEAL_PHASE_NOUNS.has(t.lower)) || this.elidedPhase(c)) at = c;
      }
      this.conditionAt[sentence] = at;
    }
    return at >= 0 && at < k;
  }

  /**
   * True when "In the first," or "During the second," stands at token `c`: a phase named by its
   * ordinal alone, after a sentence that named the phases ("The plan has three phases. In the
   * first, lasting six weeks, Israeli forces would leave populated areas").
   */
  private elidedPhase(c: number): boolean {
    const { tokens } = this;
    return isWord(tokens[c], "in", "during") && isWord(tokens[c + 1], "the") && ORDINALS.has(tokens[c + 2]?.lower ?? "") && isPunct(tokens[c + 3], ",");
  }

  /**
   * True when sentence `sentence` opens with a condition ("If", "Unless") or with "Under" and a
   * deal's text ({@link TERM_NOUNS}: "Under those terms,", "Under the plan,"): what it says of a
   * party is a condition or a term, not the party's stance. "Under pressure from Washington" is neither.
   */
  private opensWithTerm(sentence: number): boolean {
    const { tokens } = this;
    const [from, to] = this.sentences[sentence]!;
    if (isWord(tokens[from], "if", "unless")) return true;
    if (!isWord(tokens[from], "under")) return false;
    for (let k = from + 1; k < Math.min(to, from + 5); k++) {
      const t = tokens[k]!;
      if (t.type !== "word") return false;
      if (TERM_NOUNS.has(t.lower)) return true;
    }
    return false;
  }

  /** Per sentence, the token of its first condition or term word ({@link isConditionOrTerm}); -1 for none, -2 not yet read. */
  private conditionAt: number[] | undefined;

  /**
   * "For Hamas, any deal should end the war": a stance given as what a party requires, in a
   * sentence that opens with "For" and the party, then says what should or must be.
   */
  private readForActorStances(): void {
    const { tokens } = this;
    for (const [start, end] of this.sentences) {
      if (!isWord(tokens[start], "for")) continue;
      let comma = start + 1;
      while (comma < end && comma < start + 6 && !isPunct(tokens[comma], ",")) comma += 1;
      if (!isPunct(tokens[comma], ",") || this.affiliationOf(start + 1, comma) === undefined) continue;
      for (let k = comma + 1; k < Math.min(end, comma + 10); k++) {
        if (tokens[k]!.type === "punct") break;
        if (!isWord(tokens[k], "should", "must")) continue;
        const negated = NEGATIONS.has(tokens[k + 1]?.lower ?? "");
        this.pushPosition([start + 1, comma], k, k + 1, "demands", false, negated);
        break;
      }
    }
  }

    /** The possessor of a noun stance: "Israel's commitment to", "Hamas's firm demand for". */
  private possessorBefore(k: number, sentenceStart: number): [number, number] | undefined {
    const { tokens } = this;
    let s = k;
    // One adjective may sit between the possessive and the noun ("Israel's firm commitment").
    if (!(tokens[s - 1]?.lower === "s" && isPunct(tokens[s - 2], "'", "’")) && tokens[s - 1]?.type === "word") s -= 1;
    if (!(tokens[s - 1]?.lower === "s" && isPunct(tokens[s - 2], "'", "’"))) return undefined;
    const end = s - 2;
    let from = end;
    while (from > sentenceStart && from > end - 5) {
      const w = tokens[from - 1]!;
      if (w.type !== "word" || NP_STOPWORDS.has(w.lower) || REPORTING_VERBS.has(w.lower)) break;
      from -= 1;
    }
    return from < end ? [from, end] : undefined;
  }

  /** Where a topic ends: a clause stop, a new clause ("while", "but"), "and" before a new verb, or 18 words. */
  private topicEnd(from: number, sentenceEnd: number): number {
    const { tokens } = this;
    let k = from;
    const limit = Math.min(sentenceEnd, from + 18);
    while (k < limit) {
      const t = tokens[k]!;
      // "a U.S. proposal": an abbreviation's full stop ends no topic.
      const joining = ((t.text === "-" || t.text === "–") && !t.space && tokens[k + 1] !== undefined && !tokens[k + 1]!.space) || isAbbreviationDot(tokens, k);
      if (t.type === "punct" && !joining && t.text !== "“" && t.text !== "”" && t.text !== '"' && t.text !== "'" && t.text !== "’" && t.text !== "‘") break;
      if (t.type === "word" && k > from && TOPIC_STOPS.has(t.lower)) break;
      if (t.type === "word" && t.lower === "and" && k > from) {
        const next = tokens[k + 1];
        if (next && next.type === "word" && (REPORTING_VERBS.has(next.lower) || STANCE_INDEX.has(next.lower) || /^[a-z]+ed$/.test(next.text))) break;
      }
      k += 1;
    }
    // A closing quote that ends the topic belongs to it; a dangling opening one does not.
    while (k > from && tokens[k - 1]!.type === "punct" && tokens[k - 1]!.text !== "”" && tokens[k - 1]!.text !== '"') k -= 1;
    return k;
  }

  /** The runs of quoted words between token indexes `[from, to)`. */
  private quotesIn(from: number, to: number): string[] {
    const out: string[] = [];
    let start = -1;
    for (let k = from; k <= to; k++) {
      const inside = k < to && this.quoted[k] === 1;
      if (inside && start < 0) start = k;
      if (!inside && start >= 0) {
        const end = k;
        out.push(this.text.slice(this.tokens[start]!.from, this.tokens[end - 1]!.to));
        start = -1;
      }
    }
    return out;
  }

  /** Reads whatever starts at token i; returns the index after it (or i when nothing does). */
  private readAt(i: number): number {
    const { tokens } = this;
    const t = tokens[i]!;
    if (t.type === "word") {
      const ordinal = this.readOrdinal(i);
      if (ordinal > i) return ordinal;
      const vague = this.readVague(i);
      if (vague > i) return vague;
      const age = this.readUnitAge(i);
      if (age > i) return age;
    } else if (t.type === "number" && isOrdinalSuffix(tokens[i + 1])) {
      const ordinal = this.readOrdinal(i);
      if (ordinal > i) return ordinal;
    }
    if (t.type !== "number" && !(t.type === "word" && (UNITS.has(t.lower) || t.lower === "a" || t.lower === "an" || t.lower === "half"))) return i;
    // "the toll since October 7 to 24,448": the day of a date starts no range with the count after it.
    if (t.type === "number" && isDayOfDate(tokens, i)) return i + 1;
    const num = readNumber(tokens, i);
    if (!num) return i;
    return this.classify(i, num);
  }

  /** "in its eighth month", "the second phase", "the initial stage". */
  private readOrdinal(i: number): number {
    const { tokens } = this;
    const t = tokens[i]!;
    let index = ORDINALS.get(t.lower);
    let nounAt = i + 1;
    // "its 21st month": a numeric ordinal is a number and its suffix.
    if (t.type === "number" && /^\d{1,3}$/.test(t.text) && isOrdinalSuffix(tokens[i + 1])) {
      index = Number(t.text);
      nounAt = i + 2;
    }
    if (index === undefined && (t.lower === "final" || t.lower === "last")) index = -1;
    if (index === undefined) {
      // "phase 2", "stage one"
      if ((t.lower === "phase" || t.lower === "stage") && tokens[i + 1]) {
        const n = tokens[i + 1]!;
        const value = n.type === "number" && /^\d{1,2}$/.test(n.text) ? Number(n.text) : UNITS.get(n.lower);
        if (value !== undefined && value >= 1 && value <= 12) {
          this.push({ kind: "phase", index: value, noun: t.lower, ...this.span(i, i + 2) });
          return i + 2;
        }
      }
      return i;
    }
    if (isJoiningHyphen(tokens, nounAt)) nounAt += 1;
    const noun = tokens[nounAt];
    if (!noun || noun.type !== "word") return i;
    if (noun.lower === "phase" || noun.lower === "stage" || noun.lower === "phases" || noun.lower === "stages" || noun.lower === "round" || noun.lower === "part") {
      if (index === -1) return i;
      this.push({ kind: "phase", index, noun: noun.lower, ...this.span(i, nounAt + 1) });
      return nounAt + 1;
    }
    const unit = TIME_UNITS.get(noun.lower);
    // "the war entered what is now the third year of full-scale fighting", "marks the second year
    // of the war": after a copula or "marks", the ordinal is an age when a war word follows "of".
    const warOf = isWord(tokens[nounAt + 1], "of") && this.findWarWord(nounAt + 2, Math.min(this.sentenceEnd(i), nounAt + 2 + WAR_WORD_REACH)) !== undefined;
    // "Russia has lost 451,730 soldiers on the 790th day of the war": a day's ordinal of the war in
    // a clause told in the present or perfect is the war's age now ("On the 100th day of the war,
    // Hamas released ..." tells of a day past).
    const copulaAge = isWord(tokens[i - 1], "the") && warOf && (isWord(tokens[i - 2], "now", "is", "was", "marks", "marked", "marking") || (index >= 2 && unit?.unit === "day" && this.presentBefore(i - 1)));
    // "Today is the 25th day of the truce": after a copula, the ordinal of a truce is its age.
    const truceOfAt = isWord(tokens[nounAt + 1], "of") ? (isWord(tokens[nounAt + 2], "the", "this") ? nounAt + 3 : -1) : -1;
    const truceNoun = truceOfAt > 0 ? tokens[truceOfAt]?.lower : undefined;
    if (unit && unit.unit !== "hour" && index > 0 && truceNoun !== undefined && TRUCE_AGE_NOUNS.has(truceNoun) && isWord(tokens[i - 1], "the") && isWord(tokens[i - 2], "now", "is", "marks", "marking")) {
      this.push({ kind: "elapsed", amount: index, unit: unit.unit as "day" | "week" | "month" | "year", qualifier: "exact", ordinal: true, subject: truceNoun, number: { from: t.from, to: t.to }, ...this.span(i - 1, truceOfAt + 1) });
      return truceOfAt + 1;
    }
    if (unit && unit.unit !== "hour" && index > 0 && isWord(tokens[i - 1], "its", "the") && (isWord(tokens[i - 2], "in", "into", "enters", "entered", "entering") || isWord(tokens[i - 1], "its") || copulaAge)) {
      const start = isWord(tokens[i - 2], "in", "into") ? i - 2 : i - 1;
      // "The ceasefire agreement, mediated by ..., entered its fourth week": "its" is the subject's,
      // the truce's age ("a truce between Israel and Hamas, now in its sixth day") or an operation's.
      const ownSubject = isWord(tokens[i - 1], "its") ? (this.truceBeforeWhich(start) ?? this.truceOrOperationSubject(start)) : undefined;
      if (ownSubject !== undefined && !TRUCE_AGE_NOUNS.has(ownSubject)) return nounAt + 1;
      // "the military operation in the northern West Bank entered its third week": the age of one
      // operation, when an operation noun stands nearer before it than a war word.
      if (ownSubject === undefined && this.operationBefore(start)) return nounAt + 1;
      // "in the sixth week of a ceasefire", "in the second month of the siege": another thing's age.
      if (isWord(tokens[nounAt + 1], "of")) {
        const of = isWord(tokens[nounAt + 2], "a", "an", "the", "its", "their") ? nounAt + 3 : nounAt + 2;
        const w = tokens[of]?.lower ?? "";
        if (TRUCE_WORDS.has(w) || OPERATION_WORDS.has(w)) return nounAt + 1;
      }
      const subject = ownSubject ?? this.findWarWord(nounAt + 1, this.sentenceEnd(i)) ?? this.findWarWordBefore(start) ?? "war";
      this.push({
        kind: "elapsed",
        amount: index,
        unit: unit.unit as "day" | "week" | "month" | "year",
        qualifier: "exact",
        ordinal: true,
        subject,
        number: { from: t.from, to: t.to },
        ...this.span(start, nounAt + 1),
      });
      return nounAt + 1;
    }
    return i;
  }

  private readVague(i: number): number {
    const { tokens } = this;
    const vague = phraseAt(VAGUE_INDEX, tokens, i);
    if (vague) {
      const end = i + vague.words.length;
      // "a dozen" is an exact count; the others are ranges.
      const exact = vague.low === vague.high;
      const q = this.readQualifierBefore(i);
      const start = q ? q.start : i;
      const count: CountMention = {
        kind: "count",
        quantity: exact ? { value: vague.low, qualifier: q?.qualifier ?? "exact" } : { low: vague.low, high: vague.high, qualifier: q?.qualifier ?? "exact" },
        number: { from: tokens[i]!.from, to: tokens[end - 1]!.to },
        vague: !exact,
        ...(q ? { qualifierText: q.text } : {}),
        ...this.span(start, end),
        ...this.describe(start, end),
      };
      this.push(count);
      return end;
    }
    return i;
  }

  /** Decides what a number is: a duration, an elapsed time, a phase count, a count of people, or none of these. */
  private classify(i: number, num: NumberRead): number {
    const { tokens } = this;
    // "more than two and a half years of war": a half before a unit of time is part of the amount.
    if (isWord(tokens[num.end], "and") && isWord(tokens[num.end + 1], "a") && isWord(tokens[num.end + 2], "half") && tokens[num.end + 3]?.type === "word" && TIME_UNITS.has(tokens[num.end + 3]!.lower)) {
      num = { ...num, value: num.value + 0.5, end: num.end + 3, to: tokens[num.end + 2]!.to };
    }
    let j = num.end;
    if (isJoiningHyphen(tokens, j)) j += 1;
    const after = tokens[j];
    const before = tokens[i - 1];

    // Ages: "a 12-year-old", "aged 12", "12 years old".
    // "The war, now more than three years old, ..." is the war's age, set after it.
    // "Russia's nearly three-year-old full-scale invasion" is the war's: read on as a length below.
    if (after && (after.lower === "year" || after.lower === "years") && (isWord(tokens[j + 2], "old") || isWord(tokens[j + 1], "old")) && !(isWord(tokens[j + 1], "old") && this.ageNounBefore(this.readQualifierBefore(i)?.start ?? i, this.sentenceStart(i))) && !(isWord(tokens[j + 2], "old") && this.warOrTruceAfterAge(j + 3, this.sentenceEnd(i)))) return Math.min(j + 3, tokens.length);
    if (isWord(before, "aged", "age", "ages")) return num.end;

    if (after && after.type === "word") {
      const unit = TIME_UNITS.get(after.lower);
      if (unit) return this.readTime(i, num, j, unit);
      if (EXTENSION_WORDS.has(after.lower) && !num.low) {
        const extended = this.readExtraTime(i, num, j);
        if (extended > i) return extended;
      }
      // "a package of 10 steps" lists measures: a step or part counts phases only as "three-step" or "in three steps".
      const stepsOfPlan = LIST_STAGE_NOUNS.has(after.lower) && !(j > num.end || isWord(tokens[i - 1], "in"));
      if (STAGE_NOUNS.has(after.lower) && num.value >= 1 && num.value <= 12 && !num.low && !stepsOfPlan) {
        // "two stages of reconstruction": the stages of another act, not a deal's phases.
        if (isWord(tokens[j + 1], "of") && this.stagesOfAnAct(j + 2, Math.min(this.sentenceEnd(i), j + 5))) return j + 1;
        this.push({ kind: "stage-count", count: num.value, noun: after.lower.replace(/s$/, ""), ...this.span(i, j + 1) });
        return j + 1;
      }
    }
    if (this.isNotACount(i, num)) return num.end;
    if (num.word && num.value === 1 && !this.hasCountedNoun(num.end)) return num.end;
    if (num.word && num.value < 10 && !this.hasCountedNoun(num.end)) return num.end;

    // "passing the 3,000 mark": a comparative verb before "the" and a milestone hedges the figure.
    const milestone = isWord(tokens[i - 1], "the") && FIGURE_MILESTONE_NOUNS.has(tokens[num.end]?.lower ?? "");
    const q = this.readQualifierBefore(i) ?? (milestone ? this.readQualifierBefore(i - 1) : undefined);
    const start = q ? q.start : i;
    let end = num.end;
    let qualifier: Qualifier = q?.qualifier ?? "exact";
    if (num.plus) qualifier = "over";
    const quantity =
      num.low !== undefined && num.high !== undefined
        ? { low: num.low, high: num.high, qualifier }
        : { value: num.value, qualifier, ...(num.rounding !== roundingStep(num.value) ? { rounding: num.rounding } : {}) };
    if (isPunct(tokens[end], "+") && !tokens[end]!.space) end += 1;
    const count: CountMention = {
      kind: "count",
      quantity,
      number: { from: num.from, to: num.to },
      // "more than two dozen people": a count in dozens is a rough one, as "dozens" is.
      vague: isWord(tokens[num.end - 1], "dozen"),
      ...(q ? { qualifierText: q.text } : {}),
      ...this.span(start, end),
      ...this.describe(start, end),
    };
    // "… have killed 3,002 people in Lebanon, passing the 3,000 mark": the milestone is the toll's.
    if (milestone && q && !count.measure) this.takeTollOfSentence(count);
    this.push(count);
    return end;
  }

  /**
   * Where a sentence's own words start past a dateline or a live page's time stamp set off by a
   * dash ("CAIRO —", "18:50 —", "14:32 GMT –"), within {@link DATELINE_TOKENS} tokens; `start` when it has none.
   */
  private pastDateline(start: number, limit: number): number {
    for (let k = start; k < Math.min(limit, start + DATELINE_TOKENS); k++) if (isPunct(this.tokens[k], "—", "–")) return k + 1;
    return start;
  }

  /** True when a colon follows token `k` within {@link COLON_REACH} tokens, with no other punctuation than a comma before it ("terms on June 14:"). */
  private colonAfter(k: number, end: number): boolean {
    for (let j = k + 1; j < Math.min(end, k + 1 + COLON_REACH); j++) {
      const t = this.tokens[j]!;
      if (isPunct(t, ":")) return true;
      if (t.type === "punct" && t.text !== ",") return false;
    }
    return false;
  }

  /**
   * True when a count opens a clause of its own: right after it, past the people it counts, stands
   * that clause's own verb ("…, and some 1.4 million people are crowded into Rafah", "100,000
   * remain in the north"). What the clause says of the count is there, so no measure named before
   * it, in another clause, is the count's. Not when the verb names the count's people ("13,000 were
   * children", "885 were health workers"): that is a part of the count before it.
   */
  private opensOwnClause(end: number, sentenceEnd: number): boolean {
    const { tokens } = this;
    for (let k = end; k < Math.min(sentenceEnd, end + OWN_CLAUSE_REACH); k++) {
      const t = tokens[k]!;
      if (t.type !== "word") return false;
      // "Of those killed, more than 13,000 were children": a copula naming people or a measure
      // makes the count a part of the dead, which counts what they count.
      if (COUNT_CLAUSE_VERBS.has(t.lower)) return !this.hasCountedNoun(k + 1);
    }
    return false;
  }

  /** Gives a milestone figure what the sentence's count before it counts: its measure, people and place. */
  private takeTollOfSentence(count: CountMention): void {
    for (let m = this.mentions.length - 1; m >= 0; m--) {
      const toll = this.mentions[m]!;
      if (toll.sentence !== count.sentence) return;
      if (toll.kind !== "count" || !toll.measure) continue;
      count.measure = toll.measure;
      if (toll.group) count.group = toll.group;
      if (toll.place && !count.place) count.place = toll.place;
      if (toll.demonym && !count.demonym) count.demonym = toll.demonym;
      return;
    }
  }

  private readTime(i: number, num: NumberRead, unitAt: number, unit: { unit: "hour" | "day" | "week" | "month" | "year"; min: number; max: number }): number {
    const { tokens } = this;
    let end = unitAt + 1;
    const hyphenated = unitAt > num.end;
    if (isJoiningHyphen(tokens, end) && isWord(tokens[end + 1], "long")) end += 2;
    const q = this.readQualifierBefore(i);
    const start = q ? q.start : i;
    const qualifier: Qualifier = q?.qualifier ?? (num.plus ? "over" : "exact");
    const sentenceEnd = this.sentenceEnd(i);
    const sentenceStart = this.sentenceStart(i);
    // What lasts: the noun right after a compound ("six-week ceasefire", "seven-month-long conflict"),
    // "of war" / "into the war" / "since" after a plain duration, or the noun before "lasting".
    let subject: string | undefined;
    let elapsed = false;
    // A truce's age ("the two-month-old ceasefire"), and whether the story may tell of a point in it after the fact.
    let truceAge = false;
    let toldBefore = false;
    let truce: string | undefined;
    // "the eight-month-old war": an age, read as the war's elapsed time.
    const ageEnd = hyphenated ? this.ageSuffixEnd(end) : end;
    const nounAfter = this.nounAfter(ageEnd, sentenceEnd);
    if (!hyphenated && isWord(tokens[end], "of") && this.modifierBefore(end + 1, Math.min(sentenceEnd, end + WAR_WORD_REACH), CESSATION_WORDS)) {
      // "six weeks of ceased hostilities": a truce's length.
      subject = "truce";
    } else if (nounAfter && OPERATION_WORDS.has(nounAfter)) {
      // "a three-day assault": the length of one operation, neither the war's age nor a truce's term.
      subject = undefined;
    } else if (!hyphenated && isWord(tokens[end], "of") && this.escalationBefore(end + 1, Math.min(sentenceEnd, end + WAR_WORD_REACH))) {
      // "two months of open war", however near the war word: a stretch of the war, neither its age nor a truce.
      subject = undefined;
    } else if (!hyphenated && isWord(tokens[end], "into", "since") && (truce = this.truceAgeNounAfter(end + 1, Math.min(sentenceEnd, end + 1 + TRUCE_AGE_REACH)))) {
      // "a week into the truce", "six weeks since the ceasefire took effect": a point in the
      // truce's course, measured from the day it took effect; the story may tell of it after.
      subject = truce;
      elapsed = true;
      truceAge = true;
      toldBefore = true;
    } else if (nounAfter && WAR_WORDS.has(nounAfter)) {
      subject = nounAfter;
      elapsed = true;
    } else if (ageEnd > end && nounAfter && TRUCE_AGE_NOUNS.has(nounAfter)) {
      // "the two-month-old ceasefire": the truce's age, not its term.
      subject = nounAfter;
      elapsed = true;
      truceAge = true;
    } else if (nounAfter && TRUCE_WORDS.has(nounAfter)) {
      subject = nounAfter;
    } else if (!hyphenated && isWord(tokens[end], "old") && (truce = this.ageNounBefore(start, sentenceStart))) {
      // "the moratorium on strikes on energy sites, now nearly three weeks old": the age of the
      // truce or war named before it, set beside it.
      subject = truce;
      elapsed = true;
      truceAge = TRUCE_AGE_NOUNS.has(truce);
      end += 1;
    } else if (!hyphenated) {
      const next = tokens[end];
      const next2 = tokens[end + 1];
      // The war word may follow a hyphenated modifier: "two years of cross-border fighting".
      if (isWord(next, "of") && this.escalationBefore(end + 1, Math.min(sentenceEnd, end + WAR_WORD_REACH))) {
        // "two months of all-out war": a stretch of the war, neither its age nor a truce.
        subject = undefined;
      } else if (isWord(next, "into") && !this.findWarWord(end + 1, Math.min(sentenceEnd, end + 4))) {
        // "three months into a ceasefire": time since something began, not its length.
        subject = undefined;
      } else if (isWord(next, "of", "into", "since", "after") && (this.findWarWord(end + 1, Math.min(sentenceEnd, end + WAR_WORD_REACH)) || isWord(next, "since") || (isWord(next, "after") && this.hasWarStartAfter(end + 1, sentenceEnd)))) {
        subject = this.findWarWord(end + 1, Math.min(sentenceEnd, end + WAR_WORD_REACH)) ?? "war";
        elapsed = true;
      } else if (isWord(next, "ago")) {
        subject = undefined;
      } else if (isWord(tokens[i - 1], "lasting", "last", "lasts", "for", "spanning", "of") || isWord(next2, "ceasefire", "truce", "pause")) {
        // "three phases of 45 days each": every phase's length, the first's too.
        // Not "two further stages of 42 days each", "the remaining phases of ...", "the second and
        // third stages of ...": the later phases' length, not the first's.
        const eachPhase = isWord(tokens[i - 1], "of") && isWord(tokens[i - 2], "phases", "stages") && isWord(next, "each", "apiece");
        const laterPhases = eachPhase && tokens[i - 3]?.type === "word" && (LATER_PHASE_WORDS.has(tokens[i - 3]!.lower) || (ORDINALS.has(tokens[i - 3]!.lower) && tokens[i - 3]!.lower !== "first"));
        subject = laterPhases ? undefined : eachPhase ? "truce" : (this.findTruceWordBefore(start, Math.max(sentenceStart, start - 12)) ?? (nounAfter && TRUCE_WORDS.has(nounAfter) ? nounAfter : undefined));
      }
    }
    // "a three-day assault", "three months into a ceasefire", "two months of all-out war": lengths
    // of something else than a truce's term or the war's age.
    // "halted 15 months of fighting": a stretch measured to its end, on or before the story's date.
    const before = tokens[start - 1]?.lower ?? "";
    const stretchEnded = elapsed && (toldBefore || (truceAge ? false : hyphenated ? this.warToldInPast(start, ageEnd, sentenceEnd) || this.endOfBefore(start) : STRETCH_END_VERBS.has(before) || this.endedByTruceBefore(start) || (isWord(tokens[end], "of") && this.warToldInPast(start, end + 1, sentenceEnd))));
    const notATerm =
      (nounAfter !== undefined && OPERATION_WORDS.has(nounAfter)) ||
      // "since the truce began 19 days ago": a time since, not a length.
      (!hyphenated && isWord(tokens[end], "ago")) ||
      // "as the truce enters its final 12 days": what is left of a stretch, not its length ("the
      // last 60-day truce" is a length: hyphenated). "Last" is the adjective only after a
      // determiner: "would last 42 days" is a length.
      (!hyphenated && (isWord(tokens[start - 1], "final", "remaining") || (isWord(tokens[start - 1], "last") && isWord(tokens[start - 2], "the", "its", "their", "his", "her", "those", "these")))) ||
      // "reaches the two-week mark": a point reached, not a length.
      (hyphenated && MILESTONE_NOUNS.has(tokens[end]?.lower ?? "")) ||
      // "its heaviest loss in one day": the window of a superlative.
      (!hyphenated && this.superlativeWindow(start, sentenceStart)) ||
      (!hyphenated && ((isWord(tokens[end], "into") && !elapsed) || (isWord(tokens[end], "of") && this.escalationBefore(end + 1, Math.min(sentenceEnd, end + WAR_WORD_REACH))))) ||
      // "two days after the ceasefire took effect": the time between two events.
      (!hyphenated && !elapsed && BETWEEN_EVENTS_WORDS.has(tokens[end]?.lower ?? "")) ||
      // "The ceasefire, two weeks in, explained": how far into a stretch the story stands, not its length.
      (!hyphenated && isWord(tokens[end], "in") && (end + 1 >= sentenceEnd || isPunct(tokens[end + 1], ",", ".", ":") || isPunct(tokens[end + 1], ";", "—", "–"))) ||
      // "a day of calm for every ten hostages released": a rate.
      (!elapsed && this.opensRate(ageEnd, sentenceEnd)) ||
      // "violated the truce 734 times in 12 hours", "killed 40 people over 24 hours": the window a count is made in.
      (!elapsed && this.isCountWindow(start, sentenceStart)) ||
      // "cut the deadline he had given Putin to agree to a ceasefire to 10 days": a deadline's length, not a truce's.
      (!elapsed && !hyphenated && this.deadlineBefore(start, sentenceStart));
    if (notATerm) {
      subject = undefined;
      if (truceAge) elapsed = false;
    } else if (!elapsed && this.isWindow(start, end, hyphenated)) subject = "window";
    // "The truce ends more than seven weeks of intense US strikes": a length "of" something else
    // than a truce measures that, not the truce named before it.
    else if (!subject && !(!hyphenated && isWord(tokens[end], "of") && !this.truceWordAfter(end + 1, Math.min(sentenceEnd, end + WAR_WORD_REACH)))) {
      // "The ceasefire ... took effect on November 27 for an initial 60-day period", "It provides
      // for a 60-day period": a length of a bare stretch of time is the length of the truce its
      // clause is about, or, in a sentence opened by "it", the truce the sentence before is about.
      const period = hyphenated && PERIOD_NOUNS.has(tokens[ageEnd]?.lower ?? "");
      subject = this.findTruceWordBefore(start, period ? sentenceStart : Math.max(sentenceStart, start - 4)) ?? (period ? this.truceOfPronoun(sentenceStart) : undefined);
    }
    // "its heaviest loss in one day since the ground invasion began": the window of a superlative, not an age.
    if (elapsed && !hyphenated && this.superlativeWindow(start, sentenceStart)) {
      elapsed = false;
      subject = undefined;
    }
    if (elapsed && ageEnd > end) end = ageEnd;
    this.occupied.push({ from: tokens[start]!.from, to: tokens[end - 1]!.to });
    const number = { from: num.from, to: num.to };
    if (elapsed && unit.unit !== "hour") {
      this.push({ kind: "elapsed", amount: num.value, unit: unit.unit, qualifier, ordinal: false, subject: subject ?? "war", number, ...(stretchEnded ? { ended: true as const } : {}), ...this.span(start, end) });
      return end;
    }
    // "extended by one day for every 10 more hostages released": the rate of extensions, not one.
    const extension = !this.opensRate(ageEnd, sentenceEnd) && this.isExtension(start, end, sentenceStart, sentenceEnd, nounAfter, hyphenated);
    // An extension extends the truce its sentence names ("The truce was extended by two days").
    if (extension && !subject) subject = this.findTruceWordBefore(start, Math.max(sentenceStart, start - EXTENSION_REACH));
    // "During those 42 days", "before the six weeks run out": a length the story named before.
    // "During the 60-day period": a stretch named with the definite article refers back to one the story gave.
    const definitePeriod = hyphenated && isWord(tokens[start - 1], "the") && PERIOD_NOUNS.has(tokens[ageEnd]?.lower ?? "");
    const anaphor = !extension && (ANAPHOR_WORDS.has(tokens[start - 1]?.lower ?? "") || (isWord(tokens[start - 1], "the") && this.expiresAt(end)) || definitePeriod);
    const subjectPhase = extension ? undefined : (this.phaseOfSubject(start, sentenceStart) ?? this.phaseOfLabel(start, sentenceStart) ?? this.phaseAfterOf(end, sentenceEnd));
    if (!subject && subjectPhase !== undefined) subject = "phase";
    const phase = subject && !extension ? (this.phaseOf(start, end, sentenceStart, sentenceEnd) ?? subjectPhase) : undefined;
    this.push({
      kind: "duration",
      amount: num.value,
      unit: unit.unit,
      days: { min: num.value * unit.min, max: num.value * unit.max },
      qualifier,
      ...(subject ? { subject } : {}),
      ...(phase !== undefined ? { phase } : {}),
      ...(extension ? { extension: true } : {}),
      ...(anaphor ? { anaphor: true } : {}),
      number,
      ...this.span(start, end),
    });
    return end;
  }

  /** True when a modifier of greater intensity ("all-out", "full-blown") stands before the first war word from `from` on. */
  private escalationBefore(from: number, to: number): boolean {
    return this.modifierBefore(from, to, ESCALATION_WORDS);
  }

  /** True when a word of `modifiers` ("all-out", "ceased") stands before the first war word from `from` on. */
  private modifierBefore(from: number, to: number, modifiers: ReadonlySet<string>): boolean {
    const { tokens } = this;
    let text = "";
    for (let k = from; k < to && k < tokens.length; k++) {
      const t = tokens[k]!;
      if (WAR_WORDS.has(t.lower)) return text.split(" ").some((w) => modifiers.has(w));
      text += t.type === "punct" && t.text === "-" && !t.space ? "-" : `${k > from && !(tokens[k - 1]!.type === "punct" && tokens[k - 1]!.text === "-") ? " " : ""}${t.lower}`;
    }
    return false;
  }

  /**
   * True when a length is a deadline for an act of a deal: "within 72 hours", "within the 60-day
   * deadline", "a 45-day window", "48 hours to hand over the captives".
   */
  /**
   * True when the words after "stages of" name an act rather than a deal ("two stages of
   * reconstruction", "three phases of withdrawal"): a lowercase noun, past determiners, with no
   * deal's or truce's noun among the next few words. A length ("three stages of 45 days"), a name
   * ("of the Biden plan") or a deal's noun ("of the ceasefire deal") keeps the count the deal's.
   */
  private stagesOfAnAct(from: number, to: number): boolean {
    let act = false;
    for (let k = from; k < to; k++) {
      const t = this.tokens[k]!;
      if (t.type !== "word") return act && t.type === "punct";
      if (STAGED_DEAL_NOUNS.has(t.lower) || TRUCE_WORDS.has(t.lower) || DEAL_WORDS.has(t.lower)) return false;
      if (t.lower === "the" || t.lower === "its" || t.lower === "their" || t.lower === "a" || t.lower === "an") continue;
      if (!act && !/^\p{Ll}/u.test(t.text)) return false;
      act = true;
    }
    return act;
  }

  /**
   * True when a noun of records ({@link SHOWING_NOUNS}) stands in the few words of the clause
   * before a verb of showing: "the ministry's figures showed", "Figures released by the ministry
   * show", "satellite images show"; not "unless Beirut showed quick progress".
   */
  private recordsBefore(k: number, start: number): boolean {
    const { tokens } = this;
    for (let b = k - 1; b >= Math.max(start, k - SHOWING_REACH); b--) {
      const w = tokens[b]!;
      if (w.type === "punct" && w.text !== "'" && w.text !== "’") return false;
      if (w.type === "word" && SHOWING_NOUNS.has(w.lower)) return true;
    }
    return false;
  }

  /**
   * The name a sentence opens with, up to `limit`: an article, words in capitals ("Ukrainian
   * President Volodymyr Zelensky", "The Kremlin") and the speaker nouns after them ("Hamas
   * officials"). Undefined when the sentence opens with none.
   */
  private leadingName(start: number, limit: number): [number, number] | undefined {
    const { tokens } = this;
    let k = start;
    if (isWord(tokens[k], "the")) k += 1;
    const first = k;
    let capitals = 0;
    // Capitalised words, and the lowercase words of a title between them ("Lebanese caretaker Prime Minister Najib Mikati").
    for (let last = k; k < limit && tokens[k]!.type === "word"; k++) {
      const w = tokens[k]!;
      if (/^\p{Lu}/u.test(w.text)) {
        capitals += 1;
        last = k + 1;
      } else if (!(capitals > 0 && TITLE_MODIFIERS.has(w.lower) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? ""))) {
        k = last;
        break;
      }
    }
    if (capitals === 0) return undefined;
    const nouns = k;
    while (k < limit && tokens[k]!.type === "word" && SPEAKER_NOUNS.has(tokens[k]!.lower)) k += 1;
    // A person's name ("Volodymyr Zelensky"), an actor of the world ("Hamas", "the Kremlin") or a
    // speaker noun ("Israeli officials"); not a sentence's first word ("Nearly", "Strikes").
    if (capitals >= 2 || k > nouns || actorNamed(this.world, tokens[first]!) !== undefined) return [start, k];
    return undefined;
  }

  /**
   * The registry group named after the count that follows `end` when "and" joins it to this one
   * ("851 killed and 5,634 wounded while seeking aid"), within {@link JOINED_GROUP_REACH} tokens and the clause.
   */
  private worldGroupAfterJoined(end: number, sentenceEnd: number): string | undefined {
    const { tokens } = this;
    const limit = Math.min(sentenceEnd, end + JOINED_GROUP_REACH);
    let joined = false;
    for (let k = end; k < limit; k++) {
      const t = tokens[k]!;
      if (t.type === "punct" && CLAUSE_STOPS.has(t.text)) return undefined;
      if (t.type === "number") {
        // "and" right before it, or before its hedge ("851 killed and about 400 wounded").
        if (joined || !(isWord(tokens[k - 1], "and") || (isWord(tokens[k - 2], "and") && tokens[k - 1]!.type === "word") || (isWord(tokens[k - 3], "and") && tokens[k - 1]!.type === "word" && tokens[k - 2]!.type === "word"))) return undefined;
        joined = true;
        continue;
      }
      if (joined) {
        const phrase = phraseAt(this.world.groups, tokens, k);
        if (phrase) return phrase.group;
      }
    }
    return undefined;
  }

  /**
   * True when an operation noun ({@link OPERATION_WORDS}) or a truce's ({@link TRUCE_WORDS}: "The
   * deal, which took effect on January 19, reached its 24th day") stands before `start` in its
   * sentence, nearer than any war word: what has that age is not the war.
   */
  private operationBefore(start: number): boolean {
    const { tokens } = this;
    for (let k = start - 1; k >= Math.max(this.sentenceStart(start), start - OPERATION_REACH); k--) {
      const w = tokens[k]!.lower;
      // "Israel's offensive in northern Gaza is in its fourth week": an offensive on one part of
      // the land, named by a direction, is one operation, not the war.
      if (WAR_WORDS.has(w)) return !WHOLE_WAR_WORDS.has(w) && this.onRegion(k + 1);
      if (OPERATION_WORDS.has(w) || TRUCE_WORDS.has(w)) return true;
    }
    return false;
  }

  /**
   * True when the sentence, or the clause a conjunction ("as", "while") opens, starts with a truce
   * or an operation as its subject ("The ceasefire agreement, mediated by Qatar, ...", "as an
   * Israeli military operation ..."), no war word first: what "its" later points back at.
   */
  /** "the truce, which is now in its 14th day": the truce noun a "which" clause ending before token `at` refers to. */
  private truceBeforeWhich(at: number): string | undefined {
    const { tokens } = this;
    let k = at - 1;
    while (isWord(tokens[k], "now", "still")) k -= 1;
    if (!isWord(tokens[k], "is", "was")) return undefined;
    if (!isWord(tokens[k - 1], "which")) return undefined;
    const noun = tokens[isPunct(tokens[k - 2], ",") ? k - 3 : k - 2];
    return noun?.type === "word" && TRUCE_AGE_NOUNS.has(noun.lower) ? noun.lower : undefined;
  }

  /** The truce or operation noun that is the subject of the clause before token `before`, if any ("The ceasefire ..., entered its fourth week" → "ceasefire"). */
  private truceOrOperationSubject(before: number): string | undefined {
    const { tokens } = this;
    // The subject opens the sentence, or the clause a conjunction opens before the verb ("The
    // update came as an Israeli military operation ... entered its 13th week").
    let from = this.sentenceStart(before);
    for (let k = before - 1; k > from; k--) {
      if (tokens[k]!.type === "word" && CLAUSE_CONJUNCTIONS.has(tokens[k]!.lower)) {
        from = k + 1;
        break;
      }
    }
    for (let k = from; k < Math.min(before, from + SUBJECT_NOUN_WORDS); k++) {
      const t = tokens[k]!;
      if (t.type !== "word") return undefined;
      if (WAR_WORDS.has(t.lower)) return undefined;
      if (TRUCE_WORDS.has(t.lower) || OPERATION_WORDS.has(t.lower) || AGED_EVENT_NOUNS.has(t.lower)) return t.lower;
    }
    return undefined;
  }

  /** True when the words at `k` put what precedes them on one region of a land: "in northern Gaza", "on the south of Lebanon", "of the north". */
  private onRegion(k: number): boolean {
    const { tokens } = this;
    if (!isWord(tokens[k], "in", "on", "against", "across", "of")) return false;
    if (isWord(tokens[k + 1], "the") && isWord(tokens[k + 2], "north", "south", "east", "west", "centre", "center")) return true;
    const at = isWord(tokens[k + 1], "the") ? k + 2 : k + 1;
    return tokens[at]?.type === "word" && REGION_ADJECTIVES.has(tokens[at]!.lower);
  }

  /** True when "in" before a length closes a superlative ("its heaviest loss in one day", "the deadliest in two years"): a window, not an age. */
  private superlativeWindow(start: number, sentenceStart: number): boolean {
    const { tokens } = this;
    const at = isWord(tokens[start - 1], "a", "one", "single") && isWord(tokens[start - 2], "in") ? start - 2 : start - 1;
    if (!isWord(tokens[at], "in", "within", "over")) return false;
    for (let k = at - 1; k >= Math.max(sentenceStart, at - SUPERLATIVE_REACH); k--) if (SUPERLATIVE_WORDS.has(tokens[k]!.lower)) return true;
    return false;
  }

  /** True when a length is the window a count was made in: "in", "over" or "within" after "times" or a count ("734 times in 12 hours"). */
  private isCountWindow(start: number, sentenceStart: number): boolean {
    const { tokens } = this;
    if (!isWord(tokens[start - 1], "in", "over", "within")) return false;
    for (let k = start - 2; k >= Math.max(sentenceStart, start - 4); k--) {
      const t = tokens[k]!;
      if (t.type === "number" || isWord(t, "times")) return true;
      if (t.type !== "word") return false;
    }
    return false;
  }

  private isWindow(start: number, end: number, hyphenated: boolean): boolean {
    const { tokens } = this;
    if (isWord(tokens[start - 1], "within") || (isWord(tokens[start - 1], "the") && isWord(tokens[start - 2], "within"))) return true;
    // "Israel is to withdraw its forces from southern Lebanon over 60 days": the span a deal gives
    // an act to come (after "to" or a modal), not a past act's ("released 105 hostages over seven days").
    // ("over" is read as the length's qualifier, so it may open the length itself.)
    const over = isWord(tokens[start], "over") ? start : isWord(tokens[start - 1], "over") ? start - 1 : -1;
    if (over >= 0 && this.actToComeBefore(over)) return true;
    // "a 72-hour deadline", "the six-week withdrawal deadline", "a 60-day withdrawal period".
    if (hyphenated) return WINDOW_NOUNS.has(tokens[end]?.lower ?? "") || (WINDOW_ACTS.has(tokens[end]?.lower ?? "") && (WINDOW_NOUNS.has(tokens[end + 1]?.lower ?? "") || isWord(tokens[end + 1], "period")));
    // "48 hours to hand over", not "the seven days to June 16".
    const next = tokens[end + 1];
    return isWord(tokens[end], "to") && next?.type === "word" && !isWord(next, "the", "a", "an") && !MONTHS.has(next.lower) && !WEEKDAYS.has(next.lower);
  }

  /** True when a verb of a deal's act ({@link WINDOW_ACTS}) after "to" or a modal stands in the clause before token `at`: "is to withdraw its forces from southern Lebanon". */
  private actToComeBefore(at: number): boolean {
    const { tokens } = this;
    const sentenceStart = this.sentenceStart(at);
    for (let k = at - 1; k >= Math.max(sentenceStart + 1, at - ACT_TO_COME_REACH); k--) {
      const t = tokens[k]!;
      if (t.type === "punct") return false;
      if (WINDOW_ACTS.has(t.lower) && isWord(tokens[k - 1], "to", "will", "would", "must", "should", "shall")) return true;
    }
    return false;
  }

  /**
   * True when a stretch of the war after {@link STRETCH_END_PREPOSITIONS} is tied to a truce or an
   * end its clause names before it ("a ceasefire took hold after 12 days of war", "the fighting
   * stopped after 15 months of war"): measured to that end. "Shelling went on after six weeks of
   * war" is the war's age.
   */
  private endedByTruceBefore(start: number): boolean {
    const { tokens } = this;
    if (this.spanOfPastWar(start)) return true;
    if (!STRETCH_END_PREPOSITIONS.has(tokens[start - 1]?.lower ?? "")) return false;
    const sentenceStart = this.sentenceStart(start);
    for (let k = start - 2; k >= Math.max(sentenceStart, start - TRUCE_BEFORE_STRETCH); k--) {
      const t = tokens[k]!;
      if (t.type === "punct" && t.text !== "-") break;
      if (TRUCE_WORDS.has(t.lower) || STRETCH_END_VERBS.has(t.lower)) return true;
    }
    // "The war that the truce ended killed more than 4,000 people ..., after more than 13 months
    // of fighting": the sentence's subject is a war told in the past, so the stretch ran to its end.
    return this.warToldInPast(sentenceStart, sentenceStart, start);
  }

  /**
   * When the comma at `close` ends a relative aside (", where the war began ...,"), the index of
   * the comma that opens it; else undefined. Read back no further than `floor`.
   */
  private relativeAsideStart(close: number, floor: number): number | undefined {
    const { tokens } = this;
    for (let j = close - 1; j > floor; j--) {
      if (!isPunct(tokens[j], ",")) continue;
      return isWord(tokens[j + 1], "where", "which", "who", "when", "whose") ? j : undefined;
    }
    return undefined;
  }

  /** The token after "-old" when a hyphenated length is an age ("eight-month-old"), else `end`. */
  private ageSuffixEnd(end: number): number {
    const { tokens } = this;
    return isJoiningHyphen(tokens, end) && isWord(tokens[end + 1], "old") ? end + 2 : end;
  }

  /**
   * "two more days", "three extra days": the length of an extension, read as a duration marked
   * `extension`; its subject is the truce its sentence names, if any.
   */
  private readExtraTime(i: number, num: NumberRead, extraAt: number): number {
    const { tokens } = this;
    const unitToken = tokens[extraAt + 1];
    const unit = unitToken ? TIME_UNITS.get(unitToken.lower) : undefined;
    if (!unit) return i;
    const q = this.readQualifierBefore(i);
    const start = q ? q.start : i;
    const end = extraAt + 2;
    // "one extra day of calm for every ten hostages": a rate, not a length.
    if (this.opensRate(end, this.sentenceEnd(i))) return end;
    const subject = this.findTruceWordBefore(start, Math.max(this.sentenceStart(i), start - 12)) ?? "truce";
    this.occupied.push({ from: tokens[start]!.from, to: tokens[end - 1]!.to });
    this.push({
      kind: "duration",
      amount: num.value,
      unit: unit.unit,
      days: { min: num.value * unit.min, max: num.value * unit.max },
      qualifier: q?.qualifier ?? "exact",
      subject,
      extension: true,
      number: { from: num.from, to: num.to },
      ...this.span(start, end),
    });
    return end;
  }

  /**
   * True when a length is an extension of a truce rather than its term: "extended by two days",
   * "prolong the truce by 48 hours", "a further two days", "a two-day extension".
   */
  private isExtension(start: number, end: number, sentenceStart: number, sentenceEnd: number, nounAfter: string | undefined, hyphenated: boolean): boolean {
    const { tokens } = this;
    // "a further two days" extends; "a further 42-day truce" is the next truce.
    if ((!hyphenated && EXTENSION_WORDS.has(tokens[start - 1]?.lower ?? "")) || (nounAfter !== undefined && EXTENSION_VERBS.has(nounAfter))) return true;
    if (end < sentenceEnd && isWord(tokens[end], "extension")) return true;
    // "stretch the pause by another two days".
    const by = isWord(tokens[start - 1], "another") ? start - 2 : start - 1;
    // "was extended twice, for two days and then for one": "for" right after the verb, or after an adverb of it.
    if (isWord(tokens[by], "for")) {
      for (let k = by - 1; k >= Math.max(sentenceStart, by - EXTENSION_FOR_REACH); k--) if (EXTENSION_VERBS.has(tokens[k]!.lower)) return true;
      return false;
    }
    if (!isWord(tokens[by], "by")) return false;
    for (let k = by - 1; k >= Math.max(sentenceStart, by - EXTENSION_REACH); k--) if (EXTENSION_VERBS.has(tokens[k]!.lower)) return true;
    return false;
  }

  /**
   * The phase a sentence is about when its subject names one: "The first phase of the accord,
   * which followed months of mediation, will last for 42 days" — the subject, not the nearest
   * "phase" word, says whose length it is. Read only when the length follows a verb of lasting.
   */
  private phaseOfSubject(start: number, sentenceStart: number): number | undefined {
    const { tokens } = this;
    const lasting = isWord(tokens[start - 1], "for", "last", "lasts", "lasting") || isWord(tokens[start - 1], "run", "runs", "span", "spans");
    // "... and the first phase ran out on March 1 after 40 days": a phase that expired lasted its term.
    const expired = !lasting && isWord(tokens[start - 1], "after") && this.expiryBefore(start - 1, sentenceStart);
    if (!lasting && !expired) return undefined;
    // The subject of the length's own clause: after ", and" or ";" when the sentence joins two.
    let k = sentenceStart;
    for (let j = start - 2; j > sentenceStart; j--) {
      if (isPunct(tokens[j], ";") || (isPunct(tokens[j - 1], ",") && isWord(tokens[j], "and", "but"))) {
        k = j + 1;
        break;
      }
    }
    // "Under the first stage of the deal, which lasts six weeks": a preposition may open the sentence.
    if (isWord(tokens[k], "under", "during", "in", "for")) k += 1;
    if (isWord(tokens[k], "the", "its", "a")) k += 1;
    const ordinal = ORDINALS.get(tokens[k]?.lower ?? "");
    if (ordinal !== undefined && isWord(tokens[k + 1], "phase", "stage")) return ordinal;
    if (isWord(tokens[k], "phase", "stage")) {
      const n = tokens[k + 1];
      const value = n && n.type === "number" && /^\d$/.test(n.text) ? Number(n.text) : n ? UNITS.get(n.lower) : undefined;
      if (value !== undefined && value >= 1 && value <= 12) return value;
    }
    return undefined;
  }

  /** True when token `k` is the amount of a length or an elapsed time read before it ("137 days of war"). */
  private isTimeAmount(k: number): boolean {
    const at = this.tokens[k]!.from;
    for (let j = this.mentions.length - 1; j >= 0; j--) {
      const m = this.mentions[j]!;
      if (m.to <= at) return false;
      if ((m.kind === "duration" || m.kind === "elapsed") && m.from <= at) return true;
    }
    return false;
  }

  /** The last count read so far in the block. */
  private lastCount(): CountMention | undefined {
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k]!;
      if (m.kind === "count") return m;
    }
    return undefined;
  }

  /** True when a verb of expiry starts at token `k` ("run out", "expired", "were up"). */
  private expiresAt(k: number): boolean {
    const { tokens } = this;
    return EXPIRY_VERBS.has(tokens[k]?.lower ?? "") || (isWord(tokens[k], "run", "runs", "ran") && isWord(tokens[k + 1], "out")) || (isWord(tokens[k], "are", "were", "is", "was") && isWord(tokens[k + 1], "up"));
  }

  /** True when a verb of expiry ("ran out", "expired") stands in the clause before token `at`, within {@link EXPIRY_REACH} tokens. */
  private expiryBefore(at: number, sentenceStart: number): boolean {
    const { tokens } = this;
    for (let j = at - 1; j >= Math.max(sentenceStart, at - EXPIRY_REACH); j--) {
      const t = tokens[j]!;
      if (t.type === "punct" && t.text !== ".") return false;
      if (EXPIRY_VERBS.has(t.lower) || (isWord(t, "ran", "runs", "run") && isWord(tokens[j + 1], "out"))) return true;
    }
    return false;
  }

  /** "Phase one: 42 days", "First phase – six weeks": a phase named as a label, then its length. */
  private phaseOfLabel(start: number, sentenceStart: number): number | undefined {
    const { tokens } = this;
    if (!isPunct(tokens[start - 1], ":", "–", "—") || start - 3 < sentenceStart) return undefined;
    const [a, b] = [tokens[start - 3], tokens[start - 2]];
    if (isWord(a, "phase", "stage")) {
      const value = b && b.type === "number" && /^\d$/.test(b.text) ? Number(b.text) : b ? UNITS.get(b.lower) : undefined;
      if (value !== undefined && value >= 1 && value <= 12) return value;
    }
    const ordinal = ORDINALS.get(a?.lower ?? "");
    return ordinal !== undefined && isWord(b, "phase", "stage") ? ordinal : undefined;
  }

  /** "During the six weeks of the first phase": the phase a length is "of". */
  private phaseAfterOf(end: number, sentenceEnd: number): number | undefined {
    const { tokens } = this;
    if (!isWord(tokens[end], "of")) return undefined;
    const k = isWord(tokens[end + 1], "the", "its") ? end + 2 : end + 1;
    if (k + 1 >= sentenceEnd) return undefined;
    const ordinal = ORDINALS.get(tokens[k]?.lower ?? "");
    return ordinal !== undefined && isWord(tokens[k + 1], "phase", "stage") ? ordinal : undefined;
  }

  /**
   * "a year of war", "nearly a year and a half of war", "the year-long war", "a month-old war": a
   * war's age written with an article or with the unit alone, read as an elapsed time (a year
   * and a half as 18 months). Only when a war word follows, or a truce's ("a month-old ceasefire", "a
   * week into the truce"): "a year ago" and "a week-long pause" are not ages.
   */
  private readUnitAge(i: number): number {
    const { tokens } = this;
    let k = i;
    const article = isWord(tokens[k], "a", "an");
    if (article) k += 1;
    const unitToken = tokens[k];
    const unit = unitToken && unitToken.type === "word" ? TIME_UNITS.get(unitToken.lower) : undefined;
    if (!unit || unit.unit === "hour" || unitToken!.lower.endsWith("s")) return i;
    let amount = 1;
    let unitName = unit.unit as "day" | "week" | "month" | "year";
    let end = k + 1;
    if (isWord(tokens[end], "and") && isWord(tokens[end + 1], "a") && isWord(tokens[end + 2], "half")) {
      end += 3;
      if (unitName === "year") [amount, unitName] = [18, "month"];
      else amount = 1.5;
    }
    let war: string | undefined;
    // "a month-old ceasefire", "a week into the truce": a truce's age, the latter possibly told after the fact.
    let toldBefore = false;
    const sentenceEnd = this.sentenceEnd(i);
    const hyphenated = isJoiningHyphen(tokens, end) && isWord(tokens[end + 1], "long", "old");
    if (hyphenated) {
      const old = isWord(tokens[end + 1], "old");
      end += 2;
      const noun = this.nounAfter(end, sentenceEnd);
      if (noun && (WHOLE_WAR_WORDS.has(noun) || (old && TRUCE_AGE_NOUNS.has(noun)))) war = noun;
    } else if (article && isWord(tokens[end], "into", "since") && (war = this.truceAgeNounAfter(end + 1, Math.min(sentenceEnd, end + 1 + TRUCE_AGE_REACH)))) {
      toldBefore = true;
    } else if (article && isWord(tokens[end], "of", "into") && !this.escalationBefore(end + 1, Math.min(sentenceEnd, end + WAR_WORD_REACH))) {
      war = this.findWarWord(end + 1, Math.min(sentenceEnd, end + WAR_WORD_REACH));
      if (war && !WHOLE_WAR_WORDS.has(war)) war = undefined;
    }
    if (!war) return i;
    const q = this.readQualifierBefore(i);
    const start = q ? q.start : i;
    // "ended more than a year of fighting", "the year-long war ... killed": a stretch told to its
    // end, as with a number (readTime).
    const truce = TRUCE_AGE_NOUNS.has(war);
    const ended = toldBefore || (!truce && (hyphenated ? this.warToldInPast(start, end, sentenceEnd) : STRETCH_END_VERBS.has(tokens[start - 1]?.lower ?? "") || this.endedByTruceBefore(start)));
    this.occupied.push({ from: tokens[start]!.from, to: tokens[end - 1]!.to });
    this.push({
      kind: "elapsed",
      amount,
      unit: unitName,
      qualifier: q?.qualifier ?? "exact",
      ordinal: false,
      subject: war,
      number: { from: tokens[i]!.from, to: tokens[k]!.to },
      ...(ended ? { ended: true as const } : {}),
      ...this.span(start, end),
    });
    return end;
  }

  /** The phase a duration belongs to, from the words around it: "immediate"/"initial"/"first" → 1, "second" → 2, "phase 2" → 2. */
  private phaseOf(start: number, end: number, sentenceStart: number, sentenceEnd: number): number | undefined {
    const { tokens } = this;
    // The marker nearest the length wins: "agreement on the second stage before the 40-day first
    // phase ends" is the first phase's length (a tie goes to the words after it, its own noun).
    let best: { phase: number; distance: number } | undefined;
    for (let k = Math.max(sentenceStart, start - 6); k < Math.min(sentenceEnd, end + 4); k++) {
      if (k >= start && k < end) continue;
      const phase = phaseMarkerAt(tokens, k);
      if (phase === undefined) continue;
      const distance = k < start ? start - k : k - end + 0.5;
      if (!best || distance < best.distance) best = { phase, distance };
    }
    return best?.phase;
  }

  /**
   * True when the noun after a hyphenated age ("three-year-old") is a war's or a truce's, past at
   * most two modifiers, hyphenated ones included ("three-year-old full-scale invasion", "the
   * two-year-old Israeli offensive"): the age is the war's, not a person's.
   */
  private warOrTruceAfterAge(from: number, limit: number): boolean {
    const { tokens } = this;
    let words = 0;
    for (let k = from; k < limit && words < 4; k++) {
      const t = tokens[k]!;
      if (isJoiningHyphen(tokens, k)) continue;
      if (t.type !== "word") return false;
      if (WAR_WORDS.has(t.lower) || TRUCE_AGE_NOUNS.has(t.lower)) return true;
      words++;
    }
    return false;
  }

  private nounAfter(from: number, limit: number): string | undefined {
    const { tokens } = this;
    // Three words, a hyphenated modifier's ("full-scale", "cross-border") counted as two.
    for (let k = from, words = 0; k < limit && words < 3; k++) {
      const t = tokens[k]!;
      if (words > 0 && isJoiningHyphen(tokens, k)) continue;
      if (t.type !== "word") return undefined;
      words++;
      if (WAR_WORDS.has(t.lower) || TRUCE_WORDS.has(t.lower)) return t.lower;
      if (t.lower === "cease" && isJoiningHyphen(tokens, k + 1) && isWord(tokens[k + 2], "fire")) return "ceasefire";
    }
    return undefined;
  }

  /**
   * True when the war word right after a compound length is the subject of a simple-past verb of
   * what it did ("The 14-month war between Israel and Hezbollah killed ..."): a war told in the
   * past, whose length ran to its end. Read over the few words of the noun's complement, up to a
   * comma or a verb that keeps the war going ("has killed").
   */
  private warToldInPast(start: number, from: number, limit: number): boolean {
    const { tokens } = this;
    if (this.spanOfPastWar(start)) return true;
    let k = from;
    while (k < Math.min(limit, from + 3) && !WAR_WORDS.has(tokens[k]?.lower ?? "")) k++;
    if (k >= Math.min(limit, from + 3)) return false;
    for (let j = k + 1; j < Math.min(limit, k + 1 + WAR_COMPLEMENT_WORDS); j++) {
      const t = tokens[j]!;
      if (t.type !== "word") {
        if (isJoiningHyphen(tokens, j)) continue;
        return false;
      }
      if (WAR_OUTCOME_PAST_VERBS.has(t.lower)) return true;
      if (ONGOING_AUXILIARIES.has(t.lower)) return false;
    }
    return false;
  }

  /**
   * True when a length of the war at `start` follows "during", "throughout" or "over" (an article
   * passed over) after a simple past: "More than 4,000 people were killed in Lebanon during the
   * 14-month war", "... were killed over nearly 14 months of hostilities" tell of the war as a whole
   * that has ended, whose length ran to its end.
   */
  private spanOfPastWar(start: number): boolean {
    const { tokens } = this;
    const preposition = isWord(tokens[start - 1], "the") ? start - 2 : start - 1;
    return isWord(tokens[preposition], "during", "throughout", "over") && this.simplePastBefore(preposition);
  }

  /** True when the words of the sentence before `k` hold a simple past ("were killed", "was") and no perfect or present ("have been", "is"). */
  /** True when the sentence before token `k` holds a present or perfect auxiliary ("has lost", "is") before any past one ("was", "had"). */
  private presentBefore(k: number): boolean {
    const { tokens } = this;
    for (let j = k - 1; j >= Math.max(this.sentenceStart(k), k - SUBJECT_WINDOW); j--) {
      const t = tokens[j]!;
      if (t.type !== "word") continue;
      if (t.lower === "was" || t.lower === "were" || t.lower === "had") return false;
      if (ONGOING_AUXILIARIES.has(t.lower)) return true;
    }
    return false;
  }

  private simplePastBefore(k: number): boolean {
    const { tokens } = this;
    let past = false;
    // The subject and its verb, a bounded way back: a huge sentence stays linear.
    for (let j = k - 1; j >= Math.max(this.sentenceStart(k), k - SUBJECT_WINDOW); j--) {
      const t = tokens[j]!;
      if (t.type !== "word") continue;
      if (ONGOING_AUXILIARIES.has(t.lower) || t.lower === "had") return false;
      if (t.lower === "was" || t.lower === "were") past = true;
    }
    return past;
  }

  /** True when a truce's noun ({@link TRUCE_WORDS}) stands in tokens `[from, to)`, before any clause stop. */
  private truceWordAfter(from: number, to: number): boolean {
    for (let k = from; k < to && k < this.tokens.length; k++) {
      const t = this.tokens[k]!;
      if (t.type === "punct" && CLAUSE_STOPS.has(t.text)) return false;
      if (TRUCE_WORDS.has(t.lower)) return true;
    }
    return false;
  }

  /** True when a rate ({@link RATE_OPENERS}) follows a length ending at `end`, within {@link RATE_REACH} words of its clause ("a day of calm for every ten hostages"). */
  private opensRate(end: number, sentenceEnd: number): boolean {
    const { tokens } = this;
    for (let k = end; k < Math.min(sentenceEnd, end + RATE_REACH); k++) {
      if (tokens[k]!.type !== "word") return false;
      if (hasPhraseStartingIn(RATE_INDEX, tokens, k, k + 1)) return true;
    }
    return false;
  }

  /** The truce noun ({@link TRUCE_AGE_NOUNS}) of the words from `from` ("the fragile ceasefire", "a truce"), before any punctuation or war word. */
  private truceAgeNounAfter(from: number, to: number): string | undefined {
    for (let k = from; k < to && k < this.tokens.length; k++) {
      const t = this.tokens[k]!;
      if (t.type !== "word" || WAR_WORDS.has(t.lower)) return undefined;
      if (TRUCE_AGE_NOUNS.has(t.lower)) return t.lower;
      if (t.lower === "cease" && isJoiningHyphen(this.tokens, k + 1) && isWord(this.tokens[k + 2], "fire")) return "ceasefire";
    }
    return undefined;
  }

  private findWarWord(from: number, to: number): string | undefined {
    for (let k = from; k < to && k < this.tokens.length; k++) if (WAR_WORDS.has(this.tokens[k]!.lower)) return this.tokens[k]!.lower;
    return undefined;
  }

  private findWarWordBefore(start: number): string | undefined {
    for (let k = start - 1; k >= Math.max(0, start - 4); k--) if (WAR_WORDS.has(this.tokens[k]!.lower)) return this.tokens[k]!.lower;
    return undefined;
  }

  private hasWarStartAfter(from: number, to: number): boolean {
    for (let k = from; k < Math.min(to, from + 4); k++) {
      const t = this.tokens[k]!;
      // "since the Hamas attack", "since Russia's invasion", "after Russia launched": a party named
      // after "since" dates the war's start when a word of a start or of war follows it; "four
      // days after Israel ended the ceasefire" dates another event.
      if (MONTHS.has(t.lower) || WAR_WORDS.has(t.lower)) return true;
      if (this.actorAt(k) !== undefined) {
        for (let j = k + 1; j < Math.min(to, k + 5); j++) {
          const w = this.tokens[j]!.lower;
          if (WAR_START_WORDS.has(w) || WAR_WORDS.has(w) || WAR_START_VERBS.has(w)) return true;
        }
        return false;
      }
    }
    return false;
  }

  /**
   * The truce or war noun an age set after it describes ("the 30-day moratorium on attacks on energy
   * infrastructure, now nearly three weeks old"): the nearest before the age in its sentence, over
   * at most {@link AGE_NOUN_REACH} tokens and one comma.
   */
  private ageNounBefore(start: number, sentenceStart: number): string | undefined {
    let commas = 0;
    for (let k = start - 1; k >= Math.max(sentenceStart, start - AGE_NOUN_REACH); k--) {
      const t = this.tokens[k]!;
      if (t.type === "punct") {
        if (t.text !== "," || ++commas > 1) return undefined;
        continue;
      }
      // A verb ends the phrase: "the war killed a man, 45 years old" sets the age after the man.
      if (EVENT_VERBS.has(t.lower) || REPORTING_VERBS.has(t.lower) || AUXILIARIES.has(t.lower)) return undefined;
      // The noun heads the phrase the age is set after: a comma or a preposition follows it
      // ("the war, now ...", "the moratorium on strikes on energy sites, now ..."), not a verb
      // ("the war killed a man, 45 years old").
      if ((TRUCE_AGE_NOUNS.has(t.lower) || WAR_WORDS.has(t.lower)) && (isPunct(this.tokens[k + 1], ",") || AGE_NOUN_PREPOSITIONS.has(this.tokens[k + 1]?.lower ?? ""))) return t.lower;
    }
    return undefined;
  }

  /**
   * The truce word that opens the sentence before a sentence opened by "it" ("The truce, brokered
   * by the United States and France, took effect at 4 am. It provides for ..."): what "it" is.
   */
  private truceOfPronoun(sentenceStart: number): string | undefined {
    const { tokens } = this;
    if (!isWord(tokens[sentenceStart], "it") || sentenceStart === 0) return undefined;
    const [from] = this.sentences[this.sentenceOf[sentenceStart - 1]!]!;
    for (let k = from; k < Math.min(sentenceStart, from + PRONOUN_SUBJECT_WORDS); k++) if (TRUCE_WORDS.has(tokens[k]!.lower)) return tokens[k]!.lower;
    return undefined;
  }

  private findTruceWordBefore(start: number, limit: number): string | undefined {
    for (let k = start - 1; k >= limit && k >= 0; k--) {
      const t = this.tokens[k]!;
      if (t.type === "punct" && CLAUSE_STOPS.has(t.text)) return undefined;
      if (TRUCE_WORDS.has(t.lower)) return t.lower;
    }
    return undefined;
  }

  /**
   * The token after a breakdown set off by commas that starts at the comma `k` (", including 112
   * children,", ", 46 of them children,", ", among them 175 children,", ", mostly women and
   * children,"), or undefined.
   */
  private breakdownAsideEnd(k: number, sentenceEnd: number): number | undefined {
    const { tokens } = this;
    let at = k + 1;
    if (isWord(tokens[at], "including")) at += 1;
    else if (PROPORTION_WORDS.has((isWord(tokens[at], "a", "the") ? tokens[at + 1] : tokens[at])?.lower ?? "")) at += 1;
    else if (BREAKDOWN_PAIRS.has(`${tokens[at]?.lower} ${tokens[at + 1]?.lower}`)) at += 2;
    else {
      // "46 of them children", "nearly 100 of them children": a number, hedged or not, then "of them".
      let n = at;
      while (n < at + QUALIFIER_WORDS && tokens[n] && tokens[n]!.type !== "number") n++;
      if (!(tokens[n]?.type === "number" && (n === at || this.readQualifierBefore(n)?.start === at) && BREAKDOWN_PAIRS.has(`${tokens[n + 1]?.lower} ${tokens[n + 2]?.lower}`))) return undefined;
    }
    for (let j = at; j < Math.min(sentenceEnd, at + BREAKDOWN_ASIDE_WINDOW); j++) {
      const t = tokens[j]!;
      if (isPunct(t, ",")) return j;
      if (t.type === "punct" && CLAUSE_STOPS.has(t.text)) return undefined;
    }
    return undefined;
  }

  /**
   * The count in the same sentence that the count starting at token `start` breaks down or is
   * joined to: the words between them are a breakdown phrase ("including", "among them") or "and",
   * with at most the first count's noun before it ("1,756 children and").
   */
  private countJoinedBefore(start: number, end: number, sentenceStart: number): CountMention | undefined {
    const { tokens } = this;
    // The sentence's last count: a date or an age read between ("killed in the seven-week-old
    // war, including 4,710 children") is passed over.
    let previous: Mention | undefined;
    for (let m = this.mentions.length - 1; m >= 0; m--) {
      const mention = this.mentions[m]!;
      if (tokens[sentenceStart] && mention.from < tokens[sentenceStart]!.from) break;
      if (mention.kind === "count") {
        previous = mention;
        break;
      }
    }
    if (!previous || previous.kind !== "count") return undefined;
    let k = start - 1;
    // "At least 168 Palestinians, 46 of them children": the breakdown phrase follows the count.
    const breakdownAfter = isPunct(tokens[k], ",") && BREAKDOWN_PAIRS.has(`${tokens[end]?.lower} ${tokens[end + 1]?.lower}`);
    // "them" refers to the sentence's count before, however far back: "41,909 people have been
    // killed in the territory since then, nearly 17,000 of them children".
    if (breakdownAfter) return tokens[sentenceStart] && previous.from >= tokens[sentenceStart]!.from ? previous : undefined;
    // ", including 40 over the previous 24 hours": a breakdown after a comma is of the sentence's count before, however far back.
    // So is one a breakdown pair opens after a comma (", among them more than 600 children").
    const pairAfterComma = k - 2 >= sentenceStart && isPunct(tokens[k - 2], ",") && BREAKDOWN_PAIRS.has(`${tokens[k - 1]!.lower} ${tokens[k]!.lower}`);
    if ((isWord(tokens[k], "including") && isPunct(tokens[k - 1], ",")) || pairAfterComma) return tokens[sentenceStart] && previous.from >= tokens[sentenceStart]!.from ? previous : undefined;
    // Otherwise the joining words stand right before the count: "and", "including", "among them".
    {
      if (isWord(tokens[k], "and", "including")) k -= 1;
      else if (k - 1 >= sentenceStart && BREAKDOWN_PAIRS.has(`${tokens[k - 1]!.lower} ${tokens[k]!.lower}`)) k -= 2;
      else return undefined;
    }
    if (isPunct(tokens[k], ",")) k -= 1;
    // Only the first count's noun may stand between it and the joining words.
    for (let steps = 0; k >= sentenceStart; k--, steps++) {
      const t = tokens[k]!;
      if (t.to <= previous.to) return previous;
      if (steps >= JOIN_WINDOW || t.type !== "word") return undefined;
    }
    return undefined;
  }

  /** "Israel's count", "the health ministry's tally" at `from`: the possessor's tokens, when a count noun follows its "'s". */
  private possessorBeforeCountNoun(from: number, end: number): [number, number] | undefined {
    const { tokens } = this;
    for (let k = from; k < Math.min(end, from + POSSESSOR_WINDOW); k++) {
      const t = tokens[k]!;
      if (t.type === "punct" && t.text !== "'" && t.text !== "’") return undefined;
      if ((t.lower === "'s" || t.lower === "s") && (tokens[k - 1]?.text === "'" || tokens[k - 1]?.text === "’" || t.lower === "'s")) {
        const apostrophe = t.lower === "'s" ? k : k - 1;
        if (COUNT_NOUNS.has(tokens[k + 1]?.lower ?? "") && apostrophe > from) return [from, apostrophe];
        return undefined;
      }
    }
    return undefined;
  }

  private sentenceStart(i: number): number {
    return this.sentences[this.sentenceOf[i]!]![0];
  }

  private sentenceEnd(i: number): number {
    return this.sentences[this.sentenceOf[i]!]![1];
  }

  /** Money, shares, times, years, dates, addresses, phone numbers and identifiers are not counts of people. */
  private isNotACount(i: number, num: NumberRead): boolean {
    const { tokens } = this;
    const t = tokens[i]!;
    const before = tokens[i - 1];
    const after = tokens[num.end];
    if (before && before.type === "punct" && /^[$€£¥₪#№]$/.test(before.text)) return true;
    if (after && ((after.type === "punct" && (after.text === "%" || after.text === "°")) || (after.type === "word" && NON_COUNT_UNITS.has(after.lower)))) return true;
    // "more than 20 military vehicles", "300 aid trucks": things, past one modifier.
    if (after?.type === "word" && !CLAUSE_JOINS.has(after.lower) && !isWord(after, "of") && tokens[num.end + 1]?.type === "word" && OBJECT_NOUNS.has(tokens[num.end + 1]!.lower)) return true;
    if (after && after.type === "word" && !after.space && /^(st|nd|rd|th)$/.test(after.lower)) return true;
    if (before && before.type === "word" && IDENTIFIER_WORDS.has(before.lower)) return true;
    // "flight MH17", "F-35 parts", "Su-25": a number joined to capital letters is a code's, not a count.
    if (!t.space && (/^\p{Lu}{1,4}$/u.test(before?.text ?? "") || (isPunct(before, "-") && !before!.space && /^\p{Lu}\p{L}?$/u.test(tokens[i - 2]?.text ?? "")))) return true;
    if (isPunct(before, ".") && tokens[i - 2] && MONTHS.has(tokens[i - 2]!.lower)) return true;
    if (before && MONTHS.has(before.lower)) return true;
    if (after && MONTHS.has(after.lower) && after.type === "word") return true;
    if (isWord(after, "of") && tokens[num.end + 1] && MONTHS.has(tokens[num.end + 1]!.lower)) return true;
    // "12 Main Street", "4 Salah al-Din Road": capitalised words, then a street word.
    for (let k = num.end; k < Math.min(tokens.length, num.end + 4); k++) {
      const w = tokens[k]!;
      if (w.type === "word" && STREET_WORDS.has(w.lower) && /^\p{Lu}/u.test(w.text)) return true;
      if (!(w.type === "word" && /^\p{Lu}/u.test(w.text)) && !(w.type === "punct" && w.text === "-")) break;
    }
    // "Dr. Ahmed Salem, 52, a surgeon": an age set between commas after a person's name.
    if (this.isAgeAfterName(i, num)) return true;
    // "soldiers under 25", "children under five", "men aged over 60": an age limit after the people it bounds.
    if (isWord(before, "under", "over", "aged", "above", "below")) {
      const people = isWord(tokens[i - 2], "aged") ? i - 3 : i - 2;
      if (GROUPS.has(tokens[people]?.lower ?? "")) return true;
    }
    // A clock time, "11:20": its hours and its minutes.
    if (isPunct(after, ":") && tokens[num.end + 1]?.type === "number" && !tokens[num.end + 1]!.space) return true;
    if (isPunct(before, ":") && !before!.space && !t.space && tokens[i - 2]?.type === "number") return true;
    if (isWord(after, "a.m", "p.m", "am", "pm", "gmt", "utc", "o'clock")) return true;
    if (!num.word && t.type === "number" && /^\d{4}$/.test(t.text) && num.end === i + 1) {
      const year = Number(t.text);
      if (year >= 1900 && year <= 2100 && !this.hasCountedNoun(num.end)) return true;
      // "where the 2020 explosion killed more than 200", "the 2006 war killed 1,200": a year before an event's noun dates it.
      if (year >= 1900 && year <= 2100 && after?.type === "word" && DATED_EVENT_NOUNS.has(after.lower)) return true;
      // "since October 8, 2023 have killed": a date's year, whatever verb follows it.
      if (year >= 1900 && year <= 2100 && isPunct(before, ",") && tokens[i - 2]?.type === "number" && /^\d{1,2}$/.test(tokens[i - 2]!.text) && (MONTHS.has(tokens[i - 3]?.lower ?? "") || (isPunct(tokens[i - 3], ".") && MONTHS.has(tokens[i - 4]?.lower ?? "")))) return true;
    }
    // "most of the enclave's 2.3 million people", "Gaza's 2.1 million residents": a place's
    // population, given with the place's possessive, is no toll.
    if (this.isPopulation(i, num)) return true;
    // "15 Gazans for each dead hostage", "three prisoners for every hostage": a rate of exchange
    // or of anything else, not a count.
    for (let k = num.end; k < Math.min(tokens.length - 1, num.end + 4); k++) {
      const w = tokens[k]!;
      if (isWord(w, "for") && isWord(tokens[k + 1], "each", "every")) return true;
      if (w.type !== "word" || CLAUSE_JOINS.has(w.lower)) break;
    }
    // "nine in ten", "one in five children": a ratio, not a count.
    // The part must be smaller than the whole: "killed 27 in two strikes" is a count.
    const over = isWord(after, "out") && isWord(tokens[num.end + 1], "of") ? num.end + 2 : isWord(after, "in") ? num.end + 1 : -1;
    if (over >= 0 && num.value < (ratioValue(tokens[over]) ?? 0)) return true;
    const under = isWord(before, "in") ? i - 2 : isWord(before, "of") && isWord(tokens[i - 2], "out") ? i - 3 : -1;
    if (under >= 0 && (ratioValue(tokens[under]) ?? Number.POSITIVE_INFINITY) < num.value) return true;
    // "the 2023-2024 war": a span of years, not a count.
    if (num.low !== undefined && num.high !== undefined && YEAR.test(String(num.low)) && YEAR.test(String(num.high)) && num.high > num.low && num.high - num.low <= 20) return true;
    // "aged between 18 and 25", "aged 18 to 60": both ends of an age range are ages.
    if (isWord(before, "between") && isWord(tokens[i - 2], "aged", "age", "ages")) return true;
    // "aged eight and 15", "aged 4, 9 and 12": every number of a list of ages after "aged".
    // A number with a noun of its own ("aged eight, and 15 others were killed") is a count.
    if ((isWord(before, "and", "to") || isPunct(before, ",")) && !isWord(after, "others", "more") && !this.hasCountedNoun(num.end) && this.inAgeList(i)) return true;
    // "on day 95 of the war", "Day 1,000": the index of a day, not a count.
    if (isWord(before, "day", "Day") && !isWord(tokens[i - 2], "a", "per", "each", "every", "one", "that", "the")) return true;
    // Phone numbers and codes: "+972", "555-1234", "02 123 4567".
    if (isPunct(before, "+") || (isPunct(before, "(") && isPunct(after, ")"))) return true;
    if (isPunct(after, "-", "/", ".") && !after!.space && tokens[num.end + 1]?.type === "number" && !tokens[num.end + 1]!.space && num.low === undefined) return true;
    if (isPunct(before, "-", "/") && !before!.space && (tokens[i - 2]?.type === "number" || tokens[i - 2]?.type === "word")) return true;
    if (!num.word && t.type === "number" && /^0\d/.test(t.text)) return true;
    // Bare numbers in a row ("+972 2 555 1234") are a phone number or a code.
    if (before?.type === "number" || (after?.type === "number" && num.low === undefined)) return true;
    if (!num.word && num.value !== Math.floor(num.value)) return true;
    return false;
  }

  /**
   * True when token `i` ends a list of ages: numbers (in figures or words) joined by commas, "and"
   * or "to", after "aged", "age" or "ages" ("aged eight and 15", "aged between 18 and 25").
   */
  private inAgeList(i: number): boolean {
    const { tokens } = this;
    let numbers = 0;
    let k = i - 1;
    for (; k >= Math.max(0, i - AGE_LIST_REACH); k--) {
      const t = tokens[k]!;
      if (t.type === "number" || (t.type === "word" && UNITS.has(t.lower))) numbers += 1;
      else if (!isWord(t, "and", "to") && !isPunct(t, ",")) break;
    }
    if (numbers === 0) return false;
    return isWord(tokens[k], "aged", "age", "ages") || (isWord(tokens[k], "between") && isWord(tokens[k - 1], "aged", "age", "ages"));
  }

  /** True when a counted noun (a group or a measure) follows within a couple of words. */
  private hasCountedNoun(from: number): boolean {
    const { tokens } = this;
    for (let k = from; k < Math.min(tokens.length, from + 3); k++) {
      const t = tokens[k]!;
      if (t.type !== "word") return false;
      if (GROUPS.has(t.lower) || MEASURE_WORDS.has(t.lower) || phraseAt(GROUP_PHRASE_INDEX, tokens, k)) return true;
    }
    return false;
  }

  /** The hedge right before token i ("more than", "nearly"), if any. */
  private readQualifierBefore(i: number): { qualifier: Qualifier; start: number; text: string } | undefined {
    const { tokens } = this;
    const last = tokens[i - 1];
    for (const phrase of (last && QUALIFIER_INDEX.get(last.lower)) || []) {
      const start = i - phrase.words.length;
      if (start < 0) continue;
      if (matchWords(tokens, start, phrase.words)) {
        // "handed over 23 soldiers": the particle of a verb, not a hedge.
        if (phrase.words.length === 1 && PARTICLE_VERBS.get(phrase.words[0]!)?.has(tokens[start - 1]?.lower ?? "")) return undefined;
        // "some 34,000" is a hedge but "some of the 34,000" is not: the phrase must touch the figure.
        return { qualifier: phrase.qualifier, start, text: this.text.slice(tokens[start]!.from, tokens[i - 1]!.to) };
      }
    }
    if (isWord(last, "past") && this.carriedPast(i - 1)) return { qualifier: "over", start: i - 1, text: last!.text };
    return undefined;
  }

  /**
   * True when the "past" at token `at` follows a verb that carries its object past the figure after
   * it ("pushed the territory's toll past 28,000"), a few words back in its clause. "In the past 24
   * hours" is a time word: "past" after a determiner, or before a number of hours or days, is not read.
   */
  private carriedPast(at: number): boolean {
    const { tokens } = this;
    if (isWord(tokens[at - 1], ...DETERMINERS_BEFORE_PAST) || TIME_UNITS.has(tokens[at + 2]?.lower ?? "")) return false;
    for (let k = at - 1; k >= Math.max(0, at - CARRY_PAST_REACH); k--) {
      const t = tokens[k]!;
      if (t.type === "punct" && CLAUSE_STOPS.has(t.text)) return false;
      if (CARRY_PAST_VERBS.has(t.lower)) return true;
    }
    return false;
  }

  /**
   * The longest measure phrase that covers token `k` ("hunger-related deaths" rather than
   * "deaths"), with the token it starts at.
   */
  /** True when a word of a side's losses ({@link LOSS_WORDS}) stands in the count's subject, before token `start`. */
  private lossWordBefore(start: number, sentenceStart: number): boolean {
    for (let k = start - 1; k >= Math.max(sentenceStart, start - SUBJECT_WINDOW); k--) if (LOSS_WORDS.has(this.tokens[k]!.lower)) return true;
    return false;
  }

  /**
   * True when the measure phrase at tokens `[from, to)` is joined by "and" or "or" to a measure
   * phrase of another measure right before or after it ("killed and wounded", "dead or injured"):
   * the two make one count.
   */
  private joinedToMeasure(from: number, to: number, sentenceStart: number, sentenceEnd: number): boolean {
    const { tokens } = this;
    const own = phraseAt(MEASURE_INDEX, tokens, from)?.measure;
    if (isWord(tokens[to], "and", "or") && to + 1 < sentenceEnd) {
      const next = phraseAt(MEASURE_INDEX, tokens, to + 1);
      if (next && next.measure !== own && !NOUN_MEASURES.has(next.words[0]!)) return true;
    }
    if (isWord(tokens[from - 1], "and", "or") && from - 2 >= sentenceStart) {
      const before = this.measureEndingAt(from - 2, sentenceStart);
      if (before && before.at + before.phrase.words.length === from - 1 && before.phrase.measure !== own && !NOUN_MEASURES.has(before.phrase.words[0]!)) return true;
    }
    return false;
  }

  private measureEndingAt(k: number, sentenceStart: number): { phrase: { words: readonly string[]; measure: Measure }; at: number } | undefined {
    for (let j = Math.max(sentenceStart, k - LONGEST_MEASURE + 1); j <= k; j++) {
      const phrase = phraseAt(MEASURE_INDEX, this.tokens, j);
      if (phrase && j + phrase.words.length > k) return { phrase, at: j };
    }
    return undefined;
  }

  /**
   * The group the noun right before token `k` names: the people a measure describes ("soldiers" in
   * "the number of soldiers killed", "child" in "child death toll"). Only a noun that ends right
   * there: in "women it had held hostage" the measure describes no noun.
   */
  private groupBefore(k: number, sentenceStart: number): string | undefined {
    // "the number of children among the dead": the group before "among the" or "among those".
    if (isWord(this.tokens[k - 1], "the", "those") && isWord(this.tokens[k - 2], "among")) k -= 2;
    for (let j = Math.max(sentenceStart, k - 3); j < k; j++) {
      const phrase = phraseAt(GROUP_PHRASE_INDEX, this.tokens, j);
      if (phrase && j + phrase.words.length === k) return phrase.group;
    }
    const t = this.tokens[k - 1];
    return t && k - 1 >= sentenceStart && t.type === "word" ? GROUPS.get(t.lower) : undefined;
  }

  /**
   * The words of a label that opens at token `k` and ends in a colon right before a count, as a
   * box of figures is written ("Killed: 31,490 Wounded: more than 74,000"): the index of the colon,
   * or -1. A label is one to {@link LABEL_WORDS} words or years, nothing else, and a figure after its colon.
   */
  private labelColonFrom(k: number, sentenceEnd: number): number {
    const { tokens } = this;
    for (let j = k; j < Math.min(sentenceEnd, k + LABEL_WORDS + 1); j++) {
      const t = tokens[j]!;
      if (isPunct(t, ":")) return j > k && this.countFollows(j + 1) ? j : -1;
      if (!isLabelWord(t)) return -1;
    }
    return -1;
  }

  /** True when a count begins at token `k`, after at most a qualifier's words ("more than 74,000"). */
  private countFollows(k: number): boolean {
    for (let j = k; j < Math.min(this.tokens.length, k + QUALIFIER_WORDS + 1); j++) {
      const t = this.tokens[j]!;
      if (t.type === "number") return true;
      if (t.type !== "word") return false;
    }
    return false;
  }

  /**
   * What the label before a count's colon says it counts ("Children killed: more than 13,000"):
   * the measure and the group among its words, read back from the colon to the punctuation or
   * the figure before it.
   */
  private labelBefore(start: number, sentenceStart: number): { measure?: Measure; group?: string } | undefined {
    const { tokens } = this;
    const colon = start - 1;
    if (!isPunct(tokens[colon], ":")) return undefined;
    // "Gaza's dead, per the Health Ministry: more than 65,000": a source set between the label and
    // its colon is passed over; the label may hold a possessive and a date ("dead since Oct. 7").
    const end = this.sourceAsideBefore(colon, sentenceStart) ?? colon;
    let from = end;
    let words = 0;
    while (from - 1 >= sentenceStart && words < LABEL_WORDS && isLabelToken(tokens, from - 1)) {
      from--;
      if (tokens[from]!.type === "word") words++;
    }
    if (from === end) return undefined;
    let measure: Measure | undefined;
    let group: string | undefined;
    for (let j = from; j < end; j++) {
      const m = measure ? undefined : phraseAt(MEASURE_INDEX, tokens, j);
      if (m && j + m.words.length <= end && !NOUN_MEASURES.has(m.words[0]!)) measure = m.measure;
      const g = group ? undefined : phraseAt(GROUP_PHRASE_INDEX, tokens, j);
      if (g && j + g.words.length <= end) group = g.group;
      else if (!group) group = GROUPS.get(tokens[j]!.lower);
    }
    return measure || group ? { ...(measure ? { measure } : {}), ...(group ? { group } : {}) } : undefined;
  }

  /**
   * The comma that opens a source set right before a label's colon (", per the Health Ministry:",
   * ", according to OCHA:"), within {@link LABEL_WORDS} words of it, or undefined.
   */
  private sourceAsideBefore(colon: number, sentenceStart: number): number | undefined {
    const { tokens } = this;
    for (let k = colon - 1; k > sentenceStart && colon - k <= LABEL_WORDS + 2; k--) {
      if (isPunct(tokens[k], ",", ":", ";") || isPunct(tokens[k], ".")) return undefined;
      const opens = isWord(tokens[k], "per") ? k : isWord(tokens[k], "according") && isWord(tokens[k + 1], "to") ? k : -1;
      if (opens >= 0 && isPunct(tokens[opens - 1], ",")) return opens - 1;
    }
    return undefined;
  }

  /** True when a noun names people or a body that can hold a stance: "officials", "government", "troops", "negotiators". */
  private isAgentNoun(word: string): boolean {
    return BODY_NOUNS.has(word) || ROLE_WORDS.has(word) || GROUPS.has(word) || GROUP_ANAPHOR_NOUNS.has(word) || AGENT_NOUNS.has(word);
  }

  /** True when a body's or a role's noun stands at \`k\` or the word after it ("health ministry", "officials", "army"). */
  private namesVoiceAt(k: number): boolean {
    for (let j = k; j < Math.min(this.tokens.length, k + 2); j++) {
      const t = this.tokens[j]!;
      if (t.type !== "word") return false;
      if (BODY_NOUNS.has(t.lower) || ROLE_WORDS.has(t.lower)) return true;
    }
    return false;
  }

  /** What a count counts: the group, measure and place in the words after it, then before it, within its clause. */
  private describe(start: number, end: number): { measure?: Measure; group?: string; place?: string; demonym?: string; partOf?: number; measureOfEarlier?: true } {
    const { tokens } = this;
    let demonym: string | undefined;
    const sentenceStart = this.sentenceStart(start);
    const sentenceEnd = this.sentenceEnd(start);
    let group: string | undefined;
    let measure: Measure | undefined;
    let nounMeasure: Measure | undefined;
    let place: string | undefined;
    let measureOfEarlier = false;
    // "Russia's losses near 1 million": a side's losses are its soldiers, when no other people are named.
    let losses = false;
    // The side named before "has lost": whose dead a count of losses counts.
    let lossSide: string | undefined;
    // An attack phrase before the count, kept in case no other measure is found ("settler attacks top 4,000").
    let incident = false;
    // "Russia's losses in killed and wounded at more than 720,000", "150,000 killed or injured": one
    // count of two measures, which no series of one measure judges.
    let combined = false;
    let worldGroupBefore: string | undefined;
    // "Children killed: more than 13,000": a box's label before the colon says what its figure counts.
    const label = this.labelBefore(start, sentenceStart);
    if (label) {
      measure = label.measure;
      group = label.group;
    }
    // A measure right before the count, in its own clause, is its own: "have killed 62,622
    // Palestinians and injured 157,673", "bringing the toll to 65,382, while the number of wounded ...".
    for (let k = start - 1; k >= Math.max(sentenceStart, start - 3); k--) {
      const t = tokens[k]!;
      if (t.type !== "word" || CLAUSE_JOINS.has(t.lower)) break;
      const found = this.measureEndingAt(k, sentenceStart);
      if (found && found.at + found.phrase.words.length <= start && !NOUN_MEASURES.has(found.phrase.words[0]!)) {
        // Before the count, attacks may be what killed the counted ("the death toll from settler
        // attacks rose to 50"): they are its measure only when no other measure stands before them.
        if (found.phrase.measure === "attacks") {
          incident = true;
          continue;
        }
        const read = this.measureOf(found.phrase, found.at, start, sentenceStart);
        ({ measure } = read);
        losses ||= read.losses;
        measureOfEarlier ||= read.earlier;
        lossSide ??= this.sideBeforeLoss(found.phrase, found.at);
        combined ||= this.joinedToMeasure(found.at, found.at + found.phrase.words.length, sentenceStart, sentenceEnd);
        // "the child death toll climbs to 219", "the number of soldiers killed has risen to 244";
        // not when the count is the verb's object ("militants killed 1,200 people").
        if (found.at + found.phrase.words.length < start) group ??= this.groupBefore(found.at, sentenceStart);
        // "the number of aid seekers killed had passed 800": a registry's words for whom its series
        // count, right before the measure, name the count's group.
        if (this.world.groups.size > 0) {
          for (let j = Math.max(sentenceStart, found.at - 4); j < found.at; j++) {
            const phrase = phraseAt(this.world.groups, tokens, j);
            if (phrase && j + phrase.words.length === found.at) {
              worldGroupBefore = phrase.group;
              break;
            }
          }
        }
        break;
      }
    }
    let limit = Math.min(sentenceEnd, end + 10);
    let groupClosed = label?.group !== undefined;
    let measureClosed = label?.measure !== undefined;
    let worldGroup: string | undefined;
    for (let k = end; k < limit; k++) {
      const t = tokens[k]!;
      // "263 people, including 112 children, have died": the breakdown between commas is passed over.
      const aside = isPunct(t, ",") ? this.breakdownAsideEnd(k, sentenceEnd) : undefined;
      if (aside !== undefined) {
        limit = Math.min(sentenceEnd, limit + (aside - k));
        k = aside;
        continue;
      }
      // "Gaza toll rises to 29,195, women and children 'over 70 percent'", "50,100 injured, with
      // children accounting for 8,000": past a comma that opens no breakdown aside, the people
      // named are another phrase's.
      if (isPunct(t, ",")) groupClosed = true;
      // "600 killed by Israeli soldiers", "martyred by occupation soldiers": the agent of a passive
      // is who did it, not whom the count counts.
      if (isWord(t, "by") && k > end) groupClosed = true;
      // "10,000 children and 7,000 women were among those killed": coordinated counts share what follows.
      if (t.type === "number" && k > end && !measure && isWord(tokens[k - 1], "and") && !isPunct(tokens[k - 2], ",") && k - end <= 4) {
        limit = Math.min(sentenceEnd, k + 10);
        continue;
      }
      if (t.type === "number" && k > end) break;
      // "70,373: Palestinians killed since October 2023", as "by the numbers" boxes write a figure
      // that opens its line: the words after the colon say what it counts.
      if (k === end && isPunct(t, ":") && start === sentenceStart && tokens[k + 1]?.type === "word") {
        limit = Math.min(sentenceEnd, limit + 1);
        continue;
      }
      if (t.type === "punct" && CLAUSE_STOPS.has(t.text)) break;
      if (t.type !== "word") continue;
      // "Killed: 31,490 Wounded: more than 74,000": the next label of a box is the next figure's.
      if (k >= end && this.labelColonFrom(k, sentenceEnd) >= 0) break;
      if (k > end && (UNITS.has(t.lower) || t.lower === "dozens" || t.lower === "hundreds" || t.lower === "thousands") && k + 1 < limit && tokens[k + 1]!.type === "word") {
        // Another figure starts: what follows belongs to it ("34,654 killed and 77,908 injured").
        if (group || measure) break;
      }
      // A registry's words for whom its series count ("killed while seeking aid", "near aid
      // sites") name the count's group over core's plain ones ("75 people").
      // Not inside a body's name ("the General Staff" is no aid workers' "staff").
      if (!worldGroup && !groupClosed && this.world.groups.size > 0 && !this.insideName(k)) worldGroup = phraseAt(this.world.groups, tokens, k)?.group;
      // "to 3,102 and the number of injuries to 13,819": "and" and a count's own noun open another
      // count's subject, right after this one or later, comma or not.
      if ((t.lower === "and" || t.lower === "or") && isWord(tokens[k + 1], "the", "its", "their") && isWord(tokens[k + 2], "number", "toll", "tally", "count")) {
        groupClosed = true;
        measureClosed = true;
      }
      // "losses have passed 600,000 as UN counts civilian dead", "killed 30 while Israeli forces
      // pressed on": a subordinate clause after the count says what others did, not whom it counts.
      // A participle after it is the count's own circumstance ("killed while seeking aid").
      if (SUBORDINATORS.has(t.lower) && !isWord(tokens[k + 1], "of", "well", "many", "much", "part") && !/ing$/.test(tokens[k + 1]?.lower ?? "")) {
        groupClosed = true;
        measureClosed = true;
      }
      // "... at more than 15,000 and the number of women at ...": after "and" or "or" and a
      // determiner, the words name what another count counts ("sick and wounded captives" do not).
      // "8,000 of the dead and women for 6,200": with what it counts read and no people named yet,
      // what follows "and" is another count's ("nine sick and wounded captives" is one phrase).
      if (k > end && (t.lower === "and" || t.lower === "or") && ((!group && measure !== undefined) || isWord(tokens[k + 1], "the", "a", "an", "its", "their", "another"))) {
        groupClosed = true;
        // "has risen to 32,333, and the number of injured to 74,694": past a comma, "and" and a
        // determiner open another count's subject, and what it measures is that count's too.
        if (isPunct(tokens[k - 1], ",") && isWord(tokens[k + 1], "the", "its", "their")) measureClosed = true;
      }
      if (!group && !groupClosed) {
        const phrase = phraseAt(GROUP_PHRASE_INDEX, tokens, k);
        if (phrase) group = phrase.group;
        else if (GROUPS.has(t.lower) && k <= end + 4 && !this.insideName(k)) {
          group = GROUPS.get(t.lower);
          // "43,000 Ukrainian soldiers": a side's adjective before its soldiers says whose they are,
          // so another side's count of its enemy's dead is not theirs.
          if (group === "soldiers" && !demonym) {
            const side = k - 1 > end - 1 ? phraseAt(this.world.places, tokens, k - 1) : undefined;
            if (side && side.words.length === 1) demonym = side.place;
          }
        }
        else if (k <= end + 4) {
          // A demonym counts people, of the place it names ("34,000 Gazans").
          const people = phraseAt(this.world.demonyms, tokens, k);
          // "…, the Palestinian health ministry said": a demonym before a body or a role is whose voice it is.
          if (people && !this.namesVoiceAt(k + people.words.length)) {
            demonym = people.place;
            // "190 Palestinian children": a group noun after the demonym says whom the count counts.
            const next = tokens[k + people.words.length];
            if (!(next?.type === "word" && (GROUPS.has(next.lower) || phraseAt(GROUP_PHRASE_INDEX, tokens, k + people.words.length)))) group = "people";
          }
        }
      }
      // "including 3,760 children and 2,326 women, and wounded 22,911": a measure right before
      // another number after "and" is that number's.
      if (k > end && isWord(tokens[k - 1], "and") && (tokens[k + 1]?.type === "number" || tokens[k + 2]?.type === "number") && phraseAt(MEASURE_INDEX, tokens, k)) break;
      if (!measure && !measureClosed) {
        const m = phraseAt(MEASURE_INDEX, tokens, k);
        if (m && !this.describesPatients(k, m.words.length) && !releasesData(tokens, k, m.measure)) {
          if (NOUN_MEASURES.has(m.words[0]!)) nounMeasure ??= m.measure;
          else {
            const read = this.measureOf(m, k, start, sentenceStart);
            ({ measure } = read);
            losses ||= read.losses;
            measureOfEarlier ||= read.earlier;
            combined ||= this.joinedToMeasure(k, k + m.words.length, sentenceStart, sentenceEnd);
          }
        }
      }
      if (!place) place = countPlaceAt(tokens, k, this.world, PLACE_AFTER_COUNT);
    }
    // "851 people had been killed and 5,634 wounded while trying to reach food aid": counts joined
    // by "and" share the words after the last of them.
    if (!worldGroup && this.world.groups.size > 0) worldGroup = worldGroupBefore ?? this.worldGroupAfterJoined(end, sentenceEnd);
    if (worldGroup) {
      group = worldGroup;
      demonym = undefined;
    }
    if (combined) {
      // A side's soldiers counted killed and wounded together are its losses, read as "losses" is
      // ("Russia's losses in killed and wounded", "more than 900,000 Russian troops killed or
      // wounded"); other people so counted are counted by no one measure.
      losses = group === "soldiers" || this.lossWordBefore(start, sentenceStart);
      measure = losses ? "killed" : undefined;
    } else if (!measure && !nounMeasure && !INCIDENT_NOUNS.has(tokens[end]?.lower ?? "") && !this.opensOwnClause(end, sentenceEnd)) {
      // Not past a noun of incidents right after the count: "…, and settlers have carried out more
      // than 1,800 attacks" counts those, whatever measure its sentence gave earlier.
      // Past the amount of a length, only a noun of a figure ({@link FIGURE_NOUNS}) gives the subject's measure: "the toll from
      // 137 days of war had reached 29,195", not "hostages held ... would be returned within 72
      // hours ..., in exchange for 250 Palestinians".
      let pastLength = false;
      let commaAfterVerb = false;
      for (let k = start - 1; k >= Math.max(sentenceStart, start - SUBJECT_WINDOW); k--) {
        const t = tokens[k]!;
        // A year or a day of a date ("the death toll since October 7, 2023 has risen to ..."), or
        // the amount of a length, is no other figure.
        if (t.type === "number" && !YEAR.test(t.text) && !isDayOfDate(tokens, k)) {
          if (!this.isTimeAmount(k)) break;
          pastLength = true;
        }
        // A full stop inside the sentence ends an abbreviation ("since Oct. 7"), not the subject.
        if (t.type === "punct" && (t.text === ";" || t.text === ":")) break;
        // "... have been killed in Gaza, and the U.N. estimates some 1.4 million people are crowded
        // into Rafah": what a verb of saying reports is a clause of its own, whose subject no word
        // before the verb is.
        // A verb of saying set off by commas ("The toll, the ministry said, has risen to 34,000") is an aside.
        if (isPunct(t, ",")) commaAfterVerb = true;
        // "The ministry's toll, which it says stands at more than 35,000": a verb of saying inside a
        // relative clause is the clause's aside; the clause's head is the count's subject.
        if (!commaAfterVerb && t.type === "word" && SAYING_BEFORE_COUNT.has(t.lower) && !isWord(tokens[k - 2], "which", "that") && !isWord(tokens[k - 3], "which", "that")) break;
        let m = phraseAt(MEASURE_INDEX, tokens, k);
        if (m && releasesData(tokens, k, m.measure)) m = undefined;
        if (m && k + m.words.length <= start) {
          // Read backwards, a phrase is met at its last words: "famine deaths" before "deaths".
          for (let b = k - 1; b >= Math.max(sentenceStart, k - LONGEST_MEASURE + 1); b--) {
            const longer = phraseAt(MEASURE_INDEX, tokens, b);
            if (longer && b + longer.words.length >= k + m.words.length && b + longer.words.length <= start) m = longer;
          }
          if (pastLength && !m.words.some((w) => FIGURE_NOUNS.has(w))) break;
          if (m.measure === "attacks") incident = true;
          else if (NOUN_MEASURES.has(m.words[0]!)) {
            // "the child death toll climbs to 219": the group before the noun.
            if (!nounMeasure) group ??= this.groupBefore(k, sentenceStart);
            nounMeasure ??= m.measure;
          } else {
            const read = this.measureOf(m, k, start, sentenceStart);
            ({ measure } = read);
            losses ||= read.losses;
            measureOfEarlier ||= read.earlier;
            // "Ukraine had lost some 400,000 soldiers": the side named before "lost" is whose dead they are.
            lossSide ??= this.sideBeforeLoss(m, k);
            // The count completes its subject ("the number of soldiers killed ... has risen to
            // 244"): the group is the noun the measure describes, just before it.
            group ??= this.groupBefore(k, sentenceStart);
            // "The number of people killed while trying to reach aid has exceeded 2,400": a
            // registry's words for whom its series count, in the subject after the measure.
            if (this.world.groups.size > 0 && !worldGroup) {
              for (let j = k + m.words.length; j < start; j++) {
                const phrase = phraseAt(this.world.groups, tokens, j);
                if (phrase) {
                  group = phrase.group;
                  demonym = undefined;
                  break;
                }
              }
            }
            break;
          }
        }
      }
    }
    // "children accounting for 8,000 of the dead and women for 6,200": the people right before
    // "(accounting) for" are whom the count counts.
    if (!group && isWord(tokens[start - 1], "for")) {
      const at = isWord(tokens[start - 2], "accounting", "account", "accounted") ? start - 3 : start - 2;
      const noun = at >= sentenceStart ? tokens[at] : undefined;
      if (noun?.type === "word") group = GROUPS.get(noun.lower) ?? group;
    }
    measure ??= nounMeasure;
    // "more than 4,000 attacks on Palestinians": a count of incidents named by a bare noun.
    if (!measure && (incident || INCIDENT_NOUNS.has(tokens[end]?.lower ?? ""))) measure = "attacks";
    // "among them 3,457 children and 2,136 women", "Among the dead were 1,756 children and 967 women":
    // a breakdown of a count, or a count joined to one, counts what that one counts.
    const head = this.countJoinedBefore(start, end, sentenceStart);
    if (head && !measure && head.measure) {
      measure = head.measure;
      place ??= head.place;
    }
    // "At least 10,000 children are among the dead. Women account for about 7,000 more.": a bare
    // "more" after a count adds to the count before it, and counts what that one counts.
    if (!measure && isWord(tokens[end], "more") && (tokens[end + 1] === undefined || tokens[end + 1]!.type === "punct")) {
      const earlier = this.lastCount();
      if (earlier?.measure && this.sentenceOf[start]! - earlier.sentence <= 1) {
        measure = earlier.measure;
        place ??= earlier.place;
      }
    }
    // "Soldier killed in southern Gaza, raising ground op toll to 314": a toll the sentence's event
    // is carried into counts whom the event killed.
    if (measure && !group) group = this.groupCarriedInto(start, sentenceStart);
    if (measure === "killed" && losses && !group) group = "soldiers";
    if (lossSide && !demonym) demonym = lossSide;
    if (measure === "held-hostage" && !group) group = "hostages";
    // An attack count counts incidents, by who carried them out: its group is the attacker its
    // clause names ("4,300 settler attacks"), never the victims ("attacks on Palestinians").
    if (measure === "attacks") {
      const attacker = this.attackerNear(start, end, sentenceStart, sentenceEnd);
      if (attacker) {
        group = attacker;
        demonym = undefined;
      } else measure = undefined;
    }
    // "Gaza death toll passes 23,300 as Blinken meets Abbas in Ramallah", "The toll in Gaza rose to
    // ...": a place that names the count's toll in its subject is its place, over one later in the sentence.
    for (let k = start - 1; k >= Math.max(sentenceStart, start - SUBJECT_WINDOW); k--) {
      if (tokens[k]!.type === "number" || isPunct(tokens[k], ";", ":")) break;
      if (!TOLL_NOUNS.has(tokens[k]!.lower)) continue;
      // "The toll in Gaza rose to 23,357 ...".
      const inPlace = isWord(tokens[k + 1], "in") && k + 2 < start ? phraseAt(this.world.places, tokens, k + 2) : undefined;
      if (inPlace && k + 2 + inPlace.words.length <= start) {
        place = inPlace.place;
        break;
      }
      for (let j = k - 1; j >= Math.max(sentenceStart, k - TOLL_PLACE_REACH); j--) {
        const named = placeOfToll(tokens, j, this.world);
        if (named) {
          place = named;
          break;
        }
      }
      break;
    }
    // Places are looked for within a bounded window so a huge sentence stays linear.
    if (!place) {
      for (let k = start - 1; k >= Math.max(sentenceStart, start - PLACE_WINDOW); k--) {
        // "In Gaza, where the war began a day before the Lebanon front opened, the ministry said
        // ... 43,665": a relative aside between commas tells of something else; the place before it governs.
        // A comma that opens the count's own "where" clause ends no aside: "..., which set off
        // Israel's war in Gaza, where more than 41,000 people have been killed" is in Gaza.
        if (isPunct(tokens[k], ",") && !isWord(tokens[k + 1], "where")) k = this.relativeAsideStart(k, Math.max(sentenceStart, start - PLACE_WINDOW)) ?? k;
        // "Hamas's attack on southern Israel ..., which resulted in the deaths of about 1,140 people".
        // "the war in Gaza, where more than 34,000 people have been killed": a clause "where" opens
        // after a place is in that place, a war's name or not.
        place = countPlaceAt(tokens, k, this.world, PLACE_BEFORE_COUNT) ?? placeOpeningWhere(tokens, k, this.world);
        if (place) break;
      }
    }
    if (!place) {
      for (let k = end; k < Math.min(sentenceEnd, end + PLACE_WINDOW); k++) {
        place = countPlaceAt(tokens, k, this.world, PLACE_FAR_AFTER_COUNT);
        if (place) break;
      }
    }
    // "On the Israeli side, official figures show at least 36 people ... killed": a side named at
    // the sentence's opening is whose people the count counts.
    if (!demonym && (!group || group === "people")) demonym = this.sideOpening(sentenceStart, start);
    // Written out, not spread: this runs for every count.
    const description: { measure?: Measure; group?: string; place?: string; demonym?: string; partOf?: number; measureOfEarlier?: true } = {};
    if (measure) description.measure = measure;
    if (group) description.group = group;
    if (place) description.place = place;
    if (demonym) description.demonym = demonym;
    if (head) description.partOf = head.from;
    if (measureOfEarlier && measure) description.measureOfEarlier = true;
    return description;
  }

  /**
   * The group a running total is of when its sentence carries an event into it ("Soldier killed
   * ..., raising the toll to 314"): the first group word before the linking verb
   * ({@link TOTAL_LINK_VERBS}), within its sentence and {@link SUBJECT_WINDOW} tokens, if the
   * count's own words name none.
   */
  private groupCarriedInto(start: number, sentenceStart: number): string | undefined {
    const { tokens } = this;
    // "Children have not been spared: 135 have been killed": the clause after a colon counts the
    // group the clause before it opens with.
    for (let k = start - 1; k > sentenceStart; k--) {
      const t = tokens[k]!;
      if (isPunct(t, ":")) {
        for (let j = sentenceStart; j < Math.min(k, sentenceStart + 3); j++) {
          const group = GROUPS.get(tokens[j]!.lower);
          if (group) return group;
        }
        break;
      }
      if (t.type === "number" || (t.type === "punct" && t.text !== ",")) break;
    }
    let link = -1;
    for (let k = start - 1; k >= Math.max(sentenceStart, start - SUBJECT_WINDOW); k--) {
      if (TOTAL_LINK_VERBS.has(tokens[k]!.lower)) {
        link = k;
        break;
      }
    }
    if (link < 0) return undefined;
    for (let k = Math.max(sentenceStart, link - SUBJECT_WINDOW); k < link; k++) {
      const group = GROUPS.get(tokens[k]!.lower);
      // "eight Palestinians, including two children, had died ..., raising the number to 281": the
      // people of a breakdown are some of the event's dead, not whom the total counts.
      if (group && (tokens[k - 1]?.type === "number" || UNITS.has(tokens[k - 1]?.lower ?? "")) && isWord(tokens[k - 2], "including")) return undefined;
      if (group) return group;
      // A count before the link verb counts the event's dead itself: its group is its own.
      if (tokens[k]!.type === "number") return undefined;
    }
    return undefined;
  }

  /**
   * What a measure phrase at token `k` says the count at `start` counts: its measure, or for
   * "86 such deaths", "bringing the number of such deaths to 227" the measure of the count before
   * it in the sentence (`earlier` when none is there: the rules, which see the whole story, take
   * an earlier sentence's); `losses` for a side's losses ("has lost", "losses").
   */
  private measureOf(m: { words: readonly string[]; measure: Measure }, k: number, start: number, sentenceStart: number): { measure: Measure; earlier: boolean; losses: boolean } {
    const losses = m.words.some((w) => LOSS_WORDS.has(w));
    if (!isWord(this.tokens[k - 1], "such", "these", "those")) return { measure: m.measure, earlier: false, losses };
    const before = this.measureOfCountBefore(start, sentenceStart);
    return before ? { measure: before, earlier: false, losses } : { measure: m.measure, earlier: this.nounRefersBack(k), losses };
  }

  /** "Ukraine had lost some 400,000 soldiers": the place named right before a "has lost" phrase at token `at`, whose dead the count counts. */
  private sideBeforeLoss(phrase: { words: readonly string[] }, at: number): string | undefined {
    if (phrase.words[phrase.words.length - 1] !== "lost") return undefined;
    const side = phraseAt(this.world.places, this.tokens, at - 1);
    return side && side.words.length === 1 ? side.place : undefined;
  }

  /** The measure of the nearest count with one before token `start` in its sentence. */
  private measureOfCountBefore(start: number, sentenceStart: number): Measure | undefined {
    const from = this.tokens[sentenceStart]!.from;
    const to = this.tokens[start]!.from;
    // A few mentions back at most: a huge sentence stays linear.
    for (let i = this.mentions.length - 1; i >= Math.max(0, this.mentions.length - MENTIONS_BACK); i--) {
      const m = this.mentions[i]!;
      if (m.from < from) break;
      if (m.kind === "count" && m.to <= to && m.measure) return m.measure;
    }
    return undefined;
  }

  /** The group of the attacker named nearest a count ({@link ATTACKERS}), within its subject before it and a few words after it. */
  private attackerNear(start: number, end: number, sentenceStart: number, sentenceEnd: number): string | undefined {
    const { tokens } = this;
    for (let k = end; k < Math.min(sentenceEnd, end + ATTACKER_AFTER); k++) {
      const found = ATTACKERS.get(tokens[k]!.lower);
      if (found) return found;
    }
    for (let k = start - 1; k >= Math.max(sentenceStart, start - SUBJECT_WINDOW); k--) {
      const found = ATTACKERS.get(tokens[k]!.lower);
      if (found) return found;
    }
    return undefined;
  }

  /** Attributions in one sentence: "according to X", "X said", "said X", "figures from X", anonymous sourcing. */
  private readAttributions(start: number, end: number): void {
    const { tokens } = this;
    const sentence = this.sentenceOf[start]!;
    const anonymous = hasPhrase(ANONYMOUS_INDEX, tokens, start, end);
    for (let k = start; k < end; k++) {
      const t = tokens[k]!;
      // One lookup passes over the words that can start no attribution.
      if (t.type !== "word" || !ATTRIBUTION_WORDS.has(t.lower)) continue;
      // "replied that ...", "responded: ...": an answer is a source's words only when they follow.
      if (REPLY_VERBS.has(t.lower) && !isWord(tokens[k + 1], "that") && !isPunct(tokens[k + 1], ":")) continue;
      // "it found that ...": a study's result; "found 40 bodies" is an act.
      if (FINDING_VERBS.has(t.lower) && !isWord(tokens[k + 1], "that")) continue;
      // "speaking on condition of anonymity citing the sensitivity of the talks": why the source
      // is unnamed, not another source.
      if (anonymous && REPORTING_VERBS.has(t.lower) && this.isInAnonymityAside(k, start)) continue;
      if (t.lower === "according" && isWord(tokens[k + 1], "to")) {
        const np = this.nounPhraseAfter(k + 2, end);
        if (np) this.pushAttribution(np, "according to", sentence, anonymous, k);
        continue;
      }
      // "By Israel's count, ...", "by the ministry's tally": the possessor counted.
      if (t.lower === "by" && k + 1 < end) {
        const np = this.possessorBeforeCountNoun(k + 1, end);
        if (np) this.pushAttribution(np, "by count", sentence, anonymous, k);
        if (np) continue;
      }
      // "the readout quoted Putin as saying", "state media quoted him as saying": the one a report
      // quotes is the speaker, whatever the clause before says.
      if (t.lower === "saying" && isWord(tokens[k - 1], "as")) {
        let quoted = k - 2;
        while (quoted > start && k - quoted <= QUOTED_AS_REACH && !isWord(tokens[quoted], "quoted")) quoted -= 1;
        // "he was quoted as saying": nothing between, the subject of the passive.
        const speaker = !isWord(tokens[quoted], "quoted") ? undefined : quoted + 1 < k - 1 ? ([quoted + 1, k - 1] as [number, number]) : this.nounPhraseBefore(quoted, start);
        if (speaker) {
          this.pushAttribution(speaker, "quoted", sentence, anonymous, k);
          continue;
        }
      }
      // ", saying ...": the speaker is the sentence's subject, the noun phrase it opens with.
      if (SPEECH_PARTICIPLES.has(t.lower)) {
        // Not after a reporting verb of its own sentence (", the ministry said, adding that ..."): that speaker goes on.
        const reported = this.attributions[this.attributions.length - 1]?.sentence === sentence;
        const np = reported ? undefined : isPunct(tokens[k - 1], ",") ? this.leadingName(start, k - 1) : this.speakerAfterWith(k, start);
        if (np) this.pushAttribution(np, t.lower, sentence, anonymous, k);
        continue;
      }
      if ((t.lower === "citing" || t.lower === "per") && k + 1 < end) {
        const np = this.nounPhraseAfter(k + 1, end);
        // "citing Ankara's ties to Hamas", "citing security concerns": a reason given, not a source;
        // "citing the ministry's figures", "citing officials" name one.
        if (np && t.lower === "citing" && this.namesReason(np)) continue;
        // "per the Health Ministry": a name after its article; "per the health ministry": a body by its noun.
        const named = np && isWord(tokens[np[0]], "the") && np[1] - np[0] > 1 ? np[0] + 1 : np?.[0];
        if (np && (t.lower === "citing" || /^\p{Lu}/u.test(tokens[named!]!.text) || this.looksLikeSourceOrBody(np))) this.pushAttribution(np, t.lower, sentence, anonymous, k);
        continue;
      }
      // "Its tally of the war stood at more than 4,000", "their latest figures show", "Its overall
      // toll now stands at 67,139": a pronoun's report, for the source the story last named, as "it said" is.
      if ((REPORT_NOUNS.has(t.lower) || t.lower === "toll") && k > start) {
        const owner = REPORT_MODIFIERS.has(tokens[k - 1]!.lower) ? k - 2 : k - 1;
        // As the subject of its clause only: "The ministry restarted its count" reports nothing.
        const opensClause = owner === start || isPunct(tokens[owner - 1], ",", ";") || isWord(tokens[owner - 1], "and", "but");
        if (owner >= start && opensClause && isWord(tokens[owner], "its", "their")) {
          this.pushAttribution([owner, owner + 1], t.lower, sentence, anonymous, k);
          continue;
        }
        // "Gaza's health ministry raised its death toll to 48,181", "Lebanon's health ministry has
        // raised the toll from the strikes to 22": a body revising the count reports it (a body by
        // its noun or name below; "strikes raised the toll" reports nothing).
        let its = k - 1;
        while (its > start && its > k - 3 && !isWord(tokens[its], "its", "their", "the") && tokens[its]!.type === "word") its -= 1;
        if (its > start && isWord(tokens[its], "its", "their", "the") && TOLL_REVISION_VERBS.has(tokens[its - 1]!.lower)) {
          const np = this.nounPhraseBefore(its - 1, start);
          // Of "the" toll, only a body named by its noun revises it ("Israeli strikes raised the toll" is what raised it).
          if (np && (isWord(tokens[its], "the") ? BODY_NOUNS.has(tokens[np[1] - 1]!.lower) : this.looksLikeSourceOrBody(np))) {
            this.pushAttribution(np, tokens[its - 1]!.lower, sentence, anonymous, its - 1);
            continue;
          }
        }
      }
      // "the UN's count of civilians killed now stands at 12,164", "the ministry's latest figures show",
      // "The ministry's overall toll rose to 37,084": the possessor counted.
      if ((REPORT_NOUNS.has(t.lower) || t.lower === "toll") && k > start) {
        const possessor = this.possessorBefore(k, start);
        // A toll is a place's as often as a body's ("Gaza's death toll"): only a body's toll is its report.
        if (possessor && (t.lower === "toll" ? this.namesBody(possessor) : this.looksLikeSourceOrBody(possessor))) {
          this.pushAttribution(possessor, `${t.lower}`, sentence, anonymous, k);
          continue;
        }
      }
      // "An earlier ministry statement had given three dead", "Army figures put the toll at 300":
      // a body's noun right before a report's, as the subject of its clause, names whose report it is.
      if (REPORT_NOUNS.has(t.lower) && k > start && BODY_NOUNS.has(tokens[k - 1]!.lower)) {
        const np = this.nounPhraseBefore(k + 1, start);
        // Its own verb of saying, when it has one ("The ministry statement said"), makes that attribution.
        const saying = REPORTING_VERBS.has(tokens[k + 1]?.lower ?? "") || (AUXILIARIES.has(tokens[k + 1]?.lower ?? "") && REPORTING_VERBS.has(tokens[k + 2]?.lower ?? ""));
        if (np && !saying && (np[0] === start || isPunct(tokens[np[0] - 1], ",", ";"))) {
          this.pushAttribution(np, t.lower, sentence, anonymous, k);
          continue;
        }
      }
      if (REPORT_NOUNS.has(t.lower) && isWord(tokens[k + 1], "from", "by", "of")) {
        const np = this.nounPhraseAfter(k + 2, end);
        if (np && this.looksLikeSource(np)) this.pushAttribution(np, `${t.lower} ${tokens[k + 1]!.lower}`, sentence, anonymous, k);
        continue;
      }
      // "Putin set out his own terms on June 14: Ukraine must withdraw ...": a side's terms given
      // after a colon are its words, and the name the sentence opens with is their source.
      if (TERMS_NOUNS.has(t.lower) && this.colonAfter(k, end)) {
        const owner = isWord(tokens[k - 1], "own") ? k - 2 : k - 1;
        const name = isWord(tokens[owner], "his", "her", "its", "their") ? this.leadingName(this.pastDateline(start, owner), owner) : undefined;
        if (name && owner - name[1] <= TERMS_VERB_WORDS) {
          this.pushAttribution(name, t.lower, sentence, anonymous, k);
          continue;
        }
      }
      if (!REPORTING_VERBS.has(t.lower) || t.lower === "according" || t.lower === "citing") continue;
      // "unless Beirut showed quick progress": a verb of showing reports only after a noun of records ("the figures showed").
      if (SHOW_VERBS.has(t.lower) && !this.recordsBefore(k, start)) continue;
      // "the United States", "Reports" in a headline-like name: a capitalised word mid-sentence is a name, not a verb.
      if (k > start && /^\p{Lu}/u.test(t.text)) continue;
      // "from the four regions Moscow claims before any ceasefire": a verb of claiming whose object is
      // the noun before its subject (a relative clause without "that") reports nothing.
      if (CLAIM_VERBS.has(t.lower) && this.claimsTheNounBefore(k, start, end)) continue;
      // "Arab states wanted", "Gulf states have pushed": a verb's -s form followed by a verb is a plural noun, the subject.
      if (PLURAL_NOUN_VERBS.has(t.lower) && k > start && tokens[k + 1]?.type === "word" && (AUXILIARIES.has(tokens[k + 1]!.lower) || /^[a-z]{3,}ed$/.test(tokens[k + 1]!.text))) continue;
      // "put the number of Israelis, soldiers included, killed ... at 29", "put the number above 2,000".
      if ((t.lower === "put" || t.lower === "puts" || t.lower === "putting") && !tokens.slice(k + 1, Math.min(end, k + PUT_WINDOW)).some((w) => PUT_AT_WORDS.has(w.lower))) continue;
      // "at least 36 have been confirmed dead by the IDF", "a toll reported by the UN": a passive
      // names its source after the verb, as the agent of "by" (past one complement, "dead").
      const agentAt = isWord(tokens[k + 1], "by") ? k + 1 : tokens[k + 1]?.type === "word" && isWord(tokens[k + 2], "by") ? k + 2 : -1;
      if (agentAt > 0 && t.lower.endsWith("ed")) {
        const np = this.nounPhraseAfter(agentAt + 1, end);
        if (np && this.looksLikeSource(np)) {
          this.pushAttribution(np, `${t.lower} by`, sentence, anonymous, k);
          continue;
        }
      }
      // "a deal could be announced", "a figure that cannot be independently verified": a passive
      // names no source before its verb, adverbs in -ly passed over.
      let auxiliary = k - 1;
      while (auxiliary > start && tokens[auxiliary]!.type === "word" && tokens[auxiliary]!.lower.endsWith("ly")) auxiliary -= 1;
      if (isWord(tokens[auxiliary], "be", "being", "been")) continue;
      // "Israel is said to have softened", "Israel said to drop demand": hearsay, not a source.
      if (this.isHedge(k)) continue;
      // "A source in the Egyptian delegation told TASS", "a villager who helped, said": an unnamed
      // speaker, with the words that place it, is the subject however long its description.
      const unnamed = this.unnamedSpeakerBefore(k, start) ?? (isPunct(tokens[k - 1], ",") || k === start || isPunct(tokens[k - 1], "”", '"') ? this.unnamedSpeakerAfter(k + 1, end) : undefined);
      if (unnamed) {
        this.pushAttribution(unnamed, t.lower, sentence, anonymous, k, { unnamed: true });
        continue;
      }
      // "..., it said", "It added that ...": a pronoun reports for the source the story last named.
      let before = k - 1;
      while (before >= start && AUXILIARIES.has(tokens[before]!.lower)) before -= 1;
      // "the four regions it claims before any truce starts": a verb whose object is the noun
      // before its pronoun, with nothing said after it, reports nothing.
      const objectGap = tokens[before - 1]?.type === "word" && /^\p{Ll}/u.test(tokens[before - 1]!.text) && !AUXILIARIES.has(tokens[before - 1]!.lower) && !isWord(tokens[before - 1], "and", "but", "as", "that", "what") && (tokens[k + 1] === undefined || tokens[k + 1]!.type === "punct" || OBJECT_GAP_FOLLOWERS.has(tokens[k + 1]!.lower));
      if (before >= start && PRONOUN_SOURCES.has(tokens[before]!.lower) && tokens[k]!.lower !== "according" && !objectGap) {
        this.pushAttribution([before, before + 1], t.lower, sentence, anonymous, k);
        continue;
      }
      // "... Antonio Guterres, who said more than 26,000 had been injured": the speaker is the name
      // before ", who"; "The ministry, which said 12,065 people had been wounded": a body before ", which".
      let who = k - 1;
      while (who > start && AUXILIARIES.has(tokens[who]!.lower)) who -= 1;
      if (isWord(tokens[who], "who", "which") && isPunct(tokens[who - 1], ",")) {
        const antecedent = this.nounPhraseBefore(who - 1, start);
        if (antecedent && (tokens[who]!.lower === "who" || this.namesBody(antecedent))) {
          this.pushAttribution(antecedent, t.lower, sentence, anonymous, k);
          continue;
        }
      }
      // "UNRWA, the UN agency for Palestinian refugees, has said ...": an aside between commas before
      // the verb's auxiliaries that names a role or a body says the subject is before it.
      if (AUXILIARIES.has(tokens[k - 1]?.lower ?? "") && k - 1 > start) {
        let aux = k - 1;
        while (aux > start && AUXILIARIES.has(tokens[aux - 1]!.lower)) aux -= 1;
        const comma = isPunct(tokens[aux - 1], ",") ? this.asideOpening(aux - 1, start) : undefined;
        // "The UN agency for Palestinian refugees, UNRWA, has said ...": a short name set beside a
        // description is the speaker's name.
        if (comma !== undefined && this.isNameAside(comma + 1, aux - 1) && this.nounPhraseBefore(comma, start)) {
          this.pushAttribution([comma + 1, aux - 1], t.lower, sentence, anonymous, k);
          continue;
        }
        // So does a relative clause ("The UN mission, which has been documenting civilian harm since 2014, has confirmed").
        if (comma !== undefined && (this.isSpeakerAside(comma + 1, aux - 1) || isWord(tokens[comma + 1], "which", "who") || tokens.slice(comma + 1, aux - 1).some((w) => BODY_NOUNS.has(w.lower)))) {
          const named = this.nounPhraseBefore(comma, start);
          if (named) {
            this.pushAttribution(named, t.lower, sentence, anonymous, k, { aside: [comma + 1, aux - 1] });
            continue;
          }
        }
      }
      // "Hamas rejected the outline and said it would not accept ...": a reporting verb joined by
      // "and" to the predicate before it shares that predicate's subject, the name the sentence opens with.
      if (isWord(tokens[before], "and") && before > start) {
        const lead = this.leadingName(start, before);
        if (lead) {
          this.pushAttribution(lead, t.lower, sentence, anonymous, k);
          continue;
        }
      }
      // "the ministry said" (subject before) or ", said the ministry" (inverted); "the ministry on
      // Friday said": the subject before the day.
      const subject = this.nounPhraseBefore(this.beforeTimeAdverbial(k, start), start);
      if (subject && !(subject[1] - subject[0] === 1 && NP_STOPWORDS.has(tokens[subject[0]]!.lower) && !isAcronym(tokens[subject[0]]!))) {
        this.pushAttribution(subject, t.lower, sentence, anonymous, k);
        continue;
      }
      // "The ministry does not distinguish between civilians and combatants, but says more than
      // 18,000 of the dead are children": a verb of saying joined by "but" or "and" shares the
      // subject the sentence opens with, when that is a source or a body.
      // Auxiliaries between ("It does not distinguish ..., but has said that more than 17,000 ..."):
      // a pronoun the sentence opens with reports for the source the story last named.
      const joined = isWord(tokens[k - 1], "but", "and") ? this.openingSubject(start, k - 1) : isWord(tokens[before], "but", "and") && before > start && PRONOUN_SOURCES.has(tokens[start]!.lower) ? ([start, start + 1] as [number, number]) : undefined;
      if (joined) {
        this.pushAttribution(joined, t.lower, sentence, anonymous, k);
        continue;
      }
      if (isPunct(tokens[k - 1], ",") || k === start || isPunct(tokens[k - 1], "”", '"')) {
        // "Osama Hamdan, a senior Hamas official, said …": an aside naming a role or anonymity
        // between commas says the subject is before it, whatever follows the verb.
        const comma = isPunct(tokens[k - 1], ",") ? this.asideOpening(k - 1, start) : undefined;
        const beforeAside = comma !== undefined ? this.nounPhraseBefore(comma, start) : undefined;
        // "A senior Hamas official, Sami Abu Zuhri, said …": the name set beside an indefinite role
        // is the speaker. A definite one ("The WFP's executive director, Cindy McCain, said") already
        // names the body it speaks for.
        if (beforeAside && comma !== undefined && isWord(tokens[beforeAside[0]], "a", "an") && this.isPersonName(comma + 1, k - 1)) {
          this.pushAttribution([comma + 1, k - 1], t.lower, sentence, anonymous, k, { aside: beforeAside });
          continue;
        }
        if (beforeAside && comma !== undefined && (this.isSpeakerAside(comma + 1, k - 1) || isWord(tokens[comma + 1], "which", "who"))) {
          this.pushAttribution(beforeAside, t.lower, sentence, anonymous, k, { aside: [comma + 1, k - 1] });
          continue;
        }
        // ", said the ministry." is inverted: the source follows and runs to the end of the clause.
        const np = this.nounPhraseAfter(k + 1, end);
        const closes = np && (np[1] >= end || tokens[np[1]]!.type === "punct");
        if (np && closes) {
          this.pushAttribution(np, t.lower, sentence, anonymous, k);
          continue;
        }
        // "A senior official, speaking on condition of anonymity, said …": the subject is before the
        // aside. A noun phrase after the verb whose own verb follows ("said the proposal had been
        // passed") is what was said, not who said it.
        const said = np && !(np[1] < end && (VERB_AUXILIARIES.has(tokens[np[1]]!.lower) || isWord(tokens[np[1]], "could", "can", "might", "may", "must", "should"))) ? np : undefined;
        if (beforeAside) this.pushAttribution(beforeAside, t.lower, sentence, anonymous, k);
        else if (said) this.pushAttribution(said, t.lower, sentence, anonymous, k);
      }
    }
    if (anonymous && this.attributions[this.attributions.length - 1]?.sentence !== sentence) {
      // "speaking on condition of anonymity" with no reporting verb still sources the sentence,
      // anonymously: the speaker's words ("a senior Israeli official") when the sentence has them.
      const speaker = this.anonymousSpeaker(start, end);
      const first = tokens[speaker ? speaker[0] : start]!;
      const last = tokens[(speaker ? speaker[1] : end) - 1]!;
      const nameEnd = speaker ? tokens[speaker[2] - 1]! : undefined;
      const affiliation = speaker ? this.affiliationOf(speaker[0], speaker[2]) : undefined;
      this.attributions.push({
        from: first.from,
        to: last.to,
        text: this.text.slice(first.from, last.to),
        name: nameEnd ? this.text.slice(first.from, nameEnd.to).replace(/^(the|a|an)\s+/i, "") : "",
        strength: "anonymous",
        verb: "",
        sentence,
        quoted: this.quoted[speaker ? speaker[0] : start] === 1,
        ...(affiliation ? { affiliation } : {}),
        ...(this.hasExplicitAnonymity(start, end) ? { explicitAnonymity: true, ...(this.givesAnonymityReason(start, end) ? { anonymityReason: true } : {}) } : {}),
      });
    }
  }

  /** True when the words between commas describe a speaker: a role ("a senior Hamas official") or why they are unnamed. */
  private isSpeakerAside(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (ROLE_WORDS.has(this.tokens[k]!.lower)) return true;
    return this.hasExplicitAnonymity(from, to);
  }

  /** True when the sentence says outright that its source is unnamed. */
  private hasExplicitAnonymity(start: number, end: number): boolean {
    this.anonymityStarts ??= phraseStartCounts(EXPLICIT_ANONYMITY_INDEX, this.tokens);
    return countBetween(this.anonymityStarts, start, end) > 0;
  }

  // Per block, how many anonymity and reason phrases start before each token (prefix counts): a
  // sentence with many sources asks each question in constant time, not by reading the sentence again.
  private anonymityStarts: number[] | undefined;
  private reasonStarts: number[] | undefined;
  /** Per token, the index of the last comma, full stop or semicolon before it (-1 for none). */
  private lastBreaks: number[] | undefined;

  /** True when the sentence says why its source is unnamed ("because he was not authorized to speak", "in line with military rules"). */
  /**
   * True when the words from the source on give a reason for its anonymity ("..., said the
   * official, who was not authorised to speak"). Callers pass the source's first word as \`start\`:
   * a "because" in what the source said, before its words, is no such reason.
   */
  private givesAnonymityReason(start: number, end: number): boolean {
    this.reasonStarts ??= phraseStartCounts(ANONYMITY_REASON_INDEX, this.tokens);
    return countBetween(this.reasonStarts, start, end) > 0;
  }

  /** True when the word at token `k` belongs to an aside that says a source is unnamed and why (", speaking on condition of anonymity as the talks were not announced"). */
  private isInAnonymityAside(k: number, start: number): boolean {
    const { tokens } = this;
    if (!this.lastBreaks) {
      this.lastBreaks = new Array<number>(tokens.length + 1).fill(-1);
      let last = -1;
      for (let c = 0; c < tokens.length; c++) {
        this.lastBreaks[c] = last;
        if (isPunct(tokens[c], ",", ".", ";")) last = c;
      }
      this.lastBreaks[tokens.length] = last;
    }
    // The words back from k to the last break (or the sentence's start), as the scan back read them.
    const from = Math.max(start, this.lastBreaks[k]! + 1);
    return from < k && this.hasExplicitAnonymity(from, k);
  }

  /**
   * True when the reporting verb at token `k` reports hearsay: "Israel is said to have softened",
   * "Hamas is reported to be ready", "Israel said to drop demand" in a headline. "He said to
   * reporters" names who was told and is no hedge.
   */
  private isHedge(k: number): boolean {
    const { tokens } = this;
    if (!HEDGED_REPORTING_VERBS.has(tokens[k]!.lower) || !isWord(tokens[k + 1], "to")) return false;
    if (BE_FORMS.has(tokens[k - 1]?.lower ?? "")) return true;
    const next = tokens[k + 2];
    return next !== undefined && next.type === "word" && /^\p{Ll}/u.test(next.text) && !SAID_TO_RECIPIENTS.has(next.lower);
  }

  /**
   * An unnamed speaker who is the subject of the reporting verb at `verbAt`: a head noun of
   * UNNAMED_SPEAKER_NOUNS with its determiner and the words before it ("A Lebanese security
   * source", "Two Palestinian sources", "Medical sources") and the words after it that place it
   * ("in the Egyptian delegation", "familiar with the talks", "who asked not to be named"), past
   * an aside between commas before the verb (", who declined to be named,"). Returns its token
   * range, or undefined when the subject names someone, refers back ("the official") or is a
   * body speaking as one ("Israeli officials").
   */
  /** True when a number follows a place's possessive and counts its people ("the enclave's 2.3 million people"). */
  private isPopulation(i: number, num: NumberRead): boolean {
    const { tokens } = this;
    const noun = tokens[num.end];
    const peopleAfter = noun?.type === "word" && (POPULATION_NOUNS.has(noun.lower) || phraseAt(this.world.demonyms, tokens, num.end) !== undefined);
    // "the village of about 330 people", "a camp of 20,000 residents": a place's size, a qualifier passed over.
    let of = i - 1;
    while (of > 0 && of >= i - QUALIFIER_WORDS && tokens[of]?.type === "word" && !isWord(tokens[of], "of")) of--;
    // Not the hedges "in the region of", "in the area of".
    if (isWord(tokens[of], "of") && POPULATION_PLACES.has(tokens[of - 1]?.lower ?? "") && peopleAfter && !(isWord(tokens[of - 1], "region", "area") && isWord(tokens[of - 2], "the") && isWord(tokens[of - 3], "in"))) return true;
    if (!isWord(tokens[i - 1], "s") || !isPunct(tokens[i - 2], "'", "’")) return false;
    const owner = tokens[i - 3];
    if (owner?.type !== "word" || !(POPULATION_PLACES.has(owner.lower) || this.world.places.has(owner.lower))) return false;
    return peopleAfter;
  }

  /** The place of the demonym in "On the Israeli side," when a sentence opens with it, before token `before`. */
  private sideOpening(sentenceStart: number, before: number): string | undefined {
    const { tokens } = this;
    if (!isWord(tokens[sentenceStart], "on") || !isWord(tokens[sentenceStart + 1], "the")) return undefined;
    // "the Israeli side": the adjective is the demonym's singular when the world lists only the plural.
    const word = tokens[sentenceStart + 2]?.lower ?? "";
    const people = phraseAt(this.world.demonyms, tokens, sentenceStart + 2) ?? this.world.demonyms.get(`${word}s`)?.find((p) => p.words.length === 1);
    const side = sentenceStart + 2 + (people?.words.length ?? 0);
    return people && side < before && isWord(tokens[side], "side") ? people.place : undefined;
  }

  /** True when "that" (or nothing) and a verb of ordering or demanding ({@link DIRECTIVE_VERBS}) stand right before token `k`, adverbials of time passed over. */
  private orderedBefore(k: number, sentenceStart: number): boolean {
    const { tokens } = this;
    let j = isWord(tokens[k - 1], "that") ? k - 2 : k - 1;
    // "ruled in January that": a short adverbial between the verb and "that".
    for (let steps = 0; j >= sentenceStart && steps < ORDER_ADVERBIAL_WORDS; steps++, j--) {
      const t = tokens[j]!;
      if (t.type !== "word") return false;
      if (DIRECTIVE_VERBS.has(t.lower)) return true;
    }
    return false;
  }

  /**
   * True when the claiming verb at `k` closes a relative clause without "that" on the noun before
   * its subject ("the four regions Moscow claims before any ceasefire"): a lowercase word stands
   * before the capitalised subject, and the clause ends after the verb.
   */
  private claimsTheNounBefore(k: number, start: number, end: number): boolean {
    const { tokens } = this;
    let name = k;
    while (name > start && /^\p{Lu}/u.test(tokens[name - 1]!.text) && tokens[name - 1]!.type === "word") name -= 1;
    if (name === k || name === start) return false;
    const noun = tokens[name - 1]!;
    if (noun.type !== "word" || !/^\p{Ll}/u.test(noun.text) || NOT_OBJECT_NOUNS.has(noun.lower)) return false;
    const next = tokens[k + 1];
    return k + 1 >= end || next === undefined || next.type === "punct" || CLAUSE_AFTER_OBJECT.has(next.lower);
  }

  private unnamedSpeakerBefore(verbAt: number, start: number): [number, number] | undefined {
    const { tokens } = this;
    let end = verbAt;
    while (end > start && (AUXILIARIES.has(tokens[end - 1]!.lower) || isWord(tokens[end - 1], "later", "earlier"))) end -= 1;
    if (isPunct(tokens[end - 1], ",")) {
      let open = end - 2;
      while (open > start && open > end - ASIDE_WINDOW && !isPunct(tokens[open], ",") && !CLAUSE_STOPS.has(tokens[open]!.text)) open -= 1;
      if (!isPunct(tokens[open], ",")) return undefined;
      // "A senior Hamas official, Sami Abu Zuhri, said": a name set beside the role names the speaker.
      if (this.isPersonName(open + 1, end - 1)) return undefined;
      end = open;
    }
    for (let h = Math.max(start, end - SPEAKER_WINDOW); h < end; h++) {
      const t = tokens[h]!;
      if (t.type !== "word" || !UNNAMED_SPEAKER_NOUNS.has(t.lower)) continue;
      // Only description between the head and the verb: no punctuation, no other verb of speech.
      let plain = true;
      for (let k = h + 1; k < end && plain; k++) {
        const w = tokens[k]!;
        if (w.type === "punct" ? !((w.text === "-" || w.text === "'" || w.text === "’" || w.text === ".") && !w.space) : REPORTING_VERBS.has(w.lower)) plain = false;
      }
      if (!plain) continue;
      const range = this.unnamedSpeakerAt(h, start, end);
      if (range) return range;
    }
    return undefined;
  }

  /**
   * True when a number of one or two digits stands alone between commas after a person's name
   * ("Dr. Ahmed Salem, 52, a surgeon", "Maryam Khalil, 8, was pulled from the rubble"): an age.
   * The name is two capitalised words or more, not a place's, or one ("Babu, 32, was killed") when
   * a verb or a description of the person follows the age.
   */
  private isAgeAfterName(i: number, num: NumberRead): boolean {
    const { tokens } = this;
    if (num.word || num.end !== i + 1 || !/^\d{1,2}$/.test(tokens[i]!.text)) return false;
    // "killed Reuters videographer Issam Abdallah, 37.": set off at the sentence's end too.
    const closesSentence = isPunct(tokens[num.end], ".") && (num.end + 1 >= tokens.length || this.sentenceOf[num.end + 1] !== this.sentenceOf[i]);
    if (!isPunct(tokens[i - 1], ",") || (!isPunct(tokens[num.end], ",") && !closesSentence)) return false;
    const last = tokens[i - 2];
    const first = tokens[i - 3];
    const capitalised = (t: Token | undefined) => t !== undefined && t.type === "word" && /^\p{Lu}\p{Ll}/u.test(t.text);
    if (!capitalised(last) || this.world.nameWords.has(last!.lower) || BODY_NOUNS.has(last!.lower)) return false;
    if (closesSentence) return capitalised(first);
    // "Babu, 32, was killed": one name, when what follows the age goes on about the person.
    return capitalised(first) || PERSON_AFTER_AGE.has(tokens[num.end + 1]?.lower ?? "");
  }

  /** True when a deadline's noun stands before a length in its clause ("cut the deadline ... to 10 days", "an ultimatum of 50 days"). */
  private deadlineBefore(start: number, sentenceStart: number): boolean {
    const { tokens } = this;
    for (let k = start - 1; k >= Math.max(sentenceStart, start - DEADLINE_REACH); k--) {
      const t = tokens[k]!;
      if (t.type === "punct" && CLAUSE_STOPS.has(t.text)) return false;
      if (DEADLINE_WORDS.has(t.lower)) return true;
    }
    return false;
  }

  /** True when "the end of" or a past verb of ending stands right before a length ("at the end of the 12-day war", "ended the 12-day war"): the stretch ran to its end. */
  private endOfBefore(start: number): boolean {
    const { tokens } = this;
    // The token before the length's determiner: an article, a possessive pronoun, or a name's
    // possessive ("ended Israel's 12-day war with Iran": "Israel" + "'" + "s").
    let at: number;
    if (isWord(tokens[start - 1], "the", "a", "that", "this", "its", "their")) at = start - 2;
    else if (isWord(tokens[start - 1], "s") && isPunct(tokens[start - 2], "'", "’")) {
      at = start - 3;
      const name = at;
      while (at >= 0 && name - at < POSSESSOR_NAME_WORDS && tokens[at]!.type === "word" && /^\p{Lu}/u.test(tokens[at]!.text)) at -= 1;
      if (at === name) return false;
    } else return false;
    // "a ceasefire ended the 12-day war": the object of a past verb of ending ran its length.
    const verb = tokens[at]?.lower ?? "";
    if (verb.endsWith("ed") && STRETCH_END_VERBS.has(verb)) return true;
    return isWord(tokens[at], "of") && isWord(tokens[at - 1], "end", "close", "aftermath");
  }

  /** True when tokens `[from, to)` are one to three capitalised words or an acronym: a name set beside a description ("UNRWA", "Doctors Without Borders" is not: it has a lowercase word). */
  private isNameAside(from: number, to: number): boolean {
    const { tokens } = this;
    if (to - from < 1 || to - from > 3) return false;
    for (let k = from; k < to; k++) if (tokens[k]!.type !== "word" || !/^\p{Lu}/u.test(tokens[k]!.text)) return false;
    return true;
  }

  /** True when token `k` is a capitalised word after another, mid-sentence: a word of a name ("General Staff"). */
  private insideName(k: number): boolean {
    const t = this.tokens[k]!;
    const before = this.tokens[k - 1];
    return /^\p{Lu}/u.test(t.text) && before !== undefined && before.type === "word" && /^\p{Lu}/u.test(before.text) && k > this.sentenceStart(k);
  }

  /**
   * True when tokens `[from, to)` are a person's name alone: two to four capitalised words ("Sami
   * Abu Zuhri", "Ophir Falk"), none of them a body's noun or an actor's word, not a place's name.
   */
  private isPersonName(from: number, to: number): boolean {
    const { tokens } = this;
    if (to - from < 2 || to - from > PERSON_NAME_TOKENS) return false;
    // "Izzat al-Rishq", "Osama Abu Zuhri", "Ursula von der Leyen": capitalised words, with the
    // lowercase particles of names and the hyphens that join them.
    let capitalised = 0;
    for (let k = from; k < to; k++) {
      const t = tokens[k]!;
      if (isPunct(t, "-") && !t.space && k > from && k + 1 < to) continue;
      if (t.type === "word" && NAME_PARTICLES.has(t.text) && k + 1 < to) continue;
      if (t.type !== "word" || !/^\p{Lu}\p{Ll}/u.test(t.text) || BODY_NOUNS.has(t.lower) || this.world.actorWords.has(t.lower)) return false;
      capitalised += 1;
    }
    return capitalised >= 2 && capitalised <= 4 && !this.startsPlace(from);
  }

  /** An unnamed speaker after an inverted reporting verb: ", said a villager who helped pull the wounded from the rubble." */
  private unnamedSpeakerAfter(from: number, end: number): [number, number] | undefined {
    const { tokens } = this;
    if (!INDEFINITE_DETERMINERS.has(tokens[from]?.lower ?? "")) return undefined;
    for (let h = from + 1; h < Math.min(end, from + 5); h++) {
      const t = tokens[h]!;
      if (t.type !== "word") return undefined;
      if (!UNNAMED_SPEAKER_NOUNS.has(t.lower)) continue;
      let stop = h + 1;
      while (stop < end && stop < h + 1 + SPEAKER_WINDOW && !(tokens[stop]!.type === "punct" && CLAUSE_STOPS.has(tokens[stop]!.text)) && !isPunct(tokens[stop], ",")) stop += 1;
      return this.unnamedSpeakerAt(h, from, stop);
    }
    return undefined;
  }

  /**
   * The unnamed speaker whose head noun is token `h`, described up to token `end`: `[from, end)`
   * from its determiner, or undefined when the head is not a speaker's (it names someone after
   * it, it is the object of a preposition, it refers back to one already named).
   */
  private unnamedSpeakerAt(h: number, start: number, end: number): [number, number] | undefined {
    const { tokens } = this;
    const head = tokens[h]!.lower;
    const kind = UNNAMED_SPEAKER_NOUNS.get(head)!;
    const next = tokens[h + 1];
    const access = hasPhraseStartingIn(SPEAKER_ACCESS_INDEX, tokens, h + 1, h + 2);
    if (h + 1 < end && !(next && next.type === "word" && (SPEAKER_MODIFIER_WORDS.has(next.lower) || next.lower === "who" || access))) return undefined;
    // "people" and "person" are a speaker only with the access that makes them one: "people close to the talks".
    if ((head === "people" || head === "person") && !access) return undefined;
    let from = h;
    let determiner: string | undefined;
    while (from > start && h - from < 6) {
      const w = tokens[from - 1]!;
      if (w.type === "punct") {
        if ((w.text === "-" || w.text === "'" || w.text === "’" || w.text === ".") && !w.space) {
          from -= 1;
          continue;
        }
        break;
      }
      if (w.type !== "word") break;
      if (INDEFINITE_DETERMINERS.has(w.lower) || w.lower === "the" || w.lower === "this" || w.lower === "that") {
        // "a demand Egyptian officials have said ...": "a" and a plural head do not agree; the
        // speaker starts at the first name after the noun the relative clause describes.
        if ((w.lower === "a" || w.lower === "an") && /[^s]s$/.test(head)) {
          for (let c = from + 1; c < h; c++) {
            if (/^\p{Lu}/u.test(tokens[c]!.text)) {
              from = c;
              break;
            }
          }
          break;
        }
        determiner = w.lower;
        from -= 1;
        // "the three mediators", "the two negotiators": a number after "the" counts a group the
        // story has already named, as "the official" refers back to one.
        if (CARDINAL_DETERMINERS.has(w.lower) && isWord(tokens[from - 1], "the", "these", "those")) determiner = "the";
        break;
      }
      // Another speaker's noun ends the description, unless it is a possessive of it ("a doctor's aide").
      const possessive = tokens[from]?.type === "punct" && (tokens[from]!.text === "'" || tokens[from]!.text === "’");
      if (NP_STOPWORDS.has(w.lower) || REPORTING_VERBS.has(w.lower) || (UNNAMED_SPEAKER_NOUNS.has(w.lower) && !possessive)) break;
      from -= 1;
    }
    // "the official": a reference back to a speaker the story has introduced.
    if (determiner === "the" || determiner === "this" || determiner === "that") return undefined;
    // "talks with officials close to ...": the head is the object of a preposition.
    if (from > start && (isWord(tokens[from - 1], "of", "from", "with", "by", "to", "among", "between") || isWord(tokens[from - 1], "for"))) return undefined;
    const plural = head.endsWith("s") && head !== "witness";
    // "Israeli officials said": a body speaking as one, unless the words say they are unnamed.
    if (kind === "office" && (plural ? !determiner && !access : !determiner)) return undefined;
    // "residents say": people in general; "two residents said": unnamed speakers.
    if (kind === "private" && !determiner && !access) return undefined;
    return [from, end];
  }

  /**
   * The unnamed speaker of a sentence: the words around its first speaker noun ("a senior Israeli
   * official"), with an aside that says why it is unnamed (", speaking on condition of
   * anonymity"). Returns [from, to, nameEnd] token indexes.
   */
  private anonymousSpeaker(start: number, end: number): [number, number, number] | undefined {
    const { tokens } = this;
    // The speaker is the first speaker noun that is not the object of a preposition ("optimism
    // from mediators" is not who speaks), and one followed by an anonymity aside above all.
    let head = -1;
    for (let k = start; k < end; k++) {
      const t = tokens[k]!;
      if (t.type !== "word" || !SPEAKER_NOUNS.has(t.lower) || t.lower === "people" || t.lower === "person") continue;
      if (isPunct(tokens[k + 1], ",")) {
        let close = k + 2;
        while (close < end && close < k + 14 && !isPunct(tokens[close], ",", ".", ";")) close += 1;
        if (this.hasExplicitAnonymity(k + 2, close)) {
          head = k;
          break;
        }
      }
      let d = k - 1;
      while (d > start && tokens[d]!.type === "word" && !NP_STOPWORDS.has(tokens[d]!.lower) && tokens[d]!.lower !== "a" && tokens[d]!.lower !== "the" && k - d < 5) d -= 1;
      const governed = isWord(tokens[d], "from", "of", "with", "by", "to", "among", "between");
      if (head < 0 && !governed) head = k;
    }
    if (head < 0) return undefined;
    let from = head;
    while (from > start && from > head - 5) {
      const w = tokens[from - 1]!;
      if (w.type === "punct" && (w.text === "-" || w.text === "'" || w.text === "’") && !w.space) {
        from -= 1;
        continue;
      }
      if (w.type !== "word" || (NP_STOPWORDS.has(w.lower) && w.lower !== "a")) break;
      from -= 1;
      if (w.lower === "a" || w.lower === "an" || w.lower === "the") break;
    }
    let to = head + 1;
    const nameEnd = to;
    // "familiar with the talks", "close to the negotiations"
    if (isWord(tokens[to], "familiar", "close") && isWord(tokens[to + 1], "with", "to")) {
      let k = to + 2;
      while (k < end && k < to + 6 && tokens[k]!.type === "word" && !NP_STOPWORDS.has(tokens[k]!.lower)) k += 1;
      to = k;
    }
    // ", speaking on condition of anonymity," — the aside is part of the source's description.
    if (isPunct(tokens[to], ",")) {
      let k = to + 1;
      while (k < end && k < to + 14 && !isPunct(tokens[k], ",", ".", ";")) k += 1;
      if (isPunct(tokens[k], ",", ".") && this.hasExplicitAnonymity(to + 1, k)) to = k;
    }
    return [from, to, nameEnd];
  }

  /** The actor id that words between token indexes `[from, to)` tie a source to ("Israeli" → the world's actor named by that word). */
  private affiliationOf(from: number, to: number): string | undefined {
    const { tokens } = this;
    for (let k = from; k < to; k++) {
      const actor = this.actorAt(k);
      // "the U.N. monitoring mission in Ukraine", "the ambassador to Israel": a state after a
      // preposition of place is where the source works, not whom it speaks for.
      if (actor && isWord(tokens[k - 1], "in", "to", "at", "inside") && phraseAt(this.world.places, tokens, k)) continue;
      if (actor) return actor;
    }
    return undefined;
  }

  /** The actor id the word at token `k` names in the world, if any. */
  /**
   * Where the subject's words end when a time adverbial stands between them and the verb at `k`:
   * "Hamas on Friday rejected", "The ministry on 4 May said", "Israel on Monday night accepted".
   * Returns the index of "on", or `k` when no such adverbial ends there.
   */
  private beforeTimeAdverbial(k: number, start: number): number {
    const { tokens } = this;
    let j = k;
    while (j - 1 > start) {
      const w = tokens[j - 1]!;
      if (!(WEEKDAYS.has(w.lower) || MONTHS.has(w.lower) || SUBJECT_TIME_WORDS.has(w.lower) || (w.type === "number" && /^\d{1,2}$/.test(w.text)))) break;
      j -= 1;
    }
    return j < k && isWord(tokens[j - 1], "on") && j - 1 > start ? j - 1 : k;
  }

  private actorAt(k: number): string | undefined {
    const t = this.tokens[k];
    return t ? actorNamed(this.world, t) : undefined;
  }

  /**
   * The speaker of "with the ministry saying that 21 people had been killed", or of an absolute
   * phrase after a comma (", the Kremlin saying any truce must ..."): the noun phrase between "with"
   * or the comma and the participle at `k`, when it runs right up to it and reads as a source.
   */
  private speakerAfterWith(k: number, start: number): [number, number] | undefined {
    const { tokens } = this;
    for (let w = k - 1; w >= Math.max(start, k - WITH_SPEAKER_WORDS); w--) {
      const t = tokens[w]!;
      if (isPunct(t, ",") && w + 1 < k) {
        const np = this.nounPhraseAfter(w + 1, k);
        return np && np[0] === w + 1 && np[1] === k && this.looksLikeSourceOrBody(np) ? np : undefined;
      }
      if (t.type === "punct" && !(t.text === "-" && !t.space) && t.text !== "'" && t.text !== "’") return undefined;
      if (t.lower !== "with") continue;
      const np = this.nounPhraseAfter(w + 1, k);
      // A name, a role, or a body by its noun ("with the ministry saying").
      return np && np[1] === k && this.looksLikeSourceOrBody(np) ? np : undefined;
    }
    return undefined;
  }

  /** True when words read as a source ({@link looksLikeSource}) or end in a body's noun ("the ministry", "the army"). */
  /**
   * True when the measure at \`k\` is a noun a determiner points back with ("such deaths", "these
   * casualties"), not "those killed", which says whom it counts.
   */
  private nounRefersBack(k: number): boolean {
    const w = this.tokens[k]?.lower ?? "";
    return isWord(this.tokens[k - 1], "such") || (isWord(this.tokens[k - 1], "these", "those") && !EVENT_VERBS.has(w) && !w.endsWith("ed"));
  }

  /** True when the measure of `length` words at `k` is "wounded" joined to {@link PATIENT_WORDS} ("sick and wounded"): who patients are. */
  private describesPatients(k: number, length: number): boolean {
    const { tokens } = this;
    if (!isWord(tokens[k], "wounded", "injured")) return false;
    return (isWord(tokens[k - 1], "and") && PATIENT_WORDS.has(tokens[k - 2]?.lower ?? "")) || (isWord(tokens[k + length], "and") && PATIENT_WORDS.has(tokens[k + length + 1]?.lower ?? ""));
  }

  /** True when a noun phrase names a body: it ends in a body's noun ("the ministry") or is an acronym ("OCHA"). */
  private namesBody(np: [number, number]): boolean {
    const last = this.tokens[np[1] - 1]!;
    return BODY_NOUNS.has(last.lower) || (np[1] - np[0] === 1 && /^\p{Lu}{2,}$/u.test(last.text));
  }

  /** The noun phrase a sentence opens with, up to its first auxiliary, when it is a source or a body and ends before token `before`. */
  private openingSubject(start: number, before: number): [number, number] | undefined {
    const { tokens } = this;
    const opening = this.nounPhraseAfter(start, before);
    if (!opening) return undefined;
    let stop = opening[0] + 1;
    while (stop < opening[1] && !AUXILIARIES.has(tokens[stop]!.lower) && !isWord(tokens[stop], "does", "do", "did")) stop += 1;
    const np: [number, number] = [opening[0], stop];
    return stop < before && this.looksLikeSourceOrBody(np) ? np : undefined;
  }

  private looksLikeSourceOrBody(np: [number, number]): boolean {
    return this.looksLikeSource(np) || BODY_NOUNS.has(this.tokens[np[1] - 1]!.lower);
  }

  /**
   * The comma that opens an aside closed by the comma at `close` ("Osama Hamdan, a senior Hamas
   * official, said"), within {@link ASIDE_WINDOW} tokens and after the sentence's first token.
   */
  private asideOpening(close: number, start: number): number | undefined {
    const { tokens } = this;
    let comma = close - 1;
    while (comma > start && !isPunct(tokens[comma], ",") && close + 1 - comma < ASIDE_WINDOW) comma -= 1;
    return comma > start && isPunct(tokens[comma], ",") ? comma : undefined;
  }

  /**
   * True when the words after "citing" give a reason, not a source: a possessed common noun that
   * names no report ("Ankara's ties to Hamas", "Hamas's refusal"), or common nouns only that name
   * neither a report nor a speaker ("security concerns").
   */
  private namesReason(np: [number, number]): boolean {
    const { tokens } = this;
    let head = np[0];
    for (let k = np[0]; k < np[1]; k++) {
      const w = tokens[k]!;
      if (w.type !== "word" || isWord(w, "s")) continue;
      // The head is the noun before a preposition ("ties to Hamas"), or the last word.
      if (k > np[0] && (isWord(w, "to", "of", "with", "on", "in", "over", "alongside") || isWord(w, "from", "by", "for", "about"))) break;
      head = k;
    }
    const noun = tokens[head]!.lower;
    if (REPORT_NOUNS.has(noun) || FIGURE_NOUNS.has(noun) || PUBLIC_WORD_NOUNS.has(noun) || UNNAMED_SPEAKER_NOUNS.has(noun) || ROLE_WORDS.has(noun) || BODY_NOUNS.has(noun)) return false;
    if (/^\p{Lu}/u.test(tokens[head]!.text)) return false;
    const possessed = tokens.slice(np[0], head).some((w) => isWord(w, "s") || w.lower === "'s" || w.lower === "’s");
    return possessed || !this.looksLikeSource(np);
  }

  private looksLikeSource(np: [number, number]): boolean {
    for (let k = np[0]; k < np[1]; k++) if (ROLE_WORDS.has(this.tokens[k]!.lower) || /^\p{Lu}/u.test(this.tokens[k]!.text)) return true;
    return false;
  }

  private nounPhraseAfter(from: number, end: number): [number, number] | undefined {
    const { tokens } = this;
    let k = from;
    const limit = Math.min(end, from + 9);
    while (k < limit) {
      const t = tokens[k]!;
      if (t.type === "punct") {
        if ((t.text === "'" || t.text === "’") && isWord(tokens[k + 1], "s")) {
          k += 2;
          continue;
        }
        if (t.text === "-" && !t.space) {
          k += 1;
          continue;
        }
        if (t.text === "." && !t.space && k > from && isDottedAbbreviation(tokens[k - 1]) && tokens[k + 1]?.type === "word" && tokens[k + 1]!.space) {
          k += 1;
          continue;
        }
        break;
      }
      if (t.type === "number") break;
      // "officials of the Red Crescent", "officials at Al-Shifa Hospital": a name after "of", "at"
      // or "from" says whose the speakers are.
      if (k > from && NP_STOPWORDS.has(t.lower) && !(t.lower === "in" && this.startsPlace(k + 1)) && !((t.lower === "of" || t.lower === "at" || t.lower === "from") && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? ""))) break;
      if (k > from && REPORTING_VERBS.has(t.lower)) break;
      k += 1;
    }
    return k > from ? [from, k] : undefined;
  }

  private startsPlace(k: number): boolean {
    return phraseAt(this.world.places, this.tokens, k) !== undefined;
  }

  private nounPhraseBefore(verbAt: number, sentenceStart: number): [number, number] | undefined {
    const { tokens } = this;
    let end = verbAt;
    while (end > sentenceStart && AUXILIARIES.has(tokens[end - 1]!.lower)) end -= 1;
    // "the UN agency for Palestinian refugees (UNRWA) said": the name in parentheses is the source's short name.
    if (isPunct(tokens[end - 1], ")")) {
      let open = end - 2;
      while (open > sentenceStart && open > end - 6 && !isPunct(tokens[open], "(")) open -= 1;
      if (isPunct(tokens[open], "(") && open + 1 < end - 1 && tokens[open + 1]!.type === "word") return [open + 1, end - 1];
    }
    let k = end;
    const limit = Math.max(sentenceStart, end - 8);
    while (k > limit) {
      const t = tokens[k - 1]!;
      if (t.type === "punct") {
        if ((t.text === "'" || t.text === "’" || t.text === "-") && !t.space) {
          k -= 1;
          continue;
        }
        // The closing dot of "U.N." or "U.S." belongs to the name.
        if (t.text === "." && !t.space && isDottedAbbreviation(tokens[k - 2])) {
          k -= 1;
          continue;
        }
        break;
      }
      if (t.type === "number") break;
      if (t.type === "word" && t.lower === "s" && (tokens[k - 2]?.text === "'" || tokens[k - 2]?.text === "’")) {
        k -= 1;
        continue;
      }
      // "WHO officials", "US officials": an acronym is a name, though its letters spell a stopword.
      if (NP_STOPWORDS.has(t.lower) && !isAcronym(t) && !(t.lower === "in" && this.startsPlace(k)) && !(t.lower === "of" && /^\p{Lu}/u.test(tokens[k]?.text ?? ""))) break;
      if (REPORTING_VERBS.has(t.lower) || MEASURE_WORDS.has(t.lower)) break;
      k -= 1;
    }
    if (k === end) return undefined;
    // "a reading U.N. officials said was wrong": "a" and a plural head do not agree, so the words
    // before the first name are the noun a relative clause describes.
    if (isWord(tokens[k], "a", "an") && end - k >= 3 && /[^s]s$/.test(tokens[end - 1]!.lower)) {
      for (let c = k + 2; c < end - 1; c++) if (tokens[c]!.type === "word" && /^\p{Lu}/u.test(tokens[c]!.text)) return [c, end];
    }
    return [k, end];
  }

  /**
   * Records the attribution of the source words `np` to the reporting word at `verbAt`. `unnamed`
   * marks a speaker {@link BlockReader.unnamedSpeakerBefore} found, which is anonymous by its
   * words; `aside` is a description between commas after a named speaker ("Osama Hamdan, a senior
   * Hamas official, said"), which can tie it to an actor.
   */
  private pushAttribution(np: [number, number], verb: string, sentence: number, anonymousSentence: boolean, verbAt: number, how: { unnamed?: boolean; aside?: [number, number] } = {}): void {
    const { tokens } = this;
    // "officials familiar with the talks", "diplomats briefed on the negotiations": the words that
    // describe an unnamed source belong to it.
    if (np[1] > verbAt && isWord(tokens[np[1] - 1], "familiar", "briefed", "close") && isWord(tokens[np[1]], "with", "on", "to")) {
      let k = np[1] + 1;
      const limit = Math.min(this.sentences[sentence]![1], k + 5);
      while (k < limit && tokens[k]!.type === "word" && !REPORTING_VERBS.has(tokens[k]!.lower) && (k === np[1] + 1 || !NP_STOPWORDS.has(tokens[k]!.lower))) k += 1;
      np = [np[0], k];
    }
    const first = tokens[np[0]]!;
    const last = tokens[np[1] - 1]!;
    const text = this.text.slice(first.from, last.to);
    const words = tokens.slice(np[0], np[1]).map((t) => t.lower);
    const name = text
      .replace(/^(the|a|an)\s+/i, "")
      .replace(/[’]/g, "'")
      .trim();
    let strength: AttributionStrength = "named";
    const institutional = words.some((w) => INSTITUTION_WORDS.has(w));
    const hasProperName = tokens.slice(np[0], np[1]).some((t, idx) => idx > 0 && t.type === "word" && /^\p{Lu}/u.test(t.text)) || /^\p{Lu}/u.test(first.text) && !["A", "An", "The"].includes(first.text);
    const role = words.some((w) => ROLE_WORDS.has(w));
    // "officials said", "diplomats said": an unnamed group of office-holders, like "a diplomat".
    const unnamedGroup = words.some((w) => UNNAMED_GROUPS.has(w));
    const unnamedRole = role && (words[0] === "a" || words[0] === "an" || unnamedGroup || words.includes("sources") || words.includes("source"));
    if (anonymousSentence && (unnamedRole || !hasProperName || words.includes("official") || unnamedGroup)) strength = "anonymous";
    else if (unnamedRole && institutional) strength = "role";
    else if (unnamedRole && (words.includes("sources") || words.includes("source") || unnamedGroup)) strength = "anonymous";
    else if (role && !hasProperName) strength = "role";
    else if (role && unnamedRole) strength = "role";
    if (verb === "citing" || words.includes("media") || words.includes("reports")) strength = strength === "anonymous" ? strength : "relayed";
    // "health officials said", "hospital officials say": an institution's voice, plural and with no
    // word of anonymity, is a role; "a senior military official" is one unnamed person.
    const range = this.sentences[sentence]!;
    const institutionVoice = institutional && words.includes("officials") && words[0] !== "a" && words[0] !== "an" && !this.hasExplicitAnonymity(range[0], range[1]);
    if (institutionVoice) strength = "role";
    else if (how.unnamed) strength = "anonymous";
    const affiliation = this.affiliationOf(np[0], np[1]) ?? (how.aside ? this.affiliationOf(how.aside[0], how.aside[1]) : undefined);
    const sentenceRange = this.sentences[sentence]!;
    this.attributions.push({
      from: Math.min(first.from, tokens[verbAt]!.from),
      to: Math.max(last.to, tokens[verbAt]!.to),
      text: this.text.slice(Math.min(first.from, tokens[verbAt]!.from), Math.max(last.to, tokens[verbAt]!.to)),
      name,
      strength,
      verb,
      sentence,
      quoted: this.quoted[np[0]] === 1,
      ...(affiliation ? { affiliation } : {}),
      ...(strength === "anonymous" && (how.unnamed || this.hasExplicitAnonymity(sentenceRange[0], sentenceRange[1]))
        ? { explicitAnonymity: true, ...(this.givesAnonymityReason(Math.min(np[0], verbAt), sentenceRange[1]) ? { anonymityReason: true } : {}) }
        : {}),
    });
  }

  private span(start: number, end: number): { from: number; to: number; text: string; sentence: number; quoted: boolean } {
    const from = this.tokens[start]!.from;
    const to = this.tokens[end - 1]!.to;
    return { from, to, text: this.text.slice(from, to), sentence: this.sentenceOf[start]!, quoted: this.quoted[start] === 1 };
  }

  private push(mention: Mention): void {
    this.mentions.push(mention);
    if (mention.kind === "count" || mention.kind === "stage-count" || mention.kind === "phase") this.occupied.push({ from: mention.from, to: mention.to });
  }
}

const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PLAIN = /^\d+(?:\.\d+)?$/;

/** Reads a number written in digits ("34,000", "1.2 million", "35k", "500+") or words ("two hundred and fifty", "a million"). */
export function readNumber(tokens: readonly Token[], i: number): NumberRead | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.type === "number") {
    let digits: string;
    if (THOUSANDS.test(t.text)) digits = t.text.replace(/,/g, "");
    else if (PLAIN.test(t.text)) digits = t.text;
    else return undefined;
    if (digits.replace(".", "").length > 15) return undefined;
    let value = Number(digits);
    let rounding = roundingStep(value);
    let end = i + 1;
    const next = tokens[end];
    if (next && next.type === "word") {
      const mult = MULTIPLIERS.get(next.lower);
      // "35k", "1.2m" are written together; "1.2 million" apart; "5 m" (metres) is not a multiplier.
      if (mult !== undefined && (next.lower.length > 2 ? true : !next.space)) {
        value = Math.round(value * mult);
        rounding = Math.round(roundingStep(Number(digits)) * mult) || 1;
        end += 1;
      }
    }
    // "1 and a half million": digits, then the words of a numeral's fraction and scale.
    const numeral = end === i + 1 && Number.isInteger(value) ? readNumeral(tokens, i, { value, end }) : undefined;
    if (numeral) return { ...numeral, plus: false, word: false };
    let plus = false;
    if (isPunct(tokens[end], "+") && !tokens[end]!.space) plus = true;
    const range = readRangeTail(tokens, end, value);
    if (range) return { value, end: range.end, rounding, from: t.from, to: tokens[range.end - 1]!.to, plus, word: false, low: value, high: range.high };
    return { value, end, rounding, from: t.from, to: tokens[end - 1]!.to, plus, word: false };
  }
  if (t.type !== "word") return undefined;
  return readWordNumber(tokens, i);
}

/** "30-40", "30 to 40": the upper end of a range after a number. */
function readRangeTail(tokens: readonly Token[], end: number, low: number): { end: number; high: number } | undefined {
  const sep = tokens[end];
  const high = tokens[end + 1];
  if (!sep || !high || high.type !== "number" || !PLAIN.test(high.text.replace(/,/g, ""))) return undefined;
  const isDash = sep.type === "punct" && (sep.text === "-" || sep.text === "–") && !sep.space && !high.space;
  const isTo = sep.type === "word" && sep.lower === "to";
  if (!isDash && !isTo) return undefined;
  // A dashed run of three or more groups is a phone number or a code, not a range.
  if (isDash && tokens[end + 2]?.type === "punct" && tokens[end + 2]!.text === "-") return undefined;
  let value = Number(high.text.replace(/,/g, ""));
  let next = end + 2;
  const mult = tokens[next] && tokens[next]!.type === "word" ? MULTIPLIERS.get(tokens[next]!.lower) : undefined;
  if (mult !== undefined && tokens[next]!.lower.length > 2) {
    value *= mult;
    next += 1;
  }
  if (value <= low) return undefined;
  // "killed since October 7, 2023 to 68,216": a year, then "to" and a count, is a date's year and
  // the count a total is brought to, not a range.
  if (isTo && YEAR.test(String(low)) && !YEAR.test(String(value))) return undefined;
  return { end: next, high: value };
}

function readWordNumber(tokens: readonly Token[], i: number): NumberRead | undefined {
  const numeral = readNumeral(tokens, i);
  return numeral && { ...numeral, plus: false, word: true };
}
