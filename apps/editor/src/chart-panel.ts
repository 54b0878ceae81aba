import type { Registry } from "@factmark/core";
import type { EditorFinding } from "@factmark/prosemirror";
import type uPlot from "uplot";
import { chartKey, chartedReports, describeFigureSeries, figureSeriesOf, formatDay, hasCountEvidence, numberFormat } from "./chart.js";
import { findingAt } from "./findings.js";
import { ui } from "./messages.js";

/** What the chart panel reads from the app: the registry, the findings and the document date as they stand. */
export interface ChartPanelContext {
  registry: () => Registry;
  findings: () => readonly EditorFinding[];
  documentDate: () => string;
}

/** The elements of the chart panel in index.html. */
export interface ChartPanelElements {
  panel: HTMLElement;
  figure: HTMLElement;
  hint: HTMLElement;
  canvas: HTMLElement;
  caption: HTMLElement;
  whole: HTMLButtonElement;
}

/**
 * The chart panel of the sidebar: the series behind the finding at the cursor, with its key, a
 * sentence for screen readers and a folded table of the reports drawn. The drawing itself (uPlot)
 * loads with the first chart. A chunk loaded after the first findings: the first paint and the
 * first check do not need it, and until it loads the panel shows index.html's hint.
 */
export class ChartPanel {
  #finding: EditorFinding | undefined;
  #plot: uPlot | undefined;
  #keyShown = "";
  #registryShown: Registry | undefined;
  /** Whether the chart shows the whole series rather than the weeks around the story's figure. */
  #whole = false;
  /** Counts drawings, so a drawing that waited for uPlot to load gives way to a later one. */
  #draws = 0;

  constructor(
    private readonly elements: ChartPanelElements,
    private readonly context: ChartPanelContext,
  ) {
    elements.whole.addEventListener("click", () => {
      this.#whole = !this.#whole;
      this.refresh();
    });
    new ResizeObserver(() => {
      const width = elements.canvas.clientWidth;
      if (this.#plot && width > 0 && Math.abs(width - this.#plot.width) > 4) this.#plot.setSize({ width, height: 200 });
    }).observe(elements.panel);
  }

  /** Forgets the charted finding (another article was opened). */
  reset(): void {
    this.#finding = undefined;
  }

  /** Charts the finding with count evidence at the selection `from`–`to`, when there is one and it is not the one charted. */
  follow(from: number, to: number): void {
    const { registry, findings } = this.context;
    const current = findingAt(
      findings().filter((finding) => hasCountEvidence(registry(), finding)),
      from,
      to,
    );
    if (current && current.id !== this.#finding?.id) {
      this.#finding = current;
      this.refresh();
    }
  }

  /** Draws the chart again for the findings, registry and date as they stand; only when what it shows changed. */
  refresh(): void {
    const { figure, hint, canvas, caption, whole } = this.elements;
    const registry = this.context.registry();
    const findings = this.context.findings();
    const charted = this.#finding;
    // After a recheck, the same finding may carry a new id: follow it by rule and text.
    if (charted && !findings.some((finding) => finding.id === charted.id)) {
      this.#finding =
        findings.find((finding) => finding.ruleId === charted.ruleId && finding.text === charted.text) ??
        findings.find((finding) => finding.text === charted.text && hasCountEvidence(registry, finding));
    } else if (charted) {
      this.#finding = findings.find((finding) => finding.id === charted.id);
    }
    const series = this.#finding ? figureSeriesOf(registry, this.#finding, this.context.documentDate()) : undefined;
    if (!series) {
      this.#draws++;
      this.#plot?.destroy();
      this.#plot = undefined;
      this.#keyShown = "";
      figure.hidden = true;
      hint.hidden = false;
      hint.textContent = this.#finding ? ui.chartNoSeries : ui.chartHint;
      return;
    }
    figure.hidden = false;
    hint.hidden = true;
    // Findings change on every keystroke; the chart only when what it shows does.
    const key = JSON.stringify([series.seriesId, series.figureValue, series.figureText, series.documentDate, series.evidenceDates, series.points.length, series.current, this.#whole]);
    if (key === this.#keyShown && registry === this.#registryShown) return;
    this.#keyShown = key;
    this.#registryShown = registry;
    const description = describeFigureSeries(series);
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", description);
    // uPlot loads with the first chart.
    const draw = ++this.#draws;
    const wholeSeries = this.#whole;
    void import("./chart-render.js").then(({ renderFigureChart }) => {
      if (draw !== this.#draws) return;
      this.#plot?.destroy();
      this.#plot = renderFigureChart(canvas, series, Math.max(240, canvas.clientWidth || this.elements.panel.clientWidth - 24), wholeSeries);
    });
    whole.setAttribute("aria-pressed", String(this.#whole));
    whole.textContent = this.#whole ? ui.chartZoom : ui.chartWhole;
    const legend = document.createElement("ul");
    legend.className = "chart-key";
    for (const entry of chartKey(series)) {
      const item = document.createElement("li");
      const swatch = document.createElement("span");
      swatch.className = `swatch swatch-${entry.style}`;
      swatch.style.borderColor = entry.color;
      swatch.setAttribute("aria-hidden", "true");
      item.append(swatch, entry.label);
      legend.append(item);
    }
    const text = document.createElement("p");
    text.textContent = description;
    caption.replaceChildren(legend, text, reportsTable(chartedReports(series, this.#whole), this.#whole));
  }
}

/** The reports the chart draws as a table, folded under the chart: its data for screen readers and for checking by eye. */
function reportsTable(reports: readonly { date: string; value: number; after: boolean }[], whole: boolean): HTMLElement {
  const details = document.createElement("details");
  details.className = "chart-reports";
  const summary = document.createElement("summary");
  summary.textContent = ui.chartReports(reports.length, whole);
  const table = document.createElement("table");
  const head = table.createTHead().insertRow();
  for (const title of ui.chartReportsColumns) {
    const cell = document.createElement("th");
    cell.scope = "col";
    cell.textContent = title;
    head.append(cell);
  }
  const body = table.createTBody();
  for (const report of reports) {
    const row = body.insertRow();
    const date = document.createElement("th");
    date.scope = "row";
    date.textContent = report.after ? `${formatDay(report.date)} (${ui.chartReportAfter})` : formatDay(report.date);
    const value = row.insertCell();
    value.textContent = numberFormat.format(report.value);
    row.prepend(date);
  }
  details.append(summary, table);
  return details;
}
