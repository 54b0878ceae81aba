// How the parties' positions changed in the Gaza and Lebanon talks, and the acts of mediators,
// courts and monitors, from data/positions.json: each fact is written in our own words and
// carries the URL, publisher and date of the report it was checked against. A fact becomes a
// position claim of its actor on its topic, dated when it happened, so a story that repeats an
// older stance meets the newer one; a fact with an "event" also registers that event. A fact with
// "adds-to" gives one more source to a position the dataset already registers.

/** @typedef {import("@factmark/core").ClaimInput} ClaimInput */
/** @typedef {import("@factmark/core").SourceInput} SourceInput */

import { readFileSync } from "node:fs";
import { PROPOSAL_SOURCES } from "./proposals.mjs";
import { SOURCES } from "./sources.mjs";
import { GAZA_WAR, LEBANON_WAR } from "./world.mjs";

/**
 * @typedef {{ kind: "position", actor: string, topic: string, stance: string, date: string, statement: string,
 *   speaker?: { name?: string, role?: string, onRecord: boolean }, official?: boolean, conflict?: "gaza" | "lebanon",
 *   event?: { id: string, title: string, date?: string, place: string }, "adds-to"?: string,
 *   source: string, url: string, published: string, title?: string }} PositionFact
 * @typedef {{ sources: SourceInput[], facts: PositionFact[] }} PositionData
 */

const STANCES = new Set(["demands", "accepts", "rejects", "commits-to", "warns", "concerned", "supports", "opposes", "denies", "declares", "states", "proposes"]);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CONFLICTS = { gaza: GAZA_WAR, lebanon: LEBANON_WAR };

/**
 * Reads and checks data/positions.json; throws naming the fact that is wrong and what it needs.
 *
 * @param {unknown} data
 * @param {ReadonlySet<string>} knownSources the ids of the sources the dataset already defines
 * @returns {PositionData}
 */
export function readPositionData(data, knownSources) {
  const where = "packages/dataset-gaza/data/positions.json";
  if (!data || typeof data !== "object" || !Array.isArray(/** @type {any} */ (data).facts) || !Array.isArray(/** @type {any} */ (data).sources)) {
    throw new Error(`${where}: expected an object with "sources" and "facts" arrays`);
  }
  const { sources, facts } = /** @type {PositionData} */ (data);
  const sourceIds = new Set(sources.map((s) => s.id));
  facts.forEach((f, i) => {
    const at = `${where}: fact ${i + 1} (${f.actor ?? "?"} on ${f.topic ?? "?"})`;
    if (f.kind !== "position") throw new Error(`${at}: unknown "kind" ${JSON.stringify(f.kind)}; expected "position"`);
    if (!f.actor || !f.topic) throw new Error(`${at}: needs an "actor" and a "topic", for example "hamas" and "biden-plan"`);
    if (!STANCES.has(f.stance)) throw new Error(`${at}: unknown "stance" ${JSON.stringify(f.stance)}; expected one of ${[...STANCES].join(", ")}`);
    if (!DATE.test(f.date ?? "")) throw new Error(`${at}: needs the "date" the position was taken (YYYY-MM-DD), got ${JSON.stringify(f.date)}`);
    if (!f.statement) throw new Error(`${at}: needs a "statement" saying the position in our own words`);
    if (!/^https:\/\//.test(f.url ?? "")) throw new Error(`${at}: needs a source "url" (https://…), for example "https://example.org/report"`);
    if (!DATE.test(f.published ?? "")) throw new Error(`${at}: needs a "published" date (YYYY-MM-DD), got ${JSON.stringify(f.published)}`);
    if (f.published < f.date) throw new Error(`${at}: the report (published ${f.published}) is older than the position it reports (${f.date})`);
    if (!sourceIds.has(f.source) && !knownSources.has(f.source)) throw new Error(`${at}: source "${f.source}" is neither in the file's "sources" nor a dataset source`);
    if (f.conflict !== undefined && !(f.conflict in CONFLICTS)) throw new Error(`${at}: unknown "conflict" ${JSON.stringify(f.conflict)}; expected "gaza" or "lebanon"`);
    if (f.event && !(f.event.id && f.event.title && f.event.place)) throw new Error(`${at}: an "event" needs an "id", a "title" and a "place"`);
    if (f.event?.date !== undefined && !DATE.test(f.event.date)) throw new Error(`${at}: the event's "date" must be YYYY-MM-DD, got ${JSON.stringify(f.event.date)}`);
  });
  return { sources, facts };
}

/** @param {PositionFact} f */
function citationOf(f) {
  return { source: f.source, published: f.published, url: f.url, ...(f.title ? { title: f.title } : {}) };
}

/** The id of a fact's position claim: its actor, topic and date. @param {PositionFact} f */
export function positionId(f) {
  return `position:${f.actor}:${f.topic}:${f.date}`;
}

/**
 * The claims of the position facts, merged into the dataset's claims: a new position claim per
 * fact (and an event where the fact has one), or, for a fact with "adds-to", its citation added
 * to that registered position. Throws when "adds-to" names no position of the same actor, topic
 * and date.
 *
 * @param {PositionData} data
 * @param {readonly ClaimInput[]} existing the claims registered before, left unchanged
 * @returns {ClaimInput[]} the existing claims (with added citations) followed by the new ones
 */
export function mergePositionClaims(data, existing) {
  const claims = existing.map((c) => c);
  /** @type {ClaimInput[]} */
  const added = [];
  for (const f of data.facts) {
    if (f["adds-to"]) {
      const i = claims.findIndex((c) => c.id === f["adds-to"]);
      const target = claims[i];
      if (!target || target.kind !== "position" || positionId(f) !== target.id) {
        throw new Error(`packages/dataset-gaza/data/positions.json: "adds-to" ${JSON.stringify(f["adds-to"])} must name a registered position of ${f.actor} on ${f.topic} dated ${f.date}`);
      }
      claims[i] = { ...target, citations: [...(target.citations ?? []), citationOf(f)] };
      continue;
    }
    const conflict = CONFLICTS[f.conflict ?? "gaza"];
    added.push({
      kind: "position",
      id: positionId(f),
      asOf: f.date,
      actor: f.actor,
      topic: f.topic,
      stance: /** @type {any} */ (f.stance),
      statement: f.statement,
      ...(f.speaker ? { speaker: f.speaker } : {}),
      ...(f.official === false ? { official: false } : {}),
      conflict,
      citations: [citationOf(f)],
    });
    if (f.event) {
      const date = f.event.date ?? f.date;
      added.push({ kind: "event", id: `event:${f.event.id}`, event: f.event.id, conflict, title: f.event.title, date, place: f.event.place, asOf: date, citations: [citationOf(f)] });
    }
  }
  return [...claims, ...added];
}

/** data/positions.json, read and checked against the sources the dataset defines. */
export const POSITION_DATA = readPositionData(
  JSON.parse(readFileSync(new URL("../data/positions.json", import.meta.url), "utf8")),
  new Set([...SOURCES, ...PROPOSAL_SOURCES].map((s) => s.id)),
);
