import type { Registry } from "@factmark/core";
import { DATASET_INFO, defaultRegistry } from "@factmark/dataset-gaza";

// The one place the editor names its bundled registry. main.ts loads this module on demand, so
// the registry's data is a chunk of its own, fetched only when no newsroom service provides the
// registry (and, for the attribution, after the first findings when one does).

/** The registry bundled with the editor. */
export function bundledRegistry(): Registry {
  return defaultRegistry();
}

/** The bundled dataset's date (YYYY-MM-DD) and the attribution its licence asks for. */
export const bundledInfo: { date: string; attribution: string } = DATASET_INFO;
