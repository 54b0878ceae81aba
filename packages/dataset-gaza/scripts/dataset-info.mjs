// What the default registry was built from: snapshot commits, licences and attribution.

/**
 * Written by refresh.mjs beside the files it downloads: where they came from and when.
 * @typedef {object} RefreshManifest
 * @property {string} retrieved Date of the download, YYYY-MM-DD.
 * @property {Record<string, string>} files File name to the URL it was downloaded from.
 */

/**
 * The snapshot in shared/data (see its README): repositories and commits.
 * @type {import("../src/index.js").DatasetSnapshot[]}
 */
const SHARED_SNAPSHOTS = [
  {
    id: "tfp",
    name: "Tech for Palestine, palestine-datasets",
    repository: "https://github.com/TechForPalestine/palestine-datasets",
    commit: "9ea6456f4437dac6f04e22eaab85b0ec88601179",
    date: "2026-08-22",
    licence: "Public domain (Unlicense-style dedication); no attribution required, cite as \"Tech for Palestine, data.techforpalestine.org\"",
    files: ["casualties_daily.json", "west_bank_daily.json", "lebanon_casualties_daily.json"],
  },
  {
    id: "tfp-revisions",
    name: "Corrections to casualties_daily.json, derived by replaying its git history (2024-01-15 … 2026-08-22)",
    repository: "https://github.com/TechForPalestine/palestine-datasets",
    commit: "9ea6456f4437dac6f04e22eaab85b0ec88601179",
    date: "2026-08-22",
    licence: "As Tech for Palestine's data",
    files: ["casualties_daily_revisions.json"],
  },
  {
    id: "360info",
    name: "360info, report-gaza-1year",
    repository: "https://github.com/360-info/report-gaza-1year",
    commit: "b9e42d95a73d24fbdec47f7fd7596a9196f25af6",
    date: "2024-10-07",
    licence: "CC BY 4.0: attribute 360info and the data sources (UN OCHA)",
    files: ["data/raw/israel-killed.csv"],
  },
];

/**
 * The dataset description shipped as `DATASET_INFO`. `date` is the registry's date (the last
 * report date in the data, never the clock). After a refresh the TFP files come from the live
 * API, so their snapshot has no commit but the download date.
 *
 * Corrections are listed only when the revisions file was read.
 *
 * @param {{ date: string; counts: { sources: number; actors: number; series: number; claims: number }; refresh?: RefreshManifest; revisions: boolean }} input
 * @returns {import("../src/index.js").DatasetInfo}
 */
export function buildDatasetInfo({ date, counts, refresh, revisions }) {
  const used = SHARED_SNAPSHOTS.filter((snapshot) => revisions || snapshot.id !== "tfp-revisions");
  const snapshots = used.map((snapshot) => {
    if (!refresh || snapshot.id !== "tfp") return snapshot;
    const { commit: _commit, date: _date, ...rest } = snapshot;
    return { ...rest, retrieved: refresh.retrieved, urls: refresh.files };
  });
  return {
    name: "factmark default registry: Gaza, the West Bank and Lebanon",
    date,
    attribution: "Tech for Palestine, data.techforpalestine.org; 360info (CC BY 4.0), with data from UN OCHA",
    snapshots,
    counts,
  };
}
