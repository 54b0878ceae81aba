// The published packages as a newsroom developer gets them: each is packed with `npm pack` (from
// its built dist/, as turbo's build runs before this test), the tarballs are installed into a
// scratch project in a temporary folder, and the scratch project uses them from ESM, CommonJS,
// TypeScript (node16 and bundler resolution), a browser bundle and the `factmark` command. The
// tarballs are installed from disk; third-party dependencies come from npm's cache (`npm ci` of this
// repository filled it), with the registry asked only for what the cache lacks.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
const require = createRequire(import.meta.url);
const PACKAGES = ["core", "dataset-gaza", "dataset-ukraine", "cli", "prosemirror"] as const;
const NAMES = PACKAGES.map((p) => `@factmark/${p}`);

let scratch: string;
const tarballs = new Map<string, string>();
const packed = new Map<string, { files: { path: string; size: number }[]; size: number; unpackedSize: number }>();

function run(command: string, args: string[], cwd = scratch, input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", input, env: { ...process.env, NO_COLOR: "1", npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" } });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function ok(command: string, args: string[], cwd = scratch): string {
  const result = run(command, args, cwd);
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "factmark-packed-"));
  const out = join(scratch, "tarballs");
  mkdirSync(out);
  for (const name of PACKAGES) {
    // dist/ is built by turbo before this test; prepack (which builds) is tested below, not run here.
    const json = ok("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", out], join(root, "packages", name));
    const [info] = JSON.parse(json) as { filename: string; files: { path: string; size: number }[]; size: number; unpackedSize: number }[];
    tarballs.set(`@factmark/${name}`, join(out, info!.filename));
    packed.set(`@factmark/${name}`, info!);
  }
  const app = join(scratch, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "newsroom-app", version: "1.0.0", private: true }, null, 2));
  // Every tarball in one install, so @factmark/* dependencies resolve to the tarballs, never the registry.
  ok("npm", ["install", "--prefer-offline", "--no-package-lock", ...NAMES.map((n) => tarballs.get(n)!)], app);
  scratch = app;
}, 600_000);

afterAll(() => {
  if (scratch) rmSync(resolve(scratch, ".."), { recursive: true, force: true });
});

describe("the tarballs", () => {
  it.each(NAMES)("%s builds before it is packed, so an unbuilt package cannot be packed", (name) => {
    const manifest = JSON.parse(readFileSync(join(root, "packages", name.slice("@factmark/".length), "package.json"), "utf8"));
    expect(manifest.scripts.prepack).toBe("npm run build");
    expect(packed.get(name)!.files.some((f) => f.path.startsWith("dist/index."))).toBe(true);
  });

  it.each(NAMES)("%s declares caret ranges for its runtime dependencies", (name) => {
    const manifest = JSON.parse(readFileSync(join(root, "packages", name.slice("@factmark/".length), "package.json"), "utf8"));
    for (const [dependency, range] of Object.entries(manifest.dependencies ?? {})) expect(range, dependency).toMatch(/^\^\d/);
  });

  it("ship no source maps and the dataset's data once per module format", () => {
    for (const name of NAMES) expect(packed.get(name)!.files.filter((f) => f.path.endsWith(".map")), name).toEqual([]);
    const gaza = packed.get("@factmark/dataset-gaza")!.files;
    expect(gaza.map((f) => f.path).filter((path) => !path.startsWith("dist/chunk-")).sort()).toEqual([
      "README.md",
      "dist/data.cjs",
      "dist/data.d.cts",
      "dist/data.d.ts",
      "dist/data.js",
      "dist/index.cjs",
      "dist/index.d.cts",
      "dist/index.d.ts",
      "dist/index.js",
      "package.json",
    ]);
    // The data (some 350 kB of JSON text) sits in one module of each format, which the main entry
    // and the /data entry share.
    const large = gaza.filter((f) => f.size > 100_000).map((f) => f.path);
    expect(large.filter((path) => path.endsWith(".js"))).toHaveLength(1);
    expect(large.filter((path) => path.endsWith(".cjs"))).toHaveLength(1);
    expect(large).toHaveLength(2);
  });

  it("prints each tarball's size", () => {
    for (const name of NAMES) {
      const info = packed.get(name)!;
      console.log(`${name}: ${(info.size / 1000).toFixed(0)} kB packed, ${(info.unpackedSize / 1000).toFixed(0)} kB unpacked, ${info.files.length} files`);
    }
    expect(packed.size).toBe(NAMES.length);
  });
});

const STORY = "Over 34,000 Palestinians have been killed in Gaza, the Health Ministry said.";

