// A newsroom adds a conflict neither bundled dataset knows, only through the service's public
// HTTP API: its places, its parties, the health office that counts its dead, that count's dated
// reports and a truce. The editor, served by that service, must offer that office in the source
// picker for a figure of the new count, and chart a figure of it from the new series.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STORY, STORY_DATE, actors, conflicts, places, reports, series, sources, truce } from "../newsroom-conflict.js";
import { freePort, launchChromium, openEditor, pageErrors, waitForHttp } from "./harness.js";

const editorDist = fileURLToPath(new URL("../../dist/", import.meta.url));
const serverBin = join(dirname(createRequire(import.meta.url).resolve("@factmark/server/package.json")), "bin", "factmark-server.js");

let dir: string;
let server: ChildProcess | undefined;
let serverOutput = "";
let baseUrl: string;
let key: string;
let browser: Browser;
let page: Page;

function serverEnv(port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HOST: "127.0.0.1",
    PORT: String(port),
    FACTMARK_DB: join(dir, "factmark.db"),
    FACTMARK_EDITOR_DIR: editorDist,
    FACTMARK_LOG: "off",
    FACTMARK_RATE_LIMIT: "0",
    FACTMARK_CHECK_THREADS: "1",
    FACTMARK_POLL_MS: "50",
    DATABASE_URL: "",
  };
}

