import { type CasualtyClaim, type PhaseClaim, Registry, validateRegistry } from "@factmark/core";
import { describe, expect, it } from "vitest";
import { readUkraineData, resolveDataDir } from "../scripts/read-data.mjs";
import { buildPersonnelClaims, buildRegistryData, findDanglingReferences, parseUnCsv } from "../scripts/transform.mjs";

const raw = readUkraineData(resolveDataDir());
const data = buildRegistryData(raw);
const registry = Registry.from(data);
const byId = new Map(data.claims.map((claim) => [claim.id, claim]));
const casualty = (id: string) => byId.get(id) as CasualtyClaim | undefined;

describe("the Ukraine registry", () => {
  it("validates with no problem and no dangling reference", () => {
    expect(validateRegistry(data)).toEqual([]);
    expect(findDanglingReferences(data)).toEqual([]);
  });

  it("holds the UN's civilian counts with their as-of and publication dates and their pages", () => {
    expect(casualty("ohchr-ukraine-civilians-killed:2024-10-31:page")).toMatchObject({
      quantity: { value: 12162 },
      citations: [{ source: "ohchr-hrmmu", published: "2024-11-17", url: expect.stringContaining("censor.net") }],
    });
    // From the feed: cited on the day the feed first showed it.
    expect(casualty("ohchr-ukraine-civilians-killed:2024-01-31")?.citations[0]).toMatchObject({ source: "ohchr-hrmmu", title: "via ReliefWeb Crisis Figures" });
    // Not yet published on its as-of date: the end-of-October figure is not among the reports of 1 November.
    const values = (date: string) => registry.reportsWithin("ohchr-ukraine-civilians-killed", date, 45).map((c) => c.quantity.value);
    expect(values("2024-11-01")).not.toContain(12162);
    expect(values("2024-11-17")).toContain(12162);
  });

  it("keeps every value the feed showed and replaced, superseded with reason revision", () => {
    const first = casualty("ohchr-ukraine-civilians-killed:2022-03-10:v1");
    expect(first).toMatchObject({ status: "superseded", quantity: { value: 549 } });
    expect(casualty("ohchr-ukraine-civilians-killed:2022-03-10")).toMatchObject({ quantity: { value: 564 }, supersedes: [{ claim: first!.id, reason: "revision" }] });
  });

  it("dates a page figure with no date of its own by the update its note ties it to", () => {
    // The two-year update's children killed, printed on a page that gives no date, beside the 10,582 killed stated on 22 February 2024.
    const claim = data.claims.find((c) => c.kind === "casualty" && c.series === "ohchr-ukraine-children-killed" && c.quantity.value === 587) as CasualtyClaim;
    expect(claim).toMatchObject({ asOf: "2024-02-22", citations: [{ published: "2024-02-22" }] });
    expect(claim.note).toMatch(/same update as 10,582 killed.*dated by that update/);
    expect(registry.valueAt("ohchr-ukraine-children-killed", "2024-02-22")?.quantity.value).toBe(587);
  });

  it("dates a figure stated with no as-of date by the day it was stated, and says so", () => {
    const claim = data.claims.find((c) => c.kind === "casualty" && c.series === "ohchr-ukraine-civilians-killed" && c.quantity.value === 14999) as CasualtyClaim;
    expect(claim).toMatchObject({ asOf: "2026-01-12", citations: [{ published: "2026-01-12" }] });
    expect(claim.note).toMatch(/no as-of date/);
  });

  it("registers the General Staff's corrected days as revisions of the figure first published", () => {
    expect(casualty("ua-general-staff-russian-personnel:2022-04-22:v1")).toMatchObject({ status: "superseded", quantity: { value: 22000, qualifier: "about" } });
    expect(casualty("ua-general-staff-russian-personnel:2022-04-22")).toMatchObject({
      quantity: { value: 21200 },
      citations: [{ source: "ua-general-staff", published: "2022-04-23" }],
      supersedes: [{ claim: "ua-general-staff-russian-personnel:2022-04-22:v1", reason: "revision" }],
    });
    expect(casualty("ua-general-staff-russian-personnel:2022-03-10")?.quantity.qualifier).toBe("over");
    expect(data.series.find((s) => s.id === "ua-general-staff-russian-personnel")).toMatchObject({ verified: false, caveats: [expect.stringMatching(/^A party's claim/), expect.any(String), expect.any(String)] });
  });

  it("stops the build when a corrected day no longer holds the corrected value", () => {
    const rows = (raw.personnel as { date: string; personnel: number }[]).map((row) => (row.date === "2022-05-29" ? { ...row, personnel: 31500 } : row));
    expect(() => buildPersonnelClaims(rows)).toThrow(/2022-05-29: the figure is 31500; expected 30150/);
  });

  it("names the line of a malformed UN row", () => {
    const [header, first] = raw.unCsv.split("\n");
    expect(() => parseUnCsv(`${header}\n${first!.replace(",406,", ",four hundred,")}`)).toThrow(/line 2: value is "four hundred"/);
  });

  it("gives the Easter truce both announced lengths with their sources, and the Victory Day truce every way its dates were written", () => {
    const phases = registry.phases("easter-truce-2025-04");
    expect(phases.map((p) => [p.proposal.version, p.durationDays, p.citations.map((c) => c.source)])).toEqual([
      ["announced-window", 1.25, ["babel", "benews", "the-trent"]],
      ["ukrainska-pravda-background", 1, ["ukrainska-pravda"]],
    ]);
    const victory = registry.phases("victory-day-truce-2025-05") as readonly PhaseClaim[];
    expect(victory.map((p) => p.terms[0]).sort()).toEqual([
      "A unilateral ceasefire May 8 to May 10",
      "A unilateral ceasefire from 00:00 on 8 May to 00:00 on 11 May 2025",
      "A unilateral ceasefire from 8 to 11 May",
      "A unilateral ceasefire from May 7 to May 10",
    ]);
    expect(new Set(victory.map((p) => p.durationDays))).toEqual(new Set([3]));
  });

  it("holds the full-scale war and the war in Donbas as two conflicts", () => {
    expect(registry.conflicts().map((c) => [c.id, c.start, c.end])).toEqual([
      ["russia-ukraine-war", "2022-02-24", undefined],
      ["war-in-donbas", "2014-04-06", "2022-02-23"],
    ]);
  });
});
