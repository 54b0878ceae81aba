import { Plugin, TextSelection } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { placeCard } from "../src/card.js";
import { factmarkKey, setFactmarkDate } from "../src/index.js";
import { cleanUp, docOf, findingsOf, gazaRegistry, makeView, positionOf } from "./helpers.js";
import { loadCard } from "../src/view.js";

const views: EditorView[] = [];
const view = (...args: Parameters<typeof makeView>) => {
  const v = makeView(...args);
  views.push(v);
  return v;
};
afterEach(() => {
  cleanUp(views);
  vi.restoreAllMocks();
});

// jsdom has no layout and its ranges no rectangles; ProseMirror asks for them to scroll a fix into
// view once the editor has focus back. Empty rectangles stand for a page that is not laid out.
const rangeRects = Object.getOwnPropertyDescriptors(Range.prototype);
beforeAll(async () => {
  // The card's code loads on its own (see view.ts); here it is there before the first view.
  await loadCard();
  if (!rangeRects.getClientRects) Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
  if (!rangeRects.getBoundingClientRect) Range.prototype.getBoundingClientRect = () => new DOMRect();
});
afterAll(() => {
  if (!rangeRects.getClientRects) delete (Range.prototype as Partial<Range>).getClientRects;
  if (!rangeRects.getBoundingClientRect) delete (Range.prototype as Partial<Range>).getBoundingClientRect;
});

const OUTDATED = "The war has killed over 34,000 Palestinians, according to the Gaza Health Ministry.";

function cardOf(v: EditorView): HTMLElement {
  return v.dom.parentElement!.querySelector<HTMLElement>(".fm-card")!;
}

function hover(v: EditorView, rule: string): HTMLElement {
  const span = v.dom.querySelector<HTMLElement>(`[data-rule="${rule}"]`)!;
  span.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
  return span;
}

function key(target: EventTarget, init: KeyboardEventInit): void {
  target.dispatchEvent(new KeyboardEvent("keydown", { bubbles: true, cancelable: true, ...init }));
}

function putCursorIn(v: EditorView, rule: string): void {
  const finding = findingsOf(v.state).find((f) => f.ruleId === rule)!;
  v.dispatch(v.state.tr.setSelection(TextSelection.create(v.state.doc, finding.from + 1)));
}

