import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { factmark, factmarkJson, fixtures, packageDir } from "./run.js";

const story = join(fixtures, "story.md");

describe("factmark check --dataset", () => {
  it("checks a Gaza story against the Gaza dataset alone as the merged default registry does", () => {
    const named = factmarkJson<{ files: unknown[] }>(["check", story, "--dataset", "gaza", "--format", "json"]);
    const fallback = factmarkJson<{ files: unknown[] }>(["check", story, "--format", "json"]);
    expect(named.json.files).toEqual(fallback.json.files);
    expect(named.status).toBe(fallback.status);
  });

  it("checks against the Ukraine dataset alone with --dataset ukraine", () => {
    type Report = { files: { findings: { ruleId: string; text: string; evidence: { claimId: string }[] }[] }[] };
    const ukraine = "More than 11,000 civilians have been killed in Ukraine since the invasion, UN monitors said.\n";
    const alone = factmarkJson<Report>(["check", "-", "--date", "2025-02-15", "--dataset", "ukraine", "--format", "json"], { input: ukraine });
    expect(alone.stderr).toBe("");
    expect(alone.json.files[0]!.findings.map((f) => [f.ruleId, f.text, f.evidence[0]?.claimId])).toEqual([["outdated-figure", "More than 11,000", "ohchr-ukraine-civilians-killed:2024-12-31:page"]]);
    // Gaza's series are not in it: a Gaza toll is read with no series to judge it against.
    const gaza = factmarkJson<Report>(["check", "-", "--date", "2024-06-20", "--dataset", "ukraine", "--format", "json"], { input: "Over 34,000 Palestinians have been killed in Gaza, the Health Ministry said.\n" });
    expect(gaza.json.files[0]!.findings).toEqual([]);
  });

  it("merges datasets listed with commas as it merges repeated --dataset flags, and as the default registry", () => {
    type Report = { files: { findings: { ruleId: string; text: string }[] }[] };
    const ukraine = "More than 11,000 civilians have been killed in Ukraine since the invasion, UN monitors said.\n";
    const gaza = "Over 34,000 Palestinians have been killed in Gaza, the Health Ministry said.\n";
    for (const [input, date] of [[ukraine, "2025-02-15"], [gaza, "2024-06-20"]] as const) {
      const listed = factmarkJson<Report>(["check", "-", "--date", date, "--dataset", "gaza,ukraine", "--format", "json"], { input });
      const repeated = factmarkJson<Report>(["check", "-", "--date", date, "--dataset", "gaza", "--dataset", "ukraine", "--format", "json"], { input });
      const fallback = factmarkJson<Report>(["check", "-", "--date", date, "--format", "json"], { input });
      expect(listed.stderr).toBe("");
      expect(listed.json.files[0]!.findings.map((f) => f.ruleId)).toEqual(["outdated-figure"]);
      expect(listed.json.files).toEqual(repeated.json.files);
      expect(listed.json.files).toEqual(fallback.json.files);
    }
    // The Ukraine dataset alone does not judge the Gaza toll: the list really loaded both.
    expect(factmarkJson<Report>(["check", "-", "--date", "2024-06-20", "--dataset", "ukraine", "--format", "json"], { input: gaza }).json.files[0]!.findings).toEqual([]);
  });

  it("rejects an empty name in a --dataset list, naming the value", () => {
    const run = factmark(["check", story, "--dataset", "gaza,"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('factmark: --dataset "gaza," has an empty name; expected dataset names separated by commas, for example --dataset gaza,ukraine\n');
    expect(factmark(["check", story, "--dataset", "gaza,,ukraine"]).status).toBe(2);
  });

  it("adds a registry file's records to the dataset's", () => {
    // The fixture registry defines ids of the dataset differently: --prefer-last lets it win.
    const merged = factmarkJson<{ files: { findings: { ruleId: string; text: string }[] }[] }>(["check", story, "--dataset", "gaza", "--registry", join(fixtures, "registry.json"), "--prefer-last", "--format", "json"]);
    expect(merged.stderr).toBe("");
    expect(merged.json.files[0]!.findings.some((f) => f.ruleId === "figure-mismatch" && f.text === "over 40,000")).toBe(true);
  });

  it("names the package to install for a dataset that is not installed, and rejects a name that is not one", () => {
    const missing = factmark(["check", story, "--dataset", "sudan"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('factmark: --dataset "sudan": @factmark/dataset-sudan is not installed; install it (npm install @factmark/dataset-sudan) or pick an installed dataset, for example --dataset gaza\n');
    const bad = factmark(["check", story, "--dataset", "../core"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--dataset "\.\.\/core" is not a dataset name/);
  });

  it("reads a dataset package installed beside the command, built with its own copy of core", () => {
    // A newsroom's dataset package, as npm installs it: it builds its registry with the
    // @factmark/core it resolves, not with the command's own copy.
    const name = `newsroom-${process.pid}`;
    const dir = join(packageDir, "node_modules", "@factmark", `dataset-${name}`);
    mkdirSync(dir, { recursive: true });
    try {
      writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `@factmark/dataset-${name}`, version: "1.0.0", type: "module", exports: "./index.js" }));
      writeFileSync(
        join(dir, "index.js"),
        `import { readFileSync } from "node:fs";\nimport { Registry } from "@factmark/core";\n` +
          `export const DATASET_INFO = { attribution: "The newsroom's own figures" };\n` +
          `export function defaultRegistry() { return Registry.from(JSON.parse(readFileSync(${JSON.stringify(join(fixtures, "registry.json"))}, "utf8"))); }\n`,
      );
      const viaDataset = factmarkJson<{ files: unknown[] }>(["check", story, "--dataset", name, "--format", "json"]);
      const viaFile = factmarkJson<{ files: unknown[] }>(["check", story, "--registry", join(fixtures, "registry.json"), "--format", "json"]);
      expect(viaDataset.stderr).toBe("");
      expect(viaDataset.json.files).toEqual(viaFile.json.files);
      expect(viaDataset.status).toBe(viaFile.status);
      // Merged with the command's own datasets too.
      const merged = factmark(["check", story, "--dataset", `gaza,${name}`, "--prefer-last"]);
      expect(merged.stderr).toBe("");
      expect(merged.stdout).toContain("The newsroom's own figures");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
