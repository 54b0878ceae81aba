import { Actor, Claim, Conflict, Finding, Place, RegistryData, Series, Source } from "@factmark/core";
import * as z from "zod";
import { Problem } from "./problem.js";
import {
  CheckRequest,
  CheckResponse,
  ClaimPage,
  ClaimsQuery,
  KeyRequest,
  OutdatedQuery,
  OutdatedStory,
  RecordsQuery,
  StoryDetail,
  pageOf,
  RegistryChange,
  RetractRequest,
  StoriesQuery,
  Story,
  StoryInput,
  SupersedeRequest,
} from "./schemas.js";

type JsonSchema = Record<string, unknown>;

/** An API key as listed (never its secret). */
const KeyInfo = z.object({ id: z.string(), name: z.string(), scope: z.enum(["read", "write", "admin"]), createdAt: z.string(), revokedAt: z.string().optional() });

/** Named components: the core schemas and the API's own, each converted once. */
const COMPONENTS: Record<string, { schema: z.ZodType; io: "input" | "output" }> = {
  Claim: { schema: Claim, io: "output" },
  ClaimInput: { schema: Claim, io: "input" },
  Source: { schema: Source, io: "output" },
  Actor: { schema: Actor, io: "output" },
  Place: { schema: Place, io: "output" },
  Conflict: { schema: Conflict, io: "output" },
  Series: { schema: Series, io: "output" },
  RegistryData: { schema: RegistryData, io: "output" },
  Finding: { schema: Finding, io: "output" },
  CheckRequest: { schema: CheckRequest, io: "input" },
  CheckResponse: { schema: CheckResponse, io: "output" },
  StoryInput: { schema: StoryInput, io: "input" },
  Story: { schema: Story, io: "output" },
  StoryDetail: { schema: StoryDetail, io: "output" },
  StoryPage: { schema: pageOf(Story.omit({ content: true })), io: "output" },
  SourcePage: { schema: pageOf(Source), io: "output" },
  ActorPage: { schema: pageOf(Actor), io: "output" },
  PlacePage: { schema: pageOf(Place), io: "output" },
  ConflictPage: { schema: pageOf(Conflict), io: "output" },
  SeriesPage: { schema: pageOf(Series), io: "output" },
  OutdatedPage: { schema: pageOf(OutdatedStory).extend({ date: z.string(), checked: z.number().int() }), io: "output" },
  OutdatedStory: { schema: OutdatedStory, io: "output" },
  ClaimPage: { schema: ClaimPage, io: "output" },
  RetractRequest: { schema: RetractRequest, io: "input" },
  SupersedeRequest: { schema: SupersedeRequest, io: "input" },
  KeyRequest: { schema: KeyRequest, io: "input" },
  RegistryChange: { schema: RegistryChange, io: "output" },
  ClaimHistory: { schema: z.object({ items: z.array(z.object({ version: z.number().int(), action: z.string(), reason: z.string().optional(), keyId: z.string().optional(), at: z.string(), claim: Claim })) }), io: "output" },
  RecordHistory: { schema: z.object({ items: z.array(z.object({ version: z.number().int(), action: z.string(), reason: z.string().optional(), keyId: z.string().optional(), at: z.string(), record: z.record(z.string(), z.unknown()) })) }), io: "output" },
  ImportResult: { schema: RegistryChange.extend({ counts: z.record(z.string(), z.number().int()) }), io: "output" },
  KeyInfo: { schema: KeyInfo, io: "output" },
  KeyList: { schema: z.object({ items: z.array(KeyInfo) }), io: "output" },
  CreatedKey: { schema: KeyInfo.extend({ key: z.string() }), io: "output" },
  Problem: { schema: Problem, io: "output" },
};

function toSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  // OpenAPI 3.1 schemas are JSON Schema 2020-12, zod's default target; the $schema key is dropped inside a document.
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

const ref = (name: keyof typeof COMPONENTS) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: keyof typeof COMPONENTS) => ({ "application/json": { schema: ref(name) } });
const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: ref("Problem") } } });

