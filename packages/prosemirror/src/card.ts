import type { EditorState, PluginView } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import { applyFix, dismissFinding, findFinding, findingsAt } from "./commands.js";
import { labels } from "./messages.js";
import { type EditorFinding, type FactmarkOptions, describeFinding, descriptionId, factmarkKey } from "./plugin.js";

const views = new WeakMap<EditorView, FactmarkView>();

/** Opens the card on the innermost finding at the selection and moves focus into it; false when the selection is on no finding or the card is off. */
export function openCardAtSelection(view: EditorView): boolean {
  const card = views.get(view);
  const finding = findingsAt(view.state, view.state.selection.head)[0];
  if (!card || !finding) return false;
  return card.open(finding.id, "keyboard");
}

// How long the card stays after the pointer leaves a flagged span, so it can be reached.
const HIDE_DELAY_MS = 300;

/**
 * The plugin's view: calls `onFindings` when findings change, keeps the visually hidden
 * descriptions that the decorations' `aria-describedby` point at, and shows the hover card
 * (`div.fm-card`, a non-modal dialog) on a flagged span under the pointer or, from the keyboard,
 * with Alt-Enter or Mod-Alt-F. Escape closes the card and returns focus to the editor.
 */
export class FactmarkView implements PluginView {
  private readonly card: HTMLElement | undefined;
  private readonly descriptions: HTMLElement;
  private described = new Map<string, HTMLElement>();
  private shown: { id: string; mode: "hover" | "keyboard"; content: string } | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly onAttachSource: ((finding: EditorFinding, view: EditorView) => void) | undefined;

  constructor(
    private readonly view: EditorView,
    private readonly options: FactmarkOptions,
  ) {
    const doc = view.dom.ownerDocument;
    const tooltip = options.tooltip ?? true;
    this.onAttachSource = typeof tooltip === "object" ? tooltip.onAttachSource : undefined;
    this.descriptions = doc.createElement("div");
    this.descriptions.className = "fm-descriptions fm-visually-hidden";
    this.descriptions.hidden = true;
    this.mount(this.descriptions);
    if (tooltip !== false) {
      this.card = doc.createElement("div");
      this.card.className = "fm-card";
      this.card.setAttribute("role", "dialog");
      this.card.tabIndex = -1;
      this.card.hidden = true;
      this.card.addEventListener("keydown", this.onCardKey);
      this.card.addEventListener("mouseenter", this.cancelHide);
      this.card.addEventListener("mouseleave", this.scheduleHide);
      this.card.addEventListener("focusout", this.onCardFocusOut);
      this.mount(this.card);
      view.dom.addEventListener("mouseover", this.onMouseOver);
      view.dom.addEventListener("mouseout", this.onMouseOut);
    }
    views.set(view, this);
    const state = factmarkKey.getState(view.state);
    this.syncDescriptions(state?.findings ?? []);
    if (state) this.options.onFindings?.(state.findings, view.state);
  }

  update(view: EditorView, previous: EditorState): void {
    const before = factmarkKey.getState(previous);
    const state = factmarkKey.getState(view.state);
    if (!state || state.findings === before?.findings) return;
    this.syncDescriptions(state.findings);
    this.options.onFindings?.(state.findings, view.state);
    if (this.shown) {
      const finding = findFinding(view.state, this.shown.id);
      if (!finding) this.close(true);
      else if (contentKey(finding) !== this.shown.content) this.render(finding);
      else this.place(finding);
    }
  }

  destroy(): void {
    clearTimeout(this.hideTimer);
    this.view.dom.removeEventListener("mouseover", this.onMouseOver);
    this.view.dom.removeEventListener("mouseout", this.onMouseOut);
    this.card?.remove();
    this.descriptions.remove();
    views.delete(this.view);
  }

