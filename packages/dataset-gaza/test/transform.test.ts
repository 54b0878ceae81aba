import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CasualtyClaim, Claim, Registry, RegistryData, check, validateRegistry } from "@factmark/core";
import { beforeAll, describe, expect, it } from "vitest";
import { readSharedData, resolveDataDir } from "../scripts/read-data.mjs";
import {
  buildGazaClaims,
  buildLebanonClaims,
  buildRegistryData,
  buildRegistryInput,
  buildWestBankClaims,
  CORRECTIONS_FROM,
  findDanglingReferences,
  parseIsraelKilledCsv,
} from "../scripts/transform.mjs";

const dataDir = resolveDataDir();
const data = readSharedData(dataDir);
const articleDaySnapshot = join(dataDir, "tfp-2024-05-06", "casualties_daily.json");
let registryData: RegistryData;
let registry: Registry;
let byId: Map<string, Claim>;

beforeAll(() => {
  registryData = buildRegistryData(data);
  registry = Registry.from(registryData, { trusted: true });
  byId = new Map(registryData.claims.map((claim) => [claim.id, claim]));
});

function casualty(id: string): CasualtyClaim {
  const claim = byId.get(id);
  if (claim?.kind !== "casualty") throw new Error(`no casualty claim ${id}`);
  return claim;
}

function rawRow(rows: { report_date: string }[], date: string): Record<string, unknown> {
  const row = rows.find((candidate) => candidate.report_date === date);
  if (!row) throw new Error(`no row for ${date}`);
  return row;
}

describe("the whole registry", () => {
  it("passes RegistryData.parse as written", () => {
    const result = RegistryData.safeParse(buildRegistryInput(data).registry);
    expect(result.success, result.success ? "" : JSON.stringify(result.error.issues.slice(0, 3))).toBe(true);
  });

  it("is dated by the last report in the data, 2026-08-22", () => {
    expect(registryData.date).toBe("2026-08-22");
  });

  it("has no problems for validateRegistry, falling totals included", () => {
    expect(validateRegistry(registryData)).toEqual([]);
  });

  it("cites a registered source in every claim and has no other dangling reference", () => {
    const sources = new Set(registryData.sources.map((source) => source.id));
    const unknown = registryData.claims.flatMap((claim) => claim.citations.filter((citation) => !sources.has(citation.source)).map(() => claim.id));
    expect(unknown).toEqual([]);
    expect(findDanglingReferences(registryData)).toEqual([]);
  });

  it("has unique claim ids", () => {
    expect(new Set(registryData.claims.map((claim) => claim.id)).size).toBe(registryData.claims.length);
  });
});

