import { type Finding, check } from "@factmark/core";
import { describe, expect, it } from "vitest";
import { defaultRegistry } from "../dist/index.js";

// The aid-distribution series name their people the way stories do, by where and while doing what
// they were hit: a count with those words in its clause is judged against those series, and as
// their running totals, not as some of the war's dead.

const registry = defaultRegistry();
const judged = (text: string, date: string) =>
  check(text, { registry, date, format: "text" })
    .filter((f: Finding) => f.ruleId === "outdated-figure" || f.ruleId === "figure-mismatch")
    .map((f) => [f.ruleId, f.text, f.evidence?.[0]?.claimId?.split(":")[0]]);

describe("counts of people hit while seeking aid", () => {
  it.each([
    ["The ministry said 2,018 people have been killed while trying to reach food aid since late May.", "2025-10-04", [["outdated-figure", "2,018", "gaza-moh-aid-seekers-killed"]]],
    ["The ministry said 2,526 people have been killed while seeking aid since the end of May.", "2025-10-04", [["outdated-figure", "2,526", "gaza-moh-aid-seekers-killed"]]],
    ["The health ministry said 75 people had been killed near aid distribution points since the sites opened.", "2025-07-18", [["outdated-figure", "75", "gaza-moh-aid-seekers-killed"]]],
    ["The ministry said more than 9,000 people had been wounded near aid sites since late May.", "2025-07-18", [["figure-mismatch", "more than 9,000", "gaza-moh-aid-seekers-injured"]]],
    // Counts joined by "and" share the words after the last of them; a headline's count "since" a month is a total from then.
    ["The ministry said 851 people had been killed and 5,634 wounded while trying to reach food aid since late May.", "2025-08-30", [["outdated-figure", "851", "gaza-moh-aid-seekers-killed"], ["outdated-figure", "5,634", "gaza-moh-aid-seekers-injured"]]],
    ["# Gaza ministry says 851 killed seeking aid since late May", "2025-08-30", [["outdated-figure", "851", "gaza-moh-aid-seekers-killed"]]],
    // The same count at its own date is current.
    ["The ministry said 2,526 people have been killed while seeking aid since the end of May.", "2025-09-23", []],
  ] as const)("judges %j at %s", (text, date, expected) => {
    expect(judged(text, date)).toEqual(expected);
  });

  it("leaves a count of people killed near one aid site on one day alone", () => {
    expect(judged("Israeli fire killed 27 people near an aid site in Rafah on Tuesday, the ministry said.", "2025-07-18")).toEqual([]);
  });
});
