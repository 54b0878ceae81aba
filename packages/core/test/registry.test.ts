import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { thrown } from "./helpers.js";
import type { CasualtyClaim, ClaimInput } from "../src/claim.js";
import { FactmarkError } from "../src/errors.js";
import { Registry, seriesKeyOf } from "../src/registry.js";
import { RegistryData, type RegistryDataInput } from "../src/registry-data.js";

const fixture = JSON.parse(readFileSync(new URL("./fixtures/registry/gaza-2024-05.json", import.meta.url), "utf8")) as RegistryDataInput;
const gaza = Registry.from(fixture);

function casualty(id: string, asOf: string, value: number, extra: Partial<Extract<ClaimInput, { kind: "casualty" }>> = {}): ClaimInput {
  return {
    kind: "casualty",
    id,
    series: "gaza-moh-killed",
    measure: "killed",
    population: { place: "gaza" },
    asOf,
    quantity: { value },
    citations: [{ source: "gaza-moh", published: asOf }],
    ...extra,
  };
}

const value = (claim: CasualtyClaim | undefined) => claim?.quantity.value;

describe("Registry.from", () => {
  it("indexes every record of the Gaza fixture", () => {
    expect(gaza.size).toBe(23);
    expect(gaza.date).toBe("2024-05-06");
    expect(gaza.sources()).toHaveLength(6);
    expect(gaza.actors()).toHaveLength(7);
    expect(gaza.series()).toHaveLength(3);
    expect(gaza.source("gaza-moh")?.name).toBe("Gaza Ministry of Health");
    expect(gaza.actor("wfp")?.memberOf).toBe("un");
    expect(gaza.seriesById("gaza-moh-killed")?.priority).toBe(10);
    expect(gaza.claim("gaza-moh-killed-2024-05-04")?.asOf).toBe("2024-05-04");
    expect(gaza.claim("no-such-claim")).toBeUndefined();
  });

  it("applies schema defaults to the data it is given", () => {
    const claim = gaza.claim("gaza-moh-killed-2024-05-04");
    expect(claim?.status).toBe("current");
    expect(claim?.kind === "casualty" && claim.population.group).toBe("people");
    expect(claim?.kind === "casualty" && claim.quantity.qualifier).toBe("exact");
  });

  it("rejects a schema failure with the zod path of the bad value", () => {
    const data = structuredClone(fixture) as { claims: { quantity?: { value: unknown } }[] };
    data.claims[12]!.quantity = { value: -5 };
    const error = thrown(() => Registry.from(data as RegistryDataInput));
    expect(error.code).toBe("invalid-registry");
    expect(error.location?.path).toEqual(["claims", 12, "quantity", "value"]);
    expect(error.message).toContain("claims[12].quantity.value");
  });

  it("rejects a speaker that is not one of the actor's names, at its path", () => {
    const data = structuredClone(fixture) as { actors: { speakers?: string[] }[] };
    data.actors[0]!.speakers = ["Vladimir Putin"];
    const error = thrown(() => Registry.from(data as RegistryDataInput));
    expect(error.code).toBe("invalid-registry");
    expect(error.location?.path).toEqual(["actors", 0, "speakers", 0]);
    expect(error.message).toContain("is not one of the actor's name and aliases");
  });

  it.each([
    ["claims", "claim", 3, ["claims", 23, "id"]],
    ["sources", "source", 0, ["sources", 6, "id"]],
    ["actors", "actor", 1, ["actors", 7, "id"]],
    ["series", "series", 2, ["series", 3, "id"]],
  ] as const)("rejects a duplicate id among %s instead of letting the last one win", (collection, what, copied, path) => {
    const data = structuredClone(fixture) as Record<string, { id: string }[]>;
    const list = data[collection]!;
    const duplicate = list[copied]!;
    list.push(structuredClone(duplicate));
    const error = thrown(() => Registry.from(data as RegistryDataInput));
    expect(error.code).toBe("invalid-registry");
    expect(error.message).toContain(`duplicate ${what} id "${duplicate.id}"`);
    expect(error.message).toContain(`first at ${collection}[${copied}]`);
    expect(error.location?.path).toEqual(path);
  });

  it("gives the same answers from trusted data as from validated data", () => {
    const parsed = RegistryData.parse(fixture);
    const trusted = Registry.from(parsed, { trusted: true });
    expect(trusted.toData()).toEqual(gaza.toData());
    expect(value(trusted.valueAt("gaza-moh-killed", "2024-05-04"))).toBe(34654);
    expect(value(trusted.valueAt("gaza-moh-injured", "2024-05-01"))).toBe(77765);
  });

  it("still rejects duplicate claim ids in trusted data", () => {
    const parsed = RegistryData.parse(fixture);
    parsed.claims.push(parsed.claims[0]!);
    expect(thrown(() => Registry.from(parsed, { trusted: true })).code).toBe("invalid-registry");
  });

  it("round-trips through toData", () => {
    const data = gaza.toData();
    expect(data).toEqual(RegistryData.parse(fixture));
    expect(Registry.from(data).toData()).toEqual(data);
  });

  it("does not change when the caller changes the arrays it was built from or given back", () => {
    const parsed = RegistryData.parse(fixture);
    const registry = Registry.from(parsed, { trusted: true });
    parsed.claims.length = 0;
    registry.toData().claims.length = 0;
    expect(registry.size).toBe(23);
    expect(registry.claims()).toHaveLength(23);
  });

  it("builds an empty registry that answers nothing", () => {
    const empty = Registry.empty();
    expect(empty.size).toBe(0);
    expect(empty.date).toBeUndefined();
    expect(empty.claims()).toEqual([]);
    expect(empty.valueAt("gaza-moh-killed", "2024-05-04")).toBeUndefined();
    expect(empty.history("gaza-moh-killed")).toEqual([]);
    expect(empty.findSeries({ measure: "killed" })).toEqual([]);
    expect(empty.toData()).toEqual({ version: 1, sources: [], actors: [], places: [], conflicts: [], series: [], claims: [] });
  });
});

