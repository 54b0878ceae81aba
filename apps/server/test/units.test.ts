import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Service, openService } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { scopeAllows } from "../src/keys.js";
import { type TestDatabase, drivers, json, send, sqlite } from "./harness.js";

describe("the package", () => {
  it("exports exactly its public API", async () => {
    const api = await import("../src/index.js");
    expect(Object.keys(api).sort()).toEqual([
      "ApiError",
      "CheckPool",
      "CheckRequest",
      "CheckResponse",
      "ContentFormat",
      "ExtractionCache",
      "MIGRATION_NAMES",
      "Problem",
      "ProblemIssue",
      "REGISTRY_CHANNEL",
      "RegistryStore",
      "Scope",
      "StoryInput",
      "StoryStore",
      "createApiKey",
      "createApp",
      "listApiKeys",
      "loadConfig",
      "migrate",
      "openApiDocument",
      "openDatabase",
      "openService",
      "revokeApiKey",
      "runCli",
      "scopeAllows",
      "startServer",
      "verifyApiKey",
    ]);
  });

  it("runs the PostgreSQL suites when DATABASE_URL is set, fails them in CI without it, and leaves them out elsewhere", async () => {
    expect(drivers({ DATABASE_URL: "postgres://postgres@127.0.0.1:1/x" }).map((d) => [d.name, d.unavailable])).toEqual([["sqlite", undefined], ["postgres", undefined]]);
    const ci = drivers({ CI: "true" });
    expect(ci.map((d) => d.name)).toEqual(["sqlite", "postgres"]);
    expect(ci[1]!.unavailable).toBe("DATABASE_URL is not set");
    await expect(ci[1]!.create()).rejects.toThrow(/DATABASE_URL is not set/);
    expect(drivers({}).map((d) => d.name)).toEqual(["sqlite"]);
  });
});

describe("configuration", () => {
  it("starts with no configuration on 127.0.0.1:8787 and ./factmark.db, with open reads", () => {
    expect(loadConfig({})).toMatchObject({ host: "127.0.0.1", port: 8787, dbFile: "factmark.db", databaseUrl: undefined, openReads: true, heartbeatMs: 15_000 });
  });

  it("reads every variable and treats empty ones as unset", () => {
    const config = loadConfig({ PORT: "9000", FACTMARK_DB: "/tmp/x.db", DATABASE_URL: "postgres://u@h:5432/d", FACTMARK_OPEN_READS: "false", FACTMARK_RATE_LIMIT: "0", HOST: "" });
    expect(config).toMatchObject({ port: 9000, dbFile: "/tmp/x.db", databaseUrl: "postgres://u@h:5432/d", openReads: false, rateLimit: 0, host: "127.0.0.1" });
  });

  it("names each bad variable, its value and what was expected", () => {
    expect(() => loadConfig({ PORT: "70000", DATABASE_URL: "mysql://x", FACTMARK_OPEN_READS: "maybe" })).toThrow(
      /PORT="70000": PORT must be at most 65535[\s\S]*DATABASE_URL="mysql:\/\/x": DATABASE_URL must be a PostgreSQL URL[\s\S]*FACTMARK_OPEN_READS="maybe"/,
    );
  });
});

describe("scopes", () => {
  it("lets each scope do what the ones below it do, and no more", () => {
    expect(scopeAllows("admin", "write")).toBe(true);
    expect(scopeAllows("write", "read")).toBe(true);
    expect(scopeAllows("write", "admin")).toBe(false);
    expect(scopeAllows("read", "write")).toBe(false);
  });
});

