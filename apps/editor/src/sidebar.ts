import { type Fix, RULE_IDS, type RuleId, type Severity } from "@factmark/core";
import type { EditorFinding } from "@factmark/prosemirror";
import { type FindingFilter, countBySeverity, findingAt, groupFindings } from "./findings.js";
import { ui } from "./messages.js";

/** What the sidebar tells the app. */
export interface SidebarHandlers {
  /** A finding was chosen (clicked, or Enter on it): select it in the editor. */
  onSelect(finding: EditorFinding): void;
  /** The writer chose fix `index` of a finding. */
  onFix(finding: EditorFinding, index: number): void;
  /** The writer took back a dismissal: the finding shows again. */
  onRestore(finding: EditorFinding): void;
  /** The fixes offered for a finding (the plugin's `fixesOf`); its own `fixes` when not given. */
  fixesOf?(finding: EditorFinding): readonly Fix[];
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** A finding hidden by a dismissal in the document, with the reason given. */
export interface DismissedFinding {
  finding: EditorFinding;
  reason: string;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

/**
 * The findings sidebar: counts per severity (which double as filters), a filter per rule, and
 * the findings grouped by rule with their counts. Arrow keys, Home and End move between findings;
 * Enter or a click selects one in the editor.
 */
export class FindingsSidebar {
  #findings: readonly EditorFinding[] = [];
  #current: string | undefined;
  #signature: string | undefined;
  #dismissed: readonly DismissedFinding[] = [];
  readonly #hiddenSeverities = new Set<Severity>();
  readonly #hiddenRules = new Set<RuleId>();
  readonly #counts = new Map<Severity, HTMLElement>();
  readonly #severityButtons = new Map<Severity, HTMLButtonElement>();
  readonly #total: HTMLElement;
  readonly #ruleFilters: HTMLElement;
  readonly #groups: HTMLElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly handlers: SidebarHandlers,
  ) {
    this.#total = element("span", { className: "count" });
    const heading = element("h2", { id: "findings-heading" }, `${ui.findingsHeading} `, this.#total);
    const severityBar = element("div", { className: "severity-filters" });
    severityBar.setAttribute("role", "group");
    severityBar.setAttribute("aria-label", "Show findings by severity");
    for (const severity of SEVERITIES) {
      const count = element("span", { className: "count" }, "0");
      const icon = element("span", { className: "icon" }, ui.severityIcons[severity]);
      icon.setAttribute("aria-hidden", "true");
      const button = element("button", { type: "button", className: `severity-filter fm-${severity}` }, icon, ` ${ui.severityNames[severity]} `, count);
      button.dataset.severity = severity;
      button.setAttribute("aria-pressed", "true");
      button.addEventListener("click", () => {
        if (this.#hiddenSeverities.has(severity)) this.#hiddenSeverities.delete(severity);
        else this.#hiddenSeverities.add(severity);
        this.render();
      });
      this.#counts.set(severity, count);
      this.#severityButtons.set(severity, button);
      severityBar.append(button);
    }
    this.#ruleFilters = element("fieldset", { className: "rule-filters" });
    const ruleDetails = element("details", { className: "rule-filter" }, element("summary", {}, "Filter by rule"), this.#ruleFilters);
    this.#groups = element("div", { className: "finding-groups" });
    this.#groups.addEventListener("keydown", (event) => this.#onKey(event));
    root.replaceChildren(heading, severityBar, ruleDetails, this.#groups);
    this.#renderRuleFilters();
  }

  /** The current filter. */
  get filter(): FindingFilter {
    return { hiddenSeverities: this.#hiddenSeverities, hiddenRules: this.#hiddenRules };
  }

  /**
   * Shows a new set of findings (from the plugin's `onFindings`), and the dismissed ones with the
   * reason each was dismissed for.
   */
  update(findings: readonly EditorFinding[], dismissed: readonly DismissedFinding[] = []): void {
    this.#findings = findings;
    this.#dismissed = dismissed;
    // Typing shifts positions on every keystroke; the list only changes when findings do.
    const signature = [...findings, ...dismissed.map((d) => ({ ...d.finding, message: `dismissed\u0000${d.reason}` }))]
      .map((f) => `${f.id}\u0000${f.ruleId}\u0000${f.severity}\u0000${f.text}\u0000${f.message}`)
      .join("\u0001");
    if (signature === this.#signature) return;
    this.#signature = signature;
    this.render();
  }

  /** Marks the finding to show for the editor's selection `from`–`to` as current (see `findingAt`). */
  follow(from: number, to: number): void {
    this.setCurrent(findingAt(this.#findings, from, to)?.id);
  }

  /** Marks the finding at the editor's selection as current (or none). */
  setCurrent(id: string | undefined): void {
    if (id === this.#current) return;
    this.#current = id;
    for (const item of this.#groups.querySelectorAll<HTMLElement>(".finding-item")) {
      const current = item.dataset.findingId === id;
      if (current) item.setAttribute("aria-current", "true");
      else item.removeAttribute("aria-current");
      item.parentElement?.classList.toggle("current", current);
      if (current) this.#reveal(item.parentElement ?? item);
    }
  }

  /**
   * Scrolls the list (not the page) so `item` is in view, when the list scrolls on its own: the
   * finding of the paragraph being typed stays visible beside it.
   */
  #reveal(item: HTMLElement): void {
    const list = this.root;
    if (list.scrollHeight <= list.clientHeight) return;
    const box = list.getBoundingClientRect();
    const at = item.getBoundingClientRect();
    if (at.top < box.top) list.scrollTop -= box.top - at.top + 8;
    else if (at.bottom > box.bottom) list.scrollTop += at.bottom - box.bottom + 8;
  }

  #renderRuleFilters(): void {
    const legend = element("legend", { className: "visually-hidden" }, "Rules to show");
    const boxes = RULE_IDS.map((ruleId) => {
      const box = element("input", { type: "checkbox", checked: !this.#hiddenRules.has(ruleId), name: "rule" });
      box.value = ruleId;
      box.addEventListener("change", () => {
        if (box.checked) this.#hiddenRules.delete(ruleId);
        else this.#hiddenRules.add(ruleId);
        this.render();
      });
      return element("label", { className: "rule-option" }, box, ` ${ui.ruleTitles[ruleId]}`);
    });
    this.#ruleFilters.replaceChildren(legend, ...boxes);
  }

  /** Redraws counts and groups, keeping focus on the same finding when it is still listed. */
  render(): void {
    const focusedId = (document.activeElement as HTMLElement | null)?.closest?.(".finding-item")?.getAttribute("data-finding-id") ?? undefined;
    const counts = countBySeverity(this.#findings);
    this.#total.textContent = String(this.#findings.length);
    for (const severity of SEVERITIES) {
      this.#counts.get(severity)!.textContent = String(counts[severity]);
      this.#severityButtons.get(severity)!.setAttribute("aria-pressed", String(!this.#hiddenSeverities.has(severity)));
    }
    const groups = groupFindings(this.#findings, this.filter);
    const dismissed = this.#renderDismissed();
    if (groups.length === 0) {
      this.#groups.replaceChildren(element("p", { className: "empty" }, this.#findings.length === 0 ? ui.noFindings : ui.allFiltered), ...dismissed);
      return;
    }
    const sections = groups.map((group) => {
      const headingId = `group-${group.ruleId}`;
      const icon = element("span", { className: "icon" }, ui.severityIcons[group.severity]);
      icon.setAttribute("aria-hidden", "true");
      const count = element("span", { className: "count" }, group.findings.length === group.total ? String(group.total) : `${group.findings.length}/${group.total}`);
      const heading = element("h3", { id: headingId }, icon, ` ${ui.ruleTitles[group.ruleId]} `, count);
      const list = element("ul", { className: "finding-list" });
      list.setAttribute("aria-labelledby", headingId);
      for (const finding of group.findings) {
        const button = element(
          "button",
          { type: "button", className: `finding-item fm-${finding.severity}` },
          element("span", { className: "finding-text" }, `“${finding.text}”`),
          element("span", { className: "finding-message" }, finding.message),
        );
        button.dataset.findingId = finding.id;
        button.dataset.rule = finding.ruleId;
        button.dataset.severity = finding.severity;
        if (finding.id === this.#current) button.setAttribute("aria-current", "true");
        button.addEventListener("click", () => {
          // The finding as it is now: its positions may have moved since the list was drawn.
          const now = this.#findings.find((candidate) => candidate.id === finding.id);
          if (now) this.handlers.onSelect(now);
        });
        const entry = element("li", { className: finding.id === this.#current ? "current" : "" }, button);
        // The fixes of the finding at the cursor, also reachable here: the hover card shows one
        // finding, and two findings can cover the same words (an unsourced figure that is also outdated).
        const offered = this.handlers.fixesOf?.(finding) ?? finding.fixes;
        if (offered.length > 0) {
          const fixes = element("div", { className: "finding-fixes" });
          fixes.setAttribute("role", "group");
          fixes.setAttribute("aria-label", `Fixes for “${finding.text}”`);
          offered.forEach((fix, index) => {
            const fixButton = element("button", { type: "button", className: "sidebar-fix" }, fix.label);
            fixButton.dataset.fixIndex = String(index);
            fixButton.addEventListener("click", () => {
              const now = this.#findings.find((candidate) => candidate.id === finding.id);
              if (now) this.handlers.onFix(now, index);
            });
            fixes.append(fixButton);
          });
          entry.append(fixes);
        }
        list.append(entry);
      }
      const section = element("section", { className: `finding-group fm-${group.severity}` }, heading, list);
      section.dataset.rule = group.ruleId;
      return section;
    });
    this.#groups.replaceChildren(...sections, ...dismissed);
    if (focusedId) this.#groups.querySelector<HTMLElement>(`.finding-item[data-finding-id="${CSS.escape(focusedId)}"]`)?.focus();
  }

  #renderDismissed(): HTMLElement[] {
    if (this.#dismissed.length === 0) return [];
    const list = element("ul", { className: "dismissed-list" });
    for (const { finding, reason } of this.#dismissed) {
      const restore = element("button", { type: "button", className: "restore" }, "Restore");
      restore.setAttribute("aria-label", `Restore the ${ui.ruleTitles[finding.ruleId].toLowerCase()} finding on “${finding.text}”`);
      restore.addEventListener("click", () => {
        // The dismissal as it is now: typing before it moves it without redrawing the list.
        const now = this.#dismissed.find((candidate) => candidate.finding.id === finding.id);
        if (now) this.handlers.onRestore(now.finding);
      });
      const item = element(
        "li",
        {},
        element("span", { className: "finding-text" }, `“${finding.text}”`),
        element("span", { className: "finding-message" }, `${ui.ruleTitles[finding.ruleId]}: ${reason}`),
        restore,
      );
      item.dataset.rule = finding.ruleId;
      list.append(item);
    }
    const summary = element("summary", {}, `Dismissed `, element("span", { className: "count" }, String(this.#dismissed.length)));
    return [element("details", { className: "dismissed" }, summary, list)];
  }

  #onKey(event: KeyboardEvent): void {
    const items = [...this.#groups.querySelectorAll<HTMLElement>(".finding-item")];
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (index === -1) return;
    const target =
      event.key === "ArrowDown" ? items[(index + 1) % items.length]
      : event.key === "ArrowUp" ? items[(index - 1 + items.length) % items.length]
      : event.key === "Home" ? items[0]
      : event.key === "End" ? items.at(-1)
      : undefined;
    if (!target) return;
    event.preventDefault();
    target.focus();
  }
}
