import type { Nodes, Parents, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { frontmatter } from "micromark-extension-frontmatter";
import { isNode, parseDocument } from "yaml";
import { isValidIsoDate } from "../dates.js";
import { FactmarkError } from "../errors.js";
import { type Block, BlockBuilder, type DisableDirective, type ParsedDocument } from "./block.js";
import { limitMarkdown } from "./markdown-limits.js";

const BLOCK_TYPES: Record<string, string> = { paragraph: "paragraph", heading: "heading", tableCell: "cell" };
const DIRECTIVE = /^<!--\s*factmark-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->\s*$/;

/**
 * Parses Markdown (CommonMark + YAML front matter) into blocks with offset maps into the Markdown
 * source. Front matter `date:` becomes the document date; `<!-- factmark-disable-next-line rule-id -->`
 * and `<!-- factmark-disable rule-id -->` … `<!-- factmark-enable -->` turn rules off for the lines they cover.
 */
export function parseMarkdown(source: string): ParsedDocument {
  // micromark drops a leading byte order mark and counts its offsets from after it: parse without
  // the mark, then move every offset past it so they stay offsets into `source`.
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const input = bom ? source.slice(1) : source;
  const doc = parseMarkdownBody(input);
  if (!bom) return doc;
  return {
    ...doc,
    blocks: doc.blocks.map((block) => ({ ...block, map: block.map.map((seg) => ({ ...seg, source: seg.source + bom })) })),
    disabled: doc.disabled.map((d) => ({ ...d, from: d.from + bom, to: d.to + bom })),
  };
}

/**
 * Parses the Markdown body. Paragraphs of plain prose (no markup character, no indentation, no
 * line that could open a block construct) become blocks directly with an identity offset map; every
 * other stretch, with the blank lines between its chunks, goes to micromark, offset into the input.
 * micromark is the single largest cost of checking Markdown, and news copy is mostly plain
 * paragraphs: this split is why the check reads Markdown at the speed of plain text. Documents with
 * constructs that reach across blank lines (fenced code, multi-paragraph HTML blocks, link reference
 * definitions, a carriage return) are parsed whole. `split: false` parses every document whole: the
 * reference the tests compare the split against.
 */
export function parseMarkdownBody(source: string, split = true): ParsedDocument {
  // Same length as the source, so offsets into it are offsets into the source.
  const input = limitMarkdown(source);
  const runs = split ? splitRuns(input) : undefined;
  const blocks: Block[] = [];
  const disabled: DisableDirective[] = [];
  const meta: { date?: string; title?: string } = {};
  const lineStarts = lineOffsets(input);
  const open: { rules: string[]; from: number }[] = [];
  const context = { input, blocks, disabled, meta, lineStarts, open };
  if (!runs) walkMarkdown(input, 0, 0, true, context);
  else {
    for (const run of runs) {
      if (run.type === "front-matter") {
        // The YAML between the fences, as micromark's front matter node holds it.
        const read = readFrontMatter(input.slice(run.from, run.to), 1);
        if (read.date) meta.date = read.date;
        if (read.title) meta.title = read.title;
      } else if (run.plain) {
        const builder = new BlockBuilder(run.type ?? "paragraph");
        builder.append(input.slice(run.from, run.to), run.from, run.to - run.from);
        blocks.push(...builder.buildAll());
      } else {
        walkMarkdown(input.slice(run.from, run.to), run.from, lineAt(lineStarts, run.from) - 1, run.from === 0, context);
      }
    }
  }
  for (const start of open) disabled.push({ ...start, to: input.length });
  return { format: "markdown", blocks, disabled, ...(meta.date ? { date: meta.date } : {}), ...(meta.title ? { title: meta.title } : {}) };
}

interface WalkContext {
  input: string;
  blocks: Block[];
  disabled: DisableDirective[];
  meta: { date?: string; title?: string };
  lineStarts: number[];
  open: { rules: string[]; from: number }[];
}

/**
 * Parses `text` (the input from offset `base`, which starts on line `baseLine + 1`) with micromark
 * and adds its blocks and directives to `context`, in input offsets and lines. Front matter is read
 * only at the start of the document.
 */
function walkMarkdown(text: string, base: number, baseLine: number, atStart: boolean, context: WalkContext): void {
  const { input, blocks, disabled, meta, lineStarts, open } = context;
  const tree = atStart
    ? fromMarkdown(text, { extensions: [frontmatter(["yaml"])], mdastExtensions: [frontmatterFromMarkdown(["yaml"])] })
    : fromMarkdown(text);

  // An explicit stack rather than recursion: hostile input can nest blockquotes thousands deep.
  const visit = (node: Nodes, quote: boolean, stack: [Nodes, boolean][]): void => {
    if (node.type === "yaml") {
      const read = readFrontMatter(node.value, baseLine + (node.position?.start.line ?? 1));
      if (read.date) meta.date = read.date;
      if (read.title) meta.title = read.title;
      return;
    }
    if (node.type === "html") {
      const match = DIRECTIVE.exec(node.value.trim());
      if (match && node.position) {
        const rules = match[2]!.split(/[\s,]+/).filter(Boolean);
        const line = baseLine + node.position.end.line;
        if (match[1] === "disable-next-line") {
          const next = nextContentLine(input, lineStarts, line);
          if (next !== undefined) disabled.push({ rules, from: lineStarts[next - 1]!, to: lineEnd(input, lineStarts, next) });
        } else if (match[1] === "disable-line") {
          disabled.push({ rules, from: lineStarts[baseLine + node.position.start.line - 1]!, to: lineEnd(input, lineStarts, line) });
        } else if (match[1] === "disable") {
          open.push({ rules, from: base + (node.position.end.offset ?? 0) });
        } else {
          const start = open.pop();
          if (start) disabled.push({ ...start, to: node.position.start.offset !== undefined ? base + node.position.start.offset : input.length });
        }
      }
      return;
    }
    const blockType = BLOCK_TYPES[node.type];
    if (blockType) {
      const builder = new BlockBuilder(quote ? "quote" : blockType);
      collectInline(node as Parents, builder, text, base);
      blocks.push(...builder.buildAll());
      return;
    }
    if ("children" in node) {
      const children = node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, quote || node.type === "blockquote"]);
    }
  };
  const stack: [Nodes, boolean][] = [[tree as Root, false]];
  while (stack.length > 0) {
    const [node, inQuote] = stack.pop()!;
    visit(node, inQuote, stack);
  }
}

