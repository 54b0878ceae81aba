import {
  Actor,
  Claim,
  type Conflict,
  FactmarkError,
  Id,
  type Place,
  type RegistryData,
  Registry,
  Series,
  Source,
  type SupersessionReason,
  readRegistryNDJSON,
  seriesKeyOf,
  validateRegistry,
} from "@factmark/core";
import type { Kysely, Transaction } from "kysely";
import { gzipSync } from "node:zlib";
import type { DatabaseConnection } from "./db/open.js";
import type { ClaimTable, Database, RecordTable } from "./db/schema.js";
import type { RegistryPayload } from "./pool.js";
import { ApiError } from "./problem.js";

/** The registry collections other than claims, each kept in its own table. */
export type RecordCollection = "sources" | "actors" | "places" | "conflicts" | "series";

/** The record collections, in the order a change writes them. */
const RECORD_COLLECTIONS: readonly RecordCollection[] = ["sources", "actors", "places", "conflicts", "series"];

/**
 * A registry change: the version it made, the ids of the claims it touched and, when it touched
 * sources, actors, places, conflicts or series, their ids by collection (a retracted record's id
 * included).
 */
export interface RegistryChange {
  version: number;
  claims: string[];
  records?: Partial<Record<RecordCollection, string[]>>;
}

/** One entry of the history of a source, actor, place, conflict or series. */
export interface RecordHistoryEntry {
  version: number;
  /** `create`, `update`, `import`, `seed` or `retract` (the record as it was when retracted). */
  action: string;
  reason?: string;
  keyId?: string;
  at: string;
  record: Record<string, unknown>;
}

/** The singular of each record collection, as messages name it. */
export const RECORD_NAMES: Record<RecordCollection, string> = { sources: "source", actors: "actor", places: "place", conflicts: "conflict", series: "series" };

/** Records to put in the registry, already parsed with the core schemas. */
export interface RegistryRecordsInput {
  sources?: Source[];
  actors?: Actor[];
  places?: Place[];
  conflicts?: Conflict[];
  series?: Series[];
  claims?: Claim[];
}

/** Who made a change and why, kept in each claim's history. */
export interface ChangeMeta {
  /** `create`, `update`, `retract`, `supersede`, `import` or `seed`. */
  action: string;
  reason?: string;
  /** The API key id that made the change, if any. */
  keyId?: string;
  /** Called after each batch of rows is written, with the rows written so far and the total. */
  onProgress?: (written: number, total: number) => void;
}

/** Filters of {@link RegistryStore.listClaims}; every one optional, all combined with AND. */
export interface ClaimFilter {
  kind?: string;
  series?: string;
  source?: string;
  status?: string;
  origin?: string;
  /** Earliest asOf (YYYY-MM-DD, included). */
  from?: string;
  /** Latest asOf (YYYY-MM-DD, included). */
  to?: string;
  /** Page size. @default 100 */
  limit?: number;
  /** The `next` cursor of the previous page. */
  after?: string;
}

/** One entry of a claim's history. */
export interface ClaimHistoryEntry {
  version: number;
  action: string;
  reason?: string;
  keyId?: string;
  at: string;
  claim: Claim;
}

/** The registry as served at `/v1/registry`: JSON text, its gzip and its version. */
export interface RegistrySnapshot {
  version: number;
  json: string;
  gzip: Buffer;
}

/** Rows per INSERT: under every dialect's parameter limit (PostgreSQL's is 65,535) with room to spare. */
const BATCH = 400;

/** Stored per database: which dataset snapshot seeded it, so a new dataset build re-seeds once. */
const SEED_KEY = "dataset-seed";

const now = () => new Date().toISOString();

/**
 * The newsroom's claim registry, kept in the database and mirrored in memory as a core
 * {@link Registry} for checking. Every change is one transaction that first bumps the registry
 * version (the row lock serialises writers across processes and instances), writes the records
 * with their history, and records the change; the in-memory registry then moves to the new
 * version. Changes made by other instances arrive through {@link RegistryStore.sync}, called on
 * PostgreSQL notifications and, for SQLite, on a timer.
 */
