import { FactmarkError } from "@factmark/core";
import { Hono } from "hono";
import { cors } from "hono/cors";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { fileURLToPath } from "node:url";
import { type AppEnv, authenticate, rateLimit } from "./auth.js";
import { type ServerConfig, databaseTarget } from "./config.js";
import { type DatabaseConnection, openDatabase } from "./db/open.js";
import { openApiDocument } from "./openapi.js";
import { ApiError, problemResponse, toApiError } from "./problem.js";
import { checkRoutes } from "./routes/check.js";
import { editorRoutes } from "./routes/editor.js";
import { keyRoutes } from "./routes/keys.js";
import { registryRoutes } from "./routes/registry.js";
import { storyRoutes } from "./routes/stories.js";
import { RegistryStore, readRegistryVersion } from "./store.js";
import { type CheckOutcome, CheckPool, type CheckTask } from "./pool.js";
import { ServiceMetrics } from "./metrics.js";
import { type RequestLogger, jsonLinesLogger, observeRequests } from "./observe.js";
import { allowedMethods } from "./methods.js";
import { StoryStore } from "./stories.js";

/** Where the editor is built in this repository, relative to this module (src/ or dist/ alike). */
const DEFAULT_EDITOR_DIR = fileURLToPath(new URL("../../editor/dist", import.meta.url));

/** What {@link createApp} serves from: the configuration, the open database and the registry store. */
export interface AppDeps {
  config: ServerConfig;
  conn: DatabaseConnection;
  store: RegistryStore;
  /** The worker threads that check drafts. */
  pool: CheckPool;
  /** Today's date (YYYY-MM-DD) for the outdated-stories list. @default the UTC date of the clock */
  today?: () => string;
  /** Where the request log goes. @default one JSON line per request on stdout, unless `config.log` is "off" */
  log?: RequestLogger;
}