describe("Registry.valueAt", () => {
  it.each([
    ["2024-04-29", undefined],
    ["2024-04-30", 34535],
    ["2024-05-03", 34622],
    ["2024-05-04", 34654],
    ["2024-05-05", 34683],
    ["2024-06-01", 34735],
  ])("gives the Gaza Ministry of Health's killed count in effect on %s as %s", (date, expected) => {
    expect(value(gaza.valueAt("gaza-moh-killed", date))).toBe(expected);
  });

  it("uses the corrected injured count of 2024-05-01, not the first report", () => {
    expect(gaza.valueAt("gaza-moh-injured", "2024-05-01")?.id).toBe("gaza-moh-injured-2024-05-01-corrected");
    expect(value(gaza.valueAt("gaza-moh-injured", "2024-05-01"))).toBe(77765);
    expect(value(gaza.valueAt("gaza-moh-injured", "2024-05-02"))).toBe(77816);
  });

  it("ignores a claim that another claim corrects even when its own status was left current", () => {
    const registry = Registry.from({
      claims: [
        casualty("a", "2024-05-01", 100),
        casualty("b", "2024-05-02", 90, { supersedes: [{ claim: "a", reason: "correction" }] }),
      ],
    });
    expect(registry.valueAt("gaza-moh-killed", "2024-05-01")).toBeUndefined();
    expect(value(registry.valueAt("gaza-moh-killed", "2024-05-02"))).toBe(90);
  });

  it("keeps a report superseded by a newer report in effect for its own date", () => {
    const registry = Registry.from({
      claims: [
        casualty("a", "2024-05-03", 34622, { status: "superseded" }),
        casualty("b", "2024-05-04", 34654, { supersedes: [{ claim: "a", reason: "newer-report" }] }),
      ],
    });
    expect(value(registry.valueAt("gaza-moh-killed", "2024-05-03"))).toBe(34622);
  });

  it("skips retracted reports", () => {
    const registry = Registry.from({
      claims: [casualty("a", "2024-05-03", 34622), casualty("b", "2024-05-04", 40000, { status: "retracted" })],
    });
    expect(value(registry.valueAt("gaza-moh-killed", "2024-05-04"))).toBe(34622);
    expect(value(registry.latest("gaza-moh-killed"))).toBe(34622);
  });

  it.each([
    ["later-published last", ["early", "late"]],
    ["later-published first", ["late", "early"]],
  ])("breaks a tie on asOf by the later publication date (%s)", (_, order) => {
    const claims = {
      early: casualty("early", "2024-05-04", 34650, { citations: [{ source: "gaza-moh", published: "2024-05-04" }] }),
      late: casualty("late", "2024-05-04", 34654, { citations: [{ source: "gaza-moh", published: "2024-05-05" }] }),
    } as Record<string, ClaimInput>;
    const registry = Registry.from({ claims: order.map((id) => claims[id]!) });
    expect(registry.valueAt("gaza-moh-killed", "2024-05-04")?.id).toBe("late");
    expect(registry.history("gaza-moh-killed").map((claim) => claim.id)).toEqual(["late"]);
  });

  it("sorts reports registered out of order", () => {
    const registry = Registry.from({
      claims: [casualty("c", "2024-05-05", 34683), casualty("a", "2024-05-03", 34622), casualty("b", "2024-05-04", 34654)],
    });
    expect(registry.history("gaza-moh-killed").map((claim) => claim.id)).toEqual(["a", "b", "c"]);
    expect(value(registry.valueAt("gaza-moh-killed", "2024-05-04"))).toBe(34654);
  });

  it("answers nothing for an unknown series", () => {
    expect(gaza.valueAt("no-such-series", "2024-05-04")).toBeUndefined();
    expect(gaza.latest("no-such-series")).toBeUndefined();
  });

  it.each(["4 May 2024", "2024-5-4", ""])("rejects the date %j with invalid-date", (date) => {
    expect(thrown(() => gaza.valueAt("gaza-moh-killed", date)).code).toBe("invalid-date");
  });

  it("finds a claim without a series under its implicit series key", () => {
    const claim = gaza.claim("ocha-killed-2024-05-02") as CasualtyClaim;
    const key = seriesKeyOf(claim);
    expect(key).toBe("ocha|killed|people|gaza|true");
    expect(value(gaza.valueAt(key, "2024-05-05"))).toBe(34596);
    expect(gaza.seriesById(key)).toMatchObject({ id: key, source: "ocha", measure: "killed", population: { group: "people", place: "gaza" } });
    expect(gaza.series().map((series) => series.id)).not.toContain(key);
  });

  it("keys a claim with a series by that series", () => {
    expect(seriesKeyOf(gaza.claim("gaza-moh-killed-2024-05-04") as CasualtyClaim)).toBe("gaza-moh-killed");
  });
});

