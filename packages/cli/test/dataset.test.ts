import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { factmark, factmarkJson, fixtures } from "./run.js";

const story = join(fixtures, "story.md");

describe("factmark check --dataset", () => {
  it("checks against the named dataset package, as the default registry does", () => {
    const named = factmarkJson(["check", story, "--dataset", "gaza", "--format", "json"]);
    const fallback = factmarkJson(["check", story, "--format", "json"]);
    expect(named.json).toEqual(fallback.json);
    expect(named.status).toBe(fallback.status);
  });

  it("adds a registry file's records to the dataset's", () => {
    // The fixture registry defines ids of the dataset differently: --prefer-last lets it win.
    const merged = factmarkJson<{ files: { findings: { ruleId: string; text: string }[] }[] }>(["check", story, "--dataset", "gaza", "--registry", join(fixtures, "registry.json"), "--prefer-last", "--format", "json"]);
    expect(merged.stderr).toBe("");
    expect(merged.json.files[0]!.findings.some((f) => f.ruleId === "figure-mismatch" && f.text === "over 40,000")).toBe(true);
  });

  it("names the package to install for a dataset that is not installed, and rejects a name that is not one", () => {
    const missing = factmark(["check", story, "--dataset", "ukraine"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('factmark: --dataset "ukraine": @factmark/dataset-ukraine is not installed; install it (npm install @factmark/dataset-ukraine) or pick an installed dataset, for example --dataset gaza\n');
    const bad = factmark(["check", story, "--dataset", "../core"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--dataset "\.\.\/core" is not a dataset name/);
  });
});
