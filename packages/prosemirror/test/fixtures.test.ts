import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { check } from "@factmark/core";
import { Node } from "prosemirror-model";
import { EditorState } from "prosemirror-state";
import { describe, expect, it } from "vitest";
import { factmark, factmarkKey } from "../src/index.js";
import { articleParagraphs, docOf, gazaRegistry, schema, withoutIds } from "./helpers.js";

// Each folder under test/fixtures holds the findings expected for one document. The founding
// article's cases read it from the shared fixtures; others hold their ProseMirror JSON in input.json.
// FACTMARK_UPDATE_FIXTURES=1 rewrites findings.json (a reviewed diff).
const dir = join(dirname(fileURLToPath(import.meta.url)), "fixtures");

function inputOf(name: string): { doc: Node; date: string } {
  const article = /^cairo-talks-(\d{4}-\d{2}-\d{2})$/.exec(name);
  if (article) return { doc: docOf(articleParagraphs()), date: article[1]! };
  const input = JSON.parse(readFileSync(join(dir, name, "input.json"), "utf8")) as { date: string; doc: unknown };
  return { doc: Node.fromJSON(schema, input.doc), date: input.date };
}

describe("fixtures", () => {
  for (const name of readdirSync(dir).sort()) {
    it(`gives the expected findings for ${name}, the same as check() on its JSON`, () => {
      const { doc, date } = inputOf(name);
      const state = EditorState.create({ doc, plugins: [factmark({ registry: gazaRegistry(), date })] });
      const { findings, dismissed } = factmarkKey.getState(state)!;
      const summary = {
        findings: findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, from: f.from, to: f.to, text: f.text, fixes: f.fixes.map((x) => x.kind) })),
        dismissed: dismissed.map((f) => ({ ruleId: f.ruleId, from: f.from, to: f.to, text: f.text })),
      };
      const file = join(dir, name, "findings.json");
      if (process.env.FACTMARK_UPDATE_FIXTURES) writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
      expect(summary).toEqual(JSON.parse(readFileSync(file, "utf8")));
      for (const f of findings) expect(doc.textBetween(f.from, f.to, "\n", "\uFFFC")).toBe(f.text);
      // check() does not know dismissals: it reports the visible and the dismissed findings alike.
      const all = [...findings, ...dismissed].sort((a, b) => a.from - b.from || a.to - b.to || a.ruleId.localeCompare(b.ruleId));
      expect(withoutIds(all)).toEqual(check(doc.toJSON(), { registry: gazaRegistry(), date }));
    });
  }
});
