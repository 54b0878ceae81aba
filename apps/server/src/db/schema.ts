import type { Generated } from "kysely";

/**
 * The tables, as Kysely sees them. JSON records are stored as text in both SQLite and
 * PostgreSQL, so one query layer serves both without dialect branches; timestamps are ISO 8601
 * text (UTC).
 */
export interface Database {
  /** One row (id 1): the registry version, bumped by every change; taking its row lock serialises writers. */
  registry_state: { id: number; version: number };
  /**
   * One row per registry change: the version it made, the claim ids it touched (JSON array) and
   * the ids of the other records it touched, by collection (JSON object; null before 0005 and
   * when it touched none).
   */
  registry_changes: { version: number; claims: string; records: string | null; at: string };
  /** Key-value facts about the database, such as which dataset snapshot it was seeded from. */
  meta: { key: string; value: string };
  sources: RecordTable;
  actors: RecordTable;
  places: RecordTable;
  conflicts: RecordTable;
  series: RecordTable;
  claims: ClaimTable;
  /** Every version a claim has had, oldest first: claims are never deleted. */
  claim_history: {
    id: Generated<number>;
    claim_id: string;
    version: number;
    action: string;
    reason: string | null;
    key_id: string | null;
    data: string;
    at: string;
  };
  /** Every version a source, actor, place, conflict or series has had, oldest first; a retraction keeps the record's last data. */
  record_history: {
    id: Generated<number>;
    collection: string;
    record_id: string;
    version: number;
    action: string;
    reason: string | null;
    key_id: string | null;
    data: string;
    at: string;
  };
  stories: {
    id: string;
    url: string | null;
    title: string | null;
    date: string;
    format: string;
    content: string;
    registered_at: string;
    updated_at: string;
  };
  /** The figures, durations and dates found in a registered story, with offsets into its content. */
  story_mentions: {
    story_id: string;
    seq: number;
    kind: string;
    from_offset: number;
    to_offset: number;
    text: string;
    data: string;
  };
  api_keys: {
    id: string;
    name: string;
    scope: string;
    secret_hash: string;
    created_at: string;
    revoked_at: string | null;
  };
}

/** Sources, actors, places, conflicts and series: an id, the record as JSON, and where it came from. */
export interface RecordTable {
  id: string;
  seq: number;
  origin: string;
  data: string;
  updated_at: string;
}

/** Claims, with the columns the list filters read pulled out of the JSON. */
export interface ClaimTable {
  id: string;
  seq: number;
  kind: string;
  series: string | null;
  source: string;
  as_of: string;
  status: string;
  origin: string;
  data: string;
  updated_at: string;
}
