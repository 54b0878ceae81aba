import { check } from "@factmark/core";
import fc from "fast-check";
import { redo, undo, history } from "prosemirror-history";
import { Fragment, Slice } from "prosemirror-model";
import { EditorState, Selection, type Transaction } from "prosemirror-state";
import { canJoin, canSplit } from "prosemirror-transform";
import { describe, expect, it } from "vitest";
import { factmark, factmarkKey, setFactmarkDate } from "../src/index.js";
import { articleParagraphs, docOf, gazaRegistry, schema, withoutIds } from "./helpers.js";

// Realistic pieces of wire copy, so random edits make, break and move figures, attributions,
// durations, elapsed times and phase counts, not just random letters.
const SNIPPETS = [
  "over 34,000 Palestinians killed",
  "more than 37,000 people have been killed",
  "nearly 35,000",
  "according to the Gaza Health Ministry",
  ", the ministry said",
  "an immediate six-week ceasefire",
  "the initial phase, lasting 40 days",
  "a three-stage process",
  "the nearly seven-month-long conflict",
  "which began on Oct. 7",
  "overnight",
  "in Gaza",
  "in Rafah",
  "Egypt and Qatar",
  "a senior Israeli official, speaking on condition of anonymity",
  "“over 40,000 were killed,” he said",
  "133 hostages",
  "hundreds of thousands of civilians",
  ". ",
  " ",
  "9",
  ",",
];

const STORY = articleParagraphs();

type Op =
  | { kind: "insert"; at: number; text: string }
  | { kind: "delete"; at: number; length: number }
  | { kind: "split"; at: number }
  | { kind: "join"; at: number }
  | { kind: "paste"; at: number; first: number; count: number }
  | { kind: "cite"; at: number; length: number }
  | { kind: "dismiss"; index: number }
  | { kind: "undo" }
  | { kind: "redo" }
  | { kind: "date"; date: string };

const at = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("insert" as const), at, text: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 12 })) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("delete" as const), at, length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("split" as const), at }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("join" as const), at }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("paste" as const), at, first: fc.nat(STORY.length - 1), count: fc.integer({ min: 1, max: STORY.length }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("cite" as const), at, length: fc.integer({ min: 1, max: 30 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("dismiss" as const), index: fc.nat(20) }) },
  { weight: 2, arbitrary: fc.constant({ kind: "undo" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "redo" as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("date" as const), date: fc.constantFrom("2024-05-04", "2024-06-20", "2024-01-15") }) },
);

/** A text position near fraction `f` of the document. */
function textPosition(state: EditorState, f: number): number {
  const pos = Math.floor(f * (state.doc.content.size + 1));
  return Selection.near(state.doc.resolve(Math.min(pos, state.doc.content.size))).from;
}

function transaction(state: EditorState, o: Op): Transaction | undefined {
  const tr = state.tr;
  switch (o.kind) {
    case "insert":
      return o.text ? tr.insertText(o.text, textPosition(state, o.at)) : undefined;
    case "delete": {
      const from = textPosition(state, o.at);
      const to = Math.min(state.doc.content.size, from + o.length);
      return to > from ? tr.delete(from, to) : undefined;
    }
    case "split": {
      const pos = textPosition(state, o.at);
      return canSplit(state.doc, pos) ? tr.split(pos) : undefined;
    }
    case "join": {
      const $pos = state.doc.resolve(textPosition(state, o.at));
      if ($pos.depth < 1) return undefined;
      const boundary = $pos.before($pos.depth);
      return canJoin(state.doc, boundary) ? tr.join(boundary) : undefined;
    }
    case "paste": {
      const pasted = docOf(STORY.slice(o.first, o.first + o.count));
      const pos = textPosition(state, o.at);
      return tr.replace(pos, pos, new Slice(Fragment.from(pasted.content), 1, 1));
    }
    case "cite": {
      const from = textPosition(state, o.at);
      const to = Math.min(state.doc.content.size, from + o.length);
      return to > from ? tr.addMark(from, to, schema.marks.citation!.create({ sourceId: "gaza-moh", date: "2024-05-04" })) : undefined;
    }
    case "dismiss": {
      const findings = factmarkKey.getState(state)!.findings;
      const f = findings[o.index % Math.max(1, findings.length)];
      return f ? tr.addMark(f.from, f.to, schema.marks.factmarkDismissed!.create({ rule: f.ruleId, reason: "checked" })) : undefined;
    }
    case "date":
      return setFactmarkDate(tr, o.date);
    case "undo":
    case "redo": {
      let out: Transaction | undefined;
      (o.kind === "undo" ? undo : redo)(state, (t) => (out = t));
      return out;
    }
  }
}

