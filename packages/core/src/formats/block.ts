import type { Span } from "../mention.js";

/**
 * One stretch of a block's text and where it came from: `length` characters of block text from
 * `text` correspond to `sourceLength` characters of the input from `source`. When the lengths differ
 * (an HTML entity, a Markdown escape) the stretch maps as a whole: its start to the source start and
 * its end to the source end.
 */
export interface OffsetSegment {
  text: number;
  source: number;
  length: number;
  sourceLength: number;
}

/**
 * A paragraph-like unit of plain text taken from an input document, with the map from its text
 * offsets back to the input's offsets. `cited` spans are covered by a link or a citation mark.
 */
export interface Block {
  text: string;
  /** Sorted by `text`; covers the whole block text. */
  map: OffsetSegment[];
  /** "paragraph", "heading", "list-item", "quote", "cell" … */
  type: string;
  /** Spans of block text inside a link or citation mark: a figure there is sourced. */
  cited: Span[];
  /** For ProseMirror input: the child-index path of the textblock from the doc node. */
  path?: number[];
  /**
   * Where this block's text starts in its textblock's text, when a textblock longer than
   * {@link MAX_BLOCK_LENGTH} is read in pieces. @default 0
   */
  offset?: number;
}

/**
 * The longest block text, in UTF-16 code units. A longer paragraph (no news paragraph is near it;
 * only a hostile draft is) is read in pieces of at most this length, cut after a sentence or at a
 * space: reading one block costs more than linear time in its length, so a cap on the length
 * keeps a whole document linear in its size.
 */
export const MAX_BLOCK_LENGTH = 32_768;

/**
 * Default-ignorable code points (Unicode TR39's list: zero-width spaces and joiners, the soft
 * hyphen, bidirectional marks, the byte order mark, variation selectors, tags …). A reader sees
 * none of them, so block text leaves them out ("40,0\u200b00" reads as "40,000") while the offset
 * map still points at the raw input around them.
 */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}+/gu;

/** A rule turned off for part of a document by an inline comment (`<!-- factmark-disable-next-line rule-id -->`). */
export interface DisableDirective {
  /** Rule ids; empty means every rule. */
  rules: string[];
  /** Input offsets `[from, to)` the directive covers. */
  from: number;
  to: number;
}

/** Input formats the checker reads. */
export type InputFormat = "text" | "markdown" | "html" | "prosemirror";

/** An input split into blocks, with what its header said (a Markdown front matter `date:`). */
export interface ParsedDocument {
  format: InputFormat;
  blocks: Block[];
  /** The document date from the input itself (front matter `date:`, `<meta name="date">`), when there is one. */
  date?: string;
  title?: string;
  disabled: DisableDirective[];
}

/** Builds blocks piece by piece, keeping the offset map as text is appended. */
export class BlockBuilder {
  private text = "";
  private map: OffsetSegment[] = [];
  private cited: Span[] = [];
  private citeDepth = 0;
  private citeStart = 0;

  constructor(readonly type: string, readonly path?: number[]) {}

  /**
   * Appends `value`, which came from input offsets `[source, source + sourceLength)`.
   * Default-ignorable characters are left out; when `value` maps one-to-one onto the input, the
   * pieces around them keep their exact offsets.
   */
  append(value: string, source: number, sourceLength: number): void {
    if (!value) return;
    IGNORABLE.lastIndex = 0;
    if (IGNORABLE.test(value)) {
      if (value.length !== sourceLength) {
        this.appendPiece(value.replace(IGNORABLE, ""), source, sourceLength);
        return;
      }
      IGNORABLE.lastIndex = 0;
      let at = 0;
      for (let match = IGNORABLE.exec(value); match; match = IGNORABLE.exec(value)) {
        if (match.index > at) this.appendPiece(value.slice(at, match.index), source + at, match.index - at);
        at = match.index + match[0].length;
      }
      if (at < value.length) this.appendPiece(value.slice(at), source + at, value.length - at);
      return;
    }
    this.appendPiece(value, source, sourceLength);
  }

  private appendPiece(value: string, source: number, sourceLength: number): void {
    if (!value) return;
    const at = this.text.length;
    const last = this.map[this.map.length - 1];
    if (last && last.length === last.sourceLength && value.length === sourceLength && last.text + last.length === at && last.source + last.sourceLength === source) {
      last.length += value.length;
      last.sourceLength += sourceLength;
    } else {
      this.map.push({ text: at, source, length: value.length, sourceLength });
    }
    this.text += value;
  }

