import { readdirSync, readFileSync } from "node:fs";
import { check, type Finding, type Registry, RuleId } from "@factmark/core";

/** An expected finding in a fixture's findings.json: the rule and the exact text (the n-th occurrence). */
export interface Expected {
  ruleId: RuleId;
  text: string;
  occurrence?: number;
}

/** A span as the suites compare them. */
export interface SuiteSpan {
  ruleId: string;
  from: number;
  text: string;
}

/** One fixture story: its input, the findings expected of the planted rules, and those reported. */
export interface SuiteCase {
  name: string;
  input: string;
  expected: SuiteSpan[];
  actual: Finding[];
}

/**
 * Checks every case of a fixture suite (`<dir>/<case>/{input.md, findings.json}`) against the
 * registry, keeping only the findings of the rules the suite plants.
 */
export function runSuite(dir: URL, planted: ReadonlySet<string>, registry: Registry): SuiteCase[] {
  const cases = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return cases.map((name) => {
    const input = readFileSync(new URL(`${name}/input.md`, dir), "utf8");
    const expected = expectedSpans(input, JSON.parse(readFileSync(new URL(`${name}/findings.json`, dir), "utf8")) as Expected[]);
    const actual = check(input, { registry, format: "markdown" }).filter((f) => planted.has(f.ruleId));
    return { name, input, expected, actual };
  });
}

function expectedSpans(input: string, expected: Expected[]): SuiteSpan[] {
  return expected.map((e) => {
    let from = -1;
    for (let n = 0; n < (e.occurrence ?? 1); n++) from = input.indexOf(e.text, from + 1);
    if (from < 0) throw new Error(`expected text "${e.text}" is not in the input`);
    return { ruleId: e.ruleId, from, text: e.text };
  });
}

const key = (f: SuiteSpan) => `${f.ruleId}@${f.from}:${f.text}`;

/** Precision and recall of a suite, with every miss and false alarm named by case. */
export function scoreSuite(results: readonly SuiteCase[]): { precision: number; recall: number; truePositives: number; expected: number; reported: number; misses: string[] } {
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
  return {
    precision: reported === 0 ? 1 : truePositives / reported,
    recall: expectedCount === 0 ? 1 : truePositives / expectedCount,
    truePositives,
    expected: expectedCount,
    reported,
    misses,
  };
}