/**
 * Builds the HTTP application (a Hono app: `app.fetch` serves a `Request`, `app.request()` is
 * used in tests): `/healthz`, the API under `/v1`, and the built editor at `/`.
 *
 * @example
 * const service = await openService(loadConfig());
 * const res = await service.app.request("/healthz"); // 200 {"ok":true}
 */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const { config, conn, store, pool } = deps;
  const metrics = new ServiceMetrics({ pool: () => ({ queued: pool.queued, threads: pool.threads, ...pool.counts }), registryVersion: () => store.version });
  const check = async (task: CheckTask, signal?: AbortSignal): Promise<CheckOutcome> => {
    const started = performance.now();
    let outcome = "failed";
    try {
      const result = await pool.run(task, store.payload(), signal);
      outcome = "ok";
      return result;
    } catch (error) {
      outcome = error instanceof FactmarkError ? "invalid" : error instanceof ApiError ? (error.code === "timeout" ? "timeout" : "refused") : "failed";
      throw error;
    } finally {
      metrics.checkDuration.observe({ outcome }, (performance.now() - started) / 1000);
    }
  };
  const stories = new StoryStore(conn.db, check);
  const today = deps.today ?? (() => new Date().toISOString().slice(0, 10));
  const app = new Hono<AppEnv>();

  app.onError((error, c) => {
    const apiError = toApiError(error);
    // Only failures of the service itself are logged; bad requests are the client's to fix.
    if (apiError.status >= 500 && !(error instanceof ApiError) && !(error instanceof HTTPException)) console.error(`request ${c.get("requestId") ?? "-"} failed:`, error);
    return problemResponse(c, apiError);
  });
  app.notFound((c) => {
    const allowed = allowedMethods(app, c.req.path);
    if (allowed.length > 0) {
      return problemResponse(c, new ApiError(405, "method-not-allowed", `${c.req.method} is not a method of ${c.req.path}; it takes ${allowed.join(", ")}`, {}, { Allow: allowed.join(", ") }));
    }
    return problemResponse(c, new ApiError(404, "not-found", `no route for ${c.req.method} ${c.req.path}; the API is described at /v1/openapi.json`));
  });

  app.use("*", observeRequests(metrics, deps.log ?? (config.log === "json" ? jsonLinesLogger : undefined)));
  if (config.corsOrigins.length > 0) {
    app.use(
      "*",
      cors({
        origin: config.corsOrigins,
        allowMethods: ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"],
        allowHeaders: ["Authorization", "Content-Type", "X-API-Key", "X-Request-Id", "X-Registry-Min-Version", "If-None-Match", "Last-Event-ID"],
        exposeHeaders: ["X-Request-Id", "X-Registry-Version", "ETag", "Location", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "RateLimit-Policy"],
        maxAge: 600,
      }),
    );
  }

  app.get("/metrics", async (c) => {
    const { text, contentType } = await metrics.scrape();
    return c.body(text, 200, { "Content-Type": contentType });
  });

  app.get("/healthz", async (c) => {
    try {
      await readRegistryVersion(conn.db);
    } catch {
      return problemResponse(c, new ApiError(503, "unavailable", "the database cannot be read"));
    }
    return c.json({ ok: true });
  });

  const v1 = new Hono<AppEnv>();
  const tooLarge = (limit: number) => () => {
    throw new ApiError(413, "payload-too-large", `the request body is over ${limit} bytes, the limit; send less (split an import into several files) or raise the limit (FACTMARK_BODY_LIMIT / FACTMARK_IMPORT_LIMIT)`);
  };
  const limits = { body: bodyLimit({ maxSize: config.bodyLimit, onError: tooLarge(config.bodyLimit) }), import: bodyLimit({ maxSize: config.importLimit, onError: tooLarge(config.importLimit) }) };
  v1.use("*", async (c, next) => {
    const isImport = c.req.path === "/v1/import";
    const limit = isImport ? config.importLimit : config.bodyLimit;
    // With a Content-Length, Node's parser already holds the body to that length: compare and go on,
    // without the body-limit middleware's stream wrapper (which costs a full Request object per call).
    const length = c.req.header("content-length");
    if (length !== undefined && /^\d+$/.test(length) && c.req.header("transfer-encoding") === undefined) {
      if (Number(length) > limit) tooLarge(limit)();
      return next();
    }
    return (isImport ? limits.import : limits.body)(c, next);
  });
  v1.use("*", authenticate(conn.db, config.authFailureLimit));
  v1.use("*", async (c, next) => {
    // Read-your-writes across instances: a client sends the X-Registry-Version its write answered
    // with, and this instance catches up to it first (the write has committed, so one sync does).
    const wanted = c.req.header("x-registry-min-version");
    if (wanted !== undefined) {
      if (!/^\d{1,15}$/.test(wanted)) throw new ApiError(400, "invalid-request", `X-Registry-Min-Version must be a registry version (a whole number, as X-Registry-Version gives it); received "${wanted.slice(0, 40)}"`);
      if (store.version < Number(wanted)) await store.sync();
      if (store.version < Number(wanted)) {
        throw new ApiError(503, "unavailable", `this instance's registry is at version ${store.version}, before the ${wanted} asked for, which the database does not hold either; retry shortly`, {}, { "Retry-After": "1" });
      }
    }
    await next();
    if (!c.res.headers.has("X-Registry-Version")) c.res.headers.set("X-Registry-Version", String(store.version));
  });
  v1.use("*", rateLimit(config.rateLimit));
  v1.use("*", async (c, next) => {
    // The event stream is meant to stay open; everything else must answer in time. Work a request
    // started (a check on a worker thread) reads `signal`, aborted when the time is up or the
    // client goes away.
    if (c.req.path === "/v1/events") return next();
    const controller = new AbortController();
    c.set("signal", controller.signal);
    // The client going away ends the request's work too (the socket's request, not c.req.raw,
    // which would build a whole Request object per call).
    const outgoing = (c.env as { outgoing?: NodeJS.EventEmitter & { writableFinished?: boolean } } | undefined)?.outgoing;
    const gone = () => {
      if (!outgoing?.writableFinished) controller.abort();
    };
    outgoing?.once("close", gone);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new ApiError(503, "timeout", `the request took longer than ${config.requestTimeoutMs} ms, the limit (FACTMARK_REQUEST_TIMEOUT_MS)`));
      }, config.requestTimeoutMs);
    });
    const handled = next();
    // Settled either way once the race is decided; a late failure has nowhere to go.
    handled.catch(() => {});
    try {
      await Promise.race([handled, late]);
    } finally {
      clearTimeout(timer);
      outgoing?.removeListener("close", gone);
    }
  });
  v1.get("/openapi.json", (c) => c.json(openApiDocument(config.publicUrl ?? new URL(c.req.url).origin)));
  v1.route("/", checkRoutes(store, check, config.openReads));
  v1.route("/", registryRoutes(store, { openReads: config.openReads, heartbeatMs: config.heartbeatMs, maxLineLength: config.importLimit, streams: metrics.sseClients }));
  v1.route("/", storyRoutes(store, stories, { openReads: config.openReads, today, ...(config.reviewer ? { reviewer: config.reviewer } : {}) }));
  v1.route("/", keyRoutes(conn.db));
  app.route("/v1", v1);
  app.route("/", editorRoutes(config.editorDir ?? DEFAULT_EDITOR_DIR));
  return app;
}

/** An open service: the app and what it holds, with one function to release it all. */
export interface Service {
  app: Hono<AppEnv>;
  conn: DatabaseConnection;
  store: RegistryStore;
  pool: CheckPool;
  config: ServerConfig;
  close(): Promise<void>;
}

/**
 * Opens the database named by the configuration (PostgreSQL when `databaseUrl` is set, else the
 * SQLite file, created if needed), migrates it, loads (and on first start seeds) the registry,
 * and builds the app.
 *
 * @example
 * const service = await openService(loadConfig({ FACTMARK_DB: ":memory:" }));
 * await service.close();
 */
export async function openService(config: ServerConfig, options: { today?: () => string; log?: RequestLogger } = {}): Promise<Service> {
  const conn = await openDatabase(databaseTarget(config));
  let store: RegistryStore;
  try {
    store = await RegistryStore.open(conn, { seed: config.seed, pollMs: config.pollMs });
  } catch (error) {
    await conn.close();
    throw error;
  }
  const pool = new CheckPool({ threads: config.checkThreads, deadlineMs: config.checkTimeoutMs, ...(config.checkQueue ? { maxQueue: config.checkQueue } : {}) });
  const app = createApp({ config, conn, store, pool, ...(options.today ? { today: options.today } : {}), ...(options.log ? { log: options.log } : {}) });
  return {
    app,
    conn,
    store,
    pool,
    config,
    close: async () => {
      await pool.close();
      await store.stop();
      await conn.close();
    },
  };
}
