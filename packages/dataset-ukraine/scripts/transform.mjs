// Turns the Ukraine data files into registry claims. Pure functions over parsed file contents:
// no file system, no clock, so tests run them on the local data and the build on any snapshot.
import Papa from "papaparse";
import { RegistryData, parseWith } from "@factmark/core";
import { PERSONNEL_SERIES, REFUGEES_SERIES, UN_SERIES } from "./series.mjs";
import { ACTORS, PIV_URL, SOURCES } from "./sources.mjs";
import { TALKS_CLAIMS } from "./talks-2025.mjs";
import { POSITION_CLAIMS, POSITION_SOURCES } from "./positions.mjs";
import { CONFLICTS, PLACES } from "./world.mjs";

/** @typedef {import("@factmark/core").ClaimInput} ClaimInput */
/** @typedef {Extract<ClaimInput, { kind: "casualty" }>} CasualtyClaimInput */
/** @typedef {import("@factmark/core").RegistryDataInput} RegistryDataInput */
/** @typedef {import("@factmark/core").SeriesInput} SeriesInput */
/** @typedef {import("@factmark/core").Supersession} Supersession */

/**
 * The parsed contents of the Ukraine data directory.
 * @typedef {object} UkraineData
 * @property {unknown} personnel `russia_losses_personnel.json`
 * @property {string} unCsv `un_civilian_harm_and_refugees_DERIVED.csv`
 */

/**
 * A row of the UN file, every column a string (empty when the file leaves it blank).
 * @typedef {Record<(typeof UN_COLUMNS)[number], string>} UnRow
 */

/**
 * What a builder produced: the claims and the rows it left out, by reason.
 * @typedef {{ claims: CasualtyClaimInput[]; skipped: Record<string, number> }} BuildResult
 */

/** The columns of `un_civilian_harm_and_refugees_DERIVED.csv`, in order. */
export const UN_COLUMNS = /** @type {const} */ ([
  "series",
  "kind",
  "period_start",
  "period_end",
  "period_end_basis",
  "value",
  "value_flag",
  "source_body",
  "reported_by",
  "stated_on",
  "url",
  "origin",
  "feed_first_seen",
  "feed_last_seen",
  "in_final_feed",
  "note",
]);

const FEED = "reliefweb/crisis-app-data";
const PAGE = "stored-page";

/**
 * The corrections to days the General Staff file had already published (from replaying its git
 * history; see the data README): the value first shown, the value now shown, and the day of the
 * change when it is known.
 */
export const PERSONNEL_REVISIONS = [
  { date: "2022-04-02", published: 17_700, revised: 17_800, revisedOn: "2023-02-27" },
  { date: "2022-04-22", published: 22_000, revised: 21_200, revisedOn: "2022-04-23" },
  { date: "2022-05-29", published: 31_500, revised: 30_150, revisedOn: "2022-05-30" },
  { date: "2022-08-09", published: 42_340, revised: 42_640 },
  { date: "2023-01-12", published: 113_990, revised: 113_390 },
  { date: "2023-01-18", published: 116_950, revised: 117_770 },
  { date: "2026-08-08", published: 1_455_420, revised: 1_456_610, revisedOn: "2026-08-08" },
];

/**
 * Reads the UN file. Throws naming the line when the header or a row is not what the file's
 * README describes.
 *
 * @param {string} text
 * @returns {UnRow[]}
 */
export function parseUnCsv(text) {
  const parsed = Papa.parse(text.trim(), { header: false, skipEmptyLines: true });
  const [header, ...rows] = /** @type {string[][]} */ (parsed.data);
  if (!header || header.join(",") !== UN_COLUMNS.join(",")) {
    throw new Error(`un_civilian_harm_and_refugees_DERIVED.csv: received the header ${JSON.stringify(header?.join(","))}; expected "${UN_COLUMNS.join(",")}"`);
  }
  return rows.map((cells, i) => {
    const line = i + 2;
    if (cells.length !== UN_COLUMNS.length) {
      throw new Error(`un_civilian_harm_and_refugees_DERIVED.csv line ${line}: received ${cells.length} cells; expected ${UN_COLUMNS.length} (${UN_COLUMNS.join(", ")})`);
    }
    const row = /** @type {UnRow} */ (Object.fromEntries(UN_COLUMNS.map((column, k) => [column, cells[k] ?? ""])));
    for (const column of /** @type {const} */ (["period_end", "stated_on", "feed_first_seen"])) {
      if (row[column] !== "" && !/^\d{4}-\d{2}-\d{2}$/.test(row[column])) {
        throw new Error(`un_civilian_harm_and_refugees_DERIVED.csv line ${line}: ${column} is ${JSON.stringify(row[column])}; expected a date like 2024-10-31 or nothing`);
      }
    }
    if (!/^\d+$/.test(row.value)) {
      throw new Error(`un_civilian_harm_and_refugees_DERIVED.csv line ${line}: value is ${JSON.stringify(row.value)}; expected a whole number like 12162`);
    }
    return row;
  });
}

