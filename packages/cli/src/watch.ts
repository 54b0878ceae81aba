import { type FSWatcher, type Stats, readFileSync, statSync, watch } from "node:fs";
import { dirname, isAbsolute, resolve, sep } from "node:path";
import { type InputFormat, formatFromPath } from "@factmark/core/lazy";
import { globSync, isDynamicPattern } from "tinyglobby";
import { UsageError, describeError } from "./errors.js";
import { type FindingChanges, diffFindings } from "./finding-changes.js";
import { STDIN_ARG } from "./inputs.js";
import { locateOffsets } from "./location.js";
import type { FileReport } from "./report.js";
import { type StoryCheck, type StoryContext, checkStory } from "./story.js";

/** The story files a folder given to `--watch` stands for. */
export const WATCHED_EXTENSIONS = ["md", "markdown", "mdx", "html", "htm", "txt"] as const;

/** A folder watched for changes, and whether its subfolders are too. */
export interface WatchRoot {
  dir: string;
  recursive: boolean;
}

/** What `--watch` follows: the patterns that list its stories, and the folders whose changes can change them. */
export interface WatchPlan {
  /** Plain paths and globs, relative to the working directory, as the arguments gave them (a folder as a glob of its stories). */
  patterns: string[];
  roots: WatchRoot[];
}

/**
 * Plans what to watch for the file arguments of `check --watch`: a file (its folder is watched, so
 * a file an editor saves by renaming a new copy over it is still seen), a folder (its stories, at
 * any depth: `.md`, `.markdown`, `.mdx`, `.html`, `.htm`, `.txt`) or a glob (its folder up to the
 * first pattern segment, at any depth; the glob may match nothing yet). No arguments is the working
 * directory. Throws a {@link UsageError} for standard input, a missing file, or a glob whose folder
 * does not exist.
 */
export function planWatch(args: readonly string[], cwd: string): WatchPlan {
  const patterns: string[] = [];
  const roots: WatchRoot[] = [];
  for (const arg of args.length > 0 ? args : ["."]) {
    if (arg === STDIN_ARG) throw new UsageError('--watch reads files: standard input ("-") cannot be watched; pass files, folders or globs, for example "factmark check --watch stories/"');
    const stat = statOf(resolve(cwd, arg));
    if (stat?.isDirectory()) {
      // "stories/" and "stories" alike; "." is the working directory, whose matches need no prefix.
      const folder = arg.replace(/(?<=.)[\\/]+$/, "");
      const prefix = folder === "." ? "" : folder.endsWith("/") ? folder : `${folder}/`;
      patterns.push(`${prefix}**/*.{${WATCHED_EXTENSIONS.join(",")}}`);
      roots.push({ dir: resolve(cwd, arg), recursive: true });
    } else if (stat) {
      patterns.push(arg);
      roots.push({ dir: dirname(resolve(cwd, arg)), recursive: false });
    } else if (isDynamicPattern(arg)) {
      const base = staticBase(arg);
      const dir = resolve(cwd, base);
      if (!statOf(dir)?.isDirectory()) throw new UsageError(`cannot watch "${arg}": its folder "${base}" does not exist`);
      patterns.push(arg);
      roots.push({ dir, recursive: true });
    } else {
      throw new UsageError(`cannot read "${arg}": no such file`);
    }
  }
  return { patterns, roots: mergeRoots(roots) };
}

/** The story files the plan's patterns match now, sorted, each once. */
export function listWatched(plan: WatchPlan, cwd: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const pattern of plan.patterns) {
    const matches = isDynamicPattern(pattern)
      ? globSync(pattern, { cwd, onlyFiles: true, expandDirectories: false, absolute: isAbsolute(pattern), ignore: ["**/node_modules/**"] }).sort()
      : statOf(resolve(cwd, pattern))?.isFile()
        ? [pattern]
        : [];
    for (const path of matches) {
      const key = resolve(cwd, path);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(path);
    }
  }
  return out.sort();
}

/** The leading segments of a glob that hold no pattern: "stories/2024/**\/*.md" → "stories/2024". */
function staticBase(pattern: string): string {
  const segments = pattern.split("/");
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (isDynamicPattern(segment)) break;
    fixed.push(segment);
  }
  const base = fixed.join("/");
  return base === "" ? (pattern.startsWith("/") ? "/" : ".") : base;
}