export class RegistryStore {
  #registry: Registry;
  #version: number;
  #snapshot: RegistrySnapshot | undefined;
  #json: { version: number; json: string } | undefined;
  #payload: RegistryPayload | undefined;
  readonly #listeners = new Set<(change: RegistryChange) => void>();
  // Writes and syncs of this instance run one at a time, so each sees the state the last one left.
  #queue: Promise<unknown> = Promise.resolve();
  #stopListening: (() => Promise<void>) | undefined;
  #timer: NodeJS.Timeout | undefined;

  private constructor(
    readonly conn: DatabaseConnection,
    registry: Registry,
    version: number,
  ) {
    this.#registry = registry;
    this.#version = version;
  }

  /**
   * Loads the registry from an open, migrated database. With `seed` (the default) it first puts in
   * the default registry (@factmark/dataset-gaza and @factmark/dataset-ukraine, merged) when this
   * database has not yet been seeded with this build of them; claims the newsroom changed are left
   * as they are. With `pollMs`, an SQLite store looks for other processes' changes at that
   * interval; a PostgreSQL store always listens.
   */
  static async open(conn: DatabaseConnection, options: { seed?: boolean; pollMs?: number } = {}): Promise<RegistryStore> {
    const loaded = await loadRegistry(conn.db, conn.dialect);
    const store = new RegistryStore(conn, loaded.registry, loaded.version);
    if (options.seed ?? true) await store.#seed();
    if (conn.dialect === "postgres") {
      store.#stopListening = await conn.listen(() => void store.sync().catch(() => {}));
    } else if (options.pollMs) {
      store.#timer = setInterval(() => void store.sync().catch(() => {}), options.pollMs);
      store.#timer.unref();
    }
    return store;
  }

  /** The registry as of {@link version}. */
  get registry(): Registry {
    return this.#registry;
  }

  /** The registry version: 0 for an empty database, bumped by every change. */
  get version(): number {
    return this.#version;
  }

  /** Calls `listener` after every change, made here or by another instance. Returns the unsubscribe function. */
  subscribe(listener: (change: RegistryChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Stops listening for other instances' changes (the connection stays open). */
  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    await this.#stopListening?.();
  }

  /** The whole registry as JSON (RegistryData) and gzip, built once per version. */
  snapshot(): RegistrySnapshot {
    if (this.#snapshot?.version !== this.#version) {
      const json = this.#registryJson();
      this.#snapshot = { version: this.#version, json, gzip: gzipSync(json, { level: 6 }) };
    }
    return this.#snapshot;
  }

  /** The registry for the checking threads: its version and its JSON in shared memory, built once per version. */
  payload(): RegistryPayload {
    if (this.#payload?.version !== this.#version) {
      const bytes = Buffer.from(this.#registryJson(), "utf8");
      const data = new SharedArrayBuffer(bytes.length);
      bytes.copy(new Uint8Array(data));
      this.#payload = { version: this.#version, data };
    }
    return this.#payload;
  }

  #registryJson(): string {
    if (this.#json?.version !== this.#version) {
      const { date: _date, $schema: _schema, ...data } = this.#registry.toData();
      this.#json = { version: this.#version, json: JSON.stringify(data) };
    }
    return this.#json.json;
  }

  /** Catches up with changes other processes or instances committed: reloads the registry and announces each change. */
  sync(): Promise<void> {
    return this.#serial(() => this.#sync());
  }

  async #sync(): Promise<void> {
    if ((await readRegistryVersion(this.conn.db)) === this.#version) return;
    const changes = await this.conn.db
      .selectFrom("registry_changes")
      .selectAll()
      .where("version", ">", this.#version)
      .orderBy("version")
      .execute();
    const loaded = await loadRegistry(this.conn.db, this.conn.dialect);
    this.#registry = loaded.registry;
    this.#version = loaded.version;
    for (const change of changes) {
      if (change.version <= loaded.version) this.#emit(changeOf(change));
    }
  }

  #emit(change: RegistryChange): void {
    for (const listener of this.#listeners) {
      try {
        listener(change);
      } catch {
        // A failing subscriber (a closed event stream) must not stop the others.
      }
    }
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => {});
    return run;
  }

