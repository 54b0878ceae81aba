// Numbers written in words, read as the grammar of English cardinal numerals rather than as a list
// of phrases: a wrong value is worse than none, so a run of number words that is not a well-formed
// numeral ("five six") stops where the grammar stops. Written by hand because it is part of the
// extractor's heart: it keeps exact token offsets and runs in time linear in the words it reads.
//
//   numeral  := group [scale [continue numeral-below-scale]] | group "dozen" | fraction scale
//   group    := below100 ["hundred" ["and"] below100] | "a" "hundred" ...
//   below100 := unit | tens [("-" | " ") digit]          ("sixty-two", "twenty one")
//   fraction := group "and a half" | group "point" digit+ | "half a" | "a quarter of a"
//   continue := ["," ] ["and"] the next, smaller group ("thirty thousand, four hundred and twelve")
// A hyphen may join a group to its scale ("Thirty-thousand", "four-hundred").

import { FRACTION_PHRASES, SCALE_WORDS, UNITS as NUMBER_WORDS } from "./lexicon.js";
import { roundingStep } from "./quantity.js";
import type { Token } from "./tokenize.js";

/** The words after "a" or "an" that make them the start of a numeral ("a hundred", "a quarter of a million", "a half million"). */
const ARTICLE_NUMERAL_WORDS: ReadonlySet<string> = new Set(["hundred", "thousand", "million", "billion", "dozen", "quarter", "half"]);

/** A numeral read from tokens: its value, the token after it, and its character span. */
export interface NumeralRead {
  value: number;
  /** Token index after the numeral. */
  end: number;
  from: number;
  to: number;
  /** The step the numeral is written to ("one and a half million" is written to half a million). */
  rounding: number;
}

function word(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i];
  return t && t.type === "word" ? t.lower : undefined;
}

/** A hyphen that joins two words with no space around it ("sixty-two", "Thirty-thousand"). */
function joins(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.type === "punct" && (t.text === "-" || t.text === "‑") && !t.space && tokens[i + 1] !== undefined && !tokens[i + 1]!.space;
}

/** `i`, or the token after a joining hyphen at `i`. */
function skipJoin(tokens: readonly Token[], i: number): number {
  return joins(tokens, i) ? i + 1 : i;
}

/** 0–99: a unit or teen, or tens with an optional digit after a hyphen or a space. */
function below100(tokens: readonly Token[], i: number): { value: number; end: number } | undefined {
  const value = NUMBER_WORDS.get(word(tokens, i) ?? "");
  if (value === undefined) return undefined;
  if (value >= 20 && value % 10 === 0) {
    const at = skipJoin(tokens, i + 1);
    const digit = NUMBER_WORDS.get(word(tokens, at) ?? "");
    if (digit !== undefined && digit >= 1 && digit <= 9) return { value: value + digit, end: at + 1 };
  }
  return { value, end: i + 1 };
}

/** 1–9,999: "four hundred and twelve", "a hundred", "nineteen hundred", "sixty-two". */
function group(tokens: readonly Token[], i: number): { value: number; end: number } | undefined {
  let head: { value: number; end: number } | undefined;
  const first = word(tokens, i);
  if ((first === "a" || first === "an") && word(tokens, i + 1) === "hundred") head = { value: 1, end: i + 1 };
  else head = below100(tokens, i);
  if (!head) return undefined;
  const hundredAt = skipJoin(tokens, head.end);
  if (word(tokens, hundredAt) !== "hundred" || head.value === 0) return first === "a" || first === "an" ? undefined : head;
  let value = head.value * 100;
  let end = hundredAt + 1;
  const andAt = word(tokens, end) === "and" ? end + 1 : end;
  const tail = below100(tokens, andAt);
  if (tail && tail.value > 0) {
    value += tail.value;
    end = tail.end;
  }
  return { value, end };
}

/** "point four", "point two five" after a group: the decimal digits, as a fraction. */
function decimals(tokens: readonly Token[], i: number): { value: number; end: number; places: number } | undefined {
  if (word(tokens, i) !== "point") return undefined;
  let k = i + 1;
  let digits = "";
  for (;;) {
    const digit = NUMBER_WORDS.get(word(tokens, k) ?? "");
    if (digit === undefined || digit > 9) break;
    digits += String(digit);
    k += 1;
  }
  if (!digits) return undefined;
  return { value: Number(`0.${digits}`), end: k, places: digits.length };
}

const FRACTION_STARTS: ReadonlySet<string> = new Set(FRACTION_PHRASES.map((p) => p.words[0]!));

