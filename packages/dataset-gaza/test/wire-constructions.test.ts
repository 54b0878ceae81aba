import { describe, expect, it } from "vitest";
import { check } from "@factmark/core";
import { defaultRegistry } from "../dist/index.js";

// Constructions of real wire copy, judged against the default registry: each row is a sentence
// written the way agencies write, with the findings a careful editor would give it.
const registry = defaultRegistry();

/** The texts of one rule's findings on a story of `conflict` dated `date`. */
function findings(text: string, date: string, conflict: string, rule: string): string[] {
  const story = `---\ndate: ${date}\nconflict: ${conflict}\n---\n\n${text}\n`;
  return check(story, { registry, date, format: "markdown" })
    .filter((f) => f.ruleId === rule)
    .map((f) => f.text);
}

describe("wire constructions judged against the default registry", () => {
  it.each([
    // A breakdown "among the" dead, by any word for the dead: a part of the running total, judged
    // against its series (OCHA's West Bank children: 44 on 3 November 2023, 52 by the 20th).
    ...["dead", "martyrs", "fatalities"].flatMap((dead): [string, string, string, string, string[]][] => [
      [`Palestinians killed in the West Bank since October 7 number 201, OCHA said.\n\nAmong the ${dead} are 44 children, OCHA said.`, "2023-11-20", "west-bank", "outdated-figure", ["44"]],
      [`Palestinians killed in the West Bank since October 7 number 201, OCHA said.\n\nAmong the ${dead} are 52 children, OCHA said.`, "2023-11-20", "west-bank", "outdated-figure", []],
    ]),
    // "as of" dates a count outright: judged on that day however recent, past the verb between them;
    // a recent day given with "on" is the story's own time.
    ["In the West Bank, OCHA's verified casualty database counted 167 children killed as of 13 November.", "2024-11-27", "west-bank", "outdated-figure", []],
    ["In the West Bank, OCHA's verified casualty database counted 167 children killed on 13 November.", "2024-11-27", "west-bank", "outdated-figure", ["167"]],
    // A body's record in the simple past is its running total, judged as one (Lebanon's ministry: 2,867 on 31 October 2024).
    ["The Lebanese health ministry counted 2,867 killed and more than 13,000 wounded.", "2024-10-31", "lebanon", "figure-mismatch", []],
    ["The Lebanese health ministry counted 2,877 killed and more than 13,000 wounded.", "2024-10-31", "lebanon", "figure-mismatch", ["2,877"]],
    // A state named as the speaker of its own ministry's count: "Lebanon says" is the ministry's toll.
    ["# Lebanon says more than 4,000 killed in Israeli strikes", "2024-11-06", "lebanon", "figure-mismatch", ["more than 4,000"]],
    ["# Lebanon says more than 3,000 killed in Israeli strikes", "2024-11-06", "lebanon", "figure-mismatch", []],
    // A start written without its year, on the war's first day, is that day: the headline's toll is judged.
    ["# Families mark 600 days since 7 October as Gaza toll passes 55,000", "2025-05-29", "gaza", "figure-mismatch", ["passes 55,000"]],
    ["# Families mark 600 days since 7 October as Gaza toll passes 54,000", "2025-05-29", "gaza", "figure-mismatch", []],
    // A milestone the toll passed is judged as the toll is.
    ["Israeli strikes have killed 3,002 people in Lebanon, the ministry said, passing the 4,000 mark on Monday.", "2024-11-04", "lebanon", "figure-mismatch", ["passing the 4,000"]],
    ["Israeli strikes have killed 3,002 people in Lebanon, the ministry said, passing the 3,000 mark on Monday.", "2024-11-04", "lebanon", "figure-mismatch", []],
    // "The U.S. military" is the United States' military, not the story's own "military" (Israel's).
    ["The U.S. military will build a pier off Gaza to bring in aid.", "2024-03-08", "gaza", "unattributed-position", []],
    ["Israel will keep its troops in the corridor.", "2024-03-08", "gaza", "unattributed-position", ["Israel will keep its troops in the corridor"]],
    // A phase that ran out after a length lasted it, read from the subject of its own clause.
    ["The three-phase agreement's first stage freed 33 hostages in Gaza. Talks on the second phase never began, and the first phase ran out on March 1 after 40 days.", "2025-03-25", "gaza", "inconsistent-duration", ["40 days"]],
    ["The three-phase agreement's first stage freed 33 hostages in Gaza. The first phase expired on March 1 after 40 days.", "2025-03-25", "gaza", "inconsistent-duration", ["40 days"]],
    ["The three-phase agreement's first stage freed 33 hostages in Gaza. The first phase expired on March 1 after 42 days.", "2025-03-25", "gaza", "inconsistent-duration", []],
    // A toll combining the ministry's two counts of Lebanon's wars is no one series' value.
    ["Taken together, the ministry said, 8,375 people have been killed in Lebanon since October 2023.", "2026-07-20", "lebanon", "figure-mismatch", []],
    ["The ministry said 8,375 people have been killed in Lebanon.", "2026-07-20", "lebanon", "figure-mismatch", ["8,375"]],
    // The length of the war before this one is not this war's age.
    ["The renewed war has killed more people than the 13-month conflict that preceded it, the ministry's figures show.", "2026-07-20", "lebanon", "inconsistent-elapsed-time", []],
    // A daily figure is outdated seven days after the first report it no longer fits (23 June was the last it fitted).
    ["Israel's offensive has killed more than 55,000 Palestinians, according to the Health Ministry.", "2025-07-01", "gaza", "outdated-figure", ["more than 55,000"]],
    ["Israel's offensive has killed more than 55,000 Palestinians, according to the Health Ministry.", "2025-06-30", "gaza", "outdated-figure", []],
    // A participle after a war carried on in the perfect counts the war's dead; after strikes, the strikes'.
    ["Israel has pressed its offensive on the enclave for nearly 21 months, killing more than 55,000 Palestinians, according to the Health Ministry.", "2025-07-01", "gaza", "outdated-figure", ["more than 55,000"]],
    ["Israel has stepped up strikes across Gaza, killing more than 55,000 Palestinians, according to the Health Ministry.", "2025-07-01", "gaza", "outdated-figure", []],
    // An operation a place inside the conflict owns has its own age; the war's words are the war's.
    ["# West Bank toll passes 800 as Jenin's siege enters its second month", "2025-01-06", "west-bank", "inconsistent-elapsed-time", []],
    ["# West Bank toll passes 800 as the war enters its second month", "2025-01-06", "west-bank", "inconsistent-elapsed-time", ["its second month"]],
    // A war of another kind ("civil war") is not the story's.
    ["Some rebels fought Hezbollah's units in Qusayr during the 13-year civil war.", "2024-12-09", "lebanon", "inconsistent-elapsed-time", []],
    ["Some rebels fought Hezbollah's units in Qusayr during the 13-year war.", "2024-12-09", "lebanon", "inconsistent-elapsed-time", ["13-year"]],
    // A party marking a day is a plan, not a stance.
    ["Israel will mark the anniversary on October 7 with a national ceremony.", "2024-10-01", "gaza", "unattributed-position", []],
    // A month in a sentence about another conflict's truce dates that conflict's deals.
    ["A truce in Gaza was signed in January; its first phase, of 40 days, took effect on Jan. 19.", "2025-01-27", "lebanon", "inconsistent-duration", ["40 days"]],
    // A place of both wars named beside the story's own war's party is that war's: a Lebanon truce is never held to a Gaza deal's terms.
    ["The 60-day ceasefire between Israel and Hezbollah was due to expire on Sunday, January 26.", "2025-01-27", "lebanon", "inconsistent-duration", []],
    ["The 60-day ceasefire between Israel and Hamas was due to take effect on Sunday, January 19.", "2025-01-17", "gaza", "inconsistent-duration", ["60-day"]],
    // LATER_PHASE_WORDS: "two further stages of 42 days each" are the later stages, held to no first phase's length.
    ["According to the text Hamas circulated, the plan has three stages: a first stage of 40 days, followed by two further stages of 42 days each.", "2024-05-07", "gaza", "inconsistent-duration", []],
    ["According to the text Hamas circulated, the plan has three stages: a first stage of 40 days. The first stage would last 42 days.", "2024-05-07", "gaza", "inconsistent-duration", ["42 days"]],
    // FIGHTING_NOUNS: a truce that "ended more than a year of cross-border fire" ended the fighting, not itself: its length is its term.
    ["The 60-day ceasefire in Lebanon was due to expire on Sunday.\n\nThe 45-day truce ended more than a year of cross-border fire.", "2025-01-27", "lebanon", "inconsistent-duration", ["45-day"]],
    ["The 60-day ceasefire in Lebanon was due to expire on Sunday.\n\nThe 45-day truce ended on Sunday.", "2025-01-27", "lebanon", "inconsistent-duration", []],
    // A paragraph that opens on a place is about it in every sentence that names none (Lebanon's ministry: 2,169 on 10 October 2024).
    ["Gaza's health ministry said 41,909 Palestinians had been killed.\n\nIn Lebanon, where Israel began a ground incursion last week, strikes continued. The ministry of health says more than 2,000 people have been killed since October 2023.", "2024-10-07", "gaza", "outdated-figure", []],
    ["Gaza's health ministry said 41,909 Palestinians had been killed.\n\nElsewhere, strikes continued. The ministry of health says more than 2,000 people have been killed since October 2023.", "2024-10-07", "gaza", "outdated-figure", ["more than 2,000"]],
  ])("%j (%s, %s): %s %j", (text, date, conflict, rule, expected) => {
    expect(findings(text, date, conflict, rule)).toEqual(expected);
  });

  it("ties a length referred back to (“those six weeks”) to the deal of the length it refers to", () => {
    const story = [
      "The last ceasefire, which began on 19 January, was a three-phase agreement. Its first phase, lasting 42 days, saw 33 hostages freed. When those six weeks ended on 1 March, Israel refused to move to the next stage.",
      "Mediators are pressing both sides to accept a new US proposal.",
    ].join("\n\n");
    expect(findings(story, "2025-05-29", "gaza", "inconsistent-duration")).toEqual([]);
    // Told as two different lengths, the deal's first phase is still caught.
    expect(findings(story.replace("lasting 42 days", "lasting 40 days"), "2025-05-29", "gaza", "inconsistent-duration")).not.toEqual([]);
  });

  it("holds a later count of a deal's phases to the count the registry confirmed earlier in the story", () => {
    const story = (count: string) =>
      `The last ceasefire, which began on 19 January, was a three-phase agreement.\n\nMediators are pressing both sides to accept a new US proposal.\n\nMany families blame the government for the collapse of the ${count} truce.`;
    expect(findings(story("two-phase"), "2025-05-29", "gaza", "phase-count-mismatch")).toEqual(["two-phase"]);
    expect(findings(story("three-phase"), "2025-05-29", "gaza", "phase-count-mismatch")).toEqual([]);
  });

  it("names a version of a proposal only by words that stand together", () => {
    // "offer" here and "Israeli" in the attribution do not name Israel's offer of 29 April 2024 (40 days).
    const scattered = "Israel has handed mediators an updated proposal for a six-week ceasefire. The offer's first stage would last 42 days, during which hostages would be freed, a senior Israeli official said.";
    expect(findings(scattered, "2024-05-30", "gaza", "inconsistent-duration")).toEqual([]);
    expect(findings("Israel's offer gave the first stage 42 days.", "2024-05-01", "gaza", "inconsistent-duration")).toEqual(["42 days"]);
  });
});
