import { readdirSync, readFileSync } from "node:fs";
import { check, type Finding, RuleId } from "@factmark/core";
import { describe, expect, it } from "vitest";
import { defaultRegistry } from "../dist/index.js";

// The negotiation suite: short stories about the ceasefire talks, with stances stated with and
// without sources, anonymous and named officials, relayed state media, quoted speech, famine
// claims credited to the wrong body, positions that later changed and phase lengths of named
// versions. Each case is test/fixtures/negotiations/<case>/{input.md, findings.json}; README.md
// there says what each rule's expected text covers and which registered claims justify it.
const dir = new URL("./fixtures/negotiations/", import.meta.url);
const cases = readdirSync(dir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** The rules this suite plants; figure findings are judged by the story suite. */
const PLANTED = new Set<string>(["unattributed-position", "anonymous-source", "misattributed-claim", "outdated-position", "inconsistent-duration", "phase-count-mismatch"]);

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

describe("the negotiation suite", () => {
  const registry = defaultRegistry();
  const results = cases.map((name) => {
    const input = readFileSync(new URL(`${name}/input.md`, dir), "utf8");
    const expected = expectedSpans(input, JSON.parse(readFileSync(new URL(`${name}/findings.json`, dir), "utf8")) as Expected[]);
    const actual = check(input, { registry, format: "markdown" }).filter((f: Finding) => PLANTED.has(f.ruleId));
    return { name, input, expected, actual };
  });

  it("has at least 20 stories, clean ones among them", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(results.filter((r) => r.expected.length === 0).length).toBeGreaterThanOrEqual(5);
  });

  it("plants every position and attribution rule at least twice", () => {
    for (const ruleId of ["unattributed-position", "anonymous-source", "misattributed-claim", "outdated-position"]) {
      expect(results.flatMap((r) => r.expected).filter((e) => e.ruleId === ruleId).length, ruleId).toBeGreaterThanOrEqual(2);
    }
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
    console.log(`negotiation suite: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${truePositives} of ${expectedCount} expected, ${reported} reported)\n${misses.join("\n")}`);
    expect({ precision: precision >= 0.9, recall: recall >= 0.9, misses }).toMatchObject({ precision: true, recall: true });
  });
});
