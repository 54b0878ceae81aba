import { FactmarkError, Registry, check } from "@factmark/core";
import { Node } from "prosemirror-model";
import { undo, redo } from "prosemirror-history";
import { EditorState, TextSelection } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import { afterEach, describe, expect, it, vi } from "vitest";
import { applyFix, attachCitation, dismissFinding, factmark, factmarkKey, nextFinding, previousFinding, setFactmarkDate, setFactmarkRegistry } from "../src/index.js";
import { cleanUp, docOf, findingsOf, gazaRegistry, makeView, positionOf, schema, typeText, withoutIds } from "./helpers.js";

const views: EditorView[] = [];
const view = (...args: Parameters<typeof makeView>) => {
  const v = makeView(...args);
  views.push(v);
  return v;
};
afterEach(() => cleanUp(views));

const OUTDATED = "The war has killed over 34,000 Palestinians, according to the Gaza Health Ministry.";

describe("decorations", () => {
  it("draws a decoration with data-rule unsourced-figure when a figure is typed", () => {
    const v = view(docOf(["The war has killed  Palestinians in Gaza."]));
    expect(v.dom.querySelectorAll(".fm-finding")).toHaveLength(0);
    typeText(v, "over 34,000", positionOf(v.state.doc, " Palestinians"));
    const span = v.dom.querySelector('[data-rule="unsourced-figure"]');
    expect(span?.textContent).toBe("over 34,000");
    expect(span?.getAttribute("data-severity")).toBe("warning");
    expect(span?.classList.contains("fm-finding")).toBe(true);
    expect(span?.classList.contains("fm-unsourced-figure")).toBe(true);
    expect(span?.classList.contains("fm-warning")).toBe(true);
  });

  it("draws one severity marker after words that carry two findings, of the graver severity, hidden from screen readers", () => {
    const v = view(docOf(["The war has killed over 34,000 Palestinians, the ministry said. Egypt proposed a 40-day truce."]), { date: "2024-06-20" });
    const rules = findingsOf(v.state).filter((f) => f.text === "over 34,000").map((f) => f.ruleId);
    expect(rules.length).toBeGreaterThanOrEqual(1);
    const ends = new Set(findingsOf(v.state).map((f) => f.to));
    const markers = [...v.dom.querySelectorAll<HTMLElement>(".fm-marker")];
    expect(markers).toHaveLength(ends.size);
    for (const marker of markers) expect(marker.getAttribute("aria-hidden")).toBe("true");
    // The marker follows its words directly, with no text of its own.
    const figure = [...v.dom.querySelectorAll<HTMLElement>(".fm-finding")].find((span) => span.textContent === "over 34,000")!;
    let outer: HTMLElement = figure;
    while (outer.parentElement?.classList.contains("fm-finding")) outer = outer.parentElement;
    expect(outer.nextElementSibling?.classList.contains("fm-marker")).toBe(true);
    expect(outer.nextElementSibling?.textContent).toBe("");
  });

  it("draws one marker for an outdated figure that is also unsourced, and the error's when one of them is an error", () => {
    const v = view(docOf(["The war has killed over 34,000 Palestinians in Gaza."]), { date: "2024-06-20" });
    const same = findingsOf(v.state).filter((f) => f.text === "over 34,000");
    expect(same.map((f) => f.ruleId).sort()).toEqual(["outdated-figure", "unsourced-figure"]);
    expect(v.dom.querySelectorAll(".fm-marker")).toHaveLength(1);
    expect(v.dom.querySelector(".fm-marker")!.matches(".fm-warning:not(.fm-error)")).toBe(true);
    const mismatch = view(docOf(["The war has killed over 40,000 Palestinians in Gaza."]), { date: "2024-05-04" });
    const severities = findingsOf(mismatch.state).filter((f) => f.text === "over 40,000").map((f) => f.severity);
    expect(severities).toContain("error");
    expect(severities).toContain("warning");
    expect(mismatch.dom.querySelectorAll(".fm-marker")).toHaveLength(1);
    expect(mismatch.dom.querySelector(".fm-marker")!.matches(".fm-error:not(.fm-warning)")).toBe(true);
  });

  it("gives each decoration a finding id and an accessible description in the DOM", () => {
    const v = view(docOf(["Over 34,000 Palestinians have been killed."]));
    const span = v.dom.querySelector<HTMLElement>(".fm-finding")!;
    const id = span.getAttribute("data-finding-id")!;
    expect(findingsOf(v.state).map((f) => f.id)).toContain(id);
    const description = document.getElementById(span.getAttribute("aria-describedby")!);
    expect(description?.textContent).toMatch(/^Warning: Unsourced figure\. “Over 34,000” has no source/);
  });

  it("removes unsourced-figure once the sentence says according to the Gaza Health Ministry", () => {
    const v = view(docOf(["The war has killed over 34,000 Palestinians."]));
    expect(findingsOf(v.state).map((f) => f.ruleId)).toEqual(["unsourced-figure"]);
    typeText(v, ", according to the Gaza Health Ministry", positionOf(v.state.doc, "."));
    expect(v.state.doc.textContent).toBe("The war has killed over 34,000 Palestinians, according to the Gaza Health Ministry.");
    expect(findingsOf(v.state)).toEqual([]);
    expect(v.dom.querySelector('[data-rule="unsourced-figure"]')).toBeNull();
  });

  it("keeps a finding's id while text is typed before it", () => {
    const v = view(docOf(["Talks resumed. Over 34,000 Palestinians have been killed.", "Another paragraph."]));
    const [before] = findingsOf(v.state);
    typeText(v, "Indirect ", 1);
    const [after] = findingsOf(v.state);
    expect(after!.id).toBe(before!.id);
    expect(after!.from).toBe(before!.from + "Indirect ".length);
    expect(v.dom.querySelector(".fm-finding")?.getAttribute("data-finding-id")).toBe(before!.id);
  });

  it("keeps every finding's id and decoration while a paragraph before them is typed in", () => {
    const v = view(docOf(["Talks resumed.", "Over 34,000 Palestinians have been killed.", "More than 77,000 people have been wounded."]));
    const before = findingsOf(v.state);
    expect(before.length).toBeGreaterThan(1);
    typeText(v, " Mediators met in Cairo", positionOf(v.state.doc, "."));
    const after = findingsOf(v.state);
    expect(after.map((f) => f.id)).toEqual(before.map((f) => f.id));
    expect(after.map((f) => f.from)).toEqual(before.map((f) => f.from + " Mediators met in Cairo".length));
    expect([...v.dom.querySelectorAll(".fm-finding")].map((e) => e.getAttribute("data-finding-id"))).toEqual(after.filter((f) => f.to > f.from).map((f) => f.id));
  });
});