/**
 * A stretch of the input: a plain paragraph or heading (its text only), the YAML of a front matter
 * (between its fences), or markup for micromark.
 */
interface Run {
  from: number;
  to: number;
  plain: boolean;
  type?: "heading" | "front-matter";
}

// Constructs that can reach across a blank line, so a document holding one is parsed whole: fenced
// code, HTML blocks of kinds 1 and 3 to 5 (script/pre/style/textarea, processing instructions,
// declarations, CDATA), link reference definitions (a definition anywhere serves every paragraph),
// and carriage returns and NULs (which micromark rewrites). Comments (kind 2) are checked per chunk:
// a chunk that opens one must close it.
const WHOLE_DOCUMENT = /^ {0,3}(?:`{3,}|~{3,}|<(?:script|pre|style|textarea|\?|![A-Za-z[])|\[)|[\r\0]/im;
// A character that is markup anywhere in a line (emphasis, code, links, raw HTML, escapes, entities).
const INLINE_MARKUP = /[`*_[\]<\\&]/;
// A line start that can open or interrupt a block: heading, quote, list item, thematic break or
// setext underline, table pipe, indentation.
const BLOCK_START = /^(?:[#>\-*+=_|~\s]|\d{1,9}[.)](?:[ \t]|$))/;
// A one-line ATX heading ("## Talks resume in Cairo"): its text, without the optional closing #s.
const ATX_HEADING = /^#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

/**
 * Splits the input into plain paragraphs and markup runs (see {@link parseMarkdownBody}), or returns
 * undefined when the document must be parsed whole. Consecutive markup chunks form one run, blank
 * lines included, so lists and block quotes that span blank lines stay whole.
 */
function splitRuns(input: string): Run[] | undefined {
  if (WHOLE_DOCUMENT.test(input)) return undefined;
  const runs: Run[] = [];
  let pos = 0;
  if (input.startsWith("---")) {
    // To micromark's front matter extension, the YAML runs from the opening "---" line to the
    // first line after it that is "---" too: that text is read without starting micromark, which
    // costs more than the rest of a plain story. Without such a line ("..." closes it), the
    // extension reads no front matter, and the lines are markup whose paragraphs can run on past
    // the closing line: the document is parsed whole.
    const yaml = frontMatterYaml(input);
    if (!yaml) return undefined;
    runs.push({ from: yaml.from, to: yaml.to, plain: false, type: "front-matter" });
    pos = yaml.end;
  }
  const length = input.length;
  while (pos < length) {
    // Skip blank lines.
    let lineEndAt = input.indexOf("\n", pos);
    if (lineEndAt === -1) lineEndAt = length;
    if (isBlank(input, pos, lineEndAt)) {
      pos = lineEndAt + 1;
      continue;
    }
    // A chunk: non-blank lines up to the next blank line or the end.
    const from = pos;
    let plain = true;
    let to = lineEndAt;
    for (;;) {
      const line = input.slice(pos, lineEndAt);
      if (plain && (BLOCK_START.test(line) || INLINE_MARKUP.test(line) || /[ \t]$/.test(line))) plain = false;
      to = lineEndAt;
      pos = lineEndAt + 1;
      if (pos >= length) break;
      lineEndAt = input.indexOf("\n", pos);
      if (lineEndAt === -1) lineEndAt = length;
      if (isBlank(input, pos, lineEndAt)) break;
    }
    if (!plain && to === lineEndOf(input, from)) {
      // A plain heading on a line of its own is as cheap to read as a paragraph.
      const heading = ATX_HEADING.exec(input.slice(from, to));
      const text = heading?.[1];
      if (heading && text && !/^#+$/.test(text) && !INLINE_MARKUP.test(text)) {
        // The marker's whitespace is matched greedily, so the text starts right after it.
        const start = from + /^#{1,6}[ \t]+/.exec(heading[0])![0].length;
        runs.push({ from: start, to: start + text.length, plain: true, type: "heading" });
        continue;
      }
    }
    if (!plain && input.lastIndexOf("<!--", to) >= from && input.lastIndexOf("-->", to) < input.lastIndexOf("<!--", to)) return undefined;
    const last = runs[runs.length - 1];
    if (!plain && last && !last.plain && last.type !== "front-matter") last.to = to;
    else runs.push({ from, to, plain });
  }
  return runs;
}

/**
 * Where micromark's front matter extension finds YAML front matter at the start of `input`: the
 * YAML's text `[from, to)` and the end of the closing fence's line, or undefined when the document
 * does not open with one. A fence is "---" and nothing but spaces and tabs after it.
 */
function frontMatterYaml(input: string): { from: number; to: number; end: number } | undefined {
  const FENCE = /^---[ \t]*$/;
  const openEnd = input.indexOf("\n");
  if (openEnd < 0 || !FENCE.test(input.slice(0, openEnd))) return undefined;
  let start = openEnd + 1;
  while (start <= input.length) {
    let end = input.indexOf("\n", start);
    if (end < 0) end = input.length;
    if (FENCE.test(input.slice(start, end))) return { from: openEnd + 1, to: Math.max(openEnd + 1, start - 1), end: Math.min(end + 1, input.length) };
    if (end === input.length) return undefined;
    start = end + 1;
  }
  return undefined;
}

function lineEndOf(input: string, from: number): number {
  const end = input.indexOf("\n", from);
  return end === -1 ? input.length : end;
}

function isBlank(input: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = input.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** The 1-based line of input offset `offset`. */
function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** How many characters other than whitespace and markup the source may run ahead of a text's value before the rest is mapped as one piece. */
const ALIGN_WINDOW = 64;
/** What micromark leaves out of a text node's source: indentation, container markers, escapes, and the neutral character the limits put for markup. */
const SKIPPABLE = /[\s>*+\-\\\u2063]/u;

/**
 * Appends a text node's `value`, read from `raw` (its source, from offset `source`), keeping exact
 * offsets wherever the value runs alongside the source. micromark leaves out some of the source
 * (the indentation of a continuation line, an escaping backslash, markup turned into neutral
 * characters past the limits): the value is mostly the source with characters removed, so the two
 * are walked together once, skipping source characters until the next value character. Without
 * this, a paragraph of many lines mapped as one piece, and every finding in it spanned the whole
 * paragraph. Where the value does not follow the source (a character reference), the rest is one
 * piece, as before.
 */
function appendAligned(builder: BlockBuilder, value: string, raw: string, source: number): void {
  if (raw === value) {
    builder.append(value, source, value.length);
    return;
  }
  let i = 0;
  let j = 0;
  let runValue = 0;
  let runRaw = 0;
  const flush = () => {
    if (i > runValue) builder.append(value.slice(runValue, i), source + runRaw, i - runValue);
  };
  while (i < value.length) {
    if (value[i] === raw[j]) {
      i++;
      j++;
      continue;
    }
    flush();
    // Whitespace and markup left out cost nothing; other characters left out at most the window.
    let next = j;
    let skipped = 0;
    while (next < raw.length && skipped <= ALIGN_WINDOW && raw[next] !== value[i]) {
      if (!SKIPPABLE.test(raw[next]!)) skipped++;
      next++;
    }
    if (next >= raw.length || skipped > ALIGN_WINDOW) {
      builder.append(value.slice(i), source + j, raw.length - j);
      return;
    }
    j = next;
    runValue = i;
    runRaw = j;
  }
  flush();
}

function collectInline(node: Parents, builder: BlockBuilder, input: string, base: number): void {
  for (const child of node.children as Nodes[]) {
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    switch (child.type) {
      case "text":
      case "inlineCode": {
        if (start === undefined || end === undefined) break;
        const raw = input.slice(start, end);
        if (child.type === "text") appendAligned(builder, child.value, raw, base + start);
        else {
          // Inline code keeps its backticks in the source: map its value onto the inside.
          const inner = raw.indexOf(child.value);
          builder.append(child.value, base + (inner >= 0 ? start + inner : start), inner >= 0 ? child.value.length : end - start);
        }
        break;
      }
      case "break":
        if (start !== undefined && end !== undefined) builder.append("\n", base + start, end - start);
        break;
      case "link":
      case "linkReference":
        builder.openCite();
        collectInline(child, builder, input, base);
        builder.closeCite();
        break;
      case "html":
        break;
      default:
        if ("children" in child) collectInline(child as Parents, builder, input, base);
    }
  }
}

/**
 * Reads `date:` and `title:` from front matter whose `---` fence is on line `fenceLine`. Errors name
 * the line and column in the Markdown input: the YAML error's own, or the `date:` value's.
 */
function readFrontMatter(value: string, fenceLine: number): { date?: string; title?: string } {
  const doc = parseDocument(value);
  const yamlError = doc.errors[0];
  if (yamlError) {
    const at = yamlError.linePos?.[0];
    const line = fenceLine + (at?.line ?? 1);
    throw new FactmarkError("parse-error", `front matter line ${line} is not valid YAML: ${yamlError.message.split("\n")[0]}`, {
      location: { line, ...(at ? { column: at.col } : {}) },
      cause: yamlError,
    });
  }
  let data: unknown;
  try {
    // yaml refuses to expand an alias bomb ("a: &a [*b, *b, …]") past maxAliasCount: a parse error, not a crash.
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new FactmarkError("parse-error", `front matter starting on line ${fenceLine + 1} cannot be read: ${(error as Error).message}; expected plain keys such as "date: 2024-05-04"`, {
      location: { line: fenceLine + 1 },
      cause: error,
    });
  }
  if (!data || typeof data !== "object") return {};
  const record = data as Record<string, unknown>;
  const out: { date?: string; title?: string } = {};
  const raw = record.date;
  if (raw !== undefined) {
    const text = raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw).slice(0, 10);
    if (!isValidIsoDate(text)) {
      const node = doc.get("date", true);
      const offset = isNode(node) && node.range ? node.range[0] : 0;
      const before = value.slice(0, offset);
      const line = fenceLine + 1 + (before.match(/\n/g)?.length ?? 0);
      const column = offset - (before.lastIndexOf("\n") + 1) + 1;
      throw new FactmarkError("invalid-date", `front matter date is "${String(raw)}"; expected YYYY-MM-DD, for example "date: 2024-05-04"`, {
        location: { line, column },
      });
    }
    out.date = text;
  }
  if (typeof record.title === "string") out.title = record.title;
  return out;
}

function lineOffsets(input: string): number[] {
  const starts = [0];
  for (let i = input.indexOf("\n"); i !== -1; i = input.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function lineEnd(input: string, starts: number[], line: number): number {
  return line < starts.length ? starts[line]! - 1 : input.length;
}

function nextContentLine(input: string, starts: number[], afterLine: number): number | undefined {
  for (let line = afterLine + 1; line <= starts.length; line++) {
    if (input.slice(starts[line - 1]!, lineEnd(input, starts, line)).trim()) return line;
  }
  return undefined;
}
