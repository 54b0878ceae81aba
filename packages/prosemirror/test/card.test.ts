import { TextSelection } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import { afterEach, describe, expect, it, vi } from "vitest";
import { factmarkKey } from "../src/index.js";
import { cleanUp, docOf, findingsOf, makeView, positionOf } from "./helpers.js";

const views: EditorView[] = [];
const view = (...args: Parameters<typeof makeView>) => {
  const v = makeView(...args);
  views.push(v);
  return v;
};
afterEach(() => cleanUp(views));

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
    const evidence = finding.evidence[0]!;
    expect(card.querySelector(".fm-evidence-label")?.textContent).toBe(evidence.label);
    expect(evidence.label).toMatch(/reported [\d,]+ killed on/);
    expect(card.querySelector(".fm-evidence-source")?.textContent).toBe(evidence.source.name);
    expect(card.querySelector(".fm-evidence-date")?.textContent).toBe(evidence.asOf);
    expect(card.querySelector(".fm-evidence-value")?.textContent).toBe(evidence.value!.toLocaleString("en-US"));
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

  it("is removed with the view", () => {
    const v = view(docOf(["Over 34,000 Palestinians have been killed."]));
    const parent = v.dom.parentElement!;
    v.destroy();
    expect(parent.querySelector(".fm-card")).toBeNull();
    expect(parent.querySelector(".fm-descriptions")).toBeNull();
  });
});
