import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** packages/cli. */
export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** The repository root. */
export const repoRoot = resolve(packageDir, "../..");
/** The built bin the tests run, as a user would. */
export const bin = join(packageDir, "dist/bin/bin.js");
/** The committed launcher of the `factmark` command, which long-running tests start as an editor or a terminal would. */
export const launcher = join(packageDir, "bin/factmark.js");
/** Fixture files. */
export const fixtures = join(packageDir, "test/fixtures");
/** The founding article, in shared/ beside the repository (so CI's clone finds it too). */
export const foundingArticle = join(repoRoot, "..", "shared", "fixtures", "cairo-talks-2024-05.md");

/** The result of one run of the bin. */
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `factmark <args>` with Node, from `cwd` (default: packages/cli), feeding `input` to stdin. */
export function factmark(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): Run {
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? packageDir,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the bin and parses its standard output as JSON. */
export function factmarkJson<T = any>(args: string[], options: Parameters<typeof factmark>[1] = {}): { status: number | null; json: T; stderr: string } {
  const run = factmark(args, options);
  let json: T;
  try {
    json = JSON.parse(run.stdout) as T;
  } catch {
    throw new Error(`stdout is not JSON (exit ${run.status}):\n${run.stdout.slice(0, 2000)}\nstderr:\n${run.stderr}`);
  }
  return { status: run.status, json, stderr: run.stderr };
}

/** The 1-based line and UTF-16 column of `offset` in `text`, computed the slow, obvious way. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}
