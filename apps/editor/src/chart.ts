import { type CasualtyClaim, type Registry, extractMentions, quantityBounds, quantityValue, seriesKeyOf } from "@factmark/core";
import type { EditorFinding } from "@factmark/prosemirror";

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
  /**
   * The tight range of values the story's words allow ("more than 36,000" is 36,000–37,000), when
   * the figure reads as a count with a bounded range.
   */
  figureRange?: { min: number; max: number };
}

/** The dates the zoomed chart spans, `YYYY-MM-DD`: around the story's figure and the document date. */
export interface ChartWindow {
  from: string;
  to: string;
}

// Days shown either side of the marked dates when the chart is zoomed.
const WINDOW_PAD_DAYS = 10;

/**
 * The window the chart zooms to: from a little before the figure was last right (the first report
 * inside the range its words allow, or reaching its value) or the earliest evidence date, to a
 * little after the document date or the latest evidence date, inside the series' reports.
 */
export function chartWindow(series: FigureSeries): ChartWindow {
  const floor = series.figureRange?.min ?? series.figureValue;
  const reached = floor === undefined ? undefined : series.points.find((p) => p.value >= floor)?.date;
  const marks = [series.documentDate, ...series.evidenceDates, ...(reached ? [reached] : [])].sort();
  const first = series.points[0]?.date ?? marks[0]!;
  const last = series.points.at(-1)?.date ?? marks.at(-1)!;
  const from = addDaysIso(marks[0]!, -WINDOW_PAD_DAYS);
  const to = addDaysIso(marks.at(-1)!, WINDOW_PAD_DAYS);
  return { from: from < first ? first : from, to: to > last ? last : to };
}

/**
 * The reports the chart draws, oldest first: every report of the series when `whole`, otherwise
 * the report in effect when {@link chartWindow} opens (dated as published, before the window)
 * and the reports inside the window. `after` is true for a report dated after the document date.
 */
export function chartedReports(series: FigureSeries, whole = false): { date: string; value: number; after: boolean }[] {
  const mark = (point: { date: string; value: number }) => ({ date: point.date, value: point.value, after: point.date > series.documentDate });
  if (whole) return series.points.map(mark);
  const zoom = chartWindow(series);
  const before = series.points.filter((p) => p.date < zoom.from).at(-1);
  const inside = series.points.filter((p) => p.date >= zoom.from && p.date <= zoom.to);
  return [...(before ? [before] : []), ...inside].map(mark);
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
  const bounds = count && count.kind === "count" ? quantityBounds(count.quantity, "tight") : undefined;
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
    ...(bounds && Number.isFinite(bounds.max) && bounds.max > bounds.min ? { figureRange: { min: bounds.min, max: bounds.max } } : {}),
  };
}

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
/** Counts for people: "37,431". */
export const numberFormat = new Intl.NumberFormat("en-US");

/** A date for people: "20 June 2024". */
export function formatDay(date: string): string {
  return dayFormat.format(new Date(`${date}T00:00:00Z`));
}

/** One sentence describing the chart, for its caption and for screen readers. */
export function describeFigureSeries(series: FigureSeries): string {
  const parts = [`${series.title}.`];
  parts.push(`The story says “${series.figureText}”${series.figureRange ? `, which allows ${numberFormat.format(series.figureRange.min)} to ${numberFormat.format(series.figureRange.max)}` : ""}.`);
  if (series.current) {
    parts.push(`On the document date, ${formatDay(series.documentDate)}, the ${series.sourceName} count was ${numberFormat.format(series.current.value)} (reported ${formatDay(series.current.date)}).`);
  } else {
    parts.push(`The ${series.sourceName} had reported no count by the document date, ${formatDay(series.documentDate)}.`);
  }
  if (series.evidenceDates.length > 0) parts.push(`Evidence dated ${series.evidenceDates.map(formatDay).join(", ")}.`);
  return parts.join(" ");
}

/** Colours and dash patterns: each mark differs by line style as well as colour. */
export const STYLE = {
  series: "#1d4ed8",
  figure: "#b45309",
  evidence: "#047857",
  document: "#7c3aed",
  after: "#64748b",
  band: "rgba(180, 83, 9, 0.16)",
} as const;

/** The chart's key, as list items: what each colour and line style stands for. */
export function chartKey(series: FigureSeries): { label: string; color: string; style: "solid" | "dashed" | "dotted" | "band" }[] {
  const after = series.points.some((p) => p.date > series.documentDate);
  return [
    { label: `${series.sourceName} count`, color: STYLE.series, style: "solid" },
    ...(after ? [{ label: "Reported after the document date", color: STYLE.after, style: "dashed" as const }] : []),
    ...(series.figureValue === undefined ? [] : [{ label: `In the story: ${series.figureText}`, color: STYLE.figure, style: "dashed" as const }]),
    ...(series.figureRange
      ? [{ label: `What the story's words allow: ${numberFormat.format(series.figureRange.min)}–${numberFormat.format(series.figureRange.max)}`, color: STYLE.band, style: "band" as const }]
      : []),
    ...(series.evidenceDates.length > 0 ? [{ label: "Evidence date", color: STYLE.evidence, style: "dotted" as const }] : []),
    { label: `Document date (${formatDay(series.documentDate)})`, color: STYLE.document, style: "solid" },
  ];
}
