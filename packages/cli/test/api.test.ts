import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import { runCli } from "../src/index.js";
import { fixtures } from "./run.js";

function capture() {
  const out = { stdout: "", stderr: "" };
  const io = {
    stdout: (text: string) => void (out.stdout += text),
    stderr: (text: string) => void (out.stderr += text),
    cwd: join(fixtures, ".."),
    env: {},
    isTTY: false,
    today: () => "2024-05-04",
  };
  return { out, io };
}

const registry = join(fixtures, "registry.json");

describe("the programmatic API", () => {
  it("exports only runCli", () => {
    expect(Object.keys(api).sort()).toEqual(["runCli"]);
  });

  it("runs a command in-process with injected standard input and output, and resolves to the exit code", async () => {
    const { out, io } = capture();
    const code = await runCli(["check", "-", "--registry", registry, "--format", "json"], { ...io, readStdin: async () => "Over 34,000 Palestinians have been killed." });
    expect(code).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json.files[0]).toMatchObject({ path: "<stdin>", date: "2024-05-04", findings: [{ ruleId: "unsourced-figure", text: "Over 34,000" }] });
    // Nothing dates standard input: the note that today's date (io.today) stands in is all stderr holds.
    expect(out.stderr).toBe("factmark: standard input has no date; reading it as of today, 2024-05-04 (pass --date YYYY-MM-DD to check it as of another day)\n");
  });

  it("takes today's date from io.today when the input has none", async () => {
    const { out, io } = capture();
    await runCli(["extract", "-", "--format", "json"], { ...io, today: () => "2024-06-20", readStdin: async () => "The strike came on Saturday." });
    const json = JSON.parse(out.stdout);
    expect(json.files[0].date).toBe("2024-06-20");
  });

  it("colors stylish output on a terminal, and not when NO_COLOR is set", async () => {
    const tty = capture();
    await runCli(["check", "story.md", "--registry", registry], { ...tty.io, cwd: fixtures, isTTY: true });
    expect(tty.out.stdout).toMatch(/\u001b\[31merror/);
    const noColor = capture();
    await runCli(["check", "story.md", "--registry", registry], { ...noColor.io, cwd: fixtures, isTTY: true, env: { NO_COLOR: "1" } });
    expect(noColor.out.stdout).not.toMatch(/\u001b\[/);
    expect(noColor.out.stdout).toContain("✖ 3 problems (1 error, 2 warnings, 0 infos)");
  });

  it("reports a usage error on stderr as one line and resolves to 2 instead of throwing", async () => {
    const { out, io } = capture();
    expect(await runCli(["check"], io)).toBe(2);
    expect(out.stderr).toBe('factmark: no files given; expected files, globs or "-" for standard input, for example "factmark check story.md"\n');
    expect(out.stdout).toBe("");
  });

  it("prints the version and the overview help", async () => {
    const version = capture();
    expect(await runCli(["--version"], version.io)).toBe(0);
    expect(version.out.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const help = capture();
    expect(await runCli(["--help"], help.io)).toBe(0);
    expect(help.out.stdout).toContain("Usage: factmark <command>");
    expect(help.out.stdout).toMatch(/^ {2}check +check stories/m);
  });
});
