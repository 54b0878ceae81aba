import { createRequire } from "node:module";
import { defineConfig } from "tsup";

// yaml's Node build is CommonJS spread over some sixty files; its browser build is the same code
// as ESM, with nothing of Node's, and bundles into one file.
const yamlEsm = createRequire(import.meta.url).resolve("yaml/package.json").replace(/package\.json$/, "browser/index.js");
const alias = { yaml: yamlEsm };

// Markdown parsing (micromark/mdast) and HTML parsing (htmlparser2) ship ESM only.
// The CommonJS build bundles them so `require("@factmark/core")` works on every supported Node.
// The ESM build bundles them too, with chrono-node and yaml: none appears in the API,
// and as one file they load in a fraction of the time their few hundred modules take (a CLI run
// or a serverless call pays that on every start). zod stays external: its schemas are the API.
const bundled = [/^chrono-node/, /^yaml/, /yaml\/browser\//];
const esmOnly = [/^htmlparser2/, /^entities/, /^domhandler/, /^domutils/, /^domelementtype/, /^dom-serializer/, /^mdast-/, /^micromark/, /^unist-/, /^decode-named-character-reference/, /^character-entities/, /^devlop/, /^fault/, /^format/, /^escape-string-regexp/];

// No source maps: dist/ is unminified ESM and CommonJS that reads as the source does, and maps
// without their sources would only add weight to every install.
export default defineConfig([
  {
    // The format readers and the CSV loader are entries of their own, so their code (and what
    // they bundle: micromark, yaml, htmlparser2; papaparse's import) sits in modules an app's
    // bundler drops when the app never parses Markdown, HTML or CSV (the package has no side
    // effects). `dist/index.js` and `dist/lazy.js` (see src/lazy.ts) are exported; the other files
    // are their chunks.
    // `registry-data` is an entry only so that the schemas the loader shares with the rest of
    // the package land in a chunk of their own, apart from the loader and its papaparse import.
    // chrono-node sits in `dist/chrono-reader.js`, an entry the rest imports by that name (an
    // external import, not a chunk): an app's bundler can then load it after the first check
    // (the editor does, see apps/editor/vite.config.ts), and everyone else gets it with the rest.
    // `dist/parse-records.js` (the zod parses of `Registry.from`, `with`, `merge` and
    // `parseCitation`, see src/parse-records.ts) is imported by name the same way, so that a
    // bundle which loads only trusted data can leave zod out.
    entry: {
      index: "src/index.ts",
      lazy: "src/lazy.ts",
      "formats/markdown": "src/formats/markdown.ts",
      "formats/html": "src/formats/html.ts",
      load: "src/load.ts",
      "registry-data": "src/registry-data.ts",
      "chrono-reader": "src/chrono-reader.ts",
      "parse-records": "src/parse-records.ts",
    },
    format: ["esm"],
    splitting: true,
    dts: { entry: { index: "src/index.ts", lazy: "src/lazy.ts", "parse-records": "src/parse-records.ts" } },
    external: ["./chrono-reader.js", "./parse-records.js"],
    noExternal: [...esmOnly, ...bundled],
    esbuildOptions(options) {
      options.alias = alias;
    },
    sourcemap: false,
    clean: true,
    target: "es2022",
  },
  {
    // Split too, so that `require("@factmark/core")` and `require("@factmark/core/lazy")` share
    // their modules (one `Registry` class).
    entry: ["src/index.ts", "src/lazy.ts"],
    format: ["cjs"],
    splitting: true,
    dts: true,
    sourcemap: false,
    target: "es2022",
    noExternal: [...esmOnly, ...bundled],
    esbuildOptions(options) {
      options.alias = alias;
    },
  },
]);
