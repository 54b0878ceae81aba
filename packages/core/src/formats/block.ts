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
}

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

  /** Appends `value`, which came from input offsets `[source, source + sourceLength)`. */
  append(value: string, source: number, sourceLength: number): void {
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
   * in), or undefined when it holds only whitespace.
   */
  build(): Block | undefined {
    const trimmed = this.text.trim();
    if (!trimmed) return undefined;
    const block: Block = { text: this.text, map: this.map, type: this.type, cited: this.cited, ...(this.path ? { path: this.path } : {}) };
    if (trimmed.length === this.text.length) return block;
    const lead = this.text.length - this.text.trimStart().length;
    return cut(block, lead, lead + trimmed.length);
  }
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