describe("Registry series navigation", () => {
  it("gives the newest report of a series", () => {
    expect(gaza.latest("gaza-moh-killed")?.id).toBe("gaza-moh-killed-2024-05-06");
    expect(value(gaza.latest("gaza-moh-killed"))).toBe(34735);
  });

  it.each([
    ["2024-04-01", 34535],
    ["2024-05-03", 34654],
    ["2024-05-05", 34735],
    ["2024-05-06", undefined],
  ])("gives the report that came after %s as %s", (date, expected) => {
    expect(value(gaza.nextAfter("gaza-moh-killed", date))).toBe(expected);
  });

  it.each([
    [{ from: "2024-05-02", to: "2024-05-04" }, [34596, 34622, 34654]],
    [{ from: "2024-05-05" }, [34683, 34735]],
    [{ to: "2024-04-30" }, [34535]],
    [{ from: "2024-05-07" }, []],
    [{ from: "2024-05-04", to: "2024-05-02" }, []],
    [{ from: "2024-05-03T", to: "2024-05-04" }, "invalid-date"],
  ] as const)("gives the history within %j", (range, expected) => {
    if (expected === "invalid-date") {
      expect(thrown(() => gaza.history("gaza-moh-killed", range)).code).toBe("invalid-date");
      return;
    }
    expect(gaza.history("gaza-moh-killed", range).map(value)).toEqual(expected);
  });

  it("gives the whole history of the injured series without the report that was corrected", () => {
    expect(gaza.history("gaza-moh-injured").map((claim) => claim.id)).toEqual([
      "gaza-moh-injured-2024-05-01-corrected",
      "gaza-moh-injured-2024-05-02",
      "gaza-moh-injured-2024-05-03",
      "gaza-moh-injured-2024-05-04",
    ]);
  });

  it("finds the last report below 34,650 scanning back from 2024-05-06", () => {
    const below = (claim: CasualtyClaim) => (claim.quantity.value ?? 0) < 34650;
    expect(gaza.lastMatching("gaza-moh-killed", "2024-05-06", below)?.id).toBe("gaza-moh-killed-2024-05-03");
    expect(gaza.lastMatching("gaza-moh-killed", "2024-05-06", () => true)?.id).toBe("gaza-moh-killed-2024-05-06");
    expect(gaza.lastMatching("gaza-moh-killed", "2024-05-06", () => false)).toBeUndefined();
    expect(gaza.lastMatching("gaza-moh-killed", "2024-04-29", () => true)).toBeUndefined();
  });

  it("finds a version that is no longer in effect when asked for every version, as published by the date", () => {
    const first = (claim: CasualtyClaim) => claim.quantity.value === 77761;
    // The report of 1 May was corrected on 3 May: in effect, only the correction is left.
    expect(gaza.lastMatching("gaza-moh-injured", "2024-05-06", first)).toBeUndefined();
    expect(gaza.lastMatching("gaza-moh-injured", "2024-05-06", first, { versions: "all" })?.id).toBe("gaza-moh-injured-2024-05-01");
    // The correction was published on 3 May: on 2 May it was not there to be read.
    const corrected = (claim: CasualtyClaim) => claim.quantity.value === 77765;
    expect(gaza.lastMatching("gaza-moh-injured", "2024-05-02", corrected, { versions: "all" })).toBeUndefined();
    expect(gaza.lastMatching("gaza-moh-injured", "2024-05-03", corrected, { versions: "all" })?.id).toBe("gaza-moh-injured-2024-05-01-corrected");
  });
});