  /**
   * Puts records in the registry in one transaction: a record with a registered id replaces it
   * (a claim keeps its place in the registry), others are added. The records must already be
   * parsed; the result is validated as a whole first, and a problem that concerns one of these
   * records (an unknown source, a falling cumulative count, a phase beyond its count …) rejects
   * the change with 422 and the path of each problem inside `records`. All or nothing.
   */
  write(records: RegistryRecordsInput, meta: ChangeMeta): Promise<RegistryChange> {
    return this.#serial(async () => {
      await this.#sync();
      const candidate = checkRecords(this.#registry, records);
      return this.#commit(records, candidate, meta, "newsroom");
    });
  }

  /**
   * Reads an NDJSON registry (see core's `readRegistryNDJSON`) from a stream and puts all of it in
   * the registry in one transaction. A line that fails to parse or validate rejects the whole
   * import with its 1-based line number (messages name it `<file>:<line>`, `file` defaulting to
   * "import"); nothing is written.
   */
  async importNdjson(
    chunks: AsyncIterable<string | Uint8Array>,
    meta: Omit<ChangeMeta, "action">,
    options: { file?: string; maxLineLength?: number } = {},
  ): Promise<RegistryChange & { counts: Record<string, number> }> {
    const data = await readRegistryNDJSON(chunks, { file: options.file ?? "import", ...(options.maxLineLength ? { maxLineLength: options.maxLineLength } : {}) });
    const records = { sources: data.sources, actors: data.actors, places: data.places, conflicts: data.conflicts, series: data.series, claims: data.claims };
    const change = await this.write(records, { ...meta, action: "import" });
    return {
      ...change,
      counts: { sources: data.sources.length, actors: data.actors.length, places: data.places.length, conflicts: data.conflicts.length, series: data.series.length, claims: data.claims.length },
    };
  }

  /**
   * Retracts a claim: its status becomes `retracted` and the reason is kept in its history and
   * appended to its note. The claim stays in the registry (claims are never deleted). 404 when
   * no claim has the id.
   */
  retract(id: string, reason: string, keyId?: string): Promise<RegistryChange & { claim: Claim }> {
    return this.#serial(async () => {
      await this.#sync();
      const claim = this.#registry.claim(id);
      if (!claim) throw notFound("claim", id);
      const retracted = { ...claim, status: "retracted", note: claim.note ? `${claim.note}\nRetracted: ${reason}` : `Retracted: ${reason}` } as Claim;
      const records = { claims: [retracted] };
      const change = await this.#commit(records, checkRecords(this.#registry, records), { action: "retract", reason, ...(keyId ? { keyId } : {}) }, "newsroom");
      return { ...change, claim: retracted };
    });
  }

  /**
   * Registers `next` as superseding claim `id` for `reason`, and marks the old claim
   * `superseded`, `corrected` or `retracted` according to the reason; both in one change.
   */
  supersede(id: string, next: Claim, reason: SupersessionReason, note: string | undefined, keyId?: string): Promise<RegistryChange & { claim: Claim }> {
    return this.#serial(async () => {
      await this.#sync();
      const old = this.#registry.claim(id);
      if (!old) throw notFound("claim", id);
      if (next.id === id) throw new ApiError(422, "invalid-request", `the new claim needs an id of its own; received the id "${id}" of the claim it supersedes`, { issues: [{ code: "custom", path: ["claim", "id"], message: "must differ from the superseded claim's id" }] });
      const status = reason === "correction" ? "corrected" : reason === "retraction" ? "retracted" : "superseded";
      const supersedes = [...(next.supersedes ?? []).filter((s) => s.claim !== id), { claim: id, reason, ...(note ? { note } : {}) }];
      const claim = { ...next, supersedes } as Claim;
      const records = { claims: [{ ...old, status } as Claim, claim] };
      const change = await this.#commit(records, checkRecords(this.#registry, records), { action: "supersede", ...(note ? { reason: note } : {}), ...(keyId ? { keyId } : {}) }, "newsroom");
      return { ...change, claim };
    });
  }

  /**
   * Retracts a source, actor, place, conflict or series: it leaves the registry, and its history
   * keeps it as it was with the reason. Refused with 422 (`invalid-registry`, the path of each
   * record that names it) while another record still names it: a conflict fought in a place, a
   * series counting in it, a claim citing a source … 404 when no record of the collection has the id.
   */
  retractRecord(collection: RecordCollection, id: string, reason: string, keyId?: string): Promise<RegistryChange & { record: { id: string } }> {
    return this.#serial(async () => {
      await this.#sync();
      const what = RECORD_NAMES[collection];
      const record = (listOf(this.#registry, collection) as readonly { id: string }[]).find((r) => r.id === id);
      if (!record) throw notFound(what, id);
      const data = this.#registry.toData();
      const rest = { ...data, [collection]: (data[collection] as { id: string }[]).filter((r) => r.id !== id) } as RegistryData;
      const candidate = Registry.from(rest, { trusted: true });
      // A problem whose path leads to this id in another record is a reference the retraction would leave dangling.
      const issues = [];
      for (const problem of validateRegistry(candidate)) {
        if (problem.severity !== "error") continue;
        let value: unknown = rest;
        for (const step of problem.path) value = (value as Record<string | number, unknown> | undefined)?.[step];
        if (value !== id) continue;
        issues.push({ code: problem.code, path: problem.path as (string | number)[], message: problem.message });
      }
      if (issues.length > 0) {
        throw new ApiError(422, "invalid-registry", `the ${what} "${id}" is still named by ${issues.length} record${issues.length === 1 ? "" : "s"}; change or retract them first: ${issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`, { issues });
      }
      const change = await this.#commit({}, candidate, { action: "retract", reason, ...(keyId ? { keyId } : {}) }, "newsroom", undefined, { collection, record });
      return { ...change, record };
    });
  }

  /** Every version of a source, actor, place, conflict or series, oldest first (a retracted one's too); 404 when it never had one. */
  async recordHistory(collection: RecordCollection, id: string): Promise<RecordHistoryEntry[]> {
    const what = RECORD_NAMES[collection];
    ensureId(what, id);
    const rows = await this.conn.db.selectFrom("record_history").selectAll().where("collection", "=", collection).where("record_id", "=", id).orderBy("id").execute();
    if (rows.length === 0) throw notFound(what, id);
    return rows.map((r) => ({
      version: r.version,
      action: r.action,
      ...(r.reason !== null ? { reason: r.reason } : {}),
      ...(r.key_id !== null ? { keyId: r.key_id } : {}),
      at: r.at,
      record: JSON.parse(r.data) as Record<string, unknown>,
    }));
  }

  /** The default registry, @factmark/dataset-gaza and @factmark/dataset-ukraine merged, put in once per build of them (dataset rows only; the newsroom's own rows win). */
  async #seed(): Promise<void> {
    const [gaza, ukraine] = await Promise.all([import("@factmark/dataset-gaza"), import("@factmark/dataset-ukraine")]);
    const stamps = [gaza.DATASET_INFO, ukraine.DATASET_INFO].map((info) => ({ date: info.date, counts: info.counts, snapshots: info.snapshots.map((s) => s.commit ?? ("retrieved" in s ? s.retrieved : undefined) ?? "") }));
    const stamp = JSON.stringify(stamps);
    await this.#serial(async () => {
      const seeded = await this.conn.db.selectFrom("meta").select("value").where("key", "=", SEED_KEY).executeTakeFirst();
      if (seeded?.value === stamp) return;
      const data = Registry.merge([gaza.defaultRegistry(), ukraine.defaultRegistry()]).toData();
      const records = { sources: data.sources, actors: data.actors, places: data.places, conflicts: data.conflicts, series: data.series, claims: data.claims };
      await this.#commit(records, undefined, { action: "seed" }, "dataset", stamp);
      // Rows the newsroom changed were kept, so the registry in memory is reloaded from the tables.
      const loaded = await loadRegistry(this.conn.db, this.conn.dialect);
      this.#registry = loaded.registry;
      this.#version = loaded.version;
    });
  }

  async #commit(
    records: RegistryRecordsInput,
    candidate: Registry | undefined,
    meta: ChangeMeta,
    origin: "newsroom" | "dataset",
    seedStamp?: string,
    removed?: { collection: RecordCollection; record: { id: string } },
  ): Promise<RegistryChange> {
    const claims = records.claims ?? [];
    const touched: Partial<Record<RecordCollection, string[]>> = {};
    for (const collection of RECORD_COLLECTIONS) if (records[collection]?.length) touched[collection] = records[collection]!.map((r) => r.id);
    if (removed) touched[removed.collection] = [...(touched[removed.collection] ?? []), removed.record.id];
    const total = claims.length + RECORD_COLLECTIONS.reduce((n, collection) => n + (records[collection]?.length ?? 0), 0);
    const version = await this.conn.db.transaction().execute(async (trx) => {
      // The first statement takes the write lock: on PostgreSQL the row lock, on SQLite the file's write lock.
      const { version } = await trx
        .updateTable("registry_state")
        .set((eb) => ({ version: eb("version", "+", 1) }))
        .where("id", "=", 1)
        .returning("version")
        .executeTakeFirstOrThrow();
      if (seedStamp !== undefined) {
        const seeded = await trx.selectFrom("meta").select("value").where("key", "=", SEED_KEY).executeTakeFirst();
        if (seeded?.value === seedStamp) return undefined;
      }
      const at = now();
      let written = 0;
      const progress = (n: number) => {
        written += n;
        meta.onProgress?.(written, total);
      };
      for (const collection of RECORD_COLLECTIONS) {
        const list = records[collection];
        if (list?.length) await upsertRecords(trx, collection, list, origin, at, version, meta, progress);
      }
      if (removed) {
        await trx.deleteFrom(removed.collection).where("id", "=", removed.record.id).execute();
        await trx
          .insertInto("record_history")
          .values({ collection: removed.collection, record_id: removed.record.id, version, action: meta.action, reason: meta.reason ?? null, key_id: meta.keyId ?? null, data: JSON.stringify(removed.record), at })
          .execute();
      }
      if (claims.length) await upsertClaims(trx, claims, origin, at, version, meta, progress);
      const named = Object.keys(touched).length > 0 ? JSON.stringify(touched) : null;
      await trx.insertInto("registry_changes").values({ version, claims: JSON.stringify(claims.map((c) => c.id)), records: named, at }).execute();
      if (seedStamp !== undefined) {
        await trx.insertInto("meta").values({ key: SEED_KEY, value: seedStamp }).onConflict((oc) => oc.column("key").doUpdateSet({ value: seedStamp })).execute();
      }
      await this.conn.announce(trx, version);
      return version;
    });
    if (version === undefined) return { version: this.#version, claims: [] };
    if (candidate && version === this.#version + 1) {
      this.#registry = candidate;
      this.#version = version;
    } else {
      // Another instance committed in between: the candidate missed its change, so read everything back.
      const loaded = await loadRegistry(this.conn.db, this.conn.dialect);
      this.#registry = loaded.registry;
      this.#version = loaded.version;
    }
    const change: RegistryChange = { version, claims: claims.map((c) => c.id), ...(Object.keys(touched).length > 0 ? { records: touched } : {}) };
    this.#emit(change);
    return change;
  }

  /** A page of claims matching `filter`, in registry order, and the cursor of the next page when there is one. */
  async listClaims(filter: ClaimFilter): Promise<{ items: Claim[]; next?: string }> {
    const limit = filter.limit ?? 100;
    let query = this.conn.db.selectFrom("claims").select(["seq", "data"]).orderBy("seq").limit(limit + 1);
    if (filter.kind !== undefined) query = query.where("kind", "=", filter.kind);
    if (filter.series !== undefined) query = query.where("series", "=", filter.series);
    if (filter.source !== undefined) query = query.where("source", "=", filter.source);
    if (filter.status !== undefined) query = query.where("status", "=", filter.status);
    if (filter.origin !== undefined) query = query.where("origin", "=", filter.origin);
    if (filter.from !== undefined) query = query.where("as_of", ">=", filter.from);
    if (filter.to !== undefined) query = query.where("as_of", "<=", filter.to);
    if (filter.after !== undefined) {
      if (!/^\d{1,15}$/.test(filter.after)) throw new ApiError(422, "invalid-request", `"after" is not a cursor of the claims list; pass the "next" of the previous page`, { issues: [{ code: "custom", path: ["after"], message: "not a cursor of this list" }] });
      query = query.where("seq", ">", Number(filter.after));
    }
    const rows = await query.execute();
    const page = rows.slice(0, limit);
    return { items: page.map((r) => JSON.parse(r.data) as Claim), ...(rows.length > limit ? { next: String(page.at(-1)!.seq) } : {}) };
  }

  /** The changes committed after `version` up to `until` (included), oldest first, at most 1,000: what a reconnecting event stream missed. */
  async changesSince(version: number, until: number): Promise<RegistryChange[]> {
    const rows = await this.conn.db.selectFrom("registry_changes").selectAll().where("version", ">", version).where("version", "<=", until).orderBy("version").limit(1000).execute();
    return rows.map(changeOf);
  }

  /** Every version of a claim, oldest first; 404 when no claim has the id. */
  async claimHistory(id: string): Promise<ClaimHistoryEntry[]> {
    ensureId("claim", id);
    const rows = await this.conn.db.selectFrom("claim_history").selectAll().where("claim_id", "=", id).orderBy("id").execute();
    if (rows.length === 0) throw notFound("claim", id);
    return rows.map((r) => ({
      version: r.version,
      action: r.action,
      ...(r.reason !== null ? { reason: r.reason } : {}),
      ...(r.key_id !== null ? { keyId: r.key_id } : {}),
      at: r.at,
      claim: JSON.parse(r.data) as Claim,
    }));
  }

  /** The stored registry data, read from the tables (not the in-memory copy): what a backup or a test compares. */
  async exportData(): Promise<RegistryData> {
    return (await loadRegistry(this.conn.db, this.conn.dialect)).data;
  }
}

