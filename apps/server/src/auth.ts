import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, MiddlewareHandler } from "hono";
import type { Kysely } from "kysely";
import type { Database } from "./db/schema.js";
import { type Scope, scopeAllows, verifyApiKey } from "./keys.js";
import { ApiError } from "./problem.js";

/** The key a request was made with, once verified. */
export interface RequestKey {
  id: string;
  scope: Scope;
}

/** Hono context variables the service sets. */
export type AppEnv = { Variables: { key: RequestKey | undefined } };

/** The secret a request presents: `Authorization: Bearer <key>` or `X-API-Key: <key>`. */
function presentedKey(c: Context): string | undefined {
  const header = c.req.header("authorization");
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw new ApiError(401, "unauthorized", 'the Authorization header is not "Bearer <key>"; send the API key as Authorization: Bearer fmk_…', {}, { "WWW-Authenticate": 'Bearer realm="factmark"' });
    return match[1];
  }
  return c.req.header("x-api-key") ?? undefined;
}

/**
 * Verifies the API key a request presents, if any, and sets `key`. A key that is presented but
 * unknown, revoked or wrong is refused with 401 even on open routes: a client with a broken key
 * should learn so at once.
 */
export function authenticate(db: Kysely<Database>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const secret = presentedKey(c);
    if (secret !== undefined) {
      const key = await verifyApiKey(db, secret);
      if (!key) throw new ApiError(401, "unauthorized", "the API key is not valid (unknown, revoked or mistyped); create one with: factmark-server keys create --scope write", {}, { "WWW-Authenticate": 'Bearer realm="factmark", error="invalid_token"' });
      c.set("key", key);
    } else {
      c.set("key", undefined);
    }
    await next();
  };
}

/**
 * Requires a key of at least `scope`: 401 without a key, 403 with a key whose scope is lower.
 * With `open`, requests without a key pass (reads on a service configured for open reads).
 */
export function requireScope(scope: Scope, open = false): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.get("key");
    if (!key) {
      if (open) return next();
      throw new ApiError(401, "unauthorized", `this request needs an API key with the "${scope}" scope; send it as Authorization: Bearer fmk_…`, {}, { "WWW-Authenticate": 'Bearer realm="factmark"' });
    }
    if (!scopeAllows(key.scope, scope)) throw new ApiError(403, "forbidden", `the API key "${key.id}" has the "${key.scope}" scope; this request needs "${scope}"`);
    return next();
  };
}

/**
 * A token bucket per API key (per client address for requests without one): `perMinute`
 * requests a minute on average, in bursts of up to a tenth of that (at least 10). Over the limit
 * the answer is 429 with `Retry-After` in seconds. `perMinute` 0 turns the limit off.
 */
export function rateLimit(perMinute: number): MiddlewareHandler<AppEnv> {
  if (perMinute <= 0) return (_c, next) => next();
  const capacity = Math.max(10, Math.floor(perMinute / 10));
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return async (c, next) => {
    const key = c.get("key");
    const who = key ? `key:${key.id}` : `ip:${clientAddress(c)}`;
    const now = Date.now();
    if (buckets.size > 10_000) {
      // Forget clients whose bucket has refilled: they are where a new client would start.
      for (const [id, b] of buckets) if (b.tokens + (now - b.at) * perMs >= capacity) buckets.delete(id);
    }
    const bucket = buckets.get(who) ?? { tokens: capacity, at: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    buckets.set(who, bucket);
    if (bucket.tokens < 1) {
      const wait = Math.ceil((1 - bucket.tokens) / perMs / 1000);
      throw new ApiError(429, "rate-limited", `more than ${perMinute} requests a minute from ${key ? `API key "${key.id}"` : "this address"}; retry in ${wait} s`, {}, { "Retry-After": String(wait) });
    }
    bucket.tokens -= 1;
    return next();
  };
}

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    // Requests made in-process (app.request) have no socket.
    return "local";
  }
}
