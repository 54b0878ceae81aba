import { readFileSync } from "node:fs";
import { check } from "@factmark/core";
import { defaultRegistry } from "@factmark/dataset-gaza";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { foundingArticlePath } from "../founding-article.js";
import { decorations, launchChromium, openEditor, pageErrors, screenshotPath, seriousViolations } from "./harness.js";

const baseUrl = inject("baseUrl");
const article = readFileSync(foundingArticlePath(), "utf8");
const body = article.replace(/^---\n[\s\S]*?\n---\n/, "").trim();
const paragraphs = body.split(/\n\n+/);
const registry = defaultRegistry();

/** What the checker finds in `text` as of `date`: the rule and text of each finding, in order. */
function expected(text: string, date: string, format: "markdown" | "text"): { rule: string; text: string }[] {
  return check(text, { registry, date, format })
    .sort((a, b) => a.from - b.from || a.ruleId.localeCompare(b.ruleId))
    .map((finding) => ({ rule: finding.ruleId, text: finding.text }));
}

let browser: Browser;
const pages: Page[] = [];

async function open(): Promise<Page> {
  const page = await openEditor(browser, baseUrl);
  pages.push(page);
  await page.locator(".ProseMirror [data-rule]").first().waitFor();
  // The findings list loads right after the first findings are drawn in the text.
  await page.locator(".finding-item").first().waitFor();
  return page;
}

/** Hovers the decoration of `rule` over `text` and waits for the hover card. */
async function hoverFinding(page: Page, rule: string, text: string) {
  await page.locator(`.ProseMirror [data-rule="${rule}"]`, { hasText: text }).first().hover();
  const card = page.locator(".fm-card");
  await card.waitFor({ state: "visible" });
  return card;
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  for (const page of pages) expect(pageErrors(page), "uncaught errors in the page").toEqual([]);
  await browser?.close();
});

