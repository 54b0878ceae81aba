import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { factmarkJson, foundingArticle } from "./run.js";

// The acceptance test of the whole project: the founding article (shared/fixtures, beside the
// repository) checked against the default registry.

interface JsonFinding {
  ruleId: string;
  from: number;
  to: number;
  text: string;
  fixes: { kind: string; text?: string }[];
  related?: { text: string }[];
}
interface JsonReport {
  files: { path: string; date: string; findings: JsonFinding[] }[];
}

const text = readFileSync(foundingArticle, "utf8");

describe("the founding article", () => {
  it("on its own date (4 May 2024) has two unsourced figures and the six-week/40-day inconsistency, and no outdated or contradicted figure", () => {
    const { status, json } = factmarkJson<JsonReport>(["check", foundingArticle, "--format", "json"]);
    const file = json.files[0]!;
    expect(file.date).toBe("2024-05-04");
    for (const f of file.findings) expect(f.text).toBe(text.slice(f.from, f.to));
    const unsourced = file.findings.filter((f) => f.ruleId === "unsourced-figure").map((f) => f.text);
    expect(unsourced).toContain("over 34,000");
    expect(unsourced).toContain("over a million");
    const durations = file.findings.filter((f) => f.ruleId === "inconsistent-duration");
    expect(durations.length).toBeGreaterThan(0);
    const pair = durations.flatMap((f) => [f.text, ...(f.related ?? []).map((r) => r.text)]);
    expect(pair).toContain("six-week");
    expect(pair).toContain("40 days");
    expect(file.findings.filter((f) => f.ruleId === "outdated-figure" || f.ruleId === "figure-mismatch")).toEqual([]);
    expect(status).toBe(0);
  });

  it("on 20 June 2024 has an outdated-figure finding on “over 34,000” with a replace fix", () => {
    const { json } = factmarkJson<JsonReport>(["check", foundingArticle, "--date", "2024-06-20", "--format", "json"]);
    const file = json.files[0]!;
    expect(file.date).toBe("2024-06-20");
    const outdated = file.findings.find((f) => f.ruleId === "outdated-figure" && f.text === "over 34,000");
    expect(outdated).toBeDefined();
    expect(outdated!.fixes.some((fix) => fix.kind === "replace")).toBe(true);
  });
});
