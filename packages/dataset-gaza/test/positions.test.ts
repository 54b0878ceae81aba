import { readFileSync } from "node:fs";
import { check, type Finding } from "@factmark/core";
import { describe, expect, it } from "vitest";
import { defaultRegistry } from "../dist/index.js";
import { mergePositionClaims, readPositionData } from "../scripts/positions.mjs";

// The position changes and acts of data/positions.json: each registered with its source, and
// short stories of our own that repeat a stance the registry shows has since changed, or credit
// an act to a body that did not take it.
const registry = defaultRegistry();
const data = JSON.parse(readFileSync(new URL("../data/positions.json", import.meta.url), "utf8"));
const known = new Set(["ipc", "jerusalem-post", "siasat-daily", "hindustan-times"]);

const findings = (text: string, date: string, ruleId: string): Finding[] => check(text, { registry, date }).filter((f) => f.ruleId === ruleId);

describe("the positions data file", () => {
  it("names the conflict each position is taken in, so that a story of another war is not judged against it", () => {
    const conflicts = new Set(registry.conflicts().map((c) => c.id));
    const positions = registry.positions({});
    expect(positions.length).toBeGreaterThanOrEqual(30);
    for (const p of positions) expect(conflicts.has(p.conflict ?? ""), p.id).toBe(true);
    expect(registry.positions({ actor: "hezbollah" }).map((p) => p.conflict)).toEqual(["israel-hezbollah-war", "israel-hezbollah-war", "israel-hezbollah-war"]);
  });

  it("keeps the IPC's alert of July 2025, so that a warning repeated before the famine finding is current", () => {
    const warning = "A UN-backed hunger monitor has warned that the worst case of famine is unfolding in Gaza.";
    expect(findings(warning, "2025-07-20", "outdated-position").map((f) => f.evidence[0]?.asOf)).toEqual(["2024-06-25"]);
    expect(findings(warning, "2025-08-20", "outdated-position")).toEqual([]);
  });

  it("gives every fact a source URL, a publisher and a publication date no older than the fact", () => {
    expect(data.facts.length).toBeGreaterThanOrEqual(20);
    for (const f of data.facts) {
      expect(f.url, `${f.actor} ${f.topic}`).toMatch(/^https:\/\//);
      expect(f.published >= f.date, `${f.actor} ${f.topic}`).toBe(true);
    }
  });

  it("registers each fact as a position of its actor, with the report it was checked against", () => {
    const hamas = registry.positions({ actor: "hamas", topic: "witkoff-60-day-framework" });
    expect(hamas.map((c) => [c.asOf, c.stance])).toEqual([
      ["2025-05-31", "demands"],
      ["2025-07-04", "states"],
      ["2025-08-18", "accepts"],
    ]);
    expect(hamas.at(-1)?.citations[0]?.url).toMatch(/channelnewsasia\.com/);
    expect(registry.positions({ actor: "hamas", topic: "trump-20-point-plan" }).map((c) => c.asOf)).toEqual(["2025-10-03"]);
    expect(registry.positions({ actor: "israel", topic: "hostage-deal-agreement-2025-01" })[0]).toMatchObject({ stance: "accepts", asOf: "2025-01-17" });
    expect(registry.positions({ actor: "qatar", topic: "gaza-mediation" }).map((c) => c.stance)).toEqual(["states", "commits-to"]);
    expect(registry.positions({ actor: "icj", topic: "rafah-offensive" })[0]?.statement).toMatch(/stopped short of ordering a ceasefire across Gaza/);
    expect(registry.positions({ actor: "hezbollah", topic: "gaza-war-end-condition" }).map((c) => [c.asOf, c.stance])).toEqual([
      ["2023-10-08", "demands"],
      ["2024-10-08", "states"],
      ["2024-11-27", "states"],
    ]);
    const brokers = registry.positions({ topic: "israel-hezbollah-ceasefire" }).map((c) => c.actor);
    expect(brokers.sort()).toEqual(["france", "united-states"]);
  });

  it("adds a news report to the IPC findings the dataset already registers, without registering them twice", () => {
    const ipc = registry.positions({ actor: "ipc", topic: "famine-gaza" }).filter((c) => c.citations[0]?.source === "ipc");
    expect(ipc.map((c) => c.asOf)).toEqual(["2024-03-18", "2024-06-25", "2025-08-22"]);
    for (const c of ipc) {
      expect(c.citations[0]?.source, c.id).toBe("ipc");
      expect(c.citations[1]?.url, c.id).toMatch(/^https:\/\//);
    }
  });

  it("registers the events the facts carry in their own conflicts", () => {
    expect(registry.events("lebanon-ceasefire-2024-11")[0]).toMatchObject({ date: "2024-11-27", conflict: "israel-hezbollah-war", place: "lebanon" });
    expect(registry.events("icj-order-2024-05-24")[0]).toMatchObject({ date: "2024-05-24", conflict: "israel-gaza-war" });
    for (const id of ["israel-delegation-cairo-2024-05-07", "ceasefire-2025-01-agreed", "qatar-mediation-suspended-2024-11", "icj-order-2024-01-26", "trump-plan-2025-09-29-published"]) {
      expect(registry.events(id), id).toHaveLength(1);
    }
  });

  it("names the fact that is wrong in a bad data file", () => {
    const noUrl = structuredClone(data);
    delete noUrl.facts[0].url;
    expect(() => readPositionData(noUrl, known)).toThrow(/fact 1 \(hamas on biden-plan\): needs a source "url"/);
    const stance = structuredClone(data);
    stance.facts[0].stance = "agrees";
    expect(() => readPositionData(stance, known)).toThrow(/unknown "stance" "agrees"/);
    const early = structuredClone(data);
    early.facts[0].published = "2024-06-01";
    expect(() => readPositionData(early, known)).toThrow(/older than the position it reports/);
    const nobody = structuredClone(data);
    nobody.facts[0].source = "nobody";
    expect(() => readPositionData(nobody, known)).toThrow(/source "nobody" is neither/);
    expect(() => readPositionData({ facts: [] }, known)).toThrow(/"sources" and "facts" arrays/);
  });

  it("refuses a fact that adds a source to a position the dataset does not register", () => {
    const ok = readPositionData(data, new Set([...known, "dw", "ynetnews"]));
    const wrong = { ...ok, facts: [{ ...ok.facts.find((f: { "adds-to"?: string }) => f["adds-to"])!, "adds-to": "position:ipc:famine-gaza:2024-01-01" }] };
    expect(() => mergePositionClaims(wrong, [])).toThrow(/"adds-to" "position:ipc:famine-gaza:2024-01-01" must name a registered position of ipc on famine-gaza/);
  });
});

describe("stories judged against the registered position changes", () => {
  it("flags a famine projection stated as current after the review committee's finding, and not before it", () => {
    const text = "The IPC has warned that famine is imminent in northern Gaza.";
    expect(findings(text, "2024-07-10", "outdated-position").map((f) => f.text)).toEqual(["The IPC has warned that famine is imminent in northern Gaza"]);
    expect(findings(text, "2024-04-02", "outdated-position")).toEqual([]);
  });

  it("flags Hezbollah's Gaza condition stated as standing after its leader dropped it, and not before", () => {
    const text = "Hezbollah has insisted on an end to the war in Gaza as a condition for a ceasefire in Lebanon, its officials said.";
    const found = findings(text, "2024-11-01", "outdated-position");
    expect(found.map((f) => f.text)).toEqual(["Hezbollah has insisted on an end to the war in Gaza"]);
    expect(found[0]?.evidence?.[0]?.claimId).toBe("position:hezbollah:gaza-war-end-condition:2024-10-08");
    expect(findings("Hezbollah has demanded an end to the war in Gaza before any truce in Lebanon, its officials said.", "2024-12-10", "outdated-position")).toHaveLength(1);
    expect(findings(text, "2024-09-01", "outdated-position")).toEqual([]);
  });

  it("flags a truce credited to a body that did not broker it, with the brokers as evidence", () => {
    const un = findings("The United Nations declared a ceasefire between Israel and Hezbollah on Wednesday.", "2024-11-28", "misattributed-claim");
    expect(un.map((f) => f.text)).toEqual(["The United Nations declared a ceasefire between Israel and Hezbollah on Wednesday"]);
    expect(un[0]?.evidence?.map((e) => e.claimId).sort()).toEqual(["position:france:israel-hezbollah-ceasefire:2024-11-26", "position:united-states:israel-hezbollah-ceasefire:2024-11-26"]);
    expect(findings("Qatar declared the ceasefire between Israel and Hezbollah on Wednesday.", "2024-11-28", "misattributed-claim")).toHaveLength(1);
    const gaza = findings("The UN declared the Gaza ceasefire agreement on Wednesday, mediators said.", "2025-01-16", "misattributed-claim");
    expect(gaza[0]?.evidence?.map((e) => e.claimId)).toContain("position:qatar:hostage-deal-agreement-2025-01:2025-01-15");
  });

  it("leaves stances that are still the newest, and acts credited to the bodies that took them, alone", () => {
    for (const [text, date] of [
      ["Hamas has accepted the 60-day ceasefire proposal, a Hamas official said.", "2025-08-25"],
      ["Hamas has agreed to Trump's 20-point plan, a Hamas official said.", "2025-10-05"],
      ["Israel has accepted the hostage deal, the prime minister's office said.", "2025-01-18"],
      ["The International Court of Justice has declared that Israel must halt its offensive in Rafah.", "2024-05-25"],
      ["The United States and France brokered the ceasefire between Israel and Hezbollah, which took hold on Wednesday.", "2024-11-28"],
    ]) {
      expect(check(text!, { registry, date: date! }).filter((f) => f.ruleId === "outdated-position" || f.ruleId === "misattributed-claim"), text).toEqual([]);
    }
  });
});

describe("the parties whose stances need a source", () => {
  // The Lebanese state signed the November 2024 truce with Israel: its stances are a party's.
  it.each([
    ["Lebanon will continue to implement the agreement until February 18.", ["Lebanon will continue to implement the agreement until February 18"]],
    ["The Lebanese government has rejected any link between the truce and Hezbollah's weapons.", ["The Lebanese government has rejected any link between the truce and Hezbollah's weapons"]],
    ["Lebanon will continue to implement the agreement until February 18, Prime Minister Najib Mikati said in a statement.", []],
    // Egypt mediates: its stances are not a party's.
    ["Egypt has rejected any move to displace Palestinians into Sinai.", []],
  ])("%j: %j", (text, expected) => {
    expect(findings(text, "2025-01-26", "unattributed-position").map((f) => f.text)).toEqual(expected);
  });
});

describe("a stance its sentence dates on the day of the newer statement", () => {
  // The registry holds Hamas's statement of 4 July 2025 on the 60-day framework.
  const stance = (day: string) => `Hamas said ${day} it had answered the mediators in a positive spirit and was ready to start talks at once on how to carry out the 60-day framework.`;
  it("tells of that day, not of the older stance", () => {
    expect(findings(stance("on Friday"), "2025-07-05", "outdated-position")).toEqual([]);
    expect(findings(stance("on June 27"), "2025-07-05", "outdated-position").map((f) => f.text)).toHaveLength(1);
  });
});
