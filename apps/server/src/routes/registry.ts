import { Actor, Claim, Conflict, Place, Series, Source } from "@factmark/core";
import { Hono } from "hono";
import { streamSSE } from "hono/streaming";
import * as z from "zod";
import { type AppEnv, requireScope } from "../auth.js";
import { ApiError } from "../problem.js";
import { readJson, readQuery } from "../request.js";
import { ClaimsQuery, RecordsQuery, RetractRequest, SupersedeRequest } from "../schemas.js";
import { type RecordCollection, type RegistryChange, type RegistryStore, listOf, notFound } from "../store.js";

/** Options of {@link registryRoutes}. */
export interface RegistryRouteOptions {
  openReads: boolean;
  heartbeatMs: number;
  /** The longest NDJSON line an import accepts, in characters. */
  maxLineLength: number;
  /** Counts the open event streams. */
  streams?: { inc(): void; dec(): void };
}

/**
 * The registry API: the whole registry (`GET /v1/registry`, with ETag), its change events
 * (`GET /v1/events`), claims, sources, actors (the parties), places, conflicts and series (list,
 * get, create, update, history, retract; claims are retracted or superseded and stay in the
 * registry, other records leave it when retracted and stay in their history), and NDJSON import
 * (`POST /v1/import`).
 */
export function registryRoutes(store: RegistryStore, options: RegistryRouteOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const read = requireScope("read", options.openReads);
  const write = requireScope("write");

  app.get("/registry", read, (c) => {
    const snapshot = store.snapshot();
    const etag = `"${snapshot.version}"`;
    const headers: Record<string, string> = { ETag: etag, "Cache-Control": "no-cache", Vary: "Accept-Encoding" };
    const match = c.req.header("if-none-match");
    if (match !== undefined && match.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag || tag.trim() === "*")) {
      return c.body(null, 304, headers);
    }
    if (/\bgzip\b/.test(c.req.header("accept-encoding") ?? "")) {
      return c.body(new Uint8Array(snapshot.gzip), 200, { ...headers, "Content-Type": "application/json", "Content-Encoding": "gzip" });
    }
    return c.body(snapshot.json, 200, { ...headers, "Content-Type": "application/json" });
  });

  app.get("/events", read, (c) =>
    streamSSE(c, async (stream) => {
      let open = true;
      const send = (change: RegistryChange) => stream.writeSSE({ event: "registry", id: String(change.version), data: JSON.stringify(change) });
      // Changes that arrive while missed ones are replayed wait, so the client sees versions in order.
      let pending: RegistryChange[] | undefined = [];
      const connectedAt = store.version;
      const unsubscribe = store.subscribe((change) => {
        if (!open) return;
        if (pending) pending.push(change);
        else void send(change).catch(() => {});
      });
      options.streams?.inc();
      stream.onAbort(() => {
        if (open) options.streams?.dec();
        open = false;
        unsubscribe();
      });
      await stream.write(`retry: 3000\n: factmark registry version ${connectedAt}\n\n`);
      // A browser reconnecting sends the id of the last event it saw: replay what it missed.
      const lastEventId = c.req.header("last-event-id") ?? "";
      let sent = /^\d{1,15}$/.test(lastEventId) ? Number(lastEventId) : connectedAt;
      if (sent < connectedAt) {
        for (const change of await store.changesSince(sent, connectedAt)) {
          await send(change);
          sent = change.version;
        }
      }
      for (const change of pending) if (change.version > sent) await send(change);
      pending = undefined;
      while (open) {
        await stream.sleep(options.heartbeatMs);
        if (open) await stream.write(": heartbeat\n\n");
      }
    }),
  );

  // Claims.
  app.get("/claims", read, async (c) => c.json(await store.listClaims(readQuery(c, ClaimsQuery))));
  app.get("/claims/:id", read, (c) => {
    const claim = store.registry.claim(c.req.param("id"));
    if (!claim) throw notFound("claim", c.req.param("id"));
    return c.json(claim);
  });
  app.get("/claims/:id/history", read, async (c) => c.json({ items: await store.claimHistory(c.req.param("id")) }));
  app.post("/claims", write, async (c) => {
    const claim = await readJson(c, Claim);
    if (store.registry.claim(claim.id)) throw new ApiError(409, "conflict", `a claim with the id "${claim.id}" exists; update it with PUT /v1/claims/${claim.id}, or supersede it with POST /v1/claims/${claim.id}/supersede`);
    const change = await store.write({ claims: [claim] }, { action: "create", ...keyOf(c.get("key")) });
    return c.json(claim, 201, { Location: `/v1/claims/${encodeURIComponent(claim.id)}`, ...versionHeader(change.version) });
  });
  app.put("/claims/:id", write, async (c) => {
    const id = c.req.param("id");
    const claim = await readJson(c, Claim);
    if (claim.id !== id) throw idMismatch(id, claim.id);
    if (!store.registry.claim(id)) throw notFound("claim", id);
    const change = await store.write({ claims: [claim] }, { action: "update", ...keyOf(c.get("key")) });
    return c.json(claim, 200, versionHeader(change.version));
  });
  app.post("/claims/:id/retract", write, async (c) => {
    const body = await readJson(c, RetractRequest);
    const result = await store.retract(c.req.param("id"), body.reason, c.get("key")?.id);
    return c.json(result.claim, 200, versionHeader(result.version));
  });
  app.post("/claims/:id/supersede", write, async (c) => {
    const body = await readJson(c, SupersedeRequest);
    const result = await store.supersede(c.req.param("id"), body.claim, body.reason, body.note, c.get("key")?.id);
    return c.json(result.claim, 201, { Location: `/v1/claims/${encodeURIComponent(result.claim.id)}`, ...versionHeader(result.version) });
  });

  // Sources, actors, places, conflicts and series: few records each, filtered in memory.
  const collections: { path: string; collection: RecordCollection; schema: z.ZodType<{ id: string }>; what: string }[] = [
    { path: "sources", collection: "sources", schema: Source, what: "source" },
    { path: "actors", collection: "actors", schema: Actor, what: "actor" },
    { path: "places", collection: "places", schema: Place, what: "place" },
    { path: "conflicts", collection: "conflicts", schema: Conflict, what: "conflict" },
    { path: "series", collection: "series", schema: Series, what: "series" },
  ];
  for (const { path, collection, schema, what } of collections) {
    const all = () => listOf(store.registry, collection) as unknown as Record<string, unknown>[];
    const find = (id: string) => all().find((r) => r.id === id);
    app.get(`/${path}`, read, (c) => {
      const q = readQuery(c, RecordsQuery);
      const start = q.after === undefined ? 0 : readIndexCursor(q.after);
      const needle = q.q?.toLowerCase();
      const items = all().filter((r) => {
        if (needle !== undefined && ![r.id, r.name, r.title, ...((r.aliases as string[] | undefined) ?? [])].some((v) => typeof v === "string" && v.toLowerCase().includes(needle))) return false;
        if (q.type !== undefined && r.type !== q.type) return false;
        if (q.source !== undefined && r.source !== q.source) return false;
        if (q.measure !== undefined && r.measure !== q.measure) return false;
        if (q.place !== undefined && !placesOf(collection, r).includes(q.place)) return false;
        return true;
      });
      const page = items.slice(start, start + q.limit);
      return c.json({ items: page, ...(start + q.limit < items.length ? { next: String(start + q.limit) } : {}) });
    });
    app.get(`/${path}/:id`, read, (c) => {
      const record = find(c.req.param("id"));
      if (!record) throw notFound(what, c.req.param("id"));
      return c.json(record);
    });
    app.post(`/${path}`, write, async (c) => {
      const record = await readJson(c, schema);
      if (find(record.id)) throw new ApiError(409, "conflict", `a ${what} with the id "${record.id}" exists; update it with PUT /v1/${path}/${record.id}`);
      const change = await store.write({ [collection]: [record] }, { action: "create", ...keyOf(c.get("key")) });
      return c.json(record, 201, { Location: `/v1/${path}/${encodeURIComponent(record.id)}`, ...versionHeader(change.version) });
    });
    app.put(`/${path}/:id`, write, async (c) => {
      const id = c.req.param("id");
      const record = await readJson(c, schema);
      if (record.id !== id) throw idMismatch(id, record.id);
      const existed = find(id) !== undefined;
      const change = await store.write({ [collection]: [record] }, { action: existed ? "update" : "create", ...keyOf(c.get("key")) });
      return c.json(record, existed ? 200 : 201, { ...(existed ? {} : { Location: `/v1/${path}/${encodeURIComponent(record.id)}` }), ...versionHeader(change.version) });
    });
    app.get(`/${path}/:id/history`, read, async (c) => c.json({ items: await store.recordHistory(collection, c.req.param("id")) }));
    app.post(`/${path}/:id/retract`, write, async (c) => {
      const body = await readJson(c, RetractRequest);
      const result = await store.retractRecord(collection, c.req.param("id"), body.reason, c.get("key")?.id);
      return c.json(result.record, 200, versionHeader(result.version));
    });
  }

  app.post("/import", write, async (c) => {
    const type = c.req.header("content-type") ?? "";
    if (type && !/^(application\/(x-)?ndjson|application\/jsonl|application\/x-jsonlines|text\/plain)\b/i.test(type)) {
      throw new ApiError(415, "unsupported-media-type", `expected an NDJSON body (Content-Type: application/x-ndjson), one record per line; received Content-Type: ${type}`);
    }
    const body = c.req.raw.body;
    if (!body) throw new ApiError(400, "invalid-request", 'the request body is empty; expected NDJSON, one record per line, for example {"source":{"id":"newsroom","name":"Newsroom desk","type":"news-outlet"}}');
    const result = await store.importNdjson(body as unknown as AsyncIterable<Uint8Array>, keyOf(c.get("key")), { maxLineLength: options.maxLineLength });
    return c.json(result, 200, versionHeader(result.version));
  });

  return app;
}