/** The records of one collection of `registry`, in registry order. */
export function listOf(registry: Registry, collection: RecordCollection): readonly { id: string }[] {
  switch (collection) {
    case "sources":
      return registry.sources();
    case "actors":
      return registry.actors();
    case "places":
      return registry.places();
    case "conflicts":
      return registry.conflicts();
    case "series":
      return registry.series();
  }
}

function changeOf(row: { version: number; claims: string; records: string | null }): RegistryChange {
  return { version: row.version, claims: JSON.parse(row.claims) as string[], ...(row.records ? { records: JSON.parse(row.records) as RegistryChange["records"] } : {}) };
}

/**
 * Throws a 404 for an id no record can have (ids are lowercase letters, digits and - _ . :), so
 * that stray bytes in a path (a NUL, which PostgreSQL text cannot hold) never reach a query.
 */
export function ensureId(what: string, id: string): void {
  if (!Id.safeParse(id).success) throw notFound(what, id);
}

/** A 404 for a record that is not registered. */
export function notFound(what: string, id: string): ApiError {
  return new ApiError(404, "not-found", `no ${what} has the id "${id}"`);
}

/**
 * The registry with `records` put in, when they leave it consistent. Problems the records bring
 * (validation errors whose record is one of them) throw a 422 listing each with its path inside
 * the request, such as `["claims", 0, "citations", 0, "source"]`.
 */
