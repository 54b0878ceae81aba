import { Registry, check } from "@factmark/core";
import { defaultRegistry } from "@factmark/dataset-gaza";
import { defaultRegistry as ukraineRegistry } from "@factmark/dataset-ukraine";
import type { EditorFinding } from "@factmark/prosemirror";
import { describe, expect, it } from "vitest";
import { addDays } from "@factmark/core";
import { chartKey, chartWindow, chartedReports, describeFigureSeries, figureSeriesOf, hasCountEvidence } from "../src/chart.js";
import { STORY, STORY_DATE, newsroomData } from "./newsroom-conflict.js";

const registry = defaultRegistry();
const toll = "The war has taken a devastating toll, with over 34,000 Palestinians killed.";

function findingsOn(date: string): EditorFinding[] {
  return check(toll, { registry, date }).map((finding, index) => ({ ...finding, id: `f${index}` }));
}

describe("the series chart of a figure", () => {
  it("charts the Gaza Ministry of Health series behind an outdated toll, with the figure and both dates", () => {
    const outdated = findingsOn("2024-06-20").find((f) => f.ruleId === "outdated-figure");
    expect(outdated).toBeDefined();
    const series = figureSeriesOf(registry, outdated!, "2024-06-20")!;
    expect(series.seriesId).toBe("gaza-moh-killed");
    expect(series.figureValue).toBe(34000);
    expect(series.current).toEqual({ date: "2024-06-20", value: registry.valueAt("gaza-moh-killed", "2024-06-20")!.quantity.value });
    expect(series.evidenceDates).toContain("2024-06-20");
    // The reports run from the start of the series to a month past the document date, in order.
    expect(series.points[0]!.date <= "2023-10-10").toBe(true);
    expect(series.points.at(-1)!.date > "2024-06-20" && series.points.at(-1)!.date <= "2024-07-20").toBe(true);
    expect(series.points.every((p, i, all) => i === 0 || all[i - 1]!.date < p.date)).toBe(true);
  });

  it("describes the chart in words, with the count on the document date", () => {
    const outdated = findingsOn("2024-06-20").find((f) => f.ruleId === "outdated-figure")!;
    const text = describeFigureSeries(figureSeriesOf(registry, outdated, "2024-06-20")!);
    expect(text).toContain("The story says “over 34,000”, which allows 34,000 to 35,000.");
    expect(text).toContain("On the document date, 20 June 2024, the Gaza Ministry of Health count was 37,431");
  });

  it("keys each mark of the chart by colour and line style", () => {
    const outdated = findingsOn("2024-06-20").find((f) => f.ruleId === "outdated-figure")!;
    const key = chartKey(figureSeriesOf(registry, outdated, "2024-06-20")!);
    expect(key.map((entry) => entry.style)).toEqual(["solid", "dashed", "dashed", "band", "dotted", "solid"]);
    expect(key[1]!.label).toBe("Reported after the document date");
    expect(key[2]!.label).toBe("In the story: over 34,000");
    expect(key[3]!.label).toBe("What the story's words allow: 34,000–35,000");
  });

  it("takes the tight range the story's words allow from core: “more than 36,000” is 36,000 to 37,000", () => {
    const text = "The war has killed more than 36,000 Palestinians in Gaza.";
    const finding = check(text, { registry, date: "2024-07-10" }).map((f, index) => ({ ...f, id: `m${index}` })).find((f) => hasCountEvidence(registry, f))!;
    expect(finding).toBeDefined();
    const series = figureSeriesOf(registry, finding, "2024-07-10")!;
    expect(series.figureRange).toEqual({ min: 36000, max: 37000 });
    expect(describeFigureSeries(series)).toContain("The story says “more than 36,000”, which allows 36,000 to 37,000.");
  });

  it("zooms to the weeks around the figure and the document date, inside the series", () => {
    const outdated = findingsOn("2024-06-20").find((f) => f.ruleId === "outdated-figure")!;
    const series = figureSeriesOf(registry, outdated, "2024-06-20")!;
    const window = chartWindow(series);
    // The count first passed 34,000 in late April 2024; the document date is 20 June.
    const reached = series.points.find((p) => p.value >= 34000)!.date;
    expect(reached > "2024-04-01" && reached < "2024-05-01").toBe(true);
    expect(window.from).toBe(addDays(reached, -10));
    expect(window.to).toBe("2024-06-30");
    expect(window.from > series.points[0]!.date).toBe(true);
    // A figure reached on the first report cannot open the window before the series starts.
    const early = chartWindow({ ...series, figureValue: 1, figureRange: { min: 1, max: 2 } });
    expect(early.from).toBe(series.points[0]!.date);
  });

  it("has no series for a finding without a count among its evidence", () => {
    const bare: EditorFinding = { id: "x", ruleId: "inconsistent-duration", severity: "warning", message: "", from: 0, to: 1, text: "x", evidence: [], fixes: [] };
    expect(hasCountEvidence(registry, bare)).toBe(false);
    expect(figureSeriesOf(registry, bare, "2024-05-04")).toBeUndefined();
  });
});

describe("the chart of a figure of a conflict a newsroom added", () => {
  const merged = Registry.merge([defaultRegistry(), ukraineRegistry(), Registry.from(newsroomData)]);
  const outdated = check(STORY.join("\n\n"), { registry: merged, date: STORY_DATE })
    .map((finding, index) => ({ ...finding, id: `v${index}` }))
    .find((finding) => finding.ruleId === "outdated-figure")!;

  it("charts the newsroom's series, with its reports and the count on the document date", () => {
    expect(outdated?.text).toBe("At least 1,200");
    const series = figureSeriesOf(merged, outdated, STORY_DATE)!;
    expect(series.seriesId).toBe("veridia-killed");
    expect(series.sourceName).toBe("Veridian Health Office");
    expect(series.points).toEqual(newsroomData.claims.filter((c) => c.kind === "casualty").map((c) => ({ date: c.asOf, value: c.quantity.value })));
    expect(series.current).toEqual({ date: "2031-07-01", value: 2400 });
    expect(describeFigureSeries(series)).toContain("On the document date, 15 July 2031, the Veridian Health Office count was 2,400 (reported 1 July 2031).");
  });

  it("lists the reports the zoomed chart draws: the one in effect as the window opens, then those inside it", () => {
    const series = figureSeriesOf(merged, outdated, STORY_DATE)!;
    // The figure first held on 1 May; the window opens ten days before and closes ten days after the document date.
    expect(chartWindow(series)).toEqual({ from: "2031-04-21", to: "2031-07-25" });
    expect(chartedReports(series)).toEqual([
      { date: "2031-04-01", value: 640, after: false },
      { date: "2031-05-01", value: 1200, after: false },
      { date: "2031-06-01", value: 1850, after: false },
      { date: "2031-07-01", value: 2400, after: false },
    ]);
  });

  it("lists every report for the whole series, marking those after the document date", () => {
    const series = figureSeriesOf(merged, outdated, STORY_DATE)!;
    const whole = chartedReports(series, true);
    expect(whole.map((r) => r.date)).toEqual(["2031-04-01", "2031-05-01", "2031-06-01", "2031-07-01", "2031-08-01"]);
    expect(whole.filter((r) => r.after)).toEqual([{ date: "2031-08-01", value: 2600, after: true }]);
  });
});
