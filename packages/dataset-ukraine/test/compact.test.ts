import { compactRegistryData, expandRegistryData } from "@factmark/core";
import { describe, expect, it } from "vitest";
import { readUkraineData, resolveDataDir } from "../scripts/read-data.mjs";
import { buildRegistryData } from "../scripts/transform.mjs";

describe("the compact form of registry data", () => {
  it("gives back the whole Ukraine registry, claims in order", () => {
    const data = buildRegistryData(readUkraineData(resolveDataDir()));
    const compact = compactRegistryData(data);
    expect(expandRegistryData(compact)).toEqual(data);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(data).length / 5);
  });
});
