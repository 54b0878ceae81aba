import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FactmarkError } from "../src/errors.js";
import { Registry } from "../src/registry.js";
import { RegistryData } from "../src/registry-data.js";
import { RegistryProblem, validateRegistry } from "../src/validate.js";

const fixture = JSON.parse(readFileSync(new URL("./fixtures/registry/gaza-2024-05.json", import.meta.url), "utf8"));
// Claim positions in the fixture, by id, so the cases below read as data rather than magic numbers.
const at = Object.fromEntries((fixture.claims as { id: string }[]).map((claim, index) => [claim.id, index])) as Record<string, number>;

/** A deep copy of the fixture changed by `change`. */
function changed(change: (data: any) => void): any {
  const data = structuredClone(fixture);
  change(data);
  return data;
}

const brief = (problems: RegistryProblem[]) => problems.map(({ code, path, claimId }) => ({ code, path, ...(claimId === undefined ? {} : { claimId }) }));

describe("validateRegistry", () => {
  it("finds no problem in the Gaza fixture, as data or as a registry", () => {
    expect(validateRegistry(fixture)).toEqual([]);
    expect(validateRegistry(Registry.from(fixture))).toEqual([]);
  });

  it.each([
    [
      "a citation of an unregistered source",
      (d: any) => (d.claims[0].citations[0].source = "gaza-mohh"),
      [{ code: "unknown-source", path: ["claims", 0, "citations", 0, "source"], claimId: "gaza-moh-killed-2024-04-30" }],
    ],
    ["a series from an unregistered source", (d: any) => (d.series[1].source = "moh"), [{ code: "unknown-source", path: ["series", 1, "source"] }]],
    ["a source relayed via an unregistered source", (d: any) => (d.sources[1].via = ["gaza-moh", "wafa"]), [{ code: "unknown-source", path: ["sources", 1, "via", 1] }]],
    [
      "a classification by an unregistered issuer",
      (d: any) => (d.claims[at["ipc-north-gaza-2024-03-projected"]!].issuer = "fews-net"),
      [{ code: "unknown-source", path: ["claims", at["ipc-north-gaza-2024-03-projected"]!, "issuer"], claimId: "ipc-north-gaza-2024-03-projected" }],
    ],
    [
      "a figure in an unregistered series",
      (d: any) => (d.claims[at["gaza-moh-killed-children-2024-05-03"]!].series = "gaza-moh-children"),
      [{ code: "unknown-series", path: ["claims", at["gaza-moh-killed-children-2024-05-03"]!, "series"], claimId: "gaza-moh-killed-children-2024-05-03" }],
    ],
    [
      "a position of an unregistered actor",
      (d: any) => (d.claims[at["hamas-accepts-2024-05-06"]!].actor = "pij"),
      [{ code: "unknown-actor", path: ["claims", at["hamas-accepts-2024-05-06"]!, "actor"], claimId: "hamas-accepts-2024-05-06" }],
    ],
    [
      "a proposal by an unregistered proposer",
      (d: any) => (d.claims[at["egypt-qatar-2024-05-phase-2"]!].proposal.proposers = ["egypt", "qatar", "usa"]),
      [{ code: "unknown-actor", path: ["claims", at["egypt-qatar-2024-05-phase-2"]!, "proposal", "proposers", 2], claimId: "egypt-qatar-2024-05-phase-2" }],
    ],
    ["an actor member of an unregistered body", (d: any) => (d.actors[6].memberOf = "unga"), [{ code: "unknown-actor", path: ["actors", 6, "memberOf"] }]],
    ["a source affiliated to an unregistered actor", (d: any) => (d.sources[3].affiliation = "idf-command"), [{ code: "unknown-actor", path: ["sources", 3, "affiliation"] }]],
    [
      "a claim superseding an unregistered claim",
      (d: any) => (d.claims[at["gaza-moh-injured-2024-05-01-corrected"]!].supersedes[0].claim = "gaza-moh-injured-2024-04-31"),
      [
        { code: "unknown-claim", path: ["claims", at["gaza-moh-injured-2024-05-01-corrected"]!, "supersedes", 0, "claim"], claimId: "gaza-moh-injured-2024-05-01-corrected" },
      ],
    ],
    [
      "a claim id registered twice",
      (d: any) => d.claims.push(structuredClone(d.claims[3])),
      [{ code: "duplicate-id", path: ["claims", 23, "id"], claimId: "gaza-moh-killed-2024-05-03" }],
    ],
    [
      "a source, an actor and a series id registered twice",
      (d: any) => {
        d.sources.push({ ...d.sources[2], name: "AP" });
        d.actors.push(d.actors[0]);
        d.series.push(d.series[0]);
      },
      [
        { code: "duplicate-id", path: ["sources", 6, "id"] },
        { code: "duplicate-id", path: ["actors", 7, "id"] },
        { code: "duplicate-id", path: ["series", 3, "id"] },
      ],
    ],
    [
      "a cumulative toll that falls (34,683 typed as 34,386)",
      (d: any) => (d.claims[at["gaza-moh-killed-2024-05-05"]!].quantity.value = 34386),
      [{ code: "falling-cumulative", path: ["claims", at["gaza-moh-killed-2024-05-05"]!, "quantity"], claimId: "gaza-moh-killed-2024-05-05" }],
    ],
    [
      "a cumulative range whose top is below the previous count",
      (d: any) => (d.claims[at["gaza-moh-killed-2024-05-05"]!].quantity = { low: 34000, high: 34600 }),
      [{ code: "falling-cumulative", path: ["claims", at["gaza-moh-killed-2024-05-05"]!, "quantity"], claimId: "gaza-moh-killed-2024-05-05" }],
    ],
    [
      "phases of one proposal version with different counts",
      (d: any) => (d.claims[at["egypt-qatar-2024-05-phase-3"]!].of = 4),
      [{ code: "phase-count-disagrees", path: ["claims", at["egypt-qatar-2024-05-phase-3"]!, "of"], claimId: "egypt-qatar-2024-05-phase-3" }],
    ],
    [
      "a figure cited before its own date",
      (d: any) => (d.claims[at["gaza-moh-killed-2024-05-04"]!].citations[0].published = "2024-05-03"),
      [{ code: "citation-before-period-end", path: ["claims", at["gaza-moh-killed-2024-05-04"]!, "citations", 0, "published"], claimId: "gaza-moh-killed-2024-05-04" }],
    ],
    [
      "a current classification published before its period ends",
      (d: any) => (d.claims[at["ipc-north-gaza-2024-03-projected"]!].projection = "current"),
      [{ code: "citation-before-period-end", path: ["claims", at["ipc-north-gaza-2024-03-projected"]!, "citations", 0, "published"], claimId: "ipc-north-gaza-2024-03-projected" }],
    ],
    [
      "two claims that supersede each other",
      (d: any) => (d.claims[at["gaza-moh-injured-2024-05-01"]!].supersedes = [{ claim: "gaza-moh-injured-2024-05-01-corrected", reason: "correction" }]),
      // Named at the loop's smallest id, wherever the walk entered it.
      [{ code: "supersession-cycle", path: ["claims", at["gaza-moh-injured-2024-05-01"]!, "supersedes", 0, "claim"], claimId: "gaza-moh-injured-2024-05-01" }],
    ],
    [
      "a claim that supersedes itself",
      (d: any) => (d.claims[2].supersedes = [{ claim: d.claims[2].id, reason: "newer-report" }]),
      [{ code: "supersession-cycle", path: ["claims", 2, "supersedes", 0, "claim"], claimId: "gaza-moh-killed-2024-05-02" }],
    ],
    [
      "claims dated after the registry's date",
      (d: any) => (d.date = "2024-05-05"),
      ["gaza-moh-killed-2024-05-06", "egypt-qatar-2024-05-phase-1", "egypt-qatar-2024-05-phase-2", "egypt-qatar-2024-05-phase-3", "hamas-accepts-2024-05-06"].map((id) => ({
        code: "future-as-of",
        path: ["claims", at[id]!, "asOf"],
        claimId: id,
      })),
    ],
  ])("reports %s", (_, change, expected) => {
    const data = changed(change);
    expect(brief(validateRegistry(data))).toEqual(expected);
  });

  it.each([
    ["a correction", "correction"],
    ["a revision", "revision"],
    ["a methodology change", "methodology-change"],
  ])("accepts a cumulative toll that falls when the lower report supersedes with %s", (_, reason) => {
    const data = changed((d) => {
      const claim = d.claims[at["gaza-moh-killed-2024-05-05"]!];
      claim.quantity.value = 34386;
      claim.supersedes = [{ claim: "gaza-moh-killed-2024-05-04", reason }];
    });
    expect(validateRegistry(data)).toEqual([]);
  });

  it.each([
    ["the higher report is published later", "2024-05-06", "2024-05-05", []],
    ["the lower report is published later", "2024-05-05", "2024-05-06", ["gaza-moh-killed-2024-05-05-b"]],
  ])("compares only the report in effect of a day with two reports: %s", (_, higherPublished, lowerPublished, flagged) => {
    const data = changed((d) => {
      const claim = d.claims[at["gaza-moh-killed-2024-05-05"]!];
      claim.citations[0].published = higherPublished;
      d.claims.push({ ...structuredClone(claim), id: "gaza-moh-killed-2024-05-05-b", quantity: { value: 34386 }, citations: [{ source: "gaza-moh", published: lowerPublished }] });
    });
    expect(validateRegistry(data).map((problem) => [problem.code, problem.claimId])).toEqual(flagged.map((id) => ["falling-cumulative", id]));
  });

  it("reports places and conflicts that name what is not registered", () => {
    const data = {
      ...fixture,
      actors: [...(fixture.actors ?? []), { id: "sudan-rsf", name: "Rapid Support Forces", party: true }],
      places: [
        { id: "sudan", name: "Sudan" },
        { id: "el-fasher", name: "El Fasher", within: ["darfur"] },
      ],
      conflicts: [{ id: "sudan-war", name: "the war in Sudan", start: "2023-04-15", places: ["sudan", "kordofan"], parties: ["sudan-rsf", "sudan-saf"] }],
      series: [...fixture.series, { id: "sudan-killed", title: "Sudan", source: fixture.sources[0].id, measure: "killed", population: { place: "sudan" }, conflict: "sudan-war-2023" }],
    };
    expect(brief(validateRegistry(data))).toEqual([
      { code: "unknown-place", path: ["places", 1, "within", 0] },
      { code: "unknown-actor", path: ["conflicts", 0, "parties", 1] },
      { code: "unknown-place", path: ["conflicts", 0, "places", 1] },
      { code: "unknown-conflict", path: ["series", fixture.series.length, "conflict"] },
    ]);
  });

  it("reports a claim whose place differs from its series' place", () => {
    const data = changed((d) => (d.claims[at["gaza-moh-killed-2024-05-04"]!].population.place = "rafah"));
    const problems = validateRegistry(data);
    expect(brief(problems)).toEqual([{ code: "place-mismatch", path: ["claims", at["gaza-moh-killed-2024-05-04"]!, "population", "place"], claimId: "gaza-moh-killed-2024-05-04" }]);
    expect(problems[0]!.severity).toBe("error");
    expect(problems[0]!.message).toBe('claim "gaza-moh-killed-2024-05-04" counts in "rafah", but its series "gaza-moh-killed" counts in "gaza"; expected "place": "gaza", or a series of its own for "rafah"');
  });

  it("reports places that contain each other and a series outside its conflict's places", () => {
    const data = {
      ...fixture,
      places: [
        { id: "gaza", name: "Gaza", within: ["south-gaza"] },
        { id: "south-gaza", name: "southern Gaza", within: ["gaza"] },
        { id: "rafah", name: "Rafah", within: ["south-gaza"] },
        { id: "west-bank", name: "West Bank" },
      ],
      conflicts: [{ id: "gaza-war", name: "the war in Gaza", start: "2023-10-07", places: ["gaza"] }],
      series: [
        ...fixture.series.map((series: any) => ({ ...series, conflict: "gaza-war" })),
        { id: "wb-killed", title: "West Bank", source: "ocha", measure: "killed", population: { place: "west-bank" }, conflict: "gaza-war" },
        { id: "rafah-killed", title: "Rafah", source: "ocha", measure: "killed", population: { place: "rafah" }, conflict: "gaza-war" },
      ],
    };
    const problems = validateRegistry(data);
    expect(brief(problems)).toEqual([
      { code: "place-cycle", path: ["places", 1, "within", 0] },
      { code: "place-outside-conflict", path: ["series", fixture.series.length, "population", "place"] },
    ]);
    expect(problems[0]!.message).toContain('"gaza" within "south-gaza" within "gaza"');
    expect(problems[1]!.severity).toBe("warning");
  });

  it("accepts a falling figure that was itself corrected", () => {
    const data = changed((d) => {
      const claim = d.claims[at["gaza-moh-killed-2024-05-05"]!];
      claim.quantity.value = 34386;
      claim.status = "corrected";
    });
    expect(validateRegistry(data)).toEqual([]);
  });

  it("does not count a falling count in a non-cumulative series", () => {
    const data = changed((d) => {
      for (const claim of d.claims) if (claim.series === "gaza-moh-killed") claim.cumulative = false;
      d.claims[at["gaza-moh-killed-2024-05-05"]!].quantity.value = 34386;
    });
    expect(validateRegistry(data)).toEqual([]);
  });

  it("reports a phase index beyond its count in a registry built from trusted data", () => {
    const data = RegistryData.parse(fixture);
    const phase = data.claims[at["egypt-qatar-2024-05-phase-3"]!]!;
    if (phase.kind === "phase") phase.index = 4;
    const problems = validateRegistry(Registry.from(data, { trusted: true }));
    expect(brief(problems)).toEqual([{ code: "phase-index-beyond-count", path: ["claims", at["egypt-qatar-2024-05-phase-3"]!, "index"], claimId: "egypt-qatar-2024-05-phase-3" }]);
    expect(problems[0]!.message).toContain("phase 4 of 3");
  });

  it("throws for raw data that fails the schema instead of returning problems", () => {
    const data = changed((d) => (d.claims[at["egypt-qatar-2024-05-phase-3"]!].index = 4));
    expect(() => validateRegistry(data)).toThrow(FactmarkError);
  });

  it("returns problems that fit the RegistryProblem schema, with messages that say what was expected", () => {
    const data = changed((d) => {
      d.claims[0].citations[0].source = "gaza-mohh";
      d.claims[at["gaza-moh-killed-2024-05-05"]!].quantity.value = 34386;
    });
    const problems = validateRegistry(data);
    for (const problem of problems) expect(RegistryProblem.parse(problem)).toEqual(problem);
    expect(problems.map((p) => [p.code, p.severity])).toEqual([
      ["unknown-source", "error"],
      ["falling-cumulative", "warning"],
    ]);
    expect(problems[0]!.message).toBe(
      'claim "gaza-moh-killed-2024-04-30" (citation 1) names the source "gaza-mohh", which is not registered; expected the id of a registered source, for example "gaza-moh"',
    );
    expect(problems[1]!.message).toContain('reports 34386 killed, below 34654 in claim "gaza-moh-killed-2024-05-04" (2024-05-04)');
    expect(problems[1]!.message).toContain('"reason": "revision"');
  });

  it("reports the same problems for a registry as for its data", () => {
    const data = changed((d) => {
      d.claims[at["hamas-accepts-2024-05-06"]!].actor = "pij";
      d.date = "2024-05-05";
    });
    expect(validateRegistry(Registry.from(data))).toEqual(validateRegistry(data));
  });

  it("checks 100,000 claims with a loop of supersessions 10,000 long without overflowing the stack", () => {
    const claims = [];
    for (let i = 0; i < 100_000; i++) {
      const asOf = `2024-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
      claims.push({
        kind: "casualty" as const,
        id: `k${i}`,
        series: `s${i % 100}`,
        measure: "killed" as const,
        population: { place: "gaza" },
        asOf,
        quantity: { value: i },
        citations: [{ source: "gaza-moh", published: "2025-01-01" }],
        ...(i < 10_000 ? { supersedes: [{ claim: `k${(i + 1) % 10_000}`, reason: "newer-report" as const }] } : {}),
      });
    }
    const registry = Registry.from({ sources: [{ id: "gaza-moh", name: "Gaza Ministry of Health", type: "official-body" }], claims }, { trusted: false });
    const problems = validateRegistry(registry);
    expect(problems.filter((p) => p.code === "supersession-cycle")).toHaveLength(1);
    expect(problems.filter((p) => p.code === "unknown-series")).toHaveLength(100_000);
  }, 60_000);
});
