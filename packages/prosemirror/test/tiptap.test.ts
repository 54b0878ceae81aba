import { Editor } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { afterEach, describe, expect, it } from "vitest";
import { Factmark, factmarkKey } from "../src/tiptap.js";
import { gazaRegistry } from "./helpers.js";

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

function editorWith(content: string, date = "2024-05-04"): Editor {
  const element = document.createElement("div");
  document.body.appendChild(element);
  const editor = new Editor({ element, extensions: [StarterKit, Factmark.configure({ registry: gazaRegistry(), date })], content });
  editors.push(editor);
  return editor;
}

const findings = (editor: Editor) => factmarkKey.getState(editor.state)!.findings;

describe("the Tiptap extension", () => {
  it("flags a figure in a real Tiptap editor and draws its decoration", () => {
    const editor = editorWith("<p>Over 34,000 Palestinians have been killed.</p>");
    expect(findings(editor).map((f) => f.ruleId)).toEqual(["unsourced-figure"]);
    expect(editor.view.dom.querySelector('[data-rule="unsourced-figure"]')?.textContent).toBe("Over 34,000");
  });

  it("reads a hard break as core does", () => {
    const editor = editorWith("<p>Talks resumed.<br>Over 34,000 Palestinians have been killed.</p>");
    const [finding] = findings(editor);
    expect(editor.state.doc.textBetween(finding!.from, finding!.to)).toBe("Over 34,000");
  });

  it("runs the commands: next finding, apply a fix, dismiss, attach a citation", () => {
    const editor = editorWith("<p>The war has killed over 34,000 Palestinians.</p><p>More than a million people shelter in Rafah.</p>", "2024-06-20");
    expect(editor.commands.nextFinding()).toBe(true);
    const selected = findings(editor).find((f) => f.from === editor.state.selection.from)!;
    expect(selected).toBeDefined();
    const outdated = findings(editor).find((f) => f.ruleId === "outdated-figure")!;
    expect(editor.can().applyFix(outdated.id, 0)).toBe(true);
    expect(editor.commands.applyFix(outdated.id, 0)).toBe(true);
    expect(findings(editor).some((f) => f.ruleId === "outdated-figure")).toBe(false);
    expect(editor.getHTML()).toContain('data-citation=""');

    const million = findings(editor).find((f) => f.text === "More than a million")!;
    expect(editor.commands.dismissFinding(million.id, "UN estimate, cited above")).toBe(true);
    expect(findings(editor).some((f) => f.text === "More than a million")).toBe(false);
    expect(editor.getHTML()).toContain('data-factmark-dismissed="unsourced-figure"');
    expect(editor.getHTML()).toContain('data-reason="UN estimate, cited above"');

    editor.commands.setContent("<p>Over 34,000 Palestinians have been killed.</p>");
    const f = findings(editor).find((x) => x.ruleId === "unsourced-figure")!;
    expect(editor.commands.attachCitation({ source: "gaza-moh", published: "2024-05-04" }, { from: f.from, to: f.to })).toBe(true);
    expect(findings(editor).map((x) => x.ruleId)).toEqual(["outdated-figure"]);
    expect(editor.commands.previousFinding()).toBe(true);
    editor.commands.setContent("<p>No figures.</p>");
    expect(editor.commands.previousFinding()).toBe(false);
  });

  it("keeps dismissals and citations through getHTML and setContent", () => {
    const editor = editorWith("<p>Over 34,000 Palestinians have been killed.</p>");
    editor.commands.dismissFinding(findings(editor)[0]!.id, "checked");
    const html = editor.getHTML();
    const reloaded = editorWith(html);
    expect(findings(reloaded)).toEqual([]);
    expect(factmarkKey.getState(reloaded.state)!.dismissed.map((d) => d.ruleId)).toEqual(["unsourced-figure"]);
    const cited = editorWith('<p><cite data-citation="" data-source-id="gaza-moh" data-date="2024-05-04">Over 34,000</cite> Palestinians have been killed.</p>');
    expect(findings(cited)).toEqual([]);
  });

  it("names the missing registry when configure() was not given one", () => {
    const element = document.createElement("div");
    expect(() => new Editor({ element, extensions: [StarterKit, Factmark] })).toThrow(/options\.registry is missing/);
  });
});