/** Writes `record` to `/v1/<resource>` with the desk's key; throws with the service's answer unless it is 201. */
async function post(resource: string, record: { id: string }): Promise<void> {
  const response = await fetch(new URL(`/v1/${resource}`, baseUrl), { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${key}` }, body: JSON.stringify(record) });
  if (response.status !== 201) throw new Error(`POST /v1/${resource} ${record.id}: ${response.status} ${await response.text()}`);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "factmark-editor-conflict-"));
  const port = await freePort();
  const env = serverEnv(port);
  const created = spawnSync(process.execPath, [serverBin, "keys", "create", "--scope", "write", "--name", "desk"], { env, encoding: "utf8" });
  if (created.status !== 0) throw new Error(`factmark-server keys create failed (${created.status}): ${created.stderr}`);
  key = created.stdout.trim();
  server = spawn(process.execPath, [serverBin, "serve"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  server.stdout?.on("data", (chunk: Buffer) => (serverOutput += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (serverOutput += chunk.toString()));
  baseUrl = `http://127.0.0.1:${port}/`;
  try {
    await waitForHttp(new URL("/healthz", baseUrl).href, 60_000);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${serverOutput}`);
  }
  browser = await launchChromium();
});

afterAll(async () => {
  if (page) expect(pageErrors(page), "uncaught errors in the page").toEqual([]);
  await browser?.close();
  if (server?.pid !== undefined && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    // The negative pid is the process group: the service and its checking threads.
    process.kill(-server.pid, "SIGTERM");
    await exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the editor with a conflict the newsroom added through the service's API", () => {
  it("receives the new conflict's places, parties, source, series, reports and truce while open", async () => {
    page = await openEditor(browser, baseUrl);
    await page.locator('#registry-status[data-registry="service"][data-connection="live"]').waitFor();
    for (const [resource, records] of [["places", places], ["actors", actors], ["conflicts", conflicts], ["sources", sources], ["series", series], ["claims", [...reports, truce]]] as const) {
      for (const record of records) await post(resource, record);
    }
    const registry = await fetch(new URL("/v1/registry", baseUrl));
    const version = registry.headers.get("etag")!.replace(/^W\//, "").replace(/"/g, "");
    await registry.body?.cancel();
    await expect.poll(() => page.locator("#registry-status").textContent(), { timeout: 20_000 }).toBe(`Live registry from the newsroom service (version ${version})`);

    await page.click("#file-new");
    await page.fill("#doc-date", STORY_DATE);
    await page.locator("#doc-date").dispatchEvent("change");
    await page.click(".ProseMirror");
    await page.keyboard.type(STORY[0]!, { delay: 0 });
    await page.keyboard.press("Enter");
    await page.keyboard.type(STORY[1]!, { delay: 0 });
    await page.locator('.finding-item[data-rule="outdated-figure"]', { hasText: "At least 1,200" }).waitFor();
    await page.locator('.finding-item[data-rule="unsourced-figure"]', { hasText: "Some 2,400" }).waitFor();
    await expect(page.locator("#doc-conflict").textContent()).resolves.toBe("About the Veridian coastal war, since 1 March 2031");
  });

  it("offers the new conflict's health office first in the source picker for an unsourced figure of its count, and cites it", async () => {
    await page.locator('.ProseMirror [data-rule="unsourced-figure"]', { hasText: "Some 2,400" }).hover();
    const card = page.locator(".fm-card");
    await card.waitFor({ state: "visible" });
    await card.locator("button.fm-attach-source").click();
    const picker = page.locator("#source-picker");
    await picker.waitFor({ state: "visible" });
    await expect(page.locator("#source-target").textContent()).resolves.toBe("For “Some 2,400”");
    const options = page.locator('#source-results [role="option"]');
    // Before anything is typed: the source whose series counts this figure comes first, and is chosen.
    await expect(options.first().getAttribute("data-source-id")).resolves.toBe("veridia-health-office");
    await expect(page.locator('#source-results [role="option"][aria-selected="true"]').getAttribute("data-source-id")).resolves.toBe("veridia-health-office");
    // A word several sources share: the figure's source still leads the sources it matches.
    await page.fill("#source-query", "health");
    const matched = await options.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-source-id")));
    expect(matched[0]).toBe("veridia-health-office");
    expect(matched).toContain("gaza-moh");
    await expect(page.locator('#source-results [role="option"][aria-selected="true"] .source-name').textContent()).resolves.toBe("Veridian Health Office");
    await page.keyboard.press("Enter");
    await picker.waitFor({ state: "hidden" });
    const cite = page.locator('.ProseMirror cite[data-citation][data-source-id="veridia-health-office"]');
    await expect(cite.textContent()).resolves.toBe("Some 2,400");
    await expect(cite.getAttribute("data-date")).resolves.toBe("2031-07-15");
    await expect(page.locator('.ProseMirror [data-rule="unsourced-figure"]').count()).resolves.toBe(0);
    await expect(page.locator('.finding-item[data-rule="unsourced-figure"]').count()).resolves.toBe(0);
    await expect(page.locator("#status").textContent()).resolves.toBe("Cited Veridian Health Office.");
  });

  it("charts an outdated figure of the new count from the new series, with its reports and the document date", async () => {
    await page.locator('.finding-item[data-rule="outdated-figure"]', { hasText: "At least 1,200" }).click();
    const canvas = page.locator("#chart-canvas");
    await page.locator("#chart canvas").first().waitFor();
    const label = (await canvas.getAttribute("aria-label")) ?? "";
    expect(label).toContain("Veridian Health Office: people killed in Veridia, cumulative.");
    expect(label).toContain("On the document date, 15 July 2031, the Veridian Health Office count was 2,400 (reported 1 July 2031).");
    // Every report of the new series the chart draws, by date and value, in its text alternative.
    const rows = await page.locator("#chart-caption .chart-reports tr").evaluateAll((nodes) => nodes.map((node) => [...node.querySelectorAll("th, td")].map((cell) => cell.textContent)));
    expect(rows).toEqual([
      ["Reported", "Count"],
      ["1 April 2031", "640"],
      ["1 May 2031", "1,200"],
      ["1 June 2031", "1,850"],
      ["1 July 2031", "2,400"],
    ]);
    const key = await page.locator(".chart-key li").allTextContents();
    expect(key).toContain("Veridian Health Office count");
    expect(key).toContain("Document date (15 July 2031)");
    // The axes span the document date and the reports around the figure.
    await page.locator("#chart-canvas[data-from][data-to]").waitFor();
    const span = await canvas.evaluate((node) => ({ from: node.dataset.from!, to: node.dataset.to!, yMin: Number(node.dataset.yMin), yMax: Number(node.dataset.yMax) }));
    expect(span.from <= "2031-05-01" && span.to >= "2031-07-15", JSON.stringify(span)).toBe(true);
    expect(span.yMin <= 1200 && span.yMax >= 2400 && span.yMax < 4000, JSON.stringify(span)).toBe(true);
    // The whole series: the report published after the document date joins, marked as such.
    await page.click("#chart-whole");
    await page.locator('#chart-canvas[data-y-min="0"]').waitFor();
    const whole = await page.locator("#chart-caption .chart-reports tr").evaluateAll((nodes) => nodes.map((node) => [...node.querySelectorAll("th, td")].map((cell) => cell.textContent)));
    expect(whole.at(-1)).toEqual(["1 August 2031 (after the document date)", "2,600"]);
    expect(whole).toHaveLength(6);
  });
});
