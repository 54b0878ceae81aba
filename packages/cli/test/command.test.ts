import { spawnSync } from "node:child_process";
import { existsSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { foundingArticle, packageDir, repoRoot } from "./run.js";

// `npx factmark` from the repository root runs the command npm linked into node_modules/.bin when
// it installed the workspaces, before anything was built.
describe("the factmark command linked at the repository root", () => {
  const linked = join(repoRoot, "node_modules/.bin/factmark");

  it("is linked to the committed launcher, which exists before the build", () => {
    expect(existsSync(linked)).toBe(true);
    expect(realpathSync(linked)).toBe(realpathSync(join(packageDir, "bin/factmark.js")));
  });

  it("checks the founding article from the repository root, as `npx factmark check` does", () => {
    const result = spawnSync(linked, ["check", foundingArticle, "--format", "json"], { cwd: repoRoot, encoding: "utf8" });
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout) as { files: { date: string; findings: { ruleId: string; text: string }[] }[] };
    expect(report.files[0]!.date).toBe("2024-05-04");
    expect(report.files[0]!.findings.map((f) => f.text)).toContain("over 34,000");
    // The founding article's findings are warnings and infos: no error, exit 0.
    expect(result.status).toBe(0);
  });

  it("passes the exit code of a usage error through", () => {
    const result = spawnSync(linked, ["check", "--date", "yesterday", foundingArticle], { cwd: repoRoot, encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/date/i);
  });
});
