// Turns the shared data files into registry claims. Pure functions over parsed file contents:
// no file system, no clock, so tests run them on the local data and the build on any snapshot.
import { RegistryData, parseWith } from "@factmark/core";
import { GAZA_SERIES, LEBANON_SERIES, RAFAH_SERIES, SOLDIERS_SERIES, WEST_BANK_SERIES } from "./series.mjs";
import { ACTORS, ISRAEL_KILLED_URL, SOURCES, TFP_URLS } from "./sources.mjs";
import { CONFLICTS, PLACES } from "./world.mjs";
import { TALKS_CLAIMS } from "./talks-2024-05.mjs";
import { PROPOSAL_CLAIMS, PROPOSAL_SOURCES } from "./proposals.mjs";
import { POSITION_DATA, mergePositionClaims } from "./positions.mjs";

/** @typedef {import("@factmark/core").ClaimInput} ClaimInput */
/** @typedef {Extract<ClaimInput, { kind: "casualty" }>} CasualtyClaimInput */
/** @typedef {import("@factmark/core").RegistryDataInput} RegistryDataInput */
/** @typedef {import("@factmark/core").SeriesInput} SeriesInput */
/** @typedef {import("@factmark/core").Supersession} Supersession */

/**
 * A row of a daily dataset: its report date and the fields of that day.
 * @typedef {{ report_date: string; [field: string]: unknown }} Row
 */

/**
 * A record of `casualties_daily_revisions.json`: a published value that a later commit changed.
 * @typedef {object} Revision
 * @property {string} report_date
 * @property {string} field
 * @property {unknown} old_value
 * @property {unknown} new_value
 * @property {string} [old_value_since] ISO date-time the old value was first published.
 * @property {string} revised_at ISO date-time of the commit that changed it.
 */

/**
 * The parsed contents of the shared data directory.
 * @typedef {object} SharedData
 * @property {Row[]} casualties `casualties_daily.json`
 * @property {Row[]} westBank `west_bank_daily.json`
 * @property {Row[]} lebanon `lebanon_casualties_daily.json`
 * @property {string} israelKilledCsv `israel-killed.csv`
 * @property {Revision[]} [revisions] `casualties_daily_revisions.json`; absent after a refresh.
 */

/**
 * What a builder produced: the claims and the rows or records it left out, by reason.
 * @typedef {{ claims: CasualtyClaimInput[]; skipped: Record<string, number> }} BuildResult
 */

/** Revisions committed before this date are Tech for Palestine's initial backfill of Oct–Dec 2023 (and early 2024), not changes to figures it had already published. */
export const CORRECTIONS_FROM = "2024-02-19";

/** The Gaza fields whose earlier published versions are registered. */
export const CORRECTED_FIELDS = ["killed_cum", "injured_cum", "killed_children_cum", "killed_women_cum"];

/** The first day counted by each Lebanon Ministry of Public Health counting phase. */
export const LEBANON_PHASE_STARTS = /** @type {Record<number, string>} */ ({ 1: "2023-10-08", 2: "2026-03-02" });

/** The source of each series, whose reports are preferred over another body's of the same day (as core's Registry does). */
const SERIES_SOURCE = new Map(
  [...GAZA_SERIES, ...WEST_BANK_SERIES, ...LEBANON_SERIES].map((entry) => entry.series).concat([SOLDIERS_SERIES, RAFAH_SERIES]).map((series) => [series.id, series.source]),
);

const GAZA_REPORTERS = /** @type {Record<string, string>} */ ({ mohtel: "gaza-moh", gmotel: "gaza-gmo", unocha: "ocha" });
const LEBANON_REPORTERS = /** @type {Record<string, string>} */ ({ moph_lb: "lebanon-moph", ocha: "ocha" });

