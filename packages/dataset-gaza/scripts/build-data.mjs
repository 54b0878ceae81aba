// Builds the default registry from the shared data directory (see read-data.mjs for where it is)
// and writes to generated/ (never committed) the registry (registry.json), its compact form for
// the bundles (registry.compact.json) and the dataset description (dataset-info.json); tsup
// inlines them into dist/ (tsup.config.ts). Run by `npm run build` before tsup. Prints the
// number of claims per series.
import { mkdirSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { RegistryData, parseWith } from "@factmark/core";
import { compactRegistryData } from "@factmark/core";
import { buildDatasetInfo } from "./dataset-info.mjs";
import { readSharedData, resolveDataDir } from "./read-data.mjs";
import { buildRegistryInput, findDanglingReferences } from "./transform.mjs";

const started = performance.now();
const dir = resolveDataDir();
try {
  const data = readSharedData(dir);
  const { registry: input, skipped } = buildRegistryInput(data);
  const registry = parseWith(RegistryData, input, "default registry", {}, "invalid-registry");
  const dangling = findDanglingReferences(registry);
  if (dangling.length > 0) throw new Error(`the default registry has dangling references:\n  ${dangling.join("\n  ")}`);
  const date = registry.date ?? "";
  const info = buildDatasetInfo({
    date,
    counts: { sources: registry.sources.length, actors: registry.actors.length, series: registry.series.length, claims: registry.claims.length },
    ...(data.snapshot ? { refresh: data.snapshot } : {}),
    revisions: data.revisions !== undefined,
  });

  const out = new URL("../generated/", import.meta.url);
  mkdirSync(out, { recursive: true });
  const json = JSON.stringify(registry);
  const compact = JSON.stringify(compactRegistryData(registry));
  writeFileSync(new URL("registry.json", out), json);
  writeFileSync(new URL("registry.compact.json", out), compact);
  writeFileSync(new URL("dataset-info.json", out), `${JSON.stringify(info, null, 2)}\n`);

  /** @type {Map<string, number>} */
  const perSeries = new Map();
  for (const claim of registry.claims) {
    const key = claim.kind === "casualty" ? (claim.series ?? "(no series)") : `(${claim.kind})`;
    perSeries.set(key, (perSeries.get(key) ?? 0) + 1);
  }
  for (const [key, count] of perSeries) console.log(`  ${key.padEnd(40)} ${count}`);
  console.log(`  skipped: ${JSON.stringify(skipped)}`);
  console.log(
    `dataset-gaza: ${registry.claims.length} claims, ${registry.series.length} series, registry date ${date}, ` +
      `${(json.length / 1024).toFixed(0)} KiB (${(compact.length / 1024).toFixed(0)} KiB compact), from ${dir} in ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  console.error(`dataset-gaza: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