describe("the Gaza Ministry of Health series", () => {
  it("gives 34,654 killed as of 2024-05-04", () => {
    expect(registry.valueAt("gaza-moh-killed", "2024-05-04")?.quantity.value).toBe(34654);
  });

  it("first reaches 34,000 on 2024-04-19 (34,012) and 35,000 on 2024-05-12 (35,034)", () => {
    const history = registry.history("gaza-moh-killed");
    const first = (threshold: number) => history.find((claim) => (claim.quantity.value ?? 0) >= threshold);
    expect(first(34_000)).toMatchObject({ asOf: "2024-04-19", quantity: { value: 34012 } });
    expect(first(35_000)).toMatchObject({ asOf: "2024-05-12", quantity: { value: 35034 } });
  });

  it("registers the 2024-05-01 injured figure 77,761 as a published version that 77,765 revised", () => {
    const old = casualty("gaza-moh-injured:2024-05-01:v1");
    const current = casualty("gaza-moh-injured:2024-05-01");
    expect(old).toMatchObject({ status: "superseded", asOf: "2024-05-01", quantity: { value: 77761 } });
    expect(old.citations[0]?.published).toBe("2024-05-01");
    expect(current.quantity.value).toBe(77765);
    expect(current.citations[0]?.published).toBe("2024-05-03");
    expect(current.supersedes).toEqual([expect.objectContaining({ claim: old.id, reason: "revision" })]);
    expect(registry.valueAt("gaza-moh-injured", "2024-05-01")?.id).toBe(current.id);
    // A story of 2 May could only have the first version; from 3 May it could have both.
    expect(registry.reportsWithin("gaza-moh-injured", "2024-05-02", 7).filter((claim) => claim.asOf === "2024-05-01").map((claim) => claim.quantity.value)).toEqual([77761]);
    expect(registry.reportsWithin("gaza-moh-injured", "2024-05-03", 7).filter((claim) => claim.asOf === "2024-05-01").map((claim) => claim.quantity.value)).toEqual([77761, 77765]);
  });

  it("registers a chain of revisions oldest first, each superseding the one before", () => {
    expect(casualty("gaza-moh-children-killed:2023-11-07:v1").quantity.value).toBe(4327);
    expect(casualty("gaza-moh-children-killed:2023-11-07:v2")).toMatchObject({
      quantity: { value: 4324 },
      status: "superseded",
      supersedes: [{ claim: "gaza-moh-children-killed:2023-11-07:v1", reason: "revision" }],
    });
    expect(casualty("gaza-moh-children-killed:2023-11-07").supersedes?.[0]).toMatchObject({ claim: "gaza-moh-children-killed:2023-11-07:v2", reason: "revision" });
  });

  it("registers every revised figure as a superseded version, none as a correction", () => {
    const { claims } = buildGazaClaims(data.casualties, data.revisions);
    expect(claims.filter((claim) => claim.status === "corrected")).toEqual([]);
    const revisedOn = claims.filter((claim) => claim.status === "superseded").map((claim) => /revised to \d+ on (\d{4}-\d{2}-\d{2})/.exec(claim.note ?? "")?.[1]);
    expect(revisedOn.length).toBe(31);
    expect(revisedOn.filter((date) => date! >= CORRECTIONS_FROM).length).toBe(20);
  });

  it("registers the Ministry of Health's and the Government Media Office's figures for 30 October 2023 side by side", () => {
    expect(rawRow(data.casualties, "2023-10-30")).toMatchObject({ report_source: "gmotel", killed_cum: 8309 });
    expect(casualty("gaza-moh-killed:2023-10-30:moh")).toMatchObject({ quantity: { value: 8306 }, status: "current", citations: [expect.objectContaining({ source: "gaza-moh", published: "2023-10-30" })] });
    expect(casualty("gaza-moh-killed:2023-10-30").citations[0]?.source).toBe("gaza-gmo");
    const both = registry.reportsWithin("gaza-moh-killed", "2023-10-31", 1).filter((claim) => claim.asOf === "2023-10-30");
    expect(both.map((claim) => [claim.citations[0]?.source, claim.quantity.value])).toEqual([
      ["gaza-moh", 8306],
      ["gaza-gmo", 8309],
    ]);
    expect(registry.reportsWithin("gaza-moh-killed", "2023-10-31", 1, { source: "gaza-moh" }).map((claim) => claim.quantity.value)).toEqual([8306, 8525]);
    // The ministry's series takes the ministry's own figure of the day; the office's fills the days it did not report.
    expect(registry.valueAt("gaza-moh-killed", "2023-10-30")?.quantity.value).toBe(8306);
    expect(registry.valueAt("gaza-moh-killed", "2023-11-15")?.citations[0]?.source).toBe("gaza-gmo");
  });

  it("registers the ministry's first figure of 7 October 2023 as a version its later one revised", () => {
    expect(casualty("gaza-moh-killed:2023-10-07:v1")).toMatchObject({ quantity: { value: 198 }, status: "superseded", citations: [expect.objectContaining({ published: "2023-10-07" })] });
    expect(registry.valueAt("gaza-moh-killed", "2023-10-07")?.quantity.value).toBe(232);
    expect(registry.reportsWithin("gaza-moh-killed", "2023-10-07", 0).map((claim) => claim.quantity.value)).toEqual([198, 232]);
  });

  it("does not register the backfill's carried-forward values as reports", () => {
    const { skipped } = buildGazaClaims(data.casualties, data.revisions);
    expect(skipped.carriedRevisions).toBe(2);
    expect(byId.has("gaza-moh-killed:2023-11-27:moh")).toBe(false);
    expect(byId.has("gaza-moh-killed:2023-11-24:moh")).toBe(false);
  });

  it("registers no figure from an ext_* field: 2024-05-04 has no children claim, so the 2024-05-03 report stands", () => {
    const row = rawRow(data.casualties, "2024-05-04");
    expect(row.killed_children_cum).toBeUndefined();
    expect(row.ext_killed_children_cum).toBe(14944);
    expect(byId.has("gaza-moh-children-killed:2024-05-04")).toBe(false);
    expect(registry.valueAt("gaza-moh-children-killed", "2024-05-04")).toMatchObject({ asOf: "2024-05-03", quantity: { value: 14944 } });
  });

  it("takes every current Gaza figure from the plain field of its own row", () => {
    const fields: Record<string, string> = {
      "gaza-moh-killed": "killed_cum",
      "gaza-moh-injured": "injured_cum",
      "gaza-moh-children-killed": "killed_children_cum",
      "gaza-moh-women-killed": "killed_women_cum",
      "gaza-moh-journalists-killed": "press_killed_cum",
    };
    for (const claim of registryData.claims) {
      if (claim.kind !== "casualty" || !claim.series || !(claim.series in fields) || claim.id !== `${claim.series}:${claim.asOf}`) continue;
      expect(rawRow(data.casualties, claim.asOf)[fields[claim.series]!], claim.id).toBe(claim.quantity.value);
    }
  });

  it("registers nothing on days with no report (report_source missing)", () => {
    expect(rawRow(data.casualties, "2023-10-13")).toMatchObject({ report_source: "missing", killed_cum: 1900 });
    expect(registryData.claims.some((claim) => claim.asOf === "2023-10-13" && claim.id.startsWith("gaza-moh-"))).toBe(false);
  });

  it("leaves out figures carried forward on days with no new bulletin (report_period 0)", () => {
    expect(rawRow(data.casualties, "2024-08-11")).toMatchObject({ report_period: 0, killed_cum: 39790 });
    expect(byId.has("gaza-moh-killed:2024-08-11")).toBe(false);
    // A figure first published on such a day is a report.
    expect(casualty("gaza-moh-killed:2025-10-30").quantity.value).toBe(68643);
  });

  it.skipIf(!existsSync(articleDaySnapshot))("agrees with every killed count as Tech for Palestine published it on 2024-05-06", () => {
    const rows = JSON.parse(readFileSync(articleDaySnapshot, "utf8")) as { report_date: string; report_source: string; killed_cum?: number }[];
    const reported = rows.filter((row) => row.report_source !== "missing" && row.killed_cum !== undefined);
    expect(reported.length).toBeGreaterThan(190);
    for (const row of reported) {
      // On a day the Media Office's figure fills, the ministry's own figure (when known) is the series'; the office's is beside it.
      const ministry = byId.get(`gaza-moh-killed:${row.report_date}:moh`);
      expect(registry.valueAt("gaza-moh-killed", row.report_date), row.report_date).toMatchObject({ asOf: row.report_date, ...(ministry ? { id: ministry.id } : { quantity: { value: row.killed_cum } }) });
      expect(registry.reportsWithin("gaza-moh-killed", row.report_date, 0).map((claim) => claim.quantity.value), row.report_date).toContain(row.killed_cum);
    }
  });

  it("cites the Government Media Office on the days it published the count", () => {
    expect(rawRow(data.casualties, "2023-11-15").report_source).toBe("gmotel");
    expect(casualty("gaza-moh-killed:2023-11-15").citations[0]?.source).toBe("gaza-gmo");
    expect(casualty("gaza-moh-killed:2024-05-04").citations[0]).toMatchObject({
      source: "gaza-moh",
      published: "2024-05-04",
      url: "https://data.techforpalestine.org/api/v2/casualties_daily.json",
    });
  });
});

