// What the Ukraine registry was built from: snapshot commits, licences and attribution.

/**
 * The snapshots in shared/data/ukraine (see its README): repositories, commits and licences.
 * @type {import("../src/index.js").DatasetSnapshot[]}
 */
export const SNAPSHOTS = [
  {
    id: "piv",
    name: "Petro Ivaniuk, 2022-Ukraine-Russia-War-Dataset: Russian personnel losses as Ukraine's General Staff reports them",
    repository: "https://github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset",
    commit: "37655f8bbdd6806d2f94416253116b02a750c97b",
    date: "2026-08-08",
    licence: "MIT (Copyright (c) 2022 Petro Ivaniuk): the copyright and permission notice travel with every copy; the package README carries them",
    files: ["data/russia_losses_personnel.json"],
  },
  {
    id: "reliefweb",
    name: "ReliefWeb Crisis Figures: OHCHR civilian casualties and UNHCR refugees in Europe for Ukraine, every value in the feed's history",
    repository: "https://github.com/reliefweb/crisis-app-data",
    commit: "73ab8334ba7a6d54dd1f94f6830e2f6f0c7f865f",
    date: "2024-02-16",
    licence: "No licence stated; only the figures (date, number, link to the OHCHR or UNHCR release) were taken. Cite as \"OHCHR (HRMMU) / UNHCR, via ReliefWeb Crisis Figures\"",
    files: ["edition/world/countries/UKR/figures.json"],
  },
  {
    id: "pages",
    name: "UN civilian casualty figures from February 2024 to January 2026, transcribed from public UN and news pages (number, date and URL only)",
    licence: "Facts (numbers and dates) with the URL of each page; no text copied",
    files: ["un_civilian_harm_and_refugees_DERIVED.csv", "talks.md"],
  },
];

/**
 * The dataset description shipped as `DATASET_INFO`. `date` is the registry's date (the last
 * report date in the data, never the clock).
 *
 * @param {{ date: string; counts: { sources: number; actors: number; series: number; claims: number } }} input
 * @returns {import("../src/index.js").DatasetInfo}
 */
export function buildDatasetInfo({ date, counts }) {
  return {
    name: "factmark Ukraine registry: Russia's war in Ukraine",
    date,
    attribution:
      "OHCHR (HRMMU) / UNHCR, via ReliefWeb Crisis Figures and UN pages; Russian losses as claimed by Ukraine's General Staff, via Petro Ivaniuk's 2022-Ukraine-Russia-War-Dataset (MIT)",
    snapshots: SNAPSHOTS,
    counts,
  };
}
