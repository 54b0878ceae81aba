// Finds and reads the shared data directory. The only module of the build that touches the disk
// for input; the transform itself is pure (see transform.mjs).
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The files the build needs, and the optional ones it uses when present. */
export const DATA_FILES = {
  casualties: "casualties_daily.json",
  westBank: "west_bank_daily.json",
  lebanon: "lebanon_casualties_daily.json",
  israelKilledCsv: "israel-killed.csv",
};
export const OPTIONAL_FILES = { revisions: "casualties_daily_revisions.json", snapshot: "snapshot.json" };

/** The repository root: this file is <root>/packages/dataset-gaza/scripts/read-data.mjs. */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/**
 * The shared data directory: `FACTMARK_SHARED_DATA` when set (relative to the working
 * directory), otherwise `<repo root>/../shared/data`, where CI clones it beside the repository.
 *
 * @param {Record<string, string | undefined>} [env]
 * @returns {string}
 */
export function resolveDataDir(env = process.env) {
  const fromEnv = env.FACTMARK_SHARED_DATA;
  return fromEnv ? resolve(fromEnv) : resolve(REPO_ROOT, "..", "shared", "data");
}

/**
 * Reads the shared data files from `dir`. Throws one clear message naming the missing file and
 * how to point the build elsewhere.
 *
 * @param {string} dir
 * @returns {import("./transform.mjs").SharedData & { snapshot?: import("./dataset-info.mjs").RefreshManifest }}
 */
export function readSharedData(dir) {
  for (const file of Object.values(DATA_FILES)) {
    if (!existsSync(resolve(dir, file))) {
      throw new Error(
        `no ${file} in ${dir}; expected the shared data directory (shared/data beside the repository). ` +
          `Set FACTMARK_SHARED_DATA to it, for example FACTMARK_SHARED_DATA=../shared/data npm run build, or fetch a copy with npm run refresh -- <dir>.`,
      );
    }
  }
  /** @param {string} file */
  const json = (file) => {
    const path = resolve(dir, file);
    try {
      return JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      throw new Error(`${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  };
  const has = (/** @type {string} */ file) => existsSync(resolve(dir, file));
  return {
    casualties: json(DATA_FILES.casualties),
    westBank: json(DATA_FILES.westBank),
    lebanon: json(DATA_FILES.lebanon),
    israelKilledCsv: readFileSync(resolve(dir, DATA_FILES.israelKilledCsv), "utf8"),
    ...(has(OPTIONAL_FILES.revisions) ? { revisions: json(OPTIONAL_FILES.revisions) } : {}),
    ...(has(OPTIONAL_FILES.snapshot) ? { snapshot: json(OPTIONAL_FILES.snapshot) } : {}),
  };
}
