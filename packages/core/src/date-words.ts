// The common date forms of news copy, read by hand: "May 4", "Oct. 7, 2023", "4 May 2024",
// "7th of October", "May 2024", "end of January", "on Saturday", "last Saturday", "Friday night",
// "Saturday, May 4, 2024", "today", "yesterday". chrono-node still reads every other date (times,
// ranges, "next week", "05/06/2024"); this reader exists because chrono's generality (a dozen
// regexes per window, result objects, refiners) costs more than the rest of extraction, and most
// windows hold only these forms. It answers a window only when it can tell that chrono would give
// exactly the same dates, and declines it otherwise, so the two paths never disagree.
//
// How it knows: every match chrono makes is anchored on a word of its own vocabulary or a digit,
// and a match, a merge of two matches or a suffix a refiner adds only ever spans digits,
// punctuation, white space and vocabulary words ("on", "of", "at", "to", "EST", …). A word outside
// that vocabulary ("attack", "Gaza") therefore splits the window into clusters that chrono reads
// independently. In each cluster the reader either recognises one of the forms above, with every
// neighbouring word and mark chrono could fold into it checked, or sees only anchors whose chrono
// results extractDates drops anyway (a lone figure, "now", "morning", "May" the verb). Anything
// else declines the whole window. The scan is one pass over the window, with a bounded look at
// each word: linear in the window's length.

import { daysInMonth } from "./dates.js";

/** A date as chrono's path keeps it, before extractDates trims it and places it in the block. */
export interface WindowDate {
  /** Offset of the match in the window (0-based UTF-16). */
  index: number;
  /** The matched text, which can carry a leading "on" or a trailing comma. */
  text: string;
  year: number;
  month: number;
  /** The day of the month; 1 when `hasDay` is false. */
  day: number;
  /** True when a day (or a weekday) was given; false for a month and a year ("May 2024"). */
  hasDay: boolean;
  /** True when the year is settled (written, or fixed by a weekday or "today"); false when it is only the year closest to the reference date. */
  fixedYear: boolean;
}

/** The document date a window is read against, and the instant chrono is given for it (noon UTC). */
export interface DateReference {
  year: number;
  month: number;
  day: number;
  instant: Date;
}

const enum Kind {
  Space,
  Punct,
  Word,
  /** Digits, with optional thousands groups ("1,200") and one decimal part ("2.5"). */
  Number,
  /** One or two digits and an ordinal suffix ("4th", "22nd"). */
  Ordinal,
  /** Any other run of word characters ("F16", "5pm", "T14"). */
  Mixed,
}

const enum Role {
  /** Outside chrono's vocabulary: chrono never reads across it. */
  Inert,
  /** In chrono's vocabulary but no date alone ("on", "of", "the", "at", "EST"). */
  Connector,
  /** chrono reads something from it that this reader does not: the window is declined. */
  Refuse,
  Month,
  Weekday,
  /** "today", "yesterday", "tomorrow", "tonight". */
  Casual,
  Now,
  /** "morning", "noon", …: a time of day, which extractDates drops. */
  TimeOfDay,
  /** "first" … "thirtieth": chrono reads it as a day beside a month name. */
  OrdinalWord,
  /** "this", "last", "past", "next". */
  Modifier,
  /** A figure, or a run of letters and digits. */
  Numeric,
}

export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ["january", 1], ["february", 2], ["march", 3], ["april", 4], ["may", 5], ["june", 6], ["july", 7], ["august", 8], ["september", 9], ["october", 10], ["november", 11], ["december", 12],
  ["jan", 1], ["feb", 2], ["mar", 3], ["apr", 4], ["jun", 6], ["jul", 7], ["aug", 8], ["sep", 9], ["sept", 9], ["oct", 10], ["nov", 11], ["dec", 12],
]);
/** Abbreviations chrono also knows with a full stop ("Oct."); "May." is not one of them. */
const DOTTED_MONTHS: ReadonlySet<string> = new Set(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);
const WEEKDAY_NUMBERS: ReadonlyMap<string, number> = new Map([["sunday", 0], ["monday", 1], ["tuesday", 2], ["wednesday", 3], ["thursday", 4], ["friday", 5], ["saturday", 6]]);
const CASUAL_OFFSETS: ReadonlyMap<string, number> = new Map([["today", 0], ["tonight", 0], ["yesterday", -1], ["tomorrow", 1]]);
const MODIFIERS: ReadonlySet<string> = new Set(["this", "last", "past", "next"]);
const ORDINAL_WORDS = [
  "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
  "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth",
];
const TIMES_OF_DAY = ["morning", "afternoon", "evening", "night", "midnight", "midday", "noon"];
// chrono's time units, which follow "this", "last", "past" or "next" in a relative date ("last week").
const UNITS: ReadonlySet<string> = new Set([
  "s", "sec", "second", "seconds", "m", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours", "d", "day", "days",
  "w", "week", "weeks", "mo", "mon", "mos", "month", "months", "qtr", "quarter", "quarters", "y", "yr", "year", "years",
]);
// chrono's time-zone abbreviations (TIMEZONE_ABBR_MAP in chrono-node 2.10): a refiner appends one
// that follows a date ("May 4 EST"), so they are never a boundary between clusters.
const TIME_ZONES: ReadonlySet<string> = new Set(
  ("acdt acst adt aedt aest aft akdt akst almt amst amt anast anat aqtt art ast awdt awst azost azot azst azt bnt bot brst brt bst btt cast cat cct cdt " +
    "cest cet chadt chast ckt clst clt cot cst ct cvt cxt davt easst east eat ect edt eest eet egst egt est et fjst fjt fkst fkt fnt galt gamt get gft " +
    "gilt gmt gst gyt haa hac hadt hae hap har hast hat hay hkt hlv hna hnc hne hnp hnr hnt hny hovt ict idt iot irdt irkst irkt irst ist jst kgt " +
    "krast krat kst kuyt lhdt lhst lint magst magt mart mawt mdt mesz mez mht mmt msd msk mst mt mut mvt myt nct ndt nft novst novt npt nst nut nzdt " +
    "nzst omsst omst pdt pet petst pett pgt phot pht pkt pmdt pmst pont pst pt pwt pyst pyt ret samt sast sbt sct sgt srt sst taht tft tjt tkt tlt " +
    "tmt tvt ulat utc uyst uyt uzt vet vlast vlat vut wast wat west wesz wet wez wft wgst wgt wib wit wita wst wt yakst yakt yapt yekst yekt").split(" "),
);
/** A month name written against digits ("4May", "May2024", "4thMay"), which chrono reads as a date. */
const MONTH_IN_RUN = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
/** Words that change what chrono reads from the digits just before them: "4 pm", "4 a.m.", "4 o'clock", "2024 BC". */
const DIGIT_TAILS: ReadonlySet<string> = new Set(["a", "am", "p", "pm", "o", "oclock", "be", "ad", "bc", "bce", "ce"]);
/** Words after a figure that chrono reads with it: times ("5 pm", "5 to 7", "5 at night", "5 in the morning"), eras, and "4 of May". */
const SILENT_BREAKERS: ReadonlySet<string> = new Set(["of", "to", "until", "through", "till", "at", "in", "t", ...DIGIT_TAILS]);