/**
 * The claims of the Gaza series from `casualties_daily.json`, with every earlier published
 * version that `casualties_daily_revisions.json` records.
 *
 * Only plain fields are read (never `ext_*`), on rows a body reported (`report_source` not
 * `missing`). A row with `report_period` 0 covers no new bulletin: its fields are registered
 * only where they differ from the last reported value (a breakdown published that day), since
 * the rest are the previous figures carried forward.
 *
 * Earlier versions of a row's figure (the revisions of the killed, injured, children and women
 * counts) are registered beside it, with the same date:
 * - On a Government Media Office row, a figure Tech for Palestine first showed during its
 *   backfill of Oct–Dec 2023 (revised before {@link CORRECTIONS_FROM}) and then replaced with the
 *   Media Office's is the Ministry of Health's figure of that day (`…:moh`): another body's
 *   report, `current`, registered before the Media Office's. Being the series' own source's, it is
 *   the figure in effect for the day; the office's stays a published version beside it. The
 *   8,306 the ministry gave for 30 October 2023 beside the office's 8,309 is one.
 *   A backfill value equal to the previous day's first value was carried forward, not reported.
 * - Otherwise an earlier value is an earlier version by the same body (`…:v1`, `…:v2` …): status
 *   `superseded`, superseded with reason `revision` by the next version, the last by the current
 *   claim. A version from the backfill is cited on its own date (the body published it that day;
 *   Tech for Palestine transcribed it later); a later revision's old value is cited on the day it
 *   was first shown, and the current claim on the day of the revision.
 *
 * @param {Row[]} rows
 * @param {Revision[]} [revisions]
 * @returns {BuildResult}
 */
