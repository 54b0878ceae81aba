import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql, type Transaction } from "kysely";
import pg from "pg";
import { type Dialect, migrate } from "./migrations.js";
import type { Database } from "./schema.js";

/** The PostgreSQL channel a registry change is announced on; the payload is the new version. */
export const REGISTRY_CHANNEL = "factmark_registry";

/** Where the data lives: an SQLite file (the embedded default) or a PostgreSQL URL. */
export type DatabaseTarget = { file: string } | { url: string };

/**
 * An open database: the typed query layer, its dialect, and how instances tell each other about
 * registry changes (PostgreSQL LISTEN/NOTIFY; an SQLite file is watched by polling its version).
 */
export interface DatabaseConnection {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** A label for logs: the file, or the URL without its password. */
  readonly label: string;
  /** Announces a change inside the transaction that made it (delivered on commit; a no-op on SQLite). */
  announce(trx: Transaction<Database>, version: number): Promise<void>;
  /**
   * Calls `onChange` whenever another instance may have changed the registry: on each
   * notification (PostgreSQL) and after a lost listening connection comes back. Returns a
   * function that stops listening. On SQLite it returns a no-op: the store polls instead.
   */
  listen(onChange: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/**
 * Opens (creating it if needed) and migrates the database. SQLite files are put in WAL mode,
 * so readers never wait for the writer, with a busy timeout so that two processes writing the
 * same file queue instead of failing.
 *
 * @example
 * const conn = await openDatabase({ file: "factmark.db" });
 * await conn.close();
 */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseConnection> {
  const conn = "url" in target ? openPostgres(target.url) : openSqlite(target.file);
  try {
    await migrate(conn.db, conn.dialect);
  } catch (error) {
    await conn.close();
    throw error;
  }
  return conn;
}

function openSqlite(file: string): DatabaseConnection {
  let database: SQLite.Database;
  try {
    database = new SQLite(file);
  } catch (error) {
    throw new Error(`cannot open the SQLite database "${file}": ${(error as Error).message}; set FACTMARK_DB to a writable file path, for example FACTMARK_DB=./factmark.db`, { cause: error });
  }
  database.pragma("journal_mode = WAL");
  database.pragma("busy_timeout = 15000");
  // In WAL mode NORMAL loses no committed transaction on a crash of the process, only on power loss.
  database.pragma("synchronous = NORMAL");
  database.pragma("foreign_keys = ON");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return {
    db,
    dialect: "sqlite",
    label: file,
    announce: async () => {},
    listen: async () => async () => {},
    close: () => db.destroy(),
  };
}

function openPostgres(url: string): DatabaseConnection {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client that loses its connection emits on the pool; without a handler Node would exit.
  pool.on("error", () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const listeners = new Set<pg.Client>();
  let closed = false;
  return {
    db,
    dialect: "postgres",
    label: redact(url),
    announce: async (trx, version) => {
      await sql`select pg_notify(${REGISTRY_CHANNEL}, ${String(version)})`.execute(trx);
    },
    listen: async (onChange) => {
      let client: pg.Client | undefined;
      let stopped = false;
      const connect = async (): Promise<void> => {
        const next = new pg.Client({ connectionString: url });
        next.on("notification", (message) => {
          if (message.channel === REGISTRY_CHANNEL) onChange();
        });
        next.on("error", () => {
          listeners.delete(next);
          next.end().catch(() => {});
          // Changes made while the listener was away are caught by the reload after reconnecting.
          if (!stopped && !closed) setTimeout(() => void connect().then(onChange, () => {}), 1000).unref();
        });
        await next.connect();
        await next.query(`LISTEN ${REGISTRY_CHANNEL}`);
        listeners.add(next);
        client = next;
      };
      await connect();
      return async () => {
        stopped = true;
        if (client) {
          listeners.delete(client);
          await client.end().catch(() => {});
        }
      };
    },
    close: async () => {
      closed = true;
      await Promise.all([...listeners].map((client) => client.end().catch(() => {})));
      await db.destroy();
    },
  };
}

/** The URL without its password, for logs and messages. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}
