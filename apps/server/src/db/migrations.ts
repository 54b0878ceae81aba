import { type Kysely, type Migration, Migrator } from "kysely";

/** The SQL dialects the service runs on. */
export type Dialect = "sqlite" | "postgres";

// Migrations are code, not files read at run time, so the bundled bin carries them. Each is
// written once and never edited: a change to the schema is a new entry with the next number.
const migrations = (dialect: Dialect): Record<string, Migration> => ({
  "0001-registry": {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable("registry_state")
        .addColumn("id", "integer", (c) => c.primaryKey())
        .addColumn("version", "integer", (c) => c.notNull())
        .execute();
      await db.insertInto("registry_state").values({ id: 1, version: 0 }).execute();
      await db.schema
        .createTable("registry_changes")
        .addColumn("version", "integer", (c) => c.primaryKey())
        .addColumn("claims", "text", (c) => c.notNull())
        .addColumn("at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("meta")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("value", "text", (c) => c.notNull())
        .execute();
      for (const table of ["sources", "actors", "series"]) {
        await db.schema
          .createTable(table)
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("seq", "integer", (c) => c.notNull())
          .addColumn("origin", "text", (c) => c.notNull())
          .addColumn("data", "text", (c) => c.notNull())
          .addColumn("updated_at", "text", (c) => c.notNull())
          .execute();
      }
      await db.schema
        .createTable("claims")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("seq", "integer", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("series", "text")
        .addColumn("source", "text", (c) => c.notNull())
        .addColumn("as_of", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("origin", "text", (c) => c.notNull())
        .addColumn("data", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("claims_seq").on("claims").column("seq").execute();
      await db.schema.createIndex("claims_kind_as_of").on("claims").columns(["kind", "as_of"]).execute();
      await db.schema.createIndex("claims_series_as_of").on("claims").columns(["series", "as_of"]).execute();
      await db.schema.createIndex("claims_source_as_of").on("claims").columns(["source", "as_of"]).execute();
      await db.schema
        .createTable("claim_history")
        // An SQLite INTEGER PRIMARY KEY numbers rows by itself; PostgreSQL needs a serial for that.
        .addColumn("id", dialect === "postgres" ? "serial" : "integer", (c) => c.primaryKey().notNull())
        .addColumn("claim_id", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("reason", "text")
        .addColumn("key_id", "text")
        .addColumn("data", "text", (c) => c.notNull())
        .addColumn("at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("claim_history_claim").on("claim_history").columns(["claim_id", "id"]).execute();
    },
  },
  "0002-stories": {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable("stories")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("url", "text")
        .addColumn("title", "text")
        .addColumn("date", "text", (c) => c.notNull())
        .addColumn("format", "text", (c) => c.notNull())
        .addColumn("content", "text", (c) => c.notNull())
        .addColumn("registered_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("stories_date").on("stories").columns(["date", "id"]).execute();
      await db.schema
        .createTable("story_mentions")
        .addColumn("story_id", "text", (c) => c.notNull().references("stories.id").onDelete("cascade"))
        .addColumn("seq", "integer", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("from_offset", "integer", (c) => c.notNull())
        .addColumn("to_offset", "integer", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("data", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("story_mentions_pk", ["story_id", "seq"])
        .execute();
    },
  },
  "0003-api-keys": {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable("api_keys")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("scope", "text", (c) => c.notNull())
        .addColumn("secret_hash", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("revoked_at", "text")
        .execute();
    },
  },
  // Places and conflicts became registry data: a database made before them gains their tables,
  // empty until the next seed (or import) fills them.
  "0004-places-conflicts": {
    async up(db: Kysely<any>) {
      for (const table of ["places", "conflicts"]) {
        await db.schema
          .createTable(table)
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("seq", "integer", (c) => c.notNull())
          .addColumn("origin", "text", (c) => c.notNull())
          .addColumn("data", "text", (c) => c.notNull())
          .addColumn("updated_at", "text", (c) => c.notNull())
          .execute();
      }
    },
  },
  // Sources, actors, places, conflicts and series gained a history and can be retracted, and a
  // change names the records it touched: a database made before them gains the history table,
  // one entry per record it holds (what it was when the history began), and the change column.
  "0005-record-history": {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable("record_history")
        .addColumn("id", dialect === "postgres" ? "serial" : "integer", (c) => c.primaryKey().notNull())
        .addColumn("collection", "text", (c) => c.notNull())
        .addColumn("record_id", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("reason", "text")
        .addColumn("key_id", "text")
        .addColumn("data", "text", (c) => c.notNull())
        .addColumn("at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("record_history_record").on("record_history").columns(["collection", "record_id", "id"]).execute();
      await db.schema.alterTable("registry_changes").addColumn("records", "text").execute();
      const { version } = (await db.selectFrom("registry_state").select("version").where("id", "=", 1).executeTakeFirst()) ?? { version: 0 };
      for (const collection of ["sources", "actors", "places", "conflicts", "series"]) {
        const rows = await db.selectFrom(collection).select(["id", "origin", "data", "updated_at"]).orderBy("seq").execute();
        for (let i = 0; i < rows.length; i += 400) {
          const values = rows.slice(i, i + 400).map((row: { id: string; origin: string; data: string; updated_at: string }) => ({
            collection,
            record_id: row.id,
            version,
            action: row.origin === "dataset" ? "seed" : "update",
            reason: "recorded when the record history began",
            key_id: null,
            data: row.data,
            at: row.updated_at,
          }));
          await db.insertInto("record_history").values(values).execute();
        }
      }
    },
  },
});

/** The names of the migrations this version of the service knows, in order. */
export const MIGRATION_NAMES: readonly string[] = Object.keys(migrations("sqlite")).sort();

/**
 * Brings the database schema up to date: runs, in order and each in its own transaction, every
 * migration not yet applied, and returns the names of those it ran. Safe to call from several
 * instances at once (Kysely takes a lock). Throws an `Error` naming the migration that failed.
 */
export async function migrate(db: Kysely<any>, dialect: Dialect): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations(dialect) } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error) {
    throw new Error(`database migration ${failed ? `"${failed.migrationName}" ` : ""}failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