describe("Registry lookups by name", () => {
  it.each([
    ["Gaza Ministry of Health", "gaza-moh"],
    ["the Ministry of Health in Gaza", "gaza-moh"],
    ["Gaza\u2019s  Health\nMinistry", "gaza-moh"],
    ["  THE ASSOCIATED PRESS ", "ap"],
    ["ap", "ap"],
    ["UN OCHA", "ocha"],
    ["Israeli military", "idf"],
    ["Reuters", undefined],
    ["the", undefined],
  ])("finds the source named %j", (name, id) => {
    expect(gaza.findSource(name)?.id).toBe(id);
  });

  it.each([
    ["U.S.", "united-states"],
    ["the United Nations", "un"],
    ["wfp", "wfp"],
    ["Israeli Government", "israel"],
    ["Hezbollah", undefined],
  ])("finds the actor named %j", (name, id) => {
    expect(gaza.findActor(name)?.id).toBe(id);
  });

  it("prefers a source's own name over another source's alias", () => {
    const registry = Registry.from({
      sources: [
        { id: "unrwa", name: "UNRWA", aliases: ["the agency"], type: "intergovernmental" },
        { id: "agency", name: "The Agency", type: "other" },
      ],
    });
    expect(registry.findSource("the agency")?.id).toBe("agency");
  });

  it("lists every source name and alias, longest first", () => {
    const names = gaza.sourceNames();
    expect(names[0]).toEqual({ name: "UN Office for the Coordination of Humanitarian Affairs", id: "ocha" });
    expect(names).toContainEqual({ name: "AP", id: "ap" });
    expect(names).toHaveLength(6 + 4 + 2 + 1 + 2 + 1 + 0);
    for (let i = 1; i < names.length; i++) expect(names[i - 1]!.name.length).toBeGreaterThanOrEqual(names[i]!.name.length);
  });

  it("lists every actor name and alias, longest first", () => {
    const names = gaza.actorNames();
    expect(names[0]).toEqual({ name: "World Food Programme", id: "wfp" });
    expect(names.filter((entry) => entry.id === "united-states").map((entry) => entry.name)).toEqual(["Washington", "United States", "U.S.", "US"].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)));
  });
});