function checkRecords(registry: Registry, records: RegistryRecordsInput): Registry {
  let candidate: Registry;
  try {
    candidate = registry.with(records);
  } catch (error) {
    if (error instanceof FactmarkError) throw new ApiError(422, "invalid-registry", error.message, error.issues ? { issues: error.issues.map((i) => ({ code: i.code, path: i.path as (string | number)[], message: i.message })) } : {});
    throw error;
  }
  const positions = {
    sources: indexById(records.sources),
    actors: indexById(records.actors),
    places: indexById(records.places),
    conflicts: indexById(records.conflicts),
    series: indexById(records.series),
    claims: indexById(records.claims),
  };
  // A registry of what the write touches, built without parsing again: every record was parsed already.
  const touched = Registry.from(touchedData(candidate, records.claims ?? [], undefined, (records.series ?? []).map((s) => candidate.seriesById(s.id) ?? s)), { trusted: true });
  const data = touched.toData();
  const issues = [];
  for (const problem of validateRegistry(touched)) {
    if (problem.severity !== "error") continue;
    const [collection, index, ...rest] = problem.path as [keyof typeof positions, number, ...(string | number)[]];
    const record = (data[collection] as { id: string }[] | undefined)?.[index];
    const position = record ? positions[collection]?.get(record.id) : undefined;
    if (position === undefined) continue;
    issues.push({ code: problem.code, path: [collection, position, ...rest], message: problem.message });
  }
  if (issues.length > 0) {
    throw new ApiError(422, "invalid-registry", `the records would leave the registry inconsistent: ${issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`, { issues });
  }
  return candidate;
}

