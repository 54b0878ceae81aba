import type { Nodes, Parents, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { frontmatter } from "micromark-extension-frontmatter";
import { parse as parseYaml } from "yaml";
import { isValidIsoDate } from "../dates.js";
import { FactmarkError } from "../errors.js";
import { type Block, BlockBuilder, type DisableDirective, type ParsedDocument } from "./block.js";

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

function parseMarkdownBody(input: string): ParsedDocument {
  const tree = fromMarkdown(input, { extensions: [frontmatter(["yaml"])], mdastExtensions: [frontmatterFromMarkdown(["yaml"])] });
  const blocks: Block[] = [];
  const disabled: DisableDirective[] = [];
  let date: string | undefined;
  let title: string | undefined;
  const lineStarts = lineOffsets(input);
  const open: { rules: string[]; from: number }[] = [];

  // An explicit stack rather than recursion: hostile input can nest blockquotes thousands deep.
  const visit = (node: Nodes, quote: boolean, stack: [Nodes, boolean][]): void => {
    if (node.type === "yaml") {
      const meta = readFrontMatter(node.value, node.position?.start.line ?? 1);
      date = meta.date;
      title = meta.title;
      return;
    }
    if (node.type === "html") {
      const match = DIRECTIVE.exec(node.value.trim());
      if (match && node.position) {
        const rules = match[2]!.split(/[\s,]+/).filter(Boolean);
        const line = node.position.end.line;
        if (match[1] === "disable-next-line") {
          const next = nextContentLine(input, lineStarts, line);
          if (next !== undefined) disabled.push({ rules, from: lineStarts[next - 1]!, to: lineEnd(input, lineStarts, next) });
        } else if (match[1] === "disable-line") {
          disabled.push({ rules, from: lineStarts[node.position.start.line - 1]!, to: lineEnd(input, lineStarts, line) });
        } else if (match[1] === "disable") {
          open.push({ rules, from: node.position.end.offset ?? 0 });
        } else {
          const start = open.pop();
          if (start) disabled.push({ ...start, to: node.position.start.offset ?? input.length });
        }
      }
      return;
    }
    const blockType = BLOCK_TYPES[node.type];
    if (blockType) {
      const builder = new BlockBuilder(quote ? "quote" : blockType);
      collectInline(node as Parents, builder, input);
      const block = builder.build();
      if (block) blocks.push(block);
      return;
    }
    if ("children" in node) {
      const children = node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, quote || node.type === "blockquote"]);
    }
  };
  const walk = (root: Nodes, quote: boolean): void => {
    const stack: [Nodes, boolean][] = [[root, quote]];
    while (stack.length > 0) {
      const [node, inQuote] = stack.pop()!;
      visit(node, inQuote, stack);
    }
  };
  walk(tree as Root, false);
  for (const start of open) disabled.push({ ...start, to: input.length });
  return { format: "markdown", blocks, disabled, ...(date ? { date } : {}), ...(title ? { title } : {}) };
}

function collectInline(node: Parents, builder: BlockBuilder, input: string): void {
  for (const child of node.children as Nodes[]) {
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    switch (child.type) {
      case "text":
      case "inlineCode": {
        if (start === undefined || end === undefined) break;
        const raw = input.slice(start, end);
        if (child.type === "text") builder.append(child.value, start, raw.length === child.value.length && raw === child.value ? child.value.length : end - start);
        else {
          // Inline code keeps its backticks in the source: map its value onto the inside.
          const inner = raw.indexOf(child.value);
          builder.append(child.value, inner >= 0 ? start + inner : start, inner >= 0 ? child.value.length : end - start);
        }
        break;
      }
      case "break":
        if (start !== undefined && end !== undefined) builder.append("\n", start, end - start);
        break;
      case "link":
      case "linkReference":
        builder.openCite();
        collectInline(child, builder, input);
        builder.closeCite();
        break;
      case "html":
        break;
      default:
        if ("children" in child) collectInline(child as Parents, builder, input);
    }
  }
}

function readFrontMatter(value: string, line: number): { date?: string; title?: string } {
  let data: unknown;
  try {
    data = parseYaml(value);
  } catch (error) {
    throw new FactmarkError("parse-error", `front matter (line ${line}) is not valid YAML: ${(error as Error).message.split("\n")[0]}`, { location: { line }, cause: error });
  }
  if (!data || typeof data !== "object") return {};
  const record = data as Record<string, unknown>;
  const out: { date?: string; title?: string } = {};
  const raw = record.date;
  if (raw !== undefined) {
    const text = raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw).slice(0, 10);
    if (!isValidIsoDate(text)) {
      throw new FactmarkError("invalid-date", `front matter date is "${String(raw)}"; expected YYYY-MM-DD, for example "date: 2024-05-04"`, { location: { line } });
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
