import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RULES } from "@factmark/core";
import { describe, expect, it } from "vitest";
import { factmark, factmarkJson, fixtures, lineColumnOf } from "./run.js";

const registry = join(fixtures, "registry.json");
const story = join(fixtures, "story.md");

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  from: number;
  to: number;
  line: number;
  column: number;
  text: string;
  evidence: unknown[];
  fixes: { kind: string; from: number; to: number; text?: string }[];
}
interface JsonReport {
  files: { path: string; date: string; findings: JsonFinding[] }[];
}

function expectSlicesAndPositions(text: string, findings: readonly JsonFinding[]): void {
  for (const f of findings) {
    expect(f.text).toBe(text.slice(f.from, f.to));
    expect({ line: f.line, column: f.column }).toEqual(lineColumnOf(text, f.from));
  }
}

describe("factmark check", () => {
  it("prints JSON findings whose text is the file sliced at [from, to), with 1-based UTF-16 line and column, dated by the front matter", () => {
    const { status, json } = factmarkJson<JsonReport>(["check", story, "--registry", registry, "--format", "json"]);
    const text = readFileSync(story, "utf8");
    expect(json.files).toHaveLength(1);
    const [file] = json.files;
    expect(file!.path).toBe(story);
    expect(file!.date).toBe("2024-05-04");
    expect(Object.keys(file!.findings[0]!).slice(0, 10)).toEqual(["ruleId", "severity", "message", "from", "to", "line", "column", "text", "evidence", "fixes"]);
    expectSlicesAndPositions(text, file!.findings);
    // "🇪🇬 Café talk: the war has killed over 40,000": the flag is four UTF-16 code units.
    const mismatch = file!.findings.find((f) => f.ruleId === "figure-mismatch");
    expect(mismatch).toMatchObject({ severity: "error", text: "over 40,000", line: 8, column: 36 });
    expect(file!.findings.filter((f) => f.ruleId === "unsourced-figure").map((f) => f.text)).toEqual(["over 40,000", "Over 34,000"]);
    expect(status).toBe(1);
  });

  it("exits 1 with an error-severity finding, 0 with only warnings, and 0 with none", () => {
    expect(factmark(["check", story, "--registry", registry]).status).toBe(1);
    const warnings = factmarkJson<JsonReport>(["check", join(fixtures, "plain.txt"), "--registry", registry, "--date", "2024-05-04", "--format", "json"]);
    expect(warnings.json.files[0]!.findings.map((f) => f.severity)).toEqual(["warning"]);
    expect(warnings.status).toBe(0);
    const clean = factmarkJson<JsonReport>(["check", join(fixtures, "clean.md"), "--registry", registry, "--format", "json"]);
    expect(clean.json.files[0]!.findings).toEqual([]);
    expect(clean.status).toBe(0);
  });

  it("takes --date over the front matter date and then reports outdated figures with a replace fix", () => {
    const { json } = factmarkJson<JsonReport>(["check", story, "--registry", registry, "--date", "2024-06-20", "--format", "json"]);
    const file = json.files[0]!;
    expect(file.date).toBe("2024-06-20");
    const outdated = file.findings.filter((f) => f.ruleId === "outdated-figure");
    expect(outdated.map((f) => f.text)).toContain("Over 34,000");
    expect(outdated.find((f) => f.text === "Over 34,000")!.fixes.some((fix) => fix.kind === "replace")).toBe(true);
    expectSlicesAndPositions(readFileSync(story, "utf8"), file.findings);
  });

  it("reads standard input as plain text for the argument -", () => {
    const input = "Intro.\n\nOver 34,000 Palestinians have been killed in Gaza.\n";
    const { status, json } = factmarkJson<JsonReport>(["check", "-", "--registry", registry, "--date", "2024-05-04", "--format", "json"], { input });
    expect(status).toBe(0);
    expect(json.files[0]!.path).toBe("<stdin>");
    expect(json.files[0]!.findings).toMatchObject([{ ruleId: "unsourced-figure", from: 8, to: 19, line: 3, column: 1, text: "Over 34,000" }]);
  });

  it("reads Markdown from standard input with --input-format markdown, dated by its front matter", () => {
    const input = readFileSync(story, "utf8");
    const { json } = factmarkJson<JsonReport>(["check", "-", "--input-format", "markdown", "--registry", registry, "--format", "json"], { input });
    expect(json.files[0]!.date).toBe("2024-05-04");
    expectSlicesAndPositions(input, json.files[0]!.findings);
    expect(json.files[0]!.findings.some((f) => f.ruleId === "figure-mismatch")).toBe(true);
  });

  it("expands a glob into its matching files, sorted", () => {
    const { json } = factmarkJson<JsonReport>(["check", "test/fixtures/*.md", "--registry", registry, "--format", "json"]);
    expect(json.files.map((f) => f.path)).toEqual(["test/fixtures/clean.md", "test/fixtures/empty.md", "test/fixtures/story.md"]);
  });

  it("finds nothing in an empty file and exits 0", () => {
    const run = factmark(["check", join(fixtures, "empty.md"), "--registry", registry, "--date", "2024-05-04", "--format", "json"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ files: [{ path: join(fixtures, "empty.md"), date: "2024-05-04", findings: [] }] });
  });

  it("checks a file of a few megabytes", () => {
    const dir = mkdtempSync(join(tmpdir(), "factmark-cli-"));
    const paragraph = "Over 34,000 Palestinians have been killed in Gaza, a toll that keeps rising.\n\nThe talks in Cairo went on through the night.\n\n";
    const copies = Math.ceil(3_000_000 / paragraph.length);
    const text = `---\ndate: 2024-05-04\n---\n\n${paragraph.repeat(copies)}`;
    const file = join(dir, "huge.md");
    writeFileSync(file, text);
    const { status, json } = factmarkJson<JsonReport>(["check", file, "--registry", registry, "--format", "json"]);
    expect(status).toBe(0);
    const findings = json.files[0]!.findings;
    expect(findings).toHaveLength(copies);
    const last = findings[findings.length - 1]!;
    expect(last.text).toBe(text.slice(last.from, last.to));
    expect(last.line).toBe(lineColumnOf(text, last.from).line);
  }, 180_000);

  it("keeps offsets into the file across a leading byte order mark and CRLF line ends", () => {
    const dir = mkdtempSync(join(tmpdir(), "factmark-cli-"));
    const file = join(dir, "crlf.md");
    const content = "\uFEFF---\r\ndate: 2024-05-04\r\n---\r\n\r\nIntro line.\r\nOver 34,000 Palestinians have been killed in Gaza.\r\n";
    writeFileSync(file, content);
    const { json } = factmarkJson<JsonReport>(["check", file, "--registry", registry, "--format", "json"]);
    expect(json.files[0]!.findings).toMatchObject([{ ruleId: "unsourced-figure", line: 6, column: 1, text: "Over 34,000" }]);
    const [finding] = json.files[0]!.findings;
    expect(content.slice(finding!.from, finding!.to)).toBe("Over 34,000");
  });

  it("maps HTML findings to the offsets of the HTML source", () => {
    const dir = mkdtempSync(join(tmpdir(), "factmark-cli-"));
    const file = join(dir, "story.html");
    const html = '<html><head><meta name="date" content="2024-05-04"></head><body>\n<p>Tom &amp; Jerry: over 40,000 Palestinians have been killed in Gaza.</p>\n</body></html>\n';
    writeFileSync(file, html);
    const { status, json } = factmarkJson<JsonReport>(["check", file, "--registry", registry, "--format", "json"]);
    expect(json.files[0]!.date).toBe("2024-05-04");
    expectSlicesAndPositions(html, json.files[0]!.findings);
    expect(json.files[0]!.findings.map((f) => f.ruleId)).toEqual(["figure-mismatch", "unsourced-figure"]);
    expect(status).toBe(1);
  });

  it("turns a rule off and takes its registry from factmark.config.json in the working directory", () => {
    const { json } = factmarkJson<JsonReport>(["check", "../story.md", "--format", "json"], { cwd: join(fixtures, "config-off") });
    const ids = json.files[0]!.findings.map((f) => f.ruleId);
    expect(ids).not.toContain("unsourced-figure");
    expect(ids).toContain("figure-mismatch");
    const withFlag = factmarkJson<JsonReport>(["check", story, "--config", join(fixtures, "config-off/factmark.config.json"), "--format", "json"]);
    expect(withFlag.json.files[0]!.findings.map((f) => f.ruleId)).toEqual(ids);
  });

  it("loads a registry in CSV or NDJSON, the format taken from the file's extension", () => {
    for (const file of ["registry.csv", "inconsistent.ndjson"]) {
      const { json } = factmarkJson<JsonReport>(["check", story, "--registry", join(fixtures, file), "--format", "json"]);
      expect(json.files[0]!.findings.find((f) => f.ruleId === "figure-mismatch")).toMatchObject({ text: "over 40,000" });
    }
  });

  it("writes SARIF 2.1.0 with the rules' metadata and a region for each result", () => {
    const { status, json: sarif } = factmarkJson(["check", story, "--registry", registry, "--format", "sarif"]);
    expect(status).toBe(1);
    expect(sarif.version).toBe("2.1.0");
    const [sarifRun] = sarif.runs;
    expect(sarifRun.tool.driver.name).toBe("factmark");
    expect(sarifRun.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(sarifRun.tool.driver.rules[0].shortDescription.text).toBe(RULES[0]!.description);
    const { json } = factmarkJson<JsonReport>(["check", story, "--registry", registry, "--format", "json"]);
    const findings = json.files[0]!.findings;
    expect(sarifRun.results).toHaveLength(findings.length);
    sarifRun.results.forEach((result: any, i: number) => {
      const f = findings[i]!;
      expect(result.ruleId).toBe(f.ruleId);
      expect(result.level).toBe(f.severity === "info" ? "note" : f.severity);
      expect(sarifRun.tool.driver.rules[result.ruleIndex].id).toBe(f.ruleId);
      const region = result.locations[0].physicalLocation.region;
      expect(region).toMatchObject({ startLine: f.line, startColumn: f.column, charOffset: f.from, charLength: f.to - f.from });
      expect(region.endLine).toBe(f.line);
      expect(region.endColumn).toBe(f.column + f.text.length);
    });
  });

  it("prints stylish output grouped by file with a summary line, without color when not on a terminal", () => {
    const run = factmark(["check", story, "--registry", registry]);
    expect(run.stdout).not.toMatch(/\u001b\[/);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toContain(story);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}8:36 {2}error {4}“over 40,000” cannot be true .* {2}figure-mismatch$/));
    expect(lines[lines.length - 1]).toBe("✖ 3 problems (1 error, 2 warnings, 0 infos)");
  });

  it("prints --help and exits 0", () => {
    const run = factmark(["check", "--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Usage: factmark check");
    expect(run.stdout).toContain("--input-format");
  });
});

