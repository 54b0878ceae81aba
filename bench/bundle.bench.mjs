// Measures the browser bundle of `check()` with a registry passed in (no dataset), as an app's
// bundler builds it from the built packages: esbuild, ESM, minified, code splitting on, every chunk
// counted, gzip level 9. Baseline in the same run: the bundle of a zod object schema's `parse`
// alone (the floor for any library that validates its input with zod), and the size by package.
// The script reports; it does not assert (exit 0 whether or not the target is met).
//
//   node bench/bundle.bench.mjs
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";
import { ROOT } from "./corpus/corpus.mjs";

const TARGET_GZIP = 100_000;

async function bundle(dir, name, code) {
  const entry = join(dir, `${name}.mjs`);
  writeFileSync(entry, code);
  const outdir = join(dir, `out-${name}`);
  const { metafile } = await esbuild.build({ absWorkingDir: ROOT, entryPoints: [entry], bundle: true, splitting: true, format: "esm", platform: "browser", minify: true, outdir, metafile: true, logLevel: "silent" });
  let raw = 0;
  let gzip = 0;
  const files = readdirSync(outdir);
  for (const file of files) {
    const bytes = readFileSync(join(outdir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  const packages = new Map();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? (input.includes("packages/core/") ? "@factmark/core" : input);
      packages.set(pkg, (packages.get(pkg) ?? 0) + bytesInOutput);
    }
  }
  return { raw, gzip, chunks: files.length, packages };
}

async function main() {
  // Inside the repository, so the workspace packages resolve as an app's dependencies would.
  const dir = mkdtempSync(join(ROOT, "bench/.bundle-"));
  try {
    const fm = await bundle(dir, "check", `import { Registry, check } from "@factmark/core";\nexport function checkStory(text, data, date) { return check(text, { registry: Registry.from(data), date }); }\n`);
    // What the ProseMirror plugin and the editor take from core: extraction and the rules on
    // blocks already read, with no format reader.
    const blocks = await bundle(dir, "blocks", `import { Registry, checkChangedBlocks, extractMentions } from "@factmark/core";\nexport function checkBlocks(blocks, cited, data, date) { return checkChangedBlocks(blocks, cited, { registry: Registry.from(data), date }); }\nexport { extractMentions };\n`);
    const zod = await bundle(dir, "zod", `import * as z from "zod";\nconst Claim = z.object({ id: z.string().min(1), value: z.number().nonnegative(), asOf: z.string().regex(/^\\d{4}-\\d{2}-\\d{2}$/) }).strict();\nexport const parseClaim = (value) => Claim.parse(value);\n`);
    const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
    console.log(`check() with a registry passed in: ${kb(fm.raw)} minified, ${kb(fm.gzip)} gzip, ${fm.chunks} chunk(s)`);
    for (const [pkg, bytes] of [...fm.packages].sort((a, b) => b[1] - a[1])) console.log(`  ${pkg.padEnd(24)} ${kb(bytes).padStart(9)} minified`);
    console.log(`checkChangedBlocks() and extractMentions() (the editor plugin's share, no format reader): ${kb(blocks.raw)} minified, ${kb(blocks.gzip)} gzip`);
    for (const [pkg, bytes] of [...blocks.packages].sort((a, b) => b[1] - a[1])) if (bytes >= 1000) console.log(`  ${pkg.padEnd(24)} ${kb(bytes).padStart(9)} minified`);
    console.log(`baseline, a zod object schema's parse alone: ${kb(zod.raw)} minified, ${kb(zod.gzip)} gzip`);
    console.log(`ratio check()/zod baseline (gzip): ${(fm.gzip / zod.gzip).toFixed(1)}x`);
    console.log(`check() bundle ${kb(fm.gzip)} gzip (target < ${kb(TARGET_GZIP)}: ${fm.gzip < TARGET_GZIP ? "met" : "NOT met"})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
