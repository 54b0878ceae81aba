import { type BlockFinding, type BlocksCheck, type ExtractedBlock, type Finding, type Registry, type RulesConfig, type World, checkChangedBlocks } from "@factmark/core";
import type { Node } from "prosemirror-model";
import { type ParsedTextblock, extractTextblock, parseTextblock } from "./blocks.js";
import type { EditorFinding } from "./plugin.js";

/** What a document is checked against: the registry, the document date and the rule settings. */
export interface CheckContext {
  registry: Registry;
  date: string;
  rules?: RulesConfig | undefined;
}

/** One textblock of the document with text in it, where it is, and its mentions. */
export interface DocBlock {
  /** The textblock node, to tell an unchanged one by identity. */
  node: Node;
  /** The document position of block offset 0 (the node's content start plus cut whitespace). */
  start: number;
  /** The child indexes from the document down to the textblock, as core's `Finding.path` gives them. */
  path: readonly number[];
  parsed: ParsedTextblock;
  extracted: ExtractedBlock;
}

/**
 * How a check was made: `unchanged` (no textblock and no citation changed: the previous findings
 * stand), `incremental` (the rules ran again on the changed textblocks, and over the document for
 * the rules that compare paragraphs) or `full` (every rule on every textblock: the first check, or
 * a new date, registry or rule settings).
 */
export type CheckPath = "unchanged" | "incremental" | "full";

/** The result of checking an editor document: findings in document positions, with their ids. */
export interface DocumentCheck {
  blocks: DocBlock[];
  /** The rule run, kept so the next check re-runs only what an edit can change. */
  run: BlocksCheck;
  /** Visible findings, sorted by position. */
  findings: EditorFinding[];
  /** Findings hidden by a `factmarkDismissed` mark for their rule. */
  dismissed: EditorFinding[];
  path: CheckPath;
  /** The finding made from each rule finding, and the block start it was placed at. */
  placed: Map<BlockFinding, { start: number; path: readonly number[]; finding: EditorFinding }>;
  /**
   * The findings that continue none of the previous check's, in `findings` or `dismissed`, with
   * an empty id for the caller to give before it shares them. A finding that only moved (its
   * paragraph moved) keeps the id of the one it continues.
   */
  fresh: EditorFinding[];
}

/**
 * Reads every textblock of `doc` with text in it, reusing the parse and the mentions of unchanged
 * nodes, and the block itself when it is where it was in `previous` (typing moves only the blocks
 * after the edited one). `previous` must have been read at the same date and with the same world.
 */
function collectBlocks(doc: Node, date: string, world: World, previous: readonly DocBlock[] | undefined): DocBlock[] {
  const blocks: DocBlock[] = [];
  const walk = (parent: Node, contentStart: number, path: readonly number[]) => {
    parent.forEach((node, offset, index) => {
      const at = pathTo(path, index);
      if (node.isTextblock) {
        // The same node as the block at this place before (most of them, as the writer types) is
        // read as it was, without looking it up.
        const old = previous?.[blocks.length];
        if (old && old.node === node) {
          const start = contentStart + offset + 1 + old.parsed.lead;
          blocks.push(old.start === start && old.path === at ? old : { node, start, path: at, parsed: old.parsed, extracted: old.extracted });
          return;
        }
        const parsed = parseTextblock(node);
        if (parsed) blocks.push({ node, start: contentStart + offset + 1 + parsed.lead, path: at, parsed, extracted: extractTextblock(parsed, date, world) });
      } else if (!node.isLeaf) {
        walk(node, contentStart + offset + 1, at);
      }
    });
  };
  walk(doc, 0, TOP);
  return blocks;
}

const TOP: readonly number[] = [];
const topPaths: (readonly number[])[] = [];

/** The path to child `index` of the node at `path`; one shared array per top-level index, as most textblocks are children of the document. */
function pathTo(path: readonly number[], index: number): readonly number[] {
  if (path !== TOP) return [...path, index];
  return (topPaths[index] ??= [index]);
}

/**
 * Checks an editor document. With the previous check against the same context, core's
 * incremental rule run re-runs the rules only where an edit can change their result: each
 * textblock is compared by its extracted block (kept per node and per text) and its cited spans,
 * so unchanged paragraphs keep their findings. Either way the result equals a full check of the
 * document.
 */