/**
 * What a write's problems can involve, as registry data: every source and actor (a registry holds
 * a few hundred), the declared series the write or its claims name, the written claims, their
 * neighbours in their series (the effective reports just before and after each one's date: what a
 * falling cumulative count is judged against), and the claims they supersede, down the chain
 * (unknown or circular supersessions). Validating this instead of the whole registry makes a write
 * cost the size of what it touches, not of the registry: a write is judged only by problems in its
 * own records, and each of those reads no further than this. `date` is the registry's own date, if
 * it has one (the service's registries, read from the database, have none).
 */
export function touchedData(registry: Registry, written: readonly Claim[], date?: string, writtenSeries: readonly Series[] = []): RegistryData {
  const claims = new Map<string, Claim>();
  const add = (claim: Claim | undefined) => {
    if (claim && !claims.has(claim.id)) claims.set(claim.id, claim);
  };
  for (const write of written) {
    const claim = registry.claim(write.id) ?? write;
    add(claim);
    if (claim.kind === "casualty") {
      const key = seriesKeyOf(claim);
      // The reports up to its date (the last two: one may be itself) and the next one after it,
      // read from the end without copying the series' history.
      const lastTwo: Claim[] = [];
      registry.lastMatching(key, claim.asOf, (report) => lastTwo.unshift(report) >= 2);
      for (const report of lastTwo) add(report);
      add(registry.nextAfter(key, claim.asOf));
    }
    // Supersession chains, each claim once.
    const chain = [...(claim.supersedes ?? [])];
    for (let i = 0; i < chain.length && i < 10_000; i++) {
      const target = registry.claim(chain[i]!.claim);
      if (!target || claims.has(target.id)) continue;
      add(target);
      chain.push(...(target.supersedes ?? []));
    }
  }
  const declared = new Map(registry.series().map((s) => [s.id, s]));
  const series = new Map(writtenSeries.map((s) => [s.id, s]));
  for (const claim of claims.values()) {
    const named = claim.kind === "casualty" && claim.series !== undefined ? declared.get(claim.series) : undefined;
    if (named && !series.has(named.id)) series.set(named.id, named);
  }
  return {
    version: 1,
    ...(date !== undefined ? { date } : {}),
    sources: [...registry.sources()],
    actors: [...registry.actors()],
    places: [...registry.places()],
    conflicts: [...registry.conflicts()],
    series: [...series.values()],
    claims: [...claims.values()],
  };
}

