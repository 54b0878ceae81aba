import { describe, expect, it } from "vitest";
import { defaultRegistry } from "../dist/index.js";
import { runSuite, scoreSuite } from "./suite.js";

// The negotiation suite: short stories about the ceasefire talks, with stances stated with and
// without sources, anonymous and named officials, relayed state media, quoted speech, famine
// claims credited to the wrong body, positions that later changed and phase lengths of named
// versions. Each case is test/fixtures/negotiations/<case>/{input.md, findings.json}; README.md
// there says what each rule's expected text covers and which registered claims justify it.
const dir = new URL("./fixtures/negotiations/", import.meta.url);

/** The rules this suite plants; figure findings are judged by the story suite. */
const PLANTED = new Set<string>(["unattributed-position", "anonymous-source", "misattributed-claim", "outdated-position", "inconsistent-duration", "phase-count-mismatch"]);

describe("the negotiation suite", () => {
  const registry = defaultRegistry();
  const results = runSuite(dir, PLANTED, registry);
  const cases = results.map((r) => r.name);

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
    const { precision, recall, truePositives, expected: expectedCount, reported, misses } = scoreSuite(results);
    console.log(`negotiation suite: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${truePositives} of ${expectedCount} expected, ${reported} reported)\n${misses.join("\n")}`);
    expect({ precision: precision >= 0.9, recall: recall >= 0.9, misses }).toMatchObject({ precision: true, recall: true });
  });
});
