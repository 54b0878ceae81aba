import { defineConfig } from "tsup";

// Markdown parsing (micromark/mdast) and HTML parsing (htmlparser2) ship ESM only.
// The CommonJS build bundles them so `require("@factmark/core")` works on every supported Node.
const esmOnly = [/^htmlparser2/, /^entities/, /^domhandler/, /^domutils/, /^domelementtype/, /^dom-serializer/, /^mdast-/, /^micromark/, /^unist-/, /^decode-named-character-reference/, /^character-entities/, /^devlop/, /^fault/, /^format/, /^escape-string-regexp/];

export default defineConfig([
  {
    entry: ["src/index.ts"],
    format: ["esm"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
  },
  {
    entry: ["src/index.ts"],
    format: ["cjs"],
    dts: true,
    sourcemap: true,
    target: "es2022",
    noExternal: esmOnly,
  },
]);
