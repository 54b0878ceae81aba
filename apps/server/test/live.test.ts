import { connect } from "node:net";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openService } from "../src/app.js";
import { createApiKey } from "../src/keys.js";
import { type RunningServer, startServer } from "../src/serve.js";
import { type TestDatabase, casualtyClaim, drivers, json, openEventStream, send, sqlite } from "./harness.js";

describe.each(drivers())("a listening server on $name", (driver) => {
  let db: TestDatabase;
  let running: RunningServer;
  let key: string;

  beforeAll(async () => {
    if (driver.unavailable) throw new Error(`the ${driver.name} suite cannot run: ${driver.unavailable}`);
    db = await driver.create({ PORT: "0", FACTMARK_SSE_HEARTBEAT_MS: "200" });
    running = await startServer(db.config);
    key = (await createApiKey(running.service.conn.db, { scope: "write" })).key;
  });
  afterAll(async () => {
    await running?.close();
    await db?.drop();
  });

  it("streams a registry event with the version and the changed claim ids, and heartbeats", async () => {
    const stream = await openEventStream(`${running.url}/v1/events`);
    expect(stream.response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    await stream.next((m) => m.comment === "heartbeat", 5000);
    const res = await fetch(`${running.url}/v1/claims`, send("POST", casualtyClaim("live:one"), key));
    expect(res.status).toBe(201);
    const event = await stream.next((m) => m.event === "registry");
    expect(JSON.parse(event.data!)).toEqual({ version: running.service.store.version, claims: ["live:one"] });
    await stream.close();
  });

  it("replays the changes a reconnecting client missed, from its Last-Event-ID", async () => {
    const from = running.service.store.version;
    await fetch(`${running.url}/v1/claims`, send("POST", casualtyClaim("live:missed", { asOf: "2030-01-15", citations: [{ source: "gaza-moh", published: "2030-01-15" }] }), key));
    const stream = await openEventStream(`${running.url}/v1/events`, { headers: { "last-event-id": String(from) } });
    const event = await stream.next((m) => m.event === "registry");
    expect(event.id).toBe(String(from + 1));
    expect(JSON.parse(event.data!).claims).toEqual(["live:missed"]);
    await stream.close();
  });

  it("serves each open stream and forgets closed ones", async () => {
    const streams = await Promise.all([1, 2, 3].map(() => openEventStream(`${running.url}/v1/events`)));
    await streams[0]!.close();
    await fetch(`${running.url}/v1/claims`, send("POST", casualtyClaim("live:two", { asOf: "2030-02-01", citations: [{ source: "gaza-moh", published: "2030-02-01" }] }), key));
    for (const s of streams.slice(1)) expect(JSON.parse((await s.next((m) => m.event === "registry")).data!).claims).toEqual(["live:two"]);
    await Promise.all(streams.slice(1).map((s) => s.close()));
  });
});

describe("limits on a listening server", () => {
  let db: TestDatabase;
  let running: RunningServer;

  beforeAll(async () => {
    db = await sqlite.create({ PORT: "0", FACTMARK_REQUEST_TIMEOUT_MS: "400", FACTMARK_RATE_LIMIT: "60" });
    running = await startServer(db.config);
  });
  afterAll(async () => {
    await running?.close();
    await db?.drop();
  });

  it("answers a timeout and closes the connection when a client sends its body too slowly", async () => {
    const started = Date.now();
    const { port } = new URL(running.url);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), "127.0.0.1", () => {
        socket.write("POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"content\":");
      });
      let data = "";
      socket.on("data", (chunk) => (data += chunk));
      socket.on("close", () => resolve(data));
      socket.on("error", reject);
      setTimeout(() => reject(new Error("the server kept the connection open")), 8000).unref();
    });
    // Node's request timeout (408) and the app's (503, problem "timeout") are both 400 ms here; either may answer first.
    expect(answer).toMatch(/^HTTP\/1\.1 (408|503)/);
    if (answer.startsWith("HTTP/1.1 503")) expect(answer).toContain('"code":"timeout"');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("answers 429 with Retry-After past the rate limit for one client", async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 14; i++) {
      const res = await fetch(`${running.url}/v1/sources`);
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get("retry-after");
      await res.arrayBuffer();
    }
    // A burst of 10 (one may have gone to the previous test's request), then 429 until a token refills.
    const allowed = statuses.indexOf(429);
    expect(allowed).toBeGreaterThanOrEqual(8);
    expect(allowed).toBeLessThanOrEqual(11);
    expect(statuses.slice(0, allowed).every((s) => s === 200)).toBe(true);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
  });
});

describe("the built editor", () => {
  it("is served at / with its assets and their content types, and the API beside it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "factmark-editor-"));
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "index.html"), '<!doctype html><script type="module" src="/assets/app.js"></script>');
    writeFileSync(join(dir, "assets", "app.js"), "console.log('editor');");
    writeFileSync(join(dir, "assets", "app.css"), "body{}");
    const db = await sqlite.create({ FACTMARK_EDITOR_DIR: dir });
    const service = await openService(db.config);
    try {
      const index = await service.app.request("/");
      expect(index.headers.get("content-type")).toMatch(/^text\/html/);
      expect(await index.text()).toContain("/assets/app.js");
      expect((await service.app.request("/assets/app.js")).headers.get("content-type")).toMatch(/^text\/javascript/);
      expect((await service.app.request("/assets/app.css")).headers.get("content-type")).toMatch(/^text\/css/);
      expect((await service.app.request("/assets/missing.js")).status).toBe(404);
      expect(await (await service.app.request("/..%2f..%2f..%2fetc%2fpasswd")).text()).not.toContain("root:");
      expect((await service.app.request("/assets/..%2f..%2findex.js")).status).toBe(404);
      expect(await (await service.app.request("/some/editor/route")).text()).toContain("/assets/app.js");
      const api = await service.app.request("/v1/no-such-route");
      expect(api.status).toBe(404);
      expect(api.headers.get("content-type")).toBe("application/problem+json");
      expect(await json(await service.app.request("/healthz"))).toEqual({ ok: true });
    } finally {
      await service.close();
      await db.drop();
    }
  });
});
