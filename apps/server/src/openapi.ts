import { Actor, Claim, Finding, RegistryData, Series, Source } from "@factmark/core";
import { z } from "zod";
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
  RegistryChange,
  RetractRequest,
  StoriesQuery,
  Story,
  StoryInput,
  SupersedeRequest,
} from "./schemas.js";

type JsonSchema = Record<string, unknown>;

/** Named components: the core schemas and the API's own, each converted once. */
const COMPONENTS: Record<string, { schema: z.ZodType; io: "input" | "output" }> = {
  Claim: { schema: Claim, io: "output" },
  ClaimInput: { schema: Claim, io: "input" },
  Source: { schema: Source, io: "output" },
  Actor: { schema: Actor, io: "output" },
  Series: { schema: Series, io: "output" },
  RegistryData: { schema: RegistryData, io: "output" },
  Finding: { schema: Finding, io: "output" },
  CheckRequest: { schema: CheckRequest, io: "input" },
  CheckResponse: { schema: CheckResponse, io: "output" },
  StoryInput: { schema: StoryInput, io: "input" },
  Story: { schema: Story, io: "output" },
  OutdatedStory: { schema: OutdatedStory, io: "output" },
  ClaimPage: { schema: ClaimPage, io: "output" },
  RetractRequest: { schema: RetractRequest, io: "input" },
  SupersedeRequest: { schema: SupersedeRequest, io: "input" },
  KeyRequest: { schema: KeyRequest, io: "input" },
  RegistryChange: { schema: RegistryChange, io: "output" },
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

const ERRORS = {
  "401": problem("No API key, or an invalid one."),
  "403": problem("The API key's scope is too low."),
  "413": problem("The request body is larger than the limit."),
  "429": problem("Rate limit exceeded; see Retry-After."),
};
const WRITE_ERRORS = { "400": problem("Malformed JSON."), "422": problem("The body fails the schema or would leave the registry inconsistent; `issues` carry zod paths."), ...ERRORS };

function recordPaths(path: string, name: "Source" | "Actor" | "Series", tag: string): Record<string, unknown> {
  return {
    [`/v1/${path}`]: {
      get: { tags: [tag], summary: `List ${path}`, parameters: queryParameters(RecordsQuery), responses: { "200": { description: `The ${path}.`, content: { "application/json": { schema: { type: "object", properties: { items: { type: "array", items: ref(name) } } } } } }, ...ERRORS } },
      post: { tags: [tag], summary: `Create a ${name.toLowerCase()}`, security: [{ apiKey: [] }], requestBody: { required: true, content: json(name) }, responses: { "201": { description: "Created." }, "409": problem("The id is taken."), ...WRITE_ERRORS } },
    },
    [`/v1/${path}/{id}`]: {
      get: { tags: [tag], summary: `Get a ${name.toLowerCase()}`, parameters: [idParam(name.toLowerCase())], responses: { "200": { description: "Found.", content: json(name) }, "404": problem("Not registered."), ...ERRORS } },
      put: { tags: [tag], summary: `Create or replace a ${name.toLowerCase()}`, security: [{ apiKey: [] }], parameters: [idParam(name.toLowerCase())], requestBody: { required: true, content: json(name) }, responses: { "200": { description: "Replaced." }, "201": { description: "Created." }, ...WRITE_ERRORS } },
    },
  };
}

let cached: JsonSchema | undefined;

/**
 * The OpenAPI 3.1 document of the API, generated from the same zod schemas that validate the
 * requests (core's `Claim`, `Source`, `Finding`, `RegistryData` and the service's own).
 */
export function openApiDocument(): JsonSchema {
  if (cached) return cached;
  const schemas = Object.fromEntries(Object.entries(COMPONENTS).map(([name, { schema, io }]) => [name, toSchema(schema, io)]));
  cached = {
    openapi: "3.1.0",
    info: {
      title: "factmark server",
      version: "1",
      description: "Checks drafts against a registry of sourced claims, keeps the newsroom's registry, and lists published stories a newer figure has outdated. Errors are application/problem+json.",
    },
    servers: [{ url: "/" }],
    components: {
      schemas,
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An API key (fmk_…) created with `factmark-server keys create --scope read|write|admin`; also accepted in X-API-Key." } },
    },
    paths: {
      "/healthz": { get: { tags: ["service"], summary: "Health", responses: { "200": { description: "The service can serve.", content: { "application/json": { schema: { type: "object", properties: { ok: { const: true } } } } } }, "503": problem("The database cannot be read.") } } },
      "/v1/check": {
        post: {
          tags: ["check"],
          summary: "Check a draft",
          description: "Findings with 0-based UTF-16 offsets into `content` (ProseMirror: document positions, plus the textblock `path` and `offset`). With `gate=publish`, any error finding answers 422 with the blocking findings.",
          parameters: [{ name: "gate", in: "query", required: false, schema: { type: "string", enum: ["publish"] } }],
          requestBody: { required: true, content: json("CheckRequest") },
          responses: { "200": { description: "The findings.", content: json("CheckResponse") }, ...WRITE_ERRORS, "422": problem("Invalid request, or (gate=publish) error findings remain: `findings` lists them.") },
        },
      },
      "/v1/registry": {
        get: {
          tags: ["registry"],
          summary: "The whole registry",
          description: "RegistryData JSON with an ETag (the registry version) and Cache-Control: no-cache; If-None-Match answers 304.",
          responses: { "200": { description: "The registry.", content: json("RegistryData") }, "304": { description: "Unchanged since the ETag given." }, ...ERRORS },
        },
      },
      "/v1/events": {
        get: {
          tags: ["registry"],
          summary: "Registry change events",
          description: "text/event-stream: `event: registry` with `data: {\"version\": n, \"claims\": [ids]}` on every change; a comment heartbeat every 15 s.",
          responses: { "200": { description: "An event stream.", content: { "text/event-stream": { schema: ref("RegistryChange") } } }, ...ERRORS },
        },
      },
      "/v1/claims": {
        get: { tags: ["claims"], summary: "List claims", parameters: queryParameters(ClaimsQuery), responses: { "200": { description: "A page of claims; pass `next` as `after` for the next page.", content: json("ClaimPage") }, "422": problem("A filter is invalid."), ...ERRORS } },
        post: { tags: ["claims"], summary: "Create a claim", security: [{ apiKey: [] }], requestBody: { required: true, content: json("ClaimInput") }, responses: { "201": { description: "Created." }, "409": problem("The id is taken."), ...WRITE_ERRORS } },
      },
      "/v1/claims/{id}": {
        get: { tags: ["claims"], summary: "Get a claim", parameters: [idParam("claim")], responses: { "200": { description: "The claim.", content: json("Claim") }, "404": problem("Not registered."), ...ERRORS } },
        put: { tags: ["claims"], summary: "Replace a claim (its history is kept)", security: [{ apiKey: [] }], parameters: [idParam("claim")], requestBody: { required: true, content: json("ClaimInput") }, responses: { "200": { description: "Replaced." }, "404": problem("Not registered."), ...WRITE_ERRORS } },
      },
      "/v1/claims/{id}/history": { get: { tags: ["claims"], summary: "Every version of a claim", parameters: [idParam("claim")], responses: { "200": { description: "Oldest first." }, "404": problem("Not registered."), ...ERRORS } } },
      "/v1/claims/{id}/retract": { post: { tags: ["claims"], summary: "Retract a claim, with a reason", security: [{ apiKey: [] }], parameters: [idParam("claim")], requestBody: { required: true, content: json("RetractRequest") }, responses: { "200": { description: "Retracted." }, "404": problem("Not registered."), ...WRITE_ERRORS } } },
      "/v1/claims/{id}/supersede": { post: { tags: ["claims"], summary: "Register a claim that supersedes this one", security: [{ apiKey: [] }], parameters: [idParam("claim")], requestBody: { required: true, content: json("SupersedeRequest") }, responses: { "201": { description: "The new claim is registered." }, "404": problem("Not registered."), ...WRITE_ERRORS } } },
      ...recordPaths("sources", "Source", "sources"),
      ...recordPaths("actors", "Actor", "actors"),
      ...recordPaths("series", "Series", "series"),
      "/v1/import": {
        post: {
          tags: ["registry"],
          summary: "Import NDJSON records in one transaction",
          description: "One record per line: a claim, {\"source\":…}, {\"actor\":…}, {\"series\":…}. All or nothing: a failing line answers 422 with its `line` and nothing is written.",
          security: [{ apiKey: [] }],
          requestBody: { required: true, content: { "application/x-ndjson": { schema: { type: "string" } } } },
          responses: { "200": { description: "Imported: the new version, the claim ids and the counts." }, ...WRITE_ERRORS },
        },
      },
      "/v1/stories": {
        get: { tags: ["stories"], summary: "List registered stories", parameters: queryParameters(StoriesQuery), responses: { "200": { description: "Newest first." }, ...ERRORS } },
        post: { tags: ["stories"], summary: "Register a published story", security: [{ apiKey: [] }], requestBody: { required: true, content: json("StoryInput") }, responses: { "201": { description: "Registered, with its findings at its date." }, "200": { description: "Replaced." }, ...WRITE_ERRORS } },
      },
      "/v1/stories/outdated": {
        get: {
          tags: ["stories"],
          summary: "Stories a newer figure has outdated",
          description: "Each story with a figure, checked at today's date (or `date`), with its outdated-figure findings and their fixes.",
          parameters: queryParameters(OutdatedQuery),
          responses: { "200": { description: "The corrections desk's list.", content: { "application/json": { schema: { type: "object", properties: { date: { type: "string" }, checked: { type: "integer" }, items: { type: "array", items: ref("OutdatedStory") } } } } } }, ...ERRORS },
        },
      },
      "/v1/stories/{id}": { get: { tags: ["stories"], summary: "A registered story with its mentions", parameters: [idParam("story")], responses: { "200": { description: "The story.", content: json("Story") }, "404": problem("Not registered."), ...ERRORS } } },
      "/v1/stories/{id}/claimreview": { get: { tags: ["stories"], summary: "ClaimReview JSON-LD for the figures checked in a story", parameters: [idParam("story")], responses: { "200": { description: "application/ld+json: an array of schema.org ClaimReview objects." }, "404": problem("Not registered."), ...ERRORS } } },
      "/v1/keys": {
        get: { tags: ["keys"], summary: "List API keys (admin)", security: [{ apiKey: [] }], responses: { "200": { description: "Without secrets." }, ...ERRORS } },
        post: { tags: ["keys"], summary: "Create an API key (admin)", security: [{ apiKey: [] }], requestBody: { required: true, content: json("KeyRequest") }, responses: { "201": { description: "The key, with its secret shown once." }, ...WRITE_ERRORS } },
      },
      "/v1/keys/{id}": { delete: { tags: ["keys"], summary: "Revoke an API key (admin)", security: [{ apiKey: [] }], parameters: [idParam("key")], responses: { "204": { description: "Revoked." }, "404": problem("No such key."), ...ERRORS } } },
      "/v1/openapi.json": { get: { tags: ["service"], summary: "This document", responses: { "200": { description: "OpenAPI 3.1." } } } },
    },
  };
  return cached;
}
