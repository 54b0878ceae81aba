import * as z from "zod";
import { FactmarkError } from "../errors.js";
import { type Block, BlockBuilder, type ParsedDocument } from "./block.js";

/** A ProseMirror node as JSON (`node.toJSON()`): type, attrs, content, marks, text. */
export interface ProseMirrorNodeJSON {
  type: string;
  attrs?: Record<string, unknown>;
  content?: ProseMirrorNodeJSON[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

/** The shape of ProseMirror JSON, checked before reading (with a depth limit against hostile nesting). */
export const ProseMirrorNodeJSON: z.ZodType<ProseMirrorNodeJSON> = /* @__PURE__ */ z.lazy(() =>
  z.object({
    type: z.string().min(1),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(ProseMirrorNodeJSON).optional(),
    marks: z.array(z.object({ type: z.string(), attrs: z.record(z.string(), z.unknown()).optional() })).optional(),
    text: z.string().optional(),
  }),
);

const MAX_DEPTH = 200;
/**
 * The most schema problems a ProseMirror error lists; the message gives the full count. A hostile
 * document (a `content` array of 400,000 zeros) has one problem per element.
 */
export const MAX_PROSEMIRROR_ISSUES = 20;
/** Node types that are leaves (one position, no content) in prosemirror-schema-basic, prosemirror-schema-list and Tiptap's starter kit. */
const LEAF_TYPES = ["hard_break", "hardBreak", "image", "horizontal_rule", "horizontalRule"];
const CITING_MARKS = new Set(["link", "citation", "factmarkCitation"]);

/**
 * Reads ProseMirror JSON into one block per textblock. Offsets in the blocks' maps are ProseMirror
 * document positions, so findings on ProseMirror input point at positions in the document (and
 * each block carries its node `path`). Leaf nodes (a hard break, an image, a horizontal rule)
 * count as one position, as they do in ProseMirror; `leafTypes` names them for other schemas.
 */
export function parseProseMirror(input: unknown, options: { leafTypes?: Iterable<string> } = {}): ParsedDocument {
  const leafTypes = new Set(options.leafTypes ?? LEAF_TYPES);
  const value = typeof input === "string" ? parseJsonText(input) : input;
  const { issues, count } = shapeIssues(value);
  if (count > 0) {
    const listed = issues.map((issue) => `✖ ${issue.message}\n  → at ${issue.path.length ? issue.path.join(".") : "the document"}`).join("\n");
    throw new FactmarkError(
      "invalid-input",
      `invalid ProseMirror JSON: ${count} problem${count === 1 ? "" : "s"}${count > issues.length ? `, the first ${issues.length}` : ""}:\n${listed}\nExpected the output of doc.toJSON(), for example {"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"…"}]}]}`,
      { issues },
    );
  }
  // The shape is checked: this cannot fail, and gives the typed value.
  const doc = value as ProseMirrorNodeJSON;
  const blocks: Block[] = [];
  let date: string | undefined;
  if (doc.attrs && typeof doc.attrs.date === "string") date = doc.attrs.date;
  // pos is the position before `node`; a node's content starts at pos + 1 (the doc's at 0).
  const walk = (node: ProseMirrorNodeJSON, pos: number, path: number[], depth: number): number => {
    if (depth > MAX_DEPTH) throw new RangeError("nesting");
    if (node.text !== undefined) return pos + node.text.length;
    const content = node.content ?? [];
    // toJSON leaves out empty content, so an empty paragraph and a horizontal rule look alike:
    // only known leaf types are one position; any other empty node is an open and a close token.
    if (content.length === 0) return pos + (leafTypes.has(node.type) ? 1 : 2);
    const isTextblock = content.some((child) => child.text !== undefined) || content.every((child) => leafTypes.has(child.type));
    if (isTextblock) {
      const builder = new BlockBuilder(node.type === "heading" ? "heading" : "paragraph", path);
      let at = pos + 1;
      // Adjacent nodes under a citing mark (one link split by bold type) form one cited span, so a
      // figure across the split counts as cited.
      let citing = false;
      for (const child of content) {
        const cites = child.marks?.some((mark) => CITING_MARKS.has(mark.type)) ?? false;
        if (cites && !citing) builder.openCite();
        if (!cites && citing) builder.closeCite();
        citing = cites;
        if (child.text !== undefined) {
          builder.append(child.text, at, child.text.length);
          at += child.text.length;
        } else {
          // An inline node stands for one character of text, but spans its whole size in positions.
          const size = inlineSize(child);
          builder.append(child.type === "hard_break" || child.type === "hardBreak" ? "\n" : "\uFFFC", at, size);
          at += size;
        }
      }
      if (citing) builder.closeCite();
      blocks.push(...builder.buildAll());
      return at + 1;
    }
    const isDoc = depth === 0;
    let at = isDoc ? 0 : pos + 1;
    content.forEach((child, index) => {
      at = walk(child, at, [...path, index], depth + 1);
    });
    return isDoc ? at : at + 1;
  };
  try {
    walk(doc, 0, [], 0);
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep();
    throw error;
  }
  return { format: "prosemirror", blocks, disabled: [], ...(date ? { date } : {}) };
}

/**
 * The positions an inline non-text node spans: one for an atom (a hard break, an image, a mention
 * without content), its opening and closing tokens plus its content for an inline node with content.
 */
function inlineSize(node: ProseMirrorNodeJSON): number {
  if (node.text !== undefined) return node.text.length;
  if (!node.content?.length) return 1;
  let size = 2;
  for (const child of node.content) size += inlineSize(child);
  return size;
}

/**
 * The schema problems of ProseMirror JSON, as zod issues: the first
 * {@link MAX_PROSEMIRROR_ISSUES} and how many there are in all. Checks what
 * {@link ProseMirrorNodeJSON} checks, by hand and without recursion, because zod lists every
 * problem (seconds and megabytes for a hostile document) and has no option to stop early.
 */
function shapeIssues(value: unknown): { issues: z.core.$ZodIssue[]; count: number } {
  const issues: z.core.$ZodIssue[] = [];
  let count = 0;
  // The chain of content indexes down to a node, spelled out only for the problems listed: a
  // hostile document has hundreds of thousands of nodes, walked one content array at a time.
  type Parent = { parent: Parent; key: number } | undefined;
  const pathOf = (parent: Parent, rest: (string | number)[]): (string | number)[] => {
    const keys: number[] = [];
    for (let p = parent; p; p = p.parent) keys.push(p.key);
    return [...keys.reverse().flatMap((key) => ["content", key]), ...rest];
  };
  const frames: { nodes: unknown[]; next: number; at: Parent }[] = [];
  // `key` is the node's index in its parent's content (none for the document itself).
  const visit = (node: unknown, parent: Parent, key: number | undefined): void => {
    const self = (): Parent => (key === undefined ? parent : { parent, key });
    const report = (rest: (string | number)[], expected: string, received: unknown): void => {
      count++;
      if (issues.length < MAX_PROSEMIRROR_ISSUES) {
        const got = received === null ? "null" : Array.isArray(received) ? "array" : typeof received;
        issues.push({ code: "invalid_type", expected, path: pathOf(self(), rest), message: `Invalid input: expected ${expected}, received ${got}`, input: undefined } as unknown as z.core.$ZodIssue);
      }
    };
    if (!isRecord(node)) {
      report([], "object", node);
      return;
    }
    if (typeof node.type !== "string" || node.type === "") report(["type"], "string", node.type);
    if (node.attrs !== undefined && !isRecord(node.attrs)) report(["attrs"], "record", node.attrs);
    if (node.text !== undefined && typeof node.text !== "string") report(["text"], "string", node.text);
    if (node.marks !== undefined) {
      if (!Array.isArray(node.marks)) report(["marks"], "array", node.marks);
      else
        node.marks.forEach((mark: unknown, i) => {
          if (!isRecord(mark)) report(["marks", i], "object", mark);
          else {
            if (typeof mark.type !== "string") report(["marks", i, "type"], "string", mark.type);
            if (mark.attrs !== undefined && !isRecord(mark.attrs)) report(["marks", i, "attrs"], "record", mark.attrs);
          }
        });
    }
    if (node.content !== undefined) {
      if (!Array.isArray(node.content)) report(["content"], "array", node.content);
      else if (node.content.length > 0) {
        if (frames.length >= MAX_DEPTH) throw tooDeep();
        frames.push({ nodes: node.content, next: 0, at: self() });
      }
    }
  };
  visit(value, undefined, undefined);
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    if (frame.next >= frame.nodes.length) {
      frames.pop();
      continue;
    }
    const i = frame.next++;
    visit(frame.nodes[i], frame.at, i);
  }
  return { issues, count };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function tooDeep(): FactmarkError {
  return new FactmarkError("invalid-input", `ProseMirror JSON is nested deeper than ${MAX_DEPTH} levels; a document's nodes nest a few levels deep (doc > paragraph > text)`);
}

function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep();
    throw new FactmarkError("parse-error", `ProseMirror JSON is not valid JSON: ${(error as Error).message}; expected the output of doc.toJSON(), for example {"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"…"}]}]}`, { cause: error });
  }
}