function indexById(list: readonly { id: string }[] | undefined): Map<string, number> {
  return new Map((list ?? []).map((record, i) => [record.id, i]));
}

async function nextSeq(trx: Transaction<Database>, table: RecordCollection | "claims"): Promise<number> {
  const row = await trx.selectFrom(table).select((eb) => eb.fn.max<number | null>("seq").as("seq")).executeTakeFirst();
  return Number(row?.seq ?? 0) + 1;
}

async function upsertRecords(
  trx: Transaction<Database>,
  table: RecordCollection,
  list: readonly { id: string }[],
  origin: string,
  at: string,
  version: number,
  meta: ChangeMeta,
  progress: (n: number) => void,
): Promise<void> {
  let seq = await nextSeq(trx, table);
  for (let i = 0; i < list.length; i += BATCH) {
    const rows: RecordTable[] = list.slice(i, i + BATCH).map((record) => ({ id: record.id, seq: seq++, origin, data: JSON.stringify(record), updated_at: at }));
    const changed = await trx
      .insertInto(table)
      .values(rows)
      .onConflict((oc) => {
        const update = oc.column("id").doUpdateSet((eb) => ({ data: eb.ref("excluded.data"), origin: eb.ref("excluded.origin"), updated_at: eb.ref("excluded.updated_at") }));
        // A seed never overwrites what the newsroom changed.
        return origin === "dataset" ? update.where(`${table}.origin`, "=", "dataset") : update;
      })
      .returning("id")
      .execute();
    // Only rows that were written get a history entry, as for claims.
    const ids = new Set(changed.map((row) => row.id));
    const written = rows.filter((row) => ids.has(row.id));
    if (written.length) await trx
      .insertInto("record_history")
      .values(written.map((row) => ({ collection: table, record_id: row.id, version, action: meta.action, reason: meta.reason ?? null, key_id: meta.keyId ?? null, data: row.data, at })))
      .execute();
    progress(rows.length);
  }
}

