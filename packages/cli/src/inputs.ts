import { readFileSync, statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { UsageError, describeReadError } from "./errors.js";
import type { CliIo } from "./io.js";

/** The file argument that means standard input. */
export const STDIN_ARG = "-";

/** The name standard input goes by in reports. */
export const STDIN_PATH = "<stdin>";

/** A document to read: its path as reported (as given, or as a glob matched it) and its text. */
export interface InputFile {
  /** The path as the user wrote it or the glob matched it (relative to the working directory), or "<stdin>". */
  path: string;
  /**
   * The text, UTF-8 decoded, without a leading byte order mark (as editors show it) and otherwise
   * untouched: offsets and columns count from the first character after the mark.
   */
  text: string;
  /** True for standard input. */
  stdin: boolean;
}

/**
 * Expands file arguments into the files to read, in order and without repeats: a path to an
 * existing file as is, a glob (`stories/**\/*.md`, matched relative to `io.cwd`, sorted, skipping
 * `node_modules`), or "-" for standard input. Throws a {@link UsageError} for a missing file, a
 * directory, a glob that matches nothing, or no arguments at all.
 */
export async function expandInputs(args: readonly string[], io: Pick<CliIo, "cwd">, example: string): Promise<string[]> {
  if (args.length === 0) throw new UsageError(`no files given; expected files, globs or "-" for standard input, for example "${example}"`);
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (path: string) => {
    const key = path === STDIN_ARG ? path : resolve(io.cwd, path);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(path);
  };
  for (const arg of args) {
    if (arg === STDIN_ARG) {
      add(arg);
      continue;
    }
    const stat = statOf(resolve(io.cwd, arg));
    if (stat?.isDirectory()) throw new UsageError(`"${arg}" is a directory; pass files or a glob, for example "${arg.replace(/\/$/, "")}/**/*.md"`);
    if (stat) {
      add(arg);
      continue;
    }
    // The glob library is loaded only for an argument that names no file: most runs name files.
    const { globSync, isDynamicPattern } = await import("tinyglobby");
    if (!isDynamicPattern(arg)) throw new UsageError(`cannot read "${arg}": no such file`);
    const matches = globSync(arg, { cwd: io.cwd, onlyFiles: true, expandDirectories: false, absolute: isAbsolute(arg), ignore: ["**/node_modules/**"] }).sort();
    if (matches.length === 0) throw new UsageError(`no files match "${arg}"`);
    for (const match of matches) add(match);
  }
  return out;
}

/** Reads the expanded inputs: files as UTF-8 text, "-" from standard input. */
export async function readInputs(paths: readonly string[], io: Pick<CliIo, "cwd" | "readStdin">): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const path of paths) {
    if (path === STDIN_ARG) files.push({ path: STDIN_PATH, text: await io.readStdin(), stdin: true });
    else files.push({ path, text: readTextFile(path, io.cwd), stdin: false });
  }
  return files;
}

/**
 * Reads a UTF-8 text file, `path` resolved against `cwd`. A file that cannot be read throws a
 * {@link UsageError} naming `path` as given: `cannot read "x.md": no such file`.
 */
export function readTextFile(path: string, cwd: string): string {
  try {
    return readFileSync(resolve(cwd, path), "utf8");
  } catch (error) {
    throw new UsageError(`cannot read "${path}": ${describeReadError(error)}`);
  }
}

function statOf(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
