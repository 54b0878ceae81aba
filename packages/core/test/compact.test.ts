import { describe, expect, it } from "vitest";
import { RegistryData, compactRegistryData, expandRegistryData } from "../src/index.js";

const claim = (id: string, asOf: string, value: number, extra: Record<string, unknown> = {}) => ({
  kind: "casualty",
  id,
  asOf,
  series: "s",
  measure: "killed",
  population: { group: "people", place: "gaza" },
  since: "2023-10-07",
  citations: [{ source: "src", published: asOf, url: "https://example.org/data.json" }],
  quantity: { value },
  ...extra,
});

describe("the compact form of registry data", () => {
  it("keeps fields a claim lacks, statuses, odd ids and claims of other kinds", () => {
    const data = RegistryData.parse({
      sources: [{ id: "src", name: "Source", type: "dataset" }],
      series: [{ id: "s", title: "S", source: "src", measure: "killed", population: { place: "gaza" } }],
      claims: [
        { kind: "event", id: "e", event: "war-start", title: "Start", date: "2023-10-07", asOf: "2023-10-07", citations: [{ source: "src", published: "2023-10-07" }] },
        ...Array.from({ length: 10 }, (_, i) => claim(`s:2024-01-${String(i + 10)}`, `2024-01-${String(i + 10)}`, 100 + i)),
        claim("s:2024-01-20:v1", "2024-01-20", 100, { status: "corrected", since: undefined }),
        claim("s:2024-01-20", "2024-01-20", 121, { supersedes: [{ claim: "s:2024-01-20:v1", reason: "correction" }] }),
        claim("s:2024-01-21", "2024-01-21", 122, { citations: [{ source: "src", published: "2024-01-25" }], quantity: { value: 122, qualifier: "about" } }),
      ],
    });
    expect(expandRegistryData(compactRegistryData(data))).toEqual(data);
  });

  it("writes a daily series as one template and a row per day, and other claims out", () => {
    const data = RegistryData.parse({
      sources: [{ id: "src", name: "Source", type: "dataset" }],
      series: [{ id: "s", title: "S", source: "src", measure: "killed", population: { place: "gaza" } }],
      claims: Array.from({ length: 12 }, (_, i) => claim(`s:2024-02-${String(i + 10)}`, `2024-02-${String(i + 10)}`, 200 + i)),
    });
    const compact = compactRegistryData(data);
    expect(compact.chunks).toHaveLength(1);
    expect("rows" in compact.chunks[0]! ? compact.chunks[0].rows : []).toHaveLength(12);
    expect(expandRegistryData(compact)).toEqual(data);
  });
});