describe("commands", () => {
  it("rewrites an outdated figure and attaches the citation when its fix is applied", () => {
    const v = view(docOf([OUTDATED]), { date: "2024-06-20" });
    const outdated = findingsOf(v.state).find((f) => f.ruleId === "outdated-figure")!;
    expect(outdated.text).toBe("over 34,000");
    const index = outdated.fixes.findIndex((f) => f.kind === "replace");
    const fix = outdated.fixes[index]!;
    expect(applyFix(outdated.id, index)(v.state, v.dispatch)).toBe(true);
    const replacement = fix.kind === "replace" ? fix.text : "";
    expect(v.state.doc.textContent).toBe(OUTDATED.replace("34,000", replacement));
    const citation = schema.marks.citation!;
    const from = positionOf(v.state.doc, `over ${replacement}`);
    expect(v.state.doc.rangeHasMark(from, from + `over ${replacement}`.length, citation)).toBe(true);
    expect(findingsOf(v.state).filter((f) => f.ruleId === "outdated-figure")).toEqual([]);
  });

  it("attaches the cite fix of an unsourced figure as a citation mark", () => {
    const v = view(docOf(["Over 34,000 Palestinians have been killed."]));
    const finding = findingsOf(v.state)[0]!;
    const index = finding.fixes.findIndex((f) => f.kind === "cite");
    expect(index).toBeGreaterThanOrEqual(0);
    applyFix(finding.id, index)(v.state, v.dispatch);
    const cite = v.dom.querySelector("cite[data-citation]");
    expect(cite?.getAttribute("data-source-id")).toBeTruthy();
    expect(findingsOf(v.state)).toEqual([]);
  });

  it("keeps a dismissal through a JSON round trip, and undo brings the finding back", () => {
    const v = view(docOf(["Over 34,000 Palestinians have been killed."]));
    const finding = findingsOf(v.state)[0]!;
    expect(dismissFinding(finding.id, "verified with the ministry")(v.state, v.dispatch)).toBe(true);
    expect(findingsOf(v.state)).toEqual([]);
    expect(factmarkKey.getState(v.state)!.dismissed.map((f) => f.ruleId)).toEqual(["unsourced-figure"]);

    const json = JSON.parse(JSON.stringify(v.state.doc.toJSON()));
    expect(JSON.stringify(json)).toContain('"reason":"verified with the ministry"');
    const reloaded = EditorState.create({ doc: Node.fromJSON(schema, json), plugins: [factmark({ registry: gazaRegistry(), date: "2024-05-04" })] });
    expect(factmarkKey.getState(reloaded)!.findings).toEqual([]);
    expect(factmarkKey.getState(reloaded)!.dismissed).toHaveLength(1);

    undo(v.state, v.dispatch);
    expect(findingsOf(v.state).map((f) => f.ruleId)).toEqual(["unsourced-figure"]);
    redo(v.state, v.dispatch);
    expect(findingsOf(v.state)).toEqual([]);
  });

  it("dismisses only the rule it names", () => {
    const v = view(docOf(["The war has killed over 34,000 Palestinians."]), { date: "2024-06-20" });
    const rules = findingsOf(v.state).map((f) => f.ruleId);
    expect(rules).toEqual(expect.arrayContaining(["unsourced-figure", "outdated-figure"]));
    const unsourced = findingsOf(v.state).find((f) => f.ruleId === "unsourced-figure")!;
    dismissFinding(unsourced.id, "checked")(v.state, v.dispatch);
    expect(findingsOf(v.state).map((f) => f.ruleId)).toEqual(rules.filter((r) => r !== "unsourced-figure"));
  });

  it("attaches a citation to the selection", () => {
    const v = view(docOf(["Over 34,000 Palestinians have been killed."]));
    const { from, to } = findingsOf(v.state)[0]!;
    v.dispatch(v.state.tr.setSelection(TextSelection.create(v.state.doc, from, to)));
    const cmd = attachCitation({ source: "gaza-moh", published: "2024-05-04", url: "https://example.org/report" });
    expect(cmd(v.state, v.dispatch)).toBe(true);
    const cite = v.dom.querySelector("cite[data-citation]")!;
    expect(cite.getAttribute("data-url")).toBe("https://example.org/report");
    expect(cite.getAttribute("data-date")).toBe("2024-05-04");
    expect(findingsOf(v.state)).toEqual([]);
  });

  it("refuses an empty selection and a citation without a date", () => {
    const v = view(docOf(["Over 34,000 Palestinians have been killed."]));
    expect(attachCitation({ source: "gaza-moh", published: "2024-05-04" })(v.state, v.dispatch)).toBe(false);
    expect(() => attachCitation({ source: "gaza-moh" } as never)).toThrow(/published/);
  });

  it("takes a trusted citation as it is, unparsed: a citation the caller built and checked", () => {
    const v = view(docOf(["Over 34,000 Palestinians have been killed."]));
    const { from, to } = findingsOf(v.state)[0]!;
    // Parsed, an id with capitals is refused; trusted, it is the caller's word.
    const citation = { source: "Gaza-MoH", published: "2024-05-04" };
    expect(() => attachCitation(citation, { from, to })).toThrow(/lowercase/);
    expect(attachCitation(citation, { from, to }, { trusted: true })(v.state, v.dispatch)).toBe(true);
    expect(v.dom.querySelector("cite[data-citation]")!.getAttribute("data-date")).toBe("2024-05-04");
  });

  it("moves between findings with nextFinding and previousFinding, wrapping round", () => {
    const v = view(docOf(["Over 34,000 Palestinians have been killed.", "Quiet paragraph.", "More than a million people shelter in Rafah."]));
    const [a, b] = findingsOf(v.state);
    expect(b).toBeDefined();
    nextFinding()(v.state, v.dispatch);
    expect([v.state.selection.from, v.state.selection.to]).toEqual([b!.from, b!.to]);
    nextFinding()(v.state, v.dispatch);
    expect([v.state.selection.from, v.state.selection.to]).toEqual([a!.from, a!.to]);
    previousFinding()(v.state, v.dispatch);
    expect([v.state.selection.from, v.state.selection.to]).toEqual([b!.from, b!.to]);
    expect(nextFinding()(view(docOf(["No figures here."])).state)).toBe(false);
  });

  it("returns false for a finding id that does not exist", () => {
    const v = view(docOf(["Over 34,000 Palestinians have been killed."]));
    expect(applyFix("nope", 0)(v.state, v.dispatch)).toBe(false);
    expect(applyFix(findingsOf(v.state)[0]!.id, 9)(v.state, v.dispatch)).toBe(false);
    expect(dismissFinding("nope", "x")(v.state, v.dispatch)).toBe(false);
  });
});

