import { validateCheckOptions } from "./check-options.js";
import { type RulesConfig, resolveRuleSetting } from "./config.js";
import { isValidIsoDate } from "./dates.js";
import { FactmarkError } from "./errors.js";
import { type DocumentFacts, type ResolvedAttribution, gatherFacts, isHeadline, mentionsOfKind, proposalsForSentence, proposalsNear, sameProposals, sentenceText, storyNamesProposal, updateFacts } from "./facts.js";
import type { Finding, RelatedSpan, RuleId, Severity } from "./finding.js";
import { type Block, type InputFormat, type ParsedDocument, mapToSource } from "./formats/block.js";
import { extractMentions } from "./extract.js";
import type { ExtractedBlock, Mention, Span } from "./mention.js";
import type { Registry } from "./registry.js";
import { ATTRIBUTION_WORDS_AFTER, ATTRIBUTION_WORDS_BEFORE, type DocumentFactName, type DocumentRuleReads, type RuleFinding } from "./rule.js";
import { RULES } from "./rules/index.js";
import type { World } from "./world.js";

/** Options for `check()` (./check-input.ts) and {@link checkDocument}. */
export interface CheckOptions {
  /** The registry figures are judged against (for example `defaultRegistry()` from `@factmark/dataset-gaza`). */
  registry: Registry;
  /** The document date (YYYY-MM-DD). @default the input's own date (Markdown front matter `date:`, HTML `<meta name="date">`) */
  date?: string;
  /** The input format. @default "text" for a string, "prosemirror" for an object */
  format?: InputFormat;
  /** Rule settings by id: "off", a severity, or [severity, options]. @default every rule at its default severity */
  rules?: RulesConfig;
  /**
   * A cache of extracted blocks by text, reused across calls (an editor or a server checking many
   * drafts). Cleared by the caller when the date changes; a block read with another registry's
   * world is read again.
   */
  cache?: Map<string, ExtractedBlock>;
}

/**
 * `check()` with the function that reads its input: `parseInput` for `@factmark/core`, the readers
 * loaded so far for `@factmark/core/lazy` (./check-input.ts, ./check-loaded.ts).
 */
export function checkInput(input: string | object, options: CheckOptions, read: (input: string | object, format: InputFormat) => ParsedDocument): Finding[] {
  validateCheckOptions(options);
  const format = options.format ?? (typeof input === "string" ? "text" : "prosemirror");
  return checkDocument(read(input, format), typeof input === "string" ? input : undefined, options).findings;
}

/** A finding before mapping to input offsets: offsets relative to block `block`. */
export interface BlockFinding extends RuleFinding {
  ruleId: RuleId;
  severity: Severity;
}

/**
 * Checks an already parsed document. `source` is the raw input text, used to fill each finding's
 * `text` (without it, `text` comes from the block text). Throws `empty-registry` as `check()`
 * does. Returns the findings, the date used, the
 * extracted blocks and the rule run. With `previous` (the run of this document before an edit)
 * and a `cache` kept across calls, the rules re-run only where the edit can change their result
 * ({@link checkChangedBlocks}): an editor re-parses the text and pays for the edited paragraphs
 * alone. The findings always equal a check without `previous`.
 *
 * @example
 * const cache = new Map();
 * let result = checkDocument(parseInput(text, "markdown"), text, { registry, cache });
 * // after an edit:
 * result = checkDocument(parseInput(edited, "markdown"), edited, { registry, cache, previous: result.run });
 */