/** The roots without those another recursive root already covers, and without repeats. */
function mergeRoots(roots: readonly WatchRoot[]): WatchRoot[] {
  const inside = (dir: string, parent: string) => dir === parent || dir.startsWith(parent.endsWith(sep) ? parent : `${parent}${sep}`);
  // Recursive roots first, parents before their folders, so a root is dropped for one kept before it.
  const ordered = [...roots].sort((a, b) => Number(b.recursive) - Number(a.recursive) || a.dir.length - b.dir.length);
  const out: WatchRoot[] = [];
  for (const root of ordered) {
    if (out.some((kept) => kept.dir === root.dir || (kept.recursive && inside(root.dir, kept.dir)))) continue;
    out.push(root);
  }
  return out;
}

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Something the watcher reports: a story checked, changed, added, renamed or deleted, or one it cannot read. */
export type WatchEvent =
  | { kind: "check" | "change" | "add"; path: string; report: FileReport; previous?: FileReport | undefined; changes: FindingChanges }
  | { kind: "rename"; path: string; from: string; report: FileReport; previous: FileReport; changes: FindingChanges }
  | { kind: "delete"; path: string; previous?: FileReport | undefined; changes: FindingChanges }
  | { kind: "error"; path: string; message: string }
  | { kind: "ready"; files: number; roots: WatchRoot[] };

/** What the stories are checked against, loaded again when one of its `files` changes. */
export interface WatchContext {
  story: StoryContext;
  /** Files the context was read from (the config, a registry file), relative to the working directory. */
  files: string[];
}

/** How {@link watchStories} is set up. */
export interface WatchOptions {
  plan: WatchPlan;
  cwd: string;
  /** `--input-format`, else each file's extension. */
  inputFormat?: InputFormat | undefined;
  /** Loads the context; called at the start and again when one of its files changes. */
  load(): Promise<WatchContext>;
  /** Receives each event, in order. */
  report(event: WatchEvent): void;
  /** Ends the watch. */
  signal: AbortSignal;
  /**
   * Files never to check, by device and inode: the files the command's own output is redirected
   * to (`factmark check --watch > findings.txt` in a watched folder would otherwise read what it
   * writes, and write again).
   */
  exclude?: readonly { dev: number; ino: number }[];
  /**
   * How long the watcher waits after a change for more before it looks (editors write a file in
   * several steps). @default 60
   */
  settleMs?: number;
}

interface Watched {
  path: string;
  /** Size, modification time and inode: a change in any of them means the file is read again. */
  stamp: string;
  text: string;
  story?: StoryCheck | undefined;
  report?: FileReport | undefined;
}

/**
 * Checks the planned stories, then re-checks each story when it changes, until `signal` aborts:
 * reports `check` for each story at the start, then `ready`, then `change` (only when its findings
 * changed), `add`, `rename` and `delete` with what changed in the story's findings, and `error` for a story (or the config) that
 * cannot be read, after which the watch goes on. A story is re-checked through its previous check
 * ({@link checkStory}), so a save costs the edited paragraphs. When the config or a registry file
 * changes, every story is checked again against the new context. Resolves when `signal` aborts,
 * after closing every watcher.
 */
