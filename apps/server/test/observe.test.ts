// What operators and browsers see of each request: the request id, the JSON log line, the
// Prometheus metrics, the RateLimit headers and CORS.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Service, openService } from "../src/app.js";
import { createApiKey } from "../src/keys.js";
import type { RequestLogRecord } from "../src/observe.js";
import { type TestDatabase, drivers, json, send, sqlite } from "./harness.js";

describe.each(drivers())("request ids, logs and metrics on $name", (driver) => {
  let db: TestDatabase;
  let service: Service;
  let key: { id: string; key: string };
  const logs: RequestLogRecord[] = [];

  beforeAll(async () => {
    if (driver.unavailable) throw new Error(`the ${driver.name} suite cannot run: ${driver.unavailable}`);
    db = await driver.create({ FACTMARK_RATE_LIMIT: "600" });
    service = await openService(db.config, { log: (record) => logs.push(record) });
    key = await createApiKey(service.conn.db, { scope: "write" });
  });
  afterAll(async () => {
    await service?.close();
    await db?.drop();
  });

  it("echoes a client's X-Request-Id and generates one otherwise", async () => {
    const echoed = await service.app.request("/v1/sources", { headers: { "x-request-id": "cms-42.abc" } });
    expect(echoed.headers.get("x-request-id")).toBe("cms-42.abc");
    const generated = await service.app.request("/v1/sources");
    expect(generated.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    // An id that could break a log line or a header is replaced.
    const hostile = await service.app.request("/v1/sources", { headers: { "x-request-id": "a b\"c" } });
    expect(hostile.headers.get("x-request-id")).not.toBe('a b"c');
  });

  it("carries the request id into problem documents", async () => {
    const res = await service.app.request("/v1/claims/nothing-here", { headers: { "x-request-id": "trace-404" } });
    expect(res.status).toBe(404);
    expect(res.headers.get("x-request-id")).toBe("trace-404");
    expect(await json(res)).toMatchObject({ code: "not-found", requestId: "trace-404" });
  });

  it("logs one JSON record per request with the route, status, duration and key id, never the secret", async () => {
    logs.length = 0;
    await service.app.request("/v1/claims/some-claim", { headers: { authorization: `Bearer ${key.key}`, "x-request-id": "log-1" } });
    await service.app.request("/v1/check", send("POST", { content: "Over 40,000 Palestinians have been killed.", date: "2024-05-04" }, undefined, { "x-request-id": "log-2" }));
    expect(logs).toHaveLength(2);
    expect(logs[0]).toMatchObject({ msg: "request", requestId: "log-1", method: "GET", route: "/v1/claims/:id", status: 404, level: "warn", keyId: key.id });
    expect(logs[1]).toMatchObject({ requestId: "log-2", method: "POST", route: "/v1/check", status: 200, level: "info" });
    expect(logs[1]).not.toHaveProperty("keyId");
    for (const record of logs) {
      expect(record.durationMs).toBeGreaterThanOrEqual(0);
      expect(Date.parse(record.time)).not.toBeNaN();
      expect(JSON.stringify(record)).not.toContain(key.key.slice("fmk_000000000000_".length));
    }
  });

  it("serves Prometheus metrics: requests by route and status, check durations, the pool, the registry version and event streams", async () => {
    await service.app.request("/v1/check", send("POST", { content: "Over 34,000 killed, the ministry said.", date: "2024-05-04" }));
    const res = await service.app.request("/metrics");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toMatch(/^factmark_http_requests_total\{method="POST",route="\/v1\/check",status="200"\} \d+$/m);
    expect(text).toMatch(/^factmark_http_requests_total\{method="GET",route="\/v1\/claims\/:id",status="404"\} \d+$/m);
    expect(text).toMatch(/^factmark_check_duration_seconds_bucket\{le="\+Inf",outcome="ok"\} [1-9]\d*$/m);
    expect(text).toMatch(/^factmark_check_pool_queue 0$/m);
    expect(text).toMatch(/^factmark_check_pool_threads [1-9]\d*$/m);
    expect(text).toContain(`factmark_registry_version ${service.store.version}`);
    expect(text).toMatch(/^factmark_sse_clients 0$/m);
    expect(text).toMatch(/^# TYPE factmark_http_request_duration_seconds histogram$/m);
  });

  it("counts open event streams", async () => {
    const controller = new AbortController();
    const stream = await service.app.request("/v1/events", { signal: controller.signal });
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    await reader.read();
    expect(await (await service.app.request("/metrics")).text()).toMatch(/^factmark_sse_clients 1$/m);
    controller.abort();
    await reader.cancel().catch(() => {});
  });

  it("sends RateLimit headers on answers, and with 429", async () => {
    const ok = await service.app.request("/v1/sources");
    expect(ok.headers.get("ratelimit-limit")).toBe("60");
    expect(Number(ok.headers.get("ratelimit-remaining"))).toBeGreaterThanOrEqual(0);
    expect(ok.headers.get("ratelimit-policy")).toBe("60;w=6");
    let limited: Response | undefined;
    for (let i = 0; i < 80 && !limited; i++) {
      const res = await service.app.request("/v1/sources");
      if (res.status === 429) limited = res;
    }
    expect(limited).toBeDefined();
    expect(limited!.headers.get("ratelimit-remaining")).toBe("0");
    expect(Number(limited!.headers.get("ratelimit-reset"))).toBeGreaterThanOrEqual(1);
    expect(limited!.headers.get("retry-after")).toBe(limited!.headers.get("ratelimit-reset"));
  });
});

describe("CORS", () => {
  let db: TestDatabase;
  let open: Service;
  let closed: Service;

  beforeAll(async () => {
    db = await sqlite.create({ FACTMARK_CORS_ORIGINS: "https://cms.example.org, https://editor.example.org" });
    open = await openService(db.config);
    closed = await openService({ ...db.config, corsOrigins: [] });
  });
  afterAll(async () => {
    await open?.close();
    await closed?.close();
    await db?.drop();
  });

  it("answers a preflight from an allowed origin with the methods and headers it may use", async () => {
    const res = await open.app.request("/v1/check", { method: "OPTIONS", headers: { origin: "https://cms.example.org", "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type" } });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("https://cms.example.org");
    expect(res.headers.get("access-control-allow-methods")).toContain("POST");
    expect(res.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("authorization");
    const get = await open.app.request("/v1/sources", { headers: { origin: "https://editor.example.org" } });
    expect(get.headers.get("access-control-allow-origin")).toBe("https://editor.example.org");
    expect(get.headers.get("access-control-expose-headers")).toContain("X-Request-Id");
  });

  it("gives no CORS headers to an origin not on the list", async () => {
    const res = await open.app.request("/v1/sources", { headers: { origin: "https://evil.example.com" } });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("is off by default", async () => {
    const res = await closed.app.request("/v1/sources", { headers: { origin: "https://cms.example.org" } });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    const preflight = await closed.app.request("/v1/check", { method: "OPTIONS", headers: { origin: "https://cms.example.org", "access-control-request-method": "POST" } });
    expect(preflight.status).toBe(405);
    expect(preflight.headers.get("allow")).toBe("POST, OPTIONS");
  });
});
