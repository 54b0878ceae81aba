// The dataset's data, and nothing else: no code, no import of @factmark/core. A program that
// carries its own copy of core (the `factmark` command, see packages/cli/tsup.config.ts) reads the
// registry from here with that copy, and still gets the data of the dataset version installed.
// index.ts builds the registry from the same text.

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

/**
 * The registry's data in core's compact form, as JSON text: `expandRegistryData(JSON.parse(COMPACT_REGISTRY_JSON))`
 * is `loadDefaultRegistryData()`. Read it through `@factmark/dataset-ukraine/data` to build the
 * registry with a copy of @factmark/core of one's own.
 */
export const COMPACT_REGISTRY_JSON: string = __FACTMARK_REGISTRY_JSON__;
