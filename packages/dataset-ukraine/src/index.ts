import { type CompactRegistryData, Registry, type RegistryData, expandRegistryData } from "@factmark/core";

// Replaced at build time (tsup.config.ts) with the registry built by scripts/build-data.mjs:
// its compact JSON text as one string literal (parsed on first use) and the dataset description
// as an object.
declare const __FACTMARK_REGISTRY_JSON__: string;
declare const __FACTMARK_DATASET_INFO__: DatasetInfo;

/** One snapshot of the data the registry was built from. */
export interface DatasetSnapshot {
  /** `piv` (the General Staff's figures), `reliefweb` (the UN's feed) or `pages` (UN figures transcribed from public pages). */
  id: string;
  name: string;
  /** The upstream repository, when the data comes from one. */
  repository?: string;
  /** The upstream commit read. */
  commit?: string;
  /** The date of that commit, `YYYY-MM-DD`. */
  date?: string;
  /** The licence of the data and what it asks of users. */
  licence: string;
  /** The files read. */
  files: string[];
}

/** What the registry was built from and how to credit it. */
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
 * What the Ukraine registry was built from: the snapshots (repository, commit, date), their
 * licences, the attribution to print and the registry's date, which is the last report date in
 * the data.
 */
export const DATASET_INFO: DatasetInfo = __FACTMARK_DATASET_INFO__;

let data: RegistryData | undefined;
let registry: Registry | undefined;

/**
 * The Ukraine registry's data: sources, actors, places, conflicts, series and claims, already
 * parsed with `RegistryData` (defaults applied), equal to `@factmark/dataset-ukraine/registry.json`.
 * Built on the first call; later calls return the same object, which callers must not mutate.
 *
 * @example
 * const data = loadDefaultRegistryData();
 * data.claims.find((claim) => claim.id === "ohchr-ukraine-civilians-killed:2024-10-31"); // 12,162 killed
 */
export function loadDefaultRegistryData(): RegistryData {
  data ??= expandRegistryData(JSON.parse(__FACTMARK_REGISTRY_JSON__) as CompactRegistryData);
  return data;
}

/**
 * The Ukraine registry: the UN's verified civilian deaths and injuries in Ukraine since
 * 24 February 2022, UNHCR's refugees from Ukraine recorded in Europe, the Russian personnel
 * losses Ukraine's General Staff claims (a party's figure, unverified), and the proposals,
 * positions and events of the 2025 truce talks. Named like every dataset package's, so that
 * `factmark check --dataset ukraine` finds it; merge it with another dataset with core's
 * `Registry.merge`. Built on the first call (trusted: the data was validated when the package
 * was built) and memoised.
 *
 * @example
 * import { defaultRegistry as ukraineRegistry } from "@factmark/dataset-ukraine";
 * ukraineRegistry().valueAt("ohchr-ukraine-civilians-killed", "2024-11-01")?.quantity.value; // 12162
 */
export function defaultRegistry(): Registry {
  registry ??= Registry.from(loadDefaultRegistryData(), { trusted: true });
  return registry;
}
