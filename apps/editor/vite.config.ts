import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import { parseMarkdownArticle } from "./src/markdown.js";

const here = dirname(fileURLToPath(import.meta.url));
const ARTICLE = "cairo-talks-2024-05.md";
const VIRTUAL_ID = "virtual:founding-article";

/**
 * Where the founding article lives: beside the shared data (`$FACTMARK_SHARED_DATA/../fixtures`)
 * when that is set, otherwise `../shared/fixtures` next to the repository. It is read at build
 * time so the app opens on it without a copy in the repository.
 */
function foundingArticlePath(): string {
  const shared = process.env.FACTMARK_SHARED_DATA;
  const candidates = [
    ...(shared ? [resolve(shared, "..", "fixtures", ARTICLE)] : []),
    join(here, "..", "..", "..", "shared", "fixtures", ARTICLE),
  ];
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `founding article not found: looked for ${candidates.join(" and ")}; set FACTMARK_SHARED_DATA to the shared data folder (for example /work/shared/data)`,
    );
  }
  return found;
}

// A virtual module rather than a `?raw` import: the file sits outside the app's root, and its
// location depends on the environment. The article is read into the editor's document here, at
// build time, so the page opens on it without loading the Markdown reader (markdown-it, yaml),
// which it then loads only to open or save a Markdown file.
function foundingArticle(): Plugin {
  const resolved = `\0${VIRTUAL_ID}`;
  return {
    name: "factmark-founding-article",
    resolveId(id) {
      return id === VIRTUAL_ID ? resolved : undefined;
    },
    load(id) {
      if (id !== resolved) return undefined;
      const path = foundingArticlePath();
      this.addWatchFile(path);
      const text = readFileSync(path, "utf8");
      const { doc, meta } = parseMarkdownArticle(text);
      const article = { doc: doc.toJSON(), meta };
      return `export const name = ${JSON.stringify(ARTICLE)};\nexport const article = ${JSON.stringify(article)};\nexport default ${JSON.stringify(text)};\n`;
    },
  };
}

// Files worth compressing, and the size below which compression saves less than it costs.
const COMPRESSIBLE = /\.(?:js|css|html|svg|json|txt|map)$/;
const MIN_BYTES = 1024;

/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside each built text file, once, at the
 * highest settings: the newsroom service sends them to browsers that accept them, so nothing is
 * compressed per request.
 */
