import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Kysely } from "kysely";
import * as z from "zod";
import type { Database } from "./db/schema.js";

/** What an API key may do: `read` (check, registry, lists, events), `write` (also change the registry and register stories), `admin` (also manage keys). Each scope includes the ones before it. */
export const Scope = z.enum(["read", "write", "admin"]);
export type Scope = z.infer<typeof Scope>;

const RANK: Record<Scope, number> = { read: 0, write: 1, admin: 2 };

/** True when a key of scope `held` may do what needs `needed`. */
export function scopeAllows(held: Scope, needed: Scope): boolean {
  return RANK[held] >= RANK[needed];
}

/** An API key as listed: never its secret, which is shown once, at creation. */
export interface ApiKeyInfo {
  id: string;
  name: string;
  scope: Scope;
  createdAt: string;
  revokedAt?: string;
}

/** A key's format: `fmk_<12 hex id>_<43 base64url secret>`. The id finds the row; only the secret's hash is stored. */
const KEY_PATTERN = /^fmk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

// The secret is 256 random bits, so one SHA-256 is enough: a slow password hash protects guessable
// secrets, and these cannot be guessed. It also keeps checking a key under a millisecond.
const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

// Compared against when no key has the presented id, so an unknown id costs the same time as a wrong secret.
const DUMMY_HASH = hashSecret("factmark-no-such-key");

/**
 * Creates an API key and returns it with its secret (`key`), which is not stored and cannot be
 * shown again.
 *
 * @example
 * const { key } = await createApiKey(db, { scope: "write", name: "cms-production" });
 * // key: "fmk_3f9a0c1d2e4b_…" — send it as "Authorization: Bearer <key>"
 */
export async function createApiKey(db: Kysely<Database>, options: { scope: Scope; name?: string }): Promise<ApiKeyInfo & { key: string }> {
  const scope = Scope.parse(options.scope);
  const id = randomBytes(6).toString("hex");
  const secret = randomBytes(32).toString("base64url");
  const createdAt = new Date().toISOString();
  const name = options.name ?? `${scope} key ${id}`;
  await db.insertInto("api_keys").values({ id, name, scope, secret_hash: hashSecret(secret), created_at: createdAt, revoked_at: null }).execute();
  return { id, name, scope, createdAt, key: `fmk_${id}_${secret}` };
}

/** Every API key, newest first, revoked ones included (with `revokedAt`). */
export async function listApiKeys(db: Kysely<Database>): Promise<ApiKeyInfo[]> {
  const rows = await db.selectFrom("api_keys").select(["id", "name", "scope", "created_at", "revoked_at"]).orderBy("created_at", "desc").orderBy("id").execute();
  return rows.map((r) => ({ id: r.id, name: r.name, scope: r.scope as Scope, createdAt: r.created_at, ...(r.revoked_at ? { revokedAt: r.revoked_at } : {}) }));
}

/** Revokes a key by id; returns false when no key has that id. A revoked key is refused from the next request on. */
export async function revokeApiKey(db: Kysely<Database>, id: string): Promise<boolean> {
  if (!/^[0-9a-f]{12}$/.test(id)) return false;
  const result = await db.updateTable("api_keys").set({ revoked_at: new Date().toISOString() }).where("id", "=", id).where("revoked_at", "is", null).executeTakeFirst();
  if (Number(result.numUpdatedRows) > 0) return true;
  const exists = await db.selectFrom("api_keys").select("id").where("id", "=", id).executeTakeFirst();
  return exists !== undefined;
}

/**
 * The key a presented secret belongs to, or undefined when it is malformed, unknown, revoked or
 * wrong. The secret's hash is compared in constant time.
 */
export async function verifyApiKey(db: Kysely<Database>, presented: string): Promise<{ id: string; scope: Scope } | undefined> {
  const match = KEY_PATTERN.exec(presented);
  if (!match) return undefined;
  const [, id, secret] = match as unknown as [string, string, string];
  const row = await db.selectFrom("api_keys").select(["id", "scope", "secret_hash", "revoked_at"]).where("id", "=", id).executeTakeFirst();
  const expected = Buffer.from(row?.secret_hash ?? DUMMY_HASH, "hex");
  const actual = Buffer.from(hashSecret(secret), "hex");
  const equal = timingSafeEqual(expected, actual);
  if (!row || !equal || row.revoked_at !== null) return undefined;
  return { id: row.id, scope: row.scope as Scope };
}
