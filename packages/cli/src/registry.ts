import { type CompactRegistryData, FactmarkError, Registry, type RegistryData, expandRegistryData, parseRegistry } from "@factmark/core/lazy";
import { type LoadedConfig, configRegistryPaths } from "./config.js";
import type { OptionSpec } from "./args.js";
import { UsageError } from "./errors.js";
import { withFile } from "./with-file.js";
import { readTextFile } from "./inputs.js";

/** The options of the commands that take registries: `--registry` (any number of times) and `--prefer-last`. */
export const REGISTRY_OPTIONS = {
  registry: { type: "string", multiple: true },
  dataset: { type: "string", multiple: true },
  "prefer-last": { type: "boolean" },
} as const satisfies OptionSpec;

/** The name of the first dataset package the default registry merges (`--dataset gaza`), given as the example in messages. */
export const DEFAULT_DATASET = "gaza";

/**
 * The `--registry` value (and config `registry` entry) that stands for the default registry:
 * `@factmark/dataset-gaza` and `@factmark/dataset-ukraine`, merged.
 */
export const DEFAULT_REGISTRY = "default";

/** The Gaza package name, accepted as a `--registry` value too: that dataset alone. */
const DEFAULT_PACKAGE = "@factmark/dataset-gaza";

/** The dataset packages the default registry merges, in order. */
const DEFAULT_PACKAGES = ["@factmark/dataset-gaza", "@factmark/dataset-ukraine"] as const;

/** The registry a command runs against, with a label for reports ("@factmark/dataset-gaza + @factmark/dataset-ukraine", a file's path, or several joined with " + "). */
export interface LoadedRegistry {
  registry: Registry;
  /** The default registry's packages joined with " + ", a file's path as given, or the labels of the merged registries joined with " + ". */
  label: string;
  /** The credit line the default registry's data asks for, when the registry holds it. */
  attribution?: string;
}

/** Options of {@link loadRegistry}. */
export interface LoadRegistryOptions {
  /** Let a later registry's record win over an earlier one with the same id and other content (`--prefer-last`), instead of stopping with the ids in conflict. */
  preferLast?: boolean;
  /**
   * Dataset package names (`--dataset gaza` is `@factmark/dataset-gaza`), merged in order before
   * the registry files. Each value may list several, separated by commas (`gaza,ukraine`).
   */
  datasets?: readonly string[] | undefined;
}

/**
 * The dataset names the `--dataset` values give, in order: each value is one name or several
 * separated by commas (`--dataset gaza,ukraine` is `--dataset gaza --dataset ukraine`). A name
 * given twice is loaded once. An empty name (`--dataset gaza,`) is a `UsageError`.
 */
