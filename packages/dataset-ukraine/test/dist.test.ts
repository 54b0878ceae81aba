// The built artefact, as consumers load it: run `npm run build` first (turbo's test task does).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { type CompactRegistryData, Registry, expandRegistryData } from "@factmark/core";
import { describe, expect, it } from "vitest";

type Api = typeof import("../src/index.js");

const dist = new URL("../dist/", import.meta.url);
const require = createRequire(import.meta.url);
const esm = (await import(pathToFileURL(new URL("index.js", dist).pathname).href)) as Api;
const cjs = require(new URL("index.cjs", dist).pathname) as Api;
const rawJson = JSON.parse(readFileSync(new URL("registry.json", dist), "utf8")) as unknown;

describe("the built package", () => {
  it("exports the same sorted API from ESM and CommonJS", () => {
    const names = ["DATASET_INFO", "defaultRegistry", "loadDefaultRegistryData"];
    expect(Object.keys(esm).sort()).toEqual(names);
    expect(Object.keys(cjs).sort()).toEqual(names);
  });

  it("carries a registry equal to dist/registry.json", () => {
    expect(esm.loadDefaultRegistryData()).toEqual(rawJson);
    expect(cjs.loadDefaultRegistryData()).toEqual(rawJson);
  });

  it("parses the data once and builds the registry once", () => {
    expect(esm.loadDefaultRegistryData()).toBe(esm.loadDefaultRegistryData());
    const registry = esm.defaultRegistry();
    expect(registry).toBeInstanceOf(Registry);
    expect(esm.defaultRegistry()).toBe(registry);
  });

  it("answers the UN's count and the General Staff's claim from the registry", () => {
    expect(esm.defaultRegistry().valueAt("ohchr-ukraine-civilians-killed", "2024-11-01")?.quantity.value).toBe(12162);
    expect(cjs.defaultRegistry().valueAt("ua-general-staff-russian-personnel", "2025-03-11")?.quantity.value).toBe(887620);
  });

  it("resolves the raw file through the ./registry.json export", () => {
    expect(JSON.parse(readFileSync(require.resolve("@factmark/dataset-ukraine/registry.json"), "utf8"))).toEqual(rawJson);
  });

  it("describes its snapshots, licences and attribution, dated by the data", () => {
    const info = esm.DATASET_INFO;
    expect(info.date).toBe("2026-08-08");
    expect(info.attribution).toContain("OHCHR (HRMMU) / UNHCR");
    expect(info.snapshots.find((s) => s.id === "piv")).toMatchObject({ commit: "37655f8bbdd6806d2f94416253116b02a750c97b", licence: expect.stringContaining("MIT") });
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
    expect(require.resolve("@factmark/dataset-ukraine/data")).toBe(new URL("data.cjs", dist).pathname);
  });
});
