import { describe, expect, it } from "vitest";
import { type CountMention, type Mention, extractMentions } from "../src/index.js";
import { mayRegistry } from "./helpers.js";

// The places and actors of the Gaza war, as the fixture registry holds them.
const world = mayRegistry().world();
const mentions = (text: string, date = "2024-05-04") => extractMentions(text, { date, world }).mentions;
const counts = (text: string) => mentions(text).filter((m): m is CountMention => m.kind === "count");
const only = <K extends Mention["kind"]>(text: string, kind: K) => mentions(text).filter((m) => m.kind === kind) as Extract<Mention, { kind: K }>[];

describe("extractMentions: counts", () => {
  it.each([
    ["over 34,000 Palestinians killed", { text: "over 34,000", value: 34000, qualifier: "over", measure: "killed", group: "people", demonym: "palestinian-territories" }],
    ["the death toll rose to 34,735 on Monday", { text: "34,735", value: 34735, qualifier: "exact", measure: "killed" }],
    ["34,654 people have been killed in Gaza", { text: "34,654", value: 34654, measure: "killed", group: "people", place: "gaza" }],
    ["more than 1.2 million people displaced", { text: "more than 1.2 million", value: 1_200_000, qualifier: "over", measure: "displaced" }],
    ["nearly 35k killed", { text: "nearly 35k", value: 35000, qualifier: "nearly", measure: "killed" }],
    ["500+ aid workers killed", { text: "500+", value: 500, qualifier: "over", group: "aid-workers" }],
    ["two hundred and fifty hostages were held", { text: "two hundred and fifty", value: 250, measure: "held-hostage" }],
    ["a million Palestinians are sheltering in Rafah", { text: "a million", value: 1_000_000, measure: "sheltering", place: "rafah" }],
    ["a dozen children were injured", { text: "a dozen", value: 12, group: "children", measure: "injured" }],
    ["at least 20 people were killed", { text: "at least 20", value: 20, qualifier: "at-least" }],
    ["some 1.4 million people", { text: "some 1.4 million", value: 1_400_000, qualifier: "about" }],
    ["fewer than 100 journalists", { text: "fewer than 100", value: 100, qualifier: "fewer-than", group: "journalists" }],
    ["roughly 77,000 injured", { text: "roughly 77,000", value: 77000, qualifier: "about", measure: "injured" }],
  ])("reads %j", (text, expected) => {
    const [count] = counts(text);
    expect(count).toBeDefined();
    const { value, qualifier, ...rest } = expected as { value: number; qualifier?: string } & Record<string, unknown>;
    expect(count!.quantity.value).toBe(value);
    expect(count!.quantity.qualifier).toBe(qualifier ?? "exact");
    expect(count).toMatchObject(rest);
    expect(text.slice(count!.from, count!.to)).toBe(count!.text);
  });

  it.each([
    ["dozens of hostages", 24, 99],
    ["hundreds of thousands of civilians", 200_000, 999_999],
    ["tens of thousands of people", 20_000, 99_999],
    ["30-40 people were wounded", 30, 40],
  ])("reads the vague amount %j as a range", (text, low, high) => {
    const [count] = counts(text);
    expect(count?.quantity).toMatchObject({ low, high });
  });

  it.each([
    "a 12-year-old boy",
    "aged 12",
    "in 2023, the talks",
    "$5 million in aid",
    "45% of homes",
    "45 percent of buildings",
    "at 10:30 a.m. local time",
    "Security Council Resolution 2728",
    "call +972 2 555 1234",
    "on Oct. 7 the attack",
    "on 7 October",
    "12 Main Street",
    "Route 90",
    "F-16 jets",
    "the 3rd brigade",
    "500 trucks of aid",
  ])("does not read %j as a count of people", (text) => {
    expect(counts(text)).toEqual([]);
  });
});

describe("extractMentions: time", () => {
  it("reads a compound duration with its subject and phase", () => {
    const [d] = only("an immediate six-week ceasefire", "duration");
    expect(d).toMatchObject({ text: "six-week", amount: 6, unit: "week", days: { min: 42, max: 42 }, subject: "ceasefire", phase: 1 });
  });
  it("reads a duration after lasting as the phase's", () => {
    const [d] = only("The initial phase, lasting 40 days, involves the release", "duration");
    expect(d).toMatchObject({ text: "40 days", days: { min: 40, max: 40 }, subject: "phase", phase: 1 });
  });
  it("reads a 42-day truce in the second phase", () => {
    const [d] = only("a further 42-day truce in the second phase", "duration");
    expect(d).toMatchObject({ text: "42-day", subject: "truce", phase: 2 });
  });
  it.each([
    ["the nearly seven-month-long conflict", { text: "nearly seven-month-long", amount: 7, unit: "month", qualifier: "nearly", ordinal: false }],
    ["more than 200 days of war", { text: "more than 200 days", amount: 200, unit: "day", qualifier: "over" }],
    ["the war, now in its eighth month", { text: "in its eighth month", amount: 8, unit: "month", ordinal: true }],
  ])("reads the elapsed time in %j", (text, expected) => {
    expect(only(text, "elapsed")[0]).toMatchObject(expected);
  });
  it("reads stage counts and phase references", () => {
    expect(only("a three-stage process", "stage-count")[0]).toMatchObject({ count: 3, text: "three-stage" });
    expect(only("the deal has three phases", "stage-count")[0]).toMatchObject({ count: 3 });
    expect(only("the second stage of the deal", "phase")[0]).toMatchObject({ index: 2, text: "second stage" });
  });
  it("resolves dates against the document date, taking the previous year when the year is implied", () => {
    const [d] = only("The war, which began on Oct. 7, has been marked by violence.", "date");
    expect(d).toMatchObject({ text: "Oct. 7", date: "2023-10-07", role: "start", subject: "war" });
    expect(only("a delegation traveled to Cairo on Saturday", "date")[0]).toMatchObject({ text: "Saturday", date: "2024-05-04" });
  });
  it("does not read a duration as a date", () => {
    expect(only("over the past 40 days of talks in May", "date")).toEqual([]);
  });
});

describe("extractMentions: attributions", () => {
  const attributions = (text: string) => extractMentions(text).attributions;
  it.each([
    ["Over 34,000 people have been killed, according to the Gaza Health Ministry.", "Gaza Health Ministry", "named"],
    ["The ministry said 34,654 people had been killed.", "ministry", "named"],
    ["34,654 people have been killed, said Palestinian health officials.", "Palestinian health officials", "role"],
    ["OCHA reported that 1.7 million people are displaced.", "OCHA", "named"],
    ["The United Nations has warned of famine.", "United Nations", "named"],
    ["A military spokesperson said the operation would continue.", "military spokesperson", "role"],
  ])("finds the source in %j", (text, name, strength) => {
    expect(attributions(text)[0]).toMatchObject({ name, strength });
  });
  it("marks an official speaking on condition of anonymity as anonymous", () => {
    const [a] = attributions("A senior Israeli official, speaking on condition of anonymity, said Israel would invade Rafah.");
    expect(a?.strength).toBe("anonymous");
  });
  it("does not take the United States for a reporting verb", () => {
    expect(attributions("The United States has raised concerns about the offensive.")).toEqual([]);
  });
  it("marks figures in quotation marks as quoted", () => {
    const [count] = counts("“More than 35,000 people have been killed,” he said.");
    expect(count?.quoted).toBe(true);
  });
});
