import { readFileSync } from "node:fs";
import { type Finding, check } from "@factmark/core";
import { describe, expect, it } from "vitest";
import { defaultRegistry } from "../dist/index.js";
import { proposalClaims, readProposalData } from "../scripts/proposals.mjs";

// The proposals of data/proposals.json: each registered with its sources, and a short story about
// each judged against its own terms, never against the May 2024 proposal's.
const registry = defaultRegistry();
const data = JSON.parse(readFileSync(new URL("../data/proposals.json", import.meta.url), "utf8"));

const durations = (text: string, date: string): Finding[] => check(text, { registry, date }).filter((f) => f.ruleId === "inconsistent-duration");
const counts = (text: string, date: string): Finding[] => check(text, { registry, date }).filter((f) => f.ruleId === "phase-count-mismatch");

describe("the proposals data file", () => {
  it("gives every fact a source URL, a publisher and a published date", () => {
    for (const p of data.proposals) {
      for (const f of p.facts) {
        expect(f.url, `${p.id} ${f.says}`).toMatch(/^https:\/\//);
        expect(f.published, `${p.id} ${f.says}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(f.source, `${p.id} ${f.says}`).toBeTruthy();
      }
    }
  });

  it("registers each proposal's first phase with the sources of its facts", () => {
    const phase = (id: string) => registry.phases(id).find((c) => c.index === 1 && c.proposal.version === undefined);
    expect(phase("biden-plan-2024-05-31")).toMatchObject({ of: 3, durationDays: 42, proposal: { date: "2024-05-31" } });
    expect(phase("ceasefire-2025-01")).toMatchObject({ of: 3, durationDays: 42, proposal: { date: "2025-01-15", proposers: ["egypt", "qatar", "united-states"] } });
    expect(phase("ceasefire-2025-01")?.terms.join(" ")).toMatch(/33 Israeli hostages/);
    expect(phase("witkoff-framework-2025-05")).toMatchObject({ of: 2, durationDays: 60 });
    expect(registry.phases("witkoff-framework-2025-05").find((c) => c.proposal.version === "egypt-qatar-2025-08-18")).toMatchObject({ durationDays: 60, proposal: { date: "2025-08-18" } });
    // The 20-point plan names no number of phases: its first phase has none.
    expect(phase("trump-plan-2025-09-29")).toMatchObject({ durationDays: 3 });
    expect(phase("trump-plan-2025-09-29")?.of).toBeUndefined();
    for (const id of ["biden-plan-2024-05-31", "ceasefire-2025-01", "witkoff-framework-2025-05", "trump-plan-2025-09-29"]) {
      for (const c of registry.phases(id)) for (const citation of c.citations) expect(citation.url, id).toMatch(/^https:\/\//);
    }
  });

  it("registers the days the January and October 2025 ceasefires took effect and the Security Council's endorsement", () => {
    const events = registry.events("ceasefire-2025-01").concat(registry.events("ceasefire-2025-10"), registry.events("unsc-resolution-2735"));
    expect(events.map((e) => e.date).sort()).toEqual(["2024-06-10", "2025-01-19", "2025-10-10"]);
  });

  it("gives the January 2025 ceasefire the day it ended, and each conflict the truces it had", () => {
    expect(registry.events("ceasefire-2025-01").map((e) => [e.date, e.end])).toEqual([["2025-01-19", "2025-03-18"]]);
    expect(registry.events("ceasefire-2025-01")[0]?.citations.map((c) => c.source)).toContain("lbc");
    const truces = Object.fromEntries(registry.conflicts().map((c) => [c.id, c.truces ?? []]));
    expect(truces["israel-gaza-war"]).toEqual(["truce-2023-11", "ceasefire-2025-01", "ceasefire-2025-10"]);
    expect(truces["israel-hezbollah-war"]).toEqual(["lebanon-ceasefire-2024-11"]);
    for (const ids of Object.values(truces)) for (const id of ids) expect(registry.events(id).length, id).toBeGreaterThan(0);
  });

  it("names the proposal and the fact that is wrong in a bad data file", () => {
    const bad = structuredClone(data);
    delete bad.proposals[1].facts[2].url;
    expect(() => readProposalData(bad)).toThrow(/proposal "ceasefire-2025-01", fact 3 \(phase-1-days\): needs a source "url"/);
    const unknown = structuredClone(data);
    unknown.proposals[0].facts[0].source = "nobody";
    expect(() => readProposalData(unknown)).toThrow(/source "nobody" is neither/);
    expect(() => readProposalData({ proposals: [] })).toThrow(/"sources" and "proposals" arrays/);
  });

  it("turns a version's facts into that version's phase", () => {
    const claims = proposalClaims(readProposalData(data));
    expect(claims.filter((c) => c.kind === "phase").map((c) => c.id)).toEqual([
      "phase:biden-plan-2024-05-31:1",
      "phase:ceasefire-2025-01:1",
      "phase:witkoff-framework-2025-05:1",
      "phase:witkoff-framework-2025-05:egypt-qatar-2025-08-18:1",
      "phase:trump-plan-2025-09-29:1",
      "phase:truce-2023-11:1",
      "phase:truce-2023-11:extended-2023-11-27:1",
      "phase:truce-2023-11:extended-2023-11-30:1",
    ]);
  });
});

describe("a story about each proposal is judged against its own terms", () => {
  it("the 31 May 2024 plan: six weeks is right, eight weeks is flagged citing Biden's plan", () => {
    const date = "2024-06-12";
    expect(durations("The three-phase plan Biden set out would begin with a six-week ceasefire in Gaza.", date)).toEqual([]);
    const [f] = durations("The three-phase plan Biden set out would begin with an eight-week ceasefire in Gaza.", date);
    expect(f?.text).toBe("eight-week");
    expect(f?.message).toMatch(/President Biden/);
    expect(f?.message).not.toMatch(/Egyptian–Qatari/);
    expect(f?.evidence?.[0]?.claimId).toBe("phase:biden-plan-2024-05-31:1");
    expect(counts("Biden described a two-phase plan to end the war in Gaza.", date).map((x) => x.text)).toEqual(["two-phase"]);
  });

  it("the January 2025 agreement: 42 days is right, 30 days is flagged citing that agreement", () => {
    const date = "2025-01-20";
    const story = (days: string) => `Qatar's prime minister announced the truce in Doha on Wednesday, and it took effect in Gaza on Sunday.\n\nIts first phase lasts ${days}, in which 33 hostages are to go free.`;
    expect(durations(story("42 days"), date)).toEqual([]);
    const [f] = durations(story("30 days"), date);
    expect(f?.text).toBe("30 days");
    expect(f?.message).toMatch(/January 2025/);
    expect(f?.evidence?.[0]?.claimId).toBe("phase:ceasefire-2025-01:1");
  });

  it("the January 2025 agreement is the one a later story's \"January truce\" means: a two-phase or four-phase one is wrong", () => {
    const date = "2025-06-10";
    expect(counts("The three-phase January truce in Gaza collapsed in March.", date)).toEqual([]);
    for (const n of ["two", "four"]) {
      const [f] = counts(`The ${n}-phase January truce in Gaza collapsed in March.`, date);
      expect(f?.text).toBe(`${n}-phase`);
      expect(f?.message).toMatch(/January 2025 has 3/);
    }
    // Named in a story about another front, by its place and its day.
    expect(counts("Hezbollah's truce was extended a week after a two-phase cease-fire took effect in Gaza on Jan. 19.", "2025-01-27").map((x) => x.text)).toEqual(["two-phase"]);
  });

  it("the 60-day framework: 60 days is right in May and in August, other lengths are flagged citing Witkoff's framework", () => {
    expect(durations("Hamas is studying Witkoff's proposal for a 60-day ceasefire in Gaza.", "2025-06-02")).toEqual([]);
    const [f] = durations("Hamas is studying Witkoff's proposal for a 45-day ceasefire in Gaza.", "2025-06-02");
    expect(f?.message).toMatch(/Witkoff/);
    expect(durations("Hamas accepted the proposal of Egyptian and Qatari mediators for a 60-day truce in Gaza.", "2025-08-19")).toEqual([]);
    const [g] = durations("Hamas accepted the proposal of Egyptian and Qatari mediators for a 90-day truce in Gaza.", "2025-08-19");
    expect(g?.text).toBe("90-day");
    expect(g?.evidence?.some((e) => e.claimId.startsWith("phase:witkoff-framework-2025-05"))).toBe(true);
  });

  it("keeps the January 2025 truce a story names by its month apart from the framework it is about", () => {
    const story = "Israel has accepted a proposal for a 60-day ceasefire in Gaza.\n\nThe war resumed on March 18, when Israel ended the ceasefire that took effect in January after its 42-day first phase ran out.";
    expect(durations(story, "2025-05-29")).toEqual([]);
    expect(durations(story.replace("42-day", "30-day"), "2025-05-29").map((f) => f.text)).toEqual(["30-day"]);
  });

  it("reads a truce a sentence ends as what it lasted, not its term", () => {
    expect(durations("Israel resumed its offensive in Gaza on March 18, ending a two-month ceasefire that had taken effect on Jan. 19.", "2025-04-10")).toEqual([]);
    expect(durations("Israel resumed its offensive in Gaza on March 18. The deal provided for a two-month ceasefire that took effect on Jan. 19.", "2025-04-10").map((f) => f.text)).toEqual(["two-month"]);
  });

  it("the November 2023 pause: four days, and six or seven once extended, are right; three is flagged citing it", () => {
    const story = (n: string) =>
      `Israel resumed its offensive in Gaza on Friday after a weeklong truce with Hamas ran out, as Qatari mediators tried to restore it.\n\nThe truce took hold on Nov. 24 as a ${n}-day cease-fire and was extended twice.`;
    for (const n of ["four", "six", "seven"]) expect(durations(story(n), "2023-12-01")).toEqual([]);
    const [f] = durations(story("three"), "2023-12-01");
    expect(f?.text).toBe("three-day");
    expect(f?.evidence?.some((e) => e.claimId.startsWith("phase:truce-2023-11"))).toBe(true);
  });

  it("a deal that ended weeks ago is judged only where a sentence names it", () => {
    // The January 2025 ceasefire ended on 18 March 2025: a month on, a 45-day offer is a new one.
    const offer = "Hamas rejected an Israeli offer of a 45-day truce in Gaza, which Egyptian mediators passed on this week.";
    expect(durations(offer, "2025-04-17")).toEqual([]);
    // In the weeks right after its collapse, the copy's ceasefire is still that deal's.
    expect(durations(offer, "2025-03-25").map((f) => f.text)).toEqual(["45-day"]);
    // Named by its month, it is judged whenever the story runs.
    expect(durations("The January truce in Gaza provided for a 45-day first phase.", "2025-04-17").map((f) => f.text)).toEqual(["45-day"]);
  });

  it("keeps a party's counter-proposal apart from the framework it answers", () => {
    const story = (who: string) =>
      `# Mossad chief in Cairo as mediators try to bridge Paris outline and a 135-day plan\n\nIsrael's spy chief met mediators in Cairo on Tuesday, in the first four-way meeting since the Paris outline was drawn up.\n\nThe Paris framework, as described by officials of the mediating countries, envisages a three-phase pause, opening with a six-week truce in which hostages would be released.\n\n${who} last week turned the outline into a 135-day, three-stage plan, with each stage lasting 45 days and an end to the war to be agreed before the third stage begins.`;
    const flagged = (text: string) => check(text, { registry, date: "2024-02-13", format: "markdown" }).filter((f) => f.ruleId === "inconsistent-duration").map((f) => f.text);
    expect(flagged(story("Hamas's reply"))).toEqual([]);
    expect(flagged(story("The reply"))).toEqual(["45 days"]);
  });

  it("reads a truce's age written as an ordinal of its own subject", () => {
    const elapsed = (text: string, date: string) => check(text, { registry, date }).filter((f) => f.ruleId === "inconsistent-elapsed-time").map((f) => f.text);
    expect(elapsed("Mediators met in Doha as a truce between Israel and Hamas in Gaza, now in its sixth day, held.", "2023-11-28")).toEqual(["in its sixth day"]);
    expect(elapsed("Mediators met in Doha as a truce between Israel and Hamas in Gaza, now in its fifth day, held.", "2023-11-28")).toEqual([]);
    // ... or of the truce a "which" clause refers to.
    expect(elapsed("In Gaza, talks on the second phase were to start by the 16th day of the truce, which is now in its 14th day.", "2025-02-05")).toEqual(["in its 14th day"]);
    expect(elapsed("In Gaza, talks on the second phase were to start by the 16th day of the truce, which is now in its 18th day.", "2025-02-05")).toEqual([]);
  });

  it("a sentence opening with \"Its\" is about the proposal the sentence before names", () => {
    const story = "The three-phase ceasefire that took effect in Gaza on January 19 collapsed on March 18. Its first phase had ended on March 1 without agreement on the second of its two phases.";
    expect(counts(story, "2025-05-12").map((f) => f.text)).toEqual(["two phases"]);
    expect(counts(story.replace("Its first phase", "A first phase"), "2025-05-12")).toEqual([]);
  });

  it("the October 2025 plan: 72 hours is right, 48 hours is flagged citing Trump's plan", () => {
    const date = "2025-10-01";
    expect(durations("The first phase of Trump's plan lasts 72 hours, in which Hamas is to free the hostages held in Gaza.", date)).toEqual([]);
    const [f] = durations("The first phase of Trump's plan lasts 48 hours, in which Hamas is to free the hostages held in Gaza.", date);
    expect(f?.text).toBe("48 hours");
    expect(f?.message).toMatch(/20-point plan/);
    // The plan names no number of phases: no count is judged against it.
    expect(counts("Trump's plan would see Israeli troops pull back from Gaza in three stages.", date)).toEqual([]);
  });

  it("never compares another conflict's truce, or an older truce its sentence dates, with a Gaza phase", () => {
    expect(durations("Strikes hit Gaza again on Friday.\n\nIn Yemen, a two-month truce brokered by the UN in April 2022 lapsed in October of that year.", "2025-04-18")).toEqual([]);
    expect(durations("The 60-day truce between Israel and Hezbollah took effect in Lebanon on Wednesday.", "2024-11-28")).toEqual([]);
    expect(durations("Israel and Hamas agreed to prolong their truce in Gaza by two more days after the four-day truce ran out.", "2023-11-27")).toEqual([]);
  });
});

describe("a war's age is measured from the conflict its sentence speaks of", () => {
  const ages = (text: string, date: string) => check(text, { registry, date }).filter((f) => f.ruleId === "inconsistent-elapsed-time").map((f) => f.text);

  it("measures the Lebanese front from its own start in a story about Gaza", () => {
    const story = (age: string) => `Strikes in Gaza went on overnight, medics in Gaza said.\n\nThe truce with Hezbollah in Lebanon ends ${age} of cross-border fighting.`;
    // 8 October 2023 to 27 November 2024: 13.6 months.
    expect(ages(story("nearly two years"), "2024-11-27")).toEqual(["nearly two years"]);
    expect(ages(story("more than a year"), "2024-11-27")).toEqual([]);
  });
});