/**
 * The role of every word of chrono's vocabulary that has one: the words of its patterns and
 * refiners, and its time-zone abbreviations. Any other word is inert unless it glues several of
 * them together ("onSaturday", "lastweek"; see {@link isGlued}).
 */
const ROLES: ReadonlyMap<string, Role> = (() => {
  const roles = new Map<string, Role>();
  const connectors = [
    "on", "in", "of", "at", "from", "to", "until", "through", "till", "after", "before", "since", "the", "end", "twenty", "thirty",
    "weekend", "weekday", "week", "clock", "t", "z", ...DIGIT_TAILS, ...UNITS, ...TIME_ZONES,
  ];
  for (const word of connectors) roles.set(word, Role.Connector);
  for (const word of ORDINAL_WORDS) roles.set(word, Role.OrdinalWord);
  for (const word of TIMES_OF_DAY) roles.set(word, Role.TimeOfDay);
  for (const word of MODIFIERS) roles.set(word, Role.Modifier);
  for (const word of MONTH_NUMBERS.keys()) roles.set(word, Role.Month);
  for (const word of WEEKDAY_NUMBERS.keys()) roles.set(word, Role.Weekday);
  for (const word of CASUAL_OFFSETS.keys()) roles.set(word, Role.Casual);
  roles.set("now", Role.Now);
  // Weekday abbreviations ("Sat", "Sun", "Mon" is also a unit), "weekend" and chrono's rarer casual days.
  for (const word of ["sun", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "weekend", "weekday", "overmorrow", "tmr", "tmrw"]) roles.set(word, Role.Refuse);
  return roles;
})();

/** {@link ROLES} and the words outside it met so far, inert or glued: most words of a story recur. */
let wordRoles = new Map(ROLES);
// Bounds the cache on hostile input, where words rarely recur.
const MAX_CACHED_WORDS = 4096;

// The pieces chrono's patterns join with `\s*` (so with no space at all), by what may follow
// what: "on" + "last" + "Saturday", "in" + "May", "May" + "first", "first" + "of" + "May",
// "last" + "week", "this" + "morning", "in" + "the" + "morning". A run may also start in the middle
// of a pattern, after a figure: "4 ofMay", "4 tofifth May", "5 pmatnight", "5 aoclock", "4 ADmay".
const enum Piece {
  Start,
  AmPm,
  Oclock,
  Era,
  On,
  In,
  The,
  At,
  After,
  Modifier,
  Of,
  Range,
  Month,
  Weekday,
  Ordinal,
  Unit,
  TimeOfDay,
}
const FOLLOWS: Readonly<Record<Piece, readonly Piece[]>> = {
  [Piece.Start]: [Piece.On, Piece.In, Piece.The, Piece.At, Piece.After, Piece.Modifier, Piece.Of, Piece.Range, Piece.Month, Piece.Weekday, Piece.Ordinal, Piece.AmPm, Piece.Era],
  [Piece.AmPm]: [Piece.Oclock, Piece.At, Piece.In],
  [Piece.Oclock]: [],
  [Piece.Era]: [Piece.Month],
  [Piece.On]: [Piece.Modifier, Piece.Weekday, Piece.Ordinal],
  [Piece.In]: [Piece.Month, Piece.The],
  [Piece.The]: [Piece.TimeOfDay],
  [Piece.At]: [Piece.TimeOfDay],
  [Piece.After]: [Piece.Modifier],
  [Piece.Modifier]: [Piece.Weekday, Piece.Unit, Piece.TimeOfDay],
  [Piece.Of]: [Piece.Modifier, Piece.Month],
  [Piece.Range]: [Piece.Ordinal],
  [Piece.Month]: [Piece.Ordinal, Piece.Of],
  [Piece.Weekday]: [Piece.Of, Piece.Modifier],
  [Piece.Ordinal]: [Piece.Of, Piece.Month, Piece.Range],
  [Piece.Unit]: [],
  [Piece.TimeOfDay]: [],
};
/** Glue pieces by first letter. */
const PIECES: ReadonlyMap<string, readonly (readonly [string, Piece])[]> = (() => {
  const all: [string, Piece][] = [
    ["on", Piece.On], ["in", Piece.In], ["the", Piece.The], ["at", Piece.At], ["after", Piece.After], ["of", Piece.Of],
    ["a", Piece.AmPm], ["p", Piece.AmPm], ["am", Piece.AmPm], ["pm", Piece.AmPm], ["oclock", Piece.Oclock],
    ...["be", "ad", "bc", "bce", "ce"].map((w): [string, Piece] => [w, Piece.Era]),
    ...["to", "until", "through", "till"].map((w): [string, Piece] => [w, Piece.Range]),
    ...[...MODIFIERS].map((w): [string, Piece] => [w, Piece.Modifier]),
    ...[...MONTH_NUMBERS.keys()].map((w): [string, Piece] => [w, Piece.Month]),
    ...[...WEEKDAY_NUMBERS.keys(), "sun", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "weekend", "weekday"].map((w): [string, Piece] => [w, Piece.Weekday]),
    // "twenty" and "thirty" begin chrono's two-word ordinals ("twenty first", "twenty-first").
    ...[...ORDINAL_WORDS, "twenty", "thirty"].map((w): [string, Piece] => [w, Piece.Ordinal]),
    ...[...UNITS].map((w): [string, Piece] => [w, Piece.Unit]),
    ...[...TIMES_OF_DAY, "night"].map((w): [string, Piece] => [w, Piece.TimeOfDay]),
  ];
  const index = new Map<string, [string, Piece][]>();
  for (const piece of all) {
    const bucket = index.get(piece[0][0]!);
    if (bucket) bucket.push(piece);
    else index.set(piece[0][0]!, [piece]);
  }
  return index;
})();
// No glued match of chrono's is longer ("onthirteenththroughseventeenthofseptember" is 41).
const MAX_GLUED = 48;