const byPosition = (a: { from: number; to: number; ruleId: string }, b: { from: number; to: number; ruleId: string }) => a.from - b.from || a.to - b.to || a.ruleId.localeCompare(b.ruleId);

describe("incremental checking", () => {
  it("gives the same findings after random edits, pastes, splits, joins and undos as a full check of the final document", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: STORY.length }), fc.array(op, { minLength: 1, maxLength: 25 }), (paragraphs, ops) => {
        let state = EditorState.create({ doc: docOf(STORY.slice(0, paragraphs)), plugins: [history(), factmark({ registry: gazaRegistry(), date: "2024-05-04" })] });
        for (const o of ops) {
          const tr = transaction(state, o);
          if (tr) state = state.apply(tr);
          const plugin = factmarkKey.getState(state)!;
          // Every step, not only the last: an error in an incremental step would otherwise be hidden by a later full one.
          const all = [...plugin.findings, ...plugin.dismissed].sort(byPosition);
          expect(withoutIds(all)).toEqual(check(state.doc.toJSON(), { registry: gazaRegistry(), date: plugin.date }));
          const fresh = factmarkKey.getState(EditorState.create({ doc: state.doc, plugins: [factmark({ registry: gazaRegistry(), date: plugin.date })] }))!;
          expect(withoutIds(plugin.findings)).toEqual(withoutIds(fresh.findings));
          expect(withoutIds(plugin.dismissed)).toEqual(withoutIds(fresh.dismissed));
          for (const f of plugin.findings) expect(f.from >= 0 && f.to <= state.doc.content.size && f.from < f.to).toBe(true);
          // Commands and the DOM find a finding by its id: no two findings share one.
          const ids = all.map((f) => f.id);
          expect(new Set(ids).size).toBe(ids.length);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("never throws on arbitrary typed text, and its findings stay inside the document", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(at, fc.string({ maxLength: 30, unit: "grapheme" })), { maxLength: 30 }), (edits) => {
        let state = EditorState.create({ doc: docOf(["Over 34,000 Palestinians have been killed."]), plugins: [factmark({ registry: gazaRegistry(), date: "2024-06-20" })] });
        for (const [f, text] of edits) {
          if (!text) continue;
          state = state.apply(state.tr.insertText(text, textPosition(state, f)));
        }
        for (const finding of factmarkKey.getState(state)!.findings) {
          expect(finding.from).toBeGreaterThanOrEqual(0);
          expect(finding.to).toBeLessThanOrEqual(state.doc.content.size);
          expect(state.doc.textBetween(finding.from, finding.to, "\n", "\uFFFC")).toBe(finding.text);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("checks typing incrementally, without a full run, and gives the same findings as a fresh check", () => {
    let state = EditorState.create({ doc: docOf(STORY), plugins: [factmark({ registry: gazaRegistry(), date: "2024-06-20" })] });
    expect(factmarkKey.getState(state)!.path).toBe("full");
    const paths: string[] = [];
    // A new sentence at the end of the first paragraph, with names and a figure in it.
    for (const ch of " Talks went on, and Hamas said over 40,000 people were killed.") {
      state = state.apply(state.tr.insertText(ch, state.doc.resolve(1).end()));
      paths.push(factmarkKey.getState(state)!.path);
    }
    // A trailing space is cut from the block's text, so typing one leaves the findings as they were.
    expect(new Set(paths)).toEqual(new Set(["incremental", "unchanged"]));
    const fresh = factmarkKey.getState(EditorState.create({ doc: state.doc, plugins: [factmark({ registry: gazaRegistry(), date: "2024-06-20" })] }))!;
    expect(withoutIds(factmarkKey.getState(state)!.findings)).toEqual(withoutIds(fresh.findings));
    // Bold type changes the document but not its text or citations: the findings stand.
    const findings = factmarkKey.getState(state)!.findings;
    state = state.apply(state.tr.addMark(2, 8, schema.marks.strong!.create()));
    expect(factmarkKey.getState(state)!.path).toBe("unchanged");
    const after = factmarkKey.getState(state)!.findings;
    expect(after).toHaveLength(findings.length);
    after.forEach((f, i) => expect(f).toBe(findings[i]));
  });
});
