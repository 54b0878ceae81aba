import type { RuleId, Severity } from "@factmark/core";
import type { EditorFinding } from "@factmark/prosemirror";
import { describe, expect, it } from "vitest";
import { countBySeverity, findingAt, groupFindings } from "../src/findings.js";

function finding(id: string, ruleId: RuleId, severity: Severity, from: number, to: number): EditorFinding {
  return { id, ruleId, severity, from, to, message: `${ruleId} at ${from}`, text: "x".repeat(to - from), evidence: [], fixes: [] };
}

const findings = [
  finding("a", "unsourced-figure", "warning", 300, 314),
  finding("b", "inconsistent-duration", "warning", 120, 127),
  finding("c", "unsourced-figure", "warning", 40, 52),
  finding("d", "anonymous-source", "info", 10, 20),
  finding("e", "figure-mismatch", "error", 500, 512),
  finding("f", "outdated-figure", "warning", 300, 314),
];

describe("grouping findings for the sidebar", () => {
  it("groups by rule, errors first, then by the first finding's position, findings in document order", () => {
    const groups = groupFindings(findings);
    expect(groups.map((g) => [g.ruleId, g.total, g.findings.map((f) => f.id)])).toEqual([
      ["figure-mismatch", 1, ["e"]],
      ["unsourced-figure", 2, ["c", "a"]],
      ["inconsistent-duration", 1, ["b"]],
      ["outdated-figure", 1, ["f"]],
      ["anonymous-source", 1, ["d"]],
    ]);
  });

  it("leaves out hidden severities and hidden rules", () => {
    const groups = groupFindings(findings, { hiddenSeverities: new Set(["warning"]), hiddenRules: new Set(["figure-mismatch"]) });
    expect(groups.map((g) => g.ruleId)).toEqual(["anonymous-source"]);
  });

  it("returns no groups for no findings", () => {
    expect(groupFindings([])).toEqual([]);
  });

  it("counts findings by severity", () => {
    expect(countBySeverity(findings)).toEqual({ error: 1, warning: 4, info: 1 });
  });

  it("picks the most severe, then the shortest, finding under a cursor or selection", () => {
    const overlapping = [finding("wide", "unsourced-figure", "warning", 10, 40), finding("narrow", "outdated-figure", "warning", 20, 30), finding("note", "anonymous-source", "info", 15, 35)];
    expect(findingAt(overlapping, 25, 25)?.id).toBe("narrow");
    expect(findingAt(overlapping, 12, 12)?.id).toBe("wide");
    expect(findingAt(overlapping, 40, 40)?.id).toBe("wide");
    expect(findingAt(overlapping, 41, 41)).toBeUndefined();
    expect(findingAt(overlapping, 31, 36)?.id).toBe("wide");
  });
});
