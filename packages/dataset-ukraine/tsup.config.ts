import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { defineConfig } from "tsup";

// scripts/build-data.mjs writes the registry to generated/ (never committed); this build inlines
// its compact form into the bundles and copies the full JSON to dist/registry.json.
const generated = new URL("./generated/", import.meta.url);
const registryFile = new URL("registry.json", generated);
const compactFile = new URL("registry.compact.json", generated);
const infoFile = new URL("dataset-info.json", generated);

function readGenerated(file: URL): string {
  if (!existsSync(file)) {
    throw new Error(`${file.pathname} is missing; run node scripts/build-data.mjs first (npm run build does).`);
  }
  return readFileSync(file, "utf8");
}

export default defineConfig({
  // `data` is the data alone (see src/data.ts), which `index` imports: split into a module of its
  // own in both formats, so each format ships the data once.
  entry: ["src/index.ts", "src/data.ts"],
  format: ["esm", "cjs"],
  splitting: true,
  dts: true,
  sourcemap: false,
  clean: true,
  target: "es2022",
  define: {
    // A JSON string literal of the JSON text: the bundle calls JSON.parse on it.
    __FACTMARK_REGISTRY_JSON__: JSON.stringify(readGenerated(compactFile)),
    __FACTMARK_DATASET_INFO__: readGenerated(infoFile),
  },
  async onSuccess() {
    readGenerated(registryFile);
    copyFileSync(registryFile, new URL("./dist/registry.json", import.meta.url));
  },
});