export function checkDocument(doc: Node, context: CheckContext, previous?: DocumentCheck): DocumentCheck {
  const before = previous && sameContext(previous.run, context) ? previous : undefined;
  const blocks = collectBlocks(doc, context.date, context.registry.world(), before?.blocks);
  const run = checkChangedBlocks(
    blocks.map((b) => b.extracted),
    blocks.map((b) => b.parsed.cited),
    { registry: context.registry, date: context.date, rules: context.rules, previous: before?.run },
  );
  const path: CheckPath = !before ? "full" : run === before.run ? "unchanged" : "incremental";
  // Same findings in the same places (a mark that cites nothing, a trailing space): the previous result stands.
  if (path === "unchanged" && blocks.every((b, i) => b === before!.blocks[i] || (b.start === before!.blocks[i]!.start && samePath(b.path, before!.blocks[i]!.path) && (b.parsed === before!.blocks[i]!.parsed || sameDismissed(b.parsed, before!.blocks[i]!.parsed))))) {
    // Object.assign rather than a spread, as in toFinding.
    return Object.assign({}, before!, { blocks, path, fresh: [] });
  }
  const findings: EditorFinding[] = [];
  const dismissed: EditorFinding[] = [];
  const placed = new Map<BlockFinding, { start: number; path: readonly number[]; finding: EditorFinding }>();
  const fresh: EditorFinding[] = [];
  for (const f of run.findings) {
    const block = blocks[f.block]!;
    // A rule finding kept from the previous run, in a block that did not move, keeps its finding
    // object, so the plugin keeps its decoration without any work; in a block that moved, the
    // new finding keeps the old one's id.
    const kept = before?.placed.get(f);
    let place: { start: number; path: readonly number[]; finding: EditorFinding };
    if (kept && kept.start === block.start && samePath(kept.path, block.path) && !f.related) place = kept;
    else {
      place = { start: block.start, path: block.path, finding: toFinding(f, blocks, kept?.finding.id ?? "") };
      if (!kept) fresh.push(place.finding);
    }
    placed.set(f, place);
    (isDismissed(f, block.parsed) ? dismissed : findings).push(place.finding);
  }
  findings.sort(byPosition);
  dismissed.sort(byPosition);
  return { blocks, run, findings, dismissed, path, placed, fresh };
}

function byPosition(a: EditorFinding, b: EditorFinding): number {
  return a.from - b.from || a.to - b.to || a.ruleId.localeCompare(b.ruleId);
}

// The context a run was made against is kept in the run itself.
function sameContext(a: BlocksCheck, b: CheckContext): boolean {
  return a.registry === b.registry && a.date === b.date && a.rules === b.rules;
}

function samePath(a: readonly number[], b: readonly number[]): boolean {
  return a === b || (a.length === b.length && a.every((index, i) => index === b[i]));
}

function sameDismissed(a: ParsedTextblock, b: ParsedTextblock): boolean {
  return a.dismissed.length === b.dismissed.length && a.dismissed.every((d, i) => d.rule === b.dismissed[i]!.rule && d.from === b.dismissed[i]!.from && d.to === b.dismissed[i]!.to);
}

function isDismissed(f: BlockFinding, block: ParsedTextblock): boolean {
  return block.dismissed.some((d) => d.rule === f.ruleId && d.from <= f.from && d.to >= f.to);
}

/**
 * A finding in document positions, shaped as core's check() gives it for the document's JSON,
 * with `id`. Copies are made with Object.assign rather than a spread: V8 makes them several
 * times faster that way, and the findings after the edited paragraph are copied on every
 * keystroke.
 */
function toFinding(f: BlockFinding, blocks: readonly DocBlock[], id: string): EditorFinding {
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
    fixes: (f.fixes ?? []).map((fix) => Object.assign({}, fix, { from: at + fix.from, to: at + fix.to })),
  };
  if (f.related?.length) finding.related = f.related.map((r) => ({ from: blocks[r.block]!.start + r.from, to: blocks[r.block]!.start + r.to, text: r.text }));
  finding.path = [...block.path];
  finding.offset = f.from;
  return Object.assign(finding, { id });
}
