import { Registry, type RegistryData, parseRegistry } from "@factmark/core";
import { type LoadedConfig, configRegistryPath } from "./config.js";
import { withFile } from "./errors.js";
import { readTextFile } from "./inputs.js";

/** The registry a command runs against, with a label for reports ("default", or the file's path). */
export interface LoadedRegistry {
  registry: Registry;
  /** "@factmark/dataset-gaza" for the default registry, else the file's path as given. */
  label: string;
  /** The credit line the default registry's data asks for; absent for a registry file. */
  attribution?: string;
}

/**
 * Reads registry data from a JSON, NDJSON (`.ndjson`, `.jsonl`) or CSV file with core's
 * `parseRegistry`, the format taken from the extension. Parse errors are core's
 * `FactmarkError`s, naming the file, line and column.
 */
export function readRegistryFile(path: string, cwd: string): RegistryData {
  const text = readTextFile(path, cwd);
  return withFile(path, () => parseRegistry(text, { file: path }));
}

/**
 * The registry to check against: the `--registry` file, else the config's `registry` (relative to
 * the config file), else `defaultRegistry()` from `@factmark/dataset-gaza` (loaded only then).
 */
export async function loadRegistry(flag: string | undefined, config: LoadedConfig | undefined, cwd: string): Promise<LoadedRegistry> {
  const path = flag ?? (config ? configRegistryPath(config, cwd) : undefined);
  if (path !== undefined) {
    const data = readRegistryFile(path, cwd);
    return { registry: withFile(path, () => Registry.from(data)), label: path };
  }
  // Imported only when needed: the default registry is a few megabytes of claims.
  const { defaultRegistry, DATASET_INFO } = await import("@factmark/dataset-gaza");
  return { registry: defaultRegistry(), label: "@factmark/dataset-gaza", attribution: DATASET_INFO.attribution };
}