describe("registry and date", () => {
  it("checks again against a registry set by a transaction", () => {
    const v = view(docOf([OUTDATED]), { date: "2024-06-20" });
    expect(findingsOf(v.state).map((f) => f.ruleId)).toContain("outdated-figure");
    v.dispatch(setFactmarkRegistry(v.state.tr, Registry.empty()));
    expect(factmarkKey.getState(v.state)!.registry).not.toBe(gazaRegistry());
    expect(findingsOf(v.state)).toEqual([]);
    v.dispatch(setFactmarkRegistry(v.state.tr, gazaRegistry()));
    expect(findingsOf(v.state).map((f) => f.ruleId)).toContain("outdated-figure");
  });

  it("checks again at a date set by a transaction", () => {
    const v = view(docOf([OUTDATED]));
    expect(findingsOf(v.state)).toEqual([]);
    v.dispatch(setFactmarkDate(v.state.tr, "2024-06-20"));
    expect(factmarkKey.getState(v.state)!.date).toBe("2024-06-20");
    expect(findingsOf(v.state).map((f) => f.ruleId)).toContain("outdated-figure");
    expect(() => setFactmarkDate(v.state.tr, "20 June")).toThrow(FactmarkError);
  });

  it("reads the date from a function of the state, and reports a bad result without losing the last date", () => {
    const dateline = (state: EditorState) => state.doc.firstChild!.textContent;
    const v = view(docOf(["2024-05-04", OUTDATED]), { date: dateline });
    expect(factmarkKey.getState(v.state)!.date).toBe("2024-05-04");
    v.dispatch(v.state.tr.insertText("2024-06-20", 1, 11));
    expect(factmarkKey.getState(v.state)!.date).toBe("2024-06-20");
    expect(findingsOf(v.state).map((f) => f.ruleId)).toContain("outdated-figure");
    v.dispatch(v.state.tr.insertText("soon", 1, 11));
    expect(factmarkKey.getState(v.state)!.date).toBe("2024-06-20");
    expect(factmarkKey.getState(v.state)!.problem).toMatch(/returned "soon"; expected a date YYYY-MM-DD/);
  });

  it("matches check() on the document's JSON after each change", () => {
    const v = view(docOf(["The war has killed over 34,000 Palestinians.", "An immediate six-week ceasefire is proposed.", "The initial phase, lasting 40 days, would free hostages."]));
    const same = () => expect(withoutIds(findingsOf(v.state))).toEqual(check(v.state.doc.toJSON(), { registry: gazaRegistry(), date: "2024-05-04" }));
    same();
    typeText(v, " in Gaza", positionOf(v.state.doc, "."));
    same();
    v.dispatch(v.state.tr.delete(positionOf(v.state.doc, "An immediate"), positionOf(v.state.doc, "An immediate") + 13));
    same();
  });
});