export function buildGazaClaims(rows, revisions = []) {
  const skipped = { missingRows: 0, carriedForward: 0, otherFieldRevisions: 0, unmatchedRevisions: 0, carriedRevisions: 0 };
  /** @type {CasualtyClaimInput[]} */
  const claims = [];
  /** @type {Record<string, number>} */
  const last = {};
  /** @type {Map<string, string>} */
  const reporterOn = new Map();
  for (const row of sortedRows(rows, "casualties_daily.json")) {
    const date = row.report_date;
    reporterOn.set(date, String(row.report_source));
    if (row.report_source === "missing") {
      skipped.missingRows++;
      continue;
    }
    const source = GAZA_REPORTERS[String(row.report_source)];
    if (!source) throw unknownReporter("casualties_daily.json", date, row.report_source, GAZA_REPORTERS);
    for (const { field, series } of GAZA_SERIES) {
      const value = row[field];
      if (typeof value !== "number") continue;
      if (row.report_period === 0 && last[field] === value) {
        skipped.carriedForward++;
        continue;
      }
      last[field] = value;
      claims.push(casualtyClaim(series, `${series.id}:${date}`, date, value, { source, published: date, url: TFP_URLS.casualties }));
    }
  }

  const byId = new Map(claims.map((claim, index) => [claim.id, index]));
  /** @type {Map<string, Revision[]>} */
  const chains = new Map();
  // The value each row of a field first showed: its oldest revised value, else its value.
  /** @type {Map<string, unknown>} */
  const firstShown = new Map();
  for (const row of rows) for (const field of CORRECTED_FIELDS) if (row[field] !== undefined) firstShown.set(`${field}:${row.report_date}`, row[field]);
  const byRevisionTime = (/** @type {Revision} */ a, /** @type {Revision} */ b) => (a.revised_at < b.revised_at ? -1 : a.revised_at > b.revised_at ? 1 : 0);
  for (const revision of revisions.slice().sort(byRevisionTime).reverse()) {
    if (CORRECTED_FIELDS.includes(revision.field) && revision.old_value !== null && revision.old_value !== undefined) firstShown.set(`${revision.field}:${revision.report_date}`, revision.old_value);
  }
  for (const revision of revisions) {
    if (!CORRECTED_FIELDS.includes(revision.field) || typeof revision.old_value !== "number" || typeof revision.new_value !== "number") {
      // Other fields are not registered; a null on either side is a figure first published or withdrawn, not a version.
      skipped.otherFieldRevisions++;
      continue;
    }
    const key = `${seriesOfField(revision.field).id}:${revision.report_date}`;
    const chain = chains.get(key);
    if (chain) chain.push(revision);
    else chains.set(key, [revision]);
  }
  /** @type {Map<number, CasualtyClaimInput[]>} */
  const before = new Map();
  for (const [id, chain] of chains) {
    chain.sort(byRevisionTime);
    const index = byId.get(id);
    const current = index === undefined ? undefined : claims[index];
    const final = chain[chain.length - 1];
    if (!current || !final || current.quantity.value !== final.new_value) {
      // The revised value is not a registered report (a day with no report, or one carried forward): nothing to supersede.
      skipped.unmatchedRevisions += chain.length;
      continue;
    }
    const series = seriesOfField(final.field);
    const date = current.asOf;
    const mediaOffice = reporterOn.get(date) === "gmotel";
    /** @type {CasualtyClaimInput[]} */
    const versions = [];
    /** @type {CasualtyClaimInput[]} */
    const ministry = [];
    for (const revision of chain) {
      const backfill = revision.revised_at.slice(0, 10) < CORRECTIONS_FROM;
      const value = /** @type {number} */ (revision.old_value);
      if (backfill && firstShown.get(`${final.field}:${addDays(date, -1)}`) === value) {
        skipped.carriedRevisions++;
        continue;
      }
      if (backfill && mediaOffice) {
        const claim = casualtyClaim(series, `${id}:moh${ministry.length ? ministry.length + 1 : ""}`, date, value, { source: "gaza-moh", published: date, url: TFP_URLS.casualties });
        claim.note = `The Ministry of Health's figure for the day, first shown by Tech for Palestine until ${revision.revised_at.slice(0, 10)}, when the day was given the Government Media Office's ${revision.new_value}.`;
        ministry.push(claim);
        continue;
      }
      const revisedOn = revision.revised_at.slice(0, 10);
      const claim = casualtyClaim(series, `${id}:v${versions.length + 1}`, date, value, {
        source: current.citations[0]?.source ?? "gaza-moh",
        published: backfill ? date : (revision.old_value_since ?? revision.revised_at).slice(0, 10),
        url: TFP_URLS.casualties,
      });
      claim.status = "superseded";
      claim.note = `Published as ${value}; revised to ${revision.new_value} on ${revisedOn}.`;
      const previous = versions[versions.length - 1];
      if (previous) claim.supersedes = [{ claim: previous.id, reason: "revision" }];
      versions.push(claim);
    }
    const latest = versions[versions.length - 1];
    if (latest) {
      const revisedOn = final.revised_at.slice(0, 10);
      const first = current.citations[0];
      if (first && revisedOn >= CORRECTIONS_FROM) first.published = revisedOn;
      current.supersedes = [{ claim: latest.id, reason: "revision", note: `Revised in the dataset on ${revisedOn}.` }];
    }
    if (ministry.length || versions.length) before.set(/** @type {number} */ (index), [...ministry, ...versions]);
  }
  /** @type {CasualtyClaimInput[]} */
  const withVersions = [];
  claims.forEach((claim, index) => withVersions.push(...(before.get(index) ?? []), claim));
  acknowledgeFalls(withVersions);
  return { claims: withVersions, skipped };
}

/**
 * The claims of the West Bank series from `west_bank_daily.json` (source OCHA), two versions of
 * each count: OCHA's flash figures (citation title "OCHA Flash Update", id `…:flash`), registered
 * only on rows with `flash_source` "un" (the others are carried forward), and its verified
 * figures (title "OCHA verified casualty data", id `…:verified`), wherever `verified` has one.
 * Both stay in the registry: a story may rest on either. On a date with both, the flash claim is
 * `superseded` and the verified claim supersedes it (reason `newer-report`), so the verified
 * figure is the one in effect for that date.
 *
 * @param {Row[]} rows
 * @returns {BuildResult}
 */