describe("the hover card", () => {
  it("opens on a hovered finding as a named dialog with the message, the evidence and one button per fix", () => {
    const v = view(docOf([OUTDATED]), { date: "2024-06-20" });
    const card = cardOf(v);
    expect(card.hidden).toBe(true);
    hover(v, "outdated-figure");
    const finding = findingsOf(v.state).find((f) => f.ruleId === "outdated-figure")!;
    expect(card.hidden).toBe(false);
    expect(card.getAttribute("role")).toBe("dialog");
    expect(document.getElementById(card.getAttribute("aria-labelledby")!)?.textContent).toBe("Outdated figure");
    expect(card.querySelector(".fm-card-message")?.textContent).toBe(finding.message);
    // The evidence waits behind a toggle, each report said once, in one sentence with a day-month-year date.
    const toggle = card.querySelector<HTMLButtonElement>("button.fm-evidence-toggle")!;
    const list = card.querySelector<HTMLElement>(".fm-evidence-list")!;
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(toggle.getAttribute("aria-controls")).toBe(list.id);
    expect(toggle.textContent).toBe(`Show evidence (${finding.evidence.length})`);
    expect(list.hidden).toBe(true);
    toggle.click();
    expect(list.hidden).toBe(false);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(toggle.textContent).toBe("Hide evidence");
    expect([...list.querySelectorAll(".fm-evidence-label")].map((e) => e.textContent)).toEqual(finding.evidence.map((e) => e.label));
    expect(finding.evidence[0]!.label).toMatch(/reported [\d,]+ killed on \d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(list.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(card.querySelectorAll(".fm-evidence-facts, .fm-evidence-source, .fm-evidence-value")).toHaveLength(0);
    // The link is the source's page, not the dataset's API address.
    const links = [...list.querySelectorAll<HTMLAnchorElement>("a.fm-evidence-link")].map((a) => a.href);
    expect(finding.evidence[0]!.url).toMatch(/\.json$/);
    expect(links.length).toBe(finding.evidence.length);
    for (const link of links) expect(link).toBe(gazaRegistry().source("gaza-moh")!.url);
    const buttons = [...card.querySelectorAll<HTMLButtonElement>("button[data-fix-index]")];
    expect(buttons.map((b) => b.textContent)).toEqual(finding.fixes.map((f) => f.label));
    expect(card.querySelector("button.fm-dismiss")).not.toBeNull();
    expect(card.querySelector("button.fm-attach-source")).toBeNull();
  });

  it("applies a fix from its button", () => {
    const v = view(docOf([OUTDATED]), { date: "2024-06-20" });
    hover(v, "outdated-figure");
    const finding = findingsOf(v.state).find((f) => f.ruleId === "outdated-figure")!;
    const index = finding.fixes.findIndex((f) => f.kind === "replace");
    cardOf(v).querySelector<HTMLButtonElement>(`button[data-fix-index="${index}"]`)!.click();
    expect(v.state.doc.textContent).not.toContain("34,000");
    expect(findingsOf(v.state).some((f) => f.ruleId === "outdated-figure")).toBe(false);
    expect(cardOf(v).hidden).toBe(true);
  });

  it("dismisses with the reason typed in the card, stored in the document", () => {
    const v = view(docOf(["Over 34,000 Palestinians have been killed."]));
    hover(v, "unsourced-figure");
    const card = cardOf(v);
    card.querySelector<HTMLInputElement>("input.fm-dismiss-reason")!.value = "ministry figure, cited in the caption";
    card.querySelector<HTMLButtonElement>("button.fm-dismiss")!.click();
    expect(findingsOf(v.state)).toEqual([]);
    expect(JSON.stringify(v.state.doc.toJSON())).toContain('"reason":"ministry figure, cited in the caption"');
  });

  it("offers Attach a source when onAttachSource is given, and calls it with the finding and the view", () => {
    const onAttachSource = vi.fn();
    const v = view(docOf(["Over 34,000 Palestinians have been killed."]), { tooltip: { onAttachSource } });
    hover(v, "unsourced-figure");
    cardOf(v).querySelector<HTMLButtonElement>("button.fm-attach-source")!.click();
    expect(onAttachSource).toHaveBeenCalledTimes(1);
    expect(onAttachSource.mock.calls[0]![0].ruleId).toBe("unsourced-figure");
    expect(onAttachSource.mock.calls[0]![1]).toBe(v);
  });

  it("opens from the keyboard with Alt-Enter, takes focus, and gives it back to the editor on Escape", () => {
    const v = view(docOf(["Over 34,000 Palestinians have been killed."]));
    v.focus();
    putCursorIn(v, "unsourced-figure");
    key(v.dom, { key: "Enter", altKey: true });
    const card = cardOf(v);
    expect(card.hidden).toBe(false);
    expect(card.contains(document.activeElement)).toBe(true);
    key(document.activeElement!, { key: "Escape" });
    expect(card.hidden).toBe(true);
    expect(v.hasFocus()).toBe(true);
  });

  it("opens with Mod-Alt-F too, and Alt-Enter away from any finding does nothing", () => {
    const v = view(docOf(["Quiet words. Over 34,000 Palestinians have been killed."]));
    v.dispatch(v.state.tr.setSelection(TextSelection.create(v.state.doc, 2)));
    const event = new KeyboardEvent("keydown", { key: "Enter", altKey: true, bubbles: true, cancelable: true });
    v.dom.dispatchEvent(event);
    expect(cardOf(v).hidden).toBe(true);
    expect(event.defaultPrevented).toBe(false);
    putCursorIn(v, "unsourced-figure");
    key(v.dom, { key: "ƒ", code: "KeyF", altKey: true, ctrlKey: true });
    expect(cardOf(v).hidden).toBe(false);
  });

  it("closes when its finding goes away", () => {
    const v = view(docOf(["Over 34,000 Palestinians have been killed."]));
    hover(v, "unsourced-figure");
    const from = positionOf(v.state.doc, "Over 34,000");
    v.dispatch(v.state.tr.delete(from, from + "Over 34,000 ".length));
    expect(findingsOf(v.state)).toEqual([]);
    expect(cardOf(v).hidden).toBe(true);
  });

  it("is not created with tooltip: false, while findings are still drawn", () => {
    const v = view(docOf(["Over 34,000 Palestinians have been killed."]), { tooltip: false });
    expect(v.dom.parentElement!.querySelector(".fm-card")).toBeNull();
    expect(v.dom.querySelector(".fm-finding")).not.toBeNull();
    expect(factmarkKey.getState(v.state)!.findings).toHaveLength(1);
  });

  it("stays open, and the only card, when the editor's plugins change under it", async () => {
    const v = view(docOf(["Over 34,000 Palestinians have been killed."]));
    hover(v, "unsourced-figure");
    expect(cardOf(v).hidden).toBe(false);
    // An app adding its editing plugins later: ProseMirror makes every plugin view anew.
    v.updateState(v.state.reconfigure({ plugins: [...v.state.plugins, new Plugin({})] }));
    await Promise.resolve();
    const cards = v.dom.parentElement!.querySelectorAll<HTMLElement>(".fm-card");
    expect(cards).toHaveLength(1);
    const now = cards[0]!;
    expect(now.hidden).toBe(false);
    expect(now.querySelector(".fm-card-message")?.textContent).toBe(findingsOf(v.state)[0]!.message);
    // And it still works: its fix applies and closes it.
    now.querySelector<HTMLButtonElement>("button.fm-fix")!.click();
    expect(now.hidden).toBe(true);
    expect(findingsOf(v.state).filter((f) => f.ruleId === "unsourced-figure")).toHaveLength(0);
  });

  it("is removed with the view", () => {
    const v = view(docOf(["Over 34,000 Palestinians have been killed."]));
    const parent = v.dom.parentElement!;
    v.destroy();
    expect(parent.querySelector(".fm-card")).toBeNull();
    expect(parent.querySelector(".fm-descriptions")).toBeNull();
  });
});

// On 2024-06-20 the unattributed toll is both unsourced and outdated: two findings over the same words.
const TOLL = "Over 34,000 Palestinians have been killed.";
const JUNE = { date: "2024-06-20" };

function sectionOf(v: EditorView, rule: string): HTMLElement {
  return cardOf(v).querySelector<HTMLElement>(`.fm-card-finding[data-rule="${rule}"]`)!;
}

describe("the hover card over two findings on the same words", () => {
  it("shows both findings, each in a named group with its message, evidence and buttons", () => {
    const v = view(docOf([TOLL]), { ...JUNE, tooltip: { onAttachSource: vi.fn() } });
    const findings = findingsOf(v.state);
    expect(findings.map((f) => f.ruleId).sort()).toEqual(["outdated-figure", "unsourced-figure"]);
    hover(v, "outdated-figure");
    const card = cardOf(v);
    expect(card.hidden).toBe(false);
    expect(document.getElementById(card.getAttribute("aria-labelledby")!)?.textContent).toBe("2 findings on “Over 34,000”");
    const sections = [...card.querySelectorAll<HTMLElement>(".fm-card-finding")];
    expect(sections.map((s) => s.dataset.rule)).toEqual(["outdated-figure", "unsourced-figure"]);
    for (const section of sections) {
      const finding = findings.find((f) => f.id === section.dataset.findingId)!;
      expect(finding.ruleId).toBe(section.dataset.rule);
      expect(section.getAttribute("role")).toBe("group");
      expect(document.getElementById(section.getAttribute("aria-labelledby")!)?.textContent).toBe(finding.ruleId === "outdated-figure" ? "Outdated figure" : "Unsourced figure");
      expect(section.querySelector(".fm-card-message")?.textContent).toBe(finding.message);
      expect([...section.querySelectorAll(".fm-evidence-label")].map((e) => e.textContent)).toEqual(finding.evidence.map((e) => e.label));
      expect([...section.querySelectorAll("button[data-fix-index]")].map((b) => b.textContent)).toEqual(finding.fixes.map((f) => f.label));
      expect(section.querySelectorAll("button.fm-dismiss")).toHaveLength(1);
      expect(section.querySelectorAll("button.fm-attach-source")).toHaveLength(1);
      // Same-named buttons in two groups are told apart by the rule they describe.
      expect(section.querySelector("button.fm-dismiss")!.getAttribute("aria-describedby")).toBe(section.getAttribute("aria-labelledby"));
    }
    const ids = [...card.querySelectorAll("[id]")].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("shows both when the pointer is on the outer span, with the hovered finding first", () => {
    const v = view(docOf([TOLL]), JUNE);
    hover(v, "unsourced-figure");
    expect([...cardOf(v).querySelectorAll<HTMLElement>(".fm-card-finding")].map((s) => s.dataset.rule)).toEqual(["unsourced-figure", "outdated-figure"]);
  });

  it("applies the second finding's fix from its own group: the citation, leaving the outdated figure", () => {
    const v = view(docOf([TOLL]), JUNE);
    hover(v, "outdated-figure");
    sectionOf(v, "unsourced-figure").querySelector<HTMLButtonElement>('button[data-fix-index="0"]')!.click();
    expect(findingsOf(v.state).map((f) => f.ruleId)).toEqual(["outdated-figure"]);
    expect(JSON.stringify(v.state.doc.toJSON())).toContain('"sourceId":"gaza-moh"');
    expect(v.state.doc.textContent).toBe(TOLL);
    expect(cardOf(v).hidden).toBe(true);
    // The card now holds the one finding left, and its update fix rewrites the figure.
    hover(v, "outdated-figure");
    expect(cardOf(v).querySelectorAll(".fm-card-finding")).toHaveLength(1);
    const update = findingsOf(v.state)[0]!.fixes.findIndex((f) => f.kind === "replace");
    sectionOf(v, "outdated-figure").querySelector<HTMLButtonElement>(`button[data-fix-index="${update}"]`)!.click();
    expect(v.state.doc.textContent).toBe("Over 37,000 Palestinians have been killed.");
    expect(findingsOf(v.state)).toEqual([]);
  });

  it("applies the first finding's update fix from its group, which also clears the unsourced finding", () => {
    const v = view(docOf([TOLL]), JUNE);
    hover(v, "outdated-figure");
    const finding = findingsOf(v.state).find((f) => f.ruleId === "outdated-figure")!;
    const update = finding.fixes.findIndex((f) => f.kind === "replace");
    sectionOf(v, "outdated-figure").querySelector<HTMLButtonElement>(`button[data-fix-index="${update}"]`)!.click();
    expect(v.state.doc.textContent).toBe("Over 37,000 Palestinians have been killed.");
    expect(findingsOf(v.state)).toEqual([]);
  });

  it("dismisses one finding with the reason typed in its own group and keeps the other", () => {
    const v = view(docOf([TOLL]), JUNE);
    hover(v, "outdated-figure");
    sectionOf(v, "outdated-figure").querySelector<HTMLInputElement>("input.fm-dismiss-reason")!.value = "the story is about May";
    sectionOf(v, "outdated-figure").querySelector<HTMLButtonElement>("button.fm-dismiss")!.click();
    expect(findingsOf(v.state).map((f) => f.ruleId)).toEqual(["unsourced-figure"]);
    expect(JSON.stringify(v.state.doc.toJSON())).toContain('"rule":"outdated-figure","reason":"the story is about May"');
  });

  it("calls onAttachSource with the finding of the group whose button was pressed", () => {
    const onAttachSource = vi.fn();
    const v = view(docOf([TOLL]), { ...JUNE, tooltip: { onAttachSource } });
    hover(v, "outdated-figure");
    sectionOf(v, "unsourced-figure").querySelector<HTMLButtonElement>("button.fm-attach-source")!.click();
    expect(onAttachSource).toHaveBeenCalledTimes(1);
    expect(onAttachSource.mock.calls[0]![0].ruleId).toBe("unsourced-figure");
  });

  it("adds a finding that appears on the same words while the card is open, and keeps the typed reason", () => {
    const v = view(docOf([TOLL]));
    hover(v, "unsourced-figure");
    expect(cardOf(v).querySelectorAll(".fm-card-finding")).toHaveLength(1);
    sectionOf(v, "unsourced-figure").querySelector<HTMLInputElement>("input.fm-dismiss-reason")!.value = "cited below";
    v.dispatch(setFactmarkDate(v.state.tr, "2024-06-20"));
    expect([...cardOf(v).querySelectorAll<HTMLElement>(".fm-card-finding")].map((s) => s.dataset.rule)).toEqual(["unsourced-figure", "outdated-figure"]);
    expect(sectionOf(v, "unsourced-figure").querySelector<HTMLInputElement>("input.fm-dismiss-reason")!.value).toBe("cited below");
    // Back in May, the outdated finding goes and the card keeps the other.
    v.dispatch(setFactmarkDate(v.state.tr, "2024-05-04"));
    expect([...cardOf(v).querySelectorAll<HTMLElement>(".fm-card-finding")].map((s) => s.dataset.rule)).toEqual(["unsourced-figure"]);
  });
});

describe("the card from the keyboard", () => {
  it("opens on every finding at the cursor with Alt-Enter and gives focus to its first control", () => {
    const v = view(docOf([TOLL]), JUNE);
    v.focus();
    putCursorIn(v, "unsourced-figure");
    key(v.dom, { key: "Enter", altKey: true });
    const card = cardOf(v);
    expect(card.hidden).toBe(false);
    expect(card.querySelectorAll(".fm-card-finding")).toHaveLength(2);
    expect(document.activeElement).toBe(card.querySelector("button"));
  });

  it("reaches every control of both groups in document order, with no positive tabindex", () => {
    const v = view(docOf([TOLL]), { ...JUNE, tooltip: { onAttachSource: vi.fn() } });
    v.focus();
    putCursorIn(v, "outdated-figure");
    key(v.dom, { key: "Enter", altKey: true });
    const card = cardOf(v);
    const controls = [...card.querySelectorAll<HTMLElement>("button, input, a[href]")];
    expect(controls.every((c) => c.tabIndex === 0 && !c.hasAttribute("disabled"))).toBe(true);
    // Tab order is document order: close, then each group's fixes, Attach a source, the reason and Dismiss.
    const order = controls.map((c) => (c.closest<HTMLElement>(".fm-card-finding")?.dataset.rule ?? "card") + " " + (c.dataset.fixIndex !== undefined ? `fix ${c.dataset.fixIndex}` : c.className.replace(/^fm-/, "")));
    expect(order[0]).toBe("card card-close");
    const rulesInOrder = order.slice(1).map((o) => o.split(" ")[0]);
    expect(rulesInOrder).toEqual([...rulesInOrder].sort((a, b) => rulesInOrder.indexOf(a) - rulesInOrder.indexOf(b)));
    expect(order.filter((o) => o.startsWith("unsourced-figure")).map((o) => o.split(" ").slice(1).join(" "))).toEqual(["fix 0", "attach-source", "dismiss-reason", "dismiss"]);
  });

  it("runs the second group's fix from the keyboard and returns focus to the editor", () => {
    const v = view(docOf([TOLL]), JUNE);
    v.focus();
    putCursorIn(v, "unsourced-figure");
    key(v.dom, { key: "Enter", altKey: true });
    const cite = sectionOf(v, "unsourced-figure").querySelector<HTMLButtonElement>('button[data-fix-index="0"]')!;
    cite.focus();
    cite.click();
    expect(findingsOf(v.state).map((f) => f.ruleId)).toEqual(["outdated-figure"]);
    expect(cardOf(v).hidden).toBe(true);
    expect(v.hasFocus()).toBe(true);
  });

  it("closes with Escape from a control in the second group and gives focus back to the editor", () => {
    const v = view(docOf([TOLL]), JUNE);
    v.focus();
    putCursorIn(v, "unsourced-figure");
    key(v.dom, { key: "Enter", altKey: true });
    const reason = sectionOf(v, "unsourced-figure").querySelector<HTMLInputElement>("input.fm-dismiss-reason")!;
    reason.focus();
    key(reason, { key: "Escape" });
    expect(cardOf(v).hidden).toBe(true);
    expect(v.hasFocus()).toBe(true);
    expect(findingsOf(v.state)).toHaveLength(2);
  });

  it("closes when focus leaves for somewhere outside the card and the editor", () => {
    const v = view(docOf([TOLL]), JUNE);
    const outside = document.body.appendChild(document.createElement("button"));
    try {
      v.focus();
      putCursorIn(v, "unsourced-figure");
      key(v.dom, { key: "Enter", altKey: true });
      outside.focus();
      expect(cardOf(v).hidden).toBe(true);
    } finally {
      outside.remove();
    }
  });
});

describe("placeCard", () => {
  const viewport = { width: 1000, height: 800 };
  const card = { width: 300, height: 200 };

  it("puts the card below the words when it fits", () => {
    expect(placeCard({ top: 100, bottom: 120, left: 50, right: 90 }, card, viewport)).toEqual({ top: 124, left: 50, side: "below", maxHeight: undefined });
  });

  it("flips the card above the words when there is no room below", () => {
    expect(placeCard({ top: 700, bottom: 720, left: 50, right: 90 }, card, viewport)).toEqual({ top: 496, left: 50, side: "above", maxHeight: undefined });
  });

  it("caps the height on the roomier side when neither side has room for all of it", () => {
    expect(placeCard({ top: 300, bottom: 320, left: 50, right: 90 }, { width: 300, height: 700 }, viewport)).toEqual({ top: 324, left: 50, side: "below", maxHeight: 468 });
    expect(placeCard({ top: 500, bottom: 520, left: 50, right: 90 }, { width: 300, height: 700 }, viewport)).toEqual({ top: 8, left: 50, side: "above", maxHeight: 488 });
  });

  it("moves the card left to stay inside the window, never past its left edge", () => {
    expect(placeCard({ top: 100, bottom: 120, left: 900, right: 950 }, card, viewport).left).toBe(692);
    expect(placeCard({ top: 100, bottom: 120, left: 900, right: 950 }, { width: 1200, height: 200 }, viewport).left).toBe(8);
    expect(placeCard({ top: 100, bottom: 120, left: -40, right: 10 }, card, viewport).left).toBe(8);
  });

  it("keeps the card in the window when the words have scrolled out of it", () => {
    expect(placeCard({ top: -300, bottom: -280, left: 50, right: 90 }, card, viewport)).toMatchObject({ top: 8, side: "below" });
    expect(placeCard({ top: 900, bottom: 920, left: 50, right: 90 }, card, viewport)).toMatchObject({ top: 592, side: "above" });
  });
});

describe("placeCard with bars to avoid", () => {
  const viewport = { width: 1000, height: 800 };
  const insets = { top: 60, bottom: 0 };

  it("never goes above a sticky toolbar's bottom edge: it takes the side below when above has no room under the bar", () => {
    // 200 px fit above words at 250 in the whole window, but not under a 60 px toolbar.
    expect(placeCard({ top: 250, bottom: 270, left: 50, right: 90 }, { width: 300, height: 200 }, viewport, insets)).toMatchObject({ side: "below", top: 274, maxHeight: undefined });
    expect(placeCard({ top: 250, bottom: 270, left: 50, right: 90 }, { width: 300, height: 200 }, viewport)).toMatchObject({ side: "below" });
    expect(placeCard({ top: 700, bottom: 720, left: 50, right: 90 }, { width: 300, height: 700 }, viewport, insets)).toEqual({ top: 68, left: 50, side: "above", maxHeight: 628 });
  });

  it("stays under the toolbar when the words have scrolled beneath it", () => {
    expect(placeCard({ top: 10, bottom: 30, left: 50, right: 90 }, { width: 300, height: 200 }, viewport, insets).top).toBe(68);
  });
});

describe("the card's placement in the window", () => {
  // jsdom has no layout: the words' and the card's boxes are given, as a browser would measure them.
  function geometry(v: EditorView, words: { top: number; left: number }, size = { width: 320, height: 240 }) {
    const box = { ...words };
    vi.spyOn(v, "coordsAtPos").mockImplementation(() => ({ top: box.top, bottom: box.top + 20, left: box.left, right: box.left + 80 }));
    vi.spyOn(cardOf(v), "getBoundingClientRect").mockImplementation(() => DOMRect.fromRect({ x: 0, y: 0, ...size }));
    return box;
  }

  it("is fixed below the words when there is room", () => {
    const v = view(docOf([TOLL]), JUNE);
    geometry(v, { top: 100, left: 60 });
    hover(v, "outdated-figure");
    const card = cardOf(v);
    expect(card.style.position).toBe("fixed");
    expect([card.style.top, card.style.left, card.dataset.placement]).toEqual(["124px", "60px", "below"]);
  });

  it("flips above the words near the bottom of the window and stays inside its right edge", () => {
    const v = view(docOf([TOLL]), JUNE);
    geometry(v, { top: window.innerHeight - 60, left: window.innerWidth - 100 });
    hover(v, "outdated-figure");
    const card = cardOf(v);
    expect(card.dataset.placement).toBe("above");
    expect(card.style.top).toBe(`${window.innerHeight - 60 - 4 - 240}px`);
    expect(card.style.left).toBe(`${window.innerWidth - 8 - 320}px`);
  });

  it("follows the words when the page scrolls or the window is resized, and stops when closed", () => {
    const v = view(docOf([TOLL]), JUNE);
    const words = geometry(v, { top: 100, left: 60 });
    hover(v, "outdated-figure");
    const card = cardOf(v);
    words.top = 40;
    document.dispatchEvent(new Event("scroll"));
    expect(card.style.top).toBe("64px");
    words.top = window.innerHeight - 30;
    window.dispatchEvent(new Event("resize"));
    expect(card.dataset.placement).toBe("above");
    card.querySelector<HTMLButtonElement>(".fm-card-close")!.click();
    expect(card.hidden).toBe(true);
    const calls = vi.mocked(v.coordsAtPos).mock.calls.length;
    window.dispatchEvent(new Event("scroll"));
    window.dispatchEvent(new Event("resize"));
    expect(vi.mocked(v.coordsAtPos).mock.calls.length).toBe(calls);
  });

  it("removes its scroll and resize listeners when the view is destroyed", () => {
    const v = view(docOf([TOLL]), JUNE);
    geometry(v, { top: 100, left: 60 });
    const added = vi.spyOn(window, "addEventListener");
    const removed = vi.spyOn(window, "removeEventListener");
    try {
      hover(v, "outdated-figure");
      const listening = added.mock.calls.filter(([type]) => type === "scroll" || type === "resize");
      expect(listening.map(([type]) => type).sort()).toEqual(["resize", "scroll"]);
      v.destroy();
      for (const [type, listener] of listening) expect(removed.mock.calls.some(([t, l]) => t === type && l === listener)).toBe(true);
    } finally {
      added.mockRestore();
      removed.mockRestore();
    }
  });

  /** A sticky toolbar 41 px tall at the window's top, as a phone shows the editor's. */
  function toolbar(): HTMLElement {
    const bar = document.body.appendChild(document.createElement("div"));
    vi.spyOn(bar, "getBoundingClientRect").mockImplementation(() => DOMRect.fromRect({ x: 0, y: 0, width: 360, height: 41 }));
    return bar;
  }

  /** The page's scrolling, which moves the words by what it scrolls. */
  function scrolling(words: { top: number }) {
    return vi.spyOn(window, "scrollBy").mockImplementation(((options: ScrollToOptions) => {
      words.top -= options.top ?? 0;
    }) as typeof window.scrollBy);
  }

  it("scrolls the words up beneath the toolbar at once when neither side has room for the whole card, and sets it whole below them", () => {
    const bar = toolbar();
    try {
      const v = view(docOf([TOLL]), { ...JUNE, tooltip: { avoid: () => [bar] } });
      // A tall card (three findings in a narrow window) over words near the window's bottom.
      const words = geometry(v, { top: window.innerHeight - 168, left: 20 }, { width: 344, height: 640 });
      const scroll = scrolling(words);
      hover(v, "outdated-figure");
      // A jump, never a smooth scroll: the words and the card land together, and no motion is forced on anyone.
      expect(scroll.mock.calls).toEqual([[{ top: window.innerHeight - 168 - 41 - 8, behavior: "instant" }]]);
      expect(words.top).toBe(49);
      const card = cardOf(v);
      expect([card.dataset.placement, card.style.top, card.style.maxHeight, card.dataset.capped]).toEqual(["below", "73px", "", undefined]);
    } finally {
      bar.remove();
    }
  });

  it("leaves the page where it is, and caps the card, when even the whole window under the toolbar is too short for it", () => {
    const bar = toolbar();
    try {
      const v = view(docOf([TOLL]), { ...JUNE, tooltip: { avoid: () => [bar] } });
      const words = geometry(v, { top: window.innerHeight - 168, left: 20 }, { width: 344, height: window.innerHeight - 41 - 20 - 4 - 15 });
      const scroll = scrolling(words);
      hover(v, "outdated-figure");
      expect(scroll).not.toHaveBeenCalled();
      const card = cardOf(v);
      expect(card.dataset.capped).toBe("true");
      expect(card.dataset.placement).toBe("above");
    } finally {
      bar.remove();
    }
  });

  it("stays in the flow after the editor where there is no layout", () => {
    const v = view(docOf([TOLL]), JUNE);
    hover(v, "outdated-figure");
    expect(cardOf(v).style.position).toBe("");
    expect(cardOf(v).dataset.placement).toBeUndefined();
  });
});

describe("the card's evidence lines", () => {
  // Three versions of one proposal's first phase, two of them registered under ids with a date in them.
  const VERSIONS = "Egyptian mediators put forward a plan with an immediate six-week ceasefire. Its initial phase, lasting 40 days, would free hostages held by Hamas.";

  it("name a proposal's version by its date, day-month-year as the rest of the card, never by its id", () => {
    const v = view(docOf([VERSIONS]), { date: "2024-06-20" });
    hover(v, "inconsistent-duration");
    const card = cardOf(v);
    expect(card.hidden).toBe(false);
    const finding = findingsOf(v.state).find((f) => f.ruleId === "inconsistent-duration")!;
    const items = [...card.querySelectorAll<HTMLElement>(".fm-evidence")];
    expect(items.length).toBe(finding.evidence.length);
    expect(items.length).toBeGreaterThanOrEqual(3);
    const lines = items.map((item) => item.querySelector(".fm-evidence-label")!.textContent!);
    for (const line of lines) {
      expect(line, "an ISO date in an evidence line").not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(line, "a version id in an evidence line").not.toMatch(/\b[a-z]+(?:-[a-z]+)+\b/);
      expect(line).toMatch(/, \d{1,2} [A-Z][a-z]+ \d{4}$/);
    }
    expect(lines).toContain("the Times of Israel gave phase 1 of 3 as 40 days (the version of 6 May 2024), 6 May 2024");
    expect(lines).toContain("the Times of Israel gave phase 1 of 3 as 40 days (the version of 29 April 2024), 29 April 2024");
    expect(lines).toContain("Hamas gave phase 1 of 3 as 42 days, 6 May 2024");
    // The ids stay in the data, for code.
    expect(items.map((item) => item.dataset.claimId)).toEqual(finding.evidence.map((e) => e.claimId));
    expect(items.map((item) => item.dataset.claimId)).toContain("phase:egypt-qatar-2024-05:hamas-accepted-2024-05-06:1");
  });
});