describe("options", () => {
  it("throws a FactmarkError naming a missing registry", () => {
    expect(() => factmark({ date: "2024-05-04" } as never)).toThrow(/options\.registry is missing; expected a Registry/);
  });

  it("throws a FactmarkError naming a date that is not YYYY-MM-DD", () => {
    expect(() => factmark({ registry: gazaRegistry(), date: "4 May 2024" })).toThrow(/options\.date is "4 May 2024"; expected a date YYYY-MM-DD/);
  });

  it("turns rules off through the rules option", () => {
    const v = view(docOf(["Over 34,000 Palestinians have been killed."]), { rules: { "unsourced-figure": "off" } });
    expect(findingsOf(v.state)).toEqual([]);
  });

  it("calls onFindings when the view starts and when the findings change", () => {
    const onFindings = vi.fn();
    const v = view(docOf(["Quiet."]), { onFindings });
    expect(onFindings).toHaveBeenCalledTimes(1);
    expect(onFindings.mock.calls[0]![0]).toEqual([]);
    typeText(v, " Over 34,000 Palestinians were killed.", v.state.doc.content.size - 1);
    const last = onFindings.mock.calls.at(-1)!;
    expect(last[0].map((f: { ruleId: string }) => f.ruleId)).toEqual(["unsourced-figure"]);
    // The state of the last change of findings: the keystrokes after it left them as they were.
    expect(findingsOf(last[1])).toBe(findingsOf(v.state));
    const calls = onFindings.mock.calls.length;
    v.dispatch(v.state.tr.setSelection(TextSelection.create(v.state.doc, 1)));
    expect(onFindings.mock.calls.length).toBe(calls);
  });

  it("calls onFindings when only a dismissed finding moved", () => {
    const onFindings = vi.fn();
    const v = view(docOf(["Talks resumed.", "Over 34,000 Palestinians have been killed."]), { onFindings });
    for (const f of [...findingsOf(v.state)]) dismissFinding(f.id, "checked")(v.state, v.dispatch);
    expect(findingsOf(v.state)).toEqual([]);
    const dismissed = factmarkKey.getState(v.state)!.dismissed;
    expect(dismissed.length).toBeGreaterThan(0);
    const calls = onFindings.mock.calls.length;
    typeText(v, " Mediators met", positionOf(v.state.doc, "."));
    expect(factmarkKey.getState(v.state)!.dismissed.map((f) => f.from)).toEqual(dismissed.map((f) => f.from + " Mediators met".length));
    expect(onFindings.mock.calls.length).toBeGreaterThan(calls);
    expect(onFindings.mock.calls.at(-1)![1]).toBe(v.state);
  });

  it("does not call onFindings while typing after every finding leaves them as they were", () => {
    const onFindings = vi.fn();
    const v = view(docOf(["Over 34,000 Palestinians have been killed.", "Talks resumed."]), { onFindings });
    const before = findingsOf(v.state);
    expect(before.map((f) => f.ruleId)).toContain("unsourced-figure");
    const calls = onFindings.mock.calls.length;
    typeText(v, " Mediators met in Cairo on Sunday", v.state.doc.content.size - 1);
    expect(v.state.doc.child(1).textContent).toBe("Talks resumed. Mediators met in Cairo on Sunday");
    expect(findingsOf(v.state)).toBe(before);
    expect(onFindings.mock.calls.length).toBe(calls);
  });
});

