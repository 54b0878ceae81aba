import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { type FigureSeries, STYLE, chartWindow, chartedReports, numberFormat } from "./chart.js";

// The drawing of the chart, with uPlot: a chunk of its own, loaded when a figure is first charted.

const toSeconds = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 1000;

/**
 * Draws a {@link FigureSeries} with uPlot into `target` (replacing what was there): the official
 * count as a stepped line, solid up to the document date and dashed grey after it; the range the
 * story's words allow as a shaded band and its figure as a dashed horizontal line; the evidence
 * dates as dotted vertical lines and the document date as a solid vertical line. Zoomed to
 * {@link chartWindow} with the y-axis fitted to what it shows, or the whole series when `whole`.
 * Sets `data-from`, `data-to` (YYYY-MM-DD), `data-y-min` and `data-y-max` on `target` to what
 * the axes span. Returns the plot so the caller can resize or destroy it.
 */
export function renderFigureChart(target: HTMLElement, series: FigureSeries, width: number, whole = false): uPlot {
  target.replaceChildren();
  const zoom = whole ? undefined : chartWindow(series);
  const reports = chartedReports(series, whole);
  // The report in effect when the window opens starts the line at its left edge.
  const shown = zoom && reports[0] && reports[0].date < zoom.from ? [{ date: zoom.from, value: reports[0].value }, ...reports.slice(1)] : reports;
  const xs = shown.map((point) => toSeconds(point.date));
  const doc = toSeconds(series.documentDate);
  const upTo = shown.map((point) => (toSeconds(point.date) <= doc ? point.value : null));
  const lastBefore = upTo.findLastIndex((v) => v !== null);
  const after = shown.map((point, i) => (toSeconds(point.date) > doc || i === lastBefore ? point.value : null));
  const figure = xs.map(() => series.figureValue ?? null);
  const markedDates = [
    ...series.evidenceDates.map((date) => ({ date, color: STYLE.evidence, dash: [2, 4] })),
    { date: series.documentDate, color: STYLE.document, dash: [] as number[] },
  ].filter((mark) => !zoom || (mark.date >= zoom.from && mark.date <= zoom.to));
  const values = [
    ...shown.map((p) => p.value),
    ...(series.figureValue === undefined ? [] : [series.figureValue]),
    ...(series.figureRange ? [series.figureRange.min, series.figureRange.max] : []),
  ];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = Math.max(1, (high - low) * 0.08);
  const xMin = Math.min(...xs, ...markedDates.map((mark) => toSeconds(mark.date)));
  const xMax = Math.max(...xs, ...markedDates.map((mark) => toSeconds(mark.date)));
  const margin = whole ? 86_400 * 3 : 86_400;
  const options: uPlot.Options = {
    width,
    height: 200,
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    scales: {
      x: { time: true, range: () => [xMin - margin, xMax + margin] },
      // The whole series starts at zero; the zoomed chart fits what it shows, so a gap of a few
      // thousand is visible.
      y: { range: () => [whole ? 0 : Math.max(0, low - pad), high + pad] },
    },
    axes: [
      { stroke: "#334155", grid: { stroke: "#e2e8f0" }, ticks: { stroke: "#cbd5e1" } },
      { stroke: "#334155", grid: { stroke: "#e2e8f0" }, ticks: { stroke: "#cbd5e1" }, size: 60, values: (_u, splits) => splits.map((v) => numberFormat.format(v)) },
    ],
    series: [
      {},
      { label: series.sourceName, stroke: STYLE.series, width: 2, paths: uPlot.paths.stepped!({ align: 1 }), points: { show: false } },
      { label: "Reported after the document date", stroke: STYLE.after, width: 2, dash: [4, 3], paths: uPlot.paths.stepped!({ align: 1 }), points: { show: false } },
      { label: "In the story", stroke: STYLE.figure, width: 2, dash: [8, 5], points: { show: false } },
    ],
    hooks: {
      // What the chart spans, readable without its canvas (by tests and tools): the dates and the y-axis's ends.
      setScale: [
        (plot, key) => {
          const scale = plot.scales[key];
          if (scale?.min == null || scale.max == null) return;
          if (key === "x") {
            target.dataset.from = new Date(scale.min * 1000).toISOString().slice(0, 10);
            target.dataset.to = new Date(scale.max * 1000).toISOString().slice(0, 10);
          } else if (key === "y") {
            target.dataset.yMin = String(Math.round(scale.min));
            target.dataset.yMax = String(Math.round(scale.max));
          }
        },
      ],
      drawClear: [
        (plot) => {
          // The range the story's words allow, under the lines.
          if (!series.figureRange) return;
          const { ctx } = plot;
          const { left, width: plotWidth } = plot.bbox;
          const top = plot.valToPos(series.figureRange.max, "y", true);
          const bottom = plot.valToPos(series.figureRange.min, "y", true);
          ctx.save();
          ctx.fillStyle = STYLE.band;
          ctx.fillRect(left, top, plotWidth, bottom - top);
          ctx.restore();
        },
      ],
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
  return new uPlot(options, [xs, upTo, after, figure], target);
}

