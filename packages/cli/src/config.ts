import { existsSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { type Config, parseConfig } from "@factmark/core/lazy";
import { UsageError } from "./errors.js";
import { readTextFile } from "./inputs.js";

/** The name of the config file looked for in the working directory. */
export const CONFIG_FILE = "factmark.config.json";

/** A config file as read: its settings, the path as reported, and its folder (its `registry` path is relative to it). */
export interface LoadedConfig {
  config: Config;
  path: string;
  dir: string;
}

/**
 * Reads the config: the file given with `--config`, else `factmark.config.json` in `cwd` when there
 * is one, else none. Malformed JSON throws a {@link UsageError} with `file:line:column`; settings
 * that fail core's `Config` schema throw its `FactmarkError` (code `invalid-config`).
 */
export function loadConfig(flag: string | undefined, cwd: string): LoadedConfig | undefined {
  const path = flag ?? (existsSync(resolve(cwd, CONFIG_FILE)) ? CONFIG_FILE : undefined);
  if (path === undefined) return undefined;
  const text = readTextFile(path, cwd);
  const config = parseConfig(parseJsonText(text, path), path);
  return { config, path, dir: dirname(resolve(cwd, path)) };
}

/**
 * The config's registries (`registry`: one path or a list) as they should be read and shown: each
 * path resolved against the config's folder and shown relative to `cwd` when inside it; the name
 * `default` (the default registry) kept as it is. Undefined when the config names none.
 */
export function configRegistryPaths(loaded: LoadedConfig, cwd: string): string[] | undefined {
  const registry = loaded.config.registry;
  if (registry === undefined) return undefined;
  return (typeof registry === "string" ? [registry] : registry).map((entry) => {
    if (entry === "default" || entry === "@factmark/dataset-gaza") return entry;
    const absolute = resolve(loaded.dir, entry);
    const shown = relative(cwd, absolute);
    return shown.startsWith("..") ? absolute : shown;
  });
}

/** Parses JSON text, or throws a {@link UsageError} naming `file:line:column` of the syntax error. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const message = (error as Error).message;
    const position = Number(/at position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    let where = file;
    if (Number.isFinite(position)) {
      const before = text.replace(/^\uFEFF/, "").slice(0, position).split(/\r\n|\r|\n/);
      where += `:${before.length}:${before[before.length - 1]!.length + 1}`;
    }
    if (text.trim() === "") throw new UsageError(`${file}: empty file; expected a JSON object, for example {"rules": {"unsourced-figure": "off"}}`);
    throw new UsageError(`${where}: malformed JSON: ${message.split("\n")[0]!.replace(/ in JSON at position \d+.*$/, "")}`);
  }
}