/**
 * True when a word is or ends in "at" or "from" after a "t" ("at", "habitat", "Tfrom"): chrono's
 * time pattern starts at a "t" as at a word boundary (`(^|\s|T|\b)` under its `i` flag), so it reads
 * "habitat 5" as "at 5", five o'clock.
 */
function endsInTimePrefix(word: string): boolean {
  return word === "at" || word === "from" || word.endsWith("tat") || word.endsWith("tfrom");
}

/**
 * True when a word outside chrono's vocabulary is several of its words written together, which
 * chrono can read as one ("onSaturday", "lastweek", "inMay", "thismorning"). Over-approximates:
 * a false alarm only sends the window to chrono.
 */
function isGlued(word: string): boolean {
  if (word.length > MAX_GLUED || !PIECES.has(word[0]!)) return false;
  glueStamp += 1;
  return gluedFrom(word, 0, Piece.Start);
}

/**
 * Marks the (offset, piece) states that led nowhere in the current {@link isGlued} call, so each
 * is tried once: pieces can follow one another in cycles ("firsttofirsttofirst").
 */
const glueFailed = new Int32Array((MAX_GLUED + 1) * 32);
let glueStamp = 0;

/**
 * True when `word` from `at` on splits into pieces that may follow `previous`. Every piece is in
 * {@link ROLES}, and only other words come here, so a split is always of two pieces or more.
 */
function gluedFrom(word: string, at: number, previous: Piece): boolean {
  if (at === word.length) return true;
  const state = at * 32 + previous;
  if (glueFailed[state] === glueStamp) return false;
  const bucket = PIECES.get(word[at]!);
  if (bucket) {
    const allowed = FOLLOWS[previous];
    for (const [text, piece] of bucket) {
      if (allowed.includes(piece) && word.startsWith(text, at) && gluedFrom(word, at + text.length, piece)) return true;
    }
  }
  glueFailed[state] = glueStamp;
  return false;
}

/** Character classes of ASCII: 0 a mark, 1 a letter, 2 a digit, 3 "_", 4 white space. */
const ASCII_CLASS = (() => {
  const classes = new Uint8Array(128);
  for (let c = 0; c < 128; c++) classes[c] = isLetter(c) ? 1 : isDigit(c) ? 2 : c === 95 ? 3 : c === 32 || (c >= 9 && c <= 13) ? 4 : 0;
  return classes;
})();
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function isWordChar(c: number): boolean {
  return c < 128 && ASCII_CLASS[c]! !== 0 && ASCII_CLASS[c]! !== 4;
}
/** The class of a character, as {@link ASCII_CLASS}: beyond ASCII, white space is JavaScript's `\s` (which chrono's patterns use) and the rest are marks. */
function classOf(c: number): number {
  if (c < 128) return ASCII_CLASS[c]!;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff ? 4 : 0;
}
/** Marks chrono reads between two numbers as a date or a time ("5/6", "2024-05-04", "8:30", "5.6.2024"). */
const isNumberJoin = (c: number) => c === 47 || c === 45 || c === 0x2013 || c === 58 || c === 0xff1a || c === 46;

/** Token kinds, from {@link Kind}; NONE outside the window. */
const NONE = 255;

/**
 * The tokens of the window being read, in arrays reused from window to window (reading never
 * nests): kind, offsets, and for a word its lowercase text.
 */
const tokens = { count: 0, kind: new Uint8Array(64), from: new Int32Array(64), to: new Int32Array(64), lower: [] as string[] };

