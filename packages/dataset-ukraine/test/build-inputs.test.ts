import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildDatasetInfo } from "../scripts/dataset-info.mjs";
import { REPO_ROOT, readUkraineData, resolveDataDir } from "../scripts/read-data.mjs";

const empty = mkdtempSync(join(tmpdir(), "factmark-ukraine-"));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

describe("finding the Ukraine data", () => {
  it("looks beside the repository unless the environment says otherwise", () => {
    expect(resolveDataDir({})).toBe(resolve(REPO_ROOT, "../shared/data/ukraine"));
    expect(resolveDataDir({ FACTMARK_SHARED_DATA: empty })).toBe(join(empty, "ukraine"));
    expect(resolveDataDir({ FACTMARK_SHARED_DATA: "/elsewhere", FACTMARK_SHARED_DATA_UKRAINE: empty })).toBe(empty);
  });

  it("names the missing file and how to point the build elsewhere", () => {
    expect(() => readUkraineData(empty)).toThrow(/no russia_losses_personnel\.json in .*FACTMARK_SHARED_DATA_UKRAINE/);
  });
});

describe("the dataset description", () => {
  it("names the snapshot commits and the MIT notice the General Staff file asks for", () => {
    const info = buildDatasetInfo({ date: "2026-08-08", counts: { sources: 1, actors: 1, series: 1, claims: 1 } });
    expect(info.snapshots.map((snapshot) => [snapshot.id, snapshot.commit])).toEqual([
      ["piv", "37655f8bbdd6806d2f94416253116b02a750c97b"],
      ["reliefweb", "73ab8334ba7a6d54dd1f94f6830e2f6f0c7f865f"],
      ["pages", undefined],
    ]);
    expect(info.snapshots[0]?.licence).toMatch(/^MIT \(Copyright \(c\) 2022 Petro Ivaniuk\)/);
    expect(info.attribution).toContain("as claimed by Ukraine's General Staff");
  });
});
