import { type BlockFinding, type ExtractedBlock, type Finding, type Registry, type RulesConfig, type Span, checkBlocks } from "@factmark/core";
import type { Node } from "prosemirror-model";
import { type ParsedTextblock, extractTextblock, parseTextblock, replaceExtracted } from "./blocks.js";

/** What a document is checked against: the registry, the document date and the rule settings. */
export interface CheckContext {
  registry: Registry;
  date: string;
  rules?: RulesConfig | undefined;
}

/** One textblock of the document with text in it, where it is, and its mentions. */
export interface DocBlock {
  node: Node;
  /** The document position of block offset 0 (the node's content start plus cut whitespace). */
  start: number;
  parsed: ParsedTextblock;
  extracted: ExtractedBlock;
}

/**
 * How a check was made: `unchanged` (no textblock changed), `shifted` (the edited textblocks
 * kept their mentions, so the previous findings moved with the text) or `full` (the rules ran).
 */
export type CheckPath = "unchanged" | "shifted" | "full";

/** The result of checking an editor document: findings in document positions, before ids are given. */
export interface DocumentCheck {
  context: CheckContext;
  blocks: DocBlock[];
  /** Rule findings with block-relative offsets, dismissed ones included. */
  raw: BlockFinding[];
  /** Visible findings, sorted by position. */
  findings: Finding[];
  /** Findings hidden by a `factmarkDismissed` mark for their rule. */
  dismissed: Finding[];
  path: CheckPath;
  /** The finding made from each rule finding, and the block start it was placed at. */
  placed: Map<BlockFinding, { start: number; finding: Finding }>;
}

/** Reads every textblock of `doc` with text in it, reusing the parse and the mentions of unchanged nodes. */
export function collectBlocks(doc: Node, date: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const parsed = parseTextblock(node);
    if (parsed) blocks.push({ node, start: pos + 1 + parsed.lead, parsed, extracted: extractTextblock(parsed, date) });
    return false;
  });
  return blocks;
}

/**
 * Checks an editor document. With the previous check against the same context, the rules run only
 * when an edit could change their result: when no textblock changed, or when each edited block
 * kept the same mentions and attributions (moved by the edit) and the edit touched no sentence
 * they are in and no name, the previous findings are moved with the text. Otherwise every rule
 * runs on the cached mentions. Either way the result equals a full check of the document.
 */
export function checkDocument(doc: Node, context: CheckContext, previous?: DocumentCheck): DocumentCheck {
  const blocks = collectBlocks(doc, context.date);
  let raw: BlockFinding[] | undefined;
  let path: CheckPath = "full";
  if (previous && sameContext(previous.context, context)) {
    const moved = moveFindings(previous, blocks, context.registry);
    if (moved) [raw, path] = [moved.raw, moved.unchanged ? "unchanged" : "shifted"];
  }
  if (!raw) {
    prepareForRules(blocks, context);
    raw = checkBlocks(
      blocks.map((b) => b.extracted),
      blocks.map((b) => b.parsed.cited),
      { registry: context.registry, date: context.date, ...(context.rules ? { rules: context.rules } : {}) },
    );
  }
  const findings: Finding[] = [];
  const dismissed: Finding[] = [];
  const paths = new Map<number, number[]>();
  const placed = new Map<BlockFinding, { start: number; finding: Finding }>();
  for (const f of raw) {
    const block = blocks[f.block]!;
    // A rule finding kept from the previous check in a block that did not move keeps its object,
    // so the plugin keeps its id and decoration without any work.
    const before = path === "full" ? undefined : previous?.placed.get(f);
    const finding = before && before.start === block.start && !f.related ? before.finding : toFinding(f, blocks, doc, paths);
    placed.set(f, { start: block.start, finding });
    (isDismissed(f, block.parsed) ? dismissed : findings).push(finding);
  }
  findings.sort(byPosition);
  dismissed.sort(byPosition);
  return { context, blocks, raw, findings, dismissed, path, placed };
}

function byPosition(a: Finding, b: Finding): number {
  return a.from - b.from || a.to - b.to || a.ruleId.localeCompare(b.ruleId);
}