describe("a service with keyed reads", () => {
  let db: TestDatabase;
  let service: Service;
  beforeAll(async () => {
    db = await sqlite.create({ FACTMARK_OPEN_READS: "false" });
    service = await openService(db.config);
  });
  afterAll(async () => {
    await service?.close();
    await db?.drop();
  });

  it("answers reads without a key with 401 but keeps /healthz open", async () => {
    expect((await service.app.request("/v1/check", send("POST", { content: "x", date: "2024-05-04" }))).status).toBe(401);
    expect((await service.app.request("/v1/registry")).status).toBe(401);
    expect((await service.app.request("/v1/events")).status).toBe(401);
    expect((await service.app.request("/healthz")).status).toBe(200);
  });

  it("never fails, keeps offsets in bounds and answers the same twice for arbitrary text", async () => {
    const { createApiKey } = await import("../src/keys.js");
    const key = (await createApiKey(service.conn.db, { scope: "read" })).key;
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 300 }), fc.constantFrom("text", "markdown", "html"), async (content, format) => {
        const body = { content, format, date: "2024-05-04" };
        const first = await service.app.request("/v1/check", send("POST", body, key));
        expect(first.status).toBe(200);
        const result = await json(first);
        for (const f of result.findings) {
          expect(f.from).toBeGreaterThanOrEqual(0);
          expect(f.to).toBeLessThanOrEqual(content.length);
          expect(f.from).toBeLessThanOrEqual(f.to);
        }
        expect(await json(await service.app.request("/v1/check", send("POST", body, key)))).toEqual(result);
      }),
      { numRuns: 150 },
    );
  });

  it("never fails on arbitrary JSON bodies: 400 or 422, always problem+json", async () => {
    const { createApiKey } = await import("../src/keys.js");
    const key = (await createApiKey(service.conn.db, { scope: "write" })).key;
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json(), fc.string()), fc.constantFrom("/v1/check", "/v1/claims", "/v1/sources", "/v1/stories"), async (body, path) => {
        const res = await service.app.request(path, send("POST", body, key));
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) expect(res.headers.get("content-type")).toBe("application/problem+json");
      }),
      { numRuns: 200 },
    );
  });
});

describe("validating a write", () => {
  it("finds in what the write touches the problems a whole-registry validation finds in its records", async () => {
    const { defaultRegistry } = await import("@factmark/dataset-gaza");
    const { Claim, Registry, validateRegistry } = await import("@factmark/core");
    const { touchedData } = await import("../src/store.js");
    const registry = defaultRegistry();
    const killed = registry.history("gaza-moh-killed");
    const existing = fc.constantFrom(...killed.slice(-40).map((c) => c.id));
    const write = fc.record({
      asOf: fc.constantFrom(...killed.slice(-40).map((c) => c.asOf), "2024-05-04", "2030-01-01"),
      value: fc.integer({ min: 0, max: 200_000 }),
      series: fc.constantFrom("gaza-moh-killed", "no-such-series", undefined),
      source: fc.constantFrom("gaza-moh", "no-such-source"),
      status: fc.constantFrom("current", "superseded", "corrected", "retracted"),
      supersedes: fc.option(fc.record({ claim: fc.oneof(existing, fc.constant("no-such-claim")), reason: fc.constantFrom("newer-report", "correction") }), { nil: undefined }),
      replace: fc.option(existing, { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(write, { minLength: 1, maxLength: 3 }), (writes) => {
        const claims = writes.map((w, i) =>
          Claim.parse({
            kind: "casualty",
            id: w.replace ?? `units:write-${i}`,
            ...(w.series ? { series: w.series } : {}),
            measure: "killed",
            population: { place: "gaza" },
            asOf: w.asOf,
            quantity: { value: w.value },
            status: w.status,
            citations: [{ source: w.source, published: "2030-01-02" }],
            ...(w.supersedes ? { supersedes: [w.supersedes] } : {}),
          }),
        );
        const unique = [...new Map(claims.map((c) => [c.id, c])).values()];
        const candidate = registry.with({ claims: unique });
        const ids = new Set(unique.map((c) => c.id));
        const ofWrite = (problems: ReturnType<typeof validateRegistry>, data: { claims: { id: string }[] }) =>
          problems
            .filter((p) => p.severity === "error" && p.path[0] === "claims" && ids.has(data.claims[p.path[1] as number]!.id))
            .map((p) => `${data.claims[p.path[1] as number]!.id} ${p.code} ${p.path.slice(2).join(".")}`)
            .sort();
        const whole = candidate.toData();
        const touched = Registry.from(touchedData(candidate, unique, whole.date), { trusted: true });
        expect(ofWrite(validateRegistry(touched), touched.toData())).toEqual(ofWrite(validateRegistry(candidate), whole));
      }),
      { numRuns: 400 },
    );
  });
});