describe("factmark check usage and input errors", () => {
  const expectUsageError = (args: string[], pattern: RegExp, options: Parameters<typeof factmark>[1] = {}) => {
    const run = factmark(args, options);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.endsWith("\n")).toBe(true);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/^factmark: /);
    expect(run.stderr).toMatch(pattern);
  };

  it("exits 2 with one line naming an unknown option", () => {
    expectUsageError(["check", story, "--frobnicate"], /unknown option "--frobnicate"/);
  });

  it("exits 2 naming a missing file", () => {
    expectUsageError(["check", "no-such-story.md", "--registry", registry], /cannot read "no-such-story\.md": no such file/);
  });

  it("exits 2 naming a glob that matches nothing", () => {
    expectUsageError(["check", "test/fixtures/*.nothing", "--registry", registry], /no files match "test\/fixtures\/\*\.nothing"/);
  });

  it("exits 2 for a --date that is not a calendar date", () => {
    expectUsageError(["check", story, "--date", "2024-02-30"], /--date "2024-02-30" is not a date; expected YYYY-MM-DD/);
  });

  it("exits 2 for an output format it does not write", () => {
    expectUsageError(["check", story, "--format", "xml"], /--format "xml" is not one of stylish, json, sarif/);
  });

  it("exits 2 naming the file and line of a malformed registry", () => {
    expectUsageError(["check", story, "--registry", join(fixtures, "malformed.ndjson")], /malformed\.ndjson:3\b/);
  });

  it("exits 2 naming the file and line of a front matter date that is not a date", () => {
    expectUsageError(["check", "-", "--input-format", "markdown", "--registry", registry], /<stdin>:2:7: front matter date is "May 4"/, { input: "---\ndate: May 4\n---\n\nText.\n" });
  });

  it("exits 2 naming a config rule that does not exist", () => {
    const dir = mkdtempSync(join(tmpdir(), "factmark-cli-"));
    writeFileSync(join(dir, "factmark.config.json"), '{ "rules": { "no-such-rule": "off" } }');
    expectUsageError(["check", story, "--registry", registry], /factmark\.config\.json/, { cwd: dir });
  });

  it("exits 2 with file, line and column for a config that is not JSON", () => {
    const dir = mkdtempSync(join(tmpdir(), "factmark-cli-"));
    writeFileSync(join(dir, "factmark.config.json"), '{\n  "rules": {,}\n}\n');
    expectUsageError(["check", story, "--registry", registry], /factmark\.config\.json:2:13: malformed JSON/, { cwd: dir });
  });

  it("exits 2 for an unknown command", () => {
    expectUsageError(["chekc", story], /unknown command "chekc"/);
  });
});
