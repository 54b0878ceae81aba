import { RegistryData } from "@factmark/core";
import { describe, expect, it } from "vitest";
import { compactRegistryData } from "../scripts/compact.mjs";
import { readUkraineData, resolveDataDir } from "../scripts/read-data.mjs";
import { buildRegistryData } from "../scripts/transform.mjs";
import { expandRegistryData } from "../src/compact.js";

const claim = (id: string, asOf: string, value: number, extra: Record<string, unknown> = {}) => ({
  kind: "casualty",
  id,
  asOf,
  series: "s",
  measure: "killed",
  population: { group: "people", place: "ukraine" },
  since: "2022-02-24",
  citations: [{ source: "src", published: asOf, url: "https://example.org/data.json" }],
  quantity: { value },
  ...extra,
});

describe("the compact form of registry data", () => {
  it("gives back the whole Ukraine registry, claims in order", () => {
    const data = buildRegistryData(readUkraineData(resolveDataDir()));
    const compact = compactRegistryData(data);
    expect(expandRegistryData(compact)).toEqual(data);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(data).length / 5);
  });

  it("keeps fields a claim lacks, statuses, odd ids and claims of other kinds", () => {
    const data = RegistryData.parse({
      sources: [{ id: "src", name: "Source", type: "dataset" }],
      series: [{ id: "s", title: "S", source: "src", measure: "killed", population: { place: "ukraine" } }],
      claims: [
        { kind: "event", id: "e", event: "war-start", title: "Start", date: "2022-02-24", asOf: "2022-02-24", citations: [{ source: "src", published: "2022-02-24" }] },
        ...Array.from({ length: 10 }, (_, i) => claim(`s:2024-01-${String(i + 10)}`, `2024-01-${String(i + 10)}`, 100 + i)),
        claim("s:2024-01-20:v1", "2024-01-20", 100, { status: "corrected", since: undefined }),
        claim("s:2024-01-20", "2024-01-20", 121, { supersedes: [{ claim: "s:2024-01-20:v1", reason: "correction" }] }),
        claim("s:2024-01-21", "2024-01-21", 122, { citations: [{ source: "src", published: "2024-01-25" }], quantity: { value: 122, qualifier: "about" } }),
      ],
    });
    expect(expandRegistryData(compactRegistryData(data))).toEqual(data);
  });
});
