import { type RulesConfig, resolveRuleSetting } from "./config.js";
import { isValidIsoDate } from "./dates.js";
import { FactmarkError } from "./errors.js";
import { gatherFacts } from "./facts.js";
import type { Finding, RelatedSpan, RuleId, Severity } from "./finding.js";
import { type Block, type InputFormat, type ParsedDocument, mapToSource } from "./formats/block.js";
import { parseInput } from "./formats/index.js";
import { extractMentions } from "./extract.js";
import type { ExtractedBlock, Span } from "./mention.js";
import type { Registry } from "./registry.js";
import type { RuleFinding } from "./rule.js";
import { RULES } from "./rules/index.js";

/** Options for {@link check}. */
export interface CheckOptions {
  /** The registry figures are judged against (for example `defaultRegistry()` from `@factmark/dataset-gaza`). */
  registry: Registry;
  /** The document date (YYYY-MM-DD). @default the input's own date (Markdown front matter `date:`, HTML `<meta name="date">`) */
  date?: string;
  /** The input format. @default "text" for a string, "prosemirror" for an object */
  format?: InputFormat;
  /** Rule settings by id: "off", a severity, or [severity, options]. @default every rule at its default severity */
  rules?: RulesConfig;
  /** A cache of extracted blocks by text, reused across calls (an editor or a server checking many drafts). Cleared by the caller when the date changes. */
  cache?: Map<string, ExtractedBlock>;
}

/** A finding before mapping to input offsets: offsets relative to block `block`. */
export interface BlockFinding extends RuleFinding {
  ruleId: RuleId;
  severity: Severity;
}

/**
 * Checks a story: finds every figure, duration, elapsed time and phase count, and judges each
 * against the registry at the document date. Returns findings sorted by position, with offsets
 * 0-based UTF-16 into `input`, half-open (for ProseMirror input, document positions). Problems in
 * the text are findings; bad input or options throw a {@link FactmarkError}.
 *
 * @example
 * import { check } from "@factmark/core";
 * import { defaultRegistry } from "@factmark/dataset-gaza";
 * const findings = check("Over 34,000 Palestinians have been killed.", { registry: defaultRegistry(), date: "2024-06-20" });
 * // [{ ruleId: "unsourced-figure", … }, { ruleId: "outdated-figure", text: "Over 34,000", fixes: [{ kind: "replace", text: "37,000", … }, …] }]
 */
export function check(input: string | object, options: CheckOptions): Finding[] {
  const format = options.format ?? (typeof input === "string" ? "text" : "prosemirror");
  const doc = parseInput(input, format);
  return checkDocument(doc, typeof input === "string" ? input : undefined, options).findings;
}

/**
 * Checks an already parsed document. `source` is the raw input text, used to fill each finding's
 * `text` (without it, `text` comes from the block text). Returns the findings and the date used.
 */
export function checkDocument(doc: ParsedDocument, source: string | undefined, options: CheckOptions): { date: string; findings: Finding[]; blocks: ExtractedBlock[] } {
  const date = options.date ?? doc.date;
  if (date === undefined) {
    throw new FactmarkError("invalid-date", 'no document date: pass a date (for example { date: "2024-05-04" } or --date 2024-05-04), or give the story a front matter "date: 2024-05-04"');
  }
  if (!isValidIsoDate(date)) throw new FactmarkError("invalid-date", `document date "${date}" is not a date; expected YYYY-MM-DD, for example "2024-05-04"`);
  const blocks = doc.blocks.map((block) => extractCached(block.text, date, options.cache));
  const raw = checkBlocks(blocks, doc.blocks.map((b) => b.cited), { registry: options.registry, date, ...(options.rules ? { rules: options.rules } : {}) });
  const findings = raw
    .map((f) => toFinding(f, doc.blocks, source))
    .filter((f) => !doc.disabled.some((d) => f.from >= d.from && f.from < d.to && (d.rules.length === 0 || d.rules.includes(f.ruleId))));
  findings.sort((a, b) => a.from - b.from || a.to - b.to || a.ruleId.localeCompare(b.ruleId));
  return { date, findings, blocks };
}

function extractCached(text: string, date: string, cache: Map<string, ExtractedBlock> | undefined): ExtractedBlock {
  if (!cache) return extractMentions(text, { date });
  let block = cache.get(text);
  if (!block) {
    block = extractMentions(text, { date });
    cache.set(text, block);
  }
  return block;
}

/**
 * Runs the rules over extracted blocks and returns findings with block-relative offsets. This is
 * the step an editor calls after re-extracting only the blocks an edit touched.
 */
export function checkBlocks(
  blocks: readonly ExtractedBlock[],
  cited: readonly (readonly Span[])[],
  options: { registry: Registry; date: string; rules?: RulesConfig },
): BlockFinding[] {
  const facts = gatherFacts(blocks, options.registry, options.date);
  const out: BlockFinding[] = [];
  for (const rule of RULES) {
    const setting = resolveRuleSetting(options.rules, rule.id, rule.severity);
    if (!setting) continue;
    for (const finding of rule.check({ blocks, cited, registry: options.registry, date: options.date, options: setting.options, facts })) {
      out.push({ ...finding, ruleId: rule.id, severity: setting.severity });
    }
  }
  return out;
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
    finding.offset = f.from;
  }
  return finding;
}
