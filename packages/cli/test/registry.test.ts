import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { factmark, factmarkJson, fixtures } from "./run.js";

describe("factmark registry validate", () => {
  it("prints a one-line ok with the counts and exits 0 for a consistent registry", () => {
    const run = factmark(["registry", "validate", join(fixtures, "registry.json")]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("ok: 6 claims, 2 sources, 2 actors, 1 series\n");
  });

  it("lists each problem with its claim id, path and message, and exits 1 on an error", () => {
    const run = factmark(["registry", "validate", "test/fixtures/inconsistent.ndjson"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^error +test\/fixtures\/inconsistent\.ndjson#claims\[2\]\.citations\[0\]\.source gaza-killed-2024-06-01: .*"nobody".* unknown-source$/m);
    expect(run.stdout).toMatch(/^warning test\/fixtures\/inconsistent\.ndjson#claims\[1\]\.quantity gaza-killed-2024-05-20: .* falling-cumulative$/m);
  });

  it("exits 2 naming the file and line when the registry cannot be parsed", () => {
    const run = factmark(["registry", "validate", "test/fixtures/malformed.ndjson"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/^factmark: test\/fixtures\/malformed\.ndjson:3:\d+: /);
  });

  it("exits 2 naming a registry file that does not exist", () => {
    const run = factmark(["registry", "validate", "nowhere.json"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('factmark: cannot read "nowhere.json": no such file\n');
  });
});

describe("factmark registry stats", () => {
  it("counts claims by kind, and gives each series its first and last date and latest value", () => {
    const { status, json } = factmarkJson(["registry", "stats", "--registry", join(fixtures, "registry.json"), "--format", "json"]);
    expect(status).toBe(0);
    expect(json.claims).toBe(6);
    expect(json.kinds).toMatchObject({ casualty: 5, event: 1, phase: 0 });
    expect(json.series).toEqual([
      { id: "gaza-killed", title: "Gaza Ministry of Health: people killed in Gaza (cumulative)", source: "gaza-moh", measure: "killed", reports: 5, first: "2024-04-20", last: "2024-06-20", latest: 37431 },
    ]);
    expect(json.sources).toEqual([
      { id: "gaza-moh", name: "Gaza Ministry of Health", type: "official-body", claims: 5 },
      { id: "times-of-israel", name: "The Times of Israel", type: "news-outlet", claims: 1 },
    ]);
  });

  it("describes the default registry when no file is given", () => {
    const { status, json } = factmarkJson(["registry", "stats", "--format", "json"]);
    expect(status).toBe(0);
    expect(json.registry).toBe("@factmark/dataset-gaza + @factmark/dataset-ukraine");
    expect(json.claims).toBeGreaterThan(100);
    expect(json.series.find((s: { id: string }) => s.id === "gaza-moh-killed")).toMatchObject({ first: expect.any(String), latest: expect.any(Number) });
  });
});
