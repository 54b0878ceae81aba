// Mechanisms a second war's data needs, on an invented world so that no word of a real conflict
// enters core: a truce named by the words of its proposal's id, lengths in hours, the caveats of
// a series in a finding's evidence, a party's unverified count, and "has lost" as a death count.
import { describe, expect, it } from "vitest";
import { type Finding, Registry, check, extractMentions } from "../src/index.js";
import { PROPOSAL_KIND_WORDS } from "../src/lexicon.js";
import { formatDays } from "../src/messages.js";

const cite = (source: string, published: string) => [{ source, published }];

const registry = Registry.from({
  sources: [
    { id: "north-army", name: "Northern Army", aliases: ["Northland's army", "Northland's military"], type: "military", party: true, affiliation: "northland" },
    { id: "monitors", name: "the Valley Monitoring Mission", aliases: ["monitors", "the monitors"], type: "intergovernmental" },
    { id: "south-command", name: "Southland's command", aliases: ["Southland's military"], type: "military", party: true, affiliation: "southland" },
    { id: "gazette", name: "The Valley Gazette", type: "news-outlet" },
    { id: "herald", name: "The Valley Herald", type: "news-outlet" },
  ],
  actors: [
    { id: "northland", name: "Northland", aliases: ["Northern"], party: true },
    { id: "southland", name: "Southland", aliases: ["Southern"], party: true },
  ],
  places: [
    { id: "valley", name: "the Valley", aliases: ["Valley"] },
    { id: "southland", name: "Southland", aliases: ["Southern"], within: [] },
  ],
  conflicts: [{ id: "valley-war", name: "the Valley war", start: "2030-01-01", places: ["valley", "southland"], parties: ["northland", "southland"] }],
  series: [
    {
      id: "north-army-southern-soldiers",
      title: "Northland's army: Southland's soldiers lost",
      source: "north-army",
      measure: "killed",
      population: { group: "soldiers", place: "southland" },
      conflict: "valley-war",
      cadence: "daily",
      verified: false,
      caveats: ["A party's claim about its enemy."],
    },
    {
      id: "south-command-own-soldiers",
      title: "Southland's command: its own soldiers killed",
      source: "south-command",
      measure: "killed",
      population: { group: "soldiers", place: "valley" },
      conflict: "valley-war",
      cadence: "daily",
    },
    {
      id: "monitors-civilians",
      title: "Valley Monitoring Mission: civilians killed",
      source: "monitors",
      measure: "killed",
      population: { group: "civilians", place: "valley" },
      conflict: "valley-war",
      cadence: "monthly",
      verified: false,
      caveats: ["A minimum: verified deaths only."],
    },
  ],
  claims: [
    ...["2030-09-01", "2030-09-02"].map((asOf, i) => ({
      kind: "casualty" as const,
      id: `north-army-southern-soldiers:${asOf}`,
      asOf,
      series: "north-army-southern-soldiers",
      measure: "killed" as const,
      population: { group: "soldiers", place: "southland" },
      quantity: { value: 50_000 + i * 100, qualifier: "about" as const },
      citations: cite("north-army", asOf),
    })),
    {
      kind: "casualty",
      id: "south-command-own-soldiers:2030-09-01",
      asOf: "2030-09-01",
      series: "south-command-own-soldiers",
      measure: "killed",
      population: { group: "soldiers", place: "valley" },
      quantity: { value: 900 },
      citations: cite("south-command", "2030-09-01"),
    },
    ...[
      ["2030-06-30", 3_100],
      ["2030-08-31", 4_200],
      ["2030-10-31", 4_300],
    ].map(([asOf, value]) => ({
      kind: "casualty" as const,
      id: `monitors-civilians:${asOf}`,
      asOf: asOf as string,
      series: "monitors-civilians",
      measure: "killed" as const,
      population: { group: "civilians", place: "valley" },
      quantity: { value: value as number },
      citations: cite("monitors", asOf as string),
    })),
    ...[
      { version: "announced", days: 1.25, source: "gazette" },
      { version: "herald-copy", days: 1, source: "herald" },
    ].map(({ version, days, source }) => ({
      kind: "phase" as const,
      id: `phase:harvest-truce-2030-09:${version}:1`,
      asOf: "2030-09-01",
      proposal: { id: "harvest-truce-2030-09", version, conflict: "valley-war", proposers: ["southland"], date: "2030-09-01" },
      index: 1,
      of: 1,
      durationDays: days,
      status: "disputed" as const,
      citations: cite(source, "2030-09-01"),
    })),
    {
      kind: "phase",
      id: "phase:ceasefire-2030-08:1",
      asOf: "2030-08-20",
      proposal: { id: "ceasefire-2030-08", conflict: "valley-war", proposers: ["northland"], date: "2030-08-20" },
      index: 1,
      of: 2,
      durationDays: 42,
      citations: cite("gazette", "2030-08-20"),
    },
  ],
});

