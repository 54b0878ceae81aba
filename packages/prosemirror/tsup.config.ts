import { copyFileSync } from "node:fs";
import { defineConfig } from "tsup";

// Two entries, each as ESM and CommonJS with its own .d.ts/.d.cts: the plugin, and the Tiptap
// extension (a separate entry so ProseMirror-only apps never load @tiptap/core). The stylesheet
// ships as a plain file at @factmark/prosemirror/style.css. Splitting (for CommonJS too) puts the
// plugin in one shared chunk, so both entries read the same plugin key.
export default defineConfig({
  entry: ["src/index.ts", "src/tiptap.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: false,
  clean: true,
  splitting: true,
  target: "es2022",
  external: [/^prosemirror-/, /^@tiptap\//, "@factmark/core"],
  onSuccess: async () => {
    copyFileSync("src/style.css", "dist/style.css");
  },
});
