import { type CompactRegistryData, Registry, type RegistryData, expandRegistryData } from "@factmark/core";
import { COMPACT_REGISTRY_JSON, DATASET_INFO } from "./data.js";

export { DATASET_INFO };
export type { DatasetInfo, DatasetSnapshot } from "./data.js";

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
  data ??= expandRegistryData(JSON.parse(COMPACT_REGISTRY_JSON) as CompactRegistryData);
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
