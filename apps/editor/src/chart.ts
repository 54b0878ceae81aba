import { type CasualtyClaim, type Registry, extractMentions, quantityValue, seriesKeyOf } from "@factmark/core";
import type { EditorFinding } from "@factmark/prosemirror";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

/** What the chart of a figure shows: the series behind its evidence and the dates to mark. */
export interface FigureSeries {
  /** The series id (a declared series or an implicit series key). */
  seriesId: string;
  /** The series' title, or its id when it has none. */
  title: string;
  /** The source's name. */
  sourceName: string;
  /** Report dates (`YYYY-MM-DD`) and values, oldest first, up to a little past the last marked date. */
  points: readonly { date: string; value: number }[];
  /** The figure as the story gives it ("over 34,000" is 34,000), when it reads as a number. */
  figureValue?: number;
  /** The figure as written. */
  figureText: string;
  /** The dates of the evidence reports, `YYYY-MM-DD`. */
  evidenceDates: readonly string[];
  /** The document date, `YYYY-MM-DD`. */
  documentDate: string;
  /** The report in effect on the document date, when there is one. */
  current?: { date: string; value: number };
}

const DAY_MS = 86_400_000;
// A month of reports past the last marked date shows whether the count kept rising.
const TAIL_DAYS = 30;

function addDaysIso(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** True when one of the finding's evidence claims is a casualty count: it has a series to chart. */
export function hasCountEvidence(registry: Registry, finding: EditorFinding): boolean {
  return finding.evidence.some((evidence) => registry.claim(evidence.claimId)?.kind === "casualty");
}

/**
 * The series behind a finding: the first of its evidence claims that is a casualty count, with
 * the series' reports from the start up to a month past the latest of the document date and the
 * evidence dates. Undefined when no evidence claim is a count in the registry.
 */
export function figureSeriesOf(registry: Registry, finding: EditorFinding, documentDate: string): FigureSeries | undefined {
  let claim: CasualtyClaim | undefined;
  for (const evidence of finding.evidence) {
    const found = registry.claim(evidence.claimId);
    if (found?.kind === "casualty") {
      claim = found;
      break;
    }
  }
  if (!claim) return undefined;
  const seriesId = seriesKeyOf(claim);
  const series = registry.seriesById(seriesId);
  const evidenceDates = [...new Set(finding.evidence.filter((e) => registry.claim(e.claimId)?.kind === "casualty").map((e) => e.asOf))].sort();
  const last = [documentDate, ...evidenceDates].sort().at(-1)!;
  const points = registry.history(seriesId, { to: addDaysIso(last, TAIL_DAYS) }).map((report) => ({ date: report.asOf, value: quantityValue(report.quantity) }));
  const count = extractMentions(finding.text).mentions.find((mention) => mention.kind === "count");
  const sourceId = series?.source ?? claim.citations[0]?.source ?? "";
  const current = registry.valueAt(seriesId, documentDate);
  return {
    seriesId,
    title: series?.title ?? seriesId,
    sourceName: registry.source(sourceId)?.name ?? sourceId,
    points,
    ...(count && count.kind === "count" ? { figureValue: quantityValue(count.quantity) } : {}),
    figureText: finding.text,
    evidenceDates,
    documentDate,
    ...(current ? { current: { date: current.asOf, value: quantityValue(current.quantity) } } : {}),
  };
}

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const numberFormat = new Intl.NumberFormat("en-US");

/** A date for people: "20 June 2024". */
export function formatDay(date: string): string {
  return dayFormat.format(new Date(`${date}T00:00:00Z`));
}

/** One sentence describing the chart, for its caption and for screen readers. */
export function describeFigureSeries(series: FigureSeries): string {
  const parts = [`${series.title}.`];
  parts.push(`The story says “${series.figureText}”.`);
  if (series.current) {
    parts.push(`On the document date, ${formatDay(series.documentDate)}, the ${series.sourceName} count was ${numberFormat.format(series.current.value)} (reported ${formatDay(series.current.date)}).`);
  } else {
    parts.push(`The ${series.sourceName} had reported no count by the document date, ${formatDay(series.documentDate)}.`);
  }
  if (series.evidenceDates.length > 0) parts.push(`Evidence dated ${series.evidenceDates.map(formatDay).join(", ")}.`);
  return parts.join(" ");
}

const toSeconds = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 1000;

/** Colours and dash patterns: each mark differs by line style as well as colour. */
const STYLE = {
  series: "#1d4ed8",
  figure: "#b45309",
  evidence: "#047857",
  document: "#7c3aed",
} as const;

/**
 * Draws a {@link FigureSeries} with uPlot into `target` (replacing what was there): the official
 * count as a stepped line, the story's figure as a dashed horizontal line, the evidence dates as
 * dotted vertical lines and the document date as a solid vertical line. Returns the plot so the
 * caller can resize or destroy it.
 */
export function renderFigureChart(target: HTMLElement, series: FigureSeries, width: number): uPlot {
  target.replaceChildren();
  const xs = series.points.map((point) => toSeconds(point.date));
  const ys = series.points.map((point) => point.value);
  const figure = xs.map(() => series.figureValue ?? null);
  const markedDates = [
    ...series.evidenceDates.map((date) => ({ date, color: STYLE.evidence, dash: [2, 4] })),
    { date: series.documentDate, color: STYLE.document, dash: [] as number[] },
  ];
  const values = [...ys, ...(series.figureValue === undefined ? [] : [series.figureValue])];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = Math.max(1, (high - low) * 0.08);
  const xMin = Math.min(...xs, ...markedDates.map((mark) => toSeconds(mark.date)));
  const xMax = Math.max(...xs, ...markedDates.map((mark) => toSeconds(mark.date)));
  const options: uPlot.Options = {
    width,
    height: 200,
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    scales: {
      x: { time: true, range: () => [xMin - 86_400 * 3, xMax + 86_400 * 3] },
      y: { range: () => [Math.max(0, low - pad), high + pad] },
    },
    axes: [
      { stroke: "#334155", grid: { stroke: "#e2e8f0" }, ticks: { stroke: "#cbd5e1" } },
      { stroke: "#334155", grid: { stroke: "#e2e8f0" }, ticks: { stroke: "#cbd5e1" }, size: 60, values: (_u, splits) => splits.map((v) => numberFormat.format(v)) },
    ],
    series: [
      {},
      { label: series.sourceName, stroke: STYLE.series, width: 2, paths: uPlot.paths.stepped!({ align: 1 }), points: { show: false } },
      { label: "In the story", stroke: STYLE.figure, width: 2, dash: [8, 5], points: { show: false } },
    ],
    hooks: {
      draw: [
        (plot) => {
          // uPlot has no annotation layer: vertical date markers are drawn on its canvas after each redraw.
          const { ctx } = plot;
          const { top, height } = plot.bbox;
          ctx.save();
          for (const mark of markedDates) {
            const x = Math.round(plot.valToPos(toSeconds(mark.date), "x", true));
            ctx.strokeStyle = mark.color;
            ctx.lineWidth = 2 * devicePixelRatio;
            ctx.setLineDash(mark.dash.map((d) => d * devicePixelRatio));
            ctx.beginPath();
            ctx.moveTo(x, top);
            ctx.lineTo(x, top + height);
            ctx.stroke();
          }
          ctx.restore();
        },
      ],
    },
  };
  return new uPlot(options, [xs, ys, figure], target);
}

/** The chart's key, as list items: what each colour and line style stands for. */
export function chartKey(series: FigureSeries): { label: string; color: string; style: "solid" | "dashed" | "dotted" }[] {
  return [
    { label: `${series.sourceName} count`, color: STYLE.series, style: "solid" },
    ...(series.figureValue === undefined ? [] : [{ label: `In the story: ${series.figureText}`, color: STYLE.figure, style: "dashed" as const }]),
    ...(series.evidenceDates.length > 0 ? [{ label: "Evidence date", color: STYLE.evidence, style: "dotted" as const }] : []),
    { label: `Document date (${formatDay(series.documentDate)})`, color: STYLE.document, style: "solid" },
  ];
}
