// The places, conflicts and parties the registry brings: a story is read with these names.
import { Registry, check } from "@factmark/core";
import { describe, expect, it } from "vitest";
import { readUkraineData, resolveDataDir } from "../scripts/read-data.mjs";
import { buildRegistryData } from "../scripts/transform.mjs";

const registry = Registry.from(buildRegistryData(readUkraineData(resolveDataDir())), { trusted: true });
const elapsed = (text: string, date: string) => check(text, { registry, date }).filter((f) => f.ruleId === "inconsistent-elapsed-time").map((f) => f.text);

describe("the world of the Ukraine registry", () => {
  it.each([
    ["Kyiv", "Kiev"],
    ["Kharkiv", "Kharkov"],
    ["Odesa", "Odessa"],
    ["Mykolaiv", "Nikolaev"],
    ["Zaporizhzhia", "Zaporozhye"],
    ["Luhansk", "Lugansk"],
    ["Dnipro", "Dnepr"],
    ["Bakhmut", "Artemovsk"],
  ])("reads %s and %s as one place", (name, other) => {
    const place = registry.places().find((p) => p.name === name);
    expect(place?.aliases).toContain(other);
  });

  it("puts every oblast's city within its oblast, and the oblasts within Ukraine", () => {
    expect(registry.placeAndAncestors("mariupol")).toEqual(["mariupol", "donetsk-oblast", "donbas", "eastern-ukraine", "ukraine"]);
    expect(registry.placeAndAncestors("sevastopol")).toEqual(["sevastopol", "crimea", "ukraine"]);
    expect(registry.placeAndAncestors("kursk-oblast")).toEqual(["kursk-oblast", "russia"]);
  });

  it("measures a war's age from the full-scale invasion in a story that names a city by its Russian spelling", () => {
    expect(elapsed("Shelling hit Kharkov overnight. The war, now in its third year, goes on.", "2025-02-15")).toEqual([]);
    expect(elapsed("Shelling hit Kharkov overnight. The war, now in its fifth year, goes on.", "2025-02-15")).toEqual(["in its fifth year"]);
  });

  it("measures the war in Donbas from April 2014, a conflict of its own", () => {
    expect(elapsed("The war in Donbas, now in its third year, has displaced many in Luhansk.", "2016-05-01")).toEqual([]);
    expect(elapsed("The war in Donbas, now in its fifth year, has displaced many in Luhansk.", "2016-05-01")).toEqual(["in its fifth year"]);
  });

  it("names Russia and Ukraine as the parties", () => {
    expect(registry.actors().filter((a) => a.party).map((a) => a.id)).toEqual(["russia", "ukraine"]);
    expect(registry.conflict("russia-ukraine-war")?.parties).toEqual(["russia", "ukraine"]);
  });
});