function sameContext(a: CheckContext, b: CheckContext): boolean {
  return a.registry === b.registry && a.date === b.date && a.rules === b.rules;
}

function isDismissed(f: BlockFinding, block: ParsedTextblock): boolean {
  return block.dismissed.some((d) => d.rule === f.ruleId && d.from <= f.from && d.to >= f.to);
}

/** A finding in document positions, shaped as core's check() gives it for the document's JSON. */
function toFinding(f: BlockFinding, blocks: readonly DocBlock[], doc: Node, paths: Map<number, number[]>): Finding {
  const block = blocks[f.block]!;
  const at = block.start;
  const finding: Finding = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    from: at + f.from,
    to: at + f.to,
    text: block.parsed.text.slice(f.from, f.to),
    evidence: f.evidence ?? [],
    fixes: (f.fixes ?? []).map((fix) => ({ ...fix, from: at + fix.from, to: at + fix.to })),
  };
  if (f.related?.length) finding.related = f.related.map((r) => ({ from: blocks[r.block]!.start + r.from, to: blocks[r.block]!.start + r.to, text: r.text }));
  let path = paths.get(f.block);
  if (!path) {
    const $pos = doc.resolve(at);
    path = [];
    for (let depth = 0; depth < $pos.depth; depth++) path.push($pos.index(depth));
    paths.set(f.block, path);
  }
  finding.path = path;
  finding.offset = f.from;
  return finding;
}

// Two memos in @factmark/core key on mention objects, not on the document around them: a count's
// verdict is kept per mention (but depends on the story's main place, which other paragraphs
// decide), and `inconsistent-duration` marks flagged mentions in a Set (so one object in two
// paragraphs is seen as one). Mentions are shared here (per node, per text), so before the rules
// run, a block whose mentions were judged under another main place, or that appears twice, gets
// fresh copies of its mentions. The main place is computed as core's gatherFacts does.
const judgedUnder = new WeakMap<ExtractedBlock, { registry: Registry; date: string; place: string | undefined }>();

function prepareForRules(blocks: DocBlock[], context: CheckContext): void {
  const place = mainPlace(blocks);
  const seen = new Set<ExtractedBlock>();
  for (const block of blocks) {
    const memo = judgedUnder.get(block.extracted);
    const stale = memo !== undefined && memo.registry === context.registry && memo.date === context.date && memo.place !== place;
    if (stale || seen.has(block.extracted)) {
      block.extracted = { ...block.extracted, mentions: block.extracted.mentions.map((m) => ({ ...m })) };
      replaceExtracted(block.parsed, context.date, block.extracted);
    }
    seen.add(block.extracted);
    judgedUnder.set(block.extracted, { registry: context.registry, date: context.date, place });
  }
}

function mainPlace(blocks: readonly DocBlock[]): string | undefined {
  const places = new Map<string, number>();
  for (const block of blocks) {
    for (const m of block.extracted.mentions) if (m.kind === "count" && m.place) places.set(m.place, (places.get(m.place) ?? 0) + 1);
  }
  let place: string | undefined;
  let best = 0;
  for (const [name, count] of places) if (count > best) [place, best] = [name, count];
  return place;
}

/** Where an edit changed a block's text: `[at, oldEnd)` became `[at, at + (oldEnd - at) + delta)`. */
interface TextEdit {
  at: number;
  oldEnd: number;
  delta: number;
}

