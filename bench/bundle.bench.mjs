// Measures the browser bundle of `check()` with a registry passed in (no dataset), as an app's
// bundler builds it from the built packages (`check()` of `@factmark/core/lazy`, whose Markdown and
// HTML readers load on demand; the main entry's, with every reader and a zod parse of registry
// data, is printed for comparison): esbuild, ESM, minified, code splitting on, every chunk
// the entry loads counted (statically imported, one from another), gzip level 9; chunks only a
// dynamic import() reaches are reported apart. Baseline in the same run: the bundle of a zod object schema's `parse`
// alone (the floor for any library that validates its input with zod), and the size by package.
// Then, when apps/editor is built, the editor's first-load script (the page's module script and
// the chunks it imports statically, brotli as the build writes them), against the same build of
// a bare ProseMirror editor (state, view, model and a basic schema), the floor for any editor
// built on it. The editor's browser test asserts the budget; this script reports.
//
//   node bench/bundle.bench.mjs
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import * as esbuild from "esbuild";
import { ROOT } from "./corpus/corpus.mjs";

const TARGET_GZIP = 100_000;
const EDITOR_BUDGET_BROTLI = 150_000;
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;

/** The editor's page script and the chunks it imports statically, with their brotli sizes as built. */
function editorFirstLoad() {
  const dist = join(ROOT, "apps/editor/dist");
  if (!existsSync(join(dist, "index.html"))) return undefined;
  const entry = /<script type="module"[^>]*src="\/([^"]+)"/.exec(readFileSync(join(dist, "index.html"), "utf8"))?.[1];
  if (!entry) throw new Error("apps/editor/dist/index.html has no module script: expected <script type=\"module\" src=\"/assets/index-….js\">");
  const files = [];
  const visit = (file) => {
    if (files.some((f) => f.file === file)) return;
    const code = readFileSync(join(dist, file), "utf8");
    files.push({ file, brotli: brotli(Buffer.from(code)) });
    // Static imports only: a dynamic import() is a chunk loaded on demand.
    for (const [, path] of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${}\s,*]+from\s*)?["'`]\.\/([^"'`]+)["'`]/g)) visit(join(file, "..", path));
  };
  visit(entry);
  return files;
}

async function bundle(dir, name, code) {
  const entry = join(dir, `${name}.mjs`);
  writeFileSync(entry, code);
  const outdir = join(dir, `out-${name}`);
  const { metafile } = await esbuild.build({ absWorkingDir: ROOT, entryPoints: [entry], bundle: true, splitting: true, format: "esm", platform: "browser", minify: true, outdir, metafile: true, logLevel: "silent" });
  // What a page loads to call the entry: its file and the chunks it imports statically, one from
  // another. Chunks reached only by a dynamic import() load on demand (core's Markdown and HTML
  // readers, through loadInputReader) and are reported apart.
  const loaded = new Set();
  const visit = (path) => {
    if (loaded.has(path)) return;
    loaded.add(path);
    for (const imported of metafile.outputs[path]?.imports ?? []) if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
  };
  visit(Object.keys(metafile.outputs).find((path) => metafile.outputs[path].entryPoint !== undefined));
  let raw = 0;
  let gzip = 0;
  let lazyGzip = 0;
  const files = readdirSync(outdir);
  for (const file of files) {
    const bytes = readFileSync(join(outdir, file));
    const size = gzipSync(bytes, { level: 9 }).length;
    if (![...loaded].some((path) => path.endsWith(`/${file}`))) {
      lazyGzip += size;
      continue;
    }
    raw += bytes.length;
    gzip += size;
  }
  const packages = new Map();
  for (const [path, output] of Object.entries(metafile.outputs)) {
    if (!loaded.has(path)) continue;
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? (input.includes("packages/core/") ? "@factmark/core" : input);
      packages.set(pkg, (packages.get(pkg) ?? 0) + bytesInOutput);
    }
  }
  return { raw, gzip, chunks: loaded.size, lazyGzip, lazyChunks: files.length - loaded.size, packages, outdir };
}

async function main() {
  // Inside the repository, so the workspace packages resolve as an app's dependencies would.
  const dir = mkdtempSync(join(ROOT, "bench/.bundle-"));
  try {
    // The target's bundle: `check()` of the lazy entry with a registry passed in (an app builds it
    // from its own data, or from a dataset it bundles apart), and the readers that entry loads on
    // demand for Markdown and HTML files, reported apart as chunks loaded only when asked for.
    const fm = await bundle(dir, "check", `import { check, loadInputReader } from "@factmark/core/lazy";\nexport function checkStory(text, registry, date) { return check(text, { registry, date }); }\nexport { loadInputReader };\n`);
    // For comparison: the main entry's check(), which holds every reader, with the registry built
    // from untrusted data in the bundle (its zod parse included).
    const eager = await bundle(dir, "eager", `import { Registry, check } from "@factmark/core";\nexport function checkStory(text, data, date) { return check(text, { registry: Registry.from(data), date }); }\n`);
    // What the ProseMirror plugin and the editor take from core: extraction and the rules on
    // blocks already read, with no format reader.
    const blocks = await bundle(dir, "blocks", `import { checkChangedBlocks, extractMentions } from "@factmark/core";\nexport function checkBlocks(blocks, cited, registry, date) { return checkChangedBlocks(blocks, cited, { registry, date }); }\nexport { extractMentions };\n`);
    const zod = await bundle(dir, "zod", `import * as z from "zod";\nconst Claim = z.object({ id: z.string().min(1), value: z.number().nonnegative(), asOf: z.string().regex(/^\\d{4}-\\d{2}-\\d{2}$/) }).strict();\nexport const parseClaim = (value) => Claim.parse(value);\n`);
    const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
    const lazy = (b) => (b.lazyChunks > 0 ? `; and ${b.lazyChunks} chunk(s) loaded only on demand, ${kb(b.lazyGzip)} gzip` : "");
    console.log(`check() with a registry passed in: ${kb(fm.raw)} minified, ${kb(fm.gzip)} gzip, ${fm.chunks} chunk(s) loaded${lazy(fm)}`);
    for (const [pkg, bytes] of [...fm.packages].sort((a, b) => b[1] - a[1])) console.log(`  ${pkg.padEnd(24)} ${kb(bytes).padStart(9)} minified`);
    console.log(`for comparison, check() of @factmark/core (every reader) with Registry.from(data) (zod's parse): ${kb(eager.raw)} minified, ${kb(eager.gzip)} gzip`);
    console.log(`checkChangedBlocks() and extractMentions() (the editor plugin's share, no format reader): ${kb(blocks.raw)} minified, ${kb(blocks.gzip)} gzip${lazy(blocks)}`);
    for (const [pkg, bytes] of [...blocks.packages].sort((a, b) => b[1] - a[1])) if (bytes >= 1000) console.log(`  ${pkg.padEnd(24)} ${kb(bytes).padStart(9)} minified`);
    console.log(`baseline, a zod object schema's parse alone: ${kb(zod.raw)} minified, ${kb(zod.gzip)} gzip`);
    console.log(`ratio check()/zod baseline (gzip): ${(fm.gzip / zod.gzip).toFixed(1)}x`);
    console.log(`check() bundle ${kb(fm.gzip)} gzip (target < ${kb(TARGET_GZIP)}: ${fm.gzip < TARGET_GZIP ? "met" : "NOT met"})`);
    const editor = editorFirstLoad();
    if (!editor) {
      console.log("apps/editor is not built (apps/editor/dist/index.html): build it to measure its first-load script");
      return;
    }
    const pm = await bundle(dir, "prosemirror", `import { EditorState } from "prosemirror-state";\nimport { EditorView } from "prosemirror-view";\nimport { schema } from "prosemirror-schema-basic";\nexport function open(place) { return new EditorView(place, { state: EditorState.create({ schema }) }); }\n`);
    const pmBrotli = readdirSync(pm.outdir).reduce((sum, file) => sum + brotli(readFileSync(join(pm.outdir, file))), 0);
    const first = editor.reduce((sum, f) => sum + f.brotli, 0);
    console.log(`the editor's first-load script: ${editor.map((f) => `${f.file} ${kb(f.brotli)}`).join(", ")}: ${kb(first)} brotli`);
    console.log(`baseline, a bare ProseMirror editor (state, view, model, basic schema): ${kb(pmBrotli)} brotli`);
    console.log(`ratio editor first load/bare ProseMirror (brotli): ${(first / pmBrotli).toFixed(1)}x`);
    console.log(`editor first-load script ${kb(first)} brotli (budget < ${kb(EDITOR_BUDGET_BROTLI)}: ${first < EDITOR_BUDGET_BROTLI ? "met" : "NOT met"})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
