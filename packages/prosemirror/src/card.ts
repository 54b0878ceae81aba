import type { EditorState } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import { applyFix, dismissFinding, findFinding } from "./commands.js";
import { labels } from "./messages.js";
import { type EditorFinding, type FactmarkOptions, factmarkKey } from "./plugin.js";
import { evidenceText, fixesOf, readerUrl } from "./suggest.js";

// The hover card: a chunk of its own, loaded by the plugin's view (view.ts) once it is created.

// How long the card stays after the pointer leaves a flagged span, so it can be reached.
const HIDE_DELAY_MS = 300;
// Space between the card and the words it is about, and between the card and the window's edges.
const GAP_PX = 4;
const MARGIN_PX = 8;
// The card's name quotes the words; a long finding is cut so the name stays short.
const NAME_TEXT_MAX = 60;

/** A rectangle in viewport (client) pixels. */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Where the card goes: viewport pixels, the side of the words it is on, and a height cap when neither side has room for all of it. */
export interface Placement {
  top: number;
  left: number;
  side: "above" | "below";
  maxHeight: number | undefined;
}

/**
 * Places a card of `card` size (pixels) next to `anchor` (the words, in viewport pixels) inside a
 * `viewport` of that size, less `insets` at its top and bottom (a sticky toolbar, a fixed footer:
 * pixels the card must never cover): below the words when it fits, above when only that fits,
 * otherwise on the roomier side with its height capped (the card scrolls). Left-aligned with the
 * words, but moved left to stay inside the window, never past its left edge.
 */
export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  insets: { top: number; bottom: number } = { top: 0, bottom: 0 },
): Placement {
  const first = insets.top + MARGIN_PX;
  const last = viewport.height - insets.bottom - MARGIN_PX;
  const roomBelow = last - (anchor.bottom + GAP_PX);
  const roomAbove = anchor.top - GAP_PX - first;
  let side: Placement["side"];
  let maxHeight: number | undefined;
  if (card.height <= roomBelow) side = "below";
  else if (card.height <= roomAbove) side = "above";
  else {
    side = roomAbove > roomBelow ? "above" : "below";
    maxHeight = Math.max(0, Math.floor(side === "above" ? roomAbove : roomBelow));
  }
  const height = maxHeight ?? card.height;
  let top = side === "below" ? anchor.bottom + GAP_PX : anchor.top - GAP_PX - height;
  // Words scrolled out of the window: the card stays at the nearest edge rather than leave it.
  top = Math.max(first, Math.min(top, last - height));
  const left = Math.max(MARGIN_PX, Math.min(anchor.left, viewport.width - MARGIN_PX - card.width));
  return { top: Math.round(top), left: Math.round(left), side, maxHeight };
}

/**
 * The hover card (`div.fm-card`, a non-modal dialog) for the findings under the pointer or, from the keyboard,
 * at the cursor with Alt-Enter or Mod-Alt-F. The card has one group per finding
 * (`.fm-card-finding[data-finding-id][data-rule]`) with its message, evidence, fix buttons, Attach
 * a source and Dismiss. Escape closes the card and returns focus to the editor. The card is fixed
 * to the window next to the words, below them or above when there is no room below, and follows
 * them as the page scrolls or the window is resized.
 */
export class FindingCard {
  private readonly card: HTMLElement;
  private shown: { ids: readonly string[]; mode: "hover" | "keyboard" } | undefined;
  /** What the card shows, as last rendered: it is rendered again only when this changes. */
  private shownContent: string | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private following = false;
  private readonly onAttachSource: ((finding: EditorFinding, view: EditorView) => void) | undefined;
  private readonly avoid: (() => readonly Element[]) | undefined;

  constructor(
    private readonly view: EditorView,
    /** The plugin's options the card was made for. */
    readonly options: FactmarkOptions,
  ) {
    const doc = view.dom.ownerDocument;
    const tooltip = options.tooltip ?? true;
    this.onAttachSource = typeof tooltip === "object" ? tooltip.onAttachSource : undefined;
    this.avoid = typeof tooltip === "object" ? tooltip.avoid : undefined;
    this.card = doc.createElement("div");
    this.card.className = "fm-card";
    this.card.setAttribute("role", "dialog");
    this.card.tabIndex = -1;
    this.card.hidden = true;
    this.card.addEventListener("keydown", this.onCardKey);
    this.card.addEventListener("mouseenter", this.cancelHide);
    this.card.addEventListener("mouseleave", this.scheduleHide);
    this.card.addEventListener("focusout", this.onCardFocusOut);
    const parent = view.dom.parentNode;
    if (parent) parent.insertBefore(this.card, view.dom.nextSibling);
    else doc.body.appendChild(this.card);
    view.dom.addEventListener("mouseover", this.onMouseOver);
    view.dom.addEventListener("mouseout", this.onMouseOut);
  }