export function buildWestBankClaims(rows) {
  const skipped = { carriedForward: 0 };
  /** @type {CasualtyClaimInput[]} */
  const claims = [];
  const sorted = sortedRows(rows, "west_bank_daily.json");
  for (const spec of WEST_BANK_SERIES) {
    // All flash claims of a series, then all verified ones: of two claims with one date the
    // later-registered is in effect, and grouping them keeps the bundled data compact.
    /** @type {CasualtyClaimInput[]} */
    const flashes = [];
    /** @type {CasualtyClaimInput[]} */
    const verifieds = [];
    for (const row of sorted) {
      const date = row.report_date;
      const citation = { source: "ocha", published: date, url: TFP_URLS.westBank };
      const flashCitation = { ...citation, title: "OCHA Flash Update" };
      const verifiedCitation = { ...citation, title: "OCHA verified casualty data" };
      const flashValue = row[spec.flash];
      const verifiedValue = spec.verified === undefined ? undefined : /** @type {Record<string, unknown> | undefined} */ (row.verified)?.[spec.verified];
      /** @type {CasualtyClaimInput | undefined} */
      let flash;
      if (row.flash_source === "un" && typeof flashValue === "number") {
        flash = casualtyClaim(spec.series, `${spec.series.id}:${date}:flash`, date, flashValue, flashCitation);
        flashes.push(flash);
      } else if (typeof flashValue === "number") {
        skipped.carriedForward++;
      }
      if (typeof verifiedValue === "number") {
        const claim = casualtyClaim(spec.series, `${spec.series.id}:${date}:verified`, date, verifiedValue, verifiedCitation);
        if (flash) {
          flash.status = "superseded";
          // The series caveats say why: OCHA's verified database supersedes its flash figures.
          claim.supersedes = [{ claim: flash.id, reason: "newer-report" }];
        }
        verifieds.push(claim);
      }
    }
    claims.push(...flashes, ...verifieds);
  }
  // Verified and flash figures are different counts: a fall between them is a change of method.
  acknowledgeFalls(claims, (previous, next) =>
    streamOf(previous) === streamOf(next)
      ? explainFall(previous, next)
      : {
          reason: "methodology-change",
          note: `OCHA's ${streamOf(next)} figure (${next.quantity.value}) follows its ${streamOf(previous)} figure (${previous.quantity.value}): a different count.`,
        },
  );
  return { claims, skipped };
}

/**
 * The claims of the Lebanon series from `lebanon_casualties_daily.json`: the figures as the
 * ministry published them (`*_cum_reported`), cited to the ministry or to OCHA as the row says.
 * Each claim counts `since` the first day of its counting phase; the first claim of a new phase
 * supersedes the last claim of the previous one with reason `methodology-change`.
 *
 * @param {Row[]} rows
 * @returns {BuildResult}
 */
export function buildLebanonClaims(rows) {
  /** @type {CasualtyClaimInput[]} */
  const claims = [];
  for (const spec of LEBANON_SERIES) {
    /** @type {{ id: string; phase: unknown } | undefined} */
    let previous;
    for (const row of sortedRows(rows, "lebanon_casualties_daily.json")) {
      const date = row.report_date;
      const value = row[spec.field];
      if (typeof value !== "number") continue;
      const source = LEBANON_REPORTERS[String(row.report_source)];
      if (!source) throw unknownReporter("lebanon_casualties_daily.json", date, row.report_source, LEBANON_REPORTERS);
      const since = LEBANON_PHASE_STARTS[Number(row.phase)];
      if (!since) {
        throw new Error(
          `lebanon_casualties_daily.json ${date}: unknown counting phase ${JSON.stringify(row.phase)}; expected one of ${Object.keys(LEBANON_PHASE_STARTS).join(", ")}. Add its first day to LEBANON_PHASE_STARTS (for example 3: "2027-01-01").`,
        );
      }
      const claim = casualtyClaim(spec.series, `${spec.series.id}:${date}`, date, value, { source, published: date, url: TFP_URLS.lebanon });
      claim.since = since;
      if (previous && previous.phase !== row.phase) {
        claim.supersedes = [
          {
            claim: previous.id,
            reason: "methodology-change",
            note: `The ministry restarted its count at zero on ${since}; this figure counts from that day.`,
          },
        ];
      }
      claims.push(claim);
      previous = { id: claim.id, phase: row.phase };
    }
  }
  acknowledgeFalls(claims);
  return { claims, skipped: {} };
}

