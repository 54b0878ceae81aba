import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { factmark, factmarkJson, fixtures } from "./run.js";

interface JsonReport {
  files: { path: string; date: string; findings: { ruleId: string; text: string }[] }[];
}

const story = "More than 75,000 Palestinians have been killed in Gaza, the health ministry said.";
const ruleIds = (report: JsonReport) => report.files[0]!.findings.map((f) => f.ruleId);

describe("several --registry", () => {
  it("checks against the default registry alone when none is given: a toll past the end of its data is not judged", () => {
    const { status, json } = factmarkJson<JsonReport>(["check", "-", "--date", "2026-09-02", "--format", "json"], { input: story });
    // Not judged, and said once: the registry has no reports after 22 August 2026.
    expect(ruleIds(json)).toEqual(["beyond-data"]);
    expect(json.files[0]!.findings[0]!.text).toBe("More than 75,000");
    expect(status).toBe(0);
    // Within one reporting interval of its last report (22 August 2026), the same toll cannot be true.
    const covered = factmarkJson<JsonReport>(["check", "-", "--date", "2026-08-25", "--format", "json"], { input: story });
    expect(ruleIds(covered.json)).toContain("figure-mismatch");
    expect(covered.status).toBe(1);
  });

  it("merges the default registry with a newsroom's NDJSON and semicolon CSV in one call", () => {
    const args = ["check", "-", "--date", "2026-09-02", "--format", "json", "--registry", "default", "--registry", "test/fixtures/newsroom.ndjson", "--registry", "test/fixtures/newsroom-figures.csv"];
    const { status, json, stderr } = factmarkJson<JsonReport>(args, { input: story });
    expect(stderr).toBe("");
    expect(ruleIds(json)).toEqual([]);
    expect(status).toBe(0);
  });

  it("summarizes merged registries under one label, with the default registry's credit", () => {
    const { status, json } = factmarkJson(["registry", "stats", "--registry", "default", "--registry", "test/fixtures/newsroom.ndjson", "--format", "json"]);
    const alone = factmarkJson(["registry", "stats", "--format", "json"]).json;
    expect(status).toBe(0);
    expect(json.registry).toBe("@factmark/dataset-gaza + @factmark/dataset-ukraine + test/fixtures/newsroom.ndjson");
    expect(json.date).toBe("2026-09-01");
    expect(json.claims).toBe(alone.claims + 1);
    expect(json.attribution).toBe(alone.attribution);
    expect(json.series.find((s: { id: string }) => s.id === "newsroom-gaza-displaced")).toMatchObject({ reports: 1, latest: 1_700_000 });
    expect(json.sources.find((s: { id: string }) => s.id === "newsroom")).toMatchObject({ claims: 1 });
  });

  it("keeps a single --registry file in place of the default, as before", () => {
    const { json } = factmarkJson(["registry", "stats", "--registry", join(fixtures, "registry.csv"), "--format", "json"]);
    expect(json.registry).toBe(join(fixtures, "registry.csv"));
    expect(json.claims).toBe(2);
    expect(json.attribution).toBeUndefined();
  });

  it("stops with exit 2 naming the files and ids two registries define differently", () => {
    const run = factmark(["check", "-", "--date", "2024-06-20", "--registry", "test/fixtures/registry.json", "--registry", "test/fixtures/registry.csv"], { input: story });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      'factmark: the registries define 2 ids differently: claim "gaza-killed-2024-05-04" (test/fixtures/registry.json and test/fixtures/registry.csv), ' +
        'claim "gaza-killed-2024-06-20" (test/fixtures/registry.json and test/fixtures/registry.csv); expected each id to mean one record. ' +
        "Give your records ids of their own, or pass --prefer-last to let the later --registry win\n",
    );
  });

  it("lets the later registry win with --prefer-last", () => {
    const { status, json } = factmarkJson(["registry", "stats", "--registry", "test/fixtures/registry.json", "--registry", "test/fixtures/registry.csv", "--prefer-last", "--format", "json"]);
    expect(status).toBe(0);
    expect(json.claims).toBe(6);
  });

  it("takes a list of registries from factmark.config.json, relative to the config file", () => {
    const { status, json } = factmarkJson<JsonReport>(["check", "story.md", "--format", "json"], { cwd: join(fixtures, "config-merge") });
    expect(ruleIds(json)).toEqual([]);
    expect(status).toBe(0);
  });

  it("refuses to check against a registry that holds nothing to judge a story by", () => {
    const run = factmark(["check", "-", "--date", "2024-05-04", "--registry", "test/fixtures/sources-only.ndjson"], { input: story });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^factmark: test\/fixtures\/sources-only\.ndjson: received a registry with no claims, no series and no places \(1 sources, 0 actors\)/);
  });

  it("names a registry file that cannot be read among several", () => {
    const run = factmark(["registry", "stats", "--registry", "default", "--registry", "nowhere.ndjson"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('factmark: cannot read "nowhere.ndjson": no such file\n');
  });
});
