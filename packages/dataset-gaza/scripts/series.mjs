// The series of the default registry and the dataset fields they are read from.
//
// Gaza: one series per count, whose source is the Ministry of Health. On the 22 days (mostly
// Oct–Dec 2023) when Tech for Palestine gives the Government Media Office's figure, it joins the
// same series with a citation to `gaza-gmo`, and where the ministry's own figure of that day is
// known (the revisions file) it is registered beside it, cited to `gaza-moh`, and is the day's
// figure in effect (a series prefers its own source's report of a day): stories treat both
// as "the official Gaza count", the two bodies publish one running total, and keeping them in one
// series keeps "the newest figure" right (a separate GMO series would stop in Dec 2023 and
// compete in lookups) while `reportsWithin(…, { source })` still tells the bodies apart.
//
// West Bank: OCHA flash figures and OCHA verified figures share one series per count, each a
// version of its date: OCHA's verified figure is in effect where there is one, and stops on
// 2024-11-13, after which the flash figures are the newest reports.

/** @typedef {import("@factmark/core").SeriesInput} SeriesInput */

import { GAZA_WAR, LEBANON_WAR } from "./world.mjs";

/** Priority of the series that answers a story naming no source for its population. */
const PRIMARY = 10;

const GAZA_CAVEATS = [
  "Official figures of the Hamas-run government in Gaza: the Ministry of Health's, or the Government Media Office's on days the ministry did not report (with the ministry's own figure beside it where it is known). Tech for Palestine notes they \"are not fully representative of the human toll\".",
  "Only figures published on a report date are registered; values Tech for Palestine carries forward or extrapolates (the ext_* fields) are not reports.",
  "Every version of a day's figure is kept: an earlier figure the same body revised is registered as superseded (reason revision), the revised one is in effect.",
];

/**
 * The series of one source and place: each entry gives the rest, with `group` for the population
 * ("people" when left out). Every such series is the primary one for its count.
 * @param {string} source
 * @param {string} place
 * @param {string} conflict
 * @param {number} [priority]
 * @returns {(own: Omit<SeriesInput, "source" | "population" | "priority"> & { group?: string }) => SeriesInput}
 */
function seriesOf(source, place, conflict, priority = PRIMARY) {
  return ({ group = "people", ...own }) => ({ ...own, source, population: { group, place }, priority, conflict });
}

const gaza = seriesOf("gaza-moh", "gaza", GAZA_WAR);
// Ranked below Gaza's: "Palestinians killed" in a story that names no place is the Gaza count.
const westBank = seriesOf("ocha", "west-bank", GAZA_WAR, PRIMARY - 1);
const lebanon = seriesOf("lebanon-moph", "lebanon", LEBANON_WAR);

/** @param {string} what */
function gazaCaveats(what) {
  return [...GAZA_CAVEATS, `${what} are published weekly in early 2024, fortnightly from August 2024 and monthly from January 2025, not daily.`];
}

/**
 * A Gaza series from `casualties_daily.json`: its id, the plain field it reads, and the series.
 * @type {{ field: string; series: SeriesInput }[]}
 */
/**
 * How stories name the people the aid-distribution series count: as a group ("aid seekers") or by
 * where and while doing what they were hit ("killed while seeking aid", "near aid sites").
 */
// People killed or wounded on the way to food: what they were doing ("seeking", "trying to reach",
// "waiting for") and what they sought ("aid", "food", "flour"), or where they were ("near aid
// sites"). Written as the product of the three, so that every way copy combines them is read.
const AID_SEEKING = ["seeking", "trying to reach", "trying to get", "trying to obtain", "waiting for", "queuing for", "queueing for", "collecting"];
const AID_SOUGHT = ["aid", "food", "food aid", "humanitarian aid", "flour", "aid supplies", "aid deliveries"];
const AID_PLACES = ["aid sites", "aid distribution sites", "aid distribution points", "aid distribution centres", "aid distribution centers", "food distribution sites", "food distribution points", "distribution sites", "distribution points"];
const AID_SEEKER_WORDS = [
  "aid seekers",
  "people seeking aid",
  "Palestinians seeking aid",
  ...AID_SEEKING.flatMap((doing) => AID_SOUGHT.map((sought) => `${doing} ${sought}`)),
  ...["near", "at", "around"].flatMap((at) => AID_PLACES.map((place) => `${at} ${place}`)),
];