export async function watchStories(options: WatchOptions): Promise<void> {
  const { plan, cwd, signal } = options;
  let context = await options.load();
  let contextStamps = stampsOf(context.files, cwd);
  const watched = new Map<string, Watched>();

  const check = (entry: Watched): FileReport | undefined => {
    try {
      const format = options.inputFormat ?? formatFromPath(entry.path);
      entry.story = checkStory(entry.text, format, context.story, entry.story);
      entry.report = { path: entry.path, date: entry.story.date, findings: [...entry.story.findings], locate: locateOffsets(entry.text).locate };
    } catch (error) {
      entry.story = undefined;
      entry.report = undefined;
      options.report({ kind: "error", path: entry.path, message: describeError(error) });
    }
    return entry.report;
  };

  const excluded = (stat: Stats) => options.exclude?.some((file) => file.dev === stat.dev && file.ino === stat.ino) === true;
  const read = (path: string): Watched | undefined => {
    try {
      const stat = statSync(resolve(cwd, path));
      if (excluded(stat)) return undefined;
      return { path, stamp: stampOf(stat), text: readFileSync(resolve(cwd, path), "utf8").replace(/^\uFEFF/, "") };
    } catch {
      // Gone between the listing and the read: the next look sees it deleted.
      return undefined;
    }
  };

  const reconcile = async () => {
    const stamps = stampsOf(context.files, cwd);
    const moved = context.files.find((_, i) => stamps[i] !== contextStamps[i]);
    if (moved !== undefined) {
      contextStamps = stamps;
      try {
        context = await options.load();
        contextStamps = stampsOf(context.files, cwd);
        for (const entry of watched.values()) changed(entry, entry.report);
      } catch (error) {
        // The stories stay checked against the context as it was until the file is fixed.
        options.report({ kind: "error", path: moved, message: describeError(error) });
      }
    }
    const now = listWatched(plan, cwd);
    const present = new Set(now);
    const gone = [...watched.values()].filter((entry) => !present.has(entry.path));
    for (const entry of gone) watched.delete(entry.path);
    for (const path of now) {
      const old = watched.get(path);
      if (old) {
        const stat = statOf(resolve(cwd, path));
        if (stat && stampOf(stat) === old.stamp) continue;
        const entry = read(path);
        if (!entry) continue;
        old.stamp = entry.stamp;
        if (entry.text === old.text) continue;
        old.text = entry.text;
        changed(old, old.report);
        continue;
      }
      const entry = read(path);
      if (!entry) continue;
      watched.set(path, entry);
      // A story that appears as another disappears with the same text was renamed.
      const at = gone.findIndex((g) => g.text === entry.text);
      const from = at >= 0 ? gone.splice(at, 1)[0]! : undefined;
      if (from) entry.story = from.story;
      const report = check(entry);
      if (!report) continue;
      if (from?.report) options.report({ kind: "rename", path, from: from.path, report, previous: from.report, changes: diffFindings(from.report.findings, report.findings) });
      else options.report({ kind: "add", path, report, changes: diffFindings([], report.findings) });
    }
    for (const entry of gone) options.report({ kind: "delete", path: entry.path, previous: entry.report, changes: diffFindings(entry.report?.findings ?? [], []) });
  };

  // A story whose findings did not change is not reported: the watch prints what changed.
  const changed = (entry: Watched, previous: FileReport | undefined) => {
    const report = check(entry);
    if (!report) return;
    const changes = diffFindings(previous?.findings ?? [], report.findings);
    if (changes.added.length > 0 || changes.removed.length > 0 || !previous) options.report({ kind: "change", path: entry.path, report, previous, changes });
  };

  // The watchers start before the first checks, so no change made once `ready` is out is missed.
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  const settle = options.settleMs ?? 60;
  const look = () => {
    timer = undefined;
    if (running) {
      again = true;
      return;
    }
    running = reconcile()
      .catch((error: unknown) => options.report({ kind: "error", path: ".", message: describeError(error) }))
      .finally(() => {
        running = undefined;
        if (again && !signal.aborted) {
          again = false;
          look();
        }
      });
  };
  const poke = () => {
    if (signal.aborted) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(look, settle);
  };
  const watchers: FSWatcher[] = [];
  const roots = [...plan.roots, ...context.files.map((file) => ({ dir: dirname(resolve(cwd, file)), recursive: false }))];
  for (const root of mergeRoots(roots)) {
    try {
      const watcher = watch(root.dir, { recursive: root.recursive, persistent: true }, poke);
      watcher.on("error", (error) => options.report({ kind: "error", path: root.dir, message: `stopped watching: ${describeError(error)}` }));
      watchers.push(watcher);
    } catch (error) {
      options.report({ kind: "error", path: root.dir, message: `cannot watch: ${describeError(error)}` });
    }
  }

  for (const path of listWatched(plan, cwd)) {
    const entry = read(path);
    if (!entry) continue;
    watched.set(path, entry);
    const report = check(entry);
    if (report) options.report({ kind: "check", path, report, changes: diffFindings([], report.findings) });
  }
  options.report({ kind: "ready", files: watched.size, roots: plan.roots });

  await new Promise<void>((done) => {
    const stop = () => {
      if (timer) clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      void (running ?? Promise.resolve()).then(() => done());
    };
    if (signal.aborted) stop();
    else signal.addEventListener("abort", stop, { once: true });
  });
}

function stampOf(stat: Stats): string {
  return `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
}

function stampsOf(files: readonly string[], cwd: string): (string | undefined)[] {
  return files.map((file) => {
    const stat = statOf(resolve(cwd, file));
    return stat ? stampOf(stat) : undefined;
  });
}