export function datasetNames(values: readonly string[]): string[] {
  const names: string[] = [];
  for (const value of values) {
    for (const part of value.split(",")) {
      const name = part.trim();
      if (name === "") throw new UsageError(`--dataset "${value}" has an empty name; expected dataset names separated by commas, for example --dataset gaza,ukraine`);
      if (!names.includes(name)) names.push(name);
    }
  }
  return names;
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
 * The registry to check against, from the first of: the `--registry` values, the config's
 * `registry` (a path or a list of paths, relative to the config file), the default registry.
 * Each value is a registry file, `default` (the `@factmark/dataset-gaza` and
 * `@factmark/dataset-ukraine` registries merged, loaded only when named or when nothing else is)
 * or `@factmark/dataset-gaza` (that dataset alone). One value replaces the default; several are
 * merged in order with core's `Registry.merge`, so `--registry default --registry newsroom.ndjson` is the
 * default registry with the newsroom's records added. Ids that two of them define differently
 * stop the command (a `FactmarkError` with code `registry-conflict` naming the files), unless
 * `options.preferLast` lets the later one win.
 */
export async function loadRegistry(flags: string | readonly string[] | undefined, config: LoadedConfig | undefined, cwd: string, options: LoadRegistryOptions = {}): Promise<LoadedRegistry> {
  const given = typeof flags === "string" ? [flags] : flags?.length ? flags : undefined;
  const datasets = datasetNames(options.datasets ?? []);
  const names = given ?? (config ? configRegistryPaths(config, cwd) : undefined) ?? (datasets.length > 0 ? [] : [DEFAULT_REGISTRY]);
  const inputs: { label: string; registry?: Registry; data?: RegistryData }[] = [];
  let attribution: string | undefined;
  for (const name of datasets) {
    const loaded = await loadDataset(name);
    inputs.push({ label: loaded.label, registry: loaded.registry });
    if (loaded.attribution) attribution = attribution ? `${attribution}; ${loaded.attribution}` : loaded.attribution;
  }
  for (const name of names) {
    if (name === DEFAULT_REGISTRY) {
      // Imported only when needed: the default registry is a few megabytes of claims.
      const [gaza, ukraine] = await Promise.all([import("@factmark/dataset-gaza/data"), import("@factmark/dataset-ukraine/data")]);
      // Merged from their data (validated when each package was built), so no registry of either is built on the way.
      inputs.push({ label: DEFAULT_PACKAGES.join(" + "), registry: Registry.merge([dataOf(gaza, DEFAULT_PACKAGES[0]), dataOf(ukraine, DEFAULT_PACKAGES[1])], { trusted: true }) });
      attribution = `${gaza.DATASET_INFO.attribution}; ${ukraine.DATASET_INFO.attribution}`;
    } else if (name === DEFAULT_PACKAGE) {
      const gaza = await import("@factmark/dataset-gaza/data");
      inputs.push({ label: DEFAULT_PACKAGE, registry: Registry.from(dataOf(gaza, DEFAULT_PACKAGE), { trusted: true }) });
      attribution = gaza.DATASET_INFO.attribution;
    } else {
      inputs.push({ label: name, data: readRegistryFile(name, cwd) });
    }
  }
  const label = inputs.map((input) => input.label).join(" + ");
  const result = (registry: Registry): LoadedRegistry => ({ registry, label, ...(attribution ? { attribution } : {}) });
  if (inputs.length === 1) {
    const [only] = inputs;
    return result(only!.registry ?? withFile(only!.label, () => Registry.from(only!.data!)));
  }
  try {
    return result(Registry.merge(inputs.map((input) => input.registry ?? input.data!), options.preferLast ? { prefer: "last" } : {}));
  } catch (error) {
    throw error instanceof FactmarkError && error.code === "registry-conflict" ? conflictError(error, inputs.map((input) => input.label)) : error;
  }
}

/** A registry conflict told in the files' names rather than input numbers, with the way out. */
function conflictError(error: FactmarkError, labels: readonly string[]): FactmarkError {
  const conflicts = (error.issues ?? []).map((issue) => {
    const [, again, collection] = issue.path as [string, number, string];
    const first = /input (\d+)/.exec(issue.message)?.[1];
    const what = collection === "series" ? "series" : collection.slice(0, -1);
    return `${what} "${String(issue.input)}" (${first === undefined ? "?" : labels[Number(first)]} and ${labels[again]})`;
  });
  const shown = conflicts.length > 10 ? `${conflicts.slice(0, 10).join(", ")} and ${conflicts.length - 10} more` : conflicts.join(", ");
  return new FactmarkError(
    "registry-conflict",
    `the registries define ${conflicts.length} id${conflicts.length === 1 ? "" : "s"} differently: ${shown}; expected each id to mean one record. ` +
      `Give your records ids of their own, or pass --prefer-last to let the later --registry win`,
    { cause: error },
  );
}

/**
 * Runs `work` (a check against the registry labelled `label`), naming the registry rather than
 * the story in the `empty-registry` error core's check throws for a registry with nothing to
 * judge a story by.
 */
export function namingRegistry<T>(label: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof FactmarkError && error.code === "empty-registry" && error.location?.file === undefined) {
      throw new FactmarkError(error.code, error.message, { location: { file: label }, cause: error });
    }
    throw error;
  }
}