/**
 * Reads 360info's `israel-killed.csv` (`date,killed_soldiers_gaza`), one row per date. A date that
 * appears twice with two figures (two dates do; a third repeats its figure) holds two figures the
 * army gave that day, as OCHA relayed them: the later row is the day's figure and the earlier ones
 * are kept, in file order, as `earlier`, versions published that day before it.
 *
 * @param {string} text
 * @returns {{ date: string; killed: number; earlier?: number[] }[]}
 */
export function parseIsraelKilledCsv(text) {
  const lines = text.trim().split(/\r?\n/);
  const header = lines.shift()?.trim();
  if (header !== "date,killed_soldiers_gaza") {
    throw new Error(`israel-killed.csv: received the header ${JSON.stringify(header)}; expected "date,killed_soldiers_gaza" (then rows like "2024-05-06,266")`);
  }
  /** @type {Map<string, number[]>} */
  const byDate = new Map();
  lines.forEach((line, i) => {
    const [date = "", count = ""] = line.split(",");
    const killed = Number(count);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || count.trim() === "" || !Number.isInteger(killed)) {
      throw new Error(`israel-killed.csv line ${i + 2}: received ${JSON.stringify(line)}; expected a date and a whole number, for example "2024-05-06,266"`);
    }
    const figures = byDate.get(date);
    // The same figure twice is one figure transcribed twice, not a new version.
    if (figures) {
      if (figures[figures.length - 1] !== killed) figures.push(killed);
    } else byDate.set(date, [killed]);
  });
  return [...byDate]
    .map(([date, figures]) => {
      const killed = /** @type {number} */ (figures[figures.length - 1]);
      return figures.length > 1 ? { date, killed, earlier: figures.slice(0, -1) } : { date, killed };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The claims of the Israeli soldiers' series: the Israeli military's count (first citation,
 * whose count it is) as each OCHA Flash Update relayed it (second citation, dated by the
 * bulletin), in 360info's transcription. A figure the army gave earlier the same day is a version
 * of that day's claim (`…:v1`, `superseded`, superseded with reason `revision` by the figure
 * after it), so a story that cites it is judged against a figure that was published.
 *
 * @param {{ date: string; killed: number; earlier?: number[] }[]} rows
 * @returns {BuildResult}
 */
export function buildSoldierClaims(rows) {
  const series = SOLDIERS_SERIES;
  /** @param {string} id @param {string} date @param {number} killed */
  const relayed = (id, date, killed) => {
    const claim = casualtyClaim(series, id, date, killed, { source: "idf", published: date });
    claim.citations.push({ source: "ocha", published: date, url: ISRAEL_KILLED_URL, title: "OCHA Flash Update, transcribed by 360info" });
    return claim;
  };
  /** @type {CasualtyClaimInput[]} */
  const claims = [];
  for (const { date, killed, earlier = [] } of rows) {
    const id = `${series.id}:${date}`;
    /** @type {CasualtyClaimInput | undefined} */
    let previous;
    earlier.forEach((value, k) => {
      const next = k + 1 < earlier.length ? earlier[k + 1] : killed;
      const version = relayed(`${id}:v${k + 1}`, date, value);
      version.status = "superseded";
      version.note = `Published as ${value} on ${date}; given as ${next} later the same day.`;
      if (previous) version.supersedes = [{ claim: previous.id, reason: "revision" }];
      claims.push(version);
      previous = version;
    });
    const claim = relayed(id, date, killed);
    if (previous) claim.supersedes = [{ claim: previous.id, reason: "revision" }];
    claims.push(claim);
  }
  acknowledgeFalls(claims);
  return { claims, skipped: {} };
}

/**
 * Explains every fall of a cumulative series: where the figure in effect for a date is lower
 * than the one in effect for the date before, the lower claim supersedes the higher one (unless
 * it already does) with the reason and note `explain` gives: by default `revision`, for a body
 * that revised its running total down without saying why. Both stay in effect on their own
 * dates; a `correction` would withdraw the earlier, published figure. "In effect" follows the
 * registry (core's `Registry`): out are corrected and retracted claims, claims a correction or
 * retraction supersedes, claims superseded by a claim of the same or an earlier date, and claims
 * marked `superseded` that nothing dated later supersedes; of one date's claims still in effect,
 * the last cited to the series' own source wins, else the last in order. Mutates `claims`.
 *
 * @param {CasualtyClaimInput[]} claims
 * @param {(previous: CasualtyClaimInput, next: CasualtyClaimInput) => { reason: Supersession["reason"]; note: string }} [explain]
 */
export function acknowledgeFalls(claims, explain = explainFall) {
  /** @type {Map<string, { asOfs: string[]; corrections: number }>} */
  const superseders = new Map();
  for (const claim of claims) {
    for (const supersession of claim.supersedes ?? []) {
      const entry = superseders.get(supersession.claim) ?? { asOfs: [], corrections: 0 };
      entry.asOfs.push(claim.asOf);
      if (supersession.reason === "correction" || supersession.reason === "retraction") entry.corrections++;
      superseders.set(supersession.claim, entry);
    }
  }
  const inEffect = (/** @type {CasualtyClaimInput} */ claim) => {
    if (claim.status === "corrected" || claim.status === "retracted") return false;
    const by = superseders.get(claim.id);
    if (!by) return claim.status !== "superseded";
    return by.corrections === 0 && by.asOfs.every((asOf) => asOf > claim.asOf);
  };
  /** @type {Map<string, CasualtyClaimInput[]>} */
  const bySeries = new Map();
  for (const claim of claims) {
    if (!inEffect(claim)) continue;
    const key = claim.series ?? "";
    const list = bySeries.get(key);
    if (list) list.push(claim);
    else bySeries.set(key, [claim]);
  }
  for (const list of bySeries.values()) {
    // As the registry orders a series: by date, then publication date; stable, so of one
    // date's claims the last registered is in effect, unless one of the series' own source is.
    list.sort((a, b) => compareStrings(a.asOf, b.asOf) || compareStrings(a.citations[0]?.published ?? "", b.citations[0]?.published ?? ""));
    const own = SERIES_SOURCE.get(list[0]?.series ?? "");
    /** @type {CasualtyClaimInput[]} */
    const effective = [];
    for (const claim of list) {
      const last = effective[effective.length - 1];
      if (last?.asOf !== claim.asOf) effective.push(claim);
      else if (claim.citations[0]?.source === own || last.citations[0]?.source !== own) effective[effective.length - 1] = claim;
    }
    for (let i = 1; i < effective.length; i++) {
      const previous = /** @type {CasualtyClaimInput} */ (effective[i - 1]);
      const next = /** @type {CasualtyClaimInput} */ (effective[i]);
      if ((next.quantity.value ?? 0) >= (previous.quantity.value ?? 0) || next.supersedes?.some((s) => s.claim === previous.id)) continue;
      const { reason, note } = explain(previous, next);
      next.supersedes = [...(next.supersedes ?? []), { claim: previous.id, reason, note }];
    }
  }
}

/**
 * The registry as written (input form): sources, actors, series and every claim, dated by the
 * last report in the daily data.
 *
 * @param {SharedData} data
 * @returns {{ registry: RegistryDataInput; skipped: Record<string, Record<string, number>> }}
 */
export function buildRegistryInput(data) {
  const gaza = buildGazaClaims(data.casualties, data.revisions ?? []);
  const westBank = buildWestBankClaims(data.westBank);
  const lebanon = buildLebanonClaims(data.lebanon);
  const soldiers = buildSoldierClaims(parseIsraelKilledCsv(data.israelKilledCsv));
  const seriesOrder = new Map([...GAZA_SERIES, ...WEST_BANK_SERIES, ...LEBANON_SERIES].map((entry, index) => [entry.series.id, index]));
  // One series after another (a stable sort keeps each series' own order), as the bundles store them.
  const daily = [...gaza.claims, ...westBank.claims, ...lebanon.claims, ...soldiers.claims].sort(
    (a, b) => (seriesOrder.get(a.series ?? "") ?? seriesOrder.size) - (seriesOrder.get(b.series ?? "") ?? seriesOrder.size),
  );
  const date = daily.reduce((latest, claim) => (claim.asOf > latest ? claim.asOf : latest), "");
  /** @type {SeriesInput[]} */
  const series = [
    ...GAZA_SERIES.map((entry) => entry.series),
    ...WEST_BANK_SERIES.map((entry) => entry.series),
    ...LEBANON_SERIES.map((entry) => entry.series),
    SOLDIERS_SERIES,
    RAFAH_SERIES,
  ];
  return {
    registry: {
      version: 1,
      date,
      sources: [...SOURCES, ...PROPOSAL_SOURCES, ...POSITION_DATA.sources],
      actors: ACTORS,
      places: PLACES,
      conflicts: CONFLICTS,
      series,
      claims: [...mergePositionClaims(POSITION_DATA, [...TALKS_CLAIMS, ...PROPOSAL_CLAIMS]), ...daily],
    },
    skipped: { gaza: gaza.skipped, westBank: westBank.skipped, lebanon: lebanon.skipped, soldiers: soldiers.skipped },
  };
}

/**
 * The registry with defaults applied, ready for `Registry.from(data, { trusted: true })`.
 * Throws a `FactmarkError` (code `invalid-registry`) with zod's paths when a claim is malformed.
 *
 * @param {SharedData} data
 * @returns {import("@factmark/core").RegistryData}
 */
export function buildRegistryData(data) {
  return parseWith(RegistryData, buildRegistryInput(data).registry, "default registry", {}, "invalid-registry");
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

/** @param {string} field */
function seriesOfField(field) {
  const entry = GAZA_SERIES.find((candidate) => candidate.field === field);
  if (!entry) throw new Error(`no Gaza series reads the field ${JSON.stringify(field)}`);
  return entry.series;
}

/**
 * A fall in a running total: the body revised its count down, or another body's count follows.
 * @param {CasualtyClaimInput} previous
 * @param {CasualtyClaimInput} next
 * @returns {{ reason: Supersession["reason"]; note: string }}
 */
function explainFall(previous, next) {
  const before = previous.citations[0]?.source;
  const after = next.citations[0]?.source;
  if (before !== after) {
    return {
      reason: "methodology-change",
      note: `${after}'s figure (${next.quantity.value}) follows ${before}'s (${previous.quantity.value}): another body's count.`,
    };
  }
  return {
    reason: "revision",
    note: `The published total fell from ${previous.quantity.value} to ${next.quantity.value}: the source revised its count down and gave no reason. Registered as published.`,
  };
}

/**
 * The ISO date `days` after `date`.
 * @param {string} date
 * @param {number} days
 */
function addDays(date, days) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** @param {CasualtyClaimInput} claim */
function streamOf(claim) {
  return claim.id.slice(claim.id.lastIndexOf(":") + 1);
}

/**
 * The rows of a daily dataset sorted by date, after checking their shape.
 * @param {unknown} rows
 * @param {string} file
 * @returns {Row[]}
 */
function sortedRows(rows, file) {
  if (!Array.isArray(rows)) {
    throw new Error(`${file}: received ${rows === null ? "null" : typeof rows}; expected a JSON array of daily rows like [{ "report_date": "2024-05-04", ... }]`);
  }
  rows.forEach((row, i) => {
    if (typeof row !== "object" || row === null || typeof row.report_date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(row.report_date)) {
      throw new Error(`${file}[${i}]: received ${JSON.stringify(row).slice(0, 80)}; expected a row with "report_date": "YYYY-MM-DD"`);
    }
  });
  return /** @type {Row[]} */ (rows).slice().sort((a, b) => (a.report_date < b.report_date ? -1 : a.report_date > b.report_date ? 1 : 0));
}

/**
 * @param {string} file
 * @param {string} date
 * @param {unknown} value
 * @param {Record<string, string>} known
 */
function unknownReporter(file, date, value, known) {
  return new Error(
    `${file} ${date}: received report_source ${JSON.stringify(value)}; expected one of ${Object.keys(known).join(", ")}. Map it to a source id in scripts/transform.mjs.`,
  );
}

/**
 * The references in registry data that point nowhere: citation sources, series sources, claim
 * series, superseded claims, actors and proposers, classification issuers, source `via`s.
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
  /** @type {string[]} */
  const problems = [];
  const check = (/** @type {Set<string>} */ known, /** @type {string} */ id, /** @type {string} */ where) => {
    if (!known.has(id)) problems.push(`${where} names "${id}", which is not registered`);
  };
  for (const source of data.sources) {
    for (const via of source.via ?? []) check(sources, via, `source ${source.id} via`);
    if (source.affiliation) check(actors, source.affiliation, `source ${source.id} affiliation`);
  }
  for (const actor of data.actors) if (actor.memberOf) check(actors, actor.memberOf, `actor ${actor.id} memberOf`);
  const places = new Set((data.places ?? []).map((p) => p.id));
  const conflicts = new Set((data.conflicts ?? []).map((c) => c.id));
  for (const place of data.places ?? []) for (const id of place.within) check(places, id, `place ${place.id} within`);
  for (const conflict of data.conflicts ?? []) {
    for (const id of conflict.places) check(places, id, `conflict ${conflict.id} place`);
    for (const id of conflict.parties) check(actors, id, `conflict ${conflict.id} party`);
  }
  for (const s of data.series) {
    check(places, s.population.place, `series ${s.id} place`);
    if (s.conflict) check(conflicts, s.conflict, `series ${s.id} conflict`);
  }
  for (const s of data.series) check(sources, s.source, `series ${s.id} source`);
  for (const claim of data.claims) {
    for (const citation of claim.citations) check(sources, citation.source, `claim ${claim.id} citation`);
    for (const supersession of claim.supersedes ?? []) check(claims, supersession.claim, `claim ${claim.id} supersedes`);
    if (claim.kind === "casualty" && claim.series) check(series, claim.series, `claim ${claim.id} series`);
    if (claim.kind === "position") check(actors, claim.actor, `claim ${claim.id} actor`);
    if (claim.kind === "phase") for (const proposer of claim.proposal.proposers) check(actors, proposer, `claim ${claim.id} proposer`);
    if (claim.kind === "phase" && claim.proposal.conflict) check(conflicts, claim.proposal.conflict, `claim ${claim.id} conflict`);
    if (claim.kind === "event" && claim.conflict) check(conflicts, claim.conflict, `claim ${claim.id} conflict`);
    if (claim.kind === "classification") check(sources, claim.issuer, `claim ${claim.id} issuer`);
  }
  return problems;
}
