import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check, extractMentions, parseHtml, parseMarkdown } from "../src/index.js";
import { adversarialText, mayRegistry } from "./helpers.js";

const registry = mayRegistry();
const newsy = fc.array(
  fc.oneof(
    fc.constantFrom("over", "nearly", "34,000", "1.2 million", "killed", "Palestinians", "according to", "the ministry", "said", "six-week", "ceasefire", "40 days", "Oct. 7", "three-stage", ".", ",", "\n\n", "“", "”", "-", "a", "dozen", "hundreds of thousands", "<b>", "</b>", "**", "[", "](x)", "<!--", "-->"),
    fc.string({ unit: "grapheme", maxLength: 6 }),
    fc.string({ unit: "binary", maxLength: 4 }),
  ),
  { maxLength: 60 },
).map((parts) => parts.join(" "));

describe("properties of check() on arbitrary text", () => {
  it("never throws, keeps offsets in bounds and text equal to the input slice", () => {
    fc.assert(
      fc.property(newsy, fc.constantFrom("text", "markdown", "html") as fc.Arbitrary<"text" | "markdown" | "html">, (text, format) => {
        const findings = check(text, { registry, date: "2024-06-20", format });
        for (const f of findings) {
          expect(f.from).toBeGreaterThanOrEqual(0);
          expect(f.to).toBeLessThanOrEqual(text.length);
          expect(f.from).toBeLessThanOrEqual(f.to);
          expect(f.text).toBe(text.slice(f.from, f.to));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(newsy, (text) => {
        expect(check(text, { registry, date: "2024-05-04" })).toEqual(check(text, { registry, date: "2024-05-04" }));
      }),
      { numRuns: 100 },
    );
  });

  it("extracts mentions whose text is the block slice, on any Unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        const block = extractMentions(text, { date: "2024-05-04" });
        for (const m of block.mentions) expect(text.slice(m.from, m.to)).toBe(m.text);
      }),
      { numRuns: 300 },
    );
  });
});

describe("hostile input", () => {
  it("checks 1 MB of adversarial text, with findings inside it", () => {
    const text = adversarialText(1_000_000);
    const findings = check(text, { registry, date: "2024-05-04", format: "text" });
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(text.slice(f.from, f.to)).toBe(f.text);
  }, 60_000);

  it("parses adversarial HTML and Markdown markup without blowing up", () => {
    const markup = `${"<b>".repeat(2000)}over 34,000 killed${"</b>".repeat(2000)}\n\n${"*".repeat(4000)}${"_".repeat(4000)}`;
    for (const format of ["markdown", "html"] as const) {
      const findings = check(markup, { registry, date: "2024-05-04", format });
      expect(findings.map((f) => [f.ruleId, f.text])).toContainEqual(["unsourced-figure", "over 34,000"]);
    }
  }, 30_000);

  it("reads deeply nested Markdown and HTML without overflowing", () => {
    expect(parseMarkdown(`${"> ".repeat(5000)}over 34,000 killed`).blocks.map((b) => b.text)).toEqual(["over 34,000 killed"]);
    expect(parseHtml(`${"<div>".repeat(20000)}over 34,000 killed`).blocks.map((b) => b.text)).toEqual(["over 34,000 killed"]);
  });
});