describe("the editor in Chromium", () => {
  it("opens on the founding article and decorates every finding with data-rule and data-severity, grouped in the sidebar", async () => {
    const page = await open();
    await expect(page.locator("#doc-date").inputValue()).resolves.toBe("2024-05-04");
    await expect(page.locator("#doc-title").inputValue()).resolves.toBe("Ceasefire Talks: Progress Made in Cairo as Israel Doubles Down on Rafah Invasion");
    const found = await decorations(page);
    const want = expected(article, "2024-05-04", "markdown");
    expect(want.length).toBeGreaterThan(0);
    expect(found.map(({ rule, text }) => ({ rule, text }))).toEqual(want);
    expect(found.every((d) => ["error", "warning", "info"].includes(d.severity))).toBe(true);
    // The sidebar: one group per rule with its count, a button per finding.
    const groups = await page.$$eval(".finding-group", (nodes) => nodes.map((n) => [n.getAttribute("data-rule"), n.querySelector("h3 .count")?.textContent]));
    const counts = new Map<string, number>();
    for (const { rule } of want) counts.set(rule, (counts.get(rule) ?? 0) + 1);
    expect(new Map(groups.map(([rule, count]) => [rule!, Number(count)]))).toEqual(counts);
    await expect(page.locator("#findings-heading .count").textContent()).resolves.toBe(String(want.length));
    await expect(page.locator("#registry-status").getAttribute("data-registry")).resolves.toBe("bundled");
    // The hover card near the top of the story, for the screenshot of the editor with findings.
    await hoverFinding(page, "unsourced-figure", "over a million");
    await page.screenshot({ path: screenshotPath("editor-findings.png") });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("flags the figures of the first two paragraphs typed character by character into an empty editor", async () => {
    const page = await open();
    await page.click("#file-new");
    await page.fill("#doc-date", "2024-05-04");
    await expect(page.locator(".ProseMirror [data-rule]").count()).resolves.toBe(0);
    await page.click(".ProseMirror");
    await page.keyboard.type(paragraphs[0]!, { delay: 0 });
    await page.keyboard.press("Enter");
    await page.keyboard.type(paragraphs[1]!, { delay: 0 });
    await expect(page.locator(".ProseMirror p").count()).resolves.toBe(2);
    await expect(page.locator(".ProseMirror").innerText()).resolves.toBe(`${paragraphs[0]}\n\n${paragraphs[1]}`);
    const want = expected(`${paragraphs[0]}\n\n${paragraphs[1]}`, "2024-05-04", "text");
    expect(want).toContainEqual({ rule: "unsourced-figure", text: "over a million" });
    await page.locator('.ProseMirror [data-rule="unsourced-figure"]', { hasText: "over a million" }).waitFor();
    expect((await decorations(page)).map(({ rule, text }) => ({ rule, text }))).toEqual(want);
  });

  it("shows the story's conflict beside its date, and another conflict once the story is about it", async () => {
    const page = await open();
    const conflict = page.locator("#doc-conflict");
    await expect(conflict.getAttribute("data-conflict")).resolves.toBe("israel-gaza-war");
    await expect(conflict.textContent()).resolves.toMatch(/^About .+, since 7 October 2023$/);
    await page.click("#file-new");
    await page.fill("#doc-date", "2025-02-15");
    await page.click(".ProseMirror");
    await page.keyboard.type("More than 11,000 civilians have been killed in Ukraine since the invasion, UN monitors said.", { delay: 0 });
    await page.locator('#doc-conflict[data-conflict="russia-ukraine-war"]').waitFor();
    await expect(conflict.textContent()).resolves.toBe("About Russia's war in Ukraine, since 24 February 2022");
    // The same story dated before that war began is about no registered conflict.
    await page.fill("#doc-date", "2021-06-01");
    await page.locator("#doc-date").dispatchEvent("change");
    await page.locator('#doc-conflict[data-conflict=""]').waitFor();
    await expect(conflict.textContent()).resolves.toBe("No registered conflict named");
  });

  it("opens the hover card on a finding and applies its fix, and reaches the card from the keyboard", async () => {
    const page = await open();
    const card = await hoverFinding(page, "unsourced-figure", "over 34,000");
    await expect(card.locator(".fm-card-message").textContent()).resolves.toContain("over 34,000");
    const fix = card.locator('button[data-fix-index="0"]');
    await expect(fix.textContent()).resolves.toContain("Gaza Ministry of Health");
    await fix.click();
    await page.locator('.ProseMirror cite[data-citation][data-source-id="gaza-moh"]', { hasText: "over 34,000" }).waitFor();
    await expect(page.locator('.ProseMirror [data-rule="unsourced-figure"]', { hasText: "over 34,000" }).count()).resolves.toBe(0);
    // Undo brings the finding back.
    await page.click(".ProseMirror p >> nth=0");
    await page.keyboard.press("Control+z");
    await page.locator('.ProseMirror [data-rule="unsourced-figure"]', { hasText: "over 34,000" }).waitFor();

    // From the keyboard: put the cursor in the figure, Alt-Enter opens the card with focus in it, Escape returns to the text.
    await page.locator('.ProseMirror [data-rule="unsourced-figure"]', { hasText: "over a million" }).click();
    // The editor reads a click's selection from the browser's selectionchange event, which comes
    // after the click: wait until the sidebar marks the finding under the cursor as current.
    await page.locator('.finding-item[aria-current="true"]', { hasText: "over a million" }).waitFor();
    await page.keyboard.press("Alt+Enter");
    await card.waitFor({ state: "visible" });
    await expect(page.evaluate(() => Boolean(document.activeElement?.closest(".fm-card")))).resolves.toBe(true);
    await expect(card.locator(".fm-card-message").textContent()).resolves.toContain("over a million");
    await page.keyboard.press("Escape");
    await card.waitFor({ state: "hidden" });
    await expect(page.evaluate(() => document.activeElement?.classList.contains("ProseMirror"))).resolves.toBe(true);
  });

  it("keeps a dismissal, stored in the document, after a reload", async () => {
    const page = await open();
    const card = await hoverFinding(page, "unsourced-figure", "over a million");
    await card.locator("input.fm-dismiss-reason").fill("The UN figure is in the next paragraph");
    await card.locator("button.fm-dismiss").click();
    await page.locator('.ProseMirror span[data-factmark-dismissed="unsourced-figure"]', { hasText: "over a million" }).waitFor();
    await expect(page.locator('.ProseMirror [data-rule="unsourced-figure"]', { hasText: "over a million" }).count()).resolves.toBe(0);
    await page.reload();
    await page.locator(".ProseMirror [data-rule]").first().waitFor();
    await expect(page.locator("#status").textContent()).resolves.toBe("Restored your draft from this browser.");
    await expect(page.locator('.ProseMirror span[data-factmark-dismissed="unsourced-figure"]').getAttribute("data-reason")).resolves.toBe("The UN figure is in the next paragraph");
    await expect(page.locator('.ProseMirror [data-rule="unsourced-figure"]', { hasText: "over a million" }).count()).resolves.toBe(0);
    await expect(page.locator('.ProseMirror [data-rule="unsourced-figure"]', { hasText: "over 34,000" }).count()).resolves.toBe(1);
    // The sidebar lists the dismissal with its reason; Restore brings the finding back.
    const dismissed = page.locator(".dismissed");
    await dismissed.locator("summary").click();
    await expect(dismissed.locator("li").textContent()).resolves.toBe("“over a million”Unsourced figures: The UN figure is in the next paragraphRestore");
    // Typing before the dismissed words moves them; Restore acts on where they are now.
    await page.locator(".ProseMirror").focus();
    await page.keyboard.press("Control+Home");
    await page.keyboard.type("Update: ");
    await dismissed.locator("button.restore").click();
    await page.locator('.ProseMirror [data-rule="unsourced-figure"]', { hasText: "over a million" }).waitFor();
    await expect(page.locator(".ProseMirror span[data-factmark-dismissed]").count()).resolves.toBe(0);
  });

  it("flags the toll as outdated on 2024-06-20, charts its series and updates it with the fix", async () => {
    const page = await open();
    await expect(page.locator(".ProseMirror .fm-outdated-figure").count()).resolves.toBe(0);
    await page.fill("#doc-date", "2024-06-20");
    // The toll is also unsourced, so two findings cover the same text.
    const outdated = page.locator(".ProseMirror [data-rule][data-severity].fm-outdated-figure");
    await outdated.first().waitFor();
    await expect(outdated.textContent()).resolves.toBe("over 34,000");
    // Spans over the same words nest in an order of ProseMirror's choosing: compare as sets.
    const byTextAndRule = (a: { rule: string; text: string }, b: { rule: string; text: string }) => a.text.localeCompare(b.text) || a.rule.localeCompare(b.rule);
    const drawn = (await decorations(page)).map(({ rule, text }) => ({ rule, text }));
    expect(drawn.sort(byTextAndRule)).toEqual([...expected(article, "2024-06-20", "markdown")].sort(byTextAndRule));
    // The sidebar selects the finding, and the chart of its series appears.
    await page.locator('.finding-item[data-rule="outdated-figure"]').click();
    await expect(page.evaluate(() => window.getSelection()?.toString())).resolves.toBe("over 34,000");
    await page.locator("#chart canvas").first().waitFor();
    await expect(page.locator("#chart-caption").textContent()).resolves.toContain("On the document date, 20 June 2024, the Gaza Ministry of Health count was 37,431");
    await page.locator(".chart-panel").screenshot({ path: screenshotPath("editor-chart.png") });
    expect(await seriousViolations(page)).toEqual([]);
    // The finding's fixes are offered beside it in the sidebar; the update rewrites the figure.
    const update = page.locator('.finding-list li.current .sidebar-fix[data-fix-index="0"]');
    await expect(update.textContent()).resolves.toBe("Update to “over 37,000” (Gaza Ministry of Health, 20 June 2024)");
    await update.click();
    await page.locator(".ProseMirror", { hasText: "with over 37,000 Palestinians killed" }).waitFor();
    await expect(outdated.count()).resolves.toBe(0);
  });

  it("attaches a source found by alias with the source picker", async () => {
    const page = await open();
    await page.locator('.finding-item[data-rule="unsourced-figure"]', { hasText: "over 34,000" }).click();
    await page.click('[data-command="cite"]');
    const picker = page.locator("#source-picker");
    await picker.waitFor({ state: "visible" });
    await expect(page.locator("#source-target").textContent()).resolves.toBe("For “over 34,000”");
    await page.fill("#source-query", "gaza health ministry");
    await expect(page.locator('#source-results [role="option"][aria-selected="true"]').getAttribute("data-source-id")).resolves.toBe("gaza-moh");
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Enter");
    await picker.waitFor({ state: "hidden" });
    const cite = page.locator('.ProseMirror cite[data-citation][data-source-id="gaza-moh"]');
    await expect(cite.textContent()).resolves.toBe("over 34,000");
    await expect(cite.getAttribute("data-date")).resolves.toBe("2024-05-04");
    await expect(page.locator('.ProseMirror [data-rule="unsourced-figure"]', { hasText: "over 34,000" }).count()).resolves.toBe(0);
    // From the card's "Attach a source" button too, with Escape to cancel.
    const card = await hoverFinding(page, "unsourced-figure", "over a million");
    await card.locator("button.fm-attach-source").click();
    await picker.waitFor({ state: "visible" });
    await page.keyboard.press("Escape");
    await picker.waitFor({ state: "hidden" });
  });

  it("moves between findings with F8 and filters the sidebar by severity and rule", async () => {
    const page = await open();
    const items = page.locator(".finding-item");
    const total = await items.count();
    await page.click(".ProseMirror p >> nth=0");
    await page.keyboard.press("F8");
    const first = await page.evaluate(() => window.getSelection()?.toString());
    expect(first).toBeTruthy();
    await expect(page.locator('.finding-item[aria-current="true"] .finding-text').textContent()).resolves.toBe(`“${first}”`);
    await page.keyboard.press("F8");
    expect(await page.evaluate(() => window.getSelection()?.toString())).not.toBe(first);
    // Arrow keys move through the list.
    await items.first().focus();
    await page.keyboard.press("ArrowDown");
    await expect(page.evaluate(() => document.activeElement === document.querySelectorAll(".finding-item")[1])).resolves.toBe(true);
    // Hiding warnings hides them all; hiding one rule hides its group only.
    await page.click('.severity-filter[data-severity="warning"]');
    await expect(page.locator('.severity-filter[data-severity="warning"]').getAttribute("aria-pressed")).resolves.toBe("false");
    await expect(items.count()).resolves.toBe(await page.locator('.finding-item:not([data-severity="warning"])').count());
    await page.click('.severity-filter[data-severity="warning"]');
    await expect(items.count()).resolves.toBe(total);
    await page.locator(".rule-filter summary").click();
    await page.locator('.rule-filters input[value="unsourced-figure"]').uncheck();
    await expect(page.locator('.finding-group[data-rule="unsourced-figure"]').count()).resolves.toBe(0);
    await expect(items.count()).resolves.toBe(total - (await page.locator('.ProseMirror [data-rule="unsourced-figure"]').count()));
  });

  it("opens a Markdown file and an HTML file and saves each back to an equal file", async () => {
    const page = await open();
    const markdown = `---\ntitle: Toll rises\ndate: 2024-06-20\n---\n\nThe war has killed over 34,000 Palestinians, *according to* the <cite data-citation data-source-id="gaza-moh" data-date="2024-05-04">Gaza Health Ministry</cite>.\n\n> A quote with **bold** text.\n\n- one\n- two\n`;
    await page.setInputFiles("#file-input", { name: "toll.md", mimeType: "text/markdown", buffer: Buffer.from(markdown) });
    await page.locator(".ProseMirror blockquote").waitFor();
    await expect(page.locator("#doc-date").inputValue()).resolves.toBe("2024-06-20");
    await expect(page.locator("#doc-title").inputValue()).resolves.toBe("Toll rises");
    await page.locator('.ProseMirror [data-rule="outdated-figure"]').waitFor();
    const [mdDownload] = await Promise.all([page.waitForEvent("download"), page.click("#file-save-md")]);
    expect(mdDownload.suggestedFilename()).toBe("toll-rises.md");
    const savedMarkdown = readFileSync(await mdDownload.path(), "utf8");
    expect(savedMarkdown).toBe(markdown.replace("- one\n- two\n", "* one\n* two\n"));

    const html = `<!doctype html><html><head><title>Cairo</title><meta name="date" content="2024-05-04"></head><body><article><h2>Talks</h2><p>Over <strong>34,000</strong> people <a href="https://example.org/moh">were killed</a>.</p><ol><li><p>first</p></li></ol></article></body></html>`;
    await page.setInputFiles("#file-input", { name: "cairo.html", mimeType: "text/html", buffer: Buffer.from(html) });
    await page.locator(".ProseMirror h2", { hasText: "Talks" }).waitFor();
    await expect(page.locator("#doc-date").inputValue()).resolves.toBe("2024-05-04");
    const [htmlDownload] = await Promise.all([page.waitForEvent("download"), page.click("#file-save-html")]);
    expect(htmlDownload.suggestedFilename()).toBe("cairo.html");
    const savedHtml = readFileSync(await htmlDownload.path(), "utf8");
    expect(savedHtml).toContain('<meta name="date" content="2024-05-04">');
    expect(savedHtml).toContain('<h2>Talks</h2><p>Over <strong>34,000</strong> people <a href="https://example.org/moh">were killed</a>.</p><ol><li><p>first</p></li></ol>');
    // Opening the saved page and saving it again gives the same page.
    await page.setInputFiles("#file-input", { name: "cairo-saved.html", mimeType: "text/html", buffer: Buffer.from(savedHtml) });
    await page.locator("#status", { hasText: "Opened cairo-saved.html." }).waitFor();
    const [again] = await Promise.all([page.waitForEvent("download"), page.click("#file-save-html")]);
    expect(readFileSync(await again.path(), "utf8")).toBe(savedHtml);

    // A file of another kind is refused with a message naming it.
    await page.setInputFiles("#file-input", { name: "notes.docx", mimeType: "application/octet-stream", buffer: Buffer.from("x") });
    await expect(page.locator("#status").textContent()).resolves.toBe('Could not open notes.docx: cannot open "notes.docx": expected a Markdown (.md, .markdown) or HTML (.html, .htm) file');
  });

  it("formats text from the toolbar and the keyboard, links it, and undoes and redoes", async () => {
    const page = await open();
    await page.click("#file-new");
    await page.click(".ProseMirror");
    await page.keyboard.type("Talks resume in Cairo");
    // Select "Cairo" with the keyboard, in one key press, and make it bold with Ctrl-B.
    await page.keyboard.press("Control+Shift+ArrowLeft");
    // The editor reads a keyboard selection from the browser's selectionchange event, which comes
    // after the key: wait until it has (the Cite button is enabled for a selection), as a person
    // would. One key press makes one selection, so the enabled button means all of "Cairo".
    await page.locator('[data-command="cite"]:not([disabled])').waitFor();
    await page.keyboard.press("Control+b");
    await page.locator(".ProseMirror strong", { hasText: "Cairo" }).waitFor();
    await expect(page.locator('[data-command="bold"]').getAttribute("aria-pressed")).resolves.toBe("true");
    // Italic from the toolbar, then a link through the link dialog.
    await page.click('[data-command="italic"]');
    await page.locator(".ProseMirror em", { hasText: "Cairo" }).waitFor();
    await page.keyboard.press("Control+k");
    await page.locator("#link-dialog").waitFor({ state: "visible" });
    await page.fill("#link-url", "not a url");
    await page.keyboard.press("Enter");
    await expect(page.locator("#link-error").textContent()).resolves.toBe("“not a url” is not a web address: use one that starts with https://");
    await page.fill("#link-url", "https://example.org/cairo");
    await page.keyboard.press("Enter");
    await page.locator('.ProseMirror a[href="https://example.org/cairo"]', { hasText: "Cairo" }).waitFor();
    // A heading from the keyboard, then undo and redo from the toolbar.
    await page.keyboard.press("Shift+Control+2");
    await page.locator(".ProseMirror h2").waitFor();
    await page.click('[data-command="undo"]');
    await page.locator(".ProseMirror p", { hasText: "Talks resume in Cairo" }).waitFor();
    await page.click('[data-command="redo"]');
    await page.locator(".ProseMirror h2").waitFor();
    // Markdown shortcuts: "- " starts a bulleted list.
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await page.keyboard.type("- first point");
    await page.locator(".ProseMirror ul li", { hasText: "first point" }).waitFor();
  });
});
