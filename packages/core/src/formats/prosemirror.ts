import { z } from "zod";
import { FactmarkError, parseWith } from "../errors.js";
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
export const ProseMirrorNodeJSON: z.ZodType<ProseMirrorNodeJSON> = z.lazy(() =>
  z.object({
    type: z.string().min(1),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(ProseMirrorNodeJSON).optional(),
    marks: z.array(z.object({ type: z.string(), attrs: z.record(z.string(), z.unknown()).optional() })).optional(),
    text: z.string().optional(),
  }),
);

const MAX_DEPTH = 200;
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
  let doc: ProseMirrorNodeJSON;
  try {
    doc = parseWith(ProseMirrorNodeJSON, value, "ProseMirror JSON");
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep();
    throw error;
  }
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
      const block = builder.build();
      if (block) blocks.push(block);
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