export function checkDocument(
  doc: ParsedDocument,
  source: string | undefined,
  options: CheckOptions & { previous?: BlocksCheck | undefined },
): { date: string; findings: Finding[]; blocks: ExtractedBlock[]; run: BlocksCheck } {
  validateCheckOptions(options, "checkDocument()");
  const date = options.date ?? doc.date;
  if (date === undefined) {
    throw new FactmarkError("invalid-date", 'no document date: pass a date (for example { date: "2024-05-04" } or --date 2024-05-04), or give the story a front matter "date: 2024-05-04"');
  }
  if (!isValidIsoDate(date)) throw new FactmarkError("invalid-date", `document date "${date}" is not a date; expected YYYY-MM-DD, for example "2024-05-04"`);
  const { registry } = options;
  if (registry.size === 0 && registry.series().length === 0 && registry.places().length === 0) {
    throw new FactmarkError(
      "empty-registry",
      `received a registry with no claims, no series and no places (${registry.sources().length} sources, ${registry.actors().length} actors); nothing in a story can be judged against it. ` +
        `Expected a registry of sourced claims, for example defaultRegistry() from @factmark/dataset-gaza, or Registry.merge([defaultRegistry(), yourData])`,
    );
  }
  const world = registry.world();
  const blocks = doc.blocks.map((block) => extractCached(block.text, date, world, options.cache));
  const run = checkChangedBlocks(blocks, doc.blocks.map((b) => b.cited), { registry: options.registry, date, rules: options.rules, previous: options.previous });
  const findings = run.findings
    .map((f) => toFinding(f, doc.blocks, source))
    .filter((f) => !doc.disabled.some((d) => f.from >= d.from && f.from < d.to && (d.rules.length === 0 || d.rules.includes(f.ruleId))));
  findings.sort((a, b) => a.from - b.from || a.to - b.to || compareIds(a.ruleId, b.ruleId));
  return { date, findings, blocks, run };
}

// The world each cached block was read with: a cache shared across registries must not hand a
// block read with one registry's places to a check against another.
const worldOfBlock = new WeakMap<ExtractedBlock, World>();

function extractCached(text: string, date: string, world: World, cache: Map<string, ExtractedBlock> | undefined): ExtractedBlock {
  if (!cache) return extractMentions(text, { date, world });
  let block = cache.get(text);
  if (!block || worldOfBlock.get(block) !== world) {
    block = extractMentions(text, { date, world });
    worldOfBlock.set(block, world);
    cache.set(text, block);
  }
  return block;
}

/**
 * Runs the rules over extracted blocks and returns findings with block-relative offsets, in rule
 * order, then block order. This is the step an editor calls after re-extracting only the blocks an
 * edit touched; {@link checkChangedBlocks} does the same and also skips the unchanged blocks.
 */
export function checkBlocks(
  blocks: readonly ExtractedBlock[],
  cited: readonly (readonly Span[])[],
  options: { registry: Registry; date: string; rules?: RulesConfig },
): BlockFinding[] {
  return checkChangedBlocks(blocks, cited, options).findings;
}

/**
 * A rule run over a document's blocks: its findings, and what the next run after an edit compares
 * against (the blocks, their cited spans, the context and each block rule's findings per block).
 * Treat it as opaque and immutable: pass it back as `previous`.
 */
export interface BlocksCheck {
  /** The findings, with block-relative offsets, exactly as {@link checkBlocks} gives them. */
  readonly findings: BlockFinding[];
  readonly blocks: readonly ExtractedBlock[];
  readonly cited: readonly (readonly Span[])[];
  readonly registry: Registry;
  readonly date: string;
  readonly rules: RulesConfig | undefined;
  readonly facts: DocumentFacts;
  /** Per rule (in RULES order), per block, a block rule's findings on that block; undefined for document rules and rules turned off. */
  readonly byRule: readonly (readonly (readonly BlockFinding[])[] | undefined)[];
  /** Per rule (in RULES order), a document rule's findings; undefined for block rules and rules turned off. */
  readonly byDocumentRule: readonly (readonly BlockFinding[] | undefined)[];
}

/**
 * Runs the rules over extracted blocks, reusing `previous` (the run before an edit) where the edit
 * cannot change the result. Blocks are compared by object identity and their cited spans by value;
 * the unchanged blocks are the longest common run at the start and at the end, so inserting or
 * deleting paragraphs only renumbers the findings after them. A block rule runs again only on the
 * changed blocks, or on every block when a document fact it reads (the story's main place, the
 * war's start) changed. A document rule, which compares blocks, keeps its findings when the
 * changed blocks hold the same of what it reads (the same durations, tied to the same proposals,
 * for `inconsistent-duration`; the same attributions for `anonymous-source`), and otherwise runs
 * again over the blocks' cached mentions. The document facts are updated from the changed blocks
 * alone. A finding equal to one of the previous run keeps that object, so a caller can tell what
 * is new by identity. With nothing changed, `previous` itself is returned. The findings always equal
 * {@link checkBlocks} on the same blocks. `previous` is ignored when it was made against another
 * registry, date or rule settings object.
 *
 * @example
 * let run = checkChangedBlocks(blocks, cited, { registry, date: "2024-05-04" });
 * // after an edit re-extracts block 7 (every other block object kept):
 * run = checkChangedBlocks(nextBlocks, nextCited, { registry, date: "2024-05-04", previous: run });
 */