export const GAZA_SERIES = [
  {
    field: "killed_cum",
    series: gaza({
      id: "gaza-moh-killed",
      title: "Gaza Ministry of Health: people killed in Gaza, cumulative",
      measure: "killed",
      since: "2023-10-07",
      cadence: "daily",
      aliases: ["Palestinians", "Gazans", "Palestinians in Gaza"],
      caveats: GAZA_CAVEATS,
    }),
  },
  {
    field: "injured_cum",
    series: gaza({
      id: "gaza-moh-injured",
      title: "Gaza Ministry of Health: people injured in Gaza, cumulative",
      measure: "injured",
      since: "2023-10-07",
      cadence: "daily",
      aliases: ["Palestinians", "Gazans", "Palestinians in Gaza"],
      caveats: GAZA_CAVEATS,
    }),
  },
  {
    field: "killed_children_cum",
    series: gaza({
      id: "gaza-moh-children-killed",
      title: "Gaza Ministry of Health: children killed in Gaza, cumulative",
      measure: "killed",
      group: "children",
      since: "2023-10-07",
      cadence: "weekly",
      aliases: ["Palestinian children", "kids", "minors"],
      caveats: gazaCaveats("Children's deaths"),
    }),
  },
  {
    field: "killed_women_cum",
    series: gaza({
      id: "gaza-moh-women-killed",
      title: "Gaza Ministry of Health: women killed in Gaza, cumulative",
      measure: "killed",
      group: "women",
      since: "2023-10-07",
      cadence: "weekly",
      aliases: ["Palestinian women"],
      caveats: gazaCaveats("Women's deaths"),
    }),
  },
  {
    field: "med_killed_cum",
    series: gaza({
      id: "gaza-moh-medical-personnel-killed",
      title: "Gaza Ministry of Health: medical personnel killed in Gaza, cumulative",
      measure: "killed",
      group: "medical-personnel",
      since: "2023-10-07",
      cadence: "weekly",
      aliases: ["medical personnel", "medics", "doctors", "nurses", "paramedics", "health workers", "healthcare workers", "medical staff", "medical workers"],
      caveats: gazaCaveats("Medical personnel deaths"),
    }),
  },
  {
    field: "press_killed_cum",
    series: gaza({
      id: "gaza-moh-journalists-killed",
      title: "Gaza official count: journalists killed in Gaza, cumulative",
      measure: "killed",
      group: "journalists",
      since: "2023-10-07",
      cadence: "weekly",
      aliases: ["reporters", "photojournalists", "media workers", "press"],
      caveats: [
        ...gazaCaveats("Journalists' deaths"),
        "Press-freedom groups (CPJ, RSF) keep their own, lower counts with different criteria.",
      ],
    }),
  },
  {
    field: "civdef_killed_cum",
    series: gaza({
      id: "gaza-moh-civil-defence-killed",
      title: "Gaza official count: civil defence workers killed in Gaza, cumulative",
      measure: "killed",
      group: "civil-defence",
      since: "2023-10-07",
      cadence: "weekly",
      aliases: ["civil defence workers", "civil defense workers", "civil defence", "civil defense", "rescue workers", "first responders"],
      caveats: gazaCaveats("Civil defence deaths"),
    }),
  },
  {
    field: "famine_cum",
    series: gaza({
      id: "gaza-moh-starvation-deaths",
      title: "Gaza Ministry of Health: deaths from starvation and malnutrition in Gaza, cumulative",
      measure: "starvation-deaths",
      since: "2023-10-07",
      cadence: "daily",
      aliases: ["Palestinians", "Gazans"],
      caveats: [...GAZA_CAVEATS, "Published from July 2025; not part of the killed count, which records direct casualties of war only."],
    }),
  },
  {
    field: "child_famine_cum",
    series: gaza({
      id: "gaza-moh-children-starvation-deaths",
      title: "Gaza Ministry of Health: children's deaths from starvation and malnutrition in Gaza, cumulative",
      measure: "starvation-deaths",
      group: "children",
      since: "2023-10-07",
      cadence: "daily",
      aliases: ["Palestinian children", "kids", "minors", "infants"],
      caveats: [...GAZA_CAVEATS, "Published from July 2025."],
    }),
  },
  {
    field: "aid_seeker_killed_cum",
    series: gaza({
      id: "gaza-moh-aid-seekers-killed",
      title: "Gaza Ministry of Health: people killed at or on the way to aid distribution in Gaza, cumulative",
      measure: "killed",
      group: "aid-seekers",
      cadence: "daily",
      aliases: AID_SEEKER_WORDS,
      caveats: [...GAZA_CAVEATS, "Published from June 2025."],
    }),
  },
  {
    field: "aid_seeker_injured_cum",
    series: gaza({
      id: "gaza-moh-aid-seekers-injured",
      title: "Gaza Ministry of Health: people injured at or on the way to aid distribution in Gaza, cumulative",
      measure: "injured",
      group: "aid-seekers",
      cadence: "daily",
      aliases: AID_SEEKER_WORDS,
      caveats: [...GAZA_CAVEATS, "Published from June 2025."],
    }),
  },
];

