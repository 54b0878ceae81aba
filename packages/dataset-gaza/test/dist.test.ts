// The built artefact, as consumers load it: run `npm run build` first (turbo's test task does).
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Registry } from "@factmark/core";
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
    expect(readdirSync(dist).sort()).toEqual(["index.cjs", "index.d.cts", "index.d.ts", "index.js"]);
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

  it("imports nothing from Node in its main entry, so it bundles for the browser", () => {
    for (const file of ["index.js", "index.cjs"]) {
      const code = readFileSync(new URL(file, dist), "utf8");
      const imports = [...code.matchAll(/(?:from\s+|require\()\s*["']([^"']+)["']/g)].map((match) => match[1]);
      expect(new Set(imports), file).toEqual(new Set(["@factmark/core"]));
    }
  });
});
