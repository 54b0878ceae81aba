/**
 * A word, number or punctuation mark of a block of text, with its UTF-16 offsets `[from, to)`.
 * `lower` is the lowercased text with curly apostrophes straightened; `space` tells whether
 * whitespace came before it.
 */
export interface Token {
  type: "word" | "number" | "punct";
  text: string;
  lower: string;
  from: number;
  to: number;
  space: boolean;
}

const enum C {
  Tab = 9,
  Newline = 10,
  Return = 13,
  Space = 32,
  Apostrophe = 39,
  Comma = 44,
  Dot = 46,
  Zero = 48,
  Nine = 57,
  A = 65,
  Z = 90,
  LowerA = 97,
  LowerZ = 122,
  Nbsp = 160,
  RightQuote = 0x2019,
}

const LETTER = /\p{L}|\p{M}/u;
const SPACE = /\s/u;

function isDigit(code: number): boolean {
  return code >= C.Zero && code <= C.Nine;
}

function isLetter(text: string, i: number, code: number): boolean {
  if ((code >= C.A && code <= C.Z) || (code >= C.LowerA && code <= C.LowerZ)) return true;
  if (code < 128) return false;
  return LETTER.test(text[i]!);
}

function isSpace(text: string, i: number, code: number): boolean {
  if (code === C.Space || code === C.Tab || code === C.Newline || code === C.Return || code === C.Nbsp) return true;
  if (code < 128) return false;
  return SPACE.test(text[i]!);
}

function lowerWord(raw: string): string {
  const lower = raw.toLowerCase();
  return lower.includes("\u2019") ? lower.replace(/\u2019/g, "'") : lower;
}

/**
 * Splits text into tokens in one pass. Hand-written rather than a regex so that it runs in linear
 * time on any input (no backtracking), and so that numbers keep their thousands separators
 * ("34,000" is one token) while hyphenated compounds ("six-week") stay separate words.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let space = true;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isSpace(text, i, code)) {
      space = true;
      i += 1;
      continue;
    }
    const start = i;
    if (isDigit(code)) {
      i += 1;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (isDigit(c)) {
          i += 1;
        } else if ((c === C.Comma || c === C.Dot) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) {
          i += 2;
        } else break;
      }
      const raw = text.slice(start, i);
      tokens.push({ type: "number", text: raw, lower: raw, from: start, to: i, space });
    } else if (isLetter(text, i, code)) {
      // Most words are lowercase ASCII, whose `lower` is the text itself: note whether this one
      // is, so it needs no lowercased copy.
      let plain = code >= C.LowerA && code <= C.LowerZ;
      i += 1;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c >= C.LowerA && c <= C.LowerZ) {
          i += 1;
        } else if (isLetter(text, i, c)) {
          plain = false;
          i += 1;
        } else if (
          // Keep "don't" and "U.N." whole but split the possessive "Israel's" into "Israel" + "'s".
          (c === C.Apostrophe || c === C.RightQuote) &&
          i + 1 < n &&
          isLetter(text, i + 1, text.charCodeAt(i + 1)) &&
          !(text[i + 1] === "s" && (i + 2 >= n || !isLetter(text, i + 2, text.charCodeAt(i + 2))))
        ) {
          const after = text.charCodeAt(i + 1);
          if (c === C.RightQuote || after < C.LowerA || after > C.LowerZ) plain = false;
          i += 2;
        } else if (c === C.Dot && i + 1 < n && isLetter(text, i + 1, text.charCodeAt(i + 1)) && i + 2 < n && text.charCodeAt(i + 2) === C.Dot) {
          // Dotted abbreviations such as "U.S." or "a.m.": keep the inner dots in the word.
          i += 1;
        } else break;
      }
      const raw = text.slice(start, i);
      tokens.push({ type: "word", text: raw, lower: plain ? raw : lowerWord(raw), from: start, to: i, space });
    } else {
      // A surrogate pair is one punctuation token so offsets never split a character.
      const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
      i += width;
      const raw = text.slice(start, i);
      tokens.push({ type: "punct", text: raw, lower: raw === "\u2019" ? "'" : raw, from: start, to: i, space });
    }
    space = false;
  }
  return tokens;
}

const ABBREVIATIONS = new Set([
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "maj", "capt", "cmdr", "adm", "gov", "sen", "rep", "rev", "st", "no", "vs", "etc", "prof", "inc", "co", "corp", "jr", "sr",
]);

/** True when token `i` is the full stop of an abbreviation: "Oct.", "U.S.", "a.m.", an initial ("J. Smith"). */
export function isAbbreviationDot(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || t.type !== "punct" || t.text !== "." || t.space || !prev || prev.type !== "word") return false;
  return ABBREVIATIONS.has(prev.lower) || /^(?:\p{L}\.)+\p{L}$/u.test(prev.text) || prev.text.length === 1;
}

/** Token index ranges `[start, end)` of the sentences of a token list. */
export function splitSentences(tokens: readonly Token[]): [number, number][] {
  const sentences: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== "punct" || (t.text !== "." && t.text !== "!" && t.text !== "?" && t.text !== "…")) continue;
    let end = i + 1;
    // Closing quotes and brackets belong to the sentence they end.
    while (end < tokens.length && tokens[end]!.type === "punct" && !tokens[end]!.space && /^["'”’)\]]$/.test(tokens[end]!.text)) end += 1;
    const next = tokens[end];
    if (next && !next.space) continue;
    if (isAbbreviationDot(tokens, i)) {
      // "Oct. 7" or "U.S. officials": an abbreviation, unless a capitalised sentence start follows a dotted one ("the U.S. The talks").
      if (!next || !(/^\p{Lu}/u.test(next.text) && /^(?:\p{L}\.)+\p{L}$/u.test(tokens[i - 1]!.text) && next.lower === "the")) continue;
    }
    if (next && !/^[\p{Lu}\d"“'‘(\[]/u.test(next.text)) continue;
    sentences.push([start, end]);
    start = end;
    i = end - 1;
  }
  if (start < tokens.length) sentences.push([start, tokens.length]);
  return sentences;
}