  /** Shows the card for finding `id`; from the keyboard, focus moves into it. */
  open(id: string, mode: "hover" | "keyboard"): boolean {
    const finding = findFinding(this.view.state, id);
    if (!this.card || !finding) return false;
    this.cancelHide();
    if (this.shown?.id !== id) this.render(finding);
    const keepMode = this.shown?.id === id ? this.shown.mode : "hover";
    this.shown = { id, mode: mode === "keyboard" ? "keyboard" : keepMode, content: contentKey(finding) };
    this.card.hidden = false;
    this.place(finding);
    if (mode === "keyboard") {
      const first = this.card.querySelector<HTMLElement>("button");
      (first ?? this.card).focus();
    }
    return true;
  }

  /** Hides the card; `refocus` returns focus to the editor when it was inside the card. */
  close(refocus: boolean): void {
    if (!this.card || this.card.hidden) return;
    const hadFocus = this.card.contains(this.card.ownerDocument.activeElement);
    this.card.hidden = true;
    this.shown = undefined;
    if (refocus && hadFocus) this.view.focus();
  }

  private mount(element: HTMLElement): void {
    const parent = this.view.dom.parentNode;
    if (parent) parent.insertBefore(element, this.view.dom.nextSibling);
    else this.view.dom.ownerDocument.body.appendChild(element);
  }

  private syncDescriptions(findings: readonly EditorFinding[]): void {
    const next = new Map<string, HTMLElement>();
    for (const finding of findings) {
      const text = describeFinding(finding);
      let element = this.described.get(finding.id);
      if (!element) {
        element = this.descriptions.ownerDocument.createElement("span");
        element.id = descriptionId(finding.id);
        this.descriptions.appendChild(element);
      }
      if (element.textContent !== text) element.textContent = text;
      next.set(finding.id, element);
    }
    for (const [id, element] of this.described) if (!next.has(id)) element.remove();
    this.described = next;
  }

  private render(finding: EditorFinding): void {
    const card = this.card!;
    const doc = card.ownerDocument;
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] => {
      const element = doc.createElement(tag);
      if (className) element.className = className;
      if (text !== undefined) element.textContent = text;
      return element;
    };
    card.replaceChildren();
    card.dataset.findingId = finding.id;
    card.dataset.rule = finding.ruleId;
    card.dataset.severity = finding.severity;
    const titleId = `${finding.id}-card-title`;
    const messageId = `${finding.id}-card-message`;
    card.setAttribute("aria-labelledby", titleId);
    card.setAttribute("aria-describedby", messageId);

    const header = el("div", "fm-card-header");
    header.appendChild(el("span", `fm-card-icon fm-${finding.severity}`)).setAttribute("aria-hidden", "true");
    const title = header.appendChild(el("strong", "fm-card-title", labels.rules[finding.ruleId]));
    title.id = titleId;
    header.appendChild(el("span", "fm-card-severity", labels.severities[finding.severity]));
    const close = header.appendChild(el("button", "fm-card-close", "×"));
    close.type = "button";
    close.setAttribute("aria-label", labels.close);
    close.addEventListener("click", () => this.close(true));
    card.appendChild(header);

    const message = card.appendChild(el("p", "fm-card-message", finding.message));
    message.id = messageId;

    if (finding.evidence.length > 0) {
      const section = card.appendChild(el("section", "fm-card-evidence"));
      section.setAttribute("aria-label", labels.evidenceHeading);
      const list = section.appendChild(el("ul", "fm-evidence-list"));
      for (const evidence of finding.evidence) {
        const item = list.appendChild(el("li", "fm-evidence"));
        item.appendChild(el("p", "fm-evidence-label", evidence.label));
        const facts = item.appendChild(el("dl", "fm-evidence-facts"));
        const fact = (term: string, value: string, className: string) => {
          facts.appendChild(el("dt", "", term));
          facts.appendChild(el("dd", className, value));
        };
        fact(labels.evidenceSource, evidence.source.name, "fm-evidence-source");
        fact(labels.evidenceDate, evidence.asOf, "fm-evidence-date");
        if (evidence.value !== undefined) fact(labels.evidenceValue, evidence.value.toLocaleString("en-US"), "fm-evidence-value");
        if (evidence.url && /^https?:\/\//i.test(evidence.url)) {
          const link = item.appendChild(el("a", "fm-evidence-link", labels.evidenceLink));
          link.href = evidence.url;
          link.target = "_blank";
          link.rel = "noopener noreferrer";
        }
      }
    }

