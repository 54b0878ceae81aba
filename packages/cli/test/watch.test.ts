import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Finding } from "@factmark/core";
import { afterEach, describe, expect, it } from "vitest";
import { diffFindings } from "../src/finding-changes.js";
import { planWatch } from "../src/watch.js";
import { factmark, fixtures, launcher } from "./run.js";

const STORY = `---
date: 2024-05-04
---

Over 34,000 Palestinians have been killed in Gaza.
`;
const SOURCED = STORY.replace("in Gaza.", "in Gaza, according to the Gaza Health Ministry.");
const CONTRADICTED = `---
date: 2024-05-04
---

The war has killed over 40,000 Palestinians in Gaza, the health ministry said.
`;

/** `factmark check --watch` run as a child, with its standard output read line by line. */
class Watcher {
  readonly child: ChildProcessWithoutNullStreams;
  readonly lines: string[] = [];
  stderr = "";
  private partial = "";
  private waiters: { match(line: string): boolean; resolve(line: string): void }[] = [];
  readonly exited: Promise<number | null>;

  constructor(args: string[], cwd: string) {
    this.child = spawn(process.execPath, [launcher, "check", "--watch", ...args], { cwd, env: { ...process.env, NO_COLOR: "1" } });
    this.child.stdout.on("data", (chunk: Buffer) => {
      const text = this.partial + chunk.toString("utf8");
      const lines = text.split("\n");
      this.partial = lines.pop()!;
      for (const line of lines) {
        const waiter = this.waiters.find((w) => w.match(line));
        if (waiter) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(line);
        } else this.lines.push(line);
      }
    });
    this.child.stderr.on("data", (chunk: Buffer) => void (this.stderr += chunk.toString("utf8")));
    this.exited = new Promise((done) => this.child.on("exit", (code) => done(code)));
  }

  /** The first line, printed or still to come, that `match` accepts. */
  line(match: (line: string) => boolean, timeoutMs = 20_000): Promise<string> {
    const seen = this.lines.find(match);
    if (seen) {
      this.lines.splice(this.lines.indexOf(seen), 1);
      return Promise.resolve(seen);
    }
    return new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`no matching line within ${timeoutMs} ms; output:\n${this.lines.join("\n")}\nstderr:\n${this.stderr}`)), timeoutMs);
      this.waiters.push({ match, resolve: (line) => (clearTimeout(timer), done(line)) });
    });
  }

  /** The next JSON event of kind `event` for `path` (any path when omitted). */
  async event(event: string, path?: string): Promise<any> {
    const line = await this.line((l) => {
      if (!l.startsWith("{")) return false;
      const json = JSON.parse(l);
      return json.event === event && (path === undefined || json.path === path);
    });
    return JSON.parse(line);
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill("SIGKILL");
  }
}

