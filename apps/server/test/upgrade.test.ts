import { type Claim, type RegistryData } from "@factmark/core";
import { defaultRegistry, loadDefaultRegistryData } from "@factmark/dataset-gaza";
import { loadDefaultRegistryData as loadUkraineData } from "@factmark/dataset-ukraine";
import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATION_NAMES } from "../src/db/migrations.js";
import { type DatabaseConnection, openDatabase } from "../src/db/open.js";
import { RegistryStore } from "../src/store.js";
import { type TestDatabase, drivers } from "./harness.js";

// The versions of a day's figure that this release of the dataset registers and the one before
// did not: the ministry's own figure beside the Media Office's (…:moh) and a body's earlier
// figures (…:v1, …:v2). The release before registered only the later revisions, as `corrected`.
const isVersion = (id: string) => /:(moh\d*|v\d+)$/.test(id);

/**
 * The default registry as the release before this one seeded it: without the earlier versions
 * of a day's figure, a revision registered as a correction and a fall as a change of method.
 */
function previousRelease(data: RegistryData): RegistryData {
  const claims = data.claims
    .filter((claim) => !isVersion(claim.id))
    .map((claim): Claim => {
      if (!claim.supersedes) return claim;
      const supersedes = claim.supersedes.filter((s) => !isVersion(s.claim)).map((s) => (s.reason === "revision" ? { ...s, reason: "methodology-change" as const } : s));
      const { supersedes: _dropped, ...rest } = claim;
      return (supersedes.length ? { ...rest, supersedes } : rest) as Claim;
    });
  return { ...data, claims };
}

/**
 * Takes a database this release made back to the previous release's schema: no record history,
 * no record ids in the changes, and the migration that adds them not yet run.
 */
async function undoRecordHistory(conn: DatabaseConnection): Promise<void> {
  await conn.db.schema.dropTable("record_history").execute();
  await conn.db.schema.alterTable("registry_changes").dropColumn("records").execute();
  await sql`DELETE FROM kysely_migration WHERE name = '0005-record-history'`.execute(conn.db);
}

/** Writes registry data into the tables as the previous release's seed did, with its seed stamp. */
async function writeAsPreviousRelease(conn: DatabaseConnection, data: RegistryData): Promise<void> {
  const at = "2026-08-30T00:00:00.000Z";
  await undoRecordHistory(conn);
  const db = conn.db as unknown as Kysely<any>;
  for (const table of ["sources", "actors", "places", "conflicts", "series"] as const) {
    const rows = (data[table] as { id: string }[]).map((record, i) => ({ id: record.id, seq: i + 1, origin: "dataset", data: JSON.stringify(record), updated_at: at }));
    for (let i = 0; i < rows.length; i += 100) await db.insertInto(table).values(rows.slice(i, i + 100)).execute();
  }
  const claims = data.claims.map((claim, i) => ({
    id: claim.id,
    seq: i + 1,
    kind: claim.kind,
    series: claim.kind === "casualty" ? (claim.series ?? null) : null,
    source: claim.citations[0]!.source,
    as_of: claim.asOf,
    status: claim.status,
    origin: "dataset",
    data: JSON.stringify(claim),
    updated_at: at,
  }));
  for (let i = 0; i < claims.length; i += 80) await db.insertInto("claims").values(claims.slice(i, i + 80)).execute();
  await db.updateTable("registry_state").set({ version: 1 }).where("id", "=", 1).execute();
  await db.insertInto("registry_changes").values({ version: 1, claims: "[]", at }).execute();
  await db.insertInto("meta").values({ key: "dataset-seed", value: JSON.stringify({ date: "2026-08-22", counts: { claims: data.claims.length }, snapshots: ["previous"] }) }).execute();
}

describe.each(drivers())("a database made by the previous release, on $name", (driver) => {
  let db: TestDatabase;
  let store: RegistryStore;
  let conn: DatabaseConnection;

  beforeAll(async () => {
    if (driver.unavailable) throw new Error(`the ${driver.name} suite cannot run: ${driver.unavailable}`);
    db = await driver.create();
    const made = await openDatabase(db.target);
    await writeAsPreviousRelease(made, previousRelease(loadDefaultRegistryData()));
    await made.close();
    conn = await openDatabase(db.target);
    store = await RegistryStore.open(conn);
  }, 120_000);
  afterAll(async () => {
    await store?.stop();
    await conn?.close();
    await db?.drop();
  });

  it("gains the record history: every published version is a claim row like any other", () => {
    expect(MIGRATION_NAMES).toEqual(["0001-registry", "0002-stories", "0003-api-keys", "0004-places-conflicts", "0005-record-history"]);
  });

  it("begins each record's history with what it held before the upgrade, then the new seed", async () => {
    const history = await store.recordHistory("conflicts", "israel-gaza-war");
    expect(history[0]).toMatchObject({ version: 1, action: "seed", reason: "recorded when the record history began", at: "2026-08-30T00:00:00.000Z", record: { id: "israel-gaza-war" } });
    expect(history.at(-1)).toMatchObject({ action: "seed", version: store.version });
    const places = await store.recordHistory("places", "rafah");
    expect(places[0]!.record).toMatchObject({ id: "rafah" });
    // The previous release's change carries no record ids; the seed after the upgrade does.
    const changes = await store.changesSince(0, store.version);
    expect(changes[0]).toEqual({ version: 1, claims: [] });
    expect(changes.at(-1)!.records?.conflicts).toEqual(expect.arrayContaining(["israel-gaza-war", "russia-ukraine-war"]));
  });

  it("is seeded again with every published version and the Ukraine dataset, the new rows after the old ones", async () => {
    const data = await store.exportData();
    const ids = data.claims.map((claim) => claim.id);
    const ukraine = new Set(loadUkraineData().claims.map((claim) => claim.id));
    expect(new Set(ids)).toEqual(new Set([...loadDefaultRegistryData().claims.map((claim) => claim.id), ...ukraine]));
    // What this release adds (the earlier versions of Gaza's figures, the Ukraine dataset) comes after every row of the previous one.
    const previous = new Set(previousRelease(loadDefaultRegistryData()).claims.map((claim) => claim.id));
    const firstAdded = ids.findIndex((id) => !previous.has(id));
    expect(ids.slice(firstAdded).every((id) => !previous.has(id) && (isVersion(id) || ukraine.has(id)))).toBe(true);
    expect(store.registry.claim("gaza-moh-injured:2024-05-01")?.supersedes?.[0]).toMatchObject({ claim: "gaza-moh-injured:2024-05-01:v1", reason: "revision" });
  });

  it("answers as the package's registry does, though the new rows sit at the end", () => {
    const expected = defaultRegistry();
    const dates = ["2023-10-07", "2023-10-30", "2023-11-06", "2023-11-23", "2023-11-27", "2024-01-31", "2024-05-01", "2024-05-06", "2025-01-27", "2026-03-10"];
    for (const series of expected.series()) {
      for (const date of dates) {
        expect(store.registry.valueAt(series.id, date)?.id, `${series.id} ${date}`).toBe(expected.valueAt(series.id, date)?.id);
        const versions = (registry: typeof expected) => registry.reportsWithin(series.id, date, 7).map((claim) => claim.id).sort();
        expect(versions(store.registry), `${series.id} ${date}`).toEqual(versions(expected));
      }
    }
    expect(store.registry.valueAt("gaza-moh-killed", "2023-10-30")?.quantity.value).toBe(8306);
  });
});
