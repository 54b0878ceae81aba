import { defineConfig } from "tsup";

// `score` is the scorer's command. truth.mjs stays external: it finds ../shared/data from its own
// location, so it must run from eval/real-copy/, not inlined into dist/.
export default defineConfig({
  entry: ["src/bin.ts"],
  format: ["esm"],
  dts: false,
  sourcemap: false,
  clean: true,
  target: "node20",
  external: [/truth\.mjs$/],
});
