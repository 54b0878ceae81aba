// Downloads the current upstream datasets into a directory, so that the build can run on them:
//
//   npm run refresh -w @factmark/dataset-gaza -- /tmp/factmark-data
//   FACTMARK_SHARED_DATA=/tmp/factmark-data npm run build -w @factmark/dataset-gaza
//
// The directory comes from the first argument or FACTMARK_REFRESH_DIR (never the shared snapshot
// itself, which stays as published). Tech for Palestine's files come from its live API; 360info's
// file is pinned to the snapshot commit (the project stopped updating it in October 2024).
// casualties_daily_revisions.json cannot be downloaded (it is derived from the upstream git
// history); it is copied from the shared data directory when there is one. Nothing is written
// unless every download succeeds. Offline, the first request fails fast with one line.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { OPTIONAL_FILES, resolveDataDir } from "./read-data.mjs";
import { TFP_URLS } from "./sources.mjs";

const DOWNLOADS = {
  "casualties_daily.json": TFP_URLS.casualties,
  "west_bank_daily.json": TFP_URLS.westBank,
  "lebanon_casualties_daily.json": TFP_URLS.lebanon,
  "israel-killed.csv": "https://raw.githubusercontent.com/360-info/report-gaza-1year/b9e42d95a73d24fbdec47f7fd7596a9196f25af6/data/raw/israel-killed.csv",
};
const TIMEOUT_MS = 8_000;

/** @param {string} message */
function fail(message) {
  console.error(`refresh: ${message}`);
  process.exit(1);
}

const target = process.argv[2] ?? process.env.FACTMARK_REFRESH_DIR;
if (!target) fail("no target directory; expected one, for example: npm run refresh -- /tmp/factmark-data (or set FACTMARK_REFRESH_DIR)");
const dir = resolve(/** @type {string} */ (target));
const shared = resolveDataDir();
if (dir === shared) fail(`${dir} is the shared snapshot; expected another directory, for example /tmp/factmark-data`);

/** @type {Record<string, string>} */
const bodies = {};
for (const [file, url] of Object.entries(DOWNLOADS)) {
  /** @type {Response} */
  let response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    fail(`cannot reach ${new URL(url).host} (${reason}); are you offline? Nothing was written.`);
    throw error;
  }
  if (!response.ok) fail(`${url} answered ${response.status} ${response.statusText}; nothing was written.`);
  const text = await response.text();
  if (file.endsWith(".json")) {
    /** @type {unknown} */
    let rows;
    try {
      rows = JSON.parse(text);
    } catch {
      fail(`${url} did not return JSON; nothing was written.`);
    }
    if (!Array.isArray(rows) || rows.length === 0 || typeof rows[0]?.report_date !== "string") {
      fail(`${url} did not return an array of daily rows with report_date; nothing was written.`);
    }
  }
  bodies[file] = text;
}

mkdirSync(dir, { recursive: true });
for (const [file, text] of Object.entries(bodies)) writeFileSync(resolve(dir, file), text);
const revisions = resolve(shared, OPTIONAL_FILES.revisions);
if (existsSync(revisions)) copyFileSync(revisions, resolve(dir, OPTIONAL_FILES.revisions));
// The one place the clock is read: the manifest records when the files were downloaded.
const retrieved = new Date().toISOString().slice(0, 10);
writeFileSync(resolve(dir, OPTIONAL_FILES.snapshot), `${JSON.stringify({ retrieved, files: DOWNLOADS }, null, 2)}\n`);
console.log(`refresh: wrote ${Object.keys(bodies).length} files to ${dir}; build with FACTMARK_SHARED_DATA=${dir} npm run build`);
