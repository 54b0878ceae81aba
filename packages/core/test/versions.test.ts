import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { thrown } from "./helpers.js";
import type { CasualtyClaim, ClaimInput } from "../src/claim.js";
import { check } from "../src/check-input.js";
import { parseClaimsCSV, parseRegistry, parseRegistryNDJSON } from "../src/load.js";
import { Registry } from "../src/registry.js";
import type { RegistryDataInput } from "../src/registry-data.js";

const fixture = JSON.parse(readFileSync(new URL("./fixtures/registry/gaza-2024-05.json", import.meta.url), "utf8")) as RegistryDataInput;
const gaza = Registry.from(fixture);

type CasualtyInput = Extract<ClaimInput, { kind: "casualty" }>;

function casualty(id: string, asOf: string, value: number, extra: Partial<CasualtyInput> = {}): CasualtyInput {
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

const cited = (source: string, published: string) => ({ citations: [{ source, published }] });
const ids = (claims: readonly CasualtyClaim[]) => claims.map((claim) => claim.id);
const value = (claim: CasualtyClaim | undefined) => claim?.quantity.value;

const SOURCES = [
  { id: "gaza-moh", name: "Gaza Ministry of Health", type: "official-body" as const },
  { id: "gaza-gmo", name: "Gaza Government Media Office", type: "official-body" as const },
  { id: "ocha", name: "OCHA", type: "intergovernmental" as const },
];
const SERIES = { id: "gaza-moh-killed", title: "Killed in Gaza", source: "gaza-moh", measure: "killed" as const, population: { place: "gaza" }, cadence: "daily" as const };

describe("every published version of a report", () => {
  // Two bodies on 30 October 2023: the Ministry of Health's 8,306 and the Media Office's 8,309.
  const twoBodies = Registry.from({
    sources: SOURCES,
    series: [SERIES],
    claims: [
      casualty("moh-10-29", "2023-10-29", 8005),
      casualty("moh-10-30", "2023-10-30", 8306),
      casualty("gmo-10-30", "2023-10-30", 8309, cited("gaza-gmo", "2023-10-30")),
      casualty("moh-10-31", "2023-10-31", 8525),
    ],
  });

  it("keeps two bodies' figures for one day, the series' own body's in effect", () => {
    expect(ids(twoBodies.reportsWithin("gaza-moh-killed", "2023-10-30", 0))).toEqual(["moh-10-30", "gmo-10-30"]);
    expect(twoBodies.valueAt("gaza-moh-killed", "2023-10-30")?.id).toBe("moh-10-30");
    expect(ids(twoBodies.history("gaza-moh-killed"))).toEqual(["moh-10-29", "moh-10-30", "moh-10-31"]);
  });

  it("answers for one body, matching any of a claim's citations", () => {
    expect(ids(twoBodies.reportsWithin("gaza-moh-killed", "2023-10-31", 7, { source: "gaza-gmo" }))).toEqual(["gmo-10-30"]);
    expect(ids(twoBodies.reportsWithin("gaza-moh-killed", "2023-10-31", 7, { source: "gaza-moh" }))).toEqual(["moh-10-29", "moh-10-30", "moh-10-31"]);
    const relayed = twoBodies.with({ claims: [casualty("relayed", "2023-10-31", 8525, { citations: [{ source: "gaza-moh", published: "2023-10-31" }, { source: "ocha", published: "2023-11-01" }] })] });
    expect(ids(relayed.reportsWithin("gaza-moh-killed", "2023-11-01", 1, { source: "ocha" }))).toEqual(["relayed"]);
    expect(twoBodies.reportsWithin("gaza-moh-killed", "2023-10-31", 7, { source: "hamas" })).toEqual([]);
  });

  it("keeps a flash and a verified figure, the verified one in effect when it supersedes the flash", () => {
    const registry = Registry.from({
      claims: [
        casualty("wb:verified", "2024-05-06", 480, { series: "wb", supersedes: [{ claim: "wb:flash", reason: "newer-report" }] }),
        // Registered after the verified one: its `superseded` status, not its place, keeps it out of effect.
        casualty("wb:flash", "2024-05-06", 482, { series: "wb", status: "superseded" }),
      ],
    });
    expect(registry.valueAt("wb", "2024-05-06")?.id).toBe("wb:verified");
    expect(ids(registry.reportsWithin("wb", "2024-05-06", 7))).toEqual(["wb:verified", "wb:flash"]);
  });

  it("does not treat a claim marked superseded as in effect when nothing dated after it supersedes it", () => {
    const registry = Registry.from({
      claims: [casualty("a", "2024-05-03", 34622), casualty("b", "2024-05-04", 34650, { status: "superseded" }), casualty("c", "2024-05-04", 34654, cited("gaza-moh", "2024-05-03"))],
    });
    // "c" was published before "b", yet "b" is marked superseded: "c" is in effect.
    expect(registry.valueAt("gaza-moh-killed", "2024-05-04")?.id).toBe("c");
    const alone = Registry.from({ claims: [casualty("a", "2024-05-03", 34622), casualty("b", "2024-05-04", 34650, { status: "superseded" })] });
    expect(alone.valueAt("gaza-moh-killed", "2024-05-05")?.id).toBe("a");
  });

  it("puts a same-day superseding report in effect whatever the publication order", () => {
    const registry = Registry.from({
      claims: [
        casualty("second-bulletin", "2023-10-07", 232, { ...cited("gaza-moh", "2023-10-07"), supersedes: [{ claim: "first-bulletin", reason: "newer-report" }] }),
        casualty("first-bulletin", "2023-10-07", 198, cited("gaza-moh", "2023-10-08")),
      ],
    });
    expect(registry.valueAt("gaza-moh-killed", "2023-10-07")?.id).toBe("second-bulletin");
  });

  it("tells a revision from a correction: a revised figure stays a published version; both take over on their own date", () => {
    const revised = Registry.from({
      claims: [
        casualty("may-01:v1", "2024-05-01", 77761, { status: "superseded" }),
        casualty("may-01", "2024-05-01", 77765, { ...cited("gaza-moh", "2024-05-03"), supersedes: [{ claim: "may-01:v1", reason: "revision" }] }),
      ],
    });
    expect(revised.valueAt("gaza-moh-killed", "2024-05-01")?.id).toBe("may-01");
    // On 2 May only the first version had been published.
    expect(ids(revised.reportsWithin("gaza-moh-killed", "2024-05-02", 7))).toEqual(["may-01:v1"]);
    expect(ids(revised.reportsWithin("gaza-moh-killed", "2024-05-03", 7))).toEqual(["may-01:v1", "may-01"]);
    expect(revised.claim("may-01")?.supersedes?.[0]?.reason).toBe("revision");
  });

  it("keeps a total revised down in effect on its own date, unlike a corrected one", () => {
    const claims = (reason: "revision" | "correction") => [
      casualty("high", "2026-03-09", 72135),
      casualty("low", "2026-03-10", 72134, { supersedes: [{ claim: "high", reason }] }),
    ];
    expect(value(Registry.from({ claims: claims("revision") }).valueAt("gaza-moh-killed", "2026-03-09"))).toBe(72135);
    expect(Registry.from({ claims: claims("correction") }).valueAt("gaza-moh-killed", "2026-03-09")).toBeUndefined();
  });

  it("gives the same answers after with() as when built from scratch", () => {
    const base = Registry.from({ claims: [casualty("a", "2024-05-04", 34650), casualty("b", "2024-05-05", 34683)] });
    const superseding = casualty("c", "2024-05-04", 34654, { supersedes: [{ claim: "a", reason: "newer-report" }] });
    const next = base.with({ claims: [superseding] });
    const scratch = Registry.from({ claims: [casualty("a", "2024-05-04", 34650), casualty("b", "2024-05-05", 34683), superseding] });
    expect(next.valueAt("gaza-moh-killed", "2024-05-04")?.id).toBe("c");
    expect(next.history("gaza-moh-killed")).toEqual(scratch.history("gaza-moh-killed"));
    // Taking the supersession back puts "a" in effect again.
    const undone = next.with({ claims: [casualty("c", "2024-05-03", 34600)] });
    expect(undone.valueAt("gaza-moh-killed", "2024-05-04")?.id).toBe("a");
  });
});

describe("Registry.reportsWithin", () => {
  const registry = Registry.from({
    claims: [
      casualty("d1", "2024-05-01", 10),
      casualty("d3", "2024-05-03", 30),
      casualty("d3-late", "2024-05-03", 31, cited("gaza-moh", "2024-05-09")),
      casualty("d8", "2024-05-08", 80),
    ],
  });

  it.each([
    ["2024-05-08", 7, ["d1", "d3", "d8"]],
    ["2024-05-09", 7, ["d3", "d3-late", "d8"]],
    ["2024-05-08", 4, ["d8"]],
    ["2024-05-07", 4, ["d3"]],
    ["2024-05-03", 0, ["d3"]],
    ["2024-04-30", 30, []],
  ] as const)("lists the reports within %s minus %i days, published by then", (date, days, expected) => {
    expect(ids(registry.reportsWithin("gaza-moh-killed", date, days))).toEqual(expected);
  });

  it("answers nothing for an unknown series and rejects a negative window or a malformed date", () => {
    expect(registry.reportsWithin("no-such-series", "2024-05-08", 7)).toEqual([]);
    expect(thrown(() => registry.reportsWithin("gaza-moh-killed", "2024-05-08", -1)).code).toBe("invalid-input");
    expect(thrown(() => registry.reportsWithin("gaza-moh-killed", "8 May 2024", 7)).code).toBe("invalid-date");
  });
});

describe("Registry.reportingInterval, coverage and covers", () => {
  const registry = Registry.from({
    sources: SOURCES,
    series: [
      { ...SERIES },
      { ...SERIES, id: "children", population: { group: "children", place: "gaza" }, cadence: "weekly" },
      { ...SERIES, id: "monthly", cadence: "monthly" },
      { ...SERIES, id: "declared", cadence: "weekly", interval: 35 },
      { ...SERIES, id: "empty" },
    ],
    claims: [
      casualty("k1", "2023-10-07", 232),
      casualty("k2", "2026-08-22", 75000),
      casualty("k2:v1", "2026-08-22", 74990, { status: "corrected" }),
      casualty("c1", "2024-05-03", 14944, { series: "children", population: { group: "children", place: "gaza" } }),
      casualty("u1", "2024-05-03", 5, { series: "undeclared" }),
    ],
  });

  it.each([
    ["gaza-moh-killed", 7],
    ["children", 14],
    ["monthly", 45],
    ["declared", 35],
    ["undeclared", 60],
    ["gaza-moh|killed|people|gaza|true", undefined],
    ["no-such-series", undefined],
  ] as const)("gives %s a reporting interval of %s days", (id, days) => {
    expect(registry.reportingInterval(id)).toBe(days);
  });

  it("gives the first and last report dates of a series", () => {
    expect(registry.coverage("gaza-moh-killed")).toEqual({ from: "2023-10-07", to: "2026-08-22" });
    expect(registry.coverage("children")).toEqual({ from: "2024-05-03", to: "2024-05-03" });
    expect(registry.coverage("empty")).toBeUndefined();
    expect(registry.coverage("no-such-series")).toBeUndefined();
  });

  it.each([
    ["2023-10-06", false],
    ["2023-10-07", true],
    ["2026-08-29", true],
    ["2026-08-30", false],
    ["2027-06-01", false],
  ])("says whether the Gaza toll has data for %s: %s", (date, covered) => {
    expect(registry.covers("gaza-moh-killed", date)).toBe(covered);
  });

  it("ends a weekly series' data two weeks after its last report", () => {
    expect(registry.covers("children", "2024-05-17")).toBe(true);
    expect(registry.covers("children", "2024-05-18")).toBe(false);
    expect(registry.covers("empty", "2024-05-03")).toBe(false);
  });
});

describe("implicit series", () => {
  it("forms a series from claims that name a series nobody declared, so that a CSV of claims alone is usable", () => {
    const registry = Registry.from(parseClaimsCSV("id,series,measure,place,asOf,value,source,published\nk1,newsroom-killed,killed,gaza,2024-05-04,34654,gaza-moh,2024-05-04\n"));
    expect(registry.seriesById("newsroom-killed")).toMatchObject({ id: "newsroom-killed", source: "gaza-moh", measure: "killed", population: { place: "gaza" }, cadence: "irregular" });
    expect(registry.findSeries({ measure: "killed", place: "gaza" }).map((series) => series.id)).toEqual(["newsroom-killed"]);
    expect(registry.series()).toEqual([]);
  });
});

describe("Registry.with a whole registry", () => {
  it("accepts parseRegistry's result, ignoring its version and taking the later date", () => {
    const newsroom = parseRegistryNDJSON(
      [
        '{"registry":{"version":1,"date":"2024-05-07"}}',
        '{"source":{"id":"wafa","name":"WAFA","type":"news-agency"}}',
        JSON.stringify(casualty("gaza-moh-killed-2024-05-07", "2024-05-07", 34789)),
      ].join("\n"),
    );
    const next = gaza.with(newsroom);
    expect(next.date).toBe("2024-05-07");
    expect(next.source("wafa")?.name).toBe("WAFA");
    expect(value(next.latest("gaza-moh-killed"))).toBe(34789);
    expect(gaza.with({ version: 1, date: "2024-01-01" }).date).toBe("2024-05-06");
  });
});

describe("Registry.merge", () => {
  const newsroomNdjson = [
    '{"registry":{"version":1,"date":"2024-05-08"}}',
    '{"source":{"id":"newsroom","name":"The Newsroom","type":"news-outlet"}}',
    '{"place":{"id":"khan-younis","name":"Khan Younis","within":["gaza"]}}',
    '{"series":{"id":"newsroom-khan-younis-killed","title":"Killed in Khan Younis (newsroom count)","source":"newsroom","measure":"killed","population":{"place":"khan-younis"}}}',
    JSON.stringify(casualty("ky-2024-05-07", "2024-05-07", 120, { series: "newsroom-khan-younis-killed", population: { place: "khan-younis" }, ...cited("newsroom", "2024-05-07") })),
  ].join("\n");
  const newsroomCsv = "id;series;measure;place;asOf;value;source;published\ngaza-moh-killed-2024-05-07;gaza-moh-killed;killed;gaza;2024-05-07;34.789;gaza-moh;2024-05-07\n";

  it("merges the default data with a newsroom's NDJSON and CSV in one call", () => {
    const merged = Registry.merge([gaza, parseRegistry(newsroomNdjson, { file: "newsroom.ndjson" }), parseRegistry(newsroomCsv, { file: "figures.csv" })]);
    expect(merged.size).toBe(gaza.size + 2);
    expect(merged.date).toBe("2024-05-08");
    expect(merged.source("newsroom")?.name).toBe("The Newsroom");
    expect(merged.source("gaza-moh")).toEqual(gaza.source("gaza-moh"));
    expect(merged.placeAndAncestors("khan-younis")).toEqual(["khan-younis", "gaza"]);
    expect(value(merged.latest("gaza-moh-killed"))).toBe(34789);
    expect(value(merged.valueAt("newsroom-khan-younis-killed", "2024-05-08"))).toBe(120);
    // The inputs are unchanged.
    expect(gaza.size).toBe(23);
  });

  it("keeps a record defined identically by two inputs once", () => {
    const again = Registry.merge([gaza, fixture, gaza.toData()]);
    expect(again.toData()).toEqual(gaza.toData());
  });

  it("reports every id two inputs define differently, with its path", () => {
    const other = {
      sources: [{ id: "gaza-moh", name: "Ministry of Health (Gaza)", type: "official-body" as const }],
      claims: [casualty("gaza-moh-killed-2024-05-04", "2024-05-04", 34655), casualty("new-one", "2024-05-07", 1)],
    };
    const error = thrown(() => Registry.merge([gaza, other]));
    expect(error.code).toBe("registry-conflict");
    expect(error.message).toContain('source "gaza-moh" (inputs 0 and 1)');
    expect(error.message).toContain('claim "gaza-moh-killed-2024-05-04" (inputs 0 and 1)');
    expect(error.message).toContain('{ prefer: "last" }');
    expect(error.issues?.map((issue) => issue.path)).toEqual([
      ["inputs", 1, "sources", 0, "id"],
      ["inputs", 1, "claims", 0, "id"],
    ]);
  });

  it("lets the later input win when asked, in the place of the first definition", () => {
    const other = { claims: [casualty("gaza-moh-killed-2024-05-04", "2024-05-04", 34655)] };
    const merged = Registry.merge([gaza, other], { prefer: "last" });
    expect(value(merged.valueAt("gaza-moh-killed", "2024-05-04"))).toBe(34655);
    expect(merged.claims().findIndex((claim) => claim.id === "gaza-moh-killed-2024-05-04")).toBe(gaza.claims().findIndex((claim) => claim.id === "gaza-moh-killed-2024-05-04"));
    expect(merged.size).toBe(gaza.size);
  });

  it("rejects an input that fails the schema or repeats an id, naming the input", () => {
    const bad = thrown(() => Registry.merge([gaza, { claims: [casualty("x", "2024-05-07", -1)] }]));
    expect(bad.code).toBe("invalid-registry");
    expect(bad.message).toContain("input 1 of Registry.merge");
    const twice = thrown(() => Registry.merge([{ claims: [casualty("x", "2024-05-07", 1), casualty("x", "2024-05-07", 1)] }]));
    expect(twice.code).toBe("invalid-registry");
    expect(twice.message).toContain('duplicate claim id "x" at claims[1] (first at claims[0])');
    // Repeated in a later input, as an earlier input defines it too.
    const again = thrown(() => Registry.merge([{ claims: [casualty("x", "2024-05-07", 1)] }, { claims: [casualty("y", "2024-05-07", 2), casualty("x", "2024-05-07", 1), casualty("x", "2024-05-07", 1)] }]));
    expect(again.code).toBe("invalid-registry");
    expect(again.message).toContain('duplicate claim id "x" at claims[2] (first at claims[1])');
    expect(thrown(() => Registry.merge([gaza], { prefer: "first" as never })).code).toBe("invalid-input");
  });

  it("merges parsed data as it merges registries when told the data is trusted, and still checks ids", () => {
    const newsroom = parseRegistry(newsroomNdjson, { file: "newsroom.ndjson" });
    const trusted = Registry.merge([gaza.toData(), newsroom], { trusted: true });
    expect(trusted.toData()).toEqual(Registry.merge([gaza, newsroom]).toData());
    // Data written before places and conflicts were data has neither.
    const { places: _places, conflicts: _conflicts, ...older } = newsroom;
    expect(Registry.merge([gaza.toData(), older as typeof newsroom], { trusted: true }).size).toBe(gaza.size + 1);
    // The schema is not checked: a negative count passes, as Registry.from's trusted load lets it.
    const negative = { ...newsroom, claims: [casualty("x", "2024-05-07", -1)] };
    expect(Registry.merge([gaza.toData(), negative as typeof newsroom], { trusted: true }).size).toBe(gaza.size + 1);
    // Ids are: repeated in one input, or defined differently by two.
    const twice = { ...newsroom, claims: [casualty("x", "2024-05-07", 1), casualty("x", "2024-05-07", 1)] };
    expect(thrown(() => Registry.merge([twice], { trusted: true })).code).toBe("invalid-registry");
    const other = { ...newsroom, claims: [casualty("gaza-moh-killed-2024-05-04", "2024-05-04", 34655)] };
    expect(thrown(() => Registry.merge([gaza.toData(), other], { trusted: true })).code).toBe("registry-conflict");
  });

  it("merges nothing into an empty registry", () => {
    expect(Registry.merge([]).size).toBe(0);
  });
});

describe("which body's figure of a day is in effect", () => {
  const claims = [
    casualty("gmo", "2023-10-30", 8309, cited("gaza-gmo", "2023-10-30")),
    casualty("moh", "2023-10-30", 8306),
    casualty("gmo-only", "2023-11-15", 11500, cited("gaza-gmo", "2023-11-15")),
  ];

  it("prefers the series' own source, whatever the order or publication dates, and lets another body fill a day it did not report", () => {
    for (const order of [claims, claims.slice().reverse()]) {
      const registry = Registry.from({ sources: SOURCES, series: [SERIES], claims: order });
      expect(registry.valueAt("gaza-moh-killed", "2023-10-30")?.id).toBe("moh");
      expect(registry.valueAt("gaza-moh-killed", "2023-11-15")?.id).toBe("gmo-only");
    }
    const later = Registry.from({ sources: SOURCES, series: [SERIES], claims: [claims[1]!, casualty("gmo", "2023-10-30", 8309, cited("gaza-gmo", "2023-10-31"))] });
    expect(later.valueAt("gaza-moh-killed", "2023-10-30")?.id).toBe("moh");
  });

  it("picks again when with() gives the series another source", () => {
    const registry = Registry.from({ sources: SOURCES, series: [SERIES], claims });
    const moved = registry.with({ series: [{ ...SERIES, source: "gaza-gmo" }] });
    expect(moved.valueAt("gaza-moh-killed", "2023-10-30")?.id).toBe("gmo");
    expect(registry.valueAt("gaza-moh-killed", "2023-10-30")?.id).toBe("moh");
  });
});

describe("a story dated past the end of the data", () => {
  const story = "More than 75,000 Palestinians have been killed in Gaza, the health ministry said. At least 20,000 children are among the dead, the ministry said.";
  const findings = (date: string, registry = gaza) => check(story, { registry, date, format: "text" });

  it("judges no figure past one reporting interval after the last report, and says once that the registry has no reports after it", () => {
    const past = findings("2027-06-01");
    expect(past.map((f) => f.ruleId)).toEqual(["beyond-data"]);
    const [finding] = past;
    expect(finding!.severity).toBe("info");
    expect(story.slice(finding!.from, finding!.to)).toBe("More than 75,000");
    // Both series the story's figures are about are named, each with the date its data ends.
    expect(finding!.message).toBe(
      "The registry has no reports in “Killed in Gaza (Gaza Ministry of Health)” after 6 May 2024, nor in “Children killed in Gaza (Gaza Ministry of Health)” after 3 May 2024: figures about them on this story's date are not checked.",
    );
    expect(finding!.evidence?.map((e) => e.claimId)).toEqual([gaza.latest("gaza-moh-killed")!.id, gaza.latest("gaza-moh-killed-children")!.id]);
  });

  it("names only the series whose data has ended, and judges the figures of the others", () => {
    // On 18 May the daily toll's data has ended (6 May + 7 days); the weekly children's count runs to 3 May + 14 days.
    const mid = findings("2024-05-15");
    expect(mid.map((f) => f.ruleId).sort()).toEqual(["beyond-data", "figure-mismatch"]);
    expect(mid.find((f) => f.ruleId === "beyond-data")!.message).toBe("The registry has no reports in “Killed in Gaza (Gaza Ministry of Health)” after 6 May 2024: figures about it on this story's date are not checked.");
  });

  it("says nothing within the data, nor about a figure that names no series", () => {
    expect(findings("2024-05-06").map((f) => f.ruleId)).not.toContain("beyond-data");
    expect(check("Talks resumed in Cairo on Monday.", { registry: gaza, date: "2027-06-01", format: "text" })).toEqual([]);
    expect(check("More than 200 journalists have been killed, the union said.", { registry: gaza, date: "2027-06-01", format: "text" })).toEqual([]);
  });
});

describe("a figure dated in a stretch the series skipped", () => {
  // Reports every day, then none from 5 to 19 May: the count passed through every value between.
  // A story of 14 May is within one reporting interval (7 days) of the next report.
  const days = ["2024-05-01", "2024-05-02", "2024-05-03", "2024-05-04", "2024-05-20", "2024-05-21"];
  const values = [1000, 1010, 1020, 1030, 2200, 2210];
  const registry = Registry.from({ ...fixture, claims: days.map((asOf, i) => casualty(`k:${asOf}`, asOf, values[i]!)) });
  const verdict = (text: string, date: string) => check(text, { registry, date, format: "text" }).filter((f) => f.ruleId === "figure-mismatch").map((f) => f.text);

  it("does not call a figure between the reports on either side wrong", () => {
    expect(verdict("More than 2,000 people have been killed in Gaza, the ministry said.", "2024-05-14")).toEqual([]);
    expect(verdict("More than 1,500 people have been killed in Gaza, the ministry said.", "2024-05-14")).toEqual([]);
  });

  it("still calls wrong a figure beyond the next report, or one dated on a day with a report", () => {
    expect(verdict("More than 3,000 people have been killed in Gaza, the ministry said.", "2024-05-14")).toEqual(["More than 3,000"]);
    expect(verdict("More than 2,000 people have been killed in Gaza, the ministry said.", "2024-05-04")).toEqual(["More than 2,000"]);
    // Dated to the day of the report before the gap, it is that report's figure.
    expect(verdict("More than 2,000 people had been killed in Gaza by May 4, the ministry said.", "2024-05-14")).toEqual(["More than 2,000"]);
  });
});

describe("a figure dated between two reports of a series that reports monthly", () => {
  // Every two weeks at first, then monthly: the gap from 30 June to 31 July is the series' pace of
  // the time, not a skipped stretch, and the count grew at its usual rate.
  const days = ["2023-11-06", "2023-11-20", "2023-12-04", "2023-12-18", "2024-01-01", "2024-01-15", "2024-01-29", "2024-02-12", "2024-02-26", "2024-03-11", "2024-03-31", "2024-04-30", "2024-05-31", "2024-06-30", "2024-07-31"];
  const values = [8600, 8700, 8800, 8900, 9000, 9100, 9200, 9300, 9400, 9500, 10500, 10800, 11100, 11300, 11500];
  const registry = Registry.from({ ...fixture, claims: days.map((asOf, i) => casualty(`k:${asOf}`, asOf, values[i]!)) });
  const verdict = (text: string, date: string) => check(text, { registry, date, format: "text" }).filter((f) => f.ruleId === "figure-mismatch").map((f) => f.text);

  it("calls a figure ahead of the reports wrong", () => {
    expect(verdict("More than 11,400 people have been killed in Gaza, the ministry said.", "2024-07-28")).toEqual(["More than 11,400"]);
  });

  it("leaves alone a figure in a stretch where the count rose faster than before", () => {
    // 9,500 on 11 March, 10,500 on 31 March: fifty a day against seven.
    expect(verdict("More than 10,000 people have been killed in Gaza, the ministry said.", "2024-03-25")).toEqual([]);
  });
});