/**
 * The claims of the UN series (the four OHCHR/HRMMU cumulative counts and UNHCR's refugees), one
 * per row that has a date: its `period_end`, else the day the page says it was stated.
 *
 * Every version is kept. Of one date's rows, the ones the feed showed and later replaced come
 * first (`…:v1`, `…:v2`, status `superseded`, each superseded with reason `revision` by the next),
 * then the feed's final value (`<series>:<date>`), then the figures pages reported (`…:page`,
 * `…:page2`). A feed row is cited on the day the feed first showed it; a page row on the day the
 * page says the figure was released or spoken, else on its date. Monthly, period and annual
 * counts and the killed-and-injured totals are not registered (no rule reads them).
 *
 * @param {UnRow[]} rows
 * @returns {BuildResult}
 */
export function buildUnClaims(rows) {
  rows = rows.map((row) => datedBySibling(row, rows));
  const skipped = { otherSeries: 0, undated: 0 };
  /** @type {CasualtyClaimInput[]} */
  const claims = [];
  const specs = [...UN_SERIES, { csv: "refugees_from_ukraine_recorded_in_europe", series: REFUGEES_SERIES }];
  for (const { csv, series } of specs) {
    const kind = series.cumulative === false ? "stock" : "cumulative";
    /** @type {Map<string, UnRow[]>} */
    const byDate = new Map();
    for (const row of rows) {
      if (row.series !== csv || row.kind !== kind) continue;
      const asOf = row.period_end || row.stated_on;
      if (!asOf) {
        skipped.undated++;
        continue;
      }
      const list = byDate.get(asOf);
      if (list) list.push(row);
      else byDate.set(asOf, [row]);
    }
    for (const asOf of [...byDate.keys()].sort()) {
      const list = /** @type {UnRow[]} */ (byDate.get(asOf));
      const superseded = list.filter((r) => r.origin === FEED && r.in_final_feed !== "true").sort((a, b) => compareStrings(a.feed_first_seen, b.feed_first_seen));
      const final = list.filter((r) => r.origin === FEED && r.in_final_feed === "true");
      const pages = list.filter((r) => r.origin === PAGE);
      const base = `${series.id}:${asOf}`;
      /** @type {CasualtyClaimInput | undefined} */
      let previous;
      superseded.forEach((row, i) => {
        const claim = unClaim(series, `${base}:v${i + 1}`, asOf, row);
        claim.status = "superseded";
        if (previous) claim.supersedes = [{ claim: previous.id, reason: "revision" }];
        claims.push(claim);
        previous = claim;
      });
      for (const row of final) {
        const claim = unClaim(series, base, asOf, row);
        if (previous) claim.supersedes = [{ claim: previous.id, reason: "revision", note: `The feed replaced ${previous.quantity.value} with ${row.value} for this date.` }];
        claims.push(claim);
        previous = claim;
      }
      pages.forEach((row, i) => claims.push(unClaim(series, `${base}:page${i === 0 ? "" : i + 1}`, asOf, row)));
    }
  }
  skipped.otherSeries = rows.filter((row) => !specs.some(({ csv, series }) => csv === row.series && row.kind === (series.cumulative === false ? "stock" : "cumulative"))).length;
  acknowledgeFalls(claims);
  return { claims, skipped };
}

/**
 * A page row with no date of its own whose note ties it to another figure of the same update
 * ("same update as 10,582 killed / 19,875 injured") takes that figure's date: the civilians-killed
 * row of that value and body that has one. Other rows are returned as they are.
 *
 * @param {UnRow} row
 * @param {UnRow[]} rows
 * @returns {UnRow}
 */