describe("the West Bank series", () => {
  it("gives OCHA's verified killed count, 475 on 2024-04-27 and 480 on 2024-05-06", () => {
    expect(registry.valueAt("ocha-west-bank-killed", "2024-04-27")).toMatchObject({ id: "ocha-west-bank-killed:2024-04-27:verified", quantity: { value: 475 } });
    expect(registry.valueAt("ocha-west-bank-killed", "2024-05-06")).toMatchObject({ id: "ocha-west-bank-killed:2024-05-06:verified", quantity: { value: 480 } });
  });

  it("puts the verified figure in effect over the flash figure of the same date", () => {
    const both = registryData.claims.filter((claim) => claim.id.startsWith("ocha-west-bank-killed:") && claim.status === "superseded");
    expect(both.length).toBeGreaterThan(100);
    for (const flash of both) {
      const verified = casualty(flash.id.replace(/:flash$/, ":verified"));
      expect(verified.supersedes).toEqual([{ claim: flash.id, reason: "newer-report" }]);
      expect(registry.valueAt("ocha-west-bank-killed", flash.asOf)?.id).toBe(verified.id);
    }
  });

  it("registers flash figures only on bulletin days (flash_source un)", () => {
    const { claims, skipped } = buildWestBankClaims(data.westBank);
    const flashDates = new Set(data.westBank.filter((row) => row.flash_source === "un").map((row) => row.report_date));
    for (const claim of claims) if (claim.id.endsWith(":flash")) expect(flashDates).toContain(claim.asOf);
    expect(skipped.carriedForward).toBeGreaterThan(0);
  });

  it("keeps both versions of a date, each cited by its name: a story may rest on the flash figure", () => {
    const versions = registry.reportsWithin("ocha-west-bank-killed", "2024-05-01", 0);
    expect(versions.map((claim) => [claim.id, claim.quantity.value, claim.citations[0]?.title, claim.status])).toEqual([
      ["ocha-west-bank-killed:2024-05-01:flash", 474, "OCHA Flash Update", "superseded"],
      ["ocha-west-bank-killed:2024-05-01:verified", 479, "OCHA verified casualty data", "current"],
    ]);
    expect(registry.valueAt("ocha-west-bank-killed", "2024-05-01")?.quantity.value).toBe(479);
  });

  it("keeps the flash figures as the newest reports after the verified database stops on 2024-11-13", () => {
    expect(registry.valueAt("ocha-west-bank-killed", "2024-11-13")?.id).toBe("ocha-west-bank-killed:2024-11-13:verified");
    expect(registry.latest("ocha-west-bank-killed")?.id).toMatch(/^ocha-west-bank-killed:2026-.*:flash$/);
    expect(registry.latest("ocha-west-bank-killed")?.quantity.value).toBe(1108);
  });
});

