import type { Registry, RuleId } from "@factmark/core";
import { defaultRegistry as ukraineRegistry } from "@factmark/dataset-ukraine";
import type { EditorView } from "prosemirror-view";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { applyFix, fixesOf, labels } from "../src/index.js";
import { cleanUp, docOf, findingsOf, gazaRegistry, makeView } from "./helpers.js";
import { loadCard } from "../src/view.js";

const views: EditorView[] = [];
afterEach(() => cleanUp(views));

// jsdom has no layout: ProseMirror asks ranges for rectangles to scroll a fix into view.
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

/** A story that sets off `rule` on its date, and what one click on its fix leaves in the text. */
interface Case {
  rule: RuleId;
  text: string;
  date: string;
  /** Each fix's label and the paragraph after applying it alone; none when there is honestly no fix. */
  fixes: { label: string | RegExp; after: string | RegExp; keeps?: true }[];
  /** The registry the story is checked against, when not the Gaza dataset's. */
  registry?: () => Registry;
}

const CASES: Case[] = [
  {
    rule: "unsourced-figure",
    text: "The war has killed over 34,000 Palestinians.",
    date: "2024-05-04",
    fixes: [{ label: "Cite Gaza Ministry of Health (4 May 2024)", after: "The war has killed over 34,000 Palestinians." }],
  },
  {
    rule: "outdated-figure",
    text: "Officials in the Gaza Ministry of Health said over 34,000 people had been killed.",
    date: "2024-06-20",
    fixes: [
      { label: "Update to “over 37,000” (Gaza Ministry of Health, 20 June 2024)", after: "Officials in the Gaza Ministry of Health said over 37,000 people had been killed." },
      // Citing the newer report leaves the figure outdated: that finding stays until the figure changes.
      { label: "Cite Gaza Ministry of Health (20 June 2024)", after: "Officials in the Gaza Ministry of Health said over 34,000 people had been killed.", keeps: true },
    ],
  },
  {
    rule: "figure-mismatch",
    text: "The Gaza Ministry of Health said over 40,000 people had been killed in Gaza.",
    date: "2024-07-10",
    fixes: [
      { label: "Update to “over 38,000” (Gaza Ministry of Health, 10 July 2024)", after: "The Gaza Ministry of Health said over 38,000 people had been killed in Gaza." },
      { label: "Cite Gaza Ministry of Health (10 July 2024)", after: "The Gaza Ministry of Health said over 40,000 people had been killed in Gaza.", keeps: true },
    ],
  },
  {
    rule: "inconsistent-duration",
    text: "Israel offered an immediate six-week ceasefire. The initial phase, lasting 40 days, would see hostages freed, according to Egyptian mediators.",
    date: "2024-05-04",
    fixes: [],
  },
  {
    rule: "inconsistent-elapsed-time",
    text: "The nearly seven-month-long war has devastated Gaza.",
    date: "2024-06-20",
    fixes: [{ label: "Change to “nearly nine-month-long”", after: "The nearly nine-month-long war has devastated Gaza." }],
  },
  {
    rule: "phase-count-mismatch",
    text: "Egyptian mediators said on May 4, 2024, that the Gaza deal was a two-stage process.",
    date: "2024-05-04",
    fixes: [{ label: "Change to “three-stage”", after: "Egyptian mediators said on May 4, 2024, that the Gaza deal was a three-stage process." }],
  },
  { rule: "unattributed-position", text: "Hamas has accepted the proposal.", date: "2024-05-04", fixes: [] },
  { rule: "anonymous-source", text: "The talks stalled, a senior official said.", date: "2024-05-04", fixes: [] },
  {
    rule: "misattributed-claim",
    // In Gaza: a story that names no registered conflict is judged against none of its positions.
    text: "The United Nations has declared a “full-blown famine” in Gaza.",
    date: "2024-05-04",
    fixes: [
      {
        label: "Credit the World Food Programme's executive director, Cindy McCain (3 May 2024)",
        after: "The World Food Programme's executive director, Cindy McCain, said on 3 May 2024 that there is a “full-blown famine” in Gaza.",
      },
      {
        label: "Credit the Integrated Food Security Phase Classification (18 March 2024)",
        after: /^The Integrated Food Security Phase Classification projected on 18 March 2024 famine in northern Gaza and Gaza City\.$/,
      },
    ],
  },
  { rule: "outdated-position", text: "The IPC has warned that famine is imminent in northern Gaza.", date: "2024-07-10", fixes: [] },
  // Past the end of the data there is nothing to rewrite the figure to.
  { rule: "beyond-data", text: "More than 75,000 Palestinians have been killed in Gaza, the health ministry said.", date: "2027-06-01", fixes: [] },
  // A party's claim, attributed: what to add is context, not a figure.
  { rule: "party-claim", text: "Russia has lost more than 900,000 troops, Ukraine's General Staff said.", date: "2025-03-25", fixes: [], registry: ukraineRegistry },
];