  /** Follows a new editor state: the open card shows its findings as they now are, next to their words. */
  update(view: EditorView, previous: EditorState): void {
    const before = factmarkKey.getState(previous);
    const state = factmarkKey.getState(view.state);
    if (!state || !this.shown) return;
    if (state.findings !== before?.findings) {
      const group = this.resolve(this.shown.ids);
      if (group.length === 0) return this.close(true);
      this.shown = { ...this.shown, ids: group.map((f) => f.id) };
      if (groupKey(group) !== this.shownContent) this.render(group);
    }
    // Text typed before the words moves them.
    if (previous.doc !== view.state.doc || state.findings !== before?.findings) this.reposition();
  }

  destroy(): void {
    clearTimeout(this.hideTimer);
    this.follow(false);
    this.view.dom.removeEventListener("mouseover", this.onMouseOver);
    this.view.dom.removeEventListener("mouseout", this.onMouseOut);
    this.card.remove();
  }

  /**
   * Shows the card for the findings with these ids (or this one id) that are still in the
   * document; from the keyboard, focus moves into it. False when none of them is.
   */
  open(ids: string | readonly string[], mode: "hover" | "keyboard"): boolean {
    const group = this.resolve(typeof ids === "string" ? [ids] : ids);
    if (group.length === 0) return false;
    this.cancelHide();
    const same = this.shown !== undefined && groupKey(group) === this.shownContent;
    if (!same) this.render(group);
    const keepMode = same ? this.shown!.mode : "hover";
    this.shown = { ids: group.map((f) => f.id), mode: mode === "keyboard" ? "keyboard" : keepMode };
    this.card.hidden = false;
    this.follow(true);
    this.reposition();
    if (!same) this.makeRoom();
    if (mode === "keyboard") {
      const first = this.card.querySelector<HTMLElement>("button");
      (first ?? this.card).focus();
    }
    return true;
  }

  /** Hides the card; `refocus` returns focus to the editor when it was inside the card. */
  close(refocus: boolean): void {
    if (this.card.hidden) return;
    const hadFocus = this.card.contains(this.card.ownerDocument.activeElement);
    this.card.hidden = true;
    this.shown = undefined;
    this.follow(false);
    if (refocus && hadFocus) this.view.focus();
  }

  /**
   * The current findings with these ids, plus any others that cover all of the first one's words
   * (a figure turning outdated while its card is open, or the pointer resting on the outer of two
   * spans over the same words); the first one first, then innermost first.
   */
  private resolve(ids: readonly string[]): EditorFinding[] {
    const findings = factmarkKey.getState(this.view.state)?.findings ?? [];
    const wanted = new Set(ids);
    const primary = ids.map((id) => findings.find((f) => f.id === id && f.to > f.from)).find((f) => f !== undefined);
    if (!primary) return [];
    const group = findings.filter((f) => f.to > f.from && (wanted.has(f.id) || (f.from <= primary.from && primary.to <= f.to)));
    const order = new Map(findings.map((f, index) => [f.id, index]));
    return group.sort((a, b) => (a.id === primary.id ? -1 : b.id === primary.id ? 1 : a.to - a.from - (b.to - b.from) || order.get(a.id)! - order.get(b.id)!));
  }

  private render(group: readonly EditorFinding[]): void {
    const card = this.card;
    const doc = card.ownerDocument;
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] => {
      const element = doc.createElement(tag);
      if (className) element.className = className;
      if (text !== undefined) element.textContent = text;
      return element;
    };
    // A re-render (the findings changed under an open card) keeps what the writer typed and where focus was.
    const reasons = new Map<string, string>();
    for (const input of card.querySelectorAll<HTMLInputElement>(".fm-card-finding input.fm-dismiss-reason")) {
      const id = input.closest<HTMLElement>(".fm-card-finding")?.dataset.findingId;
      if (id && input.value) reasons.set(id, input.value);
    }
    const focused = focusPath(card);
    const expanded = new Set<string>();
    for (const toggle of card.querySelectorAll<HTMLElement>(".fm-evidence-toggle[aria-expanded='true']")) {
      const id = toggle.closest<HTMLElement>(".fm-card-finding")?.dataset.findingId;
      if (id) expanded.add(id);
    }
    const registry = factmarkKey.getState(this.view.state)?.registry;