describe("the West Bank settler-attack series", () => {
  it("counts OCHA's settler attacks on bulletin days, with no verified twin", () => {
    expect(registry.series().find((s) => s.id === "ocha-west-bank-settler-attacks")).toMatchObject({ measure: "attacks", population: { group: "settlers", place: "west-bank" }, source: "ocha" });
    expect(registry.valueAt("ocha-west-bank-settler-attacks", "2026-08-12")).toMatchObject({ id: "ocha-west-bank-settler-attacks:2026-08-10:flash", quantity: { value: 4474 } });
    expect(registryData.claims.some((claim) => claim.id.startsWith("ocha-west-bank-settler-attacks:") && claim.id.endsWith(":verified"))).toBe(false);
  });

  it("judges a story's settler-attack count: a floor a new report has left behind is outdated, the report in effect is clean", () => {
    const stale = check("More than 4,300 settler attacks have been recorded in the West Bank since the war began, according to OCHA.", { registry, date: "2026-08-12" });
    expect(stale.map((f) => [f.ruleId, f.text])).toEqual([["outdated-figure", "More than 4,300"]]);
    expect(stale[0]!.evidence[0]!.claimId).toBe("ocha-west-bank-settler-attacks:2026-08-10:flash");
    expect(check("OCHA has recorded 4,474 settler attacks in the West Bank since October 7, 2023.", { registry, date: "2026-08-12" })).toEqual([]);
  });
});

describe("the Lebanon series", () => {
  it("registers the 2 March 2026 count restart as a methodology change", () => {
    const { claims } = buildLebanonClaims(data.lebanon);
    const firstOfPhase2 = claims.find((claim) => claim.series === "lebanon-moph-killed" && claim.since === "2026-03-02");
    expect(firstOfPhase2).toMatchObject({
      asOf: "2026-03-05",
      quantity: { value: 123 },
      supersedes: [expect.objectContaining({ claim: "lebanon-moph-killed:2024-12-04", reason: "methodology-change" })],
    });
    expect(casualty("lebanon-moph-killed:2024-12-04")).toMatchObject({ quantity: { value: 4047 }, since: "2023-10-08", status: "current" });
  });

  it("reports the figures as the ministry published them, cited to OCHA where OCHA relayed them", () => {
    expect(casualty("lebanon-moph-killed:2026-08-16").quantity.value).toBe(4346);
    expect(casualty("lebanon-moph-killed:2023-11-14").citations[0]?.source).toBe("ocha");
    expect(casualty("lebanon-moph-killed:2024-12-04").citations[0]?.source).toBe("lebanon-moph");
  });
});