const WEST_BANK_CAVEATS = [
  "OCHA figures for the West Bank, including East Jerusalem. Flash-update figures are reported to the UN but not yet verified; where OCHA's verified casualty database has a figure for a date it supersedes that date's flash figure, which stays registered as a published version.",
  "OCHA's verified database stops on 2024-11-13; later figures are flash-update figures.",
  "Verified figures are cited with the report date they count to; OCHA published them later.",
];

/**
 * A West Bank series from `west_bank_daily.json`: the flash field (root) and the verified field
 * (inside `verified`) it reads.
 * @type {{ flash: string; verified: string | undefined; series: SeriesInput }[]}
 */
export const WEST_BANK_SERIES = [
  {
    flash: "killed_cum",
    verified: "killed_cum",
    series: westBank({
      id: "ocha-west-bank-killed",
      title: "OCHA: Palestinians killed in the West Bank, cumulative",
      measure: "killed",
      since: "2023-10-07",
      cadence: "weekly",
      aliases: ["Palestinians"],
      caveats: WEST_BANK_CAVEATS,
    }),
  },
  {
    flash: "injured_cum",
    verified: "injured_cum",
    series: westBank({
      id: "ocha-west-bank-injured",
      title: "OCHA: Palestinians injured in the West Bank, cumulative",
      measure: "injured",
      since: "2023-10-07",
      cadence: "weekly",
      aliases: ["Palestinians"],
      caveats: WEST_BANK_CAVEATS,
    }),
  },
  {
    flash: "killed_children_cum",
    verified: "killed_children_cum",
    series: westBank({
      id: "ocha-west-bank-children-killed",
      title: "OCHA: Palestinian children killed in the West Bank, cumulative",
      measure: "killed",
      group: "children",
      since: "2023-10-07",
      cadence: "weekly",
      aliases: ["Palestinian children", "kids", "minors"],
      caveats: WEST_BANK_CAVEATS,
    }),
  },
  {
    flash: "injured_children_cum",
    verified: "injured_children_cum",
    series: westBank({
      id: "ocha-west-bank-children-injured",
      title: "OCHA: Palestinian children injured in the West Bank, cumulative",
      measure: "injured",
      group: "children",
      since: "2023-10-07",
      cadence: "weekly",
      aliases: ["Palestinian children", "kids", "minors"],
      caveats: WEST_BANK_CAVEATS,
    }),
  },
];

