import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { MiddlewareHandler } from "hono";
import { matchedRoutes } from "hono/route";
import type { AppEnv } from "./auth.js";
import type { ServiceMetrics } from "./metrics.js";

/** One request's log record, written as one JSON line. Never holds a key's secret: only its id. */
export interface RequestLogRecord {
  time: string;
  level: "info" | "warn" | "error";
  msg: "request";
  requestId: string;
  method: string;
  /** The matched route pattern (`/v1/claims/:id`), so ids do not split the counts; `(unmatched)` for a 404 without a route. */
  route: string;
  status: number;
  durationMs: number;
  /** The id of the API key the request was made with, when it had a valid one. */
  keyId?: string;
}

/** Where log records go. @default one JSON line each on stdout */
export type RequestLogger = (record: RequestLogRecord) => void;

// Lines not yet written: stdout is synchronous when it is a pipe or a file, so a write per request
// costs a system call each (about a fifth of a cheap request's time); the lines of one turn of the
// event loop go out in one write instead.
let pendingLines: string[] = [];
let flushScheduled = false;

function flushLines(): void {
  flushScheduled = false;
  if (pendingLines.length === 0) return;
  const text = pendingLines.join("");
  pendingLines = [];
  process.stdout.write(text);
}

/**
 * Writes each record as one JSON line on stdout: the lines of one turn of the event loop together,
 * at the end of that turn (or every 256 lines), and whatever is left when the process exits.
 */
export const jsonLinesLogger: RequestLogger = (record) => {
  pendingLines.push(`${JSON.stringify(record)}\n`);
  if (pendingLines.length >= 256) flushLines();
  else if (!flushScheduled) {
    flushScheduled = true;
    setImmediate(flushLines);
  }
};
process.once("exit", flushLines);

// Ids a client may choose: printable, short, nothing a log or a header could be broken with.
const CLIENT_ID = /^[A-Za-z0-9._:@\/+=-]{1,128}$/;

/**
 * The first middleware of the service: gives every request an id (the client's `X-Request-Id`
 * when it sends a usable one, else a new UUID), echoes it in `X-Request-Id` (problem documents
 * carry it as `requestId`), records the request's route, status and duration in the metrics, and
 * logs one record per request. An answer sent before the request body arrived whole (a timeout,
 * 413 on a declared length) closes the connection: the rest of the body would otherwise be read
 * as the next request, and Node would answer a second time on the same connection.
 */
export function observeRequests(metrics: ServiceMetrics, log: RequestLogger | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const sent = c.req.header("x-request-id");
    const requestId = sent !== undefined && CLIENT_ID.test(sent) ? sent : randomUUID();
    c.set("requestId", requestId);
    await next();
    c.res.headers.set("X-Request-Id", requestId);
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    if (incoming && !incoming.complete && incoming.method !== "GET" && incoming.method !== "HEAD") {
      c.res.headers.set("Connection", "close");
      const socket = incoming.socket;
      // Once the answer is out, the connection ends here: nothing more is read from it.
      (c.env as { outgoing?: NodeJS.EventEmitter }).outgoing?.once("finish", () => socket.destroySoon());
    }
    const route = matchedRoute(matchedRoutes(c), c.req.path);
    const durationMs = performance.now() - started;
    const status = c.res.status;
    metrics.requests.inc({ method: c.req.method, route, status: String(status) });
    metrics.requestDuration.observe({ method: c.req.method, route }, durationMs / 1000);
    if (log) {
      const key = c.get("key");
      log({
        time: new Date().toISOString(),
        level: status >= 500 ? "error" : status >= 400 ? "warn" : "info",
        msg: "request",
        requestId,
        method: c.req.method,
        route,
        status,
        durationMs: Math.round(durationMs * 100) / 100,
        ...(key ? { keyId: key.id } : {}),
      });
    }
  };
}

/**
 * The route pattern of the handler that answered: the first matched route that is not middleware
 * (the editor's catch-all `/*` comes after the API's routes). An API path only the catch-all
 * matches has no route: "(unmatched)", so stray paths do not each get a label.
 */
function matchedRoute(routes: readonly { method: string; path: string }[], path: string): string {
  const route = routes.find((r) => r.method !== "ALL")?.path;
  if (route === undefined || (route === "/*" && (path === "/v1" || path.startsWith("/v1/")))) return "(unmatched)";
  return route;
}