describe("the Israeli soldiers series", () => {
  it("gives 266 soldiers killed in Gaza on 2024-05-06, the Israeli military's count as OCHA relayed it", () => {
    const claim = registry.valueAt("idf-gaza-soldiers-killed", "2024-05-06");
    expect(claim).toMatchObject({ asOf: "2024-05-06", quantity: { value: 266 } });
    expect(claim?.citations.map((citation) => citation.source)).toEqual(["idf", "ocha"]);
    expect(registry.valueAt("idf-gaza-soldiers-killed", "2024-05-04")?.quantity.value).toBeLessThan(266);
  });

  it("keeps the later row of a repeated date as the day's figure and the earlier one as a version", () => {
    const rows = parseIsraelKilledCsv(data.israelKilledCsv);
    expect(rows.filter((row) => row.date === "2023-12-14")).toEqual([{ date: "2023-12-14", killed: 116, earlier: [115] }]);
    // The same figure twice is one figure.
    expect(rows.filter((row) => row.date === "2024-01-04")).toEqual([{ date: "2024-01-04", killed: 173 }]);
    expect(parseIsraelKilledCsv("date,killed_soldiers_gaza\n2024-06-24,313\n2024-06-24,314\n2024-06-24,314")).toEqual([{ date: "2024-06-24", killed: 314, earlier: [313] }]);
  });

  it("registers a figure the army gave earlier the same day as a superseded version, so a story citing it is not told it was never true", () => {
    const first = registry.claim("idf-gaza-soldiers-killed:2024-06-24:v1");
    expect(first).toMatchObject({ kind: "casualty", asOf: "2024-06-24", status: "superseded", quantity: { value: 313 } });
    expect(registry.valueAt("idf-gaza-soldiers-killed", "2024-06-24")?.quantity.value).toBe(314);
    expect(registry.claim("idf-gaza-soldiers-killed:2024-06-24")).toMatchObject({ supersedes: [{ claim: "idf-gaza-soldiers-killed:2024-06-24:v1", reason: "revision" }] });
    const findings = check("313 Israeli soldiers have been killed in Gaza, according to the Israeli military.", { registry, date: "2024-06-24" });
    expect(findings.filter((f) => f.ruleId === "figure-mismatch" || f.ruleId === "outdated-figure")).toEqual([]);
    const wrong = check("290 Israeli soldiers have been killed in Gaza, according to the Israeli military.", { registry, date: "2024-06-24" });
    expect(wrong.map((f) => f.ruleId)).toContain("outdated-figure");
  });

  it("rejects a file with another header, naming what it expected", () => {
    expect(() => parseIsraelKilledCsv("day,count\n2024-05-06,266")).toThrow(/expected "date,killed_soldiers_gaza"/);
  });
});