export function datedBySibling(row, rows) {
  if (row.period_end || row.stated_on) return row;
  const match = /^same update as ([\d,]+) killed\b/.exec(row.note ?? "");
  if (!match?.[1]) return row;
  const value = match[1].replace(/,/g, "");
  const sibling = rows.find((other) => other.series === "civilians_killed" && other.source_body === row.source_body && other.value === value && (other.period_end || other.stated_on));
  if (!sibling) return row;
  return { ...row, stated_on: sibling.stated_on || sibling.period_end, note: `${row.note}; dated by that update` };
}

/**
 * @param {SeriesInput} series
 * @param {string} id
 * @param {string} asOf
 * @param {UnRow} row
 * @returns {CasualtyClaimInput}
 */
function unClaim(series, id, asOf, row) {
  const feed = row.origin === FEED;
  const published = maxDate(asOf, row.stated_on || (feed ? row.feed_first_seen : "") || asOf);
  const claim = casualtyClaim(series, id, asOf, Number(row.value), {
    source: series.source,
    published,
    ...(row.url ? { url: row.url } : {}),
    title: feed ? "via ReliefWeb Crisis Figures" : row.reported_by,
  });
  if (row.value_flag === "approximate") claim.quantity.qualifier = "about";
  const notes = [];
  if (!row.period_end) notes.push("The page gives no as-of date; dated by the day the figure was stated.");
  if (row.value_flag === "summed_from_breakdown") notes.push("The page printed only a breakdown; the total is the sum of its parts.");
  if (row.note) notes.push(row.note);
  if (notes.length) claim.note = notes.join(" ");
  return claim;
}

/**
 * The claims of the General Staff's series: one per day of the file, qualified as the file
 * qualifies it ("about", or "more than" on six days of March 2022), with every correction in
 * {@link PERSONNEL_REVISIONS} registered as the version first shown (`…:v1`, status
 * `superseded`), superseded with reason `revision` by the day's figure. Throws when a day's
 * figure is not the corrected value the README gives: the snapshot has changed.
 *
 * @param {unknown} rows
 * @returns {BuildResult}
 */
export function buildPersonnelClaims(rows) {
  const file = "russia_losses_personnel.json";
  if (!Array.isArray(rows)) throw new Error(`${file}: received ${rows === null ? "null" : typeof rows}; expected a JSON array of daily rows like [{ "date": "2022-02-25", "personnel": 2800, "personnel*": "about" }]`);
  /** @type {{ date: string; personnel: number; qualifier: string }[]} */
  const days = rows.map((row, i) => {
    const ok = typeof row === "object" && row !== null && typeof row.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(row.date) && Number.isInteger(row.personnel);
    if (!ok) throw new Error(`${file}[${i}]: received ${JSON.stringify(row).slice(0, 80)}; expected a row like { "date": "2022-02-25", "personnel": 2800, "personnel*": "about" }`);
    const qualifier = row["personnel*"];
    if (qualifier !== "about" && qualifier !== "more") throw new Error(`${file} ${row.date}: "personnel*" is ${JSON.stringify(qualifier)}; expected "about" or "more"`);
    return { date: row.date, personnel: row.personnel, qualifier };
  });
  days.sort((a, b) => compareStrings(a.date, b.date));
  const series = PERSONNEL_SERIES;
  /** @type {CasualtyClaimInput[]} */
  const claims = [];
  for (const day of days) {
    const revision = PERSONNEL_REVISIONS.find((r) => r.date === day.date);
    const id = `${series.id}:${day.date}`;
    const claim = casualtyClaim(series, id, day.date, day.personnel, { source: series.source, published: day.date, url: PIV_URL });
    claim.quantity.qualifier = day.qualifier === "more" ? "over" : "about";
    if (revision) {
      if (revision.revised !== day.personnel) {
        throw new Error(`${file} ${day.date}: the figure is ${day.personnel}; expected ${revision.revised}, the corrected value the data README gives. Update PERSONNEL_REVISIONS in scripts/transform.mjs for the new snapshot.`);
      }
      const first = casualtyClaim(series, `${id}:v1`, day.date, revision.published, { source: series.source, published: day.date, url: PIV_URL });
      first.quantity.qualifier = claim.quantity.qualifier;
      first.status = "superseded";
      first.note = `Published as ${revision.published}; corrected to ${revision.revised}${revision.revisedOn ? ` on ${revision.revisedOn}` : " later"}.`;
      claims.push(first);
      if (revision.revisedOn) /** @type {import("@factmark/core").Citation} */ (claim.citations[0]).published = revision.revisedOn;
      claim.supersedes = [{ claim: first.id, reason: "revision", note: revision.revisedOn ? `Corrected on ${revision.revisedOn}.` : "Corrected later; the day of the change is not known." }];
    }
    claims.push(claim);
  }
  const unmatched = PERSONNEL_REVISIONS.filter((r) => !days.some((d) => d.date === r.date));
  if (unmatched.length) throw new Error(`${file}: no row for the corrected day${unmatched.length > 1 ? "s" : ""} ${unmatched.map((r) => r.date).join(", ")}`);
  acknowledgeFalls(claims);
  return { claims, skipped: {} };
}

