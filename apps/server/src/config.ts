import { availableParallelism } from "node:os";
import * as z from "zod";
import type { DatabaseTarget } from "./db/open.js";

/**
 * The service's configuration, read from the environment by {@link loadConfig}. Every field has
 * a default, so the service starts with no configuration at all.
 */
export interface ServerConfig {
  /** Interface to listen on. @default "127.0.0.1" (`HOST`) */
  host: string;
  /** TCP port; 0 picks a free one. @default 8787 (`PORT`) */
  port: number;
  /** SQLite database file, created and migrated on first start; ignored when `databaseUrl` is set. @default "factmark.db" in the working directory (`FACTMARK_DB`) */
  dbFile: string;
  /** PostgreSQL connection string; when set, PostgreSQL is used instead of SQLite. (`DATABASE_URL`) */
  databaseUrl: string | undefined;
  /** The built editor's directory, served at `/`. @default apps/editor/dist of this repository (`FACTMARK_EDITOR_DIR`) */
  editorDir: string | undefined;
  /** True when reads (check, registry, lists, events) need no key; writes always need one. @default true (`FACTMARK_OPEN_READS`: "true" or "false") */
  openReads: boolean;
  /** Largest request body, in bytes, except NDJSON imports. @default 1048576 (`FACTMARK_BODY_LIMIT`) */
  bodyLimit: number;
  /** Largest NDJSON import body, in bytes. @default 67108864 (`FACTMARK_IMPORT_LIMIT`) */
  importLimit: number;
  /** Time allowed for a whole request (receiving the body and answering), in milliseconds. @default 30000 (`FACTMARK_REQUEST_TIMEOUT_MS`) */
  requestTimeoutMs: number;
  /** Requests per minute per API key (per client address for requests without a key); 0 turns the limit off. @default 1200 (`FACTMARK_RATE_LIMIT`) */
  rateLimit: number;
  /** Interval of the comment heartbeat on `/v1/events`, in milliseconds. @default 15000 (`FACTMARK_SSE_HEARTBEAT_MS`) */
  heartbeatMs: number;
  /** How often an SQLite instance looks for changes made by another process, in milliseconds (PostgreSQL instances are told by LISTEN/NOTIFY). @default 1000 (`FACTMARK_POLL_MS`) */
  pollMs: number;
  /** The organisation named as the reviewer in ClaimReview JSON-LD. @default none (`FACTMARK_REVIEWER`) */
  reviewer: string | undefined;
  /** Processes serving requests (`serve` only): more than 1 forks workers sharing the port, one per core at most. Workers of one SQLite file see each other's changes within `pollMs`. @default 1 (`FACTMARK_WORKERS`) */
  workers: number;
  /** Seed the registry from @factmark/dataset-gaza and @factmark/dataset-ukraine on start. @default true (`FACTMARK_SEED`: "true" or "false") */
  seed: boolean;
  /** Worker threads that check drafts, per process. @default the cores divided among the processes, at least 1 (`FACTMARK_CHECK_THREADS`) */
  checkThreads: number;
  /** The longest one check may take, waiting for a thread included (not a thread's start or its rebuilding of a new registry version), in milliseconds; its thread is then ended and the request answered 503. @default 10000 (`FACTMARK_CHECK_TIMEOUT_MS`) */
  checkTimeoutMs: number;
  /** Checks that may wait for a thread, per process; more are answered 503 with Retry-After. @default 64 per thread (`FACTMARK_CHECK_QUEUE`) */
  checkQueue: number | undefined;
  /** Failed authentications a minute per client address before it is answered 429 without a lookup; 0 turns the throttle off. @default 60 (`FACTMARK_AUTH_FAILURE_LIMIT`) */
  authFailureLimit: number;
  /** Origins a browser may call the API from (CORS, with preflight); empty turns CORS off. @default none (`FACTMARK_CORS_ORIGINS`, comma-separated, such as "https://cms.example.org,https://editor.example.org") */
  corsOrigins: string[];
  /** The request log: "json" writes one JSON line per request on stdout, "off" nothing. @default "json" (`FACTMARK_LOG`) */
  log: "json" | "off";
  /** The service's public base URL, named in the OpenAPI document's `servers`. @default the origin each request was made to (`FACTMARK_PUBLIC_URL`) */
  publicUrl: string | undefined;
}

const bool = (name: string) =>
  z
    .enum(["true", "false", "1", "0", "yes", "no"], { message: `${name} must be "true" or "false"` })
    .transform((v) => v === "true" || v === "1" || v === "yes");
const int = (name: string, min: number) =>
  z.coerce
    .number({ message: `${name} must be a whole number` })
    .int({ message: `${name} must be a whole number` })
    .min(min, { message: `${name} must be at least ${min}` });