/** Splits a window into {@link tokens}; false when two numbers are joined by a date or time mark. */
function lex(text: string): boolean {
  const n = text.length;
  if (tokens.kind.length < n) {
    tokens.kind = new Uint8Array(2 * n);
    tokens.from = new Int32Array(2 * n);
    tokens.to = new Int32Array(2 * n);
  }
  // One lowercase copy of the window for its words, unless lowercasing changes a length ("İ").
  const lowered = text.toLowerCase();
  const lower = lowered.length === n ? lowered : undefined;
  let count = 0;
  let i = 0;
  while (i < n) {
    const first = classOf(text.charCodeAt(i));
    let j = i + 1;
    let kind: Kind;
    if (first === 4) {
      while (j < n && classOf(text.charCodeAt(j)) === 4) j++;
      kind = Kind.Space;
    } else if (first === 0) kind = Kind.Punct;
    else {
      let digits = first === 2 ? 1 : 0;
      let letters = first === 1 ? 1 : 0;
      for (; j < n; j++) {
        const c = classOf(text.charCodeAt(j));
        if (c === 1) letters++;
        else if (c === 2) digits++;
        else if (c !== 3) break;
      }
      if (letters === j - i) {
        kind = Kind.Word;
        tokens.lower[count] = lower ? lower.slice(i, j) : text.slice(i, j).toLowerCase();
      } else if (digits === j - i) {
        kind = Kind.Number;
        // Thousands groups ("1,200") and one decimal part ("2.5") stay in the figure.
        while (text.charCodeAt(j) === 44 && digitRun(text, j + 1) === 3 && !isWordChar(text.charCodeAt(j + 4))) j += 4;
        const decimals = text.charCodeAt(j) === 46 ? digitRun(text, j + 1) : 0;
        if (decimals > 0 && !isWordChar(text.charCodeAt(j + 1 + decimals))) j += 1 + decimals;
      } else kind = isOrdinalNumber(text, i, j) ? Kind.Ordinal : Kind.Mixed;
      if (isDigit(text.charCodeAt(j - 1)) && isNumberJoin(text.charCodeAt(j)) && isDigit(text.charCodeAt(j + 1))) return false;
    }
    tokens.kind[count] = kind;
    tokens.from[count] = i;
    tokens.to[count] = j;
    count++;
    i = j;
  }
  tokens.count = count;
  return true;
}

function digitRun(text: string, at: number): number {
  let n = 0;
  while (isDigit(text.charCodeAt(at + n))) n++;
  return n;
}

/** "4th", "22nd", "1st", in any case: chrono's numeric ordinal (one or two digits). */
function isOrdinalNumber(text: string, from: number, to: number): boolean {
  const digits = to - from - 2;
  if (digits < 1 || digits > 2 || !isDigit(text.charCodeAt(from)) || !isDigit(text.charCodeAt(to - 3))) return false;
  const suffix = text.slice(to - 2, to).toLowerCase();
  return suffix === "st" || suffix === "nd" || suffix === "rd" || suffix === "th";
}

/** One date this reader recognised in a cluster, before its date is checked. */
interface Unit {
  /** First token of the match (a leading "on" or modifier included). */
  start: number;
  /** Last token of the match. */
  end: number;
  /** White space after the last token that chrono's match keeps ("May 4 " before a comma). */
  trail?: number;
  /** How many of the cluster's anchors it covers. */
  anchors: number;
  year: number;
  month: number;
  day: number;
  hasDay: boolean;
  fixedYear: boolean;
}

/**
 * Reads the dates of one window as chrono's path would keep them (see {@link WindowDate}), or
 * returns undefined when the window holds anything beyond the common forms this reader knows, in
 * which case chrono must read it. Linear in the window's length.
 */
export function readDateWords(text: string, reference: DateReference): WindowDate[] | undefined {
  // JavaScript reads years below 100 as 19xx; chrono reads such a document date its own way.
  if (reference.year < 1000) return undefined;
  if (!lex(text)) return undefined;
  return new WindowReader(text, reference).read();
}

class WindowReader {
  private readonly out: WindowDate[] = [];
  /** Token indices of the current cluster's anchors, and their roles. */
  private anchors: number[] = [];
  private roles: Role[] = [];

  constructor(
    private readonly text: string,
    private readonly reference: DateReference,
  ) {}

  read(): WindowDate[] | undefined {
    for (let i = 0; i < tokens.count; i++) {
      const kind = tokens.kind[i];
      if (kind === Kind.Space || kind === Kind.Punct) continue;
      const role = kind === Kind.Word ? this.roleOf(i) : kind === Kind.Mixed && MONTH_IN_RUN.test(this.text.slice(tokens.from[i], tokens.to[i])) ? Role.Refuse : Role.Numeric;
      if (role === Role.Refuse) return undefined;
      if (role === Role.Connector) continue;
      if (role === Role.Inert) {
        if (!this.closeCluster()) return undefined;
        continue;
      }
      this.anchors.push(i);
      this.roles.push(role);
    }
    return this.closeCluster() ? this.out : undefined;
  }

  /** The role of word token i, with the few neighbours that decide it. */
  private roleOf(i: number): Role {
    const word = tokens.lower[i]!;
    let role = wordRoles.get(word);
    if (role === undefined) {
      role = isGlued(word) ? Role.Refuse : endsInTimePrefix(word) ? Role.Connector : Role.Inert;
      if (wordRoles.size >= ROLES.size + MAX_CACHED_WORDS) wordRoles = new Map(ROLES);
      wordRoles.set(word, role);
    }
    if (role === Role.Modifier) {
      // "last week", "past year", "this month", "last night": relative dates this reader leaves to chrono.
      const next = this.wordAt(this.skipSpace(i + 1));
      if (UNITS.has(next) || (word === "last" && next === "night")) return Role.Refuse;
      return Role.Connector;
    }
    if (word === "end") {
      // "end of the month" is a date of its own.
      let k = this.skipSpace(i + 1);
      if (k === i + 1 || !this.isWord(k, "of")) return Role.Connector;
      const afterOf = this.skipSpace(k + 1);
      k = this.isWord(afterOf, "the") && afterOf > k + 1 ? this.skipSpace(afterOf + 1) : afterOf;
      return this.isWord(k, "month") ? Role.Refuse : Role.Connector;
    }
    return role;
  }