describe("Registry.findSeries", () => {
  it.each([
    [{ measure: "killed", group: "Palestinians", place: "gaza" }, ["gaza-moh-killed"]],
    [{ measure: "killed", group: "children" }, ["gaza-moh-killed-children"]],
    [{ measure: "killed", group: "Palestinian Children" }, ["gaza-moh-killed-children"]],
    [{ measure: "killed", place: "Gaza" }, ["gaza-moh-killed", "gaza-moh-killed-children", "ocha|killed|people|gaza|true"]],
    [{ measure: "killed", source: "ocha" }, ["ocha|killed|people|gaza|true"]],
    [{ measure: "injured" }, ["gaza-moh-injured"]],
    [{ measure: "displaced" }, []],
    [{ place: "rafah" }, []],
    [{ group: "people", place: "gaza" }, ["gaza-moh-killed", "gaza-moh-injured", "ocha|killed|people|gaza|true"]],
  ] as const)("finds the series for %j", (query, ids) => {
    expect(gaza.findSeries(query).map((series) => series.id)).toEqual(ids);
  });

  it("ranks a match on the group's own name above an alias match of higher priority", () => {
    const series = (id: string, group: string, priority: number, aliases: string[] = []) => ({
      id,
      title: id,
      source: "gaza-moh",
      measure: "killed" as const,
      population: { group, place: "gaza" },
      priority,
      aliases,
    });
    const registry = Registry.from({
      series: [series("civilians", "civilians", 5, ["people"]), series("people", "people", 0)],
    });
    expect(registry.findSeries({ measure: "killed", group: "people" }).map((s) => s.id)).toEqual(["people", "civilians"]);
  });

  it("ranks series of equal priority by their number of reports", () => {
    const base = { title: "t", source: "gaza-moh", measure: "killed" as const, population: { place: "gaza" } };
    const registry = Registry.from({
      series: [
        { ...base, id: "few" },
        { ...base, id: "many" },
      ],
      claims: [casualty("f1", "2024-05-01", 1, { series: "few" }), casualty("m1", "2024-05-01", 1, { series: "many" }), casualty("m2", "2024-05-02", 2, { series: "many" })],
    });
    expect(registry.findSeries({ measure: "killed" }).map((s) => s.id)).toEqual(["many", "few"]);
  });
});

describe("Registry claims by kind", () => {
  it("caches the claims of each kind", () => {
    expect(gaza.claimsOfKind("casualty")).toHaveLength(14);
    expect(gaza.claimsOfKind("phase")).toHaveLength(3);
    expect(gaza.claimsOfKind("position")).toHaveLength(4);
    expect(gaza.claimsOfKind("event")).toHaveLength(1);
    expect(gaza.claimsOfKind("classification")).toHaveLength(1);
    expect(gaza.claimsOfKind("phase")).toBe(gaza.claimsOfKind("phase"));
  });

  it("gives an actor's positions sorted by asOf, optionally on one topic", () => {
    expect(gaza.positions({ actor: "israel" }).map((claim) => claim.id)).toEqual([
      "israel-rafah-2024-04-30",
      "israel-delegation-2024-05-04",
      "israel-rafah-2024-05-04",
    ]);
    expect(gaza.positions({ actor: "israel", topic: "rafah-offensive" }).map((claim) => claim.stance)).toEqual(["commits-to", "warns"]);
    expect(gaza.positions({ topic: "egypt-qatar-2024-05" }).map((claim) => claim.actor)).toEqual(["hamas"]);
    expect(gaza.positions({ actor: "qatar" })).toEqual([]);
  });

  it("gives the phases of a proposal sorted by version, then index", () => {
    const phase = (id: string, version: string | undefined, index: number): ClaimInput => ({
      kind: "phase",
      id,
      asOf: "2024-05-06",
      proposal: { id: "deal", ...(version === undefined ? {} : { version }) },
      index,
      of: 3,
      citations: [{ source: "ap", published: "2024-05-06" }],
    });
    const registry = Registry.from({ claims: [phase("b2", "b", 2), phase("a3", "a", 3), phase("x1", undefined, 1), phase("a1", "a", 1)] });
    expect(registry.phases("deal").map((claim) => claim.id)).toEqual(["x1", "a1", "a3", "b2"]);
    expect(gaza.phases("egypt-qatar-2024-05").map((claim) => claim.index)).toEqual([1, 2, 3]);
    expect(gaza.phases("no-such-proposal")).toEqual([]);
    expect(gaza.proposals()).toEqual(["egypt-qatar-2024-05"]);
  });

  it("gives events by id and classifications by area", () => {
    expect(gaza.events("war-start").map((claim) => claim.date)).toEqual(["2023-10-07"]);
    expect(gaza.events("truce-2023-11")).toEqual([]);
    expect(gaza.classifications("north-gaza").map((claim) => claim.phase)).toEqual([5]);
    expect(gaza.classifications()).toHaveLength(1);
    expect(gaza.classifications("rafah")).toEqual([]);
  });
});