const run = (text: string, date = "2030-09-02"): Finding[] => check(text, { registry, date });
const summary = (findings: readonly Finding[]) => findings.map((f) => [f.ruleId, f.severity, f.text]);

describe("a truce named by the words of its proposal's id", () => {
  it.each([
    // [proposal id, the words left that name it]
    ["harvest-truce-2030-09", ["harvest"]],
    ["ceasefire-2030-08", []],
    ["us-30-day-ceasefire-2025-03", []],
    ["energy-strike-moratorium-2025-03", ["energy", "strike"]],
    ["victory-day-truce-2025-05", ["victory"]],
  ])("reads %s as named by %j", (id, words) => {
    const left = id
      .split(/[^a-z]+/)
      .filter((w) => w.length >= 3 && !PROPOSAL_KIND_WORDS.has(w));
    expect(left).toEqual(words);
  });

  it("compares two lengths of the named truce, hours included, and names each version with its sources", () => {
    const findings = run("Southland declared a 30-hour harvest truce on Sunday.\n\nNorthland dismissed the one-day harvest truce as a ploy.").filter((f) => f.ruleId === "inconsistent-duration");
    expect(summary(findings)).toEqual([["inconsistent-duration", "warning", "one-day"]]);
    expect(findings[0]!.message).toBe(
      "“one-day” (1 day) and “30-hour” (30 hours) describe the same phase 1 differently. Sources differ on phase 1: 1 day (The Valley Herald) vs 30 hours (The Valley Gazette); name the version you mean.",
    );
  });

  it("leaves lengths in hours alone where no proposal is named by its words", () => {
    expect(run("Northland agreed to four-hour daily pauses.\n\nThe six-week ceasefire is still on the table.").filter((f) => f.ruleId === "inconsistent-duration" && f.text === "four-hour")).toEqual([]);
  });
});

describe("lengths for people", () => {
  it.each([
    [{ min: 42, max: 42 }, "42 days"],
    [{ min: 1, max: 1 }, "1 day"],
    [{ min: 1.25, max: 1.25 }, "30 hours"],
    [{ min: 0.5, max: 1.25 }, "12–30 hours"],
    [{ min: 3, max: 3 }, "3 days"],
    [{ min: 28, max: 31 }, "28–31 days"],
  ])("writes %j as %s", (days, text) => {
    expect(formatDays(days)).toBe(text);
  });
});