// OCHA's West Bank settler-attack count has no verified twin: every figure is a flash-update figure.
WEST_BANK_SERIES.push({
  flash: "settler_attacks_cum",
  verified: undefined,
  series: westBank({
    id: "ocha-west-bank-settler-attacks",
    title: "OCHA: Israeli settler attacks on Palestinians in the West Bank, cumulative",
    measure: "attacks",
    group: "settlers",
    since: "2023-10-07",
    cadence: "weekly",
    aliases: ["Israeli settlers", "settler violence"],
    caveats: [
      "OCHA counts incidents, not people: settler attacks resulting in Palestinian casualties, damage to property, or both, in the West Bank including East Jerusalem, from OCHA Flash Updates.",
      "Flash-update figures, carried forward by the data's publisher between bulletins; only bulletin days are registered.",
    ],
  }),
});

const LEBANON_CAVEATS = [
  "Figures as the Lebanon Ministry of Public Health published them (relayed by OCHA before the ministry published its own running total on 28 October 2024).",
  "The ministry restarted its count at zero on 2 March 2026: claims from that date count from 2026-03-02 (their `since`), and the first of them supersedes the last earlier report with reason methodology-change.",
];

/**
 * A Lebanon series from `lebanon_casualties_daily.json`: the as-published field it reads.
 * @type {{ field: string; series: SeriesInput }[]}
 */
export const LEBANON_SERIES = [
  {
    field: "killed_cum_reported",
    series: lebanon({
      id: "lebanon-moph-killed",
      title: "Lebanon Ministry of Public Health: people killed in Lebanon, cumulative for the current count",
      measure: "killed",
      since: "2023-10-08",
      cadence: "irregular",
      aliases: ["Lebanese"],
      caveats: LEBANON_CAVEATS,
    }),
  },
  {
    field: "injured_cum_reported",
    series: lebanon({
      id: "lebanon-moph-injured",
      title: "Lebanon Ministry of Public Health: people injured in Lebanon, cumulative for the current count",
      measure: "injured",
      since: "2023-10-08",
      cadence: "irregular",
      aliases: ["Lebanese"],
      caveats: LEBANON_CAVEATS,
    }),
  },
];

/** Israeli soldiers killed in Gaza, from 360info's transcription of OCHA Flash Updates. */
/** @type {SeriesInput} */
export const SOLDIERS_SERIES = {
  id: "idf-gaza-soldiers-killed",
  title: "Israeli military: Israeli soldiers killed in Gaza, cumulative",
  source: "idf",
  measure: "killed",
  population: { group: "soldiers", place: "gaza" },
  conflict: GAZA_WAR,
  since: "2023-10-07",
  cadence: "irregular",
  aliases: ["Israeli soldiers", "Israeli troops", "IDF soldiers", "troops"],
  priority: PRIMARY,
  caveats: [
    "Soldiers killed in or near Gaza in the ground operation, as reported by the Israeli military and relayed in OCHA Flash Updates; transcribed by 360info (CC BY 4.0). Ends 2024-09-27.",
    "Soldiers killed on 7 October 2023 are not included.",
  ],
};

/** People sheltering in Rafah, as estimated by UN agencies. */
/** @type {SeriesInput} */
export const RAFAH_SERIES = {
  id: "un-rafah-sheltering",
  title: "UN agencies: people sheltering in Rafah",
  source: "un",
  measure: "sheltering",
  population: { group: "people", place: "rafah" },
  conflict: GAZA_WAR,
  cumulative: false,
  cadence: "irregular",
  aliases: ["Palestinians", "displaced Palestinians", "displaced people", "Gazans"],
  priority: PRIMARY,
  caveats: ["An estimate of the population present at a time, not a running total."],
};
