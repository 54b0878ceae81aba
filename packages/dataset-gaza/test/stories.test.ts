import { readdirSync, readFileSync } from "node:fs";
import { check, type Finding, RuleId } from "@factmark/core";
import { describe, expect, it } from "vitest";
import { defaultRegistry } from "../dist/index.js";

// The story suite: short news stories with planted problems and clean figures, checked against the
// default registry. Each case is test/fixtures/stories/<case>/{input.md, findings.json}.
const dir = new URL("./fixtures/stories/", import.meta.url);
const cases = readdirSync(dir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** The rules this suite plants; findings of other rules (positions, anonymity) are judged by their own suites. */
const PLANTED = new Set<string>(["unsourced-figure", "outdated-figure", "figure-mismatch", "inconsistent-duration", "inconsistent-elapsed-time", "phase-count-mismatch"]);

interface Expected {
  ruleId: RuleId;
  text: string;
  occurrence?: number;
}

function expectedSpans(input: string, expected: Expected[]): { ruleId: string; from: number; text: string }[] {
  return expected.map((e) => {
    let from = -1;
    for (let n = 0; n < (e.occurrence ?? 1); n++) from = input.indexOf(e.text, from + 1);
    if (from < 0) throw new Error(`expected text "${e.text}" is not in the input`);
    return { ruleId: e.ruleId, from, text: e.text };
  });
}

const key = (f: { ruleId: string; from: number; text: string }) => `${f.ruleId}@${f.from}:${f.text}`;

describe("the story suite", () => {
  const registry = defaultRegistry();
  const results = cases.map((name) => {
    const input = readFileSync(new URL(`${name}/input.md`, dir), "utf8");
    const expected = expectedSpans(input, JSON.parse(readFileSync(new URL(`${name}/findings.json`, dir), "utf8")) as Expected[]);
    const actual = check(input, { registry, format: "markdown" }).filter((f: Finding) => PLANTED.has(f.ruleId));
    return { name, input, expected, actual };
  });

  it("has at least 30 stories", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it("reports findings whose text is the input sliced at their offsets", () => {
    for (const { input, actual } of results) for (const f of actual) expect(input.slice(f.from, f.to)).toBe(f.text);
  });

  it("reaches 0.9 precision and 0.9 recall over the suite", () => {
    let truePositives = 0;
    let reported = 0;
    let expectedCount = 0;
    const misses: string[] = [];
    for (const { name, expected, actual } of results) {
      const want = new Set(expected.map(key));
      const got = new Set(actual.map(key));
      reported += got.size;
      expectedCount += want.size;
      for (const k of got) if (want.has(k)) truePositives += 1;
      for (const k of want) if (!got.has(k)) misses.push(`${name}: missed ${k}`);
      for (const k of got) if (!want.has(k)) misses.push(`${name}: unexpected ${k}`);
    }
    const precision = reported === 0 ? 1 : truePositives / reported;
    const recall = expectedCount === 0 ? 1 : truePositives / expectedCount;
    console.log(`story suite: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${truePositives} of ${expectedCount} expected, ${reported} reported)\n${misses.join("\n")}`);
    expect({ precision: precision >= 0.9, recall: recall >= 0.9, misses }).toMatchObject({ precision: true, recall: true });
  });
});
