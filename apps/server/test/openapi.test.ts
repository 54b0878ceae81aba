// The OpenAPI document against the conventions integrators expect, against the server itself
// (every path's methods, 405 for the others), and as the typed client the integration tests use:
// openapi-typescript's types of the document are committed (test/openapi-types.ts) and must equal
// a fresh generation, and openapi-fetch calls the service with them.
import createClient from "openapi-fetch";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApiTypes } from "../scripts/openapi-types.mjs";
import { type Service, openService } from "../src/app.js";
import { createApiKey } from "../src/keys.js";
import { type TestDatabase, casualtyClaim, drivers, sqlite } from "./harness.js";
import type { paths } from "./openapi-types.js";

type Operation = { operationId?: string; parameters?: { name: string; in: string }[]; responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }>; headers?: Record<string, unknown> }> };
type Document = { servers: { url: string }[]; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, { properties?: Record<string, unknown> }> } };

const METHODS = ["get", "put", "post", "delete", "patch"];

describe("the OpenAPI document", () => {
  let db: TestDatabase;
  let service: Service;
  let doc: Document;
  let admin: string;
  const operations = () => Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).filter(([m]) => METHODS.includes(m)).map(([method, op]) => ({ path, method, op })));

  beforeAll(async () => {
    db = await sqlite.create();
    service = await openService(db.config);
    doc = (await (await service.app.request("http://factmark.test:8787/v1/openapi.json")).json()) as Document;
    admin = (await createApiKey(service.conn.db, { scope: "admin" })).key;
  });
  afterAll(async () => {
    await service?.close();
    await db?.drop();
  });

  it("gives every operation a unique operationId", () => {
    const ids = operations().map(({ op }) => op.operationId);
    expect(ids.every((id) => typeof id === "string" && /^[a-z][A-Za-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("names the service's real base URL in servers", () => {
    expect(doc.servers).toEqual([{ url: "http://factmark.test:8787" }]);
  });

  it("pages every list the same way: limit and after in, items and next out", () => {
    const lists = operations().filter(({ op }) => op.operationId!.startsWith("list") && op.operationId !== "listKeys");
    expect(lists.map(({ op }) => op.operationId).sort()).toEqual(["listActors", "listClaims", "listConflicts", "listOutdatedStories", "listPlaces", "listSeries", "listSources", "listStories"]);
    for (const { op } of lists) {
      const names = (op.parameters ?? []).map((p) => p.name);
      expect(names, op.operationId).toEqual(expect.arrayContaining(["limit", "after"]));
      const ref = op.responses["200"]!.content!["application/json"]!.schema!.$ref!;
      const schema = doc.components.schemas[ref.split("/").pop()!]!;
      expect(Object.keys(schema.properties ?? {}), op.operationId).toEqual(expect.arrayContaining(["items", "next"]));
    }
  });

  it("answers each write with the resource as its GET does", () => {
    const bodyOf = (operationId: string, status: string) => {
      const { op } = operations().find(({ op }) => op.operationId === operationId)!;
      return op.responses[status]!.content!["application/json"]!.schema!.$ref;
    };
    for (const [write, status, read] of [
      ["createClaim", "201", "getClaim"],
      ["putClaim", "200", "getClaim"],
      ["retractClaim", "200", "getClaim"],
      ["supersedeClaim", "201", "getClaim"],
      ["createSource", "201", "getSource"],
      ["putSource", "200", "getSource"],
      ["createActor", "201", "getActor"],
      ["createSeries", "201", "getSeries"],
      ["registerStory", "201", "getStory"],
    ] as const) {
      expect(bodyOf(write, status), write).toBe(bodyOf(read, "200"));
    }
  });

  it("describes 405 and rate limiting with their headers on every API operation", () => {
    for (const { path, op } of operations().filter(({ path }) => path.startsWith("/v1/") && path !== "/v1/openapi.json")) {
      expect(op.responses["405"]?.headers, `${op.operationId} ${path}`).toHaveProperty("Allow");
      expect(Object.keys(op.responses["429"]?.headers ?? {}), op.operationId).toEqual(expect.arrayContaining(["Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"]));
    }
  });

  it("describes the request id and read-your-writes headers on every operation", () => {
    for (const { path, op } of operations()) {
      const headers = (op.parameters ?? []).filter((p) => p.in === "header").map((p) => p.name);
      expect(headers, op.operationId).toContain("X-Request-Id");
      if (path.startsWith("/v1/")) expect(headers, op.operationId).toContain("X-Registry-Min-Version");
    }
  });

  it("uses one vocabulary of error codes", () => {
    const problem = doc.components.schemas.Problem!;
    expect(Object.keys(problem.properties!)).toContain("code");
    expect(Object.keys(problem.properties!)).not.toContain("factmarkCode");
    expect(JSON.stringify(doc)).not.toMatch(/--scope|--date/);
  });

  it("lists exactly the methods each path takes: any other answers 405 with Allow", async () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      const listed = Object.keys(item).filter((m) => METHODS.includes(m));
      const concrete = path.replace(/\{id\}/g, "some-id");
      for (const method of METHODS.filter((m) => !listed.includes(m))) {
        // With an admin key, so that key management answers for its methods rather than for the key.
        const res = await service.app.request(concrete, { method: method.toUpperCase(), headers: { authorization: `Bearer ${admin}` } });
        expect(res.status, `${method} ${path}`).toBe(405);
        const allow = res.headers.get("allow")!.split(", ");
        expect(allow.filter((m) => m !== "HEAD" && m !== "OPTIONS").sort(), path).toEqual(listed.map((m) => m.toUpperCase()).sort());
        expect((await res.json()).code).toBe("method-not-allowed");
      }
    }
  });

  it("matches the committed types the integration tests are written against", async () => {
    const committed = readFileSync(new URL("./openapi-types.ts", import.meta.url), "utf8");
    // Regenerate with: npm run build && node scripts/write-openapi-types.mjs
    expect(await openApiTypes()).toBe(committed);
  });
});

describe.each(drivers())("the typed client on $name", (driver) => {
  let db: TestDatabase;
  let service: Service;
  let client: ReturnType<typeof createClient<paths>>;
  let write: string;

  beforeAll(async () => {
    if (driver.unavailable) throw new Error(`the ${driver.name} suite cannot run: ${driver.unavailable}`);
    db = await driver.create();
    service = await openService(db.config);
    write = (await createApiKey(service.conn.db, { scope: "write" })).key;
    client = createClient<paths>({ baseUrl: "http://factmark.test", fetch: async (request: Request) => service.app.fetch(request) });
  });
  afterAll(async () => {
    await service?.close();
    await db?.drop();
  });

  it("creates a claim and reads it back in the same shape", async () => {
    const claim = casualtyClaim("typed:one") as paths["/v1/claims"]["post"]["requestBody"]["content"]["application/json"];
    const created = await client.POST("/v1/claims", { body: claim, headers: { authorization: `Bearer ${write}` } });
    expect(created.response.status).toBe(201);
    expect(Number(created.response.headers.get("x-registry-version"))).toBe(service.store.version);
    const read = await client.GET("/v1/claims/{id}", { params: { path: { id: "typed:one" } } });
    expect(read.data).toEqual(created.data);
    expect(read.data?.id).toBe("typed:one");
  });

  it("pages through claims and sources with next and after", async () => {
    const first = await client.GET("/v1/claims", { params: { query: { series: "gaza-moh-killed", limit: 2 } } });
    expect(first.data?.items).toHaveLength(2);
    const second = await client.GET("/v1/claims", { params: { query: { series: "gaza-moh-killed", limit: 2, after: first.data!.next! } } });
    expect(second.data!.items[0]!.id).not.toBe(first.data!.items[0]!.id);
    const sources = await client.GET("/v1/sources", { params: { query: { limit: 1 } } });
    expect(sources.data?.items).toHaveLength(1);
    const more = await client.GET("/v1/sources", { params: { query: { limit: 1, after: sources.data!.next! } } });
    expect(more.data!.items[0]!.id).not.toBe(sources.data!.items[0]!.id);
  });

  it("creates a place and a conflict, reads their history and retracts them, in the documented shapes", async () => {
    const headers = { authorization: `Bearer ${write}` };
    const place = await client.POST("/v1/places", { body: { id: "typed-isle", name: "Typed Isle", aliases: [], demonyms: [], within: [] }, headers });
    expect(place.response.status).toBe(201);
    const conflict = await client.PUT("/v1/conflicts/{id}", { params: { path: { id: "typed-war" } }, body: { id: "typed-war", name: "the typed war", aliases: [], start: "2030-01-01", places: ["typed-isle"], parties: [] }, headers });
    expect(conflict.response.status).toBe(201);
    expect((await client.GET("/v1/conflicts/{id}", { params: { path: { id: "typed-war" } } })).data).toEqual(conflict.data);
    const refused = await client.POST("/v1/places/{id}/retract", { params: { path: { id: "typed-isle" } }, body: { reason: "typed" }, headers });
    expect(refused.response.status).toBe(422);
    expect(refused.error?.code).toBe("invalid-registry");
    const retracted = await client.POST("/v1/conflicts/{id}/retract", { params: { path: { id: "typed-war" } }, body: { reason: "typed" }, headers });
    expect(retracted.data?.id).toBe("typed-war");
    const history = await client.GET("/v1/conflicts/{id}/history", { params: { path: { id: "typed-war" } } });
    expect(history.data?.items.map((e) => e.action)).toEqual(["create", "retract"]);
  });

  it("checks a draft and registers a story, answered as GET answers it", async () => {
    const checked = await client.POST("/v1/check", { body: { content: "Over 40,000 Palestinians have been killed, the ministry said.", date: "2024-05-04" } });
    expect(checked.data?.findings.map((f) => f.ruleId)).toEqual(["figure-mismatch"]);
    const story = await client.POST("/v1/stories", { body: { id: "typed-story", date: "2024-05-04", content: "Over 34,000 Palestinians have been killed, the ministry said." }, headers: { authorization: `Bearer ${write}` } });
    expect(story.response.status).toBe(201);
    const read = await client.GET("/v1/stories/{id}", { params: { path: { id: "typed-story" } } });
    expect(read.data).toEqual(story.data);
    const outdated = await client.GET("/v1/stories/outdated", { params: { query: { date: "2024-06-20" } } });
    expect(outdated.data?.items.map((s) => s.id)).toEqual(["typed-story"]);
  });

  it("gives errors as problem documents with a code and the request id", async () => {
    const missing = await client.GET("/v1/claims/{id}", { params: { path: { id: "typed:none" } }, headers: { "x-request-id": "typed-404" } });
    expect(missing.response.status).toBe(404);
    expect(missing.error).toMatchObject({ code: "not-found", requestId: "typed-404" });
  });
});
