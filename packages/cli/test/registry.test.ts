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

  it("breaks the default registry down per conflict: series, claims and last report date", () => {
    const { status, json } = factmarkJson(["registry", "stats", "--format", "json"]);
    expect(status).toBe(0);
    const byId = new Map<string, { series: number; claims: number; last?: string; start: string }>(json.conflicts.map((c: { id: string }) => [c.id, c]));
    for (const id of ["israel-gaza-war", "russia-ukraine-war"]) {
      const conflict = byId.get(id)!;
      expect(conflict.series, id).toBeGreaterThan(0);
      expect(conflict.claims, id).toBeGreaterThan(conflict.series);
      expect(conflict.last! >= conflict.start, id).toBe(true);
    }
    expect(byId.get("israel-gaza-war")!.start).toBe("2023-10-07");
    // Every series and claim is counted once: under its conflict or as unassigned.
    const sum = (key: "series" | "claims") => json.conflicts.reduce((n: number, c: Record<string, number>) => n + c[key]!, 0) + (json.unassigned?.[key] ?? 0);
    expect(sum("series")).toBe(json.series.length);
    expect(sum("claims")).toBe(json.claims);
    const gazaSeries = json.series.filter((s: { conflict?: string }) => s.conflict === "israel-gaza-war").length;
    expect(byId.get("israel-gaza-war")!.series).toBe(gazaSeries);
  });

  it("counts a newsroom's own conflict beside the datasets', merged from --dataset gaza,ukraine and a registry file", () => {
    const veridia = join(fixtures, "veridia.ndjson");
    const { status, json, stderr } = factmarkJson(["registry", "stats", "--dataset", "gaza,ukraine", "--registry", veridia, "--format", "json"]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(json.registry).toBe(`@factmark/dataset-gaza + @factmark/dataset-ukraine + ${veridia}`);
    expect(json.conflicts.find((c: { id: string }) => c.id === "veridian-coastal-war")).toEqual({ id: "veridian-coastal-war", name: "the Veridian coastal war", start: "2031-03-01", series: 1, claims: 4, last: "2031-07-01" });
    expect(json.conflicts.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(["israel-gaza-war", "russia-ukraine-war"]));
    const alone = factmarkJson(["registry", "stats", "--registry", veridia, "--format", "json"]);
    expect(alone.json.conflicts).toEqual([{ id: "veridian-coastal-war", name: "the Veridian coastal war", start: "2031-03-01", series: 1, claims: 4, last: "2031-07-01" }]);
    expect(alone.json.unassigned).toBeUndefined();
    expect(alone.json.series[0]).toMatchObject({ id: "veridia-killed", conflict: "veridian-coastal-war", reports: 3, latest: 2400 });
  });

  it("prints the conflicts table in the stylish report, with the claims of no conflict on their own row", () => {
    const { status, stdout } = factmark(["registry", "stats", "--registry", join(fixtures, "veridia.ndjson"), "--registry", join(fixtures, "registry.json")]);
    expect(status).toBe(0);
    const lines = stdout.split("\n");
    const heading = lines.indexOf("Conflicts (1)");
    expect(heading).toBeGreaterThan(0);
    expect(lines[heading + 1]).toMatch(/^ {2}id +series +claims +last report +dates$/);
    expect(lines[heading + 2]).toMatch(/^ {2}veridian-coastal-war +1 +4 +2031-07-01 +2031-03-01 …$/);
    expect(lines[heading + 3]).toMatch(/^ {2}\(no conflict\) +1 +6$/);
  });

  it("describes the default registry when no file is given", () => {
    const { status, json } = factmarkJson(["registry", "stats", "--format", "json"]);
    expect(status).toBe(0);
    expect(json.registry).toBe("@factmark/dataset-gaza + @factmark/dataset-ukraine");
    expect(json.claims).toBeGreaterThan(100);
    expect(json.series.find((s: { id: string }) => s.id === "gaza-moh-killed")).toMatchObject({ first: expect.any(String), latest: expect.any(Number) });
  });
});
