import { defaultRegistry } from "@factmark/dataset-gaza";
import { defaultRegistry as ukraineRegistry } from "@factmark/dataset-ukraine";
import { Registry, check } from "@factmark/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { searchSources, sourcesForFigure } from "../src/sources.js";
import { STORY, STORY_DATE, newsroomData } from "./newsroom-conflict.js";

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
    expect(searchSources(registry, "   ", { limit: 5 }).map((m) => m.source.id)).toEqual(registry.sources().slice(0, 5).map((s) => s.id));
  });

  it("returns nothing for a name no source has", () => {
    expect(searchSources(registry, "zzqx")).toEqual([]);
  });

  it("never throws and never returns more than the limit, whatever is typed (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.integer({ min: 0, max: 30 }), (query, limit) => {
        const results = searchSources(registry, query, { limit, prefer: ["ocha", "no-such-source", "gaza-moh"] });
        expect(results.length).toBeLessThanOrEqual(limit);
        expect(new Set(results.map((r) => r.source.id)).size).toBe(results.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the sources likely behind a figure", () => {
  // The bundled datasets first, as the service and the editor merge them, then a newsroom's conflict.
  const merged = Registry.merge([defaultRegistry(), ukraineRegistry(), Registry.from(newsroomData)]);
  const story = STORY.join("\n\n");
  const findings = check(story, { registry: merged, date: STORY_DATE });
  const unsourced = findings.filter((f) => f.ruleId === "unsourced-figure" && f.text === "Some 2,400");
  const veridianWar = merged.conflict("veridian-coastal-war");

  it("lists a newsroom conflict's source first for an unsourced figure of its count, where registration order buries it", () => {
    expect(unsourced).toHaveLength(1);
    const prefer = sourcesForFigure(merged, unsourced, veridianWar);
    expect(prefer[0]).toBe("veridia-health-office");
    expect(searchSources(merged, "", { prefer })[0]?.source.id).toBe("veridia-health-office");
    // Without it the empty picker shows the bundled datasets' first sources only.
    expect(searchSources(merged, "").map((m) => m.source.id)).not.toContain("veridia-health-office");
  });

  it("puts the figure's source before other sources that match a query as well", () => {
    const prefer = sourcesForFigure(merged, unsourced, veridianWar);
    const ids = searchSources(merged, "health", { prefer }).map((m) => m.source.id);
    expect(ids[0]).toBe("veridia-health-office");
    expect(ids).toContain("gaza-moh");
    expect(searchSources(merged, "health").map((m) => m.source.id)[0]).toBe("gaza-moh");
  });

  it("keeps a better text match first: a preference breaks ties only", () => {
    expect(searchSources(merged, "gaza health ministry", { prefer: sourcesForFigure(merged, unsourced, veridianWar) })[0]?.source.id).toBe("gaza-moh");
  });

  it("takes the sources a finding cites, then its evidence's, then the story's conflict's series', each once", () => {
    const outdated = findings.filter((f) => f.ruleId === "outdated-figure");
    expect(outdated).toHaveLength(1);
    expect(sourcesForFigure(merged, outdated)).toEqual(["veridia-health-office"]);
    const citing = { fixes: [{ kind: "cite" as const, label: "", from: 0, to: 1, citation: { source: "ocha", published: "2024-01-01" } }], evidence: outdated[0]!.evidence };
    expect(sourcesForFigure(merged, [citing], veridianWar)).toEqual(["ocha", "veridia-health-office"]);
    // With no finding, the conflict alone: the sources whose series count in it.
    expect(sourcesForFigure(merged, [], veridianWar)).toEqual(["veridia-health-office"]);
    const gazaWar = merged.conflictsOfPlace("gaza")[0]!;
    const gazaSources = sourcesForFigure(merged, [], gazaWar);
    expect(gazaSources).toContain("gaza-moh");
    expect(gazaSources).not.toContain("veridia-health-office");
    expect(sourcesForFigure(merged, [])).toEqual([]);
  });

  it("counts a series with no conflict of its own in the conflict fought where it counts", () => {
    const { conflict: _, ...undeclared } = newsroomData.series[0]!;
    const small = Registry.from({ ...newsroomData, series: [{ ...undeclared, population: { place: "port-aster" } }], claims: [] });
    expect(sourcesForFigure(small, [], small.conflict("veridian-coastal-war"))).toEqual(["veridia-health-office"]);
  });

  it("leaves out a source the registry does not hold", () => {
    const ghost = { fixes: [{ kind: "cite" as const, label: "", from: 0, to: 1, citation: { source: "no-such-source", published: "2024-01-01" } }], evidence: [] };
    expect(sourcesForFigure(merged, [ghost])).toEqual([]);
  });
});