  /** Reads the cluster of anchors gathered since the last inert word; false to decline the window. */
  private closeCluster(): boolean {
    if (this.anchors.length === 0) return true;
    const anchors = this.anchors;
    let roles = this.roles;
    this.anchors = [];
    this.roles = [];
    const hasMonth = roles.includes(Role.Month);
    let kept = anchors;
    if (!hasMonth && roles.includes(Role.OrdinalWord)) {
      // An ordinal word is a day only beside a month name.
      kept = anchors.filter((_, k) => roles[k] !== Role.OrdinalWord);
      roles = roles.filter((role) => role !== Role.OrdinalWord);
      if (kept.length === 0) return true;
    }
    if (!hasMonth && !roles.includes(Role.Weekday) && !roles.includes(Role.Casual)) return this.isHarmless(kept, roles);
    if (kept.length === 1 && roles[0] === Role.Month) return this.readMonthAlone(kept[0]!);
    // A figure chrono reads nothing from may come first ("37,396 on June 17").
    const first = roles[0] === Role.Numeric && kept.length > 1 && this.isSilentBefore(kept[0]!) ? 1 : 0;
    const unit = this.readUnit(kept, roles, first);
    if (!unit) return false;
    const used = first + unit.anchors;
    const merged = used < kept.length && this.withTimeOfDay(unit, kept, roles, used);
    if (used + (merged ? 1 : 0) !== kept.length) return false;
    if (this.timeZoneAfter(unit.end, merged) || this.digitTailAfter(unit.end)) return false;
    this.keep(unit);
    return true;
  }

  /**
   * Extends a weekday or a casual day by the time of day right after it ("Friday night",
   * "yesterday morning"): chrono merges the two, keeping the day's date. True when it did.
   */
  private withTimeOfDay(unit: Unit, anchors: readonly number[], roles: readonly Role[], k: number): boolean {
    if (this.kindAt(unit.end) !== Kind.Word || k !== anchors.length - 1 || roles[k] !== Role.TimeOfDay) return false;
    const role = ROLES.get(tokens.lower[unit.end]!);
    if ((role !== Role.Weekday && role !== Role.Casual) || !this.isSingleSpace(unit.end + 1) || anchors[k] !== unit.end + 2) return false;
    unit.end = anchors[k]!;
    return true;
  }

  /**
   * True when chrono reads nothing from the figure at token `at`, first in its cluster, and
   * nothing joins it to what follows: no time ("37,396", "1,200", "2024"; "20" is 8 p.m. to chrono,
   * and "at 5" five o'clock), and a word after it that is neither a time's tail ("pm", "to", "in
   * the morning") nor the "of" of "4 of May".
   */
  private isSilentBefore(at: number): boolean {
    const from = tokens.from[at]!;
    if (this.kindAt(at) !== Kind.Number || this.text.slice(from, tokens.to[at]).includes(".")) return false;
    // A connector must follow: a month right after it would make it a day ("30 May") or a year ("2024 May").
    const next = this.wordAt(this.skipSpace(at + 1));
    if (SILENT_BREAKERS.has(next)) return false;
    const role = ROLES.get(next);
    if (role !== Role.Connector && role !== Role.Modifier) return false;
    if (endsInTimePrefix(this.wordAt(this.skipSpace(at - 1, -1)))) return false;
    // Without "at" or "from", only two digits up to 24 make a time: one digit, or three and more, never do.
    const lead = digitRun(this.text, from);
    return lead !== 2 || Number(this.text.slice(from, from + 2)) > 24;
  }

  /**
   * True when a cluster with no month, weekday or casual day gives no date: chrono reads times
   * from its figures and times of day, which extractDates drops, as it drops "now". Two figures
   * one space apart can be a year, month and day ("2024 5 4"), and "now" can swallow a time zone
   * or a range.
   */
  private isHarmless(anchors: readonly number[], roles: readonly Role[]): boolean {
    if (roles.includes(Role.Now)) {
      if (anchors.length !== 1 || this.timeZoneAfter(anchors[0]!, true)) return false;
      // chrono reads "now" as the reference date; extractDates then drops it, as it does chrono's.
      this.keep({ ...this.readCasual(anchors[0]!), anchors: 1 });
      return true;
    }
    for (let k = 1; k < anchors.length; k++) {
      const a = anchors[k - 1]!;
      const b = anchors[k]!;
      if (b === a + 2 && tokens.to[a + 1]! - tokens.from[a + 1]! === 1 && this.kindAt(a + 1) === Kind.Space) return false;
    }
    return true;
  }

  /** The date starting at the cluster's anchor k, as one of the forms this reader knows. */
  private readUnit(anchors: readonly number[], roles: readonly Role[], k: number): Unit | undefined {
    switch (roles[k]) {
      case Role.Month:
        return this.readMonthFirst(anchors, k);
      case Role.Numeric:
        return this.readDayFirst(anchors, k, true);
      case Role.Weekday:
        return this.readWeekday(anchors, roles, k);
      case Role.Casual:
        return this.readCasual(anchors[k]!);
      default:
        return undefined;
    }
  }

  /** "May 4", "Oct. 7, 2023", "May 4th 2024" (chrono's month-day parser) or "May 2024" (its month-year parser). */
  private readMonthFirst(anchors: readonly number[], k: number, merged = false): Unit | undefined {
    const at = anchors[k]!;
    const name = tokens.lower[at]!;
    const month = MONTH_NUMBERS.get(name)!;
    let p = at + 1;
    const dotted = this.isPunct(p, 46);
    if (dotted) {
      if (!DOTTED_MONTHS.has(name)) return undefined;
      p++;
    }
    if (this.isSingleSpace(p)) p++;
    else if (!dotted) return undefined;
    if (anchors[k + 1] !== p) return undefined;
    const endOf = this.endOfBefore(at);
    const year = this.yearAt(p);
    if (year !== undefined) {
      // A month and a year: a weekday before it is a date of its own, which this reader leaves to chrono.
      if (merged || endOf === -2) return undefined;
      if (endOf >= 0) return { start: endOf, end: p, anchors: 2, year, month, day: daysInMonth(year, month), hasDay: true, fixedYear: true };
      return { start: at, end: p, anchors: 2, year, month, day: 1, hasDay: false, fixedYear: true };
    }
    // After "end of", chrono's month-year parser reads the month alone ("Sept") or with the day as a
    // two-digit year ("July 20"), moves it to the month's last day and keeps that longer match.
    if (endOf !== -1) return undefined;
    const day = this.dayAt(p);
    if (day === undefined) return undefined;
    // chrono's month-day pattern refuses a day followed by "am" or "pm", even inside a word ("May 28 amid").
    const after = this.wordAt(this.skipSpace(p + 1));
    if (after.startsWith("am") || after.startsWith("pm")) return undefined;
    const written = this.yearAfter(anchors, k + 2, p + 1);
    if (written) return { start: at, end: written.end, anchors: 3, year: written.year, month, day, hasDay: true, fixedYear: true };
    return { start: at, end: p, trail: this.trailingSpace(p), anchors: 2, year: this.closestYear(this.reference.instant, day, month), month, day, hasDay: true, fixedYear: false };
  }