describe("the phases, positions and classifications of the May 2024 talks", () => {
  it("registers phase 1 as both 40 and 42 days, from different sources, both disputed", () => {
    const phase1 = registry.phases("egypt-qatar-2024-05").filter((claim) => claim.index === 1);
    const forty = phase1.filter((claim) => claim.durationDays === 40);
    const fortyTwo = phase1.filter((claim) => claim.durationDays === 42);
    expect(forty.length).toBeGreaterThan(0);
    expect(fortyTwo.length).toBeGreaterThan(0);
    const sourcesOf = (claims: Claim[]) => new Set(claims.flatMap((claim) => claim.citations.map((citation) => citation.source)));
    expect([...sourcesOf(forty)].sort()).toEqual(["anadolu", "times-of-israel"]);
    expect([...sourcesOf(fortyTwo)]).toEqual(["hamas"]);
    for (const claim of phase1) expect(claim.status).toBe("disputed");
    for (const claim of registry.phases("egypt-qatar-2024-05")) expect(claim.of).toBe(3);
  });

  it("registers the anonymous Israeli official off the record", () => {
    const [rafah] = registry.positions({ actor: "israel", topic: "rafah-offensive" });
    expect(rafah).toMatchObject({ stance: "commits-to", asOf: "2024-05-04", speaker: { onRecord: false } });
    expect(rafah?.citations[0]?.source).toBe("founding-article");
  });

  it("registers the WFP chief's famine remark as a statement, not an official declaration", () => {
    expect(registry.positions({ actor: "wfp", topic: "famine-gaza" })).toEqual([
      expect.objectContaining({ stance: "states", official: false, speaker: expect.objectContaining({ name: "Cindy McCain" }) }),
    ]);
    expect(registry.positions({ actor: "un" }).some((claim) => claim.stance === "declares")).toBe(false);
  });

  it("registers the IPC's famine classifications: projected in March 2024, confirmed in August 2025", () => {
    expect(registry.classifications("north-gaza").map((claim) => [claim.asOf, claim.phase, claim.projection])).toEqual([
      ["2024-03-18", 5, "projected"],
      ["2024-06-25", 4, "current"],
    ]);
    expect(registry.classifications("gaza-city").at(-1)).toMatchObject({ asOf: "2025-08-22", phase: 5, projection: "current", issuer: "ipc" });
  });

  it("dates the war's start and gives about 1.4 million sheltering in Rafah", () => {
    expect(registry.events("war-start")[0]?.date).toBe("2023-10-07");
    expect(registry.valueAt("un-rafah-sheltering", "2024-05-04")?.quantity).toEqual({ value: 1_400_000, qualifier: "about" });
  });
});

describe("falling totals", () => {
  it("registers the four published totals that fell as revisions, and another body's or another count's lower figure as a change of method", () => {
    const falls = registryData.claims.flatMap((claim) =>
      (claim.supersedes ?? []).filter((s) => s.note?.startsWith("The published total fell") || / count\.$/.test(s.note ?? "")).map((s) => [claim.id, s.reason]),
    );
    expect(falls).toEqual([
      ["gaza-moh-killed:2023-11-27", "methodology-change"],
      ["gaza-moh-women-killed:2023-10-19", "methodology-change"],
      ["gaza-moh-women-killed:2023-10-21", "revision"],
      ["gaza-moh-starvation-deaths:2025-07-22", "revision"],
      ["ocha-west-bank-injured:2024-11-11:flash", "methodology-change"],
      ["ocha-west-bank-children-killed:2024-11-18:flash", "methodology-change"],
      ["ocha-west-bank-children-injured:2026-07-20:flash", "revision"],
      ["idf-gaza-soldiers-killed:2023-12-10", "revision"],
    ]);
  });
});

describe("where the data ends", () => {
  it("knows the last report of each series and says nothing about dates past one reporting interval after it", () => {
    expect(registry.coverage("gaza-moh-killed")).toEqual({ from: "2023-10-07", to: "2026-08-22" });
    expect(registry.coverage("idf-gaza-soldiers-killed")?.to).toBe("2024-09-27");
    expect(registry.reportingInterval("gaza-moh-killed")).toBe(7);
    expect(registry.reportingInterval("gaza-moh-children-killed")).toBe(14);
    expect(registry.covers("gaza-moh-killed", "2026-08-29")).toBe(true);
    expect(registry.covers("gaza-moh-killed", "2027-06-01")).toBe(false);
  });
});

describe("the sources", () => {
  it("match the names stories give them", () => {
    expect(registry.findSource("the Gaza Health Ministry")?.id).toBe("gaza-moh");
    expect(registry.findSource("Gaza’s Health Ministry")?.id).toBe("gaza-moh");
    expect(registry.findSource("the Hamas-run health ministry")?.id).toBe("gaza-moh");
    expect(registry.findSource("the U.N. humanitarian office")?.id).toBe("ocha");
    expect(registry.findSource("the IDF")?.id).toBe("idf");
    expect(registry.findSource("Egyptian state media")?.id).toBe("al-qahera-news");
    expect(registry.findActor("the Biden administration")?.id).toBe("united-states");
  });

  it("find the Gaza toll for a story's Palestinians", () => {
    expect(registry.findSeries({ measure: "killed", group: "Palestinians", place: "gaza" })[0]?.id).toBe("gaza-moh-killed");
    expect(registry.findSeries({ measure: "killed", group: "soldiers", place: "gaza" })[0]?.id).toBe("idf-gaza-soldiers-killed");
  });
});
