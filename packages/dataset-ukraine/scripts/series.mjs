// The series of the Ukraine registry and the data they are read from.
//
// OHCHR/HRMMU: the UN's verified civilian deaths and injuries since 24 February 2022, in
// ReliefWeb's feed to January 2024, then as UN updates and Security Council briefings gave them
// (each row with its page). UNHCR: refugees from Ukraine recorded in Europe, to February 2024.
// General Staff: the Russian personnel losses Ukraine's military claims, daily.

/** @typedef {import("@factmark/core").SeriesInput} SeriesInput */

import { UKRAINE_WAR } from "./world.mjs";

/** Priority of the series that answers a story naming no source for its population. */
const PRIMARY = 10;

/** What every OHCHR/HRMMU count carries into a finding's evidence. */
export const UN_CAVEATS = [
  "A minimum: the UN counts only the civilian deaths and injuries it has verified one by one, and says the real numbers are considerably higher, above all in places fought over in 2022 (Mariupol, Lysychansk, Popasna, Sievierodonetsk) and in occupied areas it cannot reach.",
  "Verification lags, so totals for past periods rise when earlier cases are added (7,199 killed on 12 February 2023, 8,006 on 15 February 2023).",
  "Updated daily in March–June 2022, weekly from July 2022, every two weeks from late May 2023 and about monthly from autumn 2023. To January 2024 from ReliefWeb's feed; later figures were transcribed from UN updates and Security Council briefings as news pages reported them, each with its page.",
];

/**
 * An OHCHR/HRMMU cumulative series: the CSV `series` name it reads, and the series.
 * @type {{ csv: string; series: SeriesInput }[]}
 */
export const UN_SERIES = [
  ["civilians_killed", "killed", "civilians", "civilians killed"],
  ["civilians_injured", "injured", "civilians", "civilians injured"],
  ["children_killed", "killed", "children", "children killed"],
  ["children_injured", "injured", "children", "children injured"],
].map(([csv = "", measure, group, what]) => ({
  csv,
  series: /** @type {SeriesInput} */ ({
    id: `ohchr-ukraine-${csv.replace("_", "-")}`,
    title: `UN Human Rights Monitoring Mission in Ukraine: ${what} in Ukraine since 24 February 2022, cumulative (verified)`,
    source: "ohchr-hrmmu",
    measure,
    population: { group, place: "ukraine" },
    conflict: UKRAINE_WAR,
    since: "2022-02-24",
    cadence: "monthly",
    aliases: group === "children" ? ["Ukrainian children", "kids", "minors"] : ["Ukrainian civilians", "civilians in Ukraine", "Ukrainians", "people"],
    priority: PRIMARY,
    caveats: UN_CAVEATS,
  }),
}));

/** Refugees from Ukraine recorded across Europe, as UNHCR estimated them. */
/** @type {SeriesInput} */
export const REFUGEES_SERIES = {
  id: "unhcr-ukraine-refugees-europe",
  title: "UNHCR: refugees from Ukraine recorded across Europe",
  source: "unhcr",
  measure: "displaced",
  population: { group: "refugees", place: "ukraine" },
  conflict: UKRAINE_WAR,
  cumulative: false,
  cadence: "weekly",
  aliases: ["Ukrainian refugees", "refugees from Ukraine"],
  priority: PRIMARY,
  caveats: [
    "An estimate of people present at a time, compiled from national authorities' figures, which may be amended retroactively; not a running total.",
    "From January 2024 the portal updated monthly. The series falls from 8,255,288 (23 May 2023) to 5,958,800 (19 June 2023) and is rounded to hundreds after that; no page found explains the break.",
    "Ends with ReliefWeb's feed on 15 February 2024.",
  ],
};

/** Russian military personnel losses as Ukraine's General Staff claims them. */
/** @type {SeriesInput} */
export const PERSONNEL_SERIES = {
  id: "ua-general-staff-russian-personnel",
  title: "Ukraine's General Staff: Russian military personnel losses, cumulative (a party's claim, unverified)",
  source: "ua-general-staff",
  measure: "killed",
  population: { group: "soldiers", place: "russia" },
  conflict: UKRAINE_WAR,
  since: "2022-02-24",
  cadence: "daily",
  aliases: ["Russian soldiers", "Russian troops", "Russian servicemen", "Russian personnel", "Russian military personnel"],
  priority: PRIMARY,
  verified: false,
  caveats: [
    "A party's claim: the General Staff of Ukraine's armed forces counts the losses of the army it is fighting, and no independent body verifies the figure.",
    "The General Staff calls the figure personnel losses and does not say whether it counts the dead only; stories write \"killed\" or \"losses\". Registered as the figure stories report.",
    "Transcribed daily by Petro Ivaniuk's dataset (MIT licence); a few days it had published were corrected later, and both versions are registered.",
  ],
};
