import { defineConfig } from "tsup";

// `index` is the programmatic API (createApp, openStore, startServer); `bin` is the
// `factmark-server` command: ESM, as the service runs on Node 20, never in a bundler (esbuild
// keeps src/bin.ts's shebang). `check-worker` is the module each checking thread loads, built as
// CommonJS (check-worker.cjs): each checking thread loads it with require(), and on Node 20 a
// require() of an ES module graph in a starting thread can abort the process while other threads
// are being ended at their deadline. CommonJS all the way down (core ships a CommonJS build)
// keeps ES modules out of the threads. The two builds run side by side, so neither cleans dist/:
// the build script empties it first.
export default defineConfig([
  {
    entry: ["src/index.ts", "src/bin.ts"],
    format: ["esm"],
    dts: { entry: "src/index.ts" },
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "node",
  },
  {
    entry: ["src/check-worker.ts"],
    format: ["cjs"],
    sourcemap: true,
    target: "node20",
    platform: "node",
  },
]);
