import { defineConfig } from "tsup";

// Markdown parsing (micromark/mdast) and HTML parsing (htmlparser2) ship ESM only.
// The CommonJS build bundles them so `require("@factmark/core")` works on every supported Node.
// The ESM build bundles them too, with chrono-node: none appears in the API,
// and as one file they load in a fraction of the time their few hundred modules take (a CLI run
// or a serverless call pays that on every start). zod stays external: its schemas are the API.
const bundled = [/^chrono-node/];
const esmOnly = [/^htmlparser2/, /^entities/, /^domhandler/, /^domutils/, /^domelementtype/, /^dom-serializer/, /^mdast-/, /^micromark/, /^unist-/, /^decode-named-character-reference/, /^character-entities/, /^devlop/, /^fault/, /^format/, /^escape-string-regexp/];

// No source maps: dist/ is unminified ESM and CommonJS that reads as the source does, and maps
// without their sources would only add weight to every install.
export default defineConfig([
  {
    entry: ["src/index.ts"],
    format: ["esm"],
    dts: true,
    noExternal: [...esmOnly, ...bundled],
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
  },
]);