/** True when the words of `phrase` stand at `i`. */
function phraseAt(tokens: readonly Token[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (word(tokens, i + k) !== phrase[k]) return false;
  return true;
}

/** A fraction phrase at `i` followed by a scale word: "half a million", "a quarter of a million". */
function fractionOfScale(tokens: readonly Token[], i: number): NumeralRead | undefined {
  // Asked at every word of a text: most are no fraction's first word, answered without a loop.
  if (!FRACTION_STARTS.has(word(tokens, i) ?? "")) return undefined;
  for (const phrase of FRACTION_PHRASES) {
    if (!phraseAt(tokens, i, phrase.words)) continue;
    const at = i + phrase.words.length;
    const scale = SCALE_WORDS.get(word(tokens, at) ?? "") ?? (word(tokens, at) === "dozen" ? 12 : undefined);
    if (scale === undefined) continue;
    const value = phrase.value * scale;
    return { value, end: at + 1, from: tokens[i]!.from, to: tokens[at]!.to, rounding: roundingStep(value) };
  }
  return undefined;
}

/**
 * Reads the English numeral in words that starts at token `i` ("One-hundred and sixty-two",
 * "thirty-four thousand eight hundred and forty-four", "three million, two hundred thousand",
 * "one and a half million", "three point four million", "half a dozen"). Undefined when no numeral
 * starts there. `lead` is a group already read in digits ("1 and a half million"), for the
 * fraction forms only.
 */
export function readNumeral(tokens: readonly Token[], i: number, lead?: { value: number; end: number }): NumeralRead | undefined {
  const start = tokens[i];
  if (!start) return undefined;
  // Most words are no numeral: "a" and "an" start one only before a scale or a fraction word.
  if (!lead && (start.lower === "a" || start.lower === "an") && !ARTICLE_NUMERAL_WORDS.has(word(tokens, i + 1) ?? "")) return undefined;
  if (!lead) {
    const fraction = fractionOfScale(tokens, i);
    if (fraction) return fraction;
  }
  let total = 0;
  let rounding = 0;
  let lastScale = Number.POSITIVE_INFINITY;
  let k = i;
  let end = i;
  let current = lead ?? group(tokens, i);
  // "a thousand", "a million", "a dozen": one of the scale.
  const article = word(tokens, i);
  if (!current && (article === "a" || article === "an") && (SCALE_WORDS.has(word(tokens, i + 1) ?? "") || word(tokens, i + 1) === "dozen")) current = { value: 1, end: i + 1 };
  if (!current) return undefined;
  while (current) {
    let value: number = current.value;
    let at = current.end;
    let step = 0;
    // "one and a half million", "three point four million": a fraction of the scale after it.
    const half = word(tokens, at) === "and" && word(tokens, at + 1) === "a" && word(tokens, at + 2) === "half" ? at + 3 : undefined;
    const point = decimals(tokens, at);
    if (half !== undefined && SCALE_WORDS.has(word(tokens, skipJoin(tokens, half)) ?? "")) {
      value += 0.5;
      at = half;
      step = 0.5;
    } else if (point && SCALE_WORDS.has(word(tokens, point.end) ?? "")) {
      value += point.value;
      at = point.end;
      step = 10 ** -point.places;
    } else if (lead && current === lead) return undefined;
    const scaleAt = skipJoin(tokens, at);
    const scale = SCALE_WORDS.get(word(tokens, scaleAt) ?? "");
    if (scale !== undefined && scale < lastScale) {
      total += value * scale;
      rounding = step * scale;
      lastScale = scale;
      end = scaleAt + 1;
      k = end;
      // The next, smaller group: directly, after "and", or after a comma.
      let next = k;
      if (tokens[next]?.type === "punct" && tokens[next]!.text === ",") next += 1;
      if (word(tokens, next) === "and") next += 1;
      const following = step ? undefined : group(tokens, next);
      if (!following) break;
      // A comma or "and" must lead to a numeral smaller than the scale just used ("two million, three million" is a list),
      // and after a comma to hundreds or a scale ("thirty thousand, four hundred"), as numbers are written.
      const followingScale = SCALE_WORDS.get(word(tokens, skipJoin(tokens, following.end)) ?? "");
      if (followingScale !== undefined && followingScale >= lastScale) break;
      if (tokens[k]!.type === "punct" && followingScale === undefined && following.value < 100) break;
      current = following;
      continue;
    }
    if (step) break;
    // The last group, with no scale after it ("... and twelve"), or "two dozen".
    if (word(tokens, skipJoin(tokens, at)) === "dozen" && lastScale === Number.POSITIVE_INFINITY) {
      total += value * 12;
      end = skipJoin(tokens, at) + 1;
      break;
    }
    total += value;
    end = at;
    rounding = 0;
    break;
  }
  if (end === i) return undefined;
  const value = Math.round(total);
  return { value, end, from: start.from, to: tokens[end - 1]!.to, rounding: rounding || roundingStep(value) };
}