    const actions = card.appendChild(el("div", "fm-card-actions"));
    finding.fixes.forEach((fix, index) => {
      const button = actions.appendChild(el("button", `fm-fix fm-fix-${fix.kind}`, fix.label));
      button.type = "button";
      button.dataset.fixIndex = String(index);
      button.addEventListener("click", () => this.run(applyFix(finding.id, index)));
    });
    if (this.onAttachSource) {
      const attach = actions.appendChild(el("button", "fm-attach-source", labels.attachSource));
      attach.type = "button";
      attach.addEventListener("click", () => {
        const current = findFinding(this.view.state, finding.id);
        this.close(false);
        if (current) this.onAttachSource!(current, this.view);
      });
    }
    const dismissRow = card.appendChild(el("div", "fm-card-dismiss"));
    const reason = dismissRow.appendChild(el("input", "fm-dismiss-reason"));
    reason.type = "text";
    reason.placeholder = labels.dismissReasonPlaceholder;
    reason.setAttribute("aria-label", labels.dismissReason);
    const dismiss = dismissRow.appendChild(el("button", "fm-dismiss", labels.dismiss));
    dismiss.type = "button";
    dismiss.addEventListener("click", () => this.run(dismissFinding(finding.id, reason.value.trim() || labels.defaultDismissReason)));
  }

  private run(command: ReturnType<typeof applyFix>): void {
    this.close(false);
    command(this.view.state, this.view.dispatch, this.view);
    this.view.focus();
  }

  private place(finding: EditorFinding): void {
    const card = this.card!;
    // Fixed to the viewport from the span's coordinates; where layout is unavailable (no
    // rendering engine) the card stays in the flow after the editor.
    try {
      const start = this.view.coordsAtPos(finding.from);
      if (!Number.isFinite(start.bottom) || (start.left === 0 && start.bottom === 0)) return;
      card.style.position = "fixed";
      card.style.left = `${Math.round(start.left)}px`;
      card.style.top = `${Math.round(start.bottom + 4)}px`;
    } catch {
      card.style.position = "";
    }
  }

  private readonly onMouseOver = (event: MouseEvent): void => {
    const target = event.target as Element | null;
    const span = target?.closest?.("[data-finding-id]");
    if (!span || !this.view.dom.contains(span)) return;
    const id = span.getAttribute("data-finding-id")!;
    if (this.shown?.mode === "keyboard" && this.shown.id !== id) return;
    this.open(id, "hover");
  };

  private readonly onMouseOut = (event: MouseEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (to && this.card?.contains(to)) return;
    if (this.shown?.mode === "hover") this.scheduleHide();
  };

  private readonly scheduleHide = (): void => {
    if (this.shown?.mode !== "hover") return;
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.close(false), HIDE_DELAY_MS);
  };

  private readonly cancelHide = (): void => {
    clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  };

  private readonly onCardKey = (event: KeyboardEvent): void => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    event.stopPropagation();
    this.close(true);
    this.view.focus();
  };

  private readonly onCardFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    // Focus moving to somewhere other than the card or the editor ends a keyboard visit.
    if (this.shown?.mode === "keyboard" && to && !this.card!.contains(to) && !this.view.dom.contains(to)) this.close(false);
  };
}

/** What the card shows of a finding, to re-render only when that changes. */
function contentKey(finding: EditorFinding): string {
  return `${finding.ruleId}\n${finding.severity}\n${finding.message}\n${finding.fixes.map((f) => f.label).join("\n")}\n${finding.evidence.map((e) => e.label).join("\n")}`;
}