export function checkChangedBlocks(
  blocks: readonly ExtractedBlock[],
  cited: readonly (readonly Span[])[],
  options: { registry: Registry; date: string; rules?: RulesConfig | undefined; previous?: BlocksCheck | undefined },
): BlocksCheck {
  const { registry, date } = options;
  const rules = options.rules;
  const previous = options.previous && options.previous.registry === registry && options.previous.date === date && options.previous.rules === rules ? options.previous : undefined;
  const n = blocks.length;
  const m = previous ? previous.blocks.length : 0;
  // The unchanged blocks: a common head and, after it, a common tail.
  let head = 0;
  let tail = 0;
  if (previous) {
    while (head < n && head < m && sameBlock(previous, head, blocks, cited, head)) head++;
    if (head === n && n === m) return previous;
    while (tail < n - head && tail < m - head && sameBlock(previous, m - 1 - tail, blocks, cited, n - 1 - tail)) tail++;
  }
  const facts = previous ? updateFacts(previous.facts, previous.blocks, blocks, head, tail, registry, date) : gatherFacts(blocks, registry, date);
  const byRule: (readonly (readonly BlockFinding[])[] | undefined)[] = new Array(RULES.length);
  const byDocumentRule: (readonly BlockFinding[] | undefined)[] = new Array(RULES.length);
  const findings: BlockFinding[] = [];
  RULES.forEach((rule, r) => {
    const setting = resolveRuleSetting(rules, rule.id, rule.severity);
    if (!setting) return;
    const context = { blocks, cited, registry, date, options: setting.options, facts };
    // A rule returns new finding objects on every call: they are completed in place, not copied.
    const tag = (finding: RuleFinding): BlockFinding => Object.assign(finding, { ruleId: rule.id, severity: setting.severity });
    if (rule.scope === "document") {
      const before = previous?.byDocumentRule[r];
      let list = previous && keptDocumentFindings(rule.reads, before, previous, blocks, facts, head, tail);
      if (!list) {
        list = rule.check(context).map(tag);
        // With as many blocks as before, a finding equal to one before the edit is that finding.
        if (before && n === m) list = keepEqual(list, before);
      }
      byDocumentRule[r] = list;
      for (const f of list) findings.push(f);
      return;
    }
    const before = previous && n === m ? previous.byRule[r] : undefined;
    const run = (i: number): readonly BlockFinding[] => {
      const found = rule.checkBlock(context, i);
      if (found.length === 0) return NONE;
      // The same findings as before the edit (an edit elsewhere in the paragraph) are kept as they were.
      const tagged = found.map(tag);
      const old = before?.[i];
      return old && sameValue(old, tagged) ? old : tagged;
    };
    const kept = previous && rule.reads.every((name) => sameFact(name, previous.facts, facts)) ? previous.byRule[r] : undefined;
    let lists: (readonly BlockFinding[])[];
    if (kept && n === m) {
      // The same number of blocks: only the changed ones have new findings.
      lists = kept.slice();
      for (let i = head; i < n - tail; i++) lists[i] = run(i);
    } else if (kept) {
      // The head keeps its findings as they are; the tail's are renumbered when paragraphs were added or removed.
      lists = kept.slice(0, head);
      for (let i = head; i < n - tail; i++) lists.push(run(i));
      const shift = n - m;
      for (let j = m - tail; j < m; j++) {
        const list = kept[j]!;
        lists.push(shift === 0 || list.length === 0 ? list : list.map((f) => ({ ...f, block: f.block + shift })));
      }
    } else {
      lists = [];
      for (let i = 0; i < n; i++) lists.push(run(i));
    }
    byRule[r] = lists;
    for (const list of lists) for (const f of list) findings.push(f);
  });
  return { findings, blocks, cited, registry, date, rules, facts, byRule, byDocumentRule };
}

const NONE: readonly BlockFinding[] = [];