describe("factmark check --watch", () => {
  const dirs: string[] = [];
  const watchers: Watcher[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), "factmark-watch-"));
    dirs.push(dir);
    copyFileSync(join(fixtures, "registry.json"), join(dir, "registry.json"));
    mkdirSync(join(dir, "stories"));
    return dir;
  };
  const start = (args: string[], cwd: string) => {
    const watcher = new Watcher(args, cwd);
    watchers.push(watcher);
    return watcher;
  };
  afterEach(() => {
    for (const watcher of watchers.splice(0)) watcher.kill();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("reports what changed in a story's findings as stories change, are added, renamed and deleted, and exits 0 on Ctrl-C", async () => {
    const dir = folder();
    writeFileSync(join(dir, "stories/a.md"), STORY);
    writeFileSync(join(dir, "stories/notes.json"), "{}");
    const watch = start(["stories", "--registry", "registry.json", "--format", "json"], dir);

    const first = await watch.event("check", "stories/a.md");
    expect(first).toMatchObject({ date: "2024-05-04", added: [{ ruleId: "unsourced-figure", text: "Over 34,000", line: 5, column: 1 }], removed: [], problems: { error: 0, warning: 1, info: 0 } });
    expect(await watch.event("ready")).toEqual({ event: "ready", files: 1 });

    // A change: the toll gains a source, and the warning goes.
    writeFileSync(join(dir, "stories/a.md"), SOURCED);
    const sourced = await watch.event("change", "stories/a.md");
    expect(sourced).toMatchObject({ added: [], removed: [{ ruleId: "unsourced-figure", text: "Over 34,000" }], problems: { error: 0, warning: 0, info: 0 } });

    // A save that changes no finding prints nothing.
    writeFileSync(join(dir, "stories/a.md"), `${SOURCED}\nTalks resume on Monday.\n`);

    // An addition, in a new subfolder.
    mkdirSync(join(dir, "stories/june"));
    writeFileSync(join(dir, "stories/june/b.md"), CONTRADICTED);
    const added = await watch.event("add", "stories/june/b.md");
    expect(added.added.map((f: Finding) => f.ruleId)).toEqual(["figure-mismatch"]);
    expect(added.problems).toEqual({ error: 1, warning: 0, info: 0 });
    expect(watch.lines.filter((line) => line.includes('"event":"change"'))).toEqual([]);

    // A rename keeps the story's findings: nothing new, nothing gone.
    renameSync(join(dir, "stories/june/b.md"), join(dir, "stories/june/c.md"));
    const renamed = await watch.event("rename", "stories/june/c.md");
    expect(renamed).toMatchObject({ from: "stories/june/b.md", added: [], removed: [], problems: { error: 1 } });

    // A deletion takes its findings with it.
    unlinkSync(join(dir, "stories/a.md"));
    const deleted = await watch.event("delete", "stories/a.md");
    expect(deleted).toMatchObject({ added: [], removed: [], problems: { error: 0, warning: 0, info: 0 } });
    unlinkSync(join(dir, "stories/june/c.md"));
    expect((await watch.event("delete", "stories/june/c.md")).removed.map((f: Finding) => f.ruleId)).toEqual(["figure-mismatch"]);

    watch.child.kill("SIGINT");
    expect(await watch.exited).toBe(0);
    expect(watch.stderr).toBe("");
  });

  it("re-checks every story when the config changes", async () => {
    const dir = folder();
    writeFileSync(join(dir, "stories/a.md"), STORY);
    const watch = start(["stories/*.md", "--registry", "registry.json", "--format", "json"], dir);
    await watch.event("ready");
    writeFileSync(join(dir, "factmark.config.json"), JSON.stringify({ rules: { "unsourced-figure": "off" } }));
    const change = await watch.event("change", "stories/a.md");
    expect(change.removed.map((f: Finding) => f.ruleId)).toEqual(["unsourced-figure"]);
  });

  it("reports a story it cannot read and goes on watching, then reports its findings once it is fixed", async () => {
    const dir = folder();
    writeFileSync(join(dir, "stories/a.md"), STORY);
    const watch = start(["stories", "--registry", "registry.json", "--format", "json"], dir);
    await watch.event("ready");
    writeFileSync(join(dir, "stories/a.md"), STORY.replace("date: 2024-05-04", "date: [2024-05-04"));
    const error = await watch.event("error", "stories/a.md");
    expect(error.message).toMatch(/not valid YAML/);
    writeFileSync(join(dir, "stories/a.md"), STORY);
    const fixed = await watch.event("change", "stories/a.md");
    expect(fixed.added.map((f: Finding) => f.ruleId)).toEqual(["unsourced-figure"]);
  });

  it("prints the check report, then a line per finding that appeared (+) or went away (-)", async () => {
    const dir = folder();
    writeFileSync(join(dir, "stories/a.md"), STORY);
    const watch = start(["stories/a.md", "--registry", "registry.json"], dir);
    await watch.line((l) => l.includes("✖ 1 problem (0 errors, 1 warning, 0 infos)"));
    await watch.line((l) => l.startsWith("Watching 1 story for changes. Press Ctrl-C to stop."));
    writeFileSync(join(dir, "stories/a.md"), CONTRADICTED);
    await watch.line((l) => /^\d\d:\d\d:\d\d stories\/a\.md {2}as of 2024-05-04$/.test(l));
    expect(await watch.line((l) => l.startsWith("  + "))).toMatch(/^ {2}\+ 5:20 {2}error {4}“over 40,000” cannot be true on 4 May 2024.* {2}figure-mismatch$/);
    expect(await watch.line((l) => l.startsWith("  - "))).toMatch(/^ {2}- 5:1 {3}warning {2}“Over 34,000” has no source.* {2}unsourced-figure$/);
    expect(await watch.line((l) => l.startsWith("  1 problem"))).toBe("  1 problem (1 error, 0 warnings, 0 infos)");
    watch.child.kill("SIGTERM");
    expect(await watch.exited).toBe(0);
  });

  it("refuses standard input, SARIF and a missing file, with exit code 2", () => {
    const dir = folder();
    expect(factmark(["check", "--watch", "-"], { cwd: dir })).toMatchObject({ status: 2, stderr: expect.stringContaining('standard input ("-") cannot be watched') });
    expect(factmark(["check", "--watch", "stories", "--format", "sarif"], { cwd: dir })).toMatchObject({ status: 2, stderr: expect.stringContaining("--watch prints stylish or json") });
    expect(factmark(["check", "--watch", "nope.md"], { cwd: dir })).toMatchObject({ status: 2, stderr: 'factmark: cannot read "nope.md": no such file\n' });
    expect(factmark(["check", "--watch", "drafts/**/*.md"], { cwd: dir })).toMatchObject({ status: 2, stderr: 'factmark: cannot watch "drafts/**/*.md": its folder "drafts" does not exist\n' });
  });

  it("does not read the file its own output is redirected to", async () => {
    const dir = folder();
    writeFileSync(join(dir, "stories/a.md"), STORY);
    const out = join(dir, "stories/findings.txt");
    const fd = openSync(out, "w");
    const child = spawn(process.execPath, [launcher, "check", "--watch", "stories", "--registry", "registry.json", "--format", "json"], { cwd: dir, stdio: ["ignore", fd, "inherit"] });
    closeSync(fd);
    const exited = new Promise((done) => child.on("exit", done));
    const events = () => readFileSync(out, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as { event: string; path?: string });
    const until = async (done: () => boolean) => {
      for (let waited = 0; !done(); waited += 50) {
        if (waited > 20_000) throw new Error(`the watch wrote ${JSON.stringify(events())}`);
        await new Promise((resume) => setTimeout(resume, 50));
      }
    };
    try {
      await until(() => events().some((e) => e.event === "ready"));
      writeFileSync(join(dir, "stories/b.md"), CONTRADICTED);
      await until(() => events().some((e) => e.event === "add"));
      child.kill("SIGINT");
      expect(await exited).toBe(0);
      expect(events().map((e) => [e.event, e.path])).toEqual([["check", "stories/a.md"], ["ready", undefined], ["add", "stories/b.md"]]);
    } finally {
      child.kill("SIGKILL");
    }
  });
});