  /** Marks the start of a link or citation mark. */
  openCite(): void {
    if (this.citeDepth++ === 0) this.citeStart = this.text.length;
  }

  /** Marks its end. */
  closeCite(): void {
    if (this.citeDepth > 0 && --this.citeDepth === 0 && this.text.length > this.citeStart) this.cited.push({ from: this.citeStart, to: this.text.length });
  }

  get length(): number {
    return this.text.length;
  }

  /**
   * The finished block without leading and trailing whitespace (which markup and blank lines bring
   * in), or undefined when it holds only whitespace. A block longer than {@link MAX_BLOCK_LENGTH}
   * comes back as its first piece; use {@link buildAll} to get every piece.
   */
  build(): Block | undefined {
    return this.buildAll()[0];
  }

  /**
   * The finished block as {@link build} gives it, in pieces of at most {@link MAX_BLOCK_LENGTH}
   * (one piece for any paragraph of real copy), each cut after a sentence, else at a space.
   */
  buildAll(): Block[] {
    const trimmed = this.text.trim();
    if (!trimmed) return [];
    const block: Block = { text: this.text, map: this.map, type: this.type, cited: this.cited, ...(this.path ? { path: this.path } : {}) };
    const lead = this.text.length - this.text.trimStart().length;
    if (trimmed.length <= MAX_BLOCK_LENGTH) return [trimmed.length === this.text.length ? block : cut(block, lead, lead + trimmed.length)];
    const pieces: Block[] = [];
    const end = lead + trimmed.length;
    for (let from = lead; from < end; ) {
      const to = pieceEnd(this.text, from, end);
      const piece = cut(block, from, to);
      const text = piece.text.trim();
      if (text) {
        const start = piece.text.length - piece.text.trimStart().length;
        const trimmedPiece = cut(piece, start, start + text.length);
        pieces.push(this.path ? { ...trimmedPiece, offset: from + start - lead } : trimmedPiece);
      }
      from = to;
    }
    return pieces;
  }
}

/** Where a piece of a long block that starts at `from` ends: after the last sentence end, else the last space, within the cap. */
function pieceEnd(text: string, from: number, end: number): number {
  if (end - from <= MAX_BLOCK_LENGTH) return end;
  const limit = from + MAX_BLOCK_LENGTH;
  // Sentence ends first, then any space, in the last half of the window; else a hard cut that keeps surrogate pairs whole.
  const floor = from + (MAX_BLOCK_LENGTH >> 1);
  for (let i = limit - 1; i > floor; i--) {
    const c = text.charCodeAt(i);
    if ((c === 32 || c === 10) && /[.!?”"]/.test(text[i - 1]!)) return i + 1;
  }
  for (let i = limit - 1; i > floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9) return i + 1;
  }
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

/** The part `[from, to)` of a block's text, with its map and cited spans moved to match. */
function cut(block: Block, from: number, to: number): Block {
  const map = block.map
    .filter((seg) => seg.text + seg.length > from && seg.text < to)
    .map((seg) => {
      const start = Math.max(seg.text, from);
      const end = Math.min(seg.text + seg.length, to);
      const linear = seg.length === seg.sourceLength;
      return {
        text: start - from,
        source: linear ? seg.source + (start - seg.text) : seg.source,
        length: end - start,
        sourceLength: linear ? end - start : seg.sourceLength,
      };
    });
  const cited = block.cited
    .map((span) => ({ from: Math.max(0, span.from - from), to: Math.min(to - from, span.to - from) }))
    .filter((span) => span.to > span.from);
  return { ...block, text: block.text.slice(from, to), map, cited };
}

/**
 * The input offset for a block text offset. `side` decides where an offset at the boundary of two
 * segments (or inside a non-linear one) lands: "start" for the start of a span, "end" for its end.
 */
export function mapToSource(block: Block, offset: number, side: "start" | "end"): number {
  const map = block.map;
  if (map.length === 0) return 0;
  let lo = 0;
  let hi = map.length - 1;
  // Find the last segment whose start is <= offset (for "end", < offset so an end lands in the segment it closes).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = map[mid]!.text;
    if (side === "end" ? start < offset : start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const seg = map[lo]!;
  const within = Math.max(0, Math.min(offset - seg.text, seg.length));
  if (seg.length === seg.sourceLength) return seg.source + within;
  if (within === 0) return seg.source;
  if (within >= seg.length) return seg.source + seg.sourceLength;
  return side === "start" ? seg.source : seg.source + seg.sourceLength;
}