function precompress(): Plugin {
  let outDir = "dist";
  return {
    name: "factmark-precompress",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle(_options, bundle) {
      for (const file of Object.keys(bundle)) {
        if (!COMPRESSIBLE.test(file)) continue;
        const path = join(outDir, file);
        const body = readFileSync(path);
        if (body.length < MIN_BYTES) continue;
        writeFileSync(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
        writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}

// zod's classic schemas import its JSON Schema converter (about 18 kB minified) for a
// `toJSONSchema()` method they build lazily, and the editor never calls it: core's registry schema
// is published from Node. Those two modules are replaced in the editor's bundle by modules with the
// same export names, read from zod's own files: each export returns a method that throws if a
// schema's JSON Schema is ever asked for (zod builds those methods when a schema's `~standard` is
// read, and calls them only to convert).
const JSON_SCHEMA_MODULES = /[\\/]zod[\\/]v4[\\/]core[\\/](json-schema-processors|to-json-schema)\.js$/;

function withoutJsonSchema(): Plugin {
  return throwingModules({
    name: "factmark-without-json-schema",
    imports: (source) => /json-schema|to-json-schema/.test(source),
    resolved: (id) => JSON_SCHEMA_MODULES.test(id),
    // zod calls these when it builds a schema's methods: each returns the method that throws.
    stub: () => `() => () => { throw new Error("zod's JSON Schema conversion is not part of the factmark editor"); }`,
  });
}

// Core parses registry data and citations with zod in `dist/parse-records.js`, which its other
// files import by that name (see packages/core/src/parse-records.ts). The editor parses nothing
// untrusted there: it loads the service's registry (core's own `toData()`) and the bundled
// datasets as trusted data, and its dialogs pass the citations they build and check as trusted.
// Core's import is answered with a module of the same export names whose functions throw, so zod
// and core's schemas (declared pure) stay out of the bundle: about 18 kB of the first load.
function trustedRecordsOnly(): Plugin {
  return throwingModules({
    name: "factmark-trusted-records-only",
    imports: (source, importer) => source === "./parse-records.js" && /[\\/]core[\\/]dist[\\/]/.test(importer),
    resolved: () => true,
    stub: (name) => `() => { throw new Error(${JSON.stringify(`${name}: the factmark editor loads only trusted registry data and citations; core's zod parses are not part of its bundle`)}); }`,
  });
}

/**
 * A plugin that answers the imports `imports` picks (once resolved to a file `resolved` accepts)
 * with a module of that file's export names, each bound to the expression `stub` gives for it (a
 * function that throws): what the editor leaves out of its bundle stays out, and a call says why.
 */
function throwingModules(spec: { name: string; imports: (source: string, importer: string) => boolean; resolved: (id: string) => boolean; stub: (name: string) => string }): Plugin {
  const prefix = `\0${spec.name}:`;
  return {
    name: spec.name,
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (!importer || !spec.imports(source, importer)) return undefined;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && spec.resolved(resolved.id) ? `${prefix}${resolved.id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(prefix)) return undefined;
      const body = exportNames(id.slice(prefix.length)).map((name) => `export const ${name} = ${spec.stub(name)};`).join("\n");
      return `${body}\n`;
    },
  };
}

/** The names an ES module's file exports (`export const|function|let|class x`, `export { a as b }`). */
function exportNames(file: string): string[] {
  const real = readFileSync(file, "utf8");
  const names = new Set<string>();
  for (const m of real.matchAll(/^export\s+(?:const|function|let|class)\s+([A-Za-z_$][\w$]*)/gm)) names.add(m[1]!);
  for (const m of real.matchAll(/^export\s*\{([^}]*)\}/gm)) for (const part of m[1]!.split(",")) names.add(part.trim().split(/\s+as\s+/).pop()!);
  names.delete("");
  return [...names];
}

// chrono-node reads only the dates core's own reader declines (core's dist/chrono-reader.js,
// some 12 kB compressed). The page's first script leaves it out: core's import of it is answered
// by a module that reads no dates with chrono until `loadDateReader()` (from
// "virtual:factmark-late-dates") has loaded it, which the editor does after the first findings,
// and then checks the story again. Until then, a date only chrono reads is not read.
const LATE_DATES = "\0factmark-late-dates";
const CHRONO_READER = "virtual:factmark-chrono-reader";

function lateDates(): Plugin {
  let real: string | undefined;
  return {
    name: "factmark-late-dates",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (source === "virtual:factmark-late-dates") return LATE_DATES;
      if (source === CHRONO_READER) {
        // Beside core's own entry, whichever of the two imports is met first.
        if (!real) {
          const core = await this.resolve("@factmark/core", importer, { ...options, skipSelf: true });
          real = core ? join(dirname(core.id), "chrono-reader.js") : undefined;
        }
        return real;
      }
      if (source !== "./chrono-reader.js" || !importer || !/[\\/]core[\\/]dist[\\/]/.test(importer)) return undefined;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved) return undefined;
      real = resolved.id;
      return LATE_DATES;
    },
    load(id) {
      if (id !== LATE_DATES) return undefined;
      return [
        "let reader;",
        "let loading;",
        "export function readWithChrono(text, reference) { return reader ? reader(text, reference) : []; }",
        'export function dateReader() { throw new Error("chrono-node loads after the first check in the factmark editor"); }',
        `export function loadDateReader() { loading ??= import(${JSON.stringify(CHRONO_READER)}).then((m) => { reader = m.readWithChrono; }); return loading; }`,
      ].join("\n");
    },
  };
}

export default defineConfig({
  plugins: [foundingArticle(), precompress(), withoutJsonSchema(), trustedRecordsOnly(), lateDates()],
  build: {
    target: "es2022",
    // Every chunk loaded on demand imports only the page's chunk or the chunk that loads it, both
    // already there: no script is left to preload (the chart's stylesheet still loads with it),
    // and the preload polyfill stays out of the page's script.
    modulePreload: false,
    rolldownOptions: {
      output: {
        // Everything the page imports statically in one chunk: split across two, the script
        // loaded before the first findings compresses worse. What loads on demand (the Markdown
        // and HTML readers, the editing commands, the dialogs, the chart, the hover card, the
        // bundled registry) stays in chunks of its own.
        codeSplitting: { groups: [{ name: "index", tags: ["$initial"] }] },
      },
    },
    // The bundled registry (about 7,000 claims) is one string literal in a chunk loaded on demand.
    chunkSizeWarningLimit: 4096,
  },
  preview: { host: "127.0.0.1" },
});
