import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildDatasetInfo } from "../scripts/dataset-info.mjs";
import { REPO_ROOT, readSharedData, resolveDataDir } from "../scripts/read-data.mjs";

const empty = mkdtempSync(join(tmpdir(), "factmark-data-"));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

describe("finding the shared data", () => {
  it("looks beside the repository unless FACTMARK_SHARED_DATA says otherwise", () => {
    expect(resolveDataDir({})).toBe(resolve(REPO_ROOT, "../shared/data"));
    expect(resolveDataDir({ FACTMARK_SHARED_DATA: empty })).toBe(empty);
  });

  it("names the missing file and how to point the build elsewhere", () => {
    expect(() => readSharedData(empty)).toThrow(/no casualties_daily\.json in .*FACTMARK_SHARED_DATA/);
  });
});

describe("the dataset description", () => {
  const counts = { sources: 1, actors: 1, series: 1, claims: 1 };

  it("names the snapshot commits of the shared data", () => {
    const info = buildDatasetInfo({ date: "2026-08-22", counts, revisions: true });
    expect(info.snapshots.map((snapshot) => [snapshot.id, snapshot.commit])).toEqual([
      ["tfp", "9ea6456f4437dac6f04e22eaab85b0ec88601179"],
      ["tfp-revisions", "9ea6456f4437dac6f04e22eaab85b0ec88601179"],
      ["360info", "b9e42d95a73d24fbdec47f7fd7596a9196f25af6"],
    ]);
  });

  it("gives the download date instead of a commit after a refresh, and no corrections without the revisions file", () => {
    const refresh = { retrieved: "2026-09-01", files: { "casualties_daily.json": "https://data.techforpalestine.org/api/v2/casualties_daily.json" } };
    const info = buildDatasetInfo({ date: "2026-08-31", counts, refresh, revisions: false });
    const tfp = info.snapshots.find((snapshot) => snapshot.id === "tfp");
    expect(tfp).toMatchObject({ retrieved: "2026-09-01", urls: refresh.files });
    expect(tfp).not.toHaveProperty("commit");
    expect(info.snapshots.map((snapshot) => snapshot.id)).toEqual(["tfp", "360info"]);
  });
});
