// Finds and reads the Ukraine data directory. The only module of the build that touches the disk
// for input; the transform itself is pure (see transform.mjs).
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The files the build needs. */
export const DATA_FILES = {
  personnel: "russia_losses_personnel.json",
  unCsv: "un_civilian_harm_and_refugees_DERIVED.csv",
};

/** The repository root: this file is <root>/packages/dataset-ukraine/scripts/read-data.mjs. */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/**
 * The Ukraine data directory: `FACTMARK_SHARED_DATA_UKRAINE` when set (relative to the working
 * directory), else `ukraine/` inside `FACTMARK_SHARED_DATA` when that is set, otherwise
 * `<repo root>/../shared/data/ukraine`, where CI clones the shared data beside the repository.
 *
 * @param {Record<string, string | undefined>} [env]
 * @returns {string}
 */
export function resolveDataDir(env = process.env) {
  if (env.FACTMARK_SHARED_DATA_UKRAINE) return resolve(env.FACTMARK_SHARED_DATA_UKRAINE);
  if (env.FACTMARK_SHARED_DATA) return resolve(env.FACTMARK_SHARED_DATA, "ukraine");
  return resolve(REPO_ROOT, "..", "shared", "data", "ukraine");
}

/**
 * Reads the data files from `dir`. Throws one clear message naming the missing file and how to
 * point the build elsewhere.
 *
 * @param {string} dir
 * @returns {import("./transform.mjs").UkraineData}
 */
export function readUkraineData(dir) {
  for (const file of Object.values(DATA_FILES)) {
    if (!existsSync(resolve(dir, file))) {
      throw new Error(
        `no ${file} in ${dir}; expected the Ukraine data directory (shared/data/ukraine beside the repository). ` +
          `Set FACTMARK_SHARED_DATA_UKRAINE to it, for example FACTMARK_SHARED_DATA_UKRAINE=../shared/data/ukraine npm run build.`,
      );
    }
  }
  const path = resolve(dir, DATA_FILES.personnel);
  let personnel;
  try {
    personnel = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return { personnel, unCsv: readFileSync(resolve(dir, DATA_FILES.unCsv), "utf8") };
}