/**
 * A document rule's findings before an edit, when the edit cannot change them: the story's
 * proposals are the same (when the rule reads them), and each changed block (`head` to
 * `length - tail` in both lists) holds the same mentions of the kinds the rule judges, tied to
 * the same proposals, and the same resolved attributions, before and after the edit. When
 * paragraphs were added or removed, the changed blocks must hold none of them, and the findings
 * after them are renumbered. Undefined when the rule has to run again.
 */
function keptDocumentFindings(
  reads: DocumentRuleReads | undefined,
  list: readonly BlockFinding[] | undefined,
  previous: BlocksCheck,
  blocks: readonly ExtractedBlock[],
  facts: DocumentFacts,
  head: number,
  tail: number,
): readonly BlockFinding[] | undefined {
  if (!reads || !list) return undefined;
  if (reads.proposals && (previous.facts.conflict?.id !== facts.conflict?.id || !sameProposals(previous.facts, facts))) return undefined;
  if (reads.storyProposals && !sameNamedProposals(previous.facts, previous.registry, previous.blocks, facts, blocks)) return undefined;
  const n = blocks.length;
  const m = previous.blocks.length;
  const kinds = reads.kinds ?? [];
  if (n !== m) {
    const holds = (block: ExtractedBlock, attributions: readonly ResolvedAttribution[]) => kinds.some((kind) => mentionsOfKind(block, kind).length > 0) || (reads.attributions === true && attributions.length > 0);
    for (let j = head; j < m - tail; j++) if (holds(previous.blocks[j]!, previous.facts.attributions[j]!)) return undefined;
    // A rule may read the next paragraph's attributions (a source named right after): the paragraph
    // before the edit gets another next one.
    if (reads.attributions && head > 0 && previous.facts.attributions[head - 1]!.length > 0) return undefined;
    for (let i = head; i < n - tail; i++) if (holds(blocks[i]!, facts.attributions[i]!)) return undefined;
    return list.map((f) => renumber(f, m - tail, n - m));
  }
  for (let i = head; i < n - tail; i++) {
    const before = previous.blocks[i]!;
    const after = blocks[i]!;
    if (reads.attributions && (!sameAttributions(previous.facts.attributions[i]!, facts.attributions[i]!, before.text, after.text) || isHeadline(before) !== isHeadline(after))) return undefined;
    for (const kind of kinds) {
      const a = mentionsOfKind(before, kind);
      const b = mentionsOfKind(after, kind);
      if (a.length !== b.length) return undefined;
      for (let k = 0; k < a.length; k++) {
        if (!sameValue(a[k], b[k])) return undefined;
        if (reads.sentences && sentenceText(before, a[k]!.sentence) !== sentenceText(after, b[k]!.sentence)) return undefined;
        if (reads.proposals && !sameValue(proposalsForSentence(previous.facts, previous.registry, before, a[k]!.sentence), proposalsForSentence(facts, previous.registry, after, b[k]!.sentence))) return undefined;
      }
    }
  }
  return list;
}

/** True when two versions of a story name the same proposals of those on the table (see {@link storyNamesProposal}). */
function sameNamedProposals(a: DocumentFacts, registry: Registry, aBlocks: readonly ExtractedBlock[], b: DocumentFacts, bBlocks: readonly ExtractedBlock[]): boolean {
  if (a.conflict?.id !== b.conflict?.id) return false;
  for (const proposal of proposalsNear(registry, b.date, b.conflict)) {
    if (storyNamesProposal(aBlocks, registry, proposal, a) !== storyNamesProposal(bBlocks, registry, proposal, b)) return false;
  }
  return true;
}

/** A finding with the blocks from `from` on (its own and its related spans') moved by `shift`. */
function renumber(f: BlockFinding, from: number, shift: number): BlockFinding {
  const moves = f.block >= from || f.related?.some((r) => r.block >= from);
  if (!moves) return f;
  const moved: BlockFinding = { ...f, block: f.block >= from ? f.block + shift : f.block };
  if (f.related) moved.related = f.related.map((r) => (r.block >= from ? { ...r, block: r.block + shift } : r));
  return moved;
}

/** `found`, with each finding equal to one of `before` replaced by that one (each used once). */
function keepEqual(found: readonly BlockFinding[], before: readonly BlockFinding[]): readonly BlockFinding[] {
  const unused = [...before];
  return found.map((f) => {
    const at = unused.findIndex((old) => old.block === f.block && old.from === f.from && sameValue(old, f));
    return at < 0 ? f : unused.splice(at, 1)[0]!;
  });
}