describe("what --watch watches", () => {
  it("watches a folder's stories at any depth, a file's folder, and a glob's folder up to its first pattern", () => {
    const dir = mkdtempSync(join(tmpdir(), "factmark-plan-"));
    try {
      mkdirSync(join(dir, "stories/2024"), { recursive: true });
      writeFileSync(join(dir, "draft.md"), STORY);
      const plan = planWatch(["stories/", "draft.md", "stories/2024/**/*.html"], dir);
      expect(plan.patterns).toEqual(["stories/**/*.{md,markdown,mdx,html,htm,txt}", "draft.md", "stories/2024/**/*.html"]);
      // stories/2024 is inside stories/, which is watched at any depth already.
      expect(plan.roots).toEqual([
        { dir: resolve(dir, "stories"), recursive: true },
        { dir: resolve(dir), recursive: false },
      ]);
      // No argument: the working directory's stories.
      expect(planWatch([], dir)).toEqual({ patterns: ["**/*.{md,markdown,mdx,html,htm,txt}"], roots: [{ dir: resolve(dir), recursive: true }] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("what changed in a story's findings", () => {
  const finding = (ruleId: Finding["ruleId"], text: string, from: number): Finding => ({ ruleId, severity: "warning", message: `“${text}” …`, from, to: from + text.length, text, evidence: [], fixes: [] });

  it("keeps a finding that only moved, and matches repeated findings one for one", () => {
    const before = [finding("unsourced-figure", "Over 34,000", 10), finding("unsourced-figure", "Over 34,000", 60), finding("outdated-figure", "Over 34,000", 60)];
    const after = [finding("unsourced-figure", "Over 34,000", 30), finding("unsourced-figure", "over 40,000", 90)];
    const changes = diffFindings(before, after);
    expect(changes.kept).toBe(1);
    expect(changes.added).toEqual([after[1]]);
    expect(changes.removed).toEqual([before[1], before[2]]);
  });

  it("counts every finding of a first check as added and every finding of a deleted story as removed", () => {
    const findings = [finding("unsourced-figure", "Over 34,000", 1), finding("figure-mismatch", "over 40,000", 50)];
    expect(diffFindings([], findings)).toEqual({ added: findings, removed: [], kept: 0 });
    expect(diffFindings(findings, [])).toEqual({ added: [], removed: findings, kept: 0 });
  });
});
