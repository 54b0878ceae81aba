import type { EditorState, PluginView } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import type { FindingCard } from "./card.js";
import { findingsAt } from "./commands.js";
import { type EditorFinding, type FactmarkOptions, describeFinding, descriptionId, factmarkKey } from "./plugin.js";

const views = new WeakMap<EditorView, FactmarkView>();
// What the card of a plugin view just destroyed was showing, until the end of the task: when the
// editor's plugins change, ProseMirror destroys every plugin view and makes new ones, and the new
// view of the same plugin opens its card on the same findings rather than close it under the writer.
const leftOpen = new WeakMap<EditorView, { options: FactmarkOptions; ids: readonly string[]; mode: "hover" | "keyboard" }>();

let cardModule: typeof import("./card.js") | undefined;
let cardLoading: Promise<typeof import("./card.js")> | undefined;

/**
 * Loads the hover card's code, once. The plugin's view starts loading it just after it is created
 * (once the task that draws the first findings is over), so a page shows and checks its text
 * without waiting for it; a card asked for from the keyboard before it has loaded opens when it
 * arrives.
 */
export function loadCard(): Promise<typeof import("./card.js")> {
  cardLoading ??= import("./card.js").then((module) => (cardModule = module));
  return cardLoading;
}

/**
 * Opens the card on every finding at the selection's head, innermost first, and moves focus into
 * it; false when the selection is on no finding or the card is off.
 */
export function openCardAtSelection(view: EditorView): boolean {
  const plugin = views.get(view);
  const findings = findingsAt(view.state, view.state.selection.head).filter((f) => f.to > f.from);
  if (!plugin || findings.length === 0) return false;
  return plugin.open(
    findings.map((f) => f.id),
    "keyboard",
  );
}

/**
 * The plugin's view: calls `onFindings` when findings change, keeps the visually hidden
 * descriptions that the decorations' `aria-describedby` point at, and holds the hover card
 * (see `FindingCard`), created as soon as its code has loaded.
 */
export class FactmarkView implements PluginView {
  private card: FindingCard | undefined;
  private readonly descriptions: HTMLElement;
  private described = new Map<string, HTMLElement>();
  /** A card asked for from the keyboard before its code had loaded. */
  private pending: readonly string[] | undefined;
  private destroyed = false;

  constructor(
    private readonly view: EditorView,
    private readonly options: FactmarkOptions,
  ) {
    const doc = view.dom.ownerDocument;
    this.descriptions = doc.createElement("div");
    this.descriptions.className = "fm-descriptions fm-visually-hidden";
    this.descriptions.hidden = true;
    const parent = view.dom.parentNode;
    if (parent) parent.insertBefore(this.descriptions, view.dom.nextSibling);
    else doc.body.appendChild(this.descriptions);
    if ((options.tooltip ?? true) !== false) {
      if (cardModule) this.card = new cardModule.FindingCard(view, options);
      else setTimeout(() => this.loadCard(), 0);
    }
    views.set(view, this);
    const state = factmarkKey.getState(view.state);
    this.syncDescriptions(state?.findings ?? []);
    if (state) this.options.onFindings?.(state.findings, view.state);
    const left = leftOpen.get(view);
    if (left?.options === options) {
      leftOpen.delete(view);
      this.card?.open(left.ids, left.mode);
    }
  }

  update(view: EditorView, previous: EditorState): void {
    const before = factmarkKey.getState(previous);
    const state = factmarkKey.getState(view.state);
    if (!state) return;
    if (state.findings !== before?.findings) this.syncDescriptions(state.findings);
    // A dismissed finding that moved or changed is news too: a sidebar lists those as well.
    if (state.findings !== before?.findings || state.dismissed !== before?.dismissed) this.options.onFindings?.(state.findings, view.state);
    this.card?.update(view, previous);
  }

  destroy(): void {
    this.destroyed = true;
    this.descriptions.remove();
    if (views.get(this.view) === this) views.delete(this.view);
    const showing = this.card?.showing;
    this.card?.destroy();
    if (!showing) return;
    const left = { options: this.options, ...showing };
    leftOpen.set(this.view, left);
    queueMicrotask(() => {
      if (leftOpen.get(this.view) === left) leftOpen.delete(this.view);
    });
  }

  /**
   * Shows the card for the findings with these ids that are still in the document; from the
   * keyboard, focus moves into it. False when the card is off. Before the card's code has loaded,
   * a keyboard request waits for it.
   */
  open(ids: readonly string[], mode: "hover" | "keyboard"): boolean {
    if (this.card) return this.card.open(ids, mode);
    if ((this.options.tooltip ?? true) === false) return false;
    if (mode === "keyboard") {
      this.pending = ids;
      this.loadCard();
    }
    return true;
  }

  private loadCard(): void {
    // A card that cannot load leaves the findings, their descriptions and onFindings as they are.
    loadCard().then((module) => this.cardLoaded(module), () => undefined);
  }

  private cardLoaded(module: typeof import("./card.js")): void {
    if (this.destroyed || this.card) return;
    this.card = new module.FindingCard(this.view, this.options);
    const pending = this.pending;
    this.pending = undefined;
    if (pending) this.card.open(pending, "keyboard");
    else this.card.openUnderPointer();
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
}