/**
 * True when two values of plain data (findings, with their evidence, fixes and mentions) are
 * equal, property by property; objects other than plain objects and arrays only when they are
 * the same object. Written out because core also runs in browsers, without node:util.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isPlain(a) || !isPlain(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys) if (!(key in y) || !sameValue(x[key], y[key])) return false;
  return true;
}

function isPlain(value: unknown): value is object {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === Array.prototype || prototype === null;
}

/** True when two lists of resolved attributions are equal, field by field (registry records by identity). */
/**
 * True when two versions of a block hold the same resolved attributions, with the same words right
 * around each (what {@link DocumentRuleReads.attributions} lets a rule read): an edit after an
 * attribution ("told the Security Council") changes what a rule may make of it.
 */
function sameAttributions(a: readonly ResolvedAttribution[], b: readonly ResolvedAttribution[], aText: string, bText: string): boolean {
  if (a === b && aText === bText) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const x = a[k] as unknown as Record<string, unknown>;
    const y = b[k] as unknown as Record<string, unknown>;
    const keys = Object.keys(x);
    if (keys.length !== Object.keys(y).length || keys.some((key) => x[key] !== y[key])) return false;
    if (aText !== bText && !sameWordsAround(a[k]!, aText, b[k]!, bText)) return false;
  }
  return true;
}

/** True when the words right around two attributions are the same (see {@link ATTRIBUTION_WORDS_BEFORE}). */
function sameWordsAround(x: ResolvedAttribution, xText: string, y: ResolvedAttribution, yText: string): boolean {
  return (
    xText.slice(Math.max(0, x.from - ATTRIBUTION_WORDS_BEFORE), x.from) === yText.slice(Math.max(0, y.from - ATTRIBUTION_WORDS_BEFORE), y.from) &&
    xText.slice(x.to, x.to + ATTRIBUTION_WORDS_AFTER) === yText.slice(y.to, y.to + ATTRIBUTION_WORDS_AFTER)
  );
}

function sameBlock(previous: BlocksCheck, j: number, blocks: readonly ExtractedBlock[], cited: readonly (readonly Span[])[], i: number): boolean {
  if (previous.blocks[j] !== blocks[i]) return false;
  const a = previous.cited[j] ?? [];
  const b = cited[i] ?? [];
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k]!.from !== b[k]!.from || a[k]!.to !== b[k]!.to) return false;
  return true;
}

function sameFact(name: DocumentFactName, a: DocumentFacts, b: DocumentFacts): boolean {
  switch (name) {
    case "defaultPlace":
      return a.places === b.places || (a.places.length === b.places.length && a.places.every((p, i) => p === b.places[i]));
    case "bodyAttributed":
      return a.bodyAttributed === b.bodyAttributed;
    case "warStart":
      return a.warStart?.date === b.warStart?.date && a.warStart?.claim === b.warStart?.claim;
    case "groupActor":
      return a.groupActor === b.groupActor;
    case "sourceLines":
      return a.sourceLines.size === b.sourceLines.size && [...a.sourceLines].every((i) => b.sourceLines.has(i));
  }
}

function toFinding(f: BlockFinding, blocks: readonly Block[], source: string | undefined): Finding {
  const block = blocks[f.block]!;
  const map = (span: { from: number; to: number }, b: Block = block) => ({ from: mapToSource(b, span.from, "start"), to: mapToSource(b, span.to, "end") });
  const { from, to } = map(f);
  const text = source !== undefined ? source.slice(from, to) : block.text.slice(f.from, f.to);
  const finding: Finding = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    from,
    to,
    text,
    evidence: f.evidence ?? [],
    fixes: (f.fixes ?? []).map((fix) => ({ ...fix, ...map(fix) })),
  };
  if (f.related?.length) {
    finding.related = f.related.map((r): RelatedSpan => {
      const b = blocks[r.block]!;
      const span = map(r, b);
      return { ...span, text: source !== undefined ? source.slice(span.from, span.to) : r.text };
    });
  }
  if (block.path) {
    finding.path = block.path;
    finding.offset = f.from + (block.offset ?? 0);
  }
  return finding;
}

// Rule ids are lowercase ASCII words and hyphens: code-unit order is the order localeCompare gives
// them, without loading ICU's collation data on the first check.
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
