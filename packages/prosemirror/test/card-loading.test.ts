import { TextSelection } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import { afterEach, describe, expect, it } from "vitest";
import { loadCard } from "../src/view.js";
import { cleanUp, docOf, findingsOf, makeView } from "./helpers.js";

// In a file of its own: the card's code must not have loaded before these tests.
const views: EditorView[] = [];
afterEach(() => cleanUp(views));

describe("the hover card's code, loaded on its own", () => {
  it("draws findings and their descriptions before it has loaded, then opens a card asked for from the keyboard meanwhile", async () => {
    const v = makeView(docOf(["Over 34,000 Palestinians have been killed."]));
    views.push(v);
    v.focus();
    const finding = findingsOf(v.state).find((f) => f.ruleId === "unsourced-figure")!;
    const span = v.dom.querySelector<HTMLElement>('[data-rule="unsourced-figure"]')!;
    expect(document.getElementById(span.getAttribute("aria-describedby")!)?.textContent).toContain(finding.message);
    expect(v.dom.parentElement!.querySelector(".fm-card")).toBeNull();
    v.dispatch(v.state.tr.setSelection(TextSelection.create(v.state.doc, finding.from + 1)));
    const event = new KeyboardEvent("keydown", { key: "Enter", altKey: true, bubbles: true, cancelable: true });
    v.dom.dispatchEvent(event);
    // The key is taken at once, so it types nothing while the card loads.
    expect(event.defaultPrevented).toBe(true);
    await loadCard();
    const card = v.dom.parentElement!.querySelector<HTMLElement>(".fm-card")!;
    expect(card.hidden).toBe(false);
    expect(card.querySelector(".fm-card-message")?.textContent).toBe(finding.message);
    expect(card.contains(document.activeElement)).toBe(true);
  });

  it("is not created for a view destroyed before it loaded", async () => {
    const v = makeView(docOf(["Over 34,000 Palestinians have been killed."]));
    const parent = v.dom.parentElement!;
    v.destroy();
    // The view asks for the card's code on a timer of its own; let it run, then the code load.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await loadCard();
    expect(parent.querySelector(".fm-card")).toBeNull();
  });
});
