import { defaultRegistry } from "@factmark/dataset-gaza";
import { Registry } from "@factmark/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { searchSources } from "../src/sources.js";

const registry = defaultRegistry();

describe("searching sources", () => {
  it("finds the Gaza Ministry of Health by an alias a story uses", () => {
    const [first] = searchSources(registry, "gaza health ministry");
    expect(first?.source.id).toBe("gaza-moh");
    expect(first?.matched).toBe("Gaza Health Ministry");
    expect(first?.viaAlias).toBe(true);
  });

  it("finds OCHA by its acronym, ignoring case", () => {
    expect(searchSources(registry, "ocha")[0]?.source.id).toBe("ocha");
  });

  it("ranks a name match before an alias match of the same rank", () => {
    const small = Registry.from({
      version: 1,
      sources: [
        { id: "b", name: "Other body", aliases: ["Ministry"], type: "other" },
        { id: "a", name: "Ministry", type: "official-body" },
      ],
    });
    expect(searchSources(small, "ministry").map((m) => m.source.id)).toEqual(["a", "b"]);
  });

  it("ignores accents, curly apostrophes and punctuation", () => {
    expect(searchSources(registry, "Gaza’s Ministry of Health")[0]?.source.id).toBe("gaza-moh");
    expect(searchSources(registry, "U.N. OCHA")[0]?.source.id).toBe("ocha");
  });

  it("lists every source by name for an empty query, up to the limit", () => {
    expect(searchSources(registry, "   ", 5).map((m) => m.source.id)).toEqual(registry.sources().slice(0, 5).map((s) => s.id));
  });

  it("returns nothing for a name no source has", () => {
    expect(searchSources(registry, "zzqx")).toEqual([]);
  });

  it("never throws and never returns more than the limit, whatever is typed (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.integer({ min: 0, max: 30 }), (query, limit) => {
        const results = searchSources(registry, query, limit);
        expect(results.length).toBeLessThanOrEqual(limit);
        expect(new Set(results.map((r) => r.source.id)).size).toBe(results.length);
      }),
      { numRuns: 300 },
    );
  });
});