/** The places a record is about, for the `place` filter: a series' population place, a place's containers, a conflict's places. */
function placesOf(collection: RecordCollection, record: Record<string, unknown>): string[] {
  if (collection === "places") return (record.within as string[] | undefined) ?? [];
  if (collection === "conflicts") return (record.places as string[] | undefined) ?? [];
  const place = (record.population as { place?: string } | undefined)?.place;
  return place === undefined ? [] : [place];
}

/** The registry version a write made, for a client that reads next from another instance (see README, instances). */
function versionHeader(version: number): Record<string, string> {
  return { "X-Registry-Version": String(version) };
}

/** The position an index cursor (`next` of a list held in memory) names; 422 for anything else. */
function readIndexCursor(after: string): number {
  if (!/^\d{1,9}$/.test(after)) throw new ApiError(422, "invalid-request", `"after" is not a cursor this list gave; pass the "next" of the previous page`, { issues: [{ code: "custom", path: ["after"], message: "not a cursor of this list" }] });
  return Number(after);
}

function keyOf(key: { id: string } | undefined): { keyId?: string } {
  return key ? { keyId: key.id } : {};
}

function idMismatch(path: string, body: string): ApiError {
  return new ApiError(422, "invalid-request", `the body's id "${body}" differs from the id in the path "${path}"; they must match`, { issues: [{ code: "custom", path: ["id"], message: `expected "${path}"` }] });
}