describe("cached mentions", () => {
  const sameAsCheck = (state: EditorState, date: string) =>
    expect(withoutIds([...factmarkKey.getState(state)!.findings, ...factmarkKey.getState(state)!.dismissed].sort((a, b) => a.from - b.from || a.to - b.to || a.ruleId.localeCompare(b.ruleId)))).toEqual(
      check(state.doc.toJSON(), { registry: gazaRegistry(), date }),
    );

  it("judges an unchanged figure again when other paragraphs change the story's main place", () => {
    const date = "2024-06-20";
    let state = EditorState.create({ doc: docOf(["The war has killed over 34,000 people, the ministry said."]), plugins: [factmark({ registry: gazaRegistry(), date })] });
    sameAsCheck(state, date);
    const end = state.doc.content.size;
    const westBank = docOf(["In the West Bank, 500 Palestinians have been killed, the ministry said.", "In the West Bank, 480 Palestinians have been killed, officials said."]);
    state = state.apply(state.tr.insert(end, westBank.content));
    sameAsCheck(state, date);
    expect(factmarkKey.getState(state)!.findings.filter((f) => f.from < end).map((f) => f.ruleId)).not.toEqual(["outdated-figure"]);
    state = state.apply(state.tr.delete(end, state.doc.content.size));
    sameAsCheck(state, date);
  });

  it("reports a repeated paragraph as check() does", () => {
    const phase = "The initial phase, lasting 30 days, would free hostages.";
    for (const date of ["2024-05-04", "2024-06-20", "2025-01-20"]) {
      const state = EditorState.create({ doc: docOf([phase, "An immediate six-week ceasefire is proposed.", phase]), plugins: [factmark({ registry: gazaRegistry(), date })] });
      sameAsCheck(state, date);
    }
  });
});

describe("citations split by other marks", () => {
  const docWith = (tail: "link" | "bold") => {
    const link = schema.marks.link!.create({ href: "https://example.org/moh" });
    const strong = schema.marks.strong!.create();
    return schema.node("doc", null, [
      schema.node("paragraph", null, [
        schema.text("Over "),
        schema.text("34,", [link]),
        schema.text("000 Palestinians", tail === "link" ? [link, strong] : [strong]),
        schema.text(" have been killed."),
      ]),
    ]);
  };
  const unsourced = (doc: Node) =>
    factmarkKey
      .getState(EditorState.create({ doc, plugins: [factmark({ registry: gazaRegistry(), date: "2024-05-04" })] }))!
      .findings.filter((f) => f.ruleId === "unsourced-figure")
      .map((f) => f.text);

  it("treats a figure under one link split by bold type as cited, as check() does", () => {
    expect(unsourced(docWith("link"))).toEqual([]);
    expect(check(docWith("link").toJSON(), { registry: gazaRegistry(), date: "2024-05-04" }).filter((f) => f.ruleId === "unsourced-figure")).toEqual([]);
  });

  it("flags a figure only half under a link", () => {
    expect(unsourced(docWith("bold"))).toEqual(["Over 34,000"]);
  });
});
