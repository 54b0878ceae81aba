// @vitest-environment jsdom
import { EditorState, type Plugin, TextSelection } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { afterEach, describe, expect, it } from "vitest";
import { editingPlugins } from "../src/editing.js";
import { HeldKeys, needsKeymap } from "../src/held-keys.js";
import { articleSchema } from "../src/schema.js";

const views: EditorView[] = [];
afterEach(() => {
  for (const view of views.splice(0)) view.destroy();
  document.body.replaceChildren();
});

/** An editor on one paragraph, the cursor after `cursorAfter`, with the stand-in for the editing plugins. */
function editor(text: string, cursorAfter: string, held: HeldKeys): EditorView {
  const doc = articleSchema.node("doc", null, [articleSchema.node("paragraph", null, [articleSchema.text(text)])]);
  const place = document.body.appendChild(document.createElement("div"));
  const state = EditorState.create({ doc, plugins: [held.plugin] });
  const view = new EditorView(place, { state: state.apply(state.tr.setSelection(TextSelection.create(doc, 1 + text.indexOf(cursorAfter) + cursorAfter.length))) });
  views.push(view);
  return view;
}

function press(view: EditorView, init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent("keydown", { bubbles: true, cancelable: true, ...init });
  view.dom.dispatchEvent(event);
  return event;
}

/** The editing plugins arrive: they take the stand-in's place, and the held keys are replayed. */
function arrive(view: EditorView, held: HeldKeys, plugins: Plugin[] = editingPlugins(() => false)): void {
  view.updateState(view.state.reconfigure({ plugins: [...plugins, ...view.state.plugins.filter((plugin) => plugin !== held.plugin)] }));
  held.release(view);
}

const paragraphs = (view: EditorView) => {
  const texts: string[] = [];
  view.state.doc.forEach((node) => texts.push(node.textContent));
  return texts;
};

describe("keys pressed before the editing plugins have loaded", () => {
  it("holds Enter and the characters typed after it, and replays them in order through the editing plugins", () => {
    let asked = 0;
    const held = new HeldKeys(() => asked++);
    const view = editor("Talks resume in Cairo", "resume", held);
    expect(press(view, { key: "Enter" }).defaultPrevented).toBe(true);
    for (const key of ['"', "N", "o", "w"]) expect(press(view, { key }).defaultPrevented).toBe(true);
    // Nothing happens out of order while the plugins load.
    expect(paragraphs(view)).toEqual(["Talks resume in Cairo"]);
    expect(held.size).toBe(5);
    expect(asked).toBe(5);
    arrive(view, held);
    // Enter split the paragraph (the base keymap) and the quote became a smart quote (the input rules).
    expect(paragraphs(view)).toEqual(["Talks resume", "“Now in Cairo"]);
    expect(held.size).toBe(0);
  });

  it("replays a shortcut: Ctrl-B makes what is typed after it bold", () => {
    const held = new HeldKeys(() => undefined);
    const view = editor("Talks resume", "Talks ", held);
    press(view, { key: "b", ctrlKey: true });
    press(view, { key: "X" });
    arrive(view, held);
    const bold: string[] = [];
    view.state.doc.descendants((node) => {
      if (node.isText && articleSchema.marks.strong.isInSet(node.marks)) bold.push(node.text!);
    });
    expect(bold).toEqual(["X"]);
    expect(paragraphs(view)).toEqual(["Talks Xresume"]);
  });

  it("lets plain typing, Backspace, the arrows and the browser's own shortcuts through while nothing is held", () => {
    const held = new HeldKeys(() => undefined);
    const view = editor("Talks", "Talks", held);
    for (const init of [{ key: "a" }, { key: "Backspace" }, { key: "ArrowLeft" }, { key: "c", ctrlKey: true }, { key: "v", metaKey: true }, { key: "a", ctrlKey: true }]) {
      expect(press(view, init).defaultPrevented, JSON.stringify(init)).toBe(false);
    }
    expect(held.size).toBe(0);
  });

  it("tells the keys that need the keymap from those ProseMirror handles alone", () => {
    const key = (init: KeyboardEventInit) => needsKeymap(new KeyboardEvent("keydown", init));
    expect([key({ key: "Enter" }), key({ key: "Enter", shiftKey: true }), key({ key: "F8" }), key({ key: "z", ctrlKey: true }), key({ key: "k", metaKey: true }), key({ key: ")", ctrlKey: true, shiftKey: true })]).toEqual([true, true, true, true, true, true]);
    expect([key({ key: "a" }), key({ key: "Backspace" }), key({ key: "ArrowDown" }), key({ key: "x", ctrlKey: true }), key({ key: "Enter", isComposing: true })]).toEqual([false, false, false, false, false]);
  });
});
