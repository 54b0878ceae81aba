import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, openEditor, pageErrors, screenshotPath, seriousViolations } from "./harness.js";

const baseUrl = inject("baseUrl");
let browser: Browser;
const pages: Page[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  for (const page of pages) expect(pageErrors(page), "uncaught errors in the page").toEqual([]);
  await browser?.close();
});

const WIDTHS = [
  { width: 360, height: 740 },
  { width: 800, height: 860 },
  { width: 1366, height: 860 },
];

async function open(size: { width: number; height: number }): Promise<Page> {
  const page = await openEditor(browser, baseUrl);
  pages.push(page);
  await page.setViewportSize(size);
  await page.locator(".ProseMirror [data-rule]").first().waitFor();
  return page;
}

/** Moves the pointer onto the first line of the words, as a writer reaching for a flagged phrase would. */
async function hoverWords(page: Page, selector: string): Promise<void> {
  const point = await page.evaluate((selector) => {
    const first = document.querySelector(selector)!.getClientRects()[0]!;
    return { x: first.left + Math.min(8, first.width / 2), y: first.top + first.height / 2 };
  }, selector);
  await page.mouse.move(point.x, point.y);
}

interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** What the test checks of an open card: its box, whether it scrolls inside, and the boxes of what it must show or avoid. */
function measureCard(page: Page, words: string) {
  return page.evaluate((words) => {
    const box = (r: DOMRect) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right });
    const card = document.querySelector<HTMLElement>(".fm-card")!;
    const shown = [...card.querySelectorAll<HTMLElement>(".fm-card-title, .fm-card-message, .fm-card-finding button, .fm-dismiss-reason")].filter((e) => e.offsetParent !== null);
    const spans = [...document.querySelectorAll<HTMLElement>(".ProseMirror .fm-finding")].filter((s) => s.textContent === words);
    return {
      card: box(card.getBoundingClientRect()),
      scrolls: card.scrollHeight > card.clientHeight + 1,
      sections: card.querySelectorAll(".fm-card-finding").length,
      shown: shown.map((e) => ({ text: e.textContent ?? "", kind: e.className, ...box(e.getBoundingClientRect()) })),
      toolbar: box(document.querySelector("#toolbar")!.getBoundingClientRect()),
      words: spans.flatMap((s) => [...s.getClientRects()].map(box)),
      viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
    };
  }, words);
}

