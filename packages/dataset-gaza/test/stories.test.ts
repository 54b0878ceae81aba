import { describe, expect, it } from "vitest";
import { defaultRegistry } from "../dist/index.js";
import { runSuite, scoreSuite } from "./suite.js";

// The story suite: short news stories with planted problems and clean figures, checked against the
// default registry. Each case is test/fixtures/stories/<case>/{input.md, findings.json}.
const dir = new URL("./fixtures/stories/", import.meta.url);

/** The rules this suite plants; findings of other rules (positions, anonymity) are judged by their own suites. */
const PLANTED = new Set<string>(["unsourced-figure", "outdated-figure", "figure-mismatch", "inconsistent-duration", "inconsistent-elapsed-time", "phase-count-mismatch"]);

describe("the story suite", () => {
  const registry = defaultRegistry();
  const results = runSuite(dir, PLANTED, registry);
  const cases = results.map((r) => r.name);

  it("has at least 30 stories", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it("reports findings whose text is the input sliced at their offsets", () => {
    for (const { input, actual } of results) for (const f of actual) expect(input.slice(f.from, f.to)).toBe(f.text);
  });

  it("reaches 0.9 precision and 0.9 recall over the suite", () => {
    const { precision, recall, truePositives, expected: expectedCount, reported, misses } = scoreSuite(results);
    console.log(`story suite: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${truePositives} of ${expectedCount} expected, ${reported} reported)\n${misses.join("\n")}`);
    expect({ precision: precision >= 0.9, recall: recall >= 0.9, misses }).toMatchObject({ precision: true, recall: true });
  });
});