const Env = z.object({
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: int("PORT", 0).max(65535, { message: "PORT must be at most 65535" }).default(8787),
  FACTMARK_DB: z.string().min(1).default("factmark.db"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a PostgreSQL URL, for example "postgres://postgres@127.0.0.1:5432/factmark"' })
    .optional(),
  FACTMARK_EDITOR_DIR: z.string().min(1).optional(),
  FACTMARK_OPEN_READS: bool("FACTMARK_OPEN_READS").default(true),
  FACTMARK_BODY_LIMIT: int("FACTMARK_BODY_LIMIT", 1024).default(1024 * 1024),
  FACTMARK_IMPORT_LIMIT: int("FACTMARK_IMPORT_LIMIT", 1024).default(64 * 1024 * 1024),
  FACTMARK_REQUEST_TIMEOUT_MS: int("FACTMARK_REQUEST_TIMEOUT_MS", 100).default(30_000),
  FACTMARK_RATE_LIMIT: int("FACTMARK_RATE_LIMIT", 0).default(1200),
  FACTMARK_SSE_HEARTBEAT_MS: int("FACTMARK_SSE_HEARTBEAT_MS", 10).default(15_000),
  FACTMARK_POLL_MS: int("FACTMARK_POLL_MS", 10).default(1000),
  FACTMARK_REVIEWER: z.string().min(1).optional(),
  FACTMARK_SEED: bool("FACTMARK_SEED").default(true),
  FACTMARK_WORKERS: int("FACTMARK_WORKERS", 1).max(64, { message: "FACTMARK_WORKERS must be at most 64" }).default(1),
  FACTMARK_CHECK_THREADS: int("FACTMARK_CHECK_THREADS", 1).max(256, { message: "FACTMARK_CHECK_THREADS must be at most 256" }).optional(),
  FACTMARK_CHECK_TIMEOUT_MS: int("FACTMARK_CHECK_TIMEOUT_MS", 10).default(10_000),
  FACTMARK_CHECK_QUEUE: int("FACTMARK_CHECK_QUEUE", 1).optional(),
  FACTMARK_AUTH_FAILURE_LIMIT: int("FACTMARK_AUTH_FAILURE_LIMIT", 0).default(60),
  FACTMARK_CORS_ORIGINS: z
    .string()
    .transform((v) => v.split(",").map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, { message: 'FACTMARK_CORS_ORIGINS must list origins such as "https://cms.example.org", comma-separated, without paths' })))
    .default([]),
  FACTMARK_LOG: z.enum(["json", "off"], { message: 'FACTMARK_LOG must be "json" or "off"' }).default("json"),
  FACTMARK_PUBLIC_URL: z.url({ message: 'FACTMARK_PUBLIC_URL must be a URL, for example "https://factmark.example.org"' }).optional(),
});

/**
 * Reads the configuration from environment variables (see {@link ServerConfig} for each one and
 * its default). Empty variables count as unset. Throws an `Error` naming every bad variable, its
 * value and what was expected.
 *
 * @example
 * const config = loadConfig({ PORT: "9000", FACTMARK_DB: "/var/lib/factmark/registry.db" });
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const result = Env.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `  ${name}=${JSON.stringify(present[name] ?? "")}: ${issue.message}`;
    });
    throw new Error(`invalid configuration:\n${lines.join("\n")}`);
  }
  const e = result.data;
  return {
    host: e.HOST,
    port: e.PORT,
    dbFile: e.FACTMARK_DB,
    databaseUrl: e.DATABASE_URL,
    editorDir: e.FACTMARK_EDITOR_DIR,
    openReads: e.FACTMARK_OPEN_READS,
    bodyLimit: e.FACTMARK_BODY_LIMIT,
    importLimit: e.FACTMARK_IMPORT_LIMIT,
    requestTimeoutMs: e.FACTMARK_REQUEST_TIMEOUT_MS,
    rateLimit: e.FACTMARK_RATE_LIMIT,
    heartbeatMs: e.FACTMARK_SSE_HEARTBEAT_MS,
    pollMs: e.FACTMARK_POLL_MS,
    reviewer: e.FACTMARK_REVIEWER,
    seed: e.FACTMARK_SEED,
    workers: e.FACTMARK_WORKERS,
    checkThreads: e.FACTMARK_CHECK_THREADS ?? Math.max(1, Math.floor(availableParallelism() / e.FACTMARK_WORKERS)),
    checkTimeoutMs: e.FACTMARK_CHECK_TIMEOUT_MS,
    checkQueue: e.FACTMARK_CHECK_QUEUE,
    authFailureLimit: e.FACTMARK_AUTH_FAILURE_LIMIT,
    corsOrigins: e.FACTMARK_CORS_ORIGINS,
    log: e.FACTMARK_LOG,
    publicUrl: e.FACTMARK_PUBLIC_URL?.replace(/\/+$/, ""),
  };
}

/** The database a configuration names: PostgreSQL when `databaseUrl` is set, else the SQLite file. */
export function databaseTarget(config: ServerConfig): DatabaseTarget {
  return config.databaseUrl ? { url: config.databaseUrl } : { file: config.dbFile };
}
