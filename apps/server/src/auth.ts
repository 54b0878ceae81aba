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

/** Hono context variables the service sets: the verified key, and the request's id. */
export type AppEnv = { Variables: { key: RequestKey | undefined; requestId: string; signal: AbortSignal } };

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
 * should learn so at once. Failed attempts are throttled per client address (OWASP ASVS 2.2.1):
 * past `failuresPerMinute` (in bursts of a tenth of it, at least 5) an address that presents a
 * key gets 429 before the key is looked up, until its budget refills. 0 turns the throttle off.
 */
export function authenticate(db: Kysely<Database>, failuresPerMinute = 0): MiddlewareHandler<AppEnv> {
  const throttle = failuresPerMinute > 0 ? new TokenBuckets(failuresPerMinute, Math.max(5, Math.floor(failuresPerMinute / 10))) : undefined;
  return async (c, next) => {
    const address = clientAddress(c);
    const wait = throttle?.waitSeconds(address);
    const hasKey = c.req.header("authorization") !== undefined || c.req.header("x-api-key") !== undefined;
    if (wait !== undefined && hasKey) {
      throw new ApiError(429, "rate-limited", `too many failed authentication attempts from this address; retry in ${wait} s`, {}, { "Retry-After": String(wait) });
    }
    let secret: string | undefined;
    try {
      secret = presentedKey(c);
    } catch (error) {
      throttle?.take(address);
      throw error;
    }
    if (secret !== undefined) {
      const key = await verifyApiKey(db, secret);
      if (!key) {
        throttle?.take(address);
        throw new ApiError(401, "unauthorized", "the API key is not valid (unknown, revoked or mistyped); ask the service's administrator for a key (created with POST /v1/keys)", {}, { "WWW-Authenticate": 'Bearer realm="factmark", error="invalid_token"' });
      }
      c.set("key", key);
    } else {
      c.set("key", undefined);
    }
    await next();
  };
}

/**
 * Token buckets by client: `perMinute` tokens a minute on average, holding up to `capacity`.
 * Written by hand: a bucket is a few lines, and the service needs its state (remaining, reset)
 * for the RateLimit headers.
 */
class TokenBuckets {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  readonly #perMs: number;

  constructor(
    readonly perMinute: number,
    readonly capacity: number,
  ) {
    this.#perMs = perMinute / 60_000;
  }

  /** The bucket of `who`, refilled to now. */
  #bucket(who: string): { tokens: number; at: number } {
    const now = Date.now();
    if (this.#buckets.size > 10_000) {
      // Forget clients whose bucket has refilled: they are where a new client would start.
      for (const [id, b] of this.#buckets) if (b.tokens + (now - b.at) * this.#perMs >= this.capacity) this.#buckets.delete(id);
    }
    const bucket = this.#buckets.get(who) ?? { tokens: this.capacity, at: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.at) * this.#perMs);
    bucket.at = now;
    this.#buckets.set(who, bucket);
    return bucket;
  }

  /** Seconds until `who` has a token, or undefined when it has one now. */
  waitSeconds(who: string): number | undefined {
    const bucket = this.#bucket(who);
    return bucket.tokens >= 1 ? undefined : Math.max(1, Math.ceil((1 - bucket.tokens) / this.#perMs / 1000));
  }

  /** Takes a token from `who` if it has one; returns the state the RateLimit headers report. */
  take(who: string): { allowed: boolean; remaining: number; resetSeconds: number } {
    const bucket = this.#bucket(who);
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    const resetSeconds = allowed ? Math.ceil((this.capacity - bucket.tokens) / this.#perMs / 1000) : Math.max(1, Math.ceil((1 - bucket.tokens) / this.#perMs / 1000));
    return { allowed, remaining: Math.floor(bucket.tokens), resetSeconds };
  }
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
  const buckets = new TokenBuckets(perMinute, Math.max(10, Math.floor(perMinute / 10)));
  // The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers): the policy, what is left, and when it refills.
  const policy = `${buckets.capacity};w=${Math.ceil((buckets.capacity / perMinute) * 60)}`;
  return async (c, next) => {
    const key = c.get("key");
    const state = buckets.take(key ? `key:${key.id}` : `ip:${clientAddress(c)}`);
    const headers = { "RateLimit-Limit": String(buckets.capacity), "RateLimit-Remaining": String(state.remaining), "RateLimit-Reset": String(state.resetSeconds), "RateLimit-Policy": policy };
    if (!state.allowed) {
      throw new ApiError(429, "rate-limited", `more than ${perMinute} requests a minute from ${key ? `API key "${key.id}"` : "this address"}; retry in ${state.resetSeconds} s`, {}, { ...headers, "Retry-After": String(state.resetSeconds) });
    }
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
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