describe("party-claim", () => {
  it.each([
    // [story, findings of party-claim]
    ["Southland has lost about 50,100 soldiers since January, according to Northland's army.", [["party-claim", "info", "about 50,100"]]],
    ["Southland has lost about 50,100 soldiers since January.", [["party-claim", "info", "about 50,100"]]],
    // A party's count of its own side, not marked unverified: no note.
    ["Some 900 soldiers have been killed in the Valley since January, Southland's command said.", []],
    // An unverified count whose source is no party: no note.
    ["More than 4,000 civilians have been killed in the Valley since January, the monitors said.", []],
    // Quoted: the speaker's figure, not judged.
    ["Northland's army said: “Southland has lost about 50,100 soldiers.”", []],
  ])("judges %j", (text, expected) => {
    expect(summary(run(text).filter((f) => f.ruleId === "party-claim"))).toEqual(expected);
  });

  it("carries the series' caveats into the evidence and says whose claim it is", () => {
    const [note] = run("Southland has lost about 50,100 soldiers since January, according to Northland's army.").filter((f) => f.ruleId === "party-claim");
    expect(note!.message).toBe("“about 50,100” is a party's claim: the Northern Army, a party to the conflict, gives this figure, and no independent body verifies it.");
    expect(note!.evidence).toMatchObject([{ claimId: "north-army-southern-soldiers:2030-09-02", value: 50_100, caveats: ["A party's claim about its enemy."] }]);
  });

  it("is clean of warnings when the figure is sourced and current, and unsourced when no one is named", () => {
    const sourced = run("Southland has lost about 50,100 soldiers since January, according to Northland's army.");
    expect(sourced.filter((f) => f.severity !== "info")).toEqual([]);
    expect(summary(run("Southland has lost about 50,100 soldiers since January.").filter((f) => f.severity !== "info"))).toEqual([["unsourced-figure", "warning", "about 50,100"]]);
  });
});

describe("the caveats of a series in a finding's evidence", () => {
  it("come with an outdated figure's evidence", () => {
    const [outdated] = run("More than 3,000 civilians have been killed in the Valley since January, the monitors said.", "2030-11-02").filter((f) => f.ruleId === "outdated-figure");
    expect(outdated!.evidence[0]).toMatchObject({ claimId: "monitors-civilians:2030-10-31", caveats: ["A minimum: verified deaths only."] });
  });

  it("are absent for a series that has none", () => {
    const [mismatch] = run("More than 2,000 soldiers have been killed in the Valley since January, Southland's command said.", "2030-09-02").filter((f) => f.ruleId === "figure-mismatch");
    expect(mismatch!.evidence[0]).toMatchObject({ claimId: "south-command-own-soldiers:2030-09-01" });
    expect(mismatch!.evidence[0]).not.toHaveProperty("caveats");
  });
});

describe("a side's losses as stories write them", () => {
  it.each([
    ["Southland has lost 50,100 soldiers.", "killed"],
    ["The two armies have lost 80,000 troops between them.", "killed"],
    ["Northland had lost 3,000 soldiers by then.", "killed"],
  ])("reads %j as a count of the %s", (text, measure) => {
    const counts = extractMentions(text, { date: "2030-09-02" }).mentions.filter((m) => m.kind === "count");
    expect(counts.map((m) => m.kind === "count" && m.measure)).toEqual([measure]);
  });
});

describe("a war that resumed after a truce", () => {
  const data = registry.toData();
  const resumed = Registry.from({ ...data, conflicts: data.conflicts.map((c) => ({ ...c, resumed: ["2031-06-01"] })) });
  const elapsed = (r: Registry, text: string) => check(text, { registry: r, date: "2031-07-10" }).filter((f) => f.ruleId === "inconsistent-elapsed-time").map((f) => f.text);

  it("counts its age from its start or from the day the fighting resumed", () => {
    const text = "Shelling went on in the Valley after nearly six weeks of war.";
    expect(elapsed(registry, text)).toEqual(["nearly six weeks"]);
    expect(elapsed(resumed, text)).toEqual([]);
    expect(elapsed(resumed, "Shelling went on in the Valley after 18 months of war.")).toEqual([]);
    // Neither from the start nor from the resumption.
    expect(elapsed(resumed, "Shelling went on in the Valley after nearly six months of war.")).toEqual(["nearly six months"]);
  });

  it("refuses a resumption on or before the war's start", () => {
    expect(() => Registry.from({ ...data, conflicts: data.conflicts.map((c) => ({ ...c, resumed: ["2029-06-01"] })) })).toThrow(/resumed/);
  });
});
