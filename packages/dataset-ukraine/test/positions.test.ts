// The position changes of data/positions.json: each registered with the report it was checked
// against, and stories of our own that repeat a stance the registry shows has since changed,
// against this registry alone and merged with the Gaza dataset.
import { readFileSync } from "node:fs";
import { type Finding, Registry, check, extractMentions, resolvePosition } from "@factmark/core";
import { defaultRegistry as gazaRegistry } from "@factmark/dataset-gaza";
import { describe, expect, it } from "vitest";
import { positionClaims, readPositionData } from "../scripts/positions.mjs";
import { readUkraineData, resolveDataDir } from "../scripts/read-data.mjs";
import { buildRegistryData } from "../scripts/transform.mjs";

const ukraine = Registry.from(buildRegistryData(readUkraineData(resolveDataDir())), { trusted: true });
const merged = Registry.merge([gazaRegistry(), ukraine]);
const data = JSON.parse(readFileSync(new URL("../data/positions.json", import.meta.url), "utf8"));
const known = new Set(["kyiv-independent", "moscow-times", "ukrainska-pravda"]);

describe("the positions data file", () => {
  it("names the conflict each position is taken in", () => {
    const positions = ukraine.positions({});
    expect(positions.length).toBeGreaterThan(0);
    for (const p of positions) expect(p.conflict, p.id).toBe("russia-ukraine-war");
  });

  it("registers each fact as a dated position of its actor with its source URL", () => {
    const claims = positionClaims(readPositionData(data, known));
    expect(claims.map((c) => c.id)).toEqual([
      "position:russia:energy-strike-moratorium:2025-03-18",
      "position:russia:energy-strike-moratorium:2025-04-18",
      "position:russia:us-30-day-ceasefire-2025-03:2025-03-18",
      "position:russia:easter-truce-2025-04:2025-04-19",
      "position:ukraine:easter-truce-2025-04:2025-04-19",
    ]);
    for (const c of claims) expect(c.citations?.[0]?.url, c.id).toMatch(/^https:\/\//);
    expect(ukraine.positions({ actor: "russia", topic: "energy-strike-moratorium" }).map((c) => c.stance)).toEqual(["accepts", "states"]);
  });

  it("names the fact that is wrong in a bad data file", () => {
    const noUrl = structuredClone(data);
    delete noUrl.facts[1].url;
    expect(() => readPositionData(noUrl, known)).toThrow(/fact 2 \(russia on energy-strike-moratorium\): needs a source "url"/);
    const early = structuredClone(data);
    early.facts[0].published = "2025-03-01";
    expect(() => readPositionData(early, known)).toThrow(/older than the position it reports/);
    const nobody = structuredClone(data);
    nobody.facts[0].source = "nobody";
    expect(() => readPositionData(nobody, known)).toThrow(/source "nobody" is neither/);
  });
});

describe.each([
  ["the Ukraine registry alone", ukraine],
  ["the registry merged with Gaza's", merged],
])("stories judged against %s", (_name, registry) => {
  const outdated = (text: string, date: string): Finding[] => check(text, { registry, date }).filter((f) => f.ruleId === "outdated-position");

  it("flags the energy-strike pause stated as standing after the Kremlin said it had run out", () => {
    const text = "Russia has agreed to halt strikes on Ukraine's energy infrastructure, the Kremlin said.";
    expect(outdated(text, "2025-05-01").map((f) => f.text)).toEqual(["Russia has agreed to halt strikes on Ukraine's energy infrastructure"]);
    expect(outdated(text, "2025-05-01")[0]?.evidence?.[0]?.claimId).toBe("position:russia:energy-strike-moratorium:2025-04-18");
  });

  it("leaves the pause alone while it stood", () => {
    expect(outdated("Russia has agreed to halt strikes on Ukraine's energy infrastructure, the Kremlin said.", "2025-04-01")).toEqual([]);
  });

  it("leaves a stance that is still the newest alone", () => {
    expect(outdated("Ukraine has rejected Russia's Easter truce, Zelensky said.", "2025-04-20")).toEqual([]);
    expect(outdated("Putin has rejected the full 30-day ceasefire, the Kremlin said.", "2025-04-01")).toEqual([]);
  });
});

describe("the Gaza dataset's topics", () => {
  it("leave a Russian stance on the 30-day ceasefire on its own topic in the merged registry", () => {
    const text = "Russia has accepted the US proposal for a 30-day ceasefire, the Kremlin said.";
    const [position] = extractMentions(text, { date: "2025-04-01" }).positions;
    expect(resolvePosition(position!, 0, merged).topicId).toBe("us-30-day-ceasefire-2025-03");
  });
});

describe("a stance given under the name of who speaks for a party", () => {
  const flagged = (text: string, date: string) => check(text, { registry: merged, date }).filter((f: Finding) => f.ruleId === "unattributed-position").map((f) => f.text);
  it.each([
    // The Kremlin and Putin speak for Russia, Zelensky for Ukraine: the words name who took the stance.
    ["The Kremlin has demanded that Ukraine pull out of the part of Donetsk it still controls.", []],
    ["Putin has demanded that Ukraine pull out of the part of Donetsk it still controls.", []],
    ["Zelensky has rejected any withdrawal from Donetsk.", []],
    // The party alone, or its capital, names no speaker.
    ["Russia has demanded that Ukraine pull out of the part of Donetsk it still controls.", ["Russia has demanded that Ukraine pull out of the part of Donetsk it still controls"]],
    ["Moscow has demanded that Ukraine pull out of the part of Donetsk it still controls.", ["Moscow has demanded that Ukraine pull out of the part of Donetsk it still controls"]],
    // What the office will or would do, told as fact, is the writer's forecast: its name sources no act yet taken.
    ["The Kremlin will not accept a ceasefire along the current front line.", ["The Kremlin will not accept a ceasefire along the current front line"]],
    ["Putin would never agree to a ceasefire along the current front line.", ["Putin would never agree to a ceasefire along the current front line"]],
  ])("%j: %j", (text, expected) => {
    expect(flagged(text, "2025-12-10")).toEqual(expected);
  });

  it("lists as speakers only names the actor goes by", () => {
    for (const actor of ukraine.actors()) for (const s of actor.speakers ?? []) expect([actor.name, ...actor.aliases].map((n) => n.toLowerCase()), actor.id).toContain(s.toLowerCase());
  });
});
