import { Registry } from "@factmark/core";
import { DATASET_INFO as GAZA, defaultRegistry as gazaRegistry } from "@factmark/dataset-gaza";
import { DATASET_INFO as UKRAINE, defaultRegistry as ukraineRegistry } from "@factmark/dataset-ukraine";

// The one place the editor names its bundled registry. main.ts loads this module on demand, so
// the registry's data is a chunk of its own, fetched only when no newsroom service provides the
// registry (and, for the attribution, after the first findings when one does).

let merged: Registry | undefined;

/** The registry bundled with the editor: the default datasets, Gaza and Ukraine, merged as the CLI and the service merge them. */
export function bundledRegistry(): Registry {
  merged ??= Registry.merge([gazaRegistry(), ukraineRegistry()]);
  return merged;
}

/** The bundled datasets' date (YYYY-MM-DD, the later of the two) and the attributions their licences ask for. */
export const bundledInfo: { date: string; attribution: string } = {
  date: GAZA.date > UKRAINE.date ? GAZA.date : UKRAINE.date,
  attribution: `${GAZA.attribution} ${UKRAINE.attribution}`,
};
