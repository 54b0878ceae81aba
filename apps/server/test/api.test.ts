import { check, parseRegistryJSON } from "@factmark/core";
import { defaultRegistry } from "@factmark/dataset-gaza";
import { defaultRegistry as ukraineRegistry } from "@factmark/dataset-ukraine";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Service, openService } from "../src/app.js";
import { createApiKey } from "../src/keys.js";
import { type TestDatabase, auth, casualtyClaim, drivers, json, send } from "./harness.js";

const ARTICLE = readFileSync(new URL("../../../../shared/fixtures/cairo-talks-2024-05.md", import.meta.url), "utf8");
const TODAY = "2024-06-20";

describe.each(drivers())("the API on $name", (driver) => {
  let db: TestDatabase;
  let service: Service;
  const keys = { read: "", write: "", admin: "" };
  const request = (path: string, init?: RequestInit) => service.app.request(path, init);

  beforeAll(async () => {
    if (driver.unavailable) throw new Error(`the ${driver.name} suite cannot run: ${driver.unavailable}; CI must run it (see README, PostgreSQL for tests)`);
    db = await driver.create({ FACTMARK_BODY_LIMIT: String(64 * 1024), FACTMARK_IMPORT_LIMIT: String(4 * 1024 * 1024) });
    service = await openService(db.config, { today: () => TODAY });
    for (const scope of ["read", "write", "admin"] as const) keys[scope] = (await createApiKey(service.conn.db, { scope, name: `test ${scope}` })).key;
  });
  afterAll(async () => {
    await service?.close();
    await db?.drop();
  });

  describe("checking", () => {
    it("gives the founding article the same findings through POST /v1/check as core's check()", async () => {
      const res = await request("/v1/check", send("POST", { content: ARTICLE, format: "markdown" }));
      expect(res.status).toBe(200);
      const body = await json(res);
      const expected = check(ARTICLE, { registry: defaultRegistry(), format: "markdown" });
      expect(body.date).toBe("2024-05-04");
      expect(body.findings).toEqual(JSON.parse(JSON.stringify(expected)));
      expect(body.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(expect.arrayContaining(["unsourced-figure", "inconsistent-duration"]));
      for (const f of body.findings) expect(ARTICLE.slice(f.from, f.to)).toBe(f.text);
      const counts = { error: 0, warning: 0, info: 0 };
      for (const f of expected) counts[f.severity]++;
      expect(body.counts).toEqual(counts);
    });

    it("returns an outdated figure with its fix when the draft is dated later", async () => {
      const content = "Over 34,000 Palestinians have been killed, the ministry said.";
      const body = await json(await request("/v1/check", send("POST", { content, date: "2024-06-20" })));
      const outdated = body.findings.find((f: { ruleId: string }) => f.ruleId === "outdated-figure");
      expect(outdated.text).toBe("Over 34,000");
      expect(outdated.fixes[0]).toMatchObject({ kind: "replace", text: "37,000" });
    });

    it("gives ProseMirror findings a node path and an offset", async () => {
      const doc = {
        type: "doc",
        content: [
          { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "Gaza" }] },
          { type: "paragraph", content: [{ type: "text", text: "Over 40,000 Palestinians have been killed, the ministry said." }] },
        ],
      };
      const body = await json(await request("/v1/check", send("POST", { content: doc, date: "2024-05-04" })));
      const mismatch = body.findings.find((f: { ruleId: string }) => f.ruleId === "figure-mismatch");
      expect(mismatch).toMatchObject({ path: [1], offset: 0, text: "Over 40,000" });
    });

    it("lets the publish gate pass a draft without error findings", async () => {
      const res = await request("/v1/check?gate=publish", send("POST", { content: ARTICLE, format: "markdown" }));
      expect(res.status).toBe(200);
    });

    it("answers the publish gate with 422 and the blocking findings when an error remains", async () => {
      const res = await request("/v1/check?gate=publish", send("POST", { content: "Over 40,000 Palestinians have been killed, the ministry said.", date: "2024-05-04" }));
      expect(res.status).toBe(422);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      const problem = await json(res);
      expect(problem.code).toBe("publish-blocked");
      expect(problem.findings).toHaveLength(1);
      expect(problem.findings[0]).toMatchObject({ ruleId: "figure-mismatch", severity: "error", text: "Over 40,000" });
    });

    it("applies rule settings from the request", async () => {
      const content = "Over 40,000 Palestinians have been killed, the ministry said.";
      const body = await json(await request("/v1/check?gate=publish", send("POST", { content, date: "2024-05-04", rules: { "figure-mismatch": "warning" } })));
      expect(body.findings.map((f: { severity: string }) => f.severity)).toEqual(["warning"]);
    });

    it("answers a draft with no date with 422 naming the missing date", async () => {
      const res = await request("/v1/check", send("POST", { content: "Over 34,000 killed." }));
      expect(res.status).toBe(422);
      const problem = await json(res);
      expect(problem.detail).toMatch(/no document date/);
    });

    it("answers a bad format, a bad date and an unknown field with 422 and their paths", async () => {
      const res = await request("/v1/check", send("POST", { content: "x", format: "docx", date: "2024-02-30", extra: 1 }));
      expect(res.status).toBe(422);
      const paths = (await json(res)).issues.map((i: { path: unknown[] }) => i.path.join("."));
      expect(paths).toEqual(expect.arrayContaining(["format", "date", ""]));
    });

    it("answers a ProseMirror object that is not a document with 422, not a crash", async () => {
      const res = await request("/v1/check", send("POST", { content: { type: "doc", content: "nope" }, date: "2024-05-04" }));
      expect(res.status).toBe(422);
      expect((await json(res)).type).toMatch(/^urn:factmark:problem:/);
    });

    it("checks an empty draft and hostile text without failing", async () => {
      for (const content of ["", " ", "\u0000\uFFFF", "9".repeat(20_000), "over ".repeat(5000), "<b>".repeat(3000)]) {
        const res = await request("/v1/check", send("POST", { content, date: "2024-05-04", format: "html" }));
        expect(res.status).toBe(200);
        const body = await json(res);
        for (const f of body.findings) expect(f.to).toBeLessThanOrEqual(content.length);
      }
    });
  });

  describe("request errors", () => {
    it("answers malformed JSON with 400 as problem+json", async () => {
      const res = await request("/v1/check", send("POST", '{"content": "x",'));
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect(await json(res)).toMatchObject({ status: 400, code: "malformed-json", type: "urn:factmark:problem:malformed-json" });
    });

    it("answers an empty body with 400", async () => {
      expect((await request("/v1/check", send("POST", ""))).status).toBe(400);
    });

    it("answers a body over the limit with 413", async () => {
      const res = await request("/v1/check", send("POST", { content: "x".repeat(70 * 1024), date: "2024-05-04" }));
      expect(res.status).toBe(413);
      expect((await json(res)).code).toBe("payload-too-large");
    });

    it("answers a non-JSON content type with 415", async () => {
      const res = await request("/v1/check", { method: "POST", headers: { "content-type": "text/plain" }, body: "hello" });
      expect(res.status).toBe(415);
    });

    it("answers an unknown route with a 404 problem", async () => {
      const res = await request("/v1/nothing-here");
      expect(res.status).toBe(404);
      expect((await json(res)).code).toBe("not-found");
    });
  });

  describe("the registry", () => {
    it("serves the whole registry with an ETag and no-cache, and 304 for a matching If-None-Match", async () => {
      const res = await request("/v1/registry");
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("no-cache");
      const etag = res.headers.get("etag")!;
      expect(etag).toBe(`"${service.store.version}"`);
      const text = await res.text();
      // The editor reads it with core's own registry loader.
      const data = parseRegistryJSON(text);
      // The default registry: the Gaza and Ukraine datasets, merged (two records are the same in both).
      expect(data.claims.length).toBe(defaultRegistry().size + ukraineRegistry().size);
      expect(data.sources.map((s) => s.id)).toEqual(expect.arrayContaining(["gaza-moh", "ohchr-hrmmu", "ua-general-staff"]));
      const again = await request("/v1/registry", { headers: { "if-none-match": etag } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
    });

    it("serves the registry gzipped to a client that accepts it", async () => {
      const res = await request("/v1/registry", { headers: { "accept-encoding": "gzip, deflate" } });
      expect(res.headers.get("content-encoding")).toBe("gzip");
    });

    it("lists claims with filters and pages through them with the next cursor", async () => {
      const first = await json(await request("/v1/claims?series=gaza-moh-killed&from=2024-05-01&to=2024-05-10&limit=3"));
      expect(first.items).toHaveLength(3);
      for (const c of first.items) {
        expect(c.series).toBe("gaza-moh-killed");
        expect(c.asOf >= "2024-05-01" && c.asOf <= "2024-05-10").toBe(true);
      }
      const second = await json(await request(`/v1/claims?series=gaza-moh-killed&from=2024-05-01&to=2024-05-10&limit=3&after=${first.next}`));
      expect(second.items[0].asOf > first.items[2].asOf).toBe(true);
      const positions = await json(await request("/v1/claims?kind=position&source=founding-article"));
      expect(positions.items.length).toBeGreaterThan(0);
      for (const c of positions.items) expect(c.kind).toBe("position");
    });

    it("answers an invalid filter with 422 naming the parameter", async () => {
      const res = await request("/v1/claims?kind=rumour&limit=0");
      expect(res.status).toBe(422);
      const paths = (await json(res)).issues.map((i: { path: string[] }) => i.path[0]);
      expect(paths).toEqual(expect.arrayContaining(["kind", "limit"]));
    });

    it("treats SQL-injection strings in every filter as plain values and leaves the data intact", async () => {
      const before = await service.store.exportData();
      const hostile = ["' OR '1'='1", "'; DROP TABLE claims; --", '" OR 1=1 --', "gaza-moh' UNION SELECT data FROM api_keys --", "%", "_", "\\", "\u0000"];
      for (const value of hostile) {
        const v = encodeURIComponent(value);
        // NUL cannot be stored in PostgreSQL text, so every driver refuses it as a bad value.
        const ok = value.includes("\u0000") ? 422 : 200;
        for (const param of ["series", "source"]) {
          const res = await request(`/v1/claims?${param}=${v}`);
          expect(res.status).toBe(ok);
          if (ok === 200) expect((await json(res)).items).toEqual([]);
        }
        for (const param of ["kind", "status", "origin", "from", "to", "limit", "after"]) {
          expect((await request(`/v1/claims?${param}=${v}`)).status).toBe(422);
        }
        for (const path of ["sources", "actors", "series"]) {
          for (const param of ["q", "type", "source", "measure", "place"]) {
            const res = await request(`/v1/${path}?${param}=${v}`);
            expect(res.status).toBe(ok);
            const items = ok === 200 ? (await json(res)).items : [];
            // "%" and "_" are not wildcards: only records that really contain them match.
            for (const item of items) expect(JSON.stringify(item)).toContain(value);
          }
        }
        expect((await request(`/v1/claims/${v}`)).status).toBe(404);
        expect((await request(`/v1/stories/${v}`)).status).toBe(404);
        expect((await request(`/v1/stories/outdated?date=${v}`)).status).toBe(422);
      }
      expect(await service.store.exportData()).toEqual(before);
    });

    it("gets a source, an actor and a series by id, and 404 for an unknown id", async () => {
      expect((await json(await request("/v1/sources/gaza-moh"))).name).toBe("Gaza Ministry of Health");
      expect((await json(await request("/v1/actors/hamas"))).name).toBe("Hamas");
      expect((await json(await request("/v1/series/gaza-moh-killed"))).measure).toBe("killed");
      expect((await request("/v1/sources/nobody")).status).toBe(404);
    });
  });

  describe("auth", () => {
    it("answers a write without a key with 401 and WWW-Authenticate", async () => {
      const res = await request("/v1/claims", send("POST", casualtyClaim("newsroom:k1")));
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect((await json(res)).code).toBe("unauthorized");
    });

    it("answers a write with a read key with 403", async () => {
      const res = await request("/v1/claims", send("POST", casualtyClaim("newsroom:k1"), keys.read));
      expect(res.status).toBe(403);
      expect((await json(res)).code).toBe("forbidden");
    });

    it("answers a wrong, malformed or revoked key with 401, even on an open read", async () => {
      const wrong = keys.read.slice(0, -4) + "AAAA";
      expect((await request("/v1/registry", auth(wrong))).status).toBe(401);
      expect((await request("/v1/registry", auth("not-a-key"))).status).toBe(401);
      expect((await request("/v1/registry", { headers: { authorization: "Basic abc" } })).status).toBe(401);
      const key = await createApiKey(service.conn.db, { scope: "write" });
      expect((await request("/v1/registry", auth(key.key))).status).toBe(200);
      const revoke = await request(`/v1/keys/${key.id}`, { method: "DELETE", headers: { authorization: `Bearer ${keys.admin}` } });
      expect(revoke.status).toBe(204);
      expect((await request("/v1/registry", auth(key.key))).status).toBe(401);
    });

    it("accepts a key in X-API-Key too", async () => {
      expect((await request("/v1/registry", { headers: { "x-api-key": keys.read } })).status).toBe(200);
    });

    it("lets only admin keys manage keys, and never lists secrets", async () => {
      expect((await request("/v1/keys", auth(keys.write))).status).toBe(403);
      expect((await request("/v1/keys")).status).toBe(401);
      const created = await json(await request("/v1/keys", send("POST", { scope: "read", name: "desk" }, keys.admin)));
      expect(created.key).toMatch(/^fmk_[0-9a-f]{12}_/);
      const list = await request("/v1/keys", auth(keys.admin));
      const text = await list.text();
      expect(text).toContain(created.id);
      expect(text).not.toContain(created.key.slice("fmk_000000000000_".length));
      expect(text).not.toContain("secret");
    });
  });

  describe("claims, sources and series", () => {
    it("creates a newsroom source and a claim citing it, then checks against the new figure", async () => {
      const source = { id: "newsroom-desk", name: "Newsroom Data Desk", type: "news-outlet" };
      const created = await request("/v1/sources", send("POST", source, keys.write));
      expect(created.status).toBe(201);
      const claim = casualtyClaim("newsroom:gaza-killed-2030", { citations: [{ source: "gaza-moh", published: "2030-01-02" }] });
      const res = await request("/v1/claims", send("POST", claim, keys.write));
      expect(res.status).toBe(201);
      expect(res.headers.get("location")).toBe("/v1/claims/newsroom%3Agaza-killed-2030");
      const body = await json(res);
      const fetched = await json(await request("/v1/claims/newsroom:gaza-killed-2030"));
      // A write answers the resource as GET does, with the version it made in a header.
      expect(body).toEqual(fetched);
      expect(res.headers.get("x-registry-version")).toBe(String(service.store.version));
      expect(fetched.quantity.value).toBe(90_000);
      // Within one reporting interval of the new figure (1 January 2030): past it, the series judges nothing.
      const checked = await json(await request("/v1/check", send("POST", { content: "More than 95,000 Palestinians have been killed, the ministry said.", date: "2030-01-05" })));
      expect(checked.findings.find((f: { ruleId: string }) => f.ruleId === "figure-mismatch")?.evidence[0].claimId).toBe("newsroom:gaza-killed-2030");
      expect((await json(await request("/v1/claims?origin=newsroom"))).items.map((c: { id: string }) => c.id)).toContain("newsroom:gaza-killed-2030");
    });

    it("refuses to create a claim whose id exists with 409", async () => {
      const res = await request("/v1/claims", send("POST", casualtyClaim("newsroom:gaza-killed-2030"), keys.write));
      expect(res.status).toBe(409);
    });

    it("answers an invalid claim with 422 and zod's paths", async () => {
      const bad = casualtyClaim("newsroom:bad", { quantity: { value: -5 }, asOf: "2024-13-01", citations: [] });
      const res = await request("/v1/claims", send("POST", bad, keys.write));
      expect(res.status).toBe(422);
      const paths = (await json(res)).issues.map((i: { path: unknown[] }) => i.path.join("."));
      expect(paths).toEqual(expect.arrayContaining(["asOf", "citations"]));
      expect(paths.some((p: string) => p.startsWith("quantity"))).toBe(true);
    });

    it("answers a claim citing an unknown source with 422 and the path to it", async () => {
      const res = await request("/v1/claims", send("POST", casualtyClaim("newsroom:ghost", { citations: [{ source: "no-such-source", published: "2030-01-01" }] }), keys.write));
      expect(res.status).toBe(422);
      const problem = await json(res);
      expect(problem.issues).toContainEqual(expect.objectContaining({ code: "unknown-source", path: ["claims", 0, "citations", 0, "source"] }));
      expect((await request("/v1/claims/newsroom:ghost")).status).toBe(404);
    });

    it("updates a claim with PUT and keeps every version in its history", async () => {
      const updated = casualtyClaim("newsroom:gaza-killed-2030", { quantity: { value: 91_000 }, citations: [{ source: "gaza-moh", published: "2030-01-02" }] });
      const res = await request("/v1/claims/newsroom:gaza-killed-2030", send("PUT", updated, keys.write));
      expect(res.status).toBe(200);
      const history = await json(await request("/v1/claims/newsroom:gaza-killed-2030/history"));
      expect(history.items.map((h: { action: string }) => h.action)).toEqual(["create", "update"]);
      expect(history.items.map((h: { claim: { quantity: { value: number } } }) => h.claim.quantity.value)).toEqual([90_000, 91_000]);
      expect(history.items[1].keyId).toBe(keys.write.split("_")[1]);
    });

    it("answers a PUT whose body id differs from the path with 422, and an unknown id with 404", async () => {
      expect((await request("/v1/claims/newsroom:gaza-killed-2030", send("PUT", casualtyClaim("newsroom:other"), keys.write))).status).toBe(422);
      expect((await request("/v1/claims/newsroom:none", send("PUT", casualtyClaim("newsroom:none"), keys.write))).status).toBe(404);
    });

    it("retracts a claim with a reason and never deletes it", async () => {
      const res = await request("/v1/claims/newsroom:gaza-killed-2030/retract", send("POST", { reason: "entered in error" }, keys.write));
      expect(res.status).toBe(200);
      const claim = await json(await request("/v1/claims/newsroom:gaza-killed-2030"));
      expect(claim.status).toBe("retracted");
      expect(claim.note).toContain("entered in error");
      const history = await json(await request("/v1/claims/newsroom:gaza-killed-2030/history"));
      expect(history.items.at(-1)).toMatchObject({ action: "retract", reason: "entered in error" });
      expect((await json(await request("/v1/claims?status=retracted"))).items.map((c: { id: string }) => c.id)).toContain("newsroom:gaza-killed-2030");
      expect((await request("/v1/claims/newsroom:gaza-killed-2030/retract", send("POST", { reason: "" }, keys.write))).status).toBe(422);
      expect((await request("/v1/claims/newsroom:nope/retract", send("POST", { reason: "x" }, keys.write))).status).toBe(404);
    });

    it("supersedes a claim with a correction that takes its place", async () => {
      await request("/v1/claims", send("POST", casualtyClaim("newsroom:k-2031", { asOf: "2031-01-01", quantity: { value: 95_000 }, citations: [{ source: "gaza-moh", published: "2031-01-01" }] }), keys.write));
      const next = casualtyClaim("newsroom:k-2031-corrected", { asOf: "2031-01-01", quantity: { value: 95_500 }, citations: [{ source: "gaza-moh", published: "2031-01-03" }] });
      const res = await request("/v1/claims/newsroom:k-2031/supersede", send("POST", { claim: next, reason: "correction", note: "ministry revised" }, keys.write));
      expect(res.status).toBe(201);
      expect((await json(await request("/v1/claims/newsroom:k-2031"))).status).toBe("corrected");
      expect((await json(await request("/v1/claims/newsroom:k-2031-corrected"))).supersedes).toEqual([{ claim: "newsroom:k-2031", reason: "correction", note: "ministry revised" }]);
      expect(service.store.registry.valueAt("gaza-moh-killed", "2031-01-02")?.id).toBe("newsroom:k-2031-corrected");
    });

    it("creates and replaces a series with PUT", async () => {
      const series = { id: "newsroom-rafah-displaced", title: "Newsroom: people displaced from Rafah", source: "newsroom-desk", measure: "displaced", population: { place: "rafah" } };
      expect((await request("/v1/series/newsroom-rafah-displaced", send("PUT", series, keys.write))).status).toBe(201);
      expect((await request("/v1/series/newsroom-rafah-displaced", send("PUT", { ...series, title: "Displaced from Rafah" }, keys.write))).status).toBe(200);
      expect((await json(await request("/v1/series?source=newsroom-desk"))).items).toEqual([expect.objectContaining({ title: "Displaced from Rafah" })]);
    });
  });

  describe("NDJSON import", () => {
    const ndjson = (lines: unknown[]) => lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n");
    const post = (body: string, key = keys.write) => request("/v1/import", { method: "POST", headers: { "content-type": "application/x-ndjson", authorization: `Bearer ${key}` }, body });

    it("imports sources and claims in one change", async () => {
      const body = ndjson([
        { source: { id: "import-desk", name: "Import Desk", type: "news-outlet" } },
        casualtyClaim("import:a", { asOf: "2032-01-01", quantity: { value: 96_000 }, citations: [{ source: "import-desk", published: "2032-01-01" }], series: undefined }),
        casualtyClaim("import:b", { asOf: "2032-01-02", quantity: { value: 96_100 }, citations: [{ source: "import-desk", published: "2032-01-02" }], series: undefined }),
      ]);
      const version = service.store.version;
      const res = await post(body);
      expect(res.status).toBe(200);
      const result = await json(res);
      expect(result).toMatchObject({ version: version + 1, claims: ["import:a", "import:b"], counts: { sources: 1, claims: 2 } });
      const history = await json(await request("/v1/claims/import:b/history"));
      expect(history.items[0]).toMatchObject({ action: "import", version: version + 1 });
    });

    it("rejects the whole import with the failing line and writes nothing", async () => {
      const before = await service.store.exportData();
      const body = ndjson([
        casualtyClaim("import:c", { asOf: "2032-02-01", quantity: { value: 97_000 }, citations: [{ source: "import-desk", published: "2032-02-01" }], series: undefined }),
        "// a comment line",
        casualtyClaim("import:d", { asOf: "2032-02-02", quantity: { value: "many" }, citations: [{ source: "import-desk", published: "2032-02-02" }], series: undefined }),
      ]);
      const res = await post(body);
      expect(res.status).toBe(422);
      const problem = await json(res);
      expect(problem.line).toBe(3);
      expect(problem.detail).toContain("import:3");
      expect(problem.issues.some((i: { path: unknown[] }) => i.path.join(".").startsWith("quantity"))).toBe(true);
      expect(await service.store.exportData()).toEqual(before);
    });

    it("rejects malformed JSON on a line with that line number", async () => {
      const res = await post(`${JSON.stringify({ source: { id: "x-desk", name: "X", type: "news-outlet" } })}\n{"kind":"casualty",`);
      expect(res.status).toBe(422);
      expect((await json(res)).line).toBe(2);
    });

    it("rejects an import whose claim cites an unknown source, naming it", async () => {
      const res = await post(ndjson([casualtyClaim("import:e", { citations: [{ source: "ghost-desk", published: "2030-01-01" }] })]));
      expect(res.status).toBe(422);
      expect((await json(res)).issues[0]).toMatchObject({ code: "unknown-source", path: ["claims", 0, "citations", 0, "source"] });
    });

    it("answers an import over the limit with 413", async () => {
      const big = ndjson(Array.from({ length: 9000 }, (_, i) => casualtyClaim(`import:big-${i}`, { asOf: "2033-01-01", quantity: { value: 99_000 + i }, note: "x".repeat(300) })));
      expect(big.length).toBeGreaterThan(4 * 1024 * 1024);
      const res = await post(big);
      expect(res.status).toBe(413);
    });

    it("does not interleave two concurrent imports of the same claims", async () => {
      const ids = Array.from({ length: 600 }, (_, i) => `import:race-${i}`);
      const batch = (value: number) =>
        ndjson(ids.map((id) => casualtyClaim(id, { series: undefined, measure: "injured", population: { place: `race-${value}` }, asOf: "2032-03-01", quantity: { value }, citations: [{ source: "import-desk", published: "2032-03-01" }] })));
      const [a, b] = await Promise.all([post(batch(1)), post(batch(2))]);
      expect([a.status, b.status]).toEqual([200, 200]);
      const [ra, rb] = [await json(a), await json(b)];
      expect(Math.abs(ra.version - rb.version)).toBe(1);
      const stored = (await service.store.exportData()).claims.filter((c) => c.id.startsWith("import:race-"));
      expect(stored).toHaveLength(600);
      const values = new Set(stored.map((c) => (c.kind === "casualty" ? c.quantity.value : undefined)));
      // The later import wins for every claim, never a mix.
      expect([...values]).toEqual([ra.version > rb.version ? 1 : 2]);
      const history = await json(await request("/v1/claims/import:race-599/history"));
      expect(history.items.map((h: { version: number }) => h.version)).toEqual([Math.min(ra.version, rb.version), Math.max(ra.version, rb.version)]);
    });

    it("imports an empty body as nothing and refuses another content type", async () => {
      expect((await post("")).status).toBe(200);
      const res = await request("/v1/import", { method: "POST", headers: { "content-type": "application/xml", authorization: `Bearer ${keys.write}` }, body: "<x/>" });
      expect(res.status).toBe(415);
    });
  });

  describe("stories", () => {
    it("registers a published story with its mentions and its findings at its date", async () => {
      const res = await request("/v1/stories", send("POST", { id: "cairo-talks", url: "https://example.org/cairo-talks", title: "Ceasefire talks", date: "2024-05-04", format: "markdown", content: ARTICLE }, keys.write));
      expect(res.status).toBe(201);
      const body = await json(res);
      expect(body.findings.map((f: { ruleId: string }) => f.ruleId)).toContain("unsourced-figure");
      const story = await json(await request("/v1/stories/cairo-talks"));
      expect(story.content).toBe(ARTICLE);
      // POST answers the story as GET does.
      expect(body).toEqual(story);
      const count = story.mentions.find((m: { kind: string; text: string }) => m.kind === "count" && m.text.includes("34,000"));
      expect(ARTICLE.slice(count.from, count.to)).toBe(count.text);
      const again = { id: "cairo-talks", url: "https://example.org/cairo-talks", title: "Ceasefire talks, updated", date: "2024-05-04", format: "markdown", content: ARTICLE };
      expect((await request("/v1/stories", send("POST", again, keys.write))).status).toBe(200);
      expect((await json(await request("/v1/stories/cairo-talks"))).title).toBe("Ceasefire talks, updated");
    });

    it("registers a story whose figure is still current", async () => {
      const content = "Gaza's Health Ministry said 37,396 Palestinians have been killed.";
      expect((await request("/v1/stories", send("POST", { id: "june-toll", date: "2024-06-20", content }, keys.write))).status).toBe(201);
    });

    it("lists the stories a newer figure has outdated, at today's date, with the fixes", async () => {
      const body = await json(await request("/v1/stories/outdated"));
      expect(body.date).toBe(TODAY);
      expect(body.items.map((s: { id: string }) => s.id)).toEqual(["cairo-talks"]);
      const finding = body.items[0].findings[0];
      expect(finding).toMatchObject({ ruleId: "outdated-figure", text: "over 34,000" });
      expect(finding.fixes.find((f: { kind: string }) => f.kind === "replace").text).toBe("37,000");
      expect(ARTICLE.slice(finding.from, finding.to)).toBe("over 34,000");
      const earlier = await json(await request("/v1/stories/outdated?date=2024-05-05"));
      expect(earlier.items).toEqual([]);
    });

    it("returns ClaimReview JSON-LD for the figures checked in a story", async () => {
      const res = await request("/v1/stories/cairo-talks/claimreview");
      expect(res.headers.get("content-type")).toBe("application/ld+json");
      const reviews = await json(res);
      const toll = reviews.find((r: { claimReviewed: string }) => r.claimReviewed === "over 34,000 Palestinians killed" || r.claimReviewed.includes("34,000"));
      expect(toll).toMatchObject({ "@context": "https://schema.org", "@type": "ClaimReview", reviewRating: { alternateName: "Accurate", ratingValue: 5 } });
      expect(toll.itemReviewed.appearance[0]).toMatchObject({ url: "https://example.org/cairo-talks", datePublished: "2024-05-04" });
    });

    it("rates a figure that cannot be true as False", async () => {
      await request("/v1/stories", send("POST", { id: "wrong-toll", date: "2024-05-04", content: "Over 40,000 Palestinians have been killed, the ministry said." }, keys.write));
      const reviews = await json(await request("/v1/stories/wrong-toll/claimreview"));
      expect(reviews[0].reviewRating).toMatchObject({ alternateName: "False", ratingValue: 1 });
    });

    it("answers an unknown story with 404 and a story without a date with 422", async () => {
      expect((await request("/v1/stories/nope/claimreview")).status).toBe(404);
      const res = await request("/v1/stories", send("POST", { id: "no-date", content: "x" }, keys.write));
      expect(res.status).toBe(422);
      expect((await json(res)).issues.map((i: { path: string[] }) => i.path[0])).toContain("date");
    });

    it("keeps a ProseMirror story as its document, with block paths on its mentions", async () => {
      const doc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Over 34,000 Palestinians have been killed, the ministry said." }] }] };
      expect((await request("/v1/stories", send("POST", { id: "pm-story", date: "2024-05-01", content: doc }, keys.write))).status).toBe(201);
      const story = await json(await request("/v1/stories/pm-story"));
      expect(story.format).toBe("prosemirror");
      expect(story.content).toEqual(doc);
      expect(story.mentions.find((m: { kind: string }) => m.kind === "count")).toMatchObject({ path: [0], offset: 0, text: "Over 34,000" });
    });

    it("lists registered stories newest first", async () => {
      const body = await json(await request("/v1/stories"));
      expect(body.items.map((s: { id: string }) => s.id)).toEqual(["june-toll", "cairo-talks", "wrong-toll", "pm-story"]);
      expect(body.items[3]).not.toHaveProperty("content");
      expect(body.next).toBeUndefined();
      const first = await json(await request("/v1/stories?limit=3"));
      expect(first.items.map((s: { id: string }) => s.id)).toEqual(["june-toll", "cairo-talks", "wrong-toll"]);
      const second = await json(await request(`/v1/stories?limit=3&after=${first.next}`));
      expect(second).toEqual({ items: [expect.objectContaining({ id: "pm-story" })] });
    });
  });

  describe("the service", () => {
    it("answers /healthz with 200 {ok: true}", async () => {
      const res = await request("/healthz");
      expect(res.status).toBe(200);
      expect(await json(res)).toEqual({ ok: true });
    });

    it("publishes an OpenAPI 3.1 document generated from the schemas", async () => {
      const doc = await json(await request("/v1/openapi.json"));
      expect(doc.openapi).toBe("3.1.0");
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/v1/check", "/v1/registry", "/v1/events", "/v1/claims", "/v1/stories/outdated", "/v1/stories/{id}/claimreview", "/v1/import"]));
      expect(doc.components.schemas.Claim.oneOf ?? doc.components.schemas.Claim.anyOf).toHaveLength(5);
      expect(doc.components.schemas.CheckRequest.properties.format.enum).toEqual(["text", "markdown", "html", "prosemirror"]);
    });

    it("serves a page saying how to build the editor when it is not built", async () => {
      const res = await request("/");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/html/);
      expect(await res.text()).toContain("npx turbo run build --filter=@factmark/editor");
    });
  });
});
