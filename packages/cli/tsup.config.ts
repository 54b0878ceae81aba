import { defineConfig } from "tsup";

// `index` is the programmatic API (runCli), built as ESM and CommonJS like core; `bin` is the
// `factmark` command, ESM only (it awaits at top level). esbuild keeps src/bin.ts's shebang.
export default defineConfig([
  {
    entry: ["src/index.ts", "src/bin.ts"],
    format: ["esm"],
    dts: { entry: "src/index.ts" },
    sourcemap: false,
    clean: true,
    target: "node20",
  },
  {
    entry: ["src/index.ts"],
    format: ["cjs"],
    dts: true,
    sourcemap: false,
    target: "node20",
  },
]);
