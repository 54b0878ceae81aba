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

async function open(size = { width: 1366, height: 860 }): Promise<Page> {
  const page = await openEditor(browser, baseUrl);
  pages.push(page);
  await page.setViewportSize(size);
  await page.locator(".ProseMirror [data-rule]").first().waitFor();
  return page;
}

const box = (page: Page, selector: string) => page.locator(selector).first().evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);

describe("the chart beside the figure", () => {
  it("zooms to the figure and the document date, bands the range the words allow, and shows the whole series on request", async () => {
    const page = await open();
    await page.fill("#doc-date", "2024-06-20");
    await page.locator('.finding-item[data-rule="outdated-figure"]').click();
    await page.locator("#chart canvas").first().waitFor();
    const canvas = page.locator("#chart-canvas");
    // Zoomed: the y-axis does not start at zero, and the dates span weeks, not the war.
    const zoomed = { from: await canvas.getAttribute("data-from"), to: await canvas.getAttribute("data-to"), yMin: Number(await canvas.getAttribute("data-y-min")), yMax: Number(await canvas.getAttribute("data-y-max")) };
    expect(zoomed.yMin).toBeGreaterThan(30_000);
    expect(zoomed.yMax).toBeGreaterThan(37_431);
    expect(zoomed.yMax).toBeLessThan(40_000);
    expect(zoomed.from! > "2024-04-01").toBe(true);
    expect(zoomed.to! <= "2024-07-01").toBe(true);
    const key = await page.locator(".chart-key li").allTextContents();
    expect(key).toContain("What the story's words allow: 34,000–35,000");
    expect(key).toContain("Reported after the document date");
    await expect(page.locator("#chart-caption").textContent()).resolves.toContain("The story says “over 34,000”, which allows 34,000 to 35,000.");
    // Beside the paragraph: the chart and the figure are both in the window, the chart to the right of the story.
    const chart = await box(page, "#chart-panel");
    const figure = await box(page, '.ProseMirror [data-rule="outdated-figure"]');
    const article = await box(page, "#article");
    const viewport = page.viewportSize()!;
    expect(figure.top >= 0 && figure.bottom <= viewport.height, `figure ${JSON.stringify(figure)}`).toBe(true);
    expect(chart.top >= 0 && chart.top < viewport.height && chart.bottom <= viewport.height, `chart ${JSON.stringify(chart)}`).toBe(true);
    expect(chart.left).toBeGreaterThanOrEqual(article.right);
    await page.locator(".chart-panel").screenshot({ path: screenshotPath("editor-chart-zoomed.png") });
    expect(await seriousViolations(page)).toEqual([]);

    const whole = page.locator("#chart-whole");
    await expect(whole.getAttribute("aria-pressed")).resolves.toBe("false");
    await whole.click();
    await expect(whole.getAttribute("aria-pressed")).resolves.toBe("true");
    await page.locator('#chart-canvas[data-y-min="0"]').waitFor();
    expect((await canvas.getAttribute("data-from"))! < "2023-10-15").toBe(true);
    await page.locator(".chart-panel").screenshot({ path: screenshotPath("editor-chart-whole.png") });
    await whole.click();
    await page.locator('#chart-canvas:not([data-y-min="0"])').waitFor();
  });
});