function findingOf(view: EditorView, rule: RuleId) {
  return findingsOf(view.state).find((f) => f.ruleId === rule);
}

function hasCitation(view: EditorView): boolean {
  let found = false;
  view.state.doc.descendants((node) => {
    if (node.marks.some((mark) => mark.type.name === "citation")) found = true;
  });
  return found;
}

describe("every rule has a fix or a next step", () => {
  it("covers each rule once", () => {
    expect(CASES.map((c) => c.rule).sort()).toEqual(Object.keys(labels.rules).sort());
  });

  for (const c of CASES) {
    if (c.fixes.length === 0) {
      it(`${c.rule}: offers no fix, and the card says what to check and where`, () => {
        const view = makeView(docOf([c.text]), { date: c.date, ...(c.registry ? { registry: c.registry() } : {}) });
        views.push(view);
        const finding = findingOf(view, c.rule);
        expect(finding, `${c.rule} on “${c.text}”`).toBeDefined();
        expect(fixesOf(finding!, (c.registry ?? gazaRegistry)())).toEqual([]);
        view.dom.querySelector<HTMLElement>(`[data-finding-id="${finding!.id}"]`)!.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
        const section = view.dom.parentElement!.querySelector<HTMLElement>(`.fm-card-finding[data-finding-id="${finding!.id}"]`)!;
        expect(section.querySelector(".fm-next-step")?.textContent).toBe(`${labels.nextStepHeading}: ${labels.nextSteps[c.rule]}`);
        expect(section.querySelectorAll("button[data-fix-index]")).toHaveLength(0);
      });
      continue;
    }
    c.fixes.forEach((fix, index) => {
      it(`${c.rule}: fix ${index + 1} (${String(fix.label)}) rewrites the text or cites it, and the re-check ${fix.keeps ? "keeps" : "clears"} the finding`, () => {
        const view = makeView(docOf([c.text]), { date: c.date, ...(c.registry ? { registry: c.registry() } : {}) });
        views.push(view);
        const finding = findingOf(view, c.rule);
        expect(finding, `${c.rule} on “${c.text}”`).toBeDefined();
        const fixes = fixesOf(finding!, gazaRegistry());
        expect(fixes.map((f) => f.label)).toHaveLength(c.fixes.length);
        if (typeof fix.label === "string") expect(fixes[index]!.label).toBe(fix.label);
        else expect(fixes[index]!.label).toMatch(fix.label);
        // The card offers the same buttons as fixesOf.
        view.dom.querySelector<HTMLElement>(`[data-finding-id="${finding!.id}"]`)!.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
        const section = view.dom.parentElement!.querySelector<HTMLElement>(`.fm-card-finding[data-finding-id="${finding!.id}"]`)!;
        expect([...section.querySelectorAll("button[data-fix-index]")].map((b) => b.textContent)).toEqual(fixes.map((f) => f.label));
        expect(section.querySelector(".fm-next-step")).toBeNull();

        expect(applyFix(finding!.id, index)(view.state, view.dispatch, view)).toBe(true);
        const text = view.state.doc.textContent;
        if (typeof fix.after === "string") expect(text).toBe(fix.after);
        else expect(text).toMatch(fix.after);
        if (fix.keeps) {
          expect(findingOf(view, c.rule), `${c.rule} after “${text}”`).toBeDefined();
          expect(hasCitation(view)).toBe(true);
        } else expect(findingOf(view, c.rule), `${c.rule} after “${text}”`).toBeUndefined();
      });
    });
  }

  it("links an attached citation to the source's page a reader can open, not to the dataset's API", () => {
    const view = makeView(docOf(["The war has killed over 34,000 Palestinians."]), { date: "2024-05-04" });
    views.push(view);
    const finding = findingOf(view, "unsourced-figure")!;
    const cite = finding.fixes[0]!;
    expect(cite.kind === "cite" && cite.citation.url).toMatch(/\/api\/.*\.json$/);
    applyFix(finding.id, 0)(view.state, view.dispatch, view);
    const marks: string[] = [];
    view.state.doc.descendants((node) => {
      for (const mark of node.marks) if (mark.type.name === "citation") marks.push(String(mark.attrs.url));
    });
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set([gazaRegistry().source("gaza-moh")!.url]));
  });
});
