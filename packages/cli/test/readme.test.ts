import { readFileSync } from "node:fs";
import { join } from "node:path";
import { RULES } from "@factmark/core";
import { describe, expect, it } from "vitest";
import { packageDir, repoRoot } from "./run.js";

/** The rows of the first Markdown table under `## Rules`: id and default severity. */
function ruleRows(markdown: string): [string, string][] {
  const section = markdown.slice(markdown.indexOf("\n## Rules"));
  const rows: [string, string][] = [];
  for (const line of section.split("\n").slice(1)) {
    const match = /^\| `([a-z-]+)` \| (error|warning|info) \|/.exec(line);
    if (match) rows.push([match[1]!, match[2]!]);
    else if (rows.length > 0 && !line.startsWith("|")) break;
  }
  return rows;
}

describe("the READMEs' rule tables", () => {
  const expected = RULES.map((rule): [string, string] => [rule.id, rule.severity]);

  it.each([
    ["the CLI's README", join(packageDir, "README.md")],
    ["the repository's README", join(repoRoot, "README.md")],
  ])("%s lists every rule with its default severity, in order", (_, file) => {
    expect(ruleRows(readFileSync(file, "utf8"))).toEqual(expected);
  });
});