/**
 * Explains every fall of a cumulative series: where the figure in effect for a date is lower than
 * the one in effect for the date before, the lower claim supersedes the higher one with reason
 * `revision` and a note. "In effect" follows core's `Registry`: out are claims marked
 * `superseded` and claims superseded by a claim of the same or an earlier date; of one date's
 * claims, the last registered. Mutates `claims`.
 *
 * @param {CasualtyClaimInput[]} claims
 */
export function acknowledgeFalls(claims) {
  /** @type {Map<string, string[]>} */
  const superseders = new Map();
  for (const claim of claims) {
    for (const s of claim.supersedes ?? []) superseders.set(s.claim, [...(superseders.get(s.claim) ?? []), claim.asOf]);
  }
  const inEffect = (/** @type {CasualtyClaimInput} */ claim) => {
    const by = superseders.get(claim.id);
    if (!by) return claim.status !== "superseded";
    return by.every((asOf) => asOf > claim.asOf);
  };
  /** @type {Map<string, CasualtyClaimInput[]>} */
  const bySeries = new Map();
  for (const claim of claims) {
    if (!inEffect(claim) || claim.cumulative === false) continue;
    const key = claim.series ?? "";
    bySeries.set(key, [...(bySeries.get(key) ?? []), claim]);
  }
  for (const list of bySeries.values()) {
    list.sort((a, b) => compareStrings(a.asOf, b.asOf) || compareStrings(a.citations[0]?.published ?? "", b.citations[0]?.published ?? ""));
    /** @type {CasualtyClaimInput[]} */
    const effective = [];
    for (const claim of list) {
      if (effective[effective.length - 1]?.asOf === claim.asOf) effective[effective.length - 1] = claim;
      else effective.push(claim);
    }
    for (let i = 1; i < effective.length; i++) {
      const previous = /** @type {CasualtyClaimInput} */ (effective[i - 1]);
      const next = /** @type {CasualtyClaimInput} */ (effective[i]);
      if ((next.quantity.value ?? 0) >= (previous.quantity.value ?? 0)) continue;
      next.supersedes = [
        ...(next.supersedes ?? []),
        {
          claim: previous.id,
          reason: "revision",
          note: `The published total fell from ${previous.quantity.value} to ${next.quantity.value}: another statement of the same count gave a lower figure. Registered as published.`,
        },
      ];
    }
  }
}

/**
 * The registry as written (input form): sources, actors, places, conflicts, series and every
 * claim, dated by the last report in the data.
 *
 * @param {UkraineData} data
 * @returns {{ registry: RegistryDataInput; skipped: Record<string, Record<string, number>> }}
 */
export function buildRegistryInput(data) {
  const un = buildUnClaims(parseUnCsv(data.unCsv));
  const personnel = buildPersonnelClaims(data.personnel);
  const daily = [...un.claims, ...personnel.claims];
  const date = daily.reduce((latest, claim) => (claim.asOf > latest ? claim.asOf : latest), "");
  return {
    registry: {
      version: 1,
      date,
      sources: [...SOURCES, ...POSITION_SOURCES],
      actors: ACTORS,
      places: PLACES,
      conflicts: CONFLICTS,
      series: [...UN_SERIES.map((entry) => entry.series), REFUGEES_SERIES, PERSONNEL_SERIES],
      claims: [...TALKS_CLAIMS, ...POSITION_CLAIMS, ...daily],
    },
    skipped: { un: un.skipped, personnel: personnel.skipped },
  };
}

