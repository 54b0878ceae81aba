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
    entry: ["src/index.ts"],
    format: ["esm"],
    dts: true,
    noExternal: [...esmOnly, ...bundled],
    esbuildOptions(options) {
      options.alias = alias;
    },
    sourcemap: false,
    clean: true,
    target: "es2022",
  },
  {
    entry: ["src/index.ts"],
    format: ["cjs"],
    dts: true,
    sourcemap: false,
    target: "es2022",
    noExternal: [...esmOnly, ...bundled],
    esbuildOptions(options) {
      options.alias = alias;
    },
  },
]);