describe("the writing flow", () => {
  it("asks before New replaces a story with unsaved changes, and keeps it on Cancel", async () => {
    const page = await open();
    // The founding article as it opened: New replaces it without asking.
    await page.click("#file-new");
    await expect(page.locator(".ProseMirror").innerText().then((t) => t.trim())).resolves.toBe("");
    await page.click(".ProseMirror");
    await page.keyboard.type("The war has killed over 34,000 Palestinians.");
    const messages: string[] = [];
    page.once("dialog", (dialog) => {
      messages.push(dialog.message());
      void dialog.dismiss();
    });
    await page.click("#file-new");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("not saved to a file");
    await expect(page.locator(".ProseMirror").innerText()).resolves.toBe("The war has killed over 34,000 Palestinians.");
    await expect(page.locator("#status").textContent()).resolves.toBe("Kept the open story. Save it to a file before starting another.");
    // Saved to a file, it is safe: New no longer asks.
    await Promise.all([page.waitForEvent("download"), page.click("#file-save-md")]);
    let asked = false;
    const unexpected = (dialog: import("playwright-core").Dialog) => {
      asked = true;
      void dialog.dismiss();
    };
    page.on("dialog", unexpected);
    await page.click("#file-new");
    page.off("dialog", unexpected);
    expect(asked).toBe(false);
    await expect(page.locator(".ProseMirror").innerText().then((t) => t.trim())).resolves.toBe("");
    // A change after the save asks again; OK replaces the story.
    await page.click(".ProseMirror");
    await page.keyboard.type("Talks resumed.");
    page.once("dialog", (dialog) => void dialog.accept());
    await page.click("#file-new");
    await expect(page.locator(".ProseMirror").innerText().then((t) => t.trim())).resolves.toBe("");
  });

  it("draws the citation marker without a font glyph and links the citation to the source's page", async () => {
    const page = await open();
    const card = page.locator(".fm-card");
    const words = page.locator('.ProseMirror [data-rule="unsourced-figure"]', { hasText: "over 34,000" });
    await words.scrollIntoViewIfNeeded();
    const first = await words.evaluate((e) => {
      const r = e.getClientRects()[0]!;
      return { x: r.left + 4, y: r.top + r.height / 2 };
    });
    await page.mouse.move(first.x, first.y);
    await card.waitFor({ state: "visible" });
    await card.locator('button[data-fix-index="0"]').click();
    const cite = page.locator('.ProseMirror cite[data-citation][data-source-id="gaza-moh"]');
    await cite.waitFor();
    const url = await cite.getAttribute("data-url");
    expect(url).toMatch(/^https:\/\//);
    expect(url).not.toMatch(/\/api\/|\.json$/);
    const marker = await cite.evaluate((e) => {
      const style = getComputedStyle(e, "::after");
      return { content: style.content, mask: style.maskImage || style.webkitMaskImage, width: style.width };
    });
    expect(marker.content).toBe('""');
    expect(marker.mask).toContain("svg");
    expect(marker.width).not.toBe("0px");
  });

  it("says why Cite a source is disabled, and shows the story's date in words beside the date input", async () => {
    const page = await open();
    await page.click(".ProseMirror p >> nth=0");
    const cite = page.locator('[data-command="cite"]');
    await page.locator('[data-command="cite"][disabled]').waitFor();
    const hint = page.locator("#cite-hint");
    await expect(hint.isVisible()).resolves.toBe(true);
    await expect(hint.textContent()).resolves.toBe("Select the words to cite");
    await expect(cite.getAttribute("aria-describedby")).resolves.toBe("cite-hint");
    await page.keyboard.press("Shift+End");
    await page.locator('[data-command="cite"]:not([disabled])').waitFor();
    await expect(hint.isHidden()).resolves.toBe(true);

    await expect(page.locator("#doc-date-text").textContent()).resolves.toBe("4 May 2024");
    await page.fill("#doc-date", "2024-06-20");
    await expect(page.locator("#doc-date-text").textContent()).resolves.toBe("20 June 2024");
    await expect(page.locator("#doc-date").getAttribute("aria-describedby")).resolves.toBe("doc-date-text");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("keeps the sidebar in view as the story scrolls, and scrolls the current finding into it", async () => {
    const page = await open({ width: 1366, height: 700 });
    // Well down the story, short of the page's foot.
    await page.evaluate(() => {
      const article = document.querySelector("#article")!;
      window.scrollTo(0, article.getBoundingClientRect().bottom + window.scrollY - window.innerHeight);
    });
    const sidebar = await box(page, ".sidebar");
    const toolbar = await box(page, "#toolbar");
    expect(sidebar.top).toBeGreaterThanOrEqual(toolbar.bottom);
    expect(sidebar.top).toBeLessThan(200);
    // The last finding of the story, chosen in the text: its entry in the list comes into view.
    const last = page.locator(".ProseMirror [data-rule]").last();
    await last.scrollIntoViewIfNeeded();
    await last.click();
    const id = await last.getAttribute("data-finding-id");
    const item = page.locator(`.finding-item[data-finding-id="${id}"]`);
    await page.locator(`.finding-item[data-finding-id="${id}"][aria-current="true"]`).waitFor();
    const list = await box(page, "#findings");
    const entry = await item.evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
    expect(entry.top).toBeGreaterThanOrEqual(list.top - 1);
    expect(entry.bottom).toBeLessThanOrEqual(list.bottom + 1);
    const scrolled = await page.locator("#findings").evaluate((e) => ({ scrolls: e.scrollHeight > e.clientHeight }));
    expect(scrolled.scrolls).toBe(true);
  });
});
