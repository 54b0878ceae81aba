import { mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { RuleId } from "@factmark/core";
import axe from "axe-core";
import { type Browser, type Page, chromium } from "playwright-core";

/** The repository's docs/ folder, where the screenshots go. */
export const docsDir = fileURLToPath(new URL("../../../../docs/", import.meta.url));

/** A TCP port nothing listens on right now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Polls `url` until it answers 200, or throws after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
      last = `status ${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${last})`);
}

/** Launches Debian's Chromium (or `CHROMIUM_PATH`) headless, with no browser download. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Opens the editor in a fresh page (empty storage) and waits for its first findings. */
export async function openEditor(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(url);
  await page.locator(".ProseMirror").waitFor();
  return page;
}

/** The uncaught errors the page has thrown so far. */
export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

/**
 * The rule, severity and text of every finding decoration, in document order, then by rule. A
 * decoration is an element with `data-rule` and `data-severity`; its rules are its `data-rule`
 * and its `fm-<rule>` classes, because ProseMirror draws two findings over the same text as one
 * element when their decorations can merge (the classes add up, `data-rule` keeps one value).
 */
export function decorations(page: Page): Promise<{ rule: string; severity: string; text: string }[]> {
  return page.$$eval(
    ".ProseMirror [data-rule]",
    (nodes, ruleIds) =>
      nodes.flatMap((node) => {
        const rules = new Set([node.getAttribute("data-rule") ?? "", ...ruleIds.filter((rule) => node.classList.contains(`fm-${rule}`))]);
        return [...rules].sort().map((rule) => ({ rule, severity: node.getAttribute("data-severity") ?? "", text: node.textContent ?? "" }));
      }),
    RuleId.options,
  );
}

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<{ id: string; impact: string; help: string; targets: string[] }[]> {
  await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ["violations"] }));
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({ id: violation.id, impact: violation.impact ?? "", help: violation.help, targets: violation.nodes.map((node) => node.target.join(" ")) }));
}

/** Makes sure docs/ exists and returns the path of a screenshot in it. */
export function screenshotPath(name: string): string {
  mkdirSync(docsDir, { recursive: true });
  return `${docsDir}${name}`;
}