describe("the installed packages", () => {
  it("installed @factmark/* from the tarballs, one copy of core and of zod", () => {
    const tree = JSON.parse(run("npm", ["ls", "--all", "--json"]).stdout);
    const versions = (name: string) => {
      const found: string[] = [];
      const walk = (deps: Record<string, { version: string; resolved?: string; dependencies?: Record<string, unknown> }> | undefined) => {
        for (const [key, dep] of Object.entries(deps ?? {})) {
          if (key === name) found.push(dep.version);
          walk(dep.dependencies as never);
        }
      };
      walk(tree.dependencies);
      return new Set(found);
    };
    expect(versions("@factmark/core").size).toBe(1);
    expect(versions("zod").size).toBe(1);
    const lock = JSON.parse(readFileSync(join(scratch, "node_modules/.package-lock.json"), "utf8"));
    for (const name of NAMES) expect(lock.packages[`node_modules/${name}`].resolved, name).toMatch(/^file:/);
  });

  it("work from ESM", () => {
    writeFileSync(
      join(scratch, "esm.mjs"),
      `import { check, Registry, FactmarkError } from "@factmark/core";
import { defaultRegistry } from "@factmark/dataset-gaza";
import { factmark } from "@factmark/prosemirror";
const findings = check(${JSON.stringify(STORY)}, { registry: defaultRegistry(), date: "2024-06-20" });
let code;
try { check("x", { registry: Registry.empty().toData(), date: "2024-06-20" }); } catch (error) { code = error instanceof FactmarkError && error.code; }
console.log(JSON.stringify({ rules: findings.map((f) => f.ruleId), code, plugin: typeof factmark }));
`,
    );
    expect(JSON.parse(ok("node", ["esm.mjs"]))).toEqual({ rules: ["outdated-figure"], code: "invalid-config", plugin: "function" });
  });

  it("read stories through @factmark/core/lazy, and a dataset's data through its /data entry, from ESM and CommonJS", () => {
    const body = (core: string, lazy: string, data: string) => `const { Registry, check } = ${core};
const { Registry: LazyRegistry, check: lazyCheck, checkDocument, expandRegistryData, loadInputReader } = ${lazy};
const { COMPACT_REGISTRY_JSON } = ${data};
const registry = LazyRegistry.from(expandRegistryData(JSON.parse(COMPACT_REGISTRY_JSON)), { trusted: true });
loadInputReader("markdown").then((read) => {
  const text = "# Toll\\n\\n" + ${JSON.stringify(STORY)};
  const lazily = checkDocument(read(text), text, { registry, date: "2024-06-20" }).findings.map((f) => f.ruleId);
  const eagerly = check(text, { registry, date: "2024-06-20", format: "markdown" }).map((f) => f.ruleId);
  const loaded = lazyCheck(text, { registry, date: "2024-06-20", format: "markdown" }).map((f) => f.ruleId);
  console.log(JSON.stringify({ lazily, eagerly, loaded, same: Registry === LazyRegistry }));
});
`;
    writeFileSync(join(scratch, "lazy.mjs"), `import * as core from "@factmark/core";\nimport * as lazy from "@factmark/core/lazy";\nimport * as data from "@factmark/dataset-gaza/data";\n${body("core", "lazy", "data")}`);
    writeFileSync(join(scratch, "lazy.cjs"), body('require("@factmark/core")', 'require("@factmark/core/lazy")', 'require("@factmark/dataset-gaza/data")'));
    const expected = { lazily: ["outdated-figure"], eagerly: ["outdated-figure"], loaded: ["outdated-figure"], same: true };
    expect(JSON.parse(ok("node", ["lazy.mjs"]))).toEqual(expected);
    expect(JSON.parse(ok("node", ["lazy.cjs"]))).toEqual(expected);
  });

  it("work from CommonJS", () => {
    writeFileSync(
      join(scratch, "cjs.cjs"),
      `const { check } = require("@factmark/core");
const { defaultRegistry } = require("@factmark/dataset-gaza");
const { runCli } = require("@factmark/cli");
const findings = check(${JSON.stringify(STORY)}, { registry: defaultRegistry(), date: "2024-06-20" });
console.log(JSON.stringify({ rules: findings.map((f) => f.ruleId), runCli: typeof runCli }));
`,
    );
    expect(JSON.parse(ok("node", ["cjs.cjs"]))).toEqual({ rules: ["outdated-figure"], runCli: "function" });
  });

  it.each([
    ["node16", { module: "node16", moduleResolution: "node16" }],
    ["bundler", { module: "esnext", moduleResolution: "bundler" }],
  ])("type-check from TypeScript with %s resolution", (_, options) => {
    const dir = join(scratch, `ts-${options.moduleResolution}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { ...options, target: "es2022", strict: true, noEmit: true, skipLibCheck: false, types: [], lib: ["es2023", "dom"] }, include: ["*.ts"] }),
    );
    writeFileSync(
      join(dir, "use.ts"),
      `import { type CheckOptions, type Claim, type Finding, type RegistryData, type Series, type Source, Registry, check } from "@factmark/core";
import { defaultRegistry, type DatasetInfo } from "@factmark/dataset-gaza";
import { factmark } from "@factmark/prosemirror";
import { runCli } from "@factmark/cli";
const options: CheckOptions = { registry: defaultRegistry(), date: "2024-06-20" };
const findings: Finding[] = check("Over 34,000 killed.", options);
const data: RegistryData = Registry.empty().toData();
const claims: readonly Claim[] = data.claims;
const series: readonly Series[] = data.series;
const source: Source | undefined = data.sources[0];
const info: DatasetInfo | undefined = undefined;
// @ts-expect-error a date is a string
check("x", { registry: defaultRegistry(), date: 20240620 });
export { findings, claims, series, source, info, factmark, runCli };
`,
    );
    const tsc = join(root, "node_modules/typescript/bin/tsc");
    const result = run("node", [tsc, "-p", dir]);
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("run as the factmark command", () => {
    const bin = join(scratch, "node_modules/.bin/factmark");
    expect(run(bin, ["--version"]).stdout.trim()).toBe(JSON.parse(readFileSync(join(root, "packages/cli/package.json"), "utf8")).version);
    const result = run(bin, ["check", "-", "--date", "2024-06-20", "--format", "json"], scratch, STORY);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(["outdated-figure"]);
    const typo = run(bin, ["check", "-", "--fromat", "json"], scratch, STORY);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('did you mean "--format"?');
  });

  it("bundle check() for the browser with a registry passed in, without the dataset, and with only the parts of zod it uses", async () => {
    const esbuild = require("esbuild") as typeof import("esbuild");
    writeFileSync(
      join(scratch, "browser.mjs"),
      `import { Registry, check } from "@factmark/core";
export function checkStory(text, data, date) { return check(text, { registry: Registry.from(data), date }); }
`,
    );
    const outdir = join(scratch, "bundle");
    const { metafile } = await esbuild.build({ absWorkingDir: scratch, entryPoints: ["browser.mjs"], bundle: true, splitting: true, format: "esm", platform: "browser", minify: true, outdir, metafile: true, logLevel: "silent" });
    let gzip = 0;
    for (const file of readdirSync(outdir)) gzip += gzipSync(readFileSync(join(outdir, file)), { level: 9 }).length;
    const packages = new Map<string, number>();
    for (const output of Object.values(metafile.outputs)) {
      for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
        const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? input;
        packages.set(name, (packages.get(name) ?? 0) + bytesInOutput);
      }
    }
    console.log(`browser bundle of check(): ${(gzip / 1000).toFixed(1)} kB gzip, every chunk; by package, minified: ${[...packages].map(([name, bytes]) => `${name} ${(bytes / 1000).toFixed(1)} kB`).join(", ")}`);
    expect([...packages.keys()]).not.toContain("@factmark/dataset-gaza");
    // A named import of zod's `z` object keeps all of zod (about 450 kB minified); the namespace import lets the bundler keep what is used.
    expect(packages.get("zod")).toBeLessThan(150_000);
  });

  it("bundle the lazy entry's check() for the browser with a registry passed in under 100 kB gzip, every chunk it loads counted, with no zod and the Markdown and HTML readers on demand", async () => {
    const esbuild = require("esbuild") as typeof import("esbuild");
    writeFileSync(
      join(scratch, "browser-lazy.mjs"),
      `import { check, loadInputReader } from "@factmark/core/lazy";
export function checkStory(text, registry, date) { return check(text, { registry, date }); }
export { loadInputReader };
`,
    );
    const outdir = join(scratch, "bundle-lazy");
    const { metafile } = await esbuild.build({ absWorkingDir: scratch, entryPoints: ["browser-lazy.mjs"], bundle: true, splitting: true, format: "esm", platform: "browser", minify: true, outdir, metafile: true, logLevel: "silent" });
    // What a page loads to call checkStory: the entry's file and the chunks imported statically,
    // one from another; chunks only a dynamic import() reaches load on demand.
    const loaded = new Set<string>();
    const visit = (path: string) => {
      if (loaded.has(path)) return;
      loaded.add(path);
      for (const imported of metafile.outputs[path]?.imports ?? []) if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
    };
    visit(Object.keys(metafile.outputs).find((path) => metafile.outputs[path]!.entryPoint !== undefined)!);
    let gzip = 0;
    const inputs: string[] = [];
    for (const path of loaded) {
      gzip += gzipSync(readFileSync(join(scratch, path)), { level: 9 }).length;
      inputs.push(...Object.keys(metafile.outputs[path]!.inputs));
    }
    const onDemand = Object.keys(metafile.outputs).filter((path) => !loaded.has(path) && path.endsWith(".js"));
    console.log(`browser bundle of the lazy entry's check(): ${(gzip / 1000).toFixed(1)} kB gzip in ${loaded.size} chunk(s); ${onDemand.length} chunk(s) on demand`);
    expect(gzip).toBeLessThan(100_000);
    expect(inputs.filter((input) => input.includes("node_modules/zod/"))).toEqual([]);
    expect(onDemand.length).toBeGreaterThan(0);
  });
});