describe("Registry.with", () => {
  it("adds the next day's figure and leaves the original registry unchanged", () => {
    const next = gaza.with({ claims: [casualty("gaza-moh-killed-2024-05-07", "2024-05-07", 34789)] });
    expect(next.size).toBe(24);
    expect(value(next.latest("gaza-moh-killed"))).toBe(34789);
    expect(value(next.valueAt("gaza-moh-killed", "2024-05-06"))).toBe(34735);
    expect(gaza.size).toBe(23);
    expect(value(gaza.latest("gaza-moh-killed"))).toBe(34735);
    expect(gaza.claim("gaza-moh-killed-2024-05-07")).toBeUndefined();
  });

  it("replaces a claim with the same id in place", () => {
    const next = gaza.with({ claims: [casualty("gaza-moh-killed-2024-05-04", "2024-05-04", 34655)] });
    expect(next.size).toBe(23);
    expect(value(next.valueAt("gaza-moh-killed", "2024-05-04"))).toBe(34655);
    expect(next.claims().findIndex((claim) => claim.id === "gaza-moh-killed-2024-05-04")).toBe(4);
    expect(value(gaza.valueAt("gaza-moh-killed", "2024-05-04"))).toBe(34654);
  });

  it("moves a replaced claim to its new series and date", () => {
    const next = gaza.with({ claims: [casualty("gaza-moh-killed-2024-05-04", "2024-05-04", 77908, { series: "gaza-moh-injured", measure: "injured" })] });
    expect(value(next.valueAt("gaza-moh-killed", "2024-05-04"))).toBe(34622);
    expect(value(next.valueAt("gaza-moh-injured", "2024-05-04"))).toBe(77908);
    expect(next.history("gaza-moh-killed")).toHaveLength(6);
  });

  it("applies a correction to the series of the claim it corrects", () => {
    const next = gaza.with({
      claims: [
        casualty("gaza-moh-killed-2024-05-04-corrected", "2024-05-04", 34650, {
          citations: [{ source: "gaza-moh", published: "2024-05-04" }],
          supersedes: [{ claim: "gaza-moh-killed-2024-05-04", reason: "correction" }],
        }),
      ],
    });
    expect(next.valueAt("gaza-moh-killed", "2024-05-04")?.id).toBe("gaza-moh-killed-2024-05-04-corrected");
    expect(next.history("gaza-moh-killed").map((claim) => claim.id)).not.toContain("gaza-moh-killed-2024-05-04");
  });

  it("puts a corrected claim back in effect when its correction is replaced by one that corrects nothing", () => {
    const base = Registry.from({
      claims: [casualty("a", "2024-05-01", 100), casualty("b", "2024-05-02", 90, { supersedes: [{ claim: "a", reason: "correction" }] })],
    });
    expect(base.valueAt("gaza-moh-killed", "2024-05-01")).toBeUndefined();
    const next = base.with({ claims: [casualty("b", "2024-05-02", 110)] });
    expect(value(next.valueAt("gaza-moh-killed", "2024-05-01"))).toBe(100);
    expect(base.valueAt("gaza-moh-killed", "2024-05-01")).toBeUndefined();
  });

  it("replaces a source and answers name lookups with its new aliases", () => {
    const next = gaza.with({ sources: [{ id: "ap", name: "Associated Press", aliases: ["AP", "the news agency"], type: "news-agency" }] });
    expect(next.findSource("the news agency")?.id).toBe("ap");
    expect(gaza.findSource("the news agency")).toBeUndefined();
    expect(next.sources()).toHaveLength(6);
    expect(next.claims()).toBe(gaza.claims());
  });

  it("agrees with a registry built from scratch after many small additions and replacements", () => {
    let registry = Registry.from({ claims: [casualty("k0", "2024-01-01", 0)] });
    const claims: ClaimInput[] = [casualty("k0", "2024-01-01", 0)];
    for (let day = 1; day <= 60; day++) {
      const asOf = `2024-${String(1 + Math.floor((day - 1) / 28)).padStart(2, "0")}-${String(1 + ((day - 1) % 28)).padStart(2, "0")}`;
      const claim = casualty(`k${day}`, asOf, day * 10, day % 3 === 0 ? { series: "other" } : {});
      claims.push(claim);
      registry = registry.with({ claims: [claim] });
      if (day % 7 === 0) {
        const replacement = casualty(`k${day - 3}`, asOf, day * 10 + 1);
        claims[day - 3] = replacement;
        registry = registry.with({ claims: [replacement] });
      }
    }
    const scratch = Registry.from({ claims });
    expect(registry.toData()).toEqual(scratch.toData());
    expect(registry.claim("k40")).toEqual(scratch.claim("k40"));
    for (const series of ["gaza-moh-killed", "other"]) {
      expect(registry.history(series)).toEqual(scratch.history(series));
      for (const date of ["2024-01-05", "2024-02-14", "2024-03-30"]) expect(registry.valueAt(series, date)).toEqual(scratch.valueAt(series, date));
    }
  });

  it("agrees with a registry built from scratch after any additions, replacements and supersessions, and leaves every earlier version as it was", () => {
    const SERIES_RECORD = { id: "gaza-moh-killed", title: "Killed in Gaza", source: "gaza-moh", measure: "killed" as const, population: { place: "gaza" }, cadence: "daily" as const };
    const dates = ["2024-05-01", "2024-05-02", "2024-05-03", "2024-05-05"];
    // One step: a claim put in (a new id or an existing one), in one of two series, from one of two bodies,
    // published on one of two days, perhaps superseding or correcting an earlier claim.
    const step = fc.record({
      id: fc.nat(24),
      series: fc.constantFrom("gaza-moh-killed", "other"),
      asOf: fc.constantFrom(...dates),
      late: fc.boolean(),
      source: fc.constantFrom("gaza-moh", "gaza-gmo"),
      value: fc.nat(1000),
      status: fc.constantFrom("current", "current", "current", "superseded", "corrected"),
      supersedes: fc.option(fc.record({ id: fc.nat(24), reason: fc.constantFrom("newer-report", "revision", "correction") }), { nil: undefined }),
    });
    const toClaim = (s: typeof step extends fc.Arbitrary<infer T> ? T : never): ClaimInput =>
      casualty(`c${s.id}`, s.asOf, s.value, {
        series: s.series,
        status: s.status as "current",
        citations: [{ source: s.source, published: s.late ? "2024-05-09" : s.asOf }],
        ...(s.supersedes && s.supersedes.id !== s.id ? { supersedes: [{ claim: `c${s.supersedes.id}`, reason: s.supersedes.reason }] } : {}),
      });
    const compare = (registry: Registry, claims: ClaimInput[]) => {
      const scratch = Registry.from({ series: [SERIES_RECORD], claims });
      expect(registry.claims().map((claim) => claim.id)).toEqual(scratch.claims().map((claim) => claim.id));
      for (const series of ["gaza-moh-killed", "other"]) {
        expect(registry.history(series)).toEqual(scratch.history(series));
        expect(registry.reportsWithin(series, "2024-05-30", 60)).toEqual(scratch.reportsWithin(series, "2024-05-30", 60));
        expect(registry.coverage(series)).toEqual(scratch.coverage(series));
        for (const date of ["2024-04-30", ...dates, "2024-05-04"]) expect(registry.valueAt(series, date)).toEqual(scratch.valueAt(series, date));
      }
    };
    fc.assert(
      fc.property(fc.array(fc.array(step, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 30 }), fc.nat(), (batches, branchAt) => {
        let registry = Registry.from({ series: [SERIES_RECORD], claims: [] });
        let claims: ClaimInput[] = [];
        const versions: [Registry, ClaimInput[]][] = [];
        for (const batch of batches) {
          // One id once per call, as with() requires.
          const put = [...new Map(batch.map((s) => [s.id, toClaim(s)])).values()];
          const next = claims.slice();
          for (const claim of put) {
            const at = next.findIndex((c) => c.id === claim.id);
            if (at >= 0) next[at] = claim;
            else next.push(claim);
          }
          registry = registry.with({ claims: put });
          claims = next;
          versions.push([registry, claims]);
        }
        // A second registry derived from an earlier version must not disturb the first line.
        const [parent, parentClaims] = versions[branchAt % versions.length]!;
        const branchClaim = casualty("branch", "2024-05-02", 7, { series: "gaza-moh-killed" });
        compare(parent.with({ claims: [branchClaim] }), [...parentClaims, branchClaim]);
        for (const [version, expected] of versions) compare(version, expected);
      }),
      { numRuns: 150 },
    );
  });

  it("rejects the same id twice in one call and an invalid claim with its path", () => {
    const twice = thrown(() => gaza.with({ claims: [casualty("x", "2024-05-07", 1), casualty("x", "2024-05-07", 2)] }));
    expect(twice.code).toBe("invalid-registry");
    expect(twice.message).toContain('duplicate claim id "x"');
    const invalid = thrown(() => gaza.with({ claims: [casualty("x", "2024-05-07", -1)] }));
    expect(invalid.code).toBe("invalid-registry");
    expect(invalid.location?.path).toEqual(["claims", 0, "quantity", "value"]);
  });
});
