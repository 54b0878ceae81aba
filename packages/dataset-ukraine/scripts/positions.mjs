// How the parties' positions on the 2025 truce proposals changed, from data/positions.json: each
// fact is written in our own words and carries the URL, publisher and date of the report it was
// checked against. A fact becomes a position claim of its actor on its topic, dated when it
// happened, so a story that repeats an older stance meets the newer one.

/** @typedef {import("@factmark/core").ClaimInput} ClaimInput */
/** @typedef {import("@factmark/core").SourceInput} SourceInput */

import { readFileSync } from "node:fs";
import { SOURCES } from "./sources.mjs";
import { UKRAINE_WAR } from "./world.mjs";

/**
 * @typedef {{ actor: string, topic: string, stance: string, date: string, statement: string,
 *   speaker?: { name?: string, role?: string, onRecord: boolean }, official?: boolean,
 *   source: string, url: string, published: string, title?: string }} PositionFact
 * @typedef {{ sources: SourceInput[], facts: PositionFact[] }} PositionData
 */

const STANCES = new Set(["demands", "accepts", "rejects", "commits-to", "warns", "concerned", "supports", "opposes", "denies", "declares", "states", "proposes"]);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads and checks data/positions.json; throws naming the fact that is wrong and what it needs.
 *
 * @param {unknown} data
 * @param {ReadonlySet<string>} knownSources the ids of the sources the dataset already defines
 * @returns {PositionData}
 */
export function readPositionData(data, knownSources) {
  const where = "packages/dataset-ukraine/data/positions.json";
  if (!data || typeof data !== "object" || !Array.isArray(/** @type {any} */ (data).facts) || !Array.isArray(/** @type {any} */ (data).sources)) {
    throw new Error(`${where}: expected an object with "sources" and "facts" arrays`);
  }
  const { sources, facts } = /** @type {PositionData} */ (data);
  const sourceIds = new Set(sources.map((s) => s.id));
  facts.forEach((f, i) => {
    const at = `${where}: fact ${i + 1} (${f.actor ?? "?"} on ${f.topic ?? "?"})`;
    if (!f.actor || !f.topic) throw new Error(`${at}: needs an "actor" and a "topic", for example "russia" and "energy-strike-moratorium"`);
    if (!STANCES.has(f.stance)) throw new Error(`${at}: unknown "stance" ${JSON.stringify(f.stance)}; expected one of ${[...STANCES].join(", ")}`);
    if (!DATE.test(f.date ?? "")) throw new Error(`${at}: needs the "date" the position was taken (YYYY-MM-DD), got ${JSON.stringify(f.date)}`);
    if (!f.statement) throw new Error(`${at}: needs a "statement" saying the position in our own words`);
    if (!/^https:\/\//.test(f.url ?? "")) throw new Error(`${at}: needs a source "url" (https://…), for example "https://example.org/report"`);
    if (!DATE.test(f.published ?? "")) throw new Error(`${at}: needs a "published" date (YYYY-MM-DD), got ${JSON.stringify(f.published)}`);
    if (f.published < f.date) throw new Error(`${at}: the report (published ${f.published}) is older than the position it reports (${f.date})`);
    if (!sourceIds.has(f.source) && !knownSources.has(f.source)) throw new Error(`${at}: source "${f.source}" is neither in the file's "sources" nor a dataset source`);
  });
  return { sources, facts };
}

/**
 * The position claims of the facts, one per fact, with the id `position:<actor>:<topic>:<date>`.
 *
 * @param {PositionData} data
 * @returns {ClaimInput[]}
 */
export function positionClaims(data) {
  return data.facts.map((f) => ({
    kind: "position",
    id: `position:${f.actor}:${f.topic}:${f.date}`,
    asOf: f.date,
    actor: f.actor,
    topic: f.topic,
    stance: /** @type {any} */ (f.stance),
    statement: f.statement,
    ...(f.speaker ? { speaker: f.speaker } : {}),
    ...(f.official === false ? { official: false } : {}),
    conflict: UKRAINE_WAR,
    citations: [{ source: f.source, published: f.published, url: f.url, ...(f.title ? { title: f.title } : {}) }],
  }));
}

const data = readPositionData(
  JSON.parse(readFileSync(new URL("../data/positions.json", import.meta.url), "utf8")),
  new Set(SOURCES.map((s) => s.id)),
);

/** The sources the position facts cite that the dataset did not have. */
export const POSITION_SOURCES = data.sources;

/** Every claim registered from data/positions.json. */
export const POSITION_CLAIMS = positionClaims(data);
