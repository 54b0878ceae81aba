import { Registry, type RegistryData, parseRegistry } from "@factmark/core";
import { type LoadedConfig, configRegistryPath } from "./config.js";
import { UsageError, withFile } from "./errors.js";
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

/** The name of the dataset package `loadRegistry` uses when no registry is given. */
export const DEFAULT_DATASET = "gaza";

/** Where the registry comes from: `--registry`, `--dataset` (any number) and the config. */
export interface RegistryChoice {
  /** A registry file (`--registry`), relative to `cwd`. */
  file?: string | undefined;
  /** Dataset package names (`--dataset gaza` loads `@factmark/dataset-gaza`), merged in order. */
  datasets?: readonly string[] | undefined;
}

/**
 * The registry to check against. Without `--dataset`: the `--registry` file, else the config's
 * `registry` (relative to the config file), else `defaultRegistry()` from `@factmark/dataset-gaza`
 * (loaded only then). With `--dataset`: the named dataset packages' registries merged in order (a
 * record with the same id as an earlier one replaces it), then the registry file's records on top.
 * A dataset name that is not installed throws a {@link UsageError} saying which package to install.
 */
export async function loadRegistry(choice: RegistryChoice | string | undefined, config: LoadedConfig | undefined, cwd: string): Promise<LoadedRegistry> {
  const { file, datasets = [] } = typeof choice === "object" ? choice : { file: choice };
  const path = file ?? (config ? configRegistryPath(config, cwd) : undefined);
  if (datasets.length === 0) {
    if (path !== undefined) {
      const data = readRegistryFile(path, cwd);
      return { registry: withFile(path, () => Registry.from(data)), label: path };
    }
    return loadDataset(DEFAULT_DATASET);
  }
  let loaded = await loadDataset(datasets[0]!);
  for (const name of datasets.slice(1)) loaded = mergeRegistries(loaded, await loadDataset(name));
  if (path === undefined) return loaded;
  const data = readRegistryFile(path, cwd);
  const registry = withFile(path, () => loaded.registry.with({ sources: data.sources, actors: data.actors, series: data.series, claims: data.claims }));
  return { registry, label: `${loaded.label} + ${path}`, ...(loaded.attribution ? { attribution: loaded.attribution } : {}) };
}

/** What a dataset package exports: its registry, and the credit line its data asks for. */
interface DatasetModule {
  defaultRegistry(): Registry;
  DATASET_INFO?: { attribution?: string };
}

/**
 * The registry of the dataset package `@factmark/dataset-<name>`. Imported only when needed: a
 * default registry is a few megabytes of claims.
 */
async function loadDataset(name: string): Promise<LoadedRegistry> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new UsageError(`--dataset "${name}" is not a dataset name; expected the part after @factmark/dataset-, for example --dataset ${DEFAULT_DATASET}`);
  const label = `@factmark/dataset-${name}`;
  let module: DatasetModule;
  try {
    // The default dataset is named in full so bundlers and npm see the dependency.
    module = (name === DEFAULT_DATASET ? await import("@factmark/dataset-gaza") : await import(/* @vite-ignore */ label)) as DatasetModule;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_MODULE_NOT_FOUND" && String((error as Error).message).includes(label)) {
      throw new UsageError(`--dataset "${name}": ${label} is not installed; install it (npm install ${label}) or pick an installed dataset, for example --dataset ${DEFAULT_DATASET}`);
    }
    throw error;
  }
  if (typeof module.defaultRegistry !== "function") throw new UsageError(`--dataset "${name}": ${label} does not export defaultRegistry(); it is not a factmark dataset package`);
  const attribution = module.DATASET_INFO?.attribution;
  return { registry: module.defaultRegistry(), label, ...(attribution ? { attribution } : {}) };
}

function mergeRegistries(base: LoadedRegistry, next: LoadedRegistry): LoadedRegistry {
  const data = next.registry.toData();
  const registry = base.registry.with({ sources: data.sources, actors: data.actors, series: data.series, claims: data.claims });
  const attribution = [base.attribution, next.attribution].filter(Boolean).join("; ");
  return { registry, label: `${base.label} + ${next.label}`, ...(attribution ? { attribution } : {}) };
}
