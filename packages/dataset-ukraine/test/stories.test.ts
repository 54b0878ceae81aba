// Stories of our own about the war in Ukraine, checked with core's check() against this
// registry alone and merged with the Gaza dataset, as the CLI, the service and the editor merge
// them by default.
import { readFileSync } from "node:fs";
import { type Finding, Registry, check } from "@factmark/core";
import { defaultRegistry as gazaRegistry } from "@factmark/dataset-gaza";
import { describe, expect, it } from "vitest";
import { readUkraineData, resolveDataDir } from "../scripts/read-data.mjs";
import { buildRegistryData } from "../scripts/transform.mjs";

const ukraine = Registry.from(buildRegistryData(readUkraineData(resolveDataDir())), { trusted: true });
const merged = Registry.merge([gazaRegistry(), ukraine]);

const story = (name: string) => readFileSync(new URL(`fixtures/stories/${name}.md`, import.meta.url), "utf8");
const checkStory = (text: string, registry: Registry): Finding[] => check(text, { registry, format: "markdown" });
const summary = (findings: readonly Finding[]) => findings.map((f) => [f.ruleId, f.severity, f.text]);
const SERIOUS = new Set(["error", "warning"]);

describe.each([
  ["the Ukraine registry alone", ukraine],
  ["the merged default", merged],
])("Ukraine stories against %s", (_, registry) => {
  it("finds a UN toll from before the October 2024 update outdated, with a fix to the figure then in effect, and the war's third year consistent", () => {
    const findings = checkStory(story("un-toll-third-year"), registry);
    expect(summary(findings)).toEqual([["outdated-figure", "warning", "More than 11,000"]]);
    const [outdated] = findings;
    expect(outdated!.message).toMatch(/12,456 killed on 31 December 2024/);
    expect(outdated!.fixes.map((fix) => (fix.kind === "replace" ? fix.text : fix.claimId))).toEqual(["12,000", "ohchr-ukraine-civilians-killed:2024-12-31:page"]);
    // The UN's caveat travels with the figure.
    expect(outdated!.evidence[0]!.caveats?.[0]).toMatch(/^A minimum: the UN counts only the civilian deaths and injuries it has verified/);
  });

  it("leaves the General Staff's figure credited to Ukraine's military clean, with a note that it is a party's unverified claim", () => {
    const findings = checkStory(story("general-staff-losses"), registry);
    expect(findings.filter((f) => SERIOUS.has(f.severity))).toEqual([]);
    expect(summary(findings)).toEqual([["party-claim", "info", "about 887,620"]]);
    const [note] = findings;
    expect(note!.message).toMatch(/a party to the conflict, gives this figure, and no independent body verifies it/);
    expect(note!.evidence).toMatchObject([{ claimId: "ua-general-staff-russian-personnel:2025-03-11", source: { id: "ua-general-staff" }, value: 887620 }]);
    expect(note!.evidence[0]!.caveats?.[0]).toMatch(/^A party's claim/);
  });

  it("finds the same figure with no source unsourced, offering the General Staff's report", () => {
    const findings = checkStory(story("general-staff-losses-unsourced"), registry);
    expect(summary(findings.filter((f) => SERIOUS.has(f.severity)))).toEqual([["unsourced-figure", "warning", "about 887,620"]]);
    expect(findings.find((f) => f.ruleId === "unsourced-figure")!.fixes).toMatchObject([{ kind: "cite", claimId: "ua-general-staff-russian-personnel:2025-03-11" }]);
  });

  it("names both versions of the Easter truce's length with their sources when a story gives both", () => {
    const findings = checkStory(story("easter-truce-two-lengths"), registry);
    expect(summary(findings)).toEqual([["inconsistent-duration", "warning", "one-day"]]);
    const [duration] = findings;
    expect(duration!.message).toBe(
      "“one-day” (1 day) and “30-hour” (30 hours) describe the same phase 1 differently. Sources differ on phase 1: 1 day (Ukrainska Pravda) vs 30 hours (Babel, benews.fr, The Trent); name the version you mean.",
    );
    expect(duration!.related?.map((r) => r.text)).toEqual(["30-hour"]);
    expect(duration!.evidence.map((e) => e.claimId).sort()).toEqual(["phase:easter-truce-2025-04:announced-window:1", "phase:easter-truce-2025-04:ukrainska-pravda-background:1"]);
  });

  it("does not compare the Victory Day truce with another war's phases", () => {
    const findings = checkStory(story("victory-day-truce"), registry);
    expect(findings.filter((f) => f.ruleId === "inconsistent-duration")).toEqual([]);
    expect(findings.flatMap((f) => f.evidence.map((e) => e.claimId)).filter((id) => !id.includes("victory-day") && !id.startsWith("position:") && !id.startsWith("ua-") && !id.startsWith("ohchr-"))).toEqual([]);
  });
});

describe("the merged default registry", () => {
  it("reads a sentence that names no place as about the war its paragraph names, not another war's proposal made later", () => {
    // A story of three wars, in February 2025: the Gaza paragraph's "42-day first phase" is the
    // January deal's, not the Jeddah ceasefire of March (a Ukraine proposal of a later date).
    const text = [
      "# Three wars, three deadlines at the Munich conference",
      "Ukraine's President Volodymyr Zelensky met US officials in Munich, where talks on ending the war with Russia were the main topic. Zelensky said Ukraine would not accept any deal reached without Kyiv.",
      "In Gaza, Hamas said on Friday it would free three more hostages on Saturday as planned. The 42-day first phase of the deal ends on March 1.",
    ].join("\n\n");
    const durations = check(text, { registry: merged, format: "markdown", date: "2025-02-14" }).filter((f) => f.ruleId === "inconsistent-duration");
    expect(durations.map((f) => f.text)).toEqual([]);
  });

  it("reads a sentence by its main clause, not by a place named in a relative aside", () => {
    // Russia, a party to another war, votes in the Security Council: the plan is still Gaza's.
    const text = [
      "# Security Council backs Gaza truce plan",
      "The United States pressed Hamas on Wednesday to accept the ceasefire plan for Gaza set out by President Joe Biden on May 31.",
      "The plan, which the UN Security Council endorsed on Monday with Russia abstaining, is laid out in four phases.",
    ].join("\n\n");
    const counts = check(text, { registry: merged, format: "markdown", date: "2024-06-12" }).filter((f) => f.ruleId === "phase-count-mismatch");
    expect(counts.map((f) => f.text)).toEqual(["four phases"]);
  });

  it("measures a truce's age from its own conflict, not from another a later clause names", () => {
    const text = "# Lebanon truce extended\n\nIsraeli troops stayed in southern Lebanon past the deadline.\n\nThe strain on the two-month-old truce comes as a separate ceasefire holds in Gaza.";
    const ages = check(text, { registry: merged, format: "markdown", date: "2025-01-28" }).filter((f) => f.ruleId === "inconsistent-elapsed-time");
    expect(ages.map((f) => f.text)).toEqual([]);
  });

  it("counts a figure \"since then\" from the day its sentence names, and leaves a \"must\" inside another stance to that stance", () => {
    const hunger = "# Hunger deaths rise in Gaza\n\nThe ministry said 273 people had died of hunger by Aug. 22, the day famine was confirmed, meaning that more than 130 people have died of hunger since then, according to the ministry's figures.";
    expect(check(hunger, { registry: merged, format: "markdown", date: "2025-09-20" }).filter((f) => f.ruleId === "outdated-figure" || f.ruleId === "figure-mismatch").map((f) => f.text)).not.toContain("more than 130");
    const lebanon = "# Lebanon truce extended\n\nHezbollah has insisted that any Israeli presence beyond the deadline is a violation that the Lebanese state must confront.";
    expect(check(lebanon, { registry: merged, format: "markdown", date: "2025-01-28" }).filter((f) => f.ruleId === "unattributed-position").map((f) => f.text)).toEqual(["Hezbollah has insisted that any Israeli presence beyond the deadline is a violation that the Lebanese state must confront"]);
  });

  it("reads an age set after the truce it describes (\"the moratorium, now nearly three weeks old\")", () => {
    const ages = (text: string) => check(`# Energy truce frays\n\n${text}`, { registry: merged, format: "markdown", date: "2025-03-31" }).filter((f) => f.ruleId === "inconsistent-elapsed-time").map((f) => f.text);
    // The moratorium took effect on 18 March 2025: on the 31st it was 13 days old.
    expect(ages("Moscow accused Kyiv of breaching the 30-day moratorium on strikes on energy sites, now nearly three weeks old.")).toEqual(["nearly three weeks old"]);
    expect(ages("Moscow accused Kyiv of breaching the 30-day moratorium on strikes on energy sites, now nearly two weeks old.")).toEqual([]);
    // The war began on 24 February 2022: on 31 March 2025 it was a little over three years old.
    expect(ages("The war in Ukraine, now more than four years old, grinds on.")).toEqual(["more than four years old"]);
    expect(ages("The war in Ukraine, now more than three years old, grinds on.")).toEqual([]);
    // A person's age set after a noun is no war's.
    expect(ages("A strike in the war in Ukraine killed a man, 45 years old.")).toEqual([]);
  });

  it("reads a breakdown after a comma at the end of a toll's sentence as part of that toll", () => {
    const values = (text: string) => check(`# Civilian toll\n\n${text}`, { registry: merged, format: "markdown", date: "2024-11-04" }).filter((f) => f.ruleId === "figure-mismatch").map((f) => f.text);
    // The UN's children's count stood at 622 (30 June 2024): "more than 700" never fitted, "more than 600" does.
    expect(values("The UN monitoring mission says nearly 12,000 civilians have been killed in Ukraine since February 2022, among them more than 700 children.")).toEqual(["more than 700"]);
    expect(values("The UN monitoring mission says nearly 12,000 civilians have been killed in Ukraine since February 2022, among them more than 600 children.")).toEqual([]);
  });

  it("gives a Gaza story the findings the Gaza dataset alone gives", () => {
    const article = readFileSync(new URL("../../../../shared/fixtures/cairo-talks-2024-05.md", import.meta.url), "utf8");
    const alone = checkStory(article, gazaRegistry());
    expect(alone.length).toBeGreaterThan(0);
    expect(checkStory(article, merged)).toEqual(alone);
  });

  it("gives each Ukraine story the findings the Ukraine dataset alone gives", () => {
    for (const name of ["un-toll-third-year", "general-staff-losses", "general-staff-losses-unsourced", "easter-truce-two-lengths", "victory-day-truce"]) {
      expect(checkStory(story(name), merged), name).toEqual(checkStory(story(name), ukraine));
    }
  });

  it("holds the conflicts of both datasets", () => {
    expect(merged.conflicts().map((c) => c.id)).toEqual(expect.arrayContaining(["israel-gaza-war", "russia-ukraine-war", "war-in-donbas"]));
  });
});
