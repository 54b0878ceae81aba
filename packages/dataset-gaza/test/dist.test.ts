// The built artefact, as consumers load it: run `npm run build` first (turbo's test task does).
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { type CompactRegistryData, Registry, expandRegistryData } from "@factmark/core";
import { describe, expect, it } from "vitest";

type Api = typeof import("../src/index.js");

const dist = new URL("../dist/", import.meta.url);
const require = createRequire(import.meta.url);
const esm = (await import(pathToFileURL(new URL("index.js", dist).pathname).href)) as Api;
const cjs = require(new URL("index.cjs", dist).pathname) as Api;
// The full registry scripts/build-data.mjs wrote beside the compact form the bundles carry.
const rawJson = JSON.parse(readFileSync(new URL("../generated/registry.json", import.meta.url), "utf8")) as unknown;

describe("the built package", () => {
  it("exports the same sorted API from ESM and CommonJS", () => {
    const names = ["DATASET_INFO", "defaultRegistry", "loadDefaultRegistryData"];
    expect(Object.keys(esm).sort()).toEqual(names);
    expect(Object.keys(cjs).sort()).toEqual(names);
  });

  it("carries a registry equal to the one the build wrote", () => {
    expect(esm.loadDefaultRegistryData()).toEqual(rawJson);
    expect(cjs.loadDefaultRegistryData()).toEqual(rawJson);
  });

  it("parses the data once and builds the registry once", () => {
    expect(esm.loadDefaultRegistryData()).toBe(esm.loadDefaultRegistryData());
    const registry = esm.defaultRegistry();
    expect(registry).toBeInstanceOf(Registry);
    expect(esm.defaultRegistry()).toBe(registry);
  });

  it("answers the founding article's figure from the default registry", () => {
    expect(esm.defaultRegistry().valueAt("gaza-moh-killed", "2024-05-04")?.quantity.value).toBe(34654);
    expect(cjs.defaultRegistry().valueAt("ocha-west-bank-killed", "2024-05-06")?.quantity.value).toBe(480);
  });

  it("ships its data once per module format, with no separate JSON file", () => {
    const files = readdirSync(dist);
    expect(files.filter((file) => !file.startsWith("chunk-")).sort()).toEqual(["data.cjs", "data.d.cts", "data.d.ts", "data.js", "index.cjs", "index.d.cts", "index.d.ts", "index.js"]);
    // The compact JSON text, in one module of each format: the data entry and the main entry share it.
    const holding = files.filter((file) => readFileSync(new URL(file, dist), "utf8").includes("gaza-moh-killed"));
    expect(holding.filter((file) => file.endsWith(".js"))).toHaveLength(1);
    expect(holding.filter((file) => file.endsWith(".cjs"))).toHaveLength(1);
    expect(() => require.resolve("@factmark/dataset-gaza/registry.json")).toThrow(/not defined by "exports"/);
  });

  it("describes its snapshots, licences and attribution, dated by the data", () => {
    const info = esm.DATASET_INFO;
    expect(info.date).toBe("2026-08-22");
    expect(info.attribution).toContain("Tech for Palestine, data.techforpalestine.org");
    expect(info.snapshots.find((s) => s.id === "tfp")?.commit).toBe("9ea6456f4437dac6f04e22eaab85b0ec88601179");
    expect(info.snapshots.find((s) => s.id === "360info")).toMatchObject({ commit: "b9e42d95a73d24fbdec47f7fd7596a9196f25af6", licence: expect.stringContaining("CC BY 4.0") });
    expect(info.counts.claims).toBe(esm.loadDefaultRegistryData().claims.length);
  });

  it("imports nothing from Node in its entries, so it bundles for the browser; its data entry imports no code at all", () => {
    // Every module an entry loads, following its own chunks.
    const packagesOf = (file: string, seen = new Set<string>()): Set<string> => {
      const found = new Set<string>();
      if (seen.has(file)) return found;
      seen.add(file);
      const code = readFileSync(new URL(file, dist), "utf8");
      for (const [, name] of code.matchAll(/(?:from\s+|require\(|import\s+)\s*["']([^"']+)["']/g)) {
        if (name!.startsWith("./")) for (const inner of packagesOf(name!.slice(2), seen)) found.add(inner);
        else found.add(name!);
      }
      return found;
    };
    for (const file of ["index.js", "index.cjs"]) expect(packagesOf(file), file).toEqual(new Set(["@factmark/core"]));
    for (const file of ["data.js", "data.cjs"]) expect(packagesOf(file), file).toEqual(new Set());
  });

  it("gives its data alone through /data, the registry's compact JSON text and its description", async () => {
    const data = (await import(pathToFileURL(new URL("data.js", dist).pathname).href)) as typeof import("../src/data.js");
    const dataCjs = require(new URL("data.cjs", dist).pathname) as typeof import("../src/data.js");
    expect(Object.keys(data).sort()).toEqual(["COMPACT_REGISTRY_JSON", "DATASET_INFO"]);
    expect(Object.keys(dataCjs).sort()).toEqual(["COMPACT_REGISTRY_JSON", "DATASET_INFO"]);
    expect(expandRegistryData(JSON.parse(data.COMPACT_REGISTRY_JSON) as CompactRegistryData)).toEqual(esm.loadDefaultRegistryData());
    expect(dataCjs.COMPACT_REGISTRY_JSON).toBe(data.COMPACT_REGISTRY_JSON);
    expect(data.DATASET_INFO).toEqual(esm.DATASET_INFO);
    expect(require.resolve("@factmark/dataset-gaza/data")).toBe(new URL("data.cjs", dist).pathname);
  });
});
