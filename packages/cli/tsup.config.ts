import { defineConfig } from "tsup";

// `index` is the programmatic API (runCli), built as ESM and CommonJS like core, with its
// dependencies left to the app that installs it (one zod, one @factmark/core).
//
// `bin` is the `factmark` command, ESM only (it awaits at top level). A command pays its start-up
// on every run (a pre-commit hook, a CMS calling it per story), and Node's module loader costs
// about a millisecond per file: zod alone is a hundred files. So the command is bundled with the
// code it runs (core, zod, its own modules) into a few files, split so that each subcommand and
// the Markdown and HTML readers load only when a run needs them: it imports `@factmark/core/lazy`
// and reads stories through `loadInputReader`. Whitespace and syntax are minified, names are kept
// for stack traces. Core's releases reach the command: every core release releases the command
// too (updateInternalDependencies in .changeset/config.json), rebuilt on the new core when it is
// packed. The language server's libraries stay external: they are CommonJS and only `factmark
// lsp` loads them. esbuild keeps src/bin.ts's shebang.
export default defineConfig([
  {
    entry: ["src/index.ts"],
    format: ["esm"],
    dts: { entry: "src/index.ts" },
    sourcemap: false,
    // dist/bin is the third build's, which may run first.
    clean: ["!bin/**"],
    target: "node20",
  },
  {
    entry: ["src/index.ts"],
    format: ["cjs"],
    dts: true,
    sourcemap: false,
    target: "node20",
  },
  {
    entry: { bin: "src/bin.ts" },
    outDir: "dist/bin",
    format: ["esm"],
    splitting: true,
    clean: true,
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: false,
    target: "node20",
    // The dataset packages stay external: their data is updated more often than the code, and
    // the command reads it from the version installed (through their `/data` entry).
    noExternal: [/^(?!vscode-languageserver|@factmark\/dataset-)/],
    esbuildOptions(options) {
      // Core's chunks import esbuild's helpers bare; the named imports beside them are kept.
      options.logOverride = { "ignored-bare-import": "silent" };
    },
    // Bundled CommonJS (picomatch, papaparse) calls require() for Node's own modules.
    banner: { js: 'import { createRequire as __factmarkRequire } from "node:module";\nconst require = __factmarkRequire(import.meta.url);' },
  },
]);
