import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Service, openService } from "../src/app.js";
import { createApiKey } from "../src/keys.js";
import { type RunningServer, startServer } from "../src/serve.js";
import { type TestDatabase, casualtyClaim, drivers, json, openEventStream, send } from "./harness.js";

// PostgreSQL instances learn of each other's changes by LISTEN/NOTIFY; SQLite instances sharing a
// file, by polling its version. The same test holds for both.
describe.each(drivers())("two instances on one $name database", (driver) => {
  let db: TestDatabase;
  let a: Service;
  let b: RunningServer;
  let key: string;

  beforeAll(async () => {
    if (driver.unavailable) throw new Error(`the ${driver.name} suite cannot run: ${driver.unavailable}`);
    db = await driver.create({ PORT: "0", FACTMARK_POLL_MS: "50" });
    a = await openService(db.config);
    b = await startServer(db.config);
    key = (await createApiKey(a.conn.db, { scope: "write" })).key;
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await db?.drop();
  });

  it("tells the other instance's open editors about a change, and serves it there", async () => {
    const etag = (await fetch(`${b.url}/v1/registry`, { method: "GET" })).headers.get("etag");
    const stream = await openEventStream(`${b.url}/v1/events`);
    const res = await a.app.request("/v1/claims", send("POST", casualtyClaim("instances:one"), key));
    expect(res.status).toBe(201);
    const version = Number(res.headers.get("x-registry-version"));
    const event = await stream.next((m) => m.event === "registry");
    expect(JSON.parse(event.data!)).toEqual({ version, claims: ["instances:one"] });
    const registry = await fetch(`${b.url}/v1/registry`);
    expect(registry.headers.get("etag")).toBe(`"${version}"`);
    expect(registry.headers.get("etag")).not.toBe(etag);
    expect((await json(registry)).claims.map((c: { id: string }) => c.id)).toContain("instances:one");
    await stream.close();
  });

  it("reads its own writes on the instance that wrote, and on another one that is sent the write's version", async () => {
    for (let i = 0; i < 8; i++) {
      const id = `instances:ryw-${i}`;
      const res = await a.app.request("/v1/claims", send("POST", casualtyClaim(id, { asOf: `2031-02-${String(i + 1).padStart(2, "0")}`, citations: [{ source: "gaza-moh", published: `2031-02-${String(i + 1).padStart(2, "0")}` }] }), key));
      expect(res.status).toBe(201);
      const version = res.headers.get("x-registry-version")!;
      expect((await a.app.request(`/v1/claims/${id}`)).status).toBe(200);
      const there = await fetch(`${b.url}/v1/claims/${id}`, { headers: { "x-registry-min-version": version } });
      expect(there.status).toBe(200);
      expect(Number(there.headers.get("x-registry-version"))).toBeGreaterThanOrEqual(Number(version));
    }
    const ahead = await fetch(`${b.url}/v1/claims/instances:ryw-0`, { headers: { "x-registry-min-version": String(b.service.store.version + 1000) } });
    expect(ahead.status).toBe(503);
    expect((await fetch(`${b.url}/v1/sources`, { headers: { "x-registry-min-version": "soon" } })).status).toBe(400);
  });

  it("keeps both instances' writes when they alternate", async () => {
    const wa = await a.app.request("/v1/claims", send("POST", casualtyClaim("instances:a", { asOf: "2030-03-01", citations: [{ source: "gaza-moh", published: "2030-03-01" }] }), key));
    const wb = await fetch(`${b.url}/v1/claims`, send("POST", casualtyClaim("instances:b", { asOf: "2030-04-01", citations: [{ source: "gaza-moh", published: "2030-04-01" }] }), key));
    expect([wa.status, wb.status]).toEqual([201, 201]);
    await a.store.sync();
    for (const store of [a.store, b.service.store]) {
      expect(store.registry.claim("instances:a")).toBeDefined();
      expect(store.registry.claim("instances:b")).toBeDefined();
    }
    expect(a.store.version).toBe(b.service.store.version);
  });
});
