import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nearestOption } from "../src/args.js";
import { runCli } from "../src/index.js";
import { factmark, fixtures } from "./run.js";

const registry = join(fixtures, "registry.json");
// One unsourced figure: a single warning, no error, against the fixture registry on 4 May 2024.
const WARNING_STORY = "Over 34,000 Palestinians have been killed in Gaza.";

async function run(argv: string[], stdin = WARNING_STORY, today = "2024-05-04") {
  const out = { stdout: "", stderr: "" };
  const code = await runCli(argv, {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    readStdin: async () => stdin,
    cwd: join(fixtures, ".."),
    env: {},
    isTTY: false,
    today: () => today,
  });
  return { code, ...out };
}

describe("an unknown option or command", () => {
  it("suggests the nearest option of the command", async () => {
    const { code, stderr } = await run(["check", "-", "--fromat", "json"]);
    expect(code).toBe(2);
    expect(stderr).toBe('factmark: unknown option "--fromat"; did you mean "--format"? See "factmark check --help"\n');
  });

  it("suggests options of the command it was given to, not another's", async () => {
    expect((await run(["extract", "-", "--max-warnigns", "0"])).stderr).not.toContain("--max-warnings");
    expect((await run(["check", "-", "--max-warnigns", "0"])).stderr).toContain('did you mean "--max-warnings"?');
  });

  it("suggests nothing when no option is close", async () => {
    const { stderr } = await run(["check", "-", "--frobnicate"]);
    expect(stderr).toBe('factmark: unknown option "--frobnicate"; see "factmark check --help"\n');
  });

  it("suggests the nearest command and the nearest top-level option", async () => {
    expect((await run(["chekc"])).stderr).toBe('factmark: unknown command "chekc"; did you mean "check"? See "factmark --help"\n');
    expect((await run(["--verison"])).stderr).toBe('factmark: unknown option "--verison"; did you mean "--version"? See "factmark --help"\n');
    expect((await run(["publish"])).stderr).toContain("expected one of check, extract, registry, lsp");
  });

  it.each([
    ["--fromat", "--format"],
    ["--dat", "--date"],
    ["--registyr", "--registry"],
    ["--input-fromat", "--input-format"],
    ["--regsitry=x.json", "--registry"],
    ["--xyz", undefined],
    ["--w", undefined],
  ])("reads %s as a misspelling of %s", (given, expected) => {
    expect(nearestOption(given, ["date", "format", "input-format", "registry", "config", "watch"])).toBe(expected);
  });
});

describe("the document date of standard input", () => {
  it("says on standard error that today's date is used when nothing dates the input", async () => {
    const { code, stderr } = await run(["check", "-", "--registry", registry], WARNING_STORY, "2024-06-20");
    expect(code).toBe(0);
    expect(stderr).toBe("factmark: standard input has no date; reading it as of today, 2024-06-20 (pass --date YYYY-MM-DD to check it as of another day)\n");
  });

  it("says nothing when --date or the input's front matter dates it", async () => {
    expect((await run(["check", "-", "--registry", registry, "--date", "2024-05-04"])).stderr).toBe("");
    expect((await run(["check", "-", "--registry", registry, "--input-format", "markdown"], `---\ndate: 2024-05-04\n---\n\n${WARNING_STORY}\n`)).stderr).toBe("");
  });

  it("says it for extract too, and keeps standard output clean for JSON", async () => {
    const { stdout, stderr } = await run(["extract", "-", "--format", "json"]);
    expect(stderr).toContain("standard input has no date; reading it as of today, 2024-05-04");
    expect(JSON.parse(stdout).files[0].date).toBe("2024-05-04");
  });
});

describe("exit codes and --max-warnings", () => {
  const check = (...extra: string[]) => run(["check", "-", "--registry", registry, "--date", "2024-05-04", ...extra]);

  it("exits 0 on warnings alone, as eslint does", async () => {
    const { code, stdout } = await check();
    expect(stdout).toContain("1 warning");
    expect(code).toBe(0);
  });

  it("exits 1 when there are more warnings than --max-warnings, and says so on standard error", async () => {
    const { code, stderr } = await check("--max-warnings", "0");
    expect(code).toBe(1);
    expect(stderr).toBe("factmark: 1 warning, more than --max-warnings 0 allows\n");
  });

  it("exits 0 when the warnings are within --max-warnings", async () => {
    const { code, stderr } = await check("--max-warnings", "1");
    expect(code).toBe(0);
    expect(stderr).toBe("");
  });

  it("exits 1 on an error-level finding whatever --max-warnings allows", async () => {
    const { code } = await run(["check", "-", "--registry", registry, "--date", "2024-05-04", "--max-warnings", "99"], "Over 40,000 Palestinians have been killed in Gaza, the ministry said.");
    expect(code).toBe(1);
  });

  it.each(["-1", "two", "1.5", ""])("exits 2 on --max-warnings %j, naming what would be valid", async (value) => {
    const { code, stderr } = await check(`--max-warnings=${value}`);
    expect(code).toBe(2);
    expect(stderr).toContain(`--max-warnings "${value}" is not a whole number of warnings; expected 0 or more, for example --max-warnings 0`);
  });

  it("documents the exit codes in --help, the command's and the program's", async () => {
    expect((await run(["check", "--help"])).stdout).toMatch(/Exit codes \(as eslint's\):\n\s+0 +no error-severity finding; warnings and info findings do not fail a run\n\s+1 +at least one error-severity finding, or more warnings than --max-warnings/);
    expect((await run(["--help"])).stdout).toContain("Exit codes (as eslint's):");
  });

  it("exits 1 through the built command too", () => {
    const result = factmark(["check", "-", "--registry", registry, "--date", "2024-05-04", "--max-warnings", "0"], { input: WARNING_STORY });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("factmark: 1 warning, more than --max-warnings 0 allows\n");
  });
});

describe("the command overview", () => {
  it("lists each command with the summary the command itself carries, though it loads none of them", async () => {
    const { checkCommand } = await import("../src/commands/check.js");
    const { extractCommand } = await import("../src/commands/extract.js");
    const { registryCommand } = await import("../src/commands/registry.js");
    const { lspCommand } = await import("../src/commands/lsp.js");
    const { stdout } = await run(["--help"]);
    for (const command of [checkCommand, extractCommand, registryCommand, lspCommand]) {
      expect(stdout).toContain(`  ${command.name.padEnd(10)}${command.summary}\n`);
    }
  });

  it("prints a command's help through `factmark help <command>`", async () => {
    const { checkCommand } = await import("../src/commands/check.js");
    expect((await run(["help", "check"])).stdout).toBe(checkCommand.help);
  });
});