/** What a dataset package exports: its registry, and the credit line its data asks for. */
interface DatasetModule {
  defaultRegistry(): Registry | { toData(): RegistryData };
  DATASET_INFO?: { attribution?: string };
}

/** What a dataset package's `/data` entry exports: its registry data as core's compact JSON text, and its description. */
interface DatasetData {
  COMPACT_REGISTRY_JSON: string;
  DATASET_INFO?: { attribution?: string };
}

/**
 * The registry data of a dataset's `/data` entry, expanded by this command's own core. The data
 * was validated when the package was built. The command carries its own copy of core (see
 * tsup.config.ts) and reads the installed dataset's data rather than its registry, which the
 * dataset builds with the @factmark/core it depends on.
 */
function dataOf(entry: DatasetData, label: string): RegistryData {
  return withFile(label, () => expandRegistryData(JSON.parse(entry.COMPACT_REGISTRY_JSON) as CompactRegistryData));
}

/**
 * A dataset package's registry as one of this command's own. A dataset with no `/data` entry
 * builds its registry with the @factmark/core it depends on, whose `Registry` is another class,
 * perhaps of another version: its data is read again, and checked, by this copy.
 */
function ownRegistry(registry: ReturnType<DatasetModule["defaultRegistry"]>, label: string): Registry {
  if (registry instanceof Registry) return registry;
  if (typeof registry?.toData !== "function") throw new UsageError(`--dataset: ${label}'s defaultRegistry() did not return a registry; it is not a factmark dataset package`);
  return withFile(label, () => Registry.from(registry.toData()));
}

/** Whether `error` says that `label`, or its `/data` entry, is not there to import. */
function notFound(error: unknown, label: string): boolean {
  const code = (error as { code?: string }).code;
  return (code === "ERR_MODULE_NOT_FOUND" || code === "ERR_PACKAGE_PATH_NOT_EXPORTED") && String((error as Error).message).includes(label);
}

/**
 * The registry of the dataset package `@factmark/dataset-<name>`: from its `/data` entry when it
 * has one, else from its `defaultRegistry()`. Imported only when needed: a default registry is a
 * few megabytes of claims.
 */
async function loadDataset(name: string): Promise<LoadedRegistry> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new UsageError(`--dataset "${name}" is not a dataset name; expected the part after @factmark/dataset-, for example --dataset ${DEFAULT_DATASET}`);
  const label = `@factmark/dataset-${name}`;
  const loaded = (registry: Registry, attribution: string | undefined): LoadedRegistry => ({ registry, label, ...(attribution ? { attribution } : {}) });
  let data: DatasetData | undefined;
  try {
    // The default datasets are named in full so bundlers and npm see the dependency.
    data = (
      name === DEFAULT_DATASET ? await import("@factmark/dataset-gaza/data") : name === "ukraine" ? await import("@factmark/dataset-ukraine/data") : await import(/* @vite-ignore */ `${label}/data`)
    ) as DatasetData;
  } catch (error) {
    if (!notFound(error, label)) throw error;
  }
  if (typeof data?.COMPACT_REGISTRY_JSON === "string") return loaded(Registry.from(dataOf(data, label), { trusted: true }), data.DATASET_INFO?.attribution);
  let module: DatasetModule;
  try {
    module = (await import(/* @vite-ignore */ label)) as DatasetModule;
  } catch (error) {
    if (notFound(error, label)) {
      throw new UsageError(`--dataset "${name}": ${label} is not installed; install it (npm install ${label}) or pick an installed dataset, for example --dataset ${DEFAULT_DATASET}`);
    }
    throw error;
  }
  if (typeof module.defaultRegistry !== "function") throw new UsageError(`--dataset "${name}": ${label} does not export defaultRegistry(); it is not a factmark dataset package`);
  return loaded(ownRegistry(module.defaultRegistry(), label), module.DATASET_INFO?.attribution);
}