async function upsertClaims(trx: Transaction<Database>, claims: readonly Claim[], origin: string, at: string, version: number, meta: ChangeMeta, progress: (n: number) => void): Promise<void> {
  let seq = await nextSeq(trx, "claims");
  for (let i = 0; i < claims.length; i += BATCH) {
    const batch = claims.slice(i, i + BATCH);
    const rows: ClaimTable[] = batch.map((claim) => ({
      id: claim.id,
      seq: seq++,
      kind: claim.kind,
      series: claim.kind === "casualty" ? (claim.series ?? null) : null,
      source: claim.citations[0]!.source,
      as_of: claim.asOf,
      status: claim.status,
      origin,
      data: JSON.stringify(claim),
      updated_at: at,
    }));
    const changed = await trx
      .insertInto("claims")
      .values(rows)
      .onConflict((oc) => {
        const update = oc.column("id").doUpdateSet((eb) => ({
          kind: eb.ref("excluded.kind"),
          series: eb.ref("excluded.series"),
          source: eb.ref("excluded.source"),
          as_of: eb.ref("excluded.as_of"),
          status: eb.ref("excluded.status"),
          origin: eb.ref("excluded.origin"),
          data: eb.ref("excluded.data"),
          updated_at: eb.ref("excluded.updated_at"),
        }));
        return origin === "dataset" ? update.where("claims.origin", "=", "dataset") : update;
      })
      .returning("id")
      .execute();
    // Only rows that were written get a history entry (a seed skips the rows the newsroom changed).
    const ids = new Set(changed.map((row) => row.id));
    const written = rows.filter((row) => ids.has(row.id));
    if (written.length) await trx
      .insertInto("claim_history")
      .values(written.map((row) => ({ claim_id: row.id, version, action: meta.action, reason: meta.reason ?? null, key_id: meta.keyId ?? null, data: row.data, at })))
      .execute();
    progress(rows.length);
  }
}

/** The registry version stored in the database (0 before the first change). */
export async function readRegistryVersion(db: Kysely<Database>): Promise<number> {
  return (await db.selectFrom("registry_state").select("version").where("id", "=", 1).executeTakeFirstOrThrow()).version;
}

/** Reads the whole registry and its version in one consistent snapshot. */
async function loadRegistry(db: Kysely<Database>, dialect: DatabaseConnection["dialect"]): Promise<{ registry: Registry; version: number; data: RegistryData }> {
  // An SQLite transaction reads one snapshot already; PostgreSQL's default (read committed) does not.
  const begin = dialect === "postgres" ? db.transaction().setIsolationLevel("repeatable read") : db.transaction();
  return begin.execute(async (trx) => {
    const version = await readRegistryVersion(trx);
    const read = async (table: RecordCollection | "claims") =>
      (await trx.selectFrom(table).select("data").orderBy("seq").execute()).map((row) => JSON.parse(row.data) as never);
    const data: RegistryData = {
      version: 1,
      sources: await read("sources"),
      actors: await read("actors"),
      places: await read("places"),
      conflicts: await read("conflicts"),
      series: await read("series"),
      claims: await read("claims"),
    };
    try {
      // Trusted: every row was parsed with the core schemas before it was written.
      return { registry: Registry.from(data, { trusted: true }), version, data };
    } catch (error) {
      throw new Error(`the registry in the database cannot be loaded: ${(error as Error).message}`, { cause: error });
    }
  });
}
