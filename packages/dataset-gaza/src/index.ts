import { type CompactRegistryData, Registry, type RegistryData, expandRegistryData } from "@factmark/core";

// Replaced at build time (tsup.config.ts) with the registry built by scripts/build-data.mjs:
// its compact JSON text as one string literal (parsed on first use, much faster than an object
// literal) and the dataset description as an object.
declare const __FACTMARK_REGISTRY_JSON__: string;
declare const __FACTMARK_DATASET_INFO__: DatasetInfo;

/** One snapshot of upstream data the registry was built from. */
export interface DatasetSnapshot {
  /** `tfp` (Tech for Palestine), `tfp-revisions` (corrections derived from its history) or `360info`. */
  id: string;
  name: string;
  /** The upstream repository. */
  repository: string;
  /** The upstream commit; absent when the files were downloaded from the live API (`npm run refresh`). */
  commit?: string;
  /** The date of that commit, `YYYY-MM-DD`. */
  date?: string;
  /** The download date, `YYYY-MM-DD`, when the files came from the live API. */
  retrieved?: string;
  /** The URLs the files were downloaded from, by file name, when they came from the live API. */
  urls?: Record<string, string>;
  /** The licence of the data and what it asks of users. */
  licence: string;
  /** The upstream files read. */
  files: string[];
}

/** What the default registry was built from and how to credit it. */
export interface DatasetInfo {
  name: string;
  /** The registry's date, `YYYY-MM-DD`: the last report date in the data (not the build's clock). */
  date: string;
  /** The credit line to print wherever the figures are shown. */
  attribution: string;
  snapshots: DatasetSnapshot[];
  /** How many records of each kind the registry holds. */
  counts: { sources: number; actors: number; series: number; claims: number };
}

/**
 * What the default registry was built from: the upstream snapshots (repository, commit, date),
 * their licences, the attribution to print ("Tech for Palestine, data.techforpalestine.org;
 * 360info (CC BY 4.0) …") and the registry's date, which is the last report date in the data.
 */
export const DATASET_INFO: DatasetInfo = __FACTMARK_DATASET_INFO__;

let data: RegistryData | undefined;
let registry: Registry | undefined;

/**
 * The default registry's data: sources, actors, series and claims, already parsed with
 * `RegistryData` (defaults applied), equal to `@factmark/dataset-gaza/registry.json`. Built on the
 * first call (a few milliseconds for about 7,000 claims), so importing the package costs little
 * until it is needed; later calls return the same object, which callers must not mutate.
 *
 * @example
 * const data = loadDefaultRegistryData();
 * data.claims.find((claim) => claim.id === "gaza-moh-killed:2024-05-04"); // 34,654 killed
 */
export function loadDefaultRegistryData(): RegistryData {
  data ??= expandRegistryData(JSON.parse(__FACTMARK_REGISTRY_JSON__) as CompactRegistryData);
  return data;
}

/**
 * The default registry factmark checks stories against: Gaza (Ministry of Health), West Bank
 * (OCHA) and Lebanon (Ministry of Public Health) casualty series, Israeli soldiers killed in
 * Gaza, and the phases, positions, events and famine classifications around the May 2024 Cairo
 * talks. Built on the first call (trusted: the data was validated when the package was built)
 * and memoised.
 *
 * @example
 * defaultRegistry().valueAt("gaza-moh-killed", "2024-05-04")?.quantity.value; // 34654
 */
export function defaultRegistry(): Registry {
  registry ??= Registry.from(loadDefaultRegistryData(), { trusted: true });
  return registry;
}
