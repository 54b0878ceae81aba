import { type ExtractedBlock, type Span, type World, extractMentions } from "@factmark/core";
import type { Node } from "prosemirror-model";
import { DISMISSED_MARK, isCitingMark } from "./schema.js";

/** A span of block text silenced for one rule by a `factmarkDismissed` mark. */
export interface DismissedSpan extends Span {
  rule: string;
}

/**
 * The plain text of one textblock, as @factmark/core reads ProseMirror JSON: text nodes as they
 * are, a hard break as "\n", any other inline node as U+FFFC, without leading and trailing
 * whitespace. Block offset `o` is document position `contentStart + lead + o`, because every
 * inline node is one character per position.
 */
export interface ParsedTextblock {
  text: string;
  /** Characters of leading whitespace cut from the node's text. */
  lead: number;
  /** Spans (block offsets) under a citation or link mark, adjacent nodes' merged into one, as core reads them. */
  cited: Span[];
  /** Spans (block offsets) under a `factmarkDismissed` mark, merged per rule. */
  dismissed: DismissedSpan[];
}

const parsed = new WeakMap<Node, ParsedTextblock | null>();

/**
 * Reads a textblock node into block text, or null when it holds only whitespace. ProseMirror
 * nodes are immutable and an edit keeps every untouched node, so the result is kept per node: only
 * the textblocks a transaction touched are read again.
 */
export function parseTextblock(node: Node): ParsedTextblock | null {
  const cached = parsed.get(node);
  if (cached !== undefined) return cached;
  const result = readTextblock(node);
  parsed.set(node, result);
  return result;
}

function readTextblock(node: Node): ParsedTextblock | null {
  let raw = "";
  const cited: Span[] = [];
  const dismissed: DismissedSpan[] = [];
  node.forEach((child) => {
    const from = raw.length;
    if (child.isText) raw += child.text!;
    else if (child.type.name === "hard_break" || child.type.name === "hardBreak") raw += "\n";
    // An inline node with content (rare) keeps its size in placeholders, so offsets stay positions.
    else raw += "\uFFFC".repeat(child.nodeSize);
    const to = raw.length;
    for (const mark of child.marks) {
      if (isCitingMark(mark)) addCited(cited, from, to);
      if (mark.type.name === DISMISSED_MARK) addDismissed(dismissed, String(mark.attrs.rule), from, to);
    }
  });
  const text = raw.trim();
  if (!text) return null;
  const lead = raw.length - raw.trimStart().length;
  const clip = <T extends Span>(span: T): T => ({ ...span, from: Math.max(0, span.from - lead), to: Math.min(text.length, span.to - lead) });
  return {
    text,
    lead,
    cited: lead === 0 && text.length === raw.length ? cited : cited.map(clip).filter((s) => s.to > s.from),
    dismissed: lead === 0 && text.length === raw.length ? dismissed : dismissed.map(clip).filter((s) => s.to > s.from),
  };
}

// Adjacent nodes under a citing mark (one link split by bold type) form one span, as core reads them.
function addCited(spans: Span[], from: number, to: number): void {
  const last = spans[spans.length - 1];
  if (last && last.to === from) last.to = to;
  else spans.push({ from, to });
}

// Adjacent text nodes under the same dismissal (split by bold, say) form one span.
function addDismissed(spans: DismissedSpan[], rule: string, from: number, to: number): void {
  for (let i = spans.length - 1; i >= 0; i--) {
    const span = spans[i]!;
    if (span.rule === rule && span.to === from) {
      span.to = to;
      return;
    }
  }
  spans.push({ rule, from, to });
}

// Extraction depends on the text and the date only. Kept by text as well as by node, so undo,
// redo, a split or a join that brings back a paragraph's text costs nothing, and so do repeated
// paragraphs. Bounded: cleared when it grows past a long story's worth of paragraph versions.
const MAX_TEXT_CACHE = 4096;
const byText = new WeakMap<World, Map<string, ExtractedBlock>>();
const byNode = new WeakMap<ParsedTextblock, { date: string; world: World; block: ExtractedBlock }>();

/**
 * The mentions of a parsed textblock at the document date, read with the places and actors of a
 * registry's world (`registry.world()`), extracted once per text, date and world.
 */
export function extractTextblock(block: ParsedTextblock, date: string, world: World): ExtractedBlock {
  const memo = byNode.get(block);
  if (memo && memo.date === date && memo.world === world) return memo.block;
  const key = `${date}\n${block.text}`;
  let texts = byText.get(world);
  if (!texts) byText.set(world, (texts = new Map()));
  let extracted = texts.get(key);
  if (!extracted) {
    if (texts.size >= MAX_TEXT_CACHE) texts.clear();
    extracted = extractMentions(block.text, { date, world });
    texts.set(key, extracted);
  }
  byNode.set(block, { date, world, block: extracted });
  return extracted;
}
