import { defineConfig } from "tsup";

// `index` is the programmatic API (createApp, openStore, startServer); `bin` is the
// `factmark-server` command; `check-worker` is the module each checking thread loads. ESM only:
// the service runs on Node 20, never in a bundler.
// esbuild keeps src/bin.ts's shebang.
export default defineConfig({
  entry: ["src/index.ts", "src/bin.ts", "src/check-worker.ts"],
  format: ["esm"],
  dts: { entry: "src/index.ts" },
  sourcemap: true,
  clean: true,
  target: "node20",
  platform: "node",
});
