/**
 * The most container markers (`>`, `-`, `*`, `+`, `1.`) one line may open before micromark reads
 * the rest of the line as text. micromark's work grows with the square of the containers a line
 * opens ("- - - - …" of 8 KB took 9 s); real copy nests a few levels.
 */
export const MAX_MARKDOWN_NESTING = 32;

/**
 * The widest indentation, in columns, a line's container markers may stand at; whitespace past it
 * is read as text. Indentation nests list items as markers do (a list item indented under the one
 * before), and micromark's work per line grows with the depth.
 */
export const MAX_MARKDOWN_INDENT = 4 * MAX_MARKDOWN_NESTING;

/**
 * The most inline markup characters (`*`, `_`, `~`, backticks, brackets, `<`) one paragraph may
 * hold before micromark reads the rest of them as text. micromark matches emphasis, links and
 * code spans in time that grows with the number of delimiters times the paragraph's length (16 KB
 * of `*` around a figure took 13 s); a paragraph of real copy holds a few dozen.
 */
export const MAX_MARKDOWN_INLINE_MARKUP = 512;

/**
 * A character micromark reads as plain text and the block builder leaves out (it is
 * default-ignorable): what a markup character past a limit becomes, so the input keeps its length
 * and every offset stays an offset into the original.
 */
const NEUTRAL = "\u2063";

const FRONT_MATTER = /^---[ \t]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/**
 * Markdown with the markup past {@link MAX_MARKDOWN_NESTING} and
 * {@link MAX_MARKDOWN_INLINE_MARKUP} turned into text, in one pass, so that micromark's time is
 * linear in the input's length whatever its shape. The result has the same length as `input`, so
 * offsets into it are offsets into `input`; input within the limits is returned unchanged.
 * Written by hand because micromark has no limits of its own (markdown-it has `maxNesting`, but
 * the adapter's offsets come from micromark's positions).
 */
export function limitMarkdown(input: string): string {
  let out: string[] | undefined;
  let copied = 0;
  const neutralize = (from: number, to: number): void => {
    out ??= [];
    out.push(input.slice(copied, from), NEUTRAL.repeat(to - from));
    copied = to;
  };
  const length = input.length;
  let pos = 0;
  const front = input.startsWith("---") ? FRONT_MATTER.exec(input) : null;
  if (front) pos = front[0].length;
  let markup = 0;
  while (pos < length) {
    let end = input.indexOf("\n", pos);
    if (end === -1) end = length;
    if (isBlank(input, pos, end)) {
      // A blank line ends the paragraph: its markup count starts again.
      markup = 0;
      pos = end + 1;
      continue;
    }
    let i = pos;
    // Container markers at the start of the line, each after optional indentation.
    let depth = 0;
    let column = 0;
    for (;;) {
      let k = i;
      while (k < end && (input.charCodeAt(k) === 32 || input.charCodeAt(k) === 9)) {
        column += input.charCodeAt(k) === 9 ? 4 - (column % 4) : 1;
        k++;
      }
      const marker = containerMarker(input, k, end);
      // Too deep: indentation past the widest, and markers past the deepest, are text.
      const wide = column > MAX_MARKDOWN_INDENT;
      if (wide && k > i) neutralize(i, k);
      if (marker === 0) break;
      depth++;
      if (wide || depth > MAX_MARKDOWN_NESTING) neutralize(k, k + marker);
      column += marker;
      i = k + marker;
    }
    if (markup <= MAX_MARKDOWN_INLINE_MARKUP) {
      for (let k = i; k < end; k++) {
        const c = input.charCodeAt(k);
        // * _ ~ ` [ ] <
        if (c === 42 || c === 95 || c === 126 || c === 96 || c === 91 || c === 93 || c === 60) {
          if (++markup > MAX_MARKDOWN_INLINE_MARKUP) {
            neutralizeMarkup(input, k, end, neutralize);
            break;
          }
        }
      }
    } else {
      neutralizeMarkup(input, i, end, neutralize);
    }
    pos = end + 1;
  }
  if (!out) return input;
  out.push(input.slice(copied));
  return out.join("");
}

/** Turns every inline markup character of `input[from, to)` into text. */
function neutralizeMarkup(input: string, from: number, to: number, neutralize: (from: number, to: number) => void): void {
  for (let k = from; k < to; k++) {
    const c = input.charCodeAt(k);
    if (c === 42 || c === 95 || c === 126 || c === 96 || c === 91 || c === 93 || c === 60) {
      let e = k + 1;
      while (e < to && input.charCodeAt(e) === c) e++;
      neutralize(k, e);
      k = e - 1;
    }
  }
}

/** The length of the container marker at `at` (a `>`, a bullet or an ordered list number with its delimiter), or 0. */
function containerMarker(input: string, at: number, end: number): number {
  if (at >= end) return 0;
  const c = input.charCodeAt(at);
  if (c === 62) return 1; // >
  const spaceAfter = (k: number) => k >= end || input.charCodeAt(k) === 32 || input.charCodeAt(k) === 9;
  if ((c === 45 || c === 42 || c === 43) && spaceAfter(at + 1)) return 1; // - * +
  let k = at;
  while (k < end && k - at < 9 && input.charCodeAt(k) >= 48 && input.charCodeAt(k) <= 57) k++;
  if (k > at && k < end && (input.charCodeAt(k) === 46 || input.charCodeAt(k) === 41) && spaceAfter(k + 1)) return k + 1 - at;
  return 0;
}

function isBlank(input: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = input.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}
