import type { Block, DisableDirective, OffsetSegment, ParsedDocument } from "@factmark/core/lazy";
import type { DocumentReader } from "./readers.js";

/**
 * One edit of a text: `[from, to)` of the text before it replaced by the `length` characters at
 * `[from, from + length)` of the text after it.
 */
export interface TextEdit {
  from: number;
  to: number;
  length: number;
}

// A line of prose that reads the same wherever it stands in Markdown or plain text: it starts
// with a letter or an opening quote or parenthesis (no list marker, heading, quote, fence,
// indentation or setext underline), holds no character that is markup inline (emphasis, code,
// links, HTML, escapes, entities) and no carriage return.
const PROSE_LINE = /^[\p{L}“‘"'(][^`*_[\]<>\\&\r]*$/u;

/**
 * Re-reads a Markdown or plain-text story after an edit by parsing only the paragraphs the edit
 * touched, and keeps every other block of `previous` (those after the edit moved by its length).
 * It does so only where that gives exactly what parsing the whole text gives: the touched lines,
 * before and after the edit, are paragraphs of plain prose between blank lines (see PROSE_LINE;
 * trailing spaces only on a paragraph's last line), each was a block of `previous` read one to
 * one from the text, and no rule-disabling comment covers them. Otherwise returns undefined, and
 * the caller parses the whole text. Typing in a story's paragraphs is the common case: it costs
 * the edited paragraph, not the story. `read` parses the paragraphs (core's `parseInput`).
 *
 * @example
 * const doc = reparseEdit(previousDoc, previousText, text, { from: 120, to: 120, length: 1 }, parseInput) ?? parseInput(text, "markdown");
 */
export function reparseEdit(previous: ParsedDocument, previousText: string, text: string, edit: TextEdit, read: DocumentReader): ParsedDocument | undefined {
  if (previous.format !== "markdown" && previous.format !== "text") return undefined;
  const shift = edit.length - (edit.to - edit.from);
  if (edit.from < 0 || edit.from > edit.to || edit.to > previousText.length || text.length !== previousText.length + shift) return undefined;
  // The touched paragraphs: from the start of the edit's first line back to a blank line, to the
  // end of its last line on to a blank line, in the text before the edit.
  const start = paragraphStart(previousText, edit.from);
  const end = paragraphEnd(previousText, edit.to);
  const before = proseParagraphs(previousText, start, end);
  const after = proseParagraphs(text, start, end + shift);
  if (!before || !after) return undefined;
  // A paragraph typed where there was none has no block before it to show that the text around it
  // is read as prose: an unclosed "<!--" or code fence above it would swallow it. Parse the whole.
  if (before.length === 0) return undefined;

  // The blocks the touched paragraphs were: one each, read one to one from the text.
  const blocks = previous.blocks;
  const first = lowerBound(blocks, start);
  if (first > 0 && blockEnd(blocks[first - 1]!) > start) return undefined;
  let last = first;
  for (const paragraph of before) {
    const block = blocks[last];
    if (!block || !isVerbatim(block, paragraph.from, paragraph.text)) return undefined;
    last += 1;
  }
  if (last < blocks.length && blockStart(blocks[last]!) < end) return undefined;

  // Rules turned off by a comment: those before or after the paragraphs stay (moved), one that
  // spans them grows or shrinks with them, one that ends or starts inside them cannot be kept.
  const disabled: DisableDirective[] = [];
  for (const range of previous.disabled) {
    if (range.to < start) disabled.push(range);
    else if (range.from > end) disabled.push(shift ? { ...range, from: range.from + shift, to: range.to + shift } : range);
    else if (range.from < start && range.to > end) disabled.push(shift ? { ...range, to: range.to + shift } : range);
    else return undefined;
  }

  // The paragraphs after the edit, parsed by core on their own, must each be one verbatim block.
  const fresh: Block[] = [];
  for (const paragraph of after) {
    const parsed = read(paragraph.text, previous.format).blocks;
    if (parsed.length !== 1) return undefined;
    const block = moveBlock(parsed[0]!, paragraph.from);
    if (!isVerbatim(block, paragraph.from, paragraph.text)) return undefined;
    fresh.push(block);
  }
  const moved = shift === 0 ? blocks.slice(last) : blocks.slice(last).map((block) => moveBlock(block, shift));
  return { ...previous, blocks: [...blocks.slice(0, first), ...fresh, ...moved], disabled };
}

/** A paragraph of prose in a text: its first offset and its text without trailing spaces. */
interface Paragraph {
  from: number;
  text: string;
}

/**
 * The paragraphs of `text` between `from` and `to` (which start and end lines next to blank lines
 * or the text's ends), when every line is prose (PROSE_LINE) and only a paragraph's last line ends
 * in spaces; undefined otherwise.
 */
function proseParagraphs(text: string, from: number, to: number): Paragraph[] | undefined {
  const out: Paragraph[] = [];
  let current: { from: number; to: number } | undefined;
  let trailing = false;
  let pos = from;
  while (pos <= to) {
    let lineEnd = text.indexOf("\n", pos);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    const line = text.slice(pos, lineEnd);
    if (isBlank(line)) {
      if (current) out.push({ from: current.from, text: text.slice(current.from, current.to).trimEnd() });
      current = undefined;
      trailing = false;
    } else {
      // Spaces ending a line are a line break inside a paragraph: only its last line may have them.
      if (trailing) return undefined;
      const body = line.replace(/[ \t]+$/, "");
      trailing = body.length !== line.length;
      if (!PROSE_LINE.test(body)) return undefined;
      current = current ? { from: current.from, to: lineEnd } : { from: pos, to: lineEnd };
    }
    if (lineEnd >= to) break;
    pos = lineEnd + 1;
  }
  if (current) out.push({ from: current.from, text: text.slice(current.from, current.to).trimEnd() });
  return out;
}

function isBlank(line: string): boolean {
  return /^[ \t]*$/.test(line);
}

/** The start of the paragraph holding `offset`: the start of the line after the nearest blank line before it. */
function paragraphStart(text: string, offset: number): number {
  let lineStart = lineStartOf(text, offset);
  while (lineStart > 0) {
    const previousStart = lineStartOf(text, lineStart - 1);
    if (isBlank(text.slice(previousStart, lineStart - 1))) break;
    lineStart = previousStart;
  }
  return lineStart;
}

/** The start of the line holding `offset` (an offset at a line break is on the line it ends). */
function lineStartOf(text: string, offset: number): number {
  // lastIndexOf reads a negative start as 0, where a line break would be found before the text.
  return offset <= 0 ? 0 : text.lastIndexOf("\n", offset - 1) + 1;
}

/** The end of the paragraph holding `offset`: the end of the line before the nearest blank line after it. */
function paragraphEnd(text: string, offset: number): number {
  let lineEnd = text.indexOf("\n", offset);
  if (lineEnd < 0) return text.length;
  for (;;) {
    const nextEnd = text.indexOf("\n", lineEnd + 1);
    const next = text.slice(lineEnd + 1, nextEnd < 0 ? text.length : nextEnd);
    if (isBlank(next)) return lineEnd;
    if (nextEnd < 0) return text.length;
    lineEnd = nextEnd;
  }
}

/** True when `block` is the paragraph `text` at `from`, mapped one to one onto the source. */
function isVerbatim(block: Block, from: number, text: string): boolean {
  const segment = block.map[0];
  return (
    block.type === "paragraph" &&
    block.cited.length === 0 &&
    block.path === undefined &&
    block.text === text &&
    block.map.length === 1 &&
    segment !== undefined &&
    segment.text === 0 &&
    segment.source === from &&
    segment.length === text.length &&
    segment.sourceLength === text.length
  );
}

function blockStart(block: Block): number {
  return block.map[0]?.source ?? 0;
}

function blockEnd(block: Block): number {
  const last = block.map[block.map.length - 1];
  return last ? last.source + last.sourceLength : 0;
}

/** The index of the first block that starts at or after `offset`. */
function lowerBound(blocks: readonly Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blockStart(blocks[mid]!) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `block` with its source offsets moved by `shift`; its text and cited spans are kept as they are. */
function moveBlock(block: Block, shift: number): Block {
  const map: OffsetSegment[] = block.map.map((segment) => ({ ...segment, source: segment.source + shift }));
  return { ...block, map };
}