    const primary = group[0]!;
    card.replaceChildren();
    card.dataset.findingId = primary.id;
    card.dataset.rule = primary.ruleId;
    card.dataset.severity = primary.severity;
    card.dataset.count = String(group.length);
    this.shownContent = groupKey(group);

    const close = card.appendChild(el("button", "fm-card-close", "×"));
    close.type = "button";
    close.setAttribute("aria-label", labels.close);
    close.addEventListener("click", () => this.close(true));

    if (group.length > 1) {
      const heading = card.appendChild(el("p", "fm-card-heading", labels.findingsOn(group.length, shorten(primary.text))));
      heading.id = `${primary.id}-card-heading`;
      card.setAttribute("aria-labelledby", heading.id);
      card.removeAttribute("aria-describedby");
    } else {
      card.setAttribute("aria-labelledby", `${primary.id}-card-title`);
      card.setAttribute("aria-describedby", `${primary.id}-card-message`);
    }

    for (const finding of group) {
      const titleId = `${finding.id}-card-title`;
      const section = card.appendChild(el("div", `fm-card-finding fm-${finding.severity}`));
      section.setAttribute("role", "group");
      section.setAttribute("aria-labelledby", titleId);
      section.dataset.findingId = finding.id;
      section.dataset.rule = finding.ruleId;
      section.dataset.severity = finding.severity;

      const header = section.appendChild(el("div", "fm-card-header"));
      header.appendChild(el("span", `fm-card-icon fm-${finding.severity}`)).setAttribute("aria-hidden", "true");
      header.appendChild(el("strong", "fm-card-title", labels.rules[finding.ruleId])).id = titleId;
      header.appendChild(el("span", "fm-card-severity", labels.severities[finding.severity]));

      section.appendChild(el("p", "fm-card-message", finding.message)).id = `${finding.id}-card-message`;

      const actions = section.appendChild(el("div", "fm-card-actions"));
      const fixes = fixesOf(finding, registry);
      fixes.forEach((fix, index) => {
        const button = actions.appendChild(el("button", `fm-fix fm-fix-${fix.kind}`, fix.label));
        button.type = "button";
        button.dataset.fixIndex = String(index);
        button.addEventListener("click", () => this.run(applyFix(finding.id, index)));
      });
      if (this.onAttachSource) {
        const attach = actions.appendChild(el("button", "fm-attach-source", labels.attachSource));
        attach.type = "button";
        // Two findings can each offer the same buttons: the rule tells a screen reader which one.
        attach.setAttribute("aria-describedby", titleId);
        attach.addEventListener("click", () => {
          const current = findFinding(this.view.state, finding.id);
          this.close(false);
          if (current) this.onAttachSource!(current, this.view);
        });
      }
      if (fixes.length === 0) {
        // No one-click fix: say what to check, and where.
        const step = section.appendChild(el("p", "fm-next-step"));
        step.appendChild(el("strong", "", `${labels.nextStepHeading}: `));
        step.appendChild(doc.createTextNode(labels.nextSteps[finding.ruleId]));
      }

      if (finding.evidence.length > 0) {
        // The message already says what the evidence is; the statements themselves wait behind a toggle.
        const listId = `${finding.id}-card-evidence`;
        // The toggle sits with the buttons, so it takes no line of its own.
        const toggle = actions.appendChild(el("button", "fm-evidence-toggle", labels.showEvidence(finding.evidence.length)));
        toggle.type = "button";
        toggle.setAttribute("aria-expanded", "false");
        toggle.setAttribute("aria-controls", listId);
        toggle.setAttribute("aria-describedby", titleId);
        const list = section.appendChild(el("ul", "fm-evidence-list"));
        list.id = listId;
        list.hidden = !expanded.has(finding.id);
        list.setAttribute("aria-label", labels.evidenceHeading);
        const setOpen = (open: boolean) => {
          list.hidden = !open;
          toggle.setAttribute("aria-expanded", String(open));
          toggle.textContent = open ? labels.hideEvidence : labels.showEvidence(finding.evidence.length);
        };
        setOpen(expanded.has(finding.id));
        toggle.addEventListener("click", () => {
          setOpen(list.hidden);
          this.reposition();
        });
        for (const evidence of finding.evidence) {
          const item = list.appendChild(el("li", "fm-evidence"));
          item.dataset.claimId = evidence.claimId;
          item.appendChild(el("span", "fm-evidence-label", evidenceText(evidence)));
          const url = readerUrl(evidence.url, evidence.source.id, registry);
          if (url) {
            item.appendChild(doc.createTextNode(" "));
            const link = item.appendChild(el("a", "fm-evidence-link", labels.evidenceLink));
            link.href = url;
            link.target = "_blank";
            link.rel = "noopener noreferrer";
            link.setAttribute("aria-label", `${labels.evidenceLink}: ${evidence.source.name}`);
          }
        }
      }

      const dismissRow = section.appendChild(el("div", "fm-card-dismiss"));
      const reason = dismissRow.appendChild(el("input", "fm-dismiss-reason"));
      reason.type = "text";
      reason.placeholder = labels.dismissReasonPlaceholder;
      reason.setAttribute("aria-label", labels.dismissReason);
      reason.setAttribute("aria-describedby", titleId);
      reason.value = reasons.get(finding.id) ?? "";
      const dismiss = dismissRow.appendChild(el("button", "fm-dismiss", labels.dismiss));
      dismiss.type = "button";
      dismiss.setAttribute("aria-describedby", titleId);
      dismiss.addEventListener("click", () => this.run(dismissFinding(finding.id, reason.value.trim() || labels.defaultDismissReason)));
    }
    if (focused) restoreFocus(card, focused);
  }

  private run(command: ReturnType<typeof applyFix>): void {
    this.close(false);
    command(this.view.state, this.view.dispatch, this.view);
    this.view.focus();
  }

  private follow(on: boolean): void {
    const win = this.view.dom.ownerDocument.defaultView;
    if (!win || on === this.following) return;
    this.following = on;
    // Capturing scroll events on the window sees the scrolling of any container of the editor too.
    if (on) {
      win.addEventListener("scroll", this.reposition, { capture: true, passive: true });
      win.addEventListener("resize", this.reposition, { passive: true });
    } else {
      win.removeEventListener("scroll", this.reposition, { capture: true });
      win.removeEventListener("resize", this.reposition);
    }
  }

  // Placement is written here rather than taken from a positioning library: it is one fixed
  // element against one range of text, and the plugin ships with no runtime dependency but core.
  private readonly reposition = (event?: Event): void => {
    const card = this.card;
    if (!card || card.hidden || !this.shown) return;
    // Scrolling inside the card itself (a capped card scrolls) does not move the words.
    if (event?.type === "scroll" && event.target instanceof Node && card.contains(event.target)) return;
    const finding = this.resolve(this.shown.ids)[0];
    if (!finding) return;
    const win = card.ownerDocument.defaultView;
    let anchor: Box;
    try {
      const start = this.view.coordsAtPos(finding.from, 1);
      const end = this.view.coordsAtPos(finding.to, -1);
      anchor = { top: Math.min(start.top, end.top), bottom: Math.max(start.bottom, end.bottom), left: start.left, right: end.right };
    } catch {
      return this.unplace();
    }
    // Without a rendering engine every coordinate is 0: the card stays in the flow after the editor.
    if (!win || !Number.isFinite(anchor.bottom) || (anchor.left === 0 && anchor.top === 0 && anchor.bottom === 0)) return this.unplace();
    card.style.position = "fixed";
    card.style.maxHeight = "";
    card.style.top = "0px";
    card.style.left = "0px";
    const size = card.getBoundingClientRect();
    const viewport = this.viewport();
    const placement = placeCard(anchor, { width: size.width, height: size.height }, viewport, this.insets(viewport));
    card.style.top = `${placement.top}px`;
    card.style.left = `${placement.left}px`;
    card.style.maxHeight = placement.maxHeight === undefined ? "" : `${placement.maxHeight}px`;
    card.dataset.placement = placement.side;
    if (placement.maxHeight === undefined) delete card.dataset.capped;
    else card.dataset.capped = "true";
  };

  private viewport(): { width: number; height: number } {
    const win = this.view.dom.ownerDocument.defaultView!;
    const root = this.view.dom.ownerDocument.documentElement;
    return { width: root.clientWidth || win.innerWidth, height: root.clientHeight || win.innerHeight };
  }

  /** The pixels at the window's top and bottom that the bars named in `avoid` cover. */
  private insets(viewport: { height: number }): { top: number; bottom: number } {
    let top = 0;
    let bottom = 0;
    for (const element of this.avoid?.() ?? []) {
      const box = element.getBoundingClientRect();
      if (box.height === 0 || box.bottom <= 0 || box.top >= viewport.height) continue;
      if (box.top < viewport.height / 2) top = Math.max(top, box.bottom);
      else bottom = Math.max(bottom, viewport.height - box.top);
    }
    return { top, bottom };
  }

  /**
   * When the card has room for all of itself on neither side of the words, scrolls the page so the
   * words sit just below the top bars and the card below them, when the page can scroll that far:
   * every finding and its buttons show without the card scrolling inside.
   */
  private makeRoom(): void {
    const card = this.card;
    const win = card.ownerDocument.defaultView;
    if (!win || card.dataset.capped !== "true" || !this.shown) return;
    const finding = this.resolve(this.shown.ids)[0];
    if (!finding) return;
    card.style.maxHeight = "";
    const height = card.getBoundingClientRect().height;
    const viewport = this.viewport();
    const insets = this.insets(viewport);
    let start: { top: number; bottom: number };
    let end: { bottom: number };
    try {
      start = this.view.coordsAtPos(finding.from, 1);
      end = this.view.coordsAtPos(finding.to, -1);
    } catch {
      return;
    }
    const wordsHeight = Math.max(start.bottom, end.bottom) - start.top;
    if (wordsHeight + height + GAP_PX + 2 * MARGIN_PX > viewport.height - insets.top - insets.bottom) return this.reposition();
    win.scrollBy({ top: start.top - insets.top - MARGIN_PX, behavior: "instant" });
    this.reposition();
  }

  private unplace(): void {
    const card = this.card;
    card.style.position = card.style.top = card.style.left = card.style.maxHeight = "";
    delete card.dataset.placement;
  }

  /** The findings the card shows and how it was opened; undefined while it is closed. */
  get showing(): { ids: readonly string[]; mode: "hover" | "keyboard" } | undefined {
    return this.card.hidden ? undefined : this.shown;
  }

  /** Opens on the findings under the pointer, if it rests on some: it may have come to rest there before the card existed. */
  openUnderPointer(): void {
    const hovered = this.view.dom.querySelectorAll("[data-finding-id]:hover");
    const innermost = hovered[hovered.length - 1];
    if (innermost) this.hoverOn(innermost);
  }

  private readonly onMouseOver = (event: MouseEvent): void => this.hoverOn(event.target as Element | null);

  private hoverOn(target: Element | null): void {
    // The spans of every finding under the pointer, innermost first: findings over the same words nest.
    const ids: string[] = [];
    for (let span = target?.closest?.("[data-finding-id]"); span && this.view.dom.contains(span) && span !== this.view.dom; span = span.parentElement?.closest("[data-finding-id]")) {
      ids.push(span.getAttribute("data-finding-id")!);
    }
    if (ids.length === 0) return;
    if (this.shown?.mode === "keyboard" && !this.shown.ids.includes(ids[0]!)) return;
    this.open(this.shown?.mode === "keyboard" ? this.shown.ids : ids, "hover");
  }

  private readonly onMouseOut = (event: MouseEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (to && this.card.contains(to)) return;
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
    if (this.shown?.mode === "keyboard" && to && !this.card.contains(to) && !this.view.dom.contains(to)) this.close(false);
  };
}