/**
 * The registry with defaults applied, ready for `Registry.from(data, { trusted: true })`.
 * Throws a `FactmarkError` (code `invalid-registry`) with zod's paths when a claim is malformed.
 *
 * @param {UkraineData} data
 * @returns {import("@factmark/core").RegistryData}
 */
export function buildRegistryData(data) {
  return parseWith(RegistryData, buildRegistryInput(data).registry, "Ukraine registry", {}, "invalid-registry");
}

/**
 * @param {SeriesInput} series
 * @param {string} id
 * @param {string} asOf
 * @param {number} value
 * @param {import("@factmark/core").Citation} citation
 * @returns {CasualtyClaimInput}
 */
function casualtyClaim(series, id, asOf, value, citation) {
  return {
    kind: "casualty",
    id,
    asOf,
    citations: [citation],
    series: series.id,
    measure: series.measure,
    population: { group: series.population.group ?? "people", place: series.population.place },
    cumulative: series.cumulative ?? true,
    ...(series.since === undefined ? {} : { since: series.since }),
    quantity: { value },
  };
}

/**
 * @param {string} a
 * @param {string} b
 */
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * @param {string} a
 * @param {string} b
 */
function maxDate(a, b) {
  return a > b ? a : b;
}

/**
 * The references in registry data that point nowhere: citation sources, series sources and
 * places, claim series, superseded claims, actors and proposers, conflicts, source `via`s.
 * Empty when the data is whole. Each entry says where the reference is and what it names.
 *
 * @param {import("@factmark/core").RegistryData} data
 * @returns {string[]}
 */
export function findDanglingReferences(data) {
  const sources = new Set(data.sources.map((s) => s.id));
  const actors = new Set(data.actors.map((a) => a.id));
  const series = new Set(data.series.map((s) => s.id));
  const claims = new Set(data.claims.map((c) => c.id));
  const places = new Set((data.places ?? []).map((p) => p.id));
  const conflicts = new Set((data.conflicts ?? []).map((c) => c.id));
  /** @type {string[]} */
  const problems = [];
  const check = (/** @type {Set<string>} */ known, /** @type {string} */ id, /** @type {string} */ where) => {
    if (!known.has(id)) problems.push(`${where} names "${id}", which is not registered`);
  };
  for (const source of data.sources) {
    for (const via of source.via ?? []) check(sources, via, `source ${source.id} via`);
    if (source.affiliation) check(actors, source.affiliation, `source ${source.id} affiliation`);
  }
  for (const place of data.places ?? []) for (const id of place.within) check(places, id, `place ${place.id} within`);
  for (const conflict of data.conflicts ?? []) {
    for (const id of conflict.places) check(places, id, `conflict ${conflict.id} place`);
    for (const id of conflict.parties) check(actors, id, `conflict ${conflict.id} party`);
  }
  for (const s of data.series) {
    check(sources, s.source, `series ${s.id} source`);
    check(places, s.population.place, `series ${s.id} place`);
    if (s.conflict) check(conflicts, s.conflict, `series ${s.id} conflict`);
  }
  for (const claim of data.claims) {
    for (const citation of claim.citations) check(sources, citation.source, `claim ${claim.id} citation`);
    for (const supersession of claim.supersedes ?? []) check(claims, supersession.claim, `claim ${claim.id} supersedes`);
    if (claim.kind === "casualty" && claim.series) check(series, claim.series, `claim ${claim.id} series`);
    if (claim.kind === "position") check(actors, claim.actor, `claim ${claim.id} actor`);
    if (claim.kind === "phase") for (const proposer of claim.proposal.proposers) check(actors, proposer, `claim ${claim.id} proposer`);
    if (claim.kind === "phase" && claim.proposal.conflict) check(conflicts, claim.proposal.conflict, `claim ${claim.id} conflict`);
    if (claim.kind === "event" && claim.conflict) check(conflicts, claim.conflict, `claim ${claim.id} conflict`);
  }
  return problems;
}