/** Query parameters of an operation, from a zod object schema (each property one parameter). */
function queryParameters(schema: z.ZodObject): unknown[] {
  const converted = toSchema(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(converted.properties ?? {}).map(([name, s]) => ({ name, in: "query", required: converted.required?.includes(name) ?? false, schema: s }));
}

const idParam = (what: string) => ({ name: "id", in: "path", required: true, description: `The ${what}'s id.`, schema: { type: "string" } });
/** A write's answer: the resource, as GET answers it, with the registry version the write made. */
const written = (description: string, name: keyof typeof COMPONENTS) => ({ description, content: json(name), headers: { "X-Registry-Version": { description: "The registry version this write made.", schema: { type: "integer" } } } });

const RATE_LIMIT_HEADERS = {
  "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } },
  "RateLimit-Limit": { description: "Requests allowed in a burst.", schema: { type: "integer" } },
  "RateLimit-Remaining": { description: "Requests left now.", schema: { type: "integer" } },
  "RateLimit-Reset": { description: "Seconds until a request is allowed again.", schema: { type: "integer" } },
  "RateLimit-Policy": { description: "The burst and its window in seconds, such as `120;w=6`.", schema: { type: "string" } },
};
const ERRORS = {
  "401": problem("No API key, or an invalid one."),
  "403": problem("The API key's scope is too low."),
  "405": { ...problem("The path does not take this method; `Allow` lists those it takes."), headers: { Allow: { schema: { type: "string" } } } },
  "413": problem("The request body is larger than the limit."),
  "429": { ...problem("Rate limit exceeded, or too many failed authentications from this address."), headers: RATE_LIMIT_HEADERS },
  "503": problem("A check took longer than its limit (`timeout`), every checking thread is busy (`unavailable`, with Retry-After), or the database cannot be read."),
};
const WRITE_ERRORS = { "400": problem("Malformed JSON."), "422": problem("The body fails the schema or would leave the registry inconsistent; `issues` carry zod paths."), ...ERRORS };

function recordPaths(path: string, name: "Source" | "Actor" | "Place" | "Conflict" | "Series", tag: string): Record<string, unknown> {
  const one = name.toLowerCase();
  return {
    [`/v1/${path}`]: {
      get: { operationId: `list${name === "Series" ? "Series" : `${name}s`}`, tags: [tag], summary: `List ${path}`, parameters: queryParameters(RecordsQuery), responses: { "200": { description: `A page of ${path}; pass \`next\` as \`after\` for the next page.`, content: json(`${name}Page` as keyof typeof COMPONENTS) }, "422": problem("A filter is invalid."), ...ERRORS } },
      post: { operationId: `create${name}`, tags: [tag], summary: `Create a ${one}`, security: [{ apiKey: [] }], requestBody: { required: true, content: json(name) }, responses: { "201": written("Created.", name), "409": problem("The id is taken."), ...WRITE_ERRORS } },
    },
    [`/v1/${path}/{id}`]: {
      get: { operationId: `get${name}`, tags: [tag], summary: `Get a ${one}`, parameters: [idParam(one)], responses: { "200": { description: "Found.", content: json(name) }, "404": problem("Not registered."), ...ERRORS } },
      put: { operationId: `put${name}`, tags: [tag], summary: `Create or replace a ${one}`, security: [{ apiKey: [] }], parameters: [idParam(one)], requestBody: { required: true, content: json(name) }, responses: { "200": written("Replaced.", name), "201": written("Created.", name), ...WRITE_ERRORS } },
    },
    [`/v1/${path}/{id}/history`]: {
      get: { operationId: `get${name}History`, tags: [tag], summary: `Every version of a ${one}`, description: "Oldest first, as `{ items }`; a retracted record's history ends with its retraction and the record as it was.", parameters: [idParam(one)], responses: { "200": { description: "Oldest first.", content: json("RecordHistory") }, "404": problem("Never registered."), ...ERRORS } },
    },
    [`/v1/${path}/{id}/retract`]: {
      post: {
        operationId: `retract${name}`,
        tags: [tag],
        summary: `Retract a ${one}, with a reason`,
        description: `The ${one} leaves the registry and its history keeps it. 422 \`invalid-registry\` while another record names it, with the path of each.`,
        security: [{ apiKey: [] }],
        parameters: [idParam(one)],
        requestBody: { required: true, content: json("RetractRequest") },
        responses: { "200": written(`Retracted: the ${one} as it was.`, name), "404": problem("Not registered."), ...WRITE_ERRORS },
      },
    },
  };
}

let cached: { schemas: JsonSchema; paths: JsonSchema } | undefined;

/**
 * The OpenAPI 3.1 document of the API, generated from the same zod schemas that validate the
 * requests (core's `Claim`, `Source`, `Finding`, `RegistryData` and the service's own). Every
 * operation has an `operationId`; `servers` names `baseUrl`, the service's public URL.
 */
export function openApiDocument(baseUrl = "http://127.0.0.1:8787"): JsonSchema {
  cached ??= build();
  return {
    openapi: "3.1.0",
    info: {
      title: "factmark server",
      version: "1",
      description:
        "Checks drafts against a registry of sourced claims, keeps the newsroom's registry, and lists published stories a newer figure has outdated. Errors are application/problem+json with one `code` vocabulary and the request's `requestId`. Every list answers `{ items, next? }`: pass `next` as `after` for the next page. Writes answer the resource as GET does, with the registry version they made in `X-Registry-Version`.",
    },
    servers: [{ url: baseUrl }],
    components: {
      schemas: cached.schemas,
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An API key (fmk_…) created by an administrator (POST /v1/keys with an admin key); also accepted in X-API-Key." } },
    },
    paths: cached.paths,
  };
}

function build(): { schemas: JsonSchema; paths: JsonSchema } {
  const schemas = Object.fromEntries(Object.entries(COMPONENTS).map(([name, { schema, io }]) => [name, toSchema(schema, io)]));
  const paths = {
    "/healthz": { get: { operationId: "getHealth", tags: ["service"], summary: "Health", responses: { "200": { description: "The service can serve.", content: { "application/json": { schema: { type: "object", properties: { ok: { const: true } }, required: ["ok"] } } } }, "503": problem("The database cannot be read.") } } },
    "/metrics": { get: { operationId: "getMetrics", tags: ["service"], summary: "Prometheus metrics", description: "The Prometheus text format: requests by route and status, request and check durations, the check pool's queue, the registry version, the open event streams.", responses: { "200": { description: "Metrics.", content: { "text/plain": { schema: { type: "string" } } } } } } },
    "/v1/check": {
      post: {
        operationId: "checkDraft",
        tags: ["check"],
        summary: "Check a draft",
        description: "Findings with 0-based UTF-16 offsets into `content` (ProseMirror: document positions, plus the textblock `path` and `offset`). With `gate=publish`, any error finding answers 422 with the blocking findings. The check runs on a worker thread with a deadline (503 `timeout` past it).",
        parameters: [{ name: "gate", in: "query", required: false, schema: { type: "string", enum: ["publish"] } }],
        requestBody: { required: true, content: json("CheckRequest") },
        responses: { "200": { description: "The findings.", content: json("CheckResponse") }, ...WRITE_ERRORS, "422": problem("Invalid request, or (gate=publish) error findings remain: `findings` lists them.") },
      },
    },
    "/v1/registry": {
      get: {
        operationId: "getRegistry",
        tags: ["registry"],
        summary: "The whole registry",
        description: "RegistryData JSON with an ETag (the registry version) and Cache-Control: no-cache; If-None-Match answers 304.",
        responses: { "200": { description: "The registry.", content: json("RegistryData") }, "304": { description: "Unchanged since the ETag given." }, ...ERRORS },
      },
    },
    "/v1/events": {
      get: {
        operationId: "streamRegistryEvents",
        tags: ["registry"],
        summary: "Registry change events",
        description: "text/event-stream: `event: registry` with `data: {\"version\": n, \"claims\": [ids], \"records\": {\"places\": [ids], …}}` on every change (`records` only when it touched sources, actors, places, conflicts or series); a comment heartbeat every 15 s.",
        responses: { "200": { description: "An event stream.", content: { "text/event-stream": { schema: ref("RegistryChange") } } }, ...ERRORS },
      },
    },
    "/v1/claims": {
      get: { operationId: "listClaims", tags: ["claims"], summary: "List claims", parameters: queryParameters(ClaimsQuery), responses: { "200": { description: "A page of claims; pass `next` as `after` for the next page.", content: json("ClaimPage") }, "422": problem("A filter is invalid."), ...ERRORS } },
      post: { operationId: "createClaim", tags: ["claims"], summary: "Create a claim", security: [{ apiKey: [] }], requestBody: { required: true, content: json("ClaimInput") }, responses: { "201": written("Created.", "Claim"), "409": problem("The id is taken."), ...WRITE_ERRORS } },
    },
    "/v1/claims/{id}": {
      get: { operationId: "getClaim", tags: ["claims"], summary: "Get a claim", parameters: [idParam("claim")], responses: { "200": { description: "The claim.", content: json("Claim") }, "404": problem("Not registered."), ...ERRORS } },
      put: { operationId: "putClaim", tags: ["claims"], summary: "Replace a claim (its history is kept)", security: [{ apiKey: [] }], parameters: [idParam("claim")], requestBody: { required: true, content: json("ClaimInput") }, responses: { "200": written("Replaced.", "Claim"), "404": problem("Not registered."), ...WRITE_ERRORS } },
    },
    "/v1/claims/{id}/history": { get: { operationId: "getClaimHistory", tags: ["claims"], summary: "Every version of a claim", parameters: [idParam("claim")], responses: { "200": { description: "Oldest first, as `{ items }`.", content: json("ClaimHistory") }, "404": problem("Not registered."), ...ERRORS } } },
    "/v1/claims/{id}/retract": { post: { operationId: "retractClaim", tags: ["claims"], summary: "Retract a claim, with a reason", security: [{ apiKey: [] }], parameters: [idParam("claim")], requestBody: { required: true, content: json("RetractRequest") }, responses: { "200": written("Retracted: the claim.", "Claim"), "404": problem("Not registered."), ...WRITE_ERRORS } } },
    "/v1/claims/{id}/supersede": { post: { operationId: "supersedeClaim", tags: ["claims"], summary: "Register a claim that supersedes this one", security: [{ apiKey: [] }], parameters: [idParam("claim")], requestBody: { required: true, content: json("SupersedeRequest") }, responses: { "201": written("The new claim, registered.", "Claim"), "404": problem("Not registered."), ...WRITE_ERRORS } } },
    ...recordPaths("sources", "Source", "sources"),
    ...recordPaths("actors", "Actor", "actors"),
    ...recordPaths("places", "Place", "places"),
    ...recordPaths("conflicts", "Conflict", "conflicts"),
    ...recordPaths("series", "Series", "series"),
    "/v1/import": {
      post: {
        operationId: "importRecords",
        tags: ["registry"],
        summary: "Import NDJSON records in one transaction",
        description: "One record per line: a claim, {\"source\":…}, {\"actor\":…}, {\"place\":…}, {\"conflict\":…}, {\"series\":…}. An upsert: a record whose id is registered replaces it (a claim's history records the import), others are added. All or nothing: a failing line answers 422 with its `line` and nothing is written.",
        security: [{ apiKey: [] }],
        requestBody: { required: true, content: { "application/x-ndjson": { schema: { type: "string" } } } },
        responses: { "200": { description: "Imported: the new version, the claim ids and the counts.", content: json("ImportResult") }, ...WRITE_ERRORS },
      },
    },
    "/v1/stories": {
      get: { operationId: "listStories", tags: ["stories"], summary: "List registered stories", parameters: queryParameters(StoriesQuery), responses: { "200": { description: "Newest first; pass `next` as `after` for the next page.", content: json("StoryPage") }, "422": problem("A parameter is invalid."), ...ERRORS } },
      post: { operationId: "registerStory", tags: ["stories"], summary: "Register a published story", description: "Registers the story, or replaces the one with its id (200). Answers the story as GET does: with its mentions and its findings at its date.", security: [{ apiKey: [] }], requestBody: { required: true, content: json("StoryInput") }, responses: { "201": { description: "Registered.", content: json("StoryDetail") }, "200": { description: "Replaced.", content: json("StoryDetail") }, ...WRITE_ERRORS } },
    },
    "/v1/stories/outdated": {
      get: {
        operationId: "listOutdatedStories",
        tags: ["stories"],
        summary: "Stories a newer figure has outdated",
        description: "Each story with a figure, checked at today's date (or `date`), with its outdated-figure findings and their fixes; cached per registry version and story revision.",
        parameters: queryParameters(OutdatedQuery),
        responses: { "200": { description: "The corrections desk's list; pass `next` as `after` for the next page.", content: json("OutdatedPage") }, "422": problem("A parameter is invalid."), ...ERRORS },
      },
    },
    "/v1/stories/{id}": { get: { operationId: "getStory", tags: ["stories"], summary: "A registered story with its mentions and its findings at its date", parameters: [idParam("story")], responses: { "200": { description: "The story.", content: json("StoryDetail") }, "404": problem("Not registered."), ...ERRORS } } },
    "/v1/stories/{id}/claimreview": { get: { operationId: "getStoryClaimReview", tags: ["stories"], summary: "ClaimReview JSON-LD for the figures checked in a story", parameters: [idParam("story")], responses: { "200": { description: "An array of schema.org ClaimReview objects.", content: { "application/ld+json": { schema: { type: "array", items: { type: "object" } } } } }, "404": problem("Not registered."), ...ERRORS } } },
    "/v1/keys": {
      get: { operationId: "listKeys", tags: ["keys"], summary: "List API keys (admin)", security: [{ apiKey: [] }], responses: { "200": { description: "Without secrets, as `{ items }`.", content: json("KeyList") }, ...ERRORS } },
      post: { operationId: "createKey", tags: ["keys"], summary: "Create an API key (admin)", security: [{ apiKey: [] }], requestBody: { required: true, content: json("KeyRequest") }, responses: { "201": { description: "The key, with its secret shown once.", content: json("CreatedKey") }, ...WRITE_ERRORS } },
    },
    "/v1/keys/{id}": { delete: { operationId: "revokeKey", tags: ["keys"], summary: "Revoke an API key (admin)", security: [{ apiKey: [] }], parameters: [idParam("key")], responses: { "204": { description: "Revoked." }, "404": problem("No such key."), ...ERRORS } } },
    "/v1/openapi.json": { get: { operationId: "getOpenApiDocument", tags: ["service"], summary: "This document", responses: { "200": { description: "OpenAPI 3.1.", content: { "application/json": { schema: { type: "object" } } } } } } },
  };
  // Headers every operation takes: the request id, and (under /v1) the registry version to read at least.
  const requestId = { name: "X-Request-Id", in: "header", required: false, description: "An id for the request, echoed in the answer and its log line (up to 128 of A-Z a-z 0-9 . _ : @ / + = -); generated when absent.", schema: { type: "string" } };
  const minVersion = { name: "X-Registry-Min-Version", in: "header", required: false, description: "Answer only once this instance's registry is at least at this version (the X-Registry-Version a write answered with): read-your-writes across instances.", schema: { type: "integer" } };
  for (const [path, item] of Object.entries(paths) as [string, Record<string, { parameters?: unknown[] }>][]) {
    for (const operation of Object.values(item)) operation.parameters = [...(operation.parameters ?? []), requestId, ...(path.startsWith("/v1/") ? [minVersion] : [])];
  }
  return { schemas, paths };
}
