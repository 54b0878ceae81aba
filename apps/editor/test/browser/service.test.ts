import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { RegistryData, type RegistryDataInput } from "@factmark/core";
import { loadDefaultRegistryData } from "@factmark/dataset-gaza";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, launchChromium, openEditor, pageErrors } from "./harness.js";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
/** What the scripts transferred before the first findings may weigh together, compressed as sent. */
const SCRIPT_BUDGET_BYTES = 150_000;
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json" };

/**
 * A stand-in for the newsroom service that speaks the service ↔ editor contract: `/healthz`,
 * `/v1/registry` with an ETag and 304s, `/v1/events` as server-sent events, and the built editor
 * at `/`. The registry starts without the Gaza Ministry of Health's reports after 10 May 2024;
 * `publish()` adds them back, as a newsroom's data desk would, and tells the open editors.
 */
class FakeService {
  version = 1;
  data: RegistryData;
  readonly requests: string[] = [];
  /** While set, `/v1/events` answers nothing: the stream stays unopened until `openEvents()`. */
  holdEvents = false;
  readonly #held: (() => void)[] = [];
  readonly #clients = new Set<ServerResponse>();
  readonly #full = loadDefaultRegistryData();
  readonly server: Server;

  constructor() {
    this.data = { ...this.#full, claims: this.#full.claims.filter((claim) => !FakeService.held(claim)) };
    this.server = createServer((request, response) => this.#handle(request, response));
  }

  static held(claim: RegistryData["claims"][number]): boolean {
    return claim.kind === "casualty" && claim.series === "gaza-moh-killed" && claim.asOf > "2024-05-10";
  }

  publish(): void {
    this.version += 1;
    this.data = this.#full;
    const changed = this.#full.claims.filter(FakeService.held).map((claim) => claim.id);
    for (const client of this.#clients) client.write(`event: registry\ndata: ${JSON.stringify({ version: this.version, claims: changed })}\n\n`);
  }

  #handle(request: IncomingMessage, response: ServerResponse): void {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    this.requests.push(`${request.method} ${path}${request.headers["if-none-match"] ? ` if-none-match ${request.headers["if-none-match"]}` : ""}`);
    if (path === "/healthz") {
      response.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
      return;
    }
    if (path === "/v1/registry") {
      const etag = `"${this.version}"`;
      if (request.headers["if-none-match"] === etag) {
        response.writeHead(304, { etag, "cache-control": "no-cache" }).end();
        return;
      }
      response.writeHead(200, { "content-type": "application/json", etag, "cache-control": "no-cache" }).end(JSON.stringify(this.data));
      return;
    }
    if (path === "/v1/events") {
      if (this.holdEvents) {
        this.#held.push(() => this.#handle(request, response));
        return;
      }
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
      response.write(": connected\n\n");
      this.#clients.add(response);
      request.on("close", () => this.#clients.delete(response));
      return;
    }
    const file = normalize(join(dist, path === "/" ? "index.html" : path));
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    // As the service does: the build's brotli copy to a browser that accepts it.
    const brotli = /\bbr\b/.test(String(request.headers["accept-encoding"] ?? "")) && existsSync(`${file}.br`);
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...(brotli ? { "content-encoding": "br", vary: "Accept-Encoding" } : {}) });
    createReadStream(brotli ? `${file}.br` : file).pipe(response);
  }

  /** Adds a newsroom's records to the registry, as its writes through the service's API would, and tells the open editors. */
  add(input: Omit<RegistryDataInput, "version">): void {
    // Parsed as the service parses every write, so the records carry the schemas' defaults.
    const records = RegistryData.parse({ version: 1, ...input }) as Required<RegistryData>;
    this.version += 1;
    this.data = {
      ...this.data,
      places: [...(this.data.places ?? []), ...records.places],
      conflicts: [...(this.data.conflicts ?? []), ...records.conflicts],
      actors: [...this.data.actors, ...records.actors],
      sources: [...this.data.sources, ...records.sources],
      series: [...this.data.series, ...records.series],
      claims: [...this.data.claims, ...records.claims],
    };
    const change = { version: this.version, claims: records.claims.map((claim) => claim.id), records: { places: records.places.map((p) => p.id), conflicts: records.conflicts.map((c) => c.id) } };
    for (const client of this.#clients) client.write(`event: registry\ndata: ${JSON.stringify(change)}\n\n`);
  }

  openEvents(): void {
    this.holdEvents = false;
    for (const answer of this.#held.splice(0)) answer();
  }

  close(): Promise<void> {
    for (const client of this.#clients) client.end();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

let browser: Browser;
let service: FakeService;
let baseUrl: string;
let page: Page | undefined;
let newsroomPage: Page | undefined;

beforeAll(async () => {
  service = new FakeService();
  const port = await freePort();
  await new Promise<void>((resolve) => service.server.listen(port, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${port}/`;
  browser = await launchChromium();
});

afterAll(async () => {
  if (page) expect(pageErrors(page)).toEqual([]);
  if (newsroomPage) expect(pageErrors(newsroomPage)).toEqual([]);
  await browser?.close();
  await service?.close();
});

/** Marks, by the page's own clock, when the story's text shows and when its first finding is drawn. */
function markFirstFindings(): void {
  const times = window as unknown as { firstFindings?: number; storyText?: number };
  const seen = () => {
    if (times.storyText === undefined && document.querySelector(".ProseMirror")?.textContent) times.storyText = performance.now();
    if (!document.querySelector(".ProseMirror [data-rule]")) return false;
    times.firstFindings = performance.now();
    return true;
  };
  new MutationObserver((_records, observer) => {
    if (seen()) observer.disconnect();
  }).observe(document, { subtree: true, childList: true });
}

/** One more load of the editor in a fresh context: when its text showed and when its first findings were drawn. */
async function timeFirstFindings(): Promise<{ text: number; firstFindings: number }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
  const page = await context.newPage();
  await page.addInitScript(markFirstFindings);
  await page.goto(baseUrl);
  await page.waitForFunction(() => (window as unknown as { firstFindings?: number }).firstFindings !== undefined);
  const timing = await page.evaluate(() => ({ text: (window as unknown as { storyText: number }).storyText, firstFindings: (window as unknown as { firstFindings: number }).firstFindings }));
  await context.close();
  return timing;
}

describe("the editor served by the newsroom service", () => {
  it("shows its text, then its first findings, loading only the scripts it needs compressed, under 150 kB, and not the bundled registry", async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
    const fresh = await context.newPage();
    // When the first finding is drawn, by the page's own clock.
    await fresh.addInitScript(markFirstFindings);
    const pending: Promise<{ url: string; encoding: string | undefined; bytes: number; startedAt: number }>[] = [];
    fresh.on("request", (request) => {
      if (request.resourceType() !== "script") return;
      pending.push(
        (async () => {
          const response = await request.response();
          await response?.finished();
          const sizes = await request.sizes();
          // The request's start, in epoch milliseconds; the page's clock counts from navigation.
          return { url: request.url(), encoding: response?.headers()["content-encoding"], bytes: sizes.responseBodySize, startedAt: request.timing().startTime };
        })().catch(() => ({ url: request.url(), encoding: undefined, bytes: 0, startedAt: -Infinity })),
      );
    });
    await fresh.goto(baseUrl);
    await fresh.waitForFunction(() => (window as unknown as { firstFindings?: number }).firstFindings !== undefined);
    const timing = await fresh.evaluate(() => ({
      firstFindings: (window as unknown as { firstFindings: number }).firstFindings,
      paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
      text: (window as unknown as { storyText: number }).storyText,
      marks: performance.getEntriesByType("mark").map((m) => `${m.name} ${m.startTime.toFixed(0)}`),
    }));
    const navigationStart = await fresh.evaluate(() => performance.timeOrigin);
    // Then the rest loads: the findings list, and the editing commands behind the toolbar.
    await fresh.locator(".finding-item").first().waitFor();
    await fresh.locator('[data-command="heading-2"]:not([disabled])').waitFor();
    const scripts = await Promise.all(pending);
    // Every script asked for before the first findings counts, whether or not it had arrived.
    const before = scripts.filter((s) => s.startedAt - navigationStart <= timing.firstFindings);
    const bytes = before.reduce((sum, s) => sum + s.bytes, 0);
    console.log(timing.marks.join("; "));
    const after = scripts.filter((s) => !before.includes(s));
    const list = (chosen: typeof scripts) => chosen.map((s) => `${s.url.replace(baseUrl, "/")} ${s.bytes} B ${s.encoding ?? "identity"}`).join(", ");
    console.log(`first paint ${timing.paint.toFixed(0)} ms, story text ${timing.text.toFixed(0)} ms, first findings ${timing.firstFindings.toFixed(0)} ms; scripts before first findings: ${list(before)}; total ${bytes} B (budget ${SCRIPT_BUDGET_BYTES} B); after: ${list(after)}`);
    expect(Number.isFinite(timing.text)).toBe(true);
    expect(timing.firstFindings).toBeGreaterThanOrEqual(timing.text);
    // The first findings come within twice the time the story's text takes to show. One load on a
    // shared 2-core machine can be slowed by the other suites running beside it: what the page can
    // do is its best of up to three loads, each in a fresh context (nothing cached).
    let ratio = timing.firstFindings / timing.text;
    for (let attempt = 1; ratio > 2 && attempt < 3; attempt++) {
      const again = await timeFirstFindings();
      console.log(`load ${attempt + 1}: story text ${again.text.toFixed(0)} ms, first findings ${again.firstFindings.toFixed(0)} ms`);
      ratio = Math.min(ratio, again.firstFindings / again.text);
    }
    expect(ratio, "first findings against story text, best of up to three loads").toBeLessThanOrEqual(2);
    expect(before.length).toBeGreaterThan(0);
    // Every script arrives compressed, and the bundled registry is not waited for: the service's is used.
    for (const script of before) expect(script.encoding, script.url).toBe("br");
    expect(before.some((s) => s.url.includes("bundled-registry"))).toBe(false);
    // chrono-node, for the dates core's own reader declines, loads after the first findings.
    expect(before.some((s) => s.url.includes("chrono-reader"))).toBe(false);
    expect(after.some((s) => s.url.includes("chrono-reader"))).toBe(true);
    // zod is in no script: the editor loads only trusted data, and core's schemas are pure, so
    // neither zod nor a schema of core's is bundled (see vite.config.ts).
    for (const file of readdirSync(join(dist, "assets")).filter((name) => name.endsWith(".js"))) {
      expect(readFileSync(join(dist, "assets", file), "utf8"), file).not.toMatch(/\$ZodType|ZodError/);
    }
    // The budget: every script transferred before the first findings, together, under 150 kB.
    expect(bytes, "bytes of script transferred before the first findings").toBeLessThan(SCRIPT_BUDGET_BYTES);
    await context.close();
  });

  it("switches to the service's registry and flags a stale figure when a newer one is published, without a reload", async () => {
    page = await openEditor(browser, baseUrl);
    const status = page.locator("#registry-status");
    await page.locator('#registry-status[data-registry="service"][data-connection="live"]').waitFor();
    await expect(status.textContent()).resolves.toBe('Live registry from the newsroom service (version 1)');
    await page.fill("#doc-date", "2024-06-20");
    const outdated = page.locator('.finding-item[data-rule="outdated-figure"]', { hasText: "over 34,000" });
    // With the reports up to 10 May only, "over 34,000" is still the latest figure.
    await page.locator('.finding-item[data-rule="inconsistent-elapsed-time"]').waitFor();
    await expect(outdated.count()).resolves.toBe(0);
    await expect(page.locator(".ProseMirror .fm-outdated-figure").count()).resolves.toBe(0);

    service.publish();
    await outdated.waitFor();
    await page.locator(".ProseMirror .fm-outdated-figure", { hasText: "over 34,000" }).waitFor();
    await expect(outdated.locator(".finding-message").textContent()).resolves.toContain("the Gaza Ministry of Health reported 37,431 killed on 20 June 2024");
    await expect(status.textContent()).resolves.toBe('Live registry from the newsroom service (version 2)');
    await expect(page.locator("#status").textContent()).resolves.toMatch(/^The newsroom service updated the registry \(\d+ claims changed\); the story was checked again\.$/);
    // The second fetch was conditional on the first version.
    expect(service.requests).toContain('GET /v1/registry if-none-match "1"');
    // The document was not reloaded: the date the writer set is still there.
    await expect(page.locator("#doc-date").inputValue()).resolves.toBe("2024-06-20");
  });

  it("judges a story about a conflict the newsroom added, and shows that conflict beside the date", async () => {
    newsroomPage = await openEditor(browser, baseUrl);
    const status = newsroomPage.locator("#registry-status");
    await newsroomPage.locator('#registry-status[data-registry="service"][data-connection="live"]').waitFor();
    const version = service.version;
    const report = (asOf: string, value: number) => ({ kind: "casualty" as const, id: `veridia-killed:${asOf}`, series: "veridia-killed", measure: "killed" as const, population: { place: "veridia" }, cumulative: true, since: "2031-03-01", asOf, quantity: { value }, citations: [{ source: "veridia-health-office", published: asOf }] });
    service.add({
      places: [{ id: "veridia", name: "Veridia", aliases: ["Veridian"], demonyms: ["Veridians"] }],
      actors: [{ id: "lowland-mediators", name: "Lowland mediators" }],
      conflicts: [{ id: "veridian-coastal-war", name: "the Veridian coastal war", aliases: ["coastal war"], start: "2031-03-01", places: ["veridia"] }],
      sources: [{ id: "veridia-health-office", name: "Veridian Health Office", aliases: ["health office"], type: "official-body" }],
      series: [{ id: "veridia-killed", title: "Veridian Health Office: people killed in Veridia, cumulative", source: "veridia-health-office", measure: "killed", population: { place: "veridia" }, cumulative: true, since: "2031-03-01", conflict: "veridian-coastal-war" }],
      claims: [
        report("2031-05-01", 1200),
        report("2031-06-01", 1850),
        { kind: "phase", id: "phase:harbour-truce-2031:1", asOf: "2031-06-10", citations: [{ source: "veridia-health-office", published: "2031-06-10" }], proposal: { id: "harbour-truce-2031", proposers: ["lowland-mediators"], conflict: "veridian-coastal-war" }, index: 1, of: 2, durationDays: 21 },
      ],
    });
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe(`Live registry from the newsroom service (version ${version + 1})`);
    await newsroomPage.click("#file-new");
    await newsroomPage.fill("#doc-date", "2031-06-15");
    await newsroomPage.click(".ProseMirror");
    await newsroomPage.keyboard.type("More than 3,000 people have been killed in Veridia, the health office said. The coastal war, now in its sixth month, has emptied the port.", { delay: 0 });
    await newsroomPage.keyboard.press("Enter");
    await newsroomPage.keyboard.type("Lowland mediators proposed a truce whose initial phase, lasting 30 days, would halt shelling, the health office said.", { delay: 0 });
    await newsroomPage.locator('.finding-item[data-rule="inconsistent-duration"]').waitFor();
    const items = await newsroomPage.$$eval(".ProseMirror [data-rule]", (nodes) => nodes.map((n) => [n.getAttribute("data-rule"), n.textContent]));
    expect(items).toEqual([
      ["figure-mismatch", "More than 3,000"],
      ["inconsistent-elapsed-time", "in its sixth month"],
      ["inconsistent-duration", "30 days"],
    ]);
    await expect(newsroomPage.locator('.finding-item[data-rule="inconsistent-duration"] .finding-message').textContent()).resolves.toContain("does not match the registered length of phase 1: 21 days");
    await expect(newsroomPage.locator("#doc-conflict").textContent()).resolves.toBe("About the Veridian coastal war, since 1 March 2031");
  });

  it("catches up on a change published before its event stream opened, with no event to say so", async () => {
    service.holdEvents = true;
    const late = await openEditor(browser, baseUrl);
    try {
      const status = late.locator("#registry-status");
      await late.locator('#registry-status[data-registry="service"]').waitFor();
      const version = service.version;
      await expect(status.textContent()).resolves.toBe(`Live registry from the newsroom service (version ${version})`);
      // Published while the page had its registry but no stream: no client hears the event.
      service.add({ claims: [{ kind: "casualty", id: "veridia-killed:2031-07-01", series: "veridia-killed", measure: "killed", population: { place: "veridia" }, cumulative: true, since: "2031-03-01", asOf: "2031-07-01", quantity: { value: 2600 }, citations: [{ source: "veridia-health-office", published: "2031-07-01" }] }] });
      service.openEvents();
      await late.locator('#registry-status[data-connection="live"]').waitFor();
      await expect.poll(() => status.textContent()).toBe(`Live registry from the newsroom service (version ${version + 1})`);
      await expect(late.locator("#status").textContent()).resolves.toBe("The newsroom service's registry changed while this page was not listening; the story was checked again.");
      expect(pageErrors(late)).toEqual([]);
    } finally {
      service.openEvents();
      await late.context().close();
    }
  });
});
