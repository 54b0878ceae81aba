import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type ServerConfig, loadConfig } from "../src/config.js";

/** A database the tests own: the configuration pointing at it, and how to remove it. */
export interface TestDatabase {
  config: ServerConfig;
  /** The SQLite file or the PostgreSQL URL. */
  target: { file: string } | { url: string };
  drop(): Promise<void>;
}

/** A driver the API suite runs against. */
export interface Driver {
  name: "sqlite" | "postgres";
  /** Why the driver cannot run here, when it cannot (the suite then fails in CI and is skipped elsewhere). */
  unavailable?: string;
  create(env?: Record<string, string>): Promise<TestDatabase>;
}

const BASE_ENV = { FACTMARK_RATE_LIMIT: "0", FACTMARK_LOG: "off", FACTMARK_CHECK_THREADS: "2", FACTMARK_POLL_MS: "50", FACTMARK_EDITOR_DIR: join(tmpdir(), "factmark-no-editor-here") };

/** SQLite: a fresh file in a fresh temporary directory. */
export const sqlite: Driver = {
  name: "sqlite",
  async create(env = {}) {
    const dir = mkdtempSync(join(tmpdir(), "factmark-server-"));
    const file = join(dir, "factmark.db");
    return {
      config: loadConfig({ ...BASE_ENV, FACTMARK_DB: file, ...env }),
      target: { file },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

/** PostgreSQL at `url`: a fresh database per call, dropped afterwards, so parallel runs never share one. */
export function postgresDriver(url: string | undefined): Driver {
  return {
    name: "postgres",
    ...(url ? {} : { unavailable: "DATABASE_URL is not set" }),
    async create(env = {}) {
      if (!url) throw new Error("DATABASE_URL is not set: the PostgreSQL suite needs a server (see README, PostgreSQL for tests)");
      const name = `factmark_test_${process.pid}_${randomBytes(4).toString("hex")}`;
      await admin(url, `CREATE DATABASE ${name}`);
      const target = new URL(url);
      target.pathname = `/${name}`;
      return {
        config: loadConfig({ ...BASE_ENV, DATABASE_URL: target.toString(), ...env }),
        target: { url: target.toString() },
        drop: () => admin(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      };
    },
  };
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * The drivers to run: SQLite always; PostgreSQL when DATABASE_URL is set. Without it, CI (the `CI`
 * variable set) still lists PostgreSQL, marked unavailable, so its suites fail loudly; elsewhere
 * it is left out with the reason printed.
 */
export function drivers(env: Record<string, string | undefined> = process.env): Driver[] {
  const postgres = postgresDriver(env.DATABASE_URL || undefined);
  if (postgres.unavailable && !env.CI) {
    if (env === process.env) console.warn(`PostgreSQL suite skipped: ${postgres.unavailable}. Run with DATABASE_URL=postgres://postgres@127.0.0.1:54330/factmark to include it.`);
    return [sqlite];
  }
  return [sqlite, postgres];
}

/** The JSON body of a response, asserting its content type family first. */
export async function json<T = any>(res: Response): Promise<T> {
  const text = await res.text();
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`expected JSON, received ${res.status} ${res.headers.get("content-type")}: ${text.slice(0, 200)}`);
  }
}

/** Request init for a JSON body, with an optional API key. */
export function send(method: string, body: unknown, key?: string, headers: Record<string, string> = {}): RequestInit {
  return {
    method,
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  };
}

/** Headers with an API key. */
export function auth(key: string): RequestInit {
  return { headers: { authorization: `Bearer ${key}` } };
}

/** A valid newsroom casualty claim in the default registry's Gaza killed series. */
export function casualtyClaim(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: "casualty",
    id,
    series: "gaza-moh-killed",
    measure: "killed",
    population: { place: "gaza" },
    asOf: "2030-01-01",
    quantity: { value: 90_000 },
    citations: [{ source: "gaza-moh", published: "2030-01-01" }],
    ...overrides,
  };
}

/** A server-sent event as a client sees it; comments are kept as `comment`. */
export interface SseMessage {
  event?: string;
  data?: string;
  id?: string;
  comment?: string;
}

/**
 * Opens an event stream and collects its messages as they arrive. `next(predicate)` waits (up
 * to `ms`) for the first message, already received or still to come, that matches.
 */
export async function openEventStream(url: string, init: RequestInit = {}) {
  const controller = new AbortController();
  const res = await fetch(url, { ...init, signal: controller.signal });
  const messages: SseMessage[] = [];
  const waiters: { test: (m: SseMessage) => boolean; resolve: (m: SseMessage) => void }[] = [];
  const push = (message: SseMessage) => {
    messages.push(message);
    for (const w of waiters.splice(0)) {
      if (w.test(message)) w.resolve(message);
      else waiters.push(w);
    }
  };
  const pump = (async () => {
    if (!res.body) return;
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const message: SseMessage = {};
          for (const line of block.split("\n")) {
            if (line.startsWith(":")) message.comment = line.slice(1).trim();
            else {
              const colon = line.indexOf(":");
              const field = line.slice(0, colon);
              const value = line.slice(colon + 1).replace(/^ /, "");
              if (field === "event" || field === "data" || field === "id") message[field] = value;
            }
          }
          push(message);
        }
      }
    } catch {
      // Aborted by close().
    }
  })();
  return {
    response: res,
    messages,
    next(test: (m: SseMessage) => boolean, ms = 10_000): Promise<SseMessage> {
      const found = messages.find(test);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching event within ${ms} ms; received ${JSON.stringify(messages)}`)), ms);
        waiters.push({ test, resolve: (m) => (clearTimeout(timer), resolve(m)) });
      });
    },
    async close() {
      controller.abort();
      await pump;
    },
  };
}