  /**
   * The white space chrono's month-day pattern keeps after a day with no year: its `\s*` runs on
   * and gives back only what its closing look-ahead needs, one space before a letter or digit.
   */
  private trailingSpace(day: number): number {
    if (this.kindAt(day + 1) !== Kind.Space) return 0;
    const next = this.kindAt(day + 2);
    const length = tokens.to[day + 1]! - tokens.from[day + 1]!;
    return next !== NONE && next !== Kind.Punct ? length - 1 : length;
  }

  /** "4 May", "7 October 2023", "7th of October", "on 4 May" (chrono's day-month parser). */
  private readDayFirst(anchors: readonly number[], k: number, prefix: boolean): Unit | undefined {
    const at = anchors[k]!;
    const day = this.dayAt(at);
    if (day === undefined || !this.isSingleSpace(at + 1)) return undefined;
    let p = at + 2;
    if (this.isWord(p, "of")) {
      if (!this.isSingleSpace(p + 1)) return undefined;
      p += 2;
    }
    if (anchors[k + 1] !== p || this.kindAt(p) !== Kind.Word) return undefined;
    const name = tokens.lower[p]!;
    const month = MONTH_NUMBERS.get(name);
    if (month === undefined) return undefined;
    let end = p;
    // chrono keeps the full stop of "Oct." unless a letter follows it ("Oct.x").
    if (this.isPunct(p + 1, 46) && DOTTED_MONTHS.has(name) && this.kindAt(p + 2) !== Kind.Word) end = p + 1;
    else if (this.isPunct(p + 1, 46) && this.isWord(p + 2, "of")) return undefined;
    let start = at;
    if (prefix) {
      // chrono's pattern takes a leading "on" into the match; "at 4 May" and "from 4 May" are read as times.
      const before = this.skipSpace(at - 1, -1);
      const word = this.wordAt(before);
      if (endsInTimePrefix(word)) return undefined;
      if (word === "on") {
        if (before !== at - 2 || !this.isSingleSpace(at - 1)) return undefined;
        start = before;
      }
    }
    const written = this.yearAfter(anchors, k + 2, end + 1);
    if (written) return { start, end: written.end, anchors: 3, year: written.year, month, day, hasDay: true, fixedYear: true };
    // chrono's month-year parser also reads the month name, and its match wins when it is the
    // longer: "4 May of the" gives "May of", a month without a year, which extractDates drops.
    const rival = this.monthNameEnd(p);
    if (!rival || tokens.to[rival.end]! + rival.trail - tokens.from[p]! >= tokens.to[end]! - tokens.from[start]!) return undefined;
    return { start, end, anchors: 2, year: this.closestYear(this.reference.instant, day, month), month, day, hasDay: true, fixedYear: false };
  }

  /**
   * A month name with no day or year beside it. chrono reads it as a month without a year, which
   * extractDates drops ("may" the verb, "in March"), unless "end of" comes before: then it is the
   * month's last day ("by the end of January"). False to decline the window.
   */
  private readMonthAlone(at: number): boolean {
    const endOf = this.endOfBefore(at);
    if (endOf === -1) return true;
    const match = endOf >= 0 ? this.monthNameEnd(at) : undefined;
    if (!match) return false;
    const name = tokens.lower[at]!;
    // chrono's month-year parser skips a three-letter abbreviation alone ("Jan"), so nothing is read.
    if (tokens.to[match.end]! + match.trail - tokens.from[at]! <= 3 && name.length === 3 && name !== "may") return true;
    const month = MONTH_NUMBERS.get(name)!;
    // As chrono: the month's year closest to the reference instant, then the year in which its last
    // day lies closest to the reference date.
    const implied = this.closestYear(this.reference.instant, 1, month);
    const reference = new Date(this.reference.instant.getTime());
    reference.setMinutes(reference.getMinutes() + reference.getTimezoneOffset());
    const year = this.closestYear(reference, daysInMonth(implied, month), month);
    const unit: Unit = { start: endOf, end: match.end, trail: match.trail, anchors: 1, year, month, day: daysInMonth(year, month), hasDay: true, fixedYear: false };
    if (this.timeZoneAfter(unit.end, false)) return false;
    this.keep(unit);
    return true;
  }

  /**
   * Where chrono's month-year parser ends its match on the month name at token `at` when no year
   * follows: after the name, its full stop, a comma, or a space it keeps before a mark ("May (").
   * Undefined when the reader cannot tell.
   */
  private monthNameEnd(at: number): { end: number; trail: number } | undefined {
    let end = at;
    if (this.isPunct(at + 1, 46) && DOTTED_MONTHS.has(tokens.lower[at]!)) {
      // "Jan." is tried first; a letter or digit right after the full stop gives it up.
      const next = this.kindAt(at + 2);
      if (next !== NONE && next !== Kind.Space && next !== Kind.Punct) return undefined;
      end = at + 1;
    }
    const next = this.kindAt(end + 1);
    if (next === NONE) return { end, trail: 0 };
    if (next === Kind.Punct) {
      const c = this.text.charCodeAt(tokens.from[end + 1]!);
      if (c === 45) return undefined;
      if (c !== 44) return { end, trail: 0 };
      // "January," keeps its comma when one space and a word follow, or nothing does.
      if (this.kindAt(end + 2) === NONE) return { end: end + 1, trail: 0 };
      return this.isSingleSpace(end + 2) && this.kindAt(end + 3) === Kind.Word ? { end: end + 1, trail: 0 } : undefined;
    }
    if (!this.isSingleSpace(end + 1)) return undefined;
    const after = this.kindAt(end + 2);
    if (after === NONE) return { end, trail: 1 };
    if (after === Kind.Word) return tokens.lower[end + 2] === "of" ? undefined : { end, trail: 0 };
    if (after !== Kind.Punct) return undefined;
    const c = this.text.charCodeAt(tokens.from[end + 2]!);
    return c === 44 || c === 45 ? undefined : { end, trail: 1 };
  }