function diffText(a: string, b: string): TextEdit {
  const max = Math.min(a.length, b.length);
  let at = 0;
  while (at < max && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  let tail = 0;
  while (tail < max - at && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  return { at, oldEnd: a.length - tail, delta: b.length - a.length };
}

// A start offset at the edit point moves with the inserted text; an end offset there stays.
function mapStart(edit: TextEdit, offset: number): number {
  if (offset >= edit.oldEnd) return offset + edit.delta;
  return offset < edit.at ? offset : Number.NaN;
}

function mapEnd(edit: TextEdit, offset: number): number {
  if (offset <= edit.at) return offset;
  return offset >= edit.oldEnd ? offset + edit.delta : Number.NaN;
}

/**
 * The previous findings moved with the text, when no edit since the previous check can change
 * what the rules say; undefined when the rules must run.
 */
function moveFindings(previous: DocumentCheck, blocks: readonly DocBlock[], registry: Registry): { raw: BlockFinding[]; unchanged: boolean } | undefined {
  if (blocks.length !== previous.blocks.length) return undefined;
  const edits = new Map<number, TextEdit>();
  for (let i = 0; i < blocks.length; i++) {
    const before = previous.blocks[i]!;
    const after = blocks[i]!;
    if (before.parsed === after.parsed) continue;
    const edit = diffText(before.parsed.text, after.parsed.text);
    if (!sameShiftedSpans(before.parsed.cited, after.parsed.cited, edit)) return undefined;
    if (before.parsed.text === after.parsed.text) continue;
    const sentences = mapSentences(before.extracted, after.extracted, edit);
    if (!sentences || !sameShiftedBlock(before.extracted, after.extracted, edit, sentences)) return undefined;
    if (touchesReadSentence(after.extracted, edit) || touchesName(before.parsed.text, after.parsed.text, edit, registry)) return undefined;
    edits.set(i, edit);
  }
  if (edits.size === 0) return { raw: previous.raw, unchanged: true };
  const raw: BlockFinding[] = [];
  for (const f of previous.raw) {
    const moved = moveFinding(f, edits);
    if (!moved) return undefined;
    raw.push(moved);
  }
  return { raw, unchanged: false };
}

function moveFinding(f: BlockFinding, edits: ReadonlyMap<number, TextEdit>): BlockFinding | undefined {
  const edit = edits.get(f.block);
  const related = f.related?.map((r) => {
    const e = edits.get(r.block);
    return e ? { ...r, from: mapStart(e, r.from), to: mapEnd(e, r.to) } : r;
  });
  if (!edit && !related?.some((r, i) => r !== f.related![i])) return f;
  const moved: BlockFinding = {
    ...f,
    ...(edit ? { from: mapStart(edit, f.from), to: mapEnd(edit, f.to) } : {}),
    ...(edit && f.fixes ? { fixes: f.fixes.map((fix) => ({ ...fix, from: mapStart(edit, fix.from), to: mapEnd(edit, fix.to) })) } : {}),
    ...(related ? { related } : {}),
  };
  const spans: Span[] = [moved, ...(moved.fixes ?? []), ...(moved.related ?? [])];
  return spans.some((s) => Number.isNaN(s.from) || Number.isNaN(s.to)) ? undefined : moved;
}

function sameShiftedSpans(before: readonly Span[], after: readonly Span[], edit: TextEdit): boolean {
  if (before.length !== after.length) return false;
  return before.every((span, i) => after[i]!.from === mapStart(edit, span.from) && after[i]!.to === mapEnd(edit, span.to));
}

/**
 * The lists of things an extracted block holds (mentions, attributions, positions …): every array
 * but the sentences, so a kind core adds later is compared too.
 */
function itemLists(block: ExtractedBlock): [string, readonly object[]][] {
  return Object.entries(block).filter((entry): entry is [string, object[]] => entry[0] !== "sentences" && Array.isArray(entry[1]));
}

function sentencesUsed(block: ExtractedBlock): Set<number> {
  const used = new Set<number>();
  for (const [, items] of itemLists(block)) {
    for (const item of items) {
      const sentence = (item as { sentence?: unknown }).sentence;
      if (typeof sentence === "number") used.add(sentence);
    }
  }
  return used;
}

/**
 * For each sentence of `before` that a mention, an attribution or a position is in, the index of
 * the same sentence (moved by the edit) in `after`; undefined when one of them is not there.
 * Typing a new sentence renumbers the ones after it: the rules relate sentences only by being the
 * same one, so a renumbering keeps their results.
 */
function mapSentences(before: ExtractedBlock, after: ExtractedBlock, edit: TextEdit): Map<number, number> | undefined {
  const map = new Map<number, number>();
  let j = 0;
  for (const index of [...sentencesUsed(before)].sort((a, b) => a - b)) {
    const span = before.sentences[index];
    if (!span) return undefined;
    const from = mapStart(edit, span.from);
    const to = mapEnd(edit, span.to);
    while (j < after.sentences.length && after.sentences[j]!.from < from) j++;
    const found = after.sentences[j];
    if (!found || found.from !== from || found.to !== to) return undefined;
    map.set(index, j);
  }
  return map;
}

/** True when `after` holds the same things as `before`, each moved by the edit and into its renumbered sentence. */
function sameShiftedBlock(before: ExtractedBlock, after: ExtractedBlock, edit: TextEdit, sentences: ReadonlyMap<number, number>): boolean {
  const lists = itemLists(before);
  if (lists.length !== itemLists(after).length) return false;
  for (const [key, items] of lists) {
    const moved = (after as unknown as Record<string, unknown>)[key];
    if (!Array.isArray(moved) || moved.length !== items.length) return false;
    for (let i = 0; i < items.length; i++) if (!sameShifted(items[i], moved[i], edit, sentences)) return false;
  }
  return true;
}

/** Deep equality where `from`/`to` offsets are moved by the edit and `sentence` indices renumbered, at any depth. */
function sameShifted(before: unknown, after: unknown, edit: TextEdit, sentences: ReadonlyMap<number, number>): boolean {
  if (before === after) return true;
  if (typeof before !== "object" || before === null || typeof after !== "object" || after === null) return false;
  if (Array.isArray(before) !== Array.isArray(after)) return false;
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (typeof x === "number" && !Array.isArray(before)) {
      const expected = key === "from" ? mapStart(edit, x) : key === "to" ? mapEnd(edit, x) : key === "sentence" ? sentences.get(x) : x;
      if (y !== expected) return false;
    } else if (!sameShifted(x, y, edit, sentences)) {
      return false;
    }
  }
  return true;
}

// Rules read the words of a mention's sentence (whether a count covers a short period, which
// proposal a duration belongs to): an edit inside a sentence with a mention, an attribution or a
// position sends the document through the rules. Typing just after a sentence's end is not inside it.
function touchesReadSentence(block: ExtractedBlock, edit: TextEdit): boolean {
  const end = edit.oldEnd + edit.delta;
  const used = sentencesUsed(block);
  for (let s = 0; s < block.sentences.length; s++) {
    const sentence = block.sentences[s]!;
    const inside = (sentence.from < end && sentence.to > edit.at) || (sentence.from <= edit.at && edit.at < sentence.to);
    if (!inside) continue;
    if (used.has(s)) return true;
  }
  return false;
}

// Rules also read a paragraph's and the story's words for the actors they name ("Egyptian
// mediators" ties a duration to Egypt's proposal). An edit whose words hold a capital letter
// (names and their adjectives are capitalised) or a word of a registered actor's or source's
// name sends the document through the rules.
const nameWords = new WeakMap<Registry, Set<string>>();

function wordsOfNames(registry: Registry): Set<string> {
  let words = nameWords.get(registry);
  if (!words) {
    words = new Set();
    for (const { name } of [...registry.actorNames(), ...registry.sourceNames()]) {
      for (const word of name.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word.length > 1) words.add(word);
    }
    nameWords.set(registry, words);
  }
  return words;
}

const WORD_CHAR = /[\p{L}\p{N}'’-]/u;

/** The text of the whole words an edit touches: `[from, to)` widened to word boundaries. */
function editedWords(text: string, from: number, to: number): string {
  let a = from;
  let b = to;
  while (a > 0 && WORD_CHAR.test(text[a - 1]!)) a--;
  while (b < text.length && WORD_CHAR.test(text[b]!)) b++;
  return text.slice(a, b);
}

function touchesName(before: string, after: string, edit: TextEdit, registry: Registry): boolean {
  const words = `${editedWords(before, edit.at, edit.oldEnd)} ${editedWords(after, edit.at, edit.oldEnd + edit.delta)}`;
  if (/\p{Lu}/u.test(words)) return true;
  const names = wordsOfNames(registry);
  return words
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .some((word) => names.has(word));
}
