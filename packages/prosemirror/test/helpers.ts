import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Registry } from "@factmark/core";
import { defaultRegistry } from "@factmark/dataset-gaza";
import { type Node, Schema } from "prosemirror-model";
import { schema as basic } from "prosemirror-schema-basic";
import { EditorState, type Plugin, TextSelection } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { history } from "prosemirror-history";
import { type EditorFinding, type FactmarkOptions, addFactmarkMarks, factmark, factmarkKey } from "../src/index.js";

/** prosemirror-schema-basic with the factmark marks. */
export const schema = new Schema(addFactmarkMarks({ nodes: basic.spec.nodes, marks: basic.spec.marks }));

let registry: Registry | undefined;
/** The default registry, built once for all tests. */
export function gazaRegistry(): Registry {
  return (registry ??= defaultRegistry());
}

/** A document of plain paragraphs. */
export function docOf(paragraphs: readonly string[]): Node {
  return schema.node(
    "doc",
    null,
    paragraphs.map((p) => schema.node("paragraph", null, p ? [schema.text(p)] : [])),
  );
}

/** The founding article's paragraphs, without its front matter. */
export function articleParagraphs(): string[] {
  const text = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../../../../shared/fixtures/cairo-talks-2024-05.md"), "utf8");
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, "");
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** A real EditorView in the test DOM, with history and the factmark plugin. */
export function makeView(doc: Node, options: Partial<FactmarkOptions> = {}, plugins: Plugin[] = []): EditorView {
  const place = document.createElement("div");
  document.body.appendChild(place);
  const state = EditorState.create({ doc, plugins: [history(), factmark({ registry: gazaRegistry(), date: "2024-05-04", ...options }), ...plugins] });
  return new EditorView(place, { state });
}

/** The plugin's visible findings. */
export function findingsOf(state: EditorState): readonly EditorFinding[] {
  return factmarkKey.getState(state)!.findings;
}

/** Types `text` one character per transaction at `pos` (default: the selection), as a writer would. */
export function typeText(view: EditorView, text: string, pos?: number): void {
  if (pos !== undefined) view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos)));
  for (const ch of text) view.dispatch(view.state.tr.insertText(ch));
}

/** The document position of the first occurrence of `needle` in the document's text. */
export function positionOf(doc: Node, needle: string): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found >= 0) return false;
    if (node.isText) {
      const at = node.text!.indexOf(needle);
      if (at >= 0) found = pos + at;
    }
    return true;
  });
  if (found < 0) throw new Error(`"${needle}" is not in the document`);
  return found;
}

/** Findings without their editor ids, to compare with core's check(). */
export function withoutIds(findings: readonly EditorFinding[]): unknown[] {
  return findings.map(({ id: _id, ...rest }) => rest);
}

/** Removes every editor view's DOM, between tests. */
export function cleanUp(views: EditorView[]): void {
  for (const view of views.splice(0)) {
    const parent = view.dom.parentElement;
    view.destroy();
    parent?.remove();
  }
}