  /** A written year after a day: ", 2024" or " 2024", when it is the cluster's anchor k. */
  private yearAfter(anchors: readonly number[], k: number, p: number): { end: number; year: number } | undefined {
    if (this.isPunct(p, 44)) p++;
    if (!this.isSingleSpace(p) || anchors[k] !== p + 1) return undefined;
    const year = this.yearAt(p + 1);
    return year === undefined ? undefined : { end: p + 1, year };
  }

  /**
   * "Saturday", "on Saturday", "last Saturday", "Saturday," and a weekday before a date
   * ("Saturday, May 4, 2024"), which chrono merges into one date with the weekday's name.
   */
  private readWeekday(anchors: readonly number[], roles: readonly Role[], k: number): Unit | undefined {
    const { text } = this;
    const at = anchors[k]!;
    const weekday = WEEKDAY_NUMBERS.get(tokens.lower[at]!)!;
    let start = at;
    let modifier = "";
    if (this.isSingleSpace(at - 1) && this.kindAt(at - 2) === Kind.Word && MODIFIERS.has(tokens.lower[at - 2]!)) {
      modifier = tokens.lower[at - 2]!;
      start = at - 2;
    }
    if (this.isSingleSpace(start - 1) && this.isWord(start - 2, "on")) start -= 2;
    const before = this.wordAt(start - 2);
    if (this.kindAt(start - 1) === Kind.Space && (before === "on" || MODIFIERS.has(before))) return undefined;
    // chrono takes a comma or an opening bracket before the weekday into the match when a mark precedes it.
    const mark = this.skipSpace(start - 1, -1);
    if (mark >= 0 && this.kindAt(mark) === Kind.Punct) {
      const c = text.charCodeAt(tokens.from[mark]!);
      if ((c === 44 || c === 40 || c === 0xff08) && (tokens.from[mark]! === 0 || !isWordChar(text.charCodeAt(tokens.from[mark]! - 1)))) return undefined;
    }
    let end = at;
    const afterComma = this.kindAt(at + 2);
    if (this.isPunct(at + 1, 44) && (afterComma === NONE || afterComma === Kind.Space || afterComma === Kind.Punct)) end = at + 1;
    else if (this.isPunct(at + 1, 41) || this.isPunct(at + 1, 0xff09)) return undefined;
    else if (this.kindAt(at + 1) === Kind.Space && (this.isPunct(at + 2, 44) || this.isPunct(at + 2, 41) || this.isPunct(at + 2, 0xff09))) return undefined;
    if (k + 1 < anchors.length && (roles[k + 1] === Role.Month || roles[k + 1] === Role.Numeric)) {
      // A date right after the weekday: chrono gives the date, named by the weekday.
      if (!this.isSingleSpace(end + 1) || anchors[k + 1] !== end + 2) return undefined;
      const date = roles[k + 1] === Role.Month ? this.readMonthFirst(anchors, k + 1, true) : roles[k + 1] === Role.Numeric ? this.readDayFirst(anchors, k + 1, false) : undefined;
      if (!date) return undefined;
      return { ...date, start, anchors: date.anchors + 1, fixedYear: true };
    }
    const { year, month, day } = this.daysAfterReference(daysToWeekday(this.referenceWeekday(), weekday, modifier));
    return { start, end, anchors: 1, year, month, day, hasDay: true, fixedYear: true };
  }

  /** "today", "tonight", "yesterday", "tomorrow" (and "now", the reference date). */
  private readCasual(at: number): Unit {
    const { year, month, day } = this.daysAfterReference(CASUAL_OFFSETS.get(tokens.lower[at]!) ?? 0);
    return { start: at, end: at, anchors: 1, year, month, day, hasDay: true, fixedYear: true };
  }

  /** Adds a recognised date to the output, unless chrono would drop it as no real calendar date ("Feb. 30"). */
  private keep(unit: Unit): void {
    if (unit.day > daysInMonth(unit.year, unit.month)) return;
    const from = tokens.from[unit.start]!;
    this.out.push({
      index: from,
      text: this.text.slice(from, tokens.to[unit.end]! + (unit.trail ?? 0)),
      year: unit.year,
      month: unit.month,
      day: unit.day,
      hasDay: unit.hasDay,
      fixedYear: unit.fixedYear,
    });
  }

  /**
   * True when a time-zone abbreviation follows token `end` (", EST", " (GMT)"), which chrono
   * appends to the date before it: in capitals after a date, in any case after "now".
   */
  private timeZoneAfter(end: number, anyCase: boolean): boolean {
    let p = this.skipSpace(end + 1);
    if (this.isPunct(p, 44)) p = this.skipSpace(p + 1);
    if (this.isPunct(p, 40)) p++;
    const zone = this.wordAt(p);
    if (zone.length < 2 || zone.length > 4 || !TIME_ZONES.has(zone)) return false;
    return anyCase || this.text.slice(tokens.from[p], tokens.to[p]) === zone.toUpperCase();
  }

  /** True when token `end` ends in digits and a word follows that makes them a time or an era ("4 pm", "2024 BC"). */
  private digitTailAfter(end: number): boolean {
    const kind = this.kindAt(end);
    if (kind !== Kind.Number && kind !== Kind.Ordinal) return false;
    return DIGIT_TAILS.has(this.wordAt(this.skipSpace(end + 1)));
  }

