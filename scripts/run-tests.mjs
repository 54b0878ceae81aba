// Runs build, lint, typecheck and test for every workspace through turbo, then adds up the vitest
// JSON reports each package writes (test-results.json) and prints one closing line:
// "Tests: N passed, N failed". Exits non-zero when any task failed, any test failed, or none ran.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const workspaces = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).workspaces;
const dirs = [];
for (const pattern of workspaces) {
  const base = join(root, pattern.replace(/\/\*$/, ""));
  if (!existsSync(base)) continue;
  for (const name of spawnSync("ls", [base], { encoding: "utf8" }).stdout.split("\n").filter(Boolean)) {
    if (existsSync(join(base, name, "package.json"))) dirs.push(join(base, name));
  }
}
for (const dir of dirs) rmSync(join(dir, "test-results.json"), { force: true });

const turbo = spawnSync("npx", ["turbo", "run", "build", "lint", "typecheck", "test", "--continue", "--concurrency=1", "--output-logs=new-only"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", FORCE_COLOR: process.env.CI ? "0" : process.env.FORCE_COLOR },
});

let passed = 0;
let failed = 0;
const missing = [];
for (const dir of dirs) {
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  if (!pkg.scripts?.test) continue;
  const report = join(dir, "test-results.json");
  if (!existsSync(report)) {
    missing.push(pkg.name);
    continue;
  }
  const json = JSON.parse(readFileSync(report, "utf8"));
  passed += json.numPassedTests ?? 0;
  // A file that fails before any test runs (an import error) has no failed test: count it once.
  const brokenFiles = (json.testResults ?? []).filter(
    (file) => file.status === "failed" && !(file.assertionResults ?? []).some((test) => test.status === "failed"),
  ).length;
  failed += (json.numFailedTests ?? 0) + brokenFiles;
  console.log(`${pkg.name}: ${json.numPassedTests} passed, ${json.numFailedTests} failed (${json.numTotalTestSuites} files)`);
}
if (missing.length) console.log(`no test report from: ${missing.join(", ")}`);
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(turbo.status !== 0 || failed > 0 || passed === 0 || missing.length > 0 ? 1 : 0);
