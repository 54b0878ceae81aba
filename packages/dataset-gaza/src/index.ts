import { type CompactRegistryData, Registry, type RegistryData, expandRegistryData } from "@factmark/core";
import { COMPACT_REGISTRY_JSON, DATASET_INFO } from "./data.js";

export { DATASET_INFO };
export type { DatasetInfo, DatasetSnapshot } from "./data.js";

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
  data ??= expandRegistryData(JSON.parse(COMPACT_REGISTRY_JSON) as CompactRegistryData);
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