  /**
   * Whether "end of" or "end of the" comes just before token `at`, which makes chrono read a month
   * as its last day ("end of January"): the token of "end", -2 for "last day of (the)", which this
   * reader leaves to chrono, or -1.
   */
  private endOfBefore(at: number): number {
    let k = this.spaceBefore(at);
    if (this.isWord(k, "the")) k = this.spaceBefore(k);
    if (!this.isWord(k, "of")) return -1;
    k = this.spaceBefore(k);
    if (this.isWord(k, "end")) return k;
    return this.isWord(k, "day") && this.isWord(this.spaceBefore(k), "last") ? -2 : -1;
  }

  /** The token before the white space that ends just before token `at`, or -1 when no white space is there. */
  private spaceBefore(at: number): number {
    return this.kindAt(at - 1) === Kind.Space ? at - 2 : -1;
  }

  /** The first token from `i` on (or back, with step -1) that is not white space. */
  private skipSpace(i: number, step: 1 | -1 = 1): number {
    while (this.kindAt(i) === Kind.Space) i += step;
    return i;
  }

  /** The kind of token i, or NONE outside the window. */
  private kindAt(i: number): number {
    return i >= 0 && i < tokens.count ? tokens.kind[i]! : NONE;
  }

  /** The lowercase text of token i when it is a word, else "". */
  private wordAt(i: number): string {
    return this.kindAt(i) === Kind.Word ? tokens.lower[i]! : "";
  }

  private isSingleSpace(i: number): boolean {
    return this.kindAt(i) === Kind.Space && tokens.to[i]! - tokens.from[i]! === 1 && this.text.charCodeAt(tokens.from[i]!) === 32;
  }

  private isPunct(i: number, code: number): boolean {
    return this.kindAt(i) === Kind.Punct && this.text.charCodeAt(tokens.from[i]!) === code;
  }

  private isWord(i: number, word: string): boolean {
    return this.wordAt(i) === word;
  }

  /** A written four-digit year ("2024") at token i, or undefined. */
  private yearAt(i: number): number | undefined {
    const from = tokens.from[i]!;
    if (this.kindAt(i) !== Kind.Number || tokens.to[i]! - from !== 4 || this.text.charCodeAt(from) === 48 || digitRun(this.text, from) !== 4) return undefined;
    return Number(this.text.slice(from, from + 4));
  }

  /** The day of the month a one- or two-digit number or ordinal at token i gives ("4", "04", "4th"), 1 to 31, or undefined. */
  private dayAt(i: number): number | undefined {
    const kind = this.kindAt(i);
    const from = tokens.from[i]!;
    const digits = kind === Kind.Number ? tokens.to[i]! - from : kind === Kind.Ordinal ? tokens.to[i]! - from - 2 : 0;
    if (digits < 1 || digits > 2 || digitRun(this.text, from) !== digits) return undefined;
    const day = Number(this.text.slice(from, from + digits));
    return day >= 1 && day <= 31 ? day : undefined;
  }

  /** The reference date's day of the week, 0 for Sunday (its year is 1000 or later, which Date.UTC reads as written). */
  private referenceWeekday(): number {
    const { year, month, day } = this.reference;
    return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  }

  /** The date `days` after the reference date. */
  private daysAfterReference(days: number): { year: number; month: number; day: number } {
    const { year, month, day } = this.reference;
    const date = new Date(Date.UTC(year, month - 1, day + days));
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }

  /**
   * The year chrono implies for a day and month without one: of last year, this year and next
   * year, the one whose date lies closest to `from`. Computed with the same local-time Date steps
   * as chrono's findYearClosestToRef, so it agrees in every time zone.
   */
  private closestYear(from: Date, day: number, month: number): number {
    const reference = from.getTime();
    // Consecutive windows share their reference: keep its years, by month and day, while it lasts.
    // The process's UTC offset is part of the key, as chrono steps in local time.
    if (reference !== closestYears.reference || from.getTimezoneOffset() !== closestYears.offset) {
      closestYears.reference = reference;
      closestYears.offset = from.getTimezoneOffset();
      closestYears.years.fill(0);
    }
    const slot = month * 32 + day;
    return (closestYears.years[slot] ||= findYearClosestTo(reference, day, month));
  }
}

/** Years {@link findYearClosestTo} found for one reference, by month × 32 + day (0 when not yet found): Date's local-time steps are slow. */
const closestYears = { reference: Number.NaN, offset: Number.NaN, years: new Int32Array(13 * 32) };

/** chrono's findYearClosestToRef, step for step. */
function findYearClosestTo(reference: number, day: number, month: number): number {
  const date = new Date(reference);
  date.setMonth(month - 1);
  date.setDate(day);
  const next = new Date(date.getTime());
  next.setFullYear(next.getFullYear() + 1);
  const last = new Date(date.getTime());
  last.setFullYear(last.getFullYear() - 1);
  const distance = Math.abs(date.getTime() - reference);
  if (Math.abs(next.getTime() - reference) < distance) return next.getFullYear();
  if (Math.abs(last.getTime() - reference) < distance) return last.getFullYear();
  return date.getFullYear();
}


/**
 * Days from the reference date to a weekday, as chrono counts them: "last" (or "past") goes back
 * one to seven days, "this" forward zero to six, "next" into the following week, and a weekday
 * alone to the closest one (forward on a tie of three days each way is impossible: three forward
 * beats four back).
 */
function daysToWeekday(reference: number, weekday: number, modifier: string): number {
  const forward = (weekday - reference + 7) % 7;
  const backward = forward === 0 ? -7 : forward - 7;
  switch (modifier) {
    case "this":
      return forward;
    case "last":
    case "past":
      return backward;
    case "next":
      if (reference === 0) return weekday === 0 ? 7 : weekday;
      if (reference === 6) return weekday === 6 ? 7 : weekday === 0 ? 8 : 1 + weekday;
      return weekday < reference && weekday !== 0 ? forward : forward + 7;
    default:
      return forward < -backward ? forward : backward;
  }
}