const overlaps = (a: Rect, b: Rect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
const inside = (inner: Rect, outer: Rect) => inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5 && inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5;

/** Asserts the card shows every title, message and button whole, inside the window, over neither the toolbar nor the words. */
async function expectWholeCard(page: Page, words: string, findings: number): Promise<void> {
  const m = await measureCard(page, words);
  expect(m.sections).toBe(findings);
  expect(m.scrolls, "the card scrolls inside").toBe(false);
  const windowBox = { top: 0, left: 0, bottom: m.viewport.height, right: m.viewport.width };
  expect(inside(m.card, windowBox), `card ${JSON.stringify(m.card)} inside the window ${JSON.stringify(windowBox)}`).toBe(true);
  for (const element of m.shown) {
    expect(inside(element, m.card), `“${element.text}” inside the card`).toBe(true);
    expect(inside(element, windowBox), `“${element.text}” inside the window`).toBe(true);
  }
  // Every finding's title and message is shown, not only the first one's.
  expect(m.shown.filter((e) => e.kind === "fm-card-title").length).toBe(findings);
  expect(m.shown.filter((e) => e.kind === "fm-card-message").length).toBe(findings);
  expect(m.shown.filter((e) => /fix|Cite|Update|Credit|Change/.test(e.text)).length).toBeGreaterThan(0);
  expect(overlaps(m.card, m.toolbar), `card ${JSON.stringify(m.card)} over the toolbar ${JSON.stringify(m.toolbar)}`).toBe(false);
  expect(m.words.length).toBeGreaterThan(0);
  for (const word of m.words) expect(overlaps(m.card, word), `card over the words ${JSON.stringify(word)}`).toBe(false);
}

/** A story of our own whose figure carries three findings: outdated, unsourced and a party's claim. */
const THREE_FINDINGS_STORY = [
  "---",
  "title: Night on the front",
  "date: 2024-06-20",
  "---",
  "",
  ...[
    "Shelling went on through the night along the eastern front, and families in the villages nearby spent the hours in cellars.",
    "By morning the roads out of the district were full of cars loaded with mattresses, pets and water cans.",
    "Volunteers at a school turned into a shelter handed out bread and blankets until their stocks ran out.",
    "A teacher who stayed behind said the windows of her classroom had been blown in for the second time this spring.",
    "Repair crews worked on the power lines while air raid sirens sounded across the region.",
    "Over 400,000 Russian soldiers have been killed since the invasion began.",
    "Local officials asked people who had left not to come back until the shelling stopped.",
  ].flatMap((paragraph) => [paragraph, ""]),
].join("\n");

interface CardCase {
  /** What the case is called in the test's name. */
  name: string;
  /** The figure's words, as the decoration shows them. */
  words: string;
  /** The rule every decoration of the words carries, to find them. */
  rule: string;
  /** How many findings the card shows on the words. */
  findings: number;
  /** Brings the story with the words into the editor. */
  prepare(page: Page): Promise<void>;
  /** The window sizes the case runs at. */
  sizes: typeof WIDTHS;
}

const CASES: CardCase[] = [
  {
    name: "both findings",
    words: "over 34,000",
    rule: "outdated-figure",
    findings: 2,
    prepare: (page) => page.fill("#doc-date", "2024-06-20"),
    sizes: WIDTHS,
  },
  {
    name: "all three findings",
    words: "Over 400,000",
    rule: "party-claim",
    findings: 3,
    prepare: async (page) => {
      await page.setInputFiles("#file-input", { name: "front.md", mimeType: "text/markdown", buffer: Buffer.from(THREE_FINDINGS_STORY) });
      await page.locator(".ProseMirror p", { hasText: "Shelling went on through the night" }).waitFor();
      await expect.poll(() => page.locator("#doc-date").inputValue()).toBe("2024-06-20");
    },
    // Side by side from 48rem (768 px) up; below that, one under another, compact, under the words
    // scrolled up beneath the toolbar.
    sizes: WIDTHS,
  },
];

describe("the finding card in Chromium at 360, 800 and 1366 px", () => {
  for (const c of CASES) {
    for (const size of c.sizes) {
      it(`shows ${c.name} on “${c.words}” whole at ${size.width} px, with axe clean, and reaches them from the keyboard`, async () => {
        const page = await open(size);
        await c.prepare(page);
        const selector = `.ProseMirror [data-rule="${c.rule}"]`;
        const figure = page.locator(selector, { hasText: c.words });
        await figure.waitFor();
        // The words near the bottom of the window: the card has to find room without covering them or the toolbar.
        await page.evaluate((selector) => {
          const span = document.querySelector<HTMLElement>(selector)!;
          const top = span.getBoundingClientRect().top + window.scrollY;
          window.scrollTo(0, Math.max(0, top - window.innerHeight + 80));
        }, selector);
        await hoverWords(page, selector);
        const card = page.locator(".fm-card");
        await card.waitFor({ state: "visible" });
        await page.waitForTimeout(50);
        await expectWholeCard(page, c.words, c.findings);
        await page.screenshot({ path: screenshotPath(c.findings === 2 ? `editor-card-${size.width}.png` : `editor-card-${c.findings}-findings-${size.width}.png`) });
        expect(await seriousViolations(page)).toEqual([]);

        // From the keyboard: Alt-Enter in the words, focus on the first control, Tab through every group in order, Escape back.
        await page.mouse.move(0, 0);
        await card.waitFor({ state: "hidden" });
        await figure.click();
        await page.locator('.finding-item[aria-current="true"]', { hasText: c.words }).first().waitFor();
        await page.keyboard.press("Alt+Enter");
        await card.waitFor({ state: "visible" });
        await expectWholeCard(page, c.words, c.findings);
        const controls = await card.locator("button:visible, input:visible, a:visible").count();
        const order: string[] = [];
        for (let i = 0; i < controls; i++) {
          order.push(await page.evaluate(() => {
            const active = document.activeElement as HTMLElement;
            if (!active.closest(".fm-card")) return "outside";
            return `${active.closest<HTMLElement>(".fm-card-finding")?.dataset.rule ?? "card"}:${active.className}`;
          }));
          if (i < controls - 1) await page.keyboard.press("Tab");
        }
        expect(order).not.toContain("outside");
        const groups = order.map((o) => o.split(":")[0]).filter((g) => g !== "card");
        // Each finding's controls in turn, in the order of the sections: never interleaved.
        expect(groups.length).toBeGreaterThanOrEqual(3 * c.findings);
        expect(new Set(groups).size).toBe(c.findings);
        expect(groups.filter((g, i) => i > 0 && g !== groups[i - 1]).length).toBe(c.findings - 1);
        const sections = await card.locator(".fm-card-finding").evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.rule));
        expect([...new Set(groups)]).toEqual(sections);
        await page.keyboard.press("Escape");
        await card.waitFor({ state: "hidden" });
        await expect(page.evaluate(() => document.activeElement?.classList.contains("ProseMirror"))).resolves.toBe(true);
      });
    }
  }

  it("offers the misattributed claim's rewrite crediting the real speaker, with the statements behind Show evidence", async () => {
    const page = await open({ width: 800, height: 860 });
    const words = page.locator('.ProseMirror [data-rule="misattributed-claim"]').first();
    await words.scrollIntoViewIfNeeded();
    await hoverWords(page, '.ProseMirror [data-rule="misattributed-claim"]');
    const card = page.locator(".fm-card");
    await card.waitFor({ state: "visible" });
    const text = (await words.textContent())!;
    await expectWholeCard(page, text, 1);
    const fixes = await card.locator("button[data-fix-index]").allTextContents();
    expect(fixes).toEqual(["Credit the World Food Programme's executive director, Cindy McCain (3 May 2024)", "Credit the Integrated Food Security Phase Classification (18 March 2024)"]);
    const list = card.locator(".fm-evidence-list");
    await expect(list.isHidden()).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath("editor-card-misattributed.png") });
    await card.locator("button.fm-evidence-toggle").click();
    await expect(list.isVisible()).resolves.toBe(true);
    await expect(list.textContent()).resolves.toContain("Cindy McCain");
    await expect(card.locator("button.fm-evidence-toggle").getAttribute("aria-expanded")).resolves.toBe("true");
    expect(await seriousViolations(page)).toEqual([]);
    await card.locator('button[data-fix-index="0"]').click();
    await page.locator(".ProseMirror", { hasText: "The World Food Programme's executive director, Cindy McCain, said on 3 May 2024 that there is a “full-blown famine” in the region" }).waitFor();
    await expect(page.locator('.ProseMirror [data-rule="misattributed-claim"]').count()).resolves.toBe(0);
  });

  it("draws one marker after words with two findings, and never wraps a marker away from its word", async () => {
    for (const size of WIDTHS.slice(0, 2)) {
      const page = await open(size);
      await page.fill("#doc-date", "2024-06-20");
      await page.locator('.ProseMirror [data-rule="outdated-figure"]').first().waitFor();
      const result = await page.evaluate(() => {
        const markers = [...document.querySelectorAll<HTMLElement>(".ProseMirror .fm-marker")];
        const ends = new Set<Element>();
        const apart: string[] = [];
        for (const marker of markers) {
          let words = marker.previousElementSibling as HTMLElement | null;
          if (!words || !words.classList.contains("fm-finding")) {
            apart.push(`marker not after a finding: ${marker.outerHTML}`);
            continue;
          }
          ends.add(words);
          // The marker's line is the line of the words' last fragment.
          const rects = [...words.getClientRects()];
          const last = rects[rects.length - 1]!;
          const icon = marker.getBoundingClientRect();
          if (icon.top >= last.bottom || icon.bottom <= last.top || icon.left < last.right - 1) apart.push(`“${words.textContent}” at ${JSON.stringify(last)}, icon at ${JSON.stringify(icon)}`);
        }
        const figure = [...document.querySelectorAll<HTMLElement>(".ProseMirror .fm-finding")].filter((s) => s.textContent === "over 34,000");
        let outer = figure[0]!;
        while (outer.parentElement?.classList.contains("fm-finding")) outer = outer.parentElement;
        let count = 0;
        for (let next = outer.nextSibling; next && next instanceof HTMLElement && next.classList.contains("fm-marker"); next = next.nextSibling) count++;
        return { markers: markers.length, apart, twoOnFigure: figure.length, markersAfterFigure: count, icon: getComputedStyle(markers[0]!, "::before").content };
      });
      expect(result.apart).toEqual([]);
      expect(result.markers).toBeGreaterThan(3);
      expect(result.twoOnFigure).toBe(2);
      expect(result.markersAfterFigure).toBe(1);
      expect(result.icon).toMatch(/⁠/);
    }
  });
});