/** What the card shows of a finding, to re-render only when that changes. */
function contentKey(finding: EditorFinding): string {
  return `${finding.id}\n${finding.ruleId}\n${finding.severity}\n${finding.message}\n${finding.fixes.map((f) => f.label).join("\n")}\n${finding.evidence.map((e) => e.label).join("\n")}`;
}

/** What the card shows of a group of findings, in order. */
function groupKey(group: readonly EditorFinding[]): string {
  return group.map(contentKey).join("\n\n");
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= NAME_TEXT_MAX ? flat : `${flat.slice(0, NAME_TEXT_MAX - 1)}…`;
}

/** Where focus is inside the card: the finding's id and the control's selector. */
function focusPath(card: HTMLElement): { id: string | undefined; selector: string } | undefined {
  const active = card.ownerDocument.activeElement;
  if (!(active instanceof HTMLElement) || !card.contains(active) || active === card) return undefined;
  const id = active.closest<HTMLElement>(".fm-card-finding")?.dataset.findingId;
  const fix = active.dataset.fixIndex;
  const selector = fix !== undefined ? `button[data-fix-index="${fix}"]` : `.${[...active.classList].join(".")}`;
  return { id, selector };
}

function restoreFocus(card: HTMLElement, path: { id: string | undefined; selector: string }): void {
  const scope = path.id === undefined ? card : [...card.querySelectorAll<HTMLElement>(".fm-card-finding")].find((s) => s.dataset.findingId === path.id);
  const target = scope?.querySelector<HTMLElement>(path.selector) ?? card.querySelector<HTMLElement>("button");
  (target ?? card).focus();
}
