// Events, ceasefire phases, positions, famine classifications and the Rafah estimate around the
// May 2024 Cairo talks, from shared/data/talks-2024-05.md and the founding article. Each claim
// cites the source that published it; where sources disagree (phase 1: 40 or 42 days) both are
// registered side by side with their own versions, as `disputed`. Citations carry no URL unless
// we are sure of it.

/** @typedef {import("@factmark/core").ClaimInput} ClaimInput */

import { GAZA_WAR } from "./world.mjs";

const ARTICLE_DATE = "2024-05-04";
const ARTICLE = { source: "founding-article", published: ARTICLE_DATE };

const PROPOSAL = {
  id: "egypt-qatar-2024-05",
  conflict: GAZA_WAR,
  proposers: ["egypt", "qatar"],
  status: /** @type {const} */ ("proposed"),
  title: "Egyptian–Qatari ceasefire and hostage-release proposal, late April – May 2024",
};

/** @type {ClaimInput[]} */
const EVENTS = [
  {
    kind: "event",
    id: "event:war-start",
    event: "war-start",
    conflict: GAZA_WAR,
    title: "The war in Gaza begins with the Hamas-led attack on Israel",
    date: "2023-10-07",
    asOf: "2023-10-07",
    citations: [{ source: "ocha", published: "2023-10-07" }, { ...ARTICLE }],
    note: "The founding article: \"The war, which began on Oct. 7\".",
  },
  {
    kind: "event",
    id: "event:truce-2023-11",
    event: "truce-2023-11",
    title: "Truce with hostage–prisoner exchanges: four days, extended twice, seven days in all",
    date: "2023-11-24",
    end: "2023-12-01",
    place: "gaza",
    asOf: "2023-12-01",
    citations: [{ source: "times-of-israel", published: "2023-12-01" }],
    note: "Took effect on 24 November 2023 and ended on 1 December 2023 after seven days.",
  },
];

/** @type {ClaimInput[]} */
const PHASES = [
  {
    kind: "phase",
    id: "phase:egypt-qatar-2024-05:israeli-offer-2024-04-29:1",
    asOf: "2024-04-29",
    proposal: { ...PROPOSAL, version: "israeli-offer-2024-04-29", date: "2024-04-29" },
    index: 1,
    of: 3,
    durationDays: 40,
    status: "disputed",
    citations: [{ source: "times-of-israel", published: "2024-04-29", quote: "a 40-day pause in fighting" }],
    note: "UK Foreign Secretary David Cameron describing Israel's offer. Hamas's published copy gives 42 days.",
  },
  {
    kind: "phase",
    id: "phase:egypt-qatar-2024-05:hamas-accepted-2024-05-06:1",
    asOf: "2024-05-06",
    proposal: { ...PROPOSAL, version: "hamas-accepted-2024-05-06", date: "2024-05-06" },
    index: 1,
    of: 3,
    durationDays: 40,
    status: "disputed",
    terms: ["33 Israeli hostages (women, children, elderly and sick) released during the truce"],
    citations: [
      { source: "times-of-israel", published: "2024-05-06", quote: "during a 40-day truce" },
      { source: "anadolu", published: "2024-05-07", quote: "first stage will last 40 days" },
    ],
    note: "The text Hamas said it accepted on 6 May 2024, as the Times of Israel and Anadolu reported it. Hamas's published copy gives 42 days.",
  },
  {
    kind: "phase",
    id: "phase:egypt-qatar-2024-05:hamas-accepted-2024-05-06:2",
    asOf: "2024-05-06",
    proposal: { ...PROPOSAL, version: "hamas-accepted-2024-05-06", date: "2024-05-06" },
    index: 2,
    of: 3,
    durationDays: 42,
    citations: [
      { source: "times-of-israel", published: "2024-05-06", quote: "a further 42-day truce" },
      { source: "anadolu", published: "2024-05-07" },
    ],
  },
  {
    kind: "phase",
    id: "phase:egypt-qatar-2024-05:hamas-accepted-2024-05-06:3",
    asOf: "2024-05-07",
    proposal: { ...PROPOSAL, version: "hamas-accepted-2024-05-06", date: "2024-05-06" },
    index: 3,
    of: 3,
    durationDays: 42,
    citations: [{ source: "anadolu", published: "2024-05-07" }],
  },
  ...[1, 2, 3].map((index) => ({
    kind: /** @type {const} */ ("phase"),
    id: `phase:egypt-qatar-2024-05:hamas-published:${index}`,
    asOf: "2024-05-06",
    proposal: { ...PROPOSAL, version: "hamas-published" },
    index,
    of: 3,
    durationDays: 42,
    ...(index === 1 ? { status: /** @type {const} */ ("disputed") } : {}),
    citations: [{ source: "hamas", published: "2024-05-06", quote: "each lasting 42 days" }],
    note:
      "The copy of the proposal Hamas published after announcing its acceptance, as Hamas officials described it: three phases of 42 days (six weeks) each." +
      (index === 1 ? " Other versions give phase 1 as 40 days." : ""),
  })),
];

/**
 * A position the founding article reports, as of its date.
 * @param {string} id
 * @param {Omit<Extract<ClaimInput, { kind: "position" }>, "kind" | "id" | "asOf" | "citations">} fields
 * @returns {ClaimInput}
 */
function articlePosition(id, fields) {
  return { kind: "position", id: `position:${id}:${ARTICLE_DATE}`, asOf: ARTICLE_DATE, citations: [{ ...ARTICLE }], ...fields };
}

const ANONYMOUS_OFFICIAL = { role: "senior Israeli official", onRecord: false };

/** @type {ClaimInput[]} */
const POSITIONS = [
  articlePosition("hamas:permanent-ceasefire", {
    actor: "hamas",
    topic: "permanent-ceasefire",
    stance: "demands",
    statement: "A complete cessation of hostilities.",
  }),
  articlePosition("hamas:israeli-withdrawal", {
    actor: "hamas",
    topic: "israeli-withdrawal",
    stance: "demands",
    statement: "The withdrawal of all Israeli forces from Gaza.",
  }),
  articlePosition("israel:rafah-offensive", {
    actor: "israel",
    topic: "rafah-offensive",
    stance: "commits-to",
    statement: "Israel is committed to invading Rafah.",
    speaker: ANONYMOUS_OFFICIAL,
  }),
  articlePosition("israel:permanent-ceasefire", {
    actor: "israel",
    topic: "permanent-ceasefire",
    stance: "opposes",
    statement: "Israel is against ending the war before Hamas is dismantled.",
    speaker: ANONYMOUS_OFFICIAL,
  }),
  articlePosition("israel:cairo-delegation", {
    actor: "israel",
    topic: "cairo-talks-delegation",
    stance: "states",
    statement: "Israel has not sent a delegation to the talks in Cairo.",
    official: false,
    note: "What the article reports, not a statement by Israel; registered as a position so that it goes stale when Israel sends one.",
  }),
  articlePosition("united-states:rafah-offensive", {
    actor: "united-states",
    topic: "rafah-offensive",
    stance: "concerned",
    statement: "The United States is concerned about Israel's planned offensive in Rafah.",
  }),
  articlePosition("un:rafah-offensive", {
    actor: "un",
    topic: "rafah-offensive",
    stance: "warns",
    statement: "Hundreds of thousands of civilians face an imminent risk of death if Israel proceeds with military operations in Rafah.",
  }),
  articlePosition("egypt:cairo-talks", {
    actor: "egypt",
    topic: "cairo-talks",
    stance: "states",
    statement: "Progress has been made on disputed points in the negotiations.",
    official: false,
    note: "Reported by Egyptian state media (Al-Qahera News) without further details.",
  }),
  {
    kind: "position",
    id: "position:wfp:famine-gaza:2024-05-03",
    asOf: "2024-05-03",
    actor: "wfp",
    topic: "famine-gaza",
    stance: "states",
    statement: "There is \"full-blown famine\" in northern Gaza.",
    speaker: { name: "Cindy McCain", role: "Executive Director, World Food Programme", onRecord: true },
    official: false,
    citations: [{ source: "nbc-news", published: "2024-05-03", quote: "full-blown famine" }],
    note: "A remark in an NBC interview (3–5 May 2024), not an official declaration, as McCain herself said; famine is classified by the IPC. Stories that write \"the UN declared famine\" misattribute it.",
  },
  // What the Times of Israel reported of the talks' texts (talks-2024-05.md, "Phase 1 duration").
  {
    kind: "position",
    id: "position:israel:egypt-qatar-2024-05-proposal:2024-04-29",
    asOf: "2024-04-29",
    actor: "israel",
    topic: "egypt-qatar-2024-05-proposal",
    stance: "proposes",
    statement: "Israel's offer includes \"a 40-day pause in fighting\".",
    speaker: { name: "David Cameron", role: "UK Foreign Secretary, describing Israel's offer", onRecord: true },
    citations: [{ source: "times-of-israel", published: "2024-04-29", quote: "a 40-day pause in fighting" }],
  },
  {
    kind: "position",
    id: "position:hamas:egypt-qatar-2024-05-proposal:2024-05-06",
    asOf: "2024-05-06",
    actor: "hamas",
    topic: "egypt-qatar-2024-05-proposal",
    stance: "accepts",
    statement: "Hamas said it accepted the Egyptian–Qatari ceasefire proposal.",
    citations: [{ source: "times-of-israel", published: "2024-05-06" }],
    note: "The text Hamas said it accepted gives phase 1 as a 40-day truce, as the Times of Israel reported it; the copy Hamas published gives 42 days.",
  },
  // The IPC's findings on famine in Gaza over time (talks-2024-05.md, "Famine"), as the IPC's own
  // positions on the topic, so that a story repeating an earlier finding reads as outdated.
  {
    kind: "position",
    id: "position:ipc:famine-gaza:2024-03-18",
    asOf: "2024-03-18",
    actor: "ipc",
    topic: "famine-gaza",
    stance: "warns",
    statement: "Famine is projected and imminent in North Gaza and Gaza governorates between mid-March and May 2024.",
    citations: [{ source: "ipc", published: "2024-03-18", quote: "projected and imminent" }],
    note: "A projection, not a declaration: the IPC classifies famine; it does not declare it.",
  },
  {
    kind: "position",
    id: "position:ipc:famine-gaza:2024-06-25",
    asOf: "2024-06-25",
    actor: "ipc",
    topic: "famine-gaza",
    stance: "denies",
    statement: "The Famine Review Committee found that the available evidence did not indicate famine was then occurring in Gaza.",
    citations: [{ source: "ipc", published: "2024-06-25" }],
  },
  {
    kind: "position",
    id: "position:ipc:famine-gaza:2025-08-22",
    asOf: "2025-08-22",
    actor: "ipc",
    topic: "famine-gaza",
    stance: "states",
    statement: "Famine (IPC Phase 5) is confirmed in Gaza Governorate.",
    citations: [{ source: "ipc", published: "2025-08-22" }],
  },
];

/** @type {ClaimInput[]} */
const CLASSIFICATIONS = [
  ...[
    { area: "north-gaza", name: "North Gaza governorate" },
    { area: "gaza-city", name: "Gaza governorate (Gaza City)" },
  ].map(({ area, name }) => ({
    kind: /** @type {const} */ ("classification"),
    id: `classification:ipc:${area}:2024-03-18`,
    asOf: "2024-03-18",
    scheme: "ipc",
    area,
    phase: 5,
    label: "Famine (IPC Phase 5), projected and imminent",
    projection: /** @type {const} */ ("projected"),
    issuer: "ipc",
    citations: [{ source: "ipc", published: "2024-03-18" }],
    note: `${name}: famine projected and imminent between mid-March and May 2024. The IPC classifies famine; it does not "declare" it.`,
  })),
  ...["gaza", "north-gaza", "gaza-city"].map((area) => ({
    kind: /** @type {const} */ ("classification"),
    id: `classification:ipc:${area}:2024-06-25`,
    asOf: "2024-06-25",
    scheme: "ipc",
    area,
    phase: 4,
    label: "Emergency (IPC Phase 4); the Famine Review Committee found the evidence did not indicate famine was occurring",
    projection: /** @type {const} */ ("current"),
    issuer: "ipc",
    citations: [{ source: "ipc", published: "2024-06-25" }],
    ...(area === "gaza" ? {} : { supersedes: [{ claim: `classification:ipc:${area}:2024-03-18`, reason: /** @type {const} */ ("newer-report") }] }),
    note: "The June 2024 analysis placed the whole Gaza Strip in Emergency (Phase 4) with a high risk of famine; the Famine Review Committee found the available evidence did not indicate famine was then occurring.",
  })),
  {
    kind: "classification",
    id: "classification:ipc:gaza-city:2025-08-22",
    asOf: "2025-08-22",
    scheme: "ipc",
    area: "gaza-city",
    phase: 5,
    label: "Famine (IPC Phase 5), confirmed",
    projection: "current",
    issuer: "ipc",
    citations: [{ source: "ipc", published: "2025-08-22" }],
    note: "Famine confirmed in Gaza governorate, which includes Gaza City.",
  },
];

/** @type {ClaimInput[]} */
const RAFAH = [
  {
    kind: "casualty",
    id: "un-rafah-sheltering:2024-05-01",
    asOf: "2024-05-01",
    series: "un-rafah-sheltering",
    measure: "sheltering",
    population: { group: "people", place: "rafah" },
    cumulative: false,
    quantity: { value: 1_400_000, qualifier: "about" },
    citations: [
      { source: "un", published: "2024-05-11", title: "UN agencies, as cited by AFP" },
      { source: "afp", published: "2024-05-11" },
    ],
    note: "UN agencies' estimate for early May 2024, before the evacuation orders of 6 May; the source gives no exact date, so 1 May is used.",
  },
];

/** Every claim registered from the research note on the May 2024 talks and the founding article. */
// Every position here is taken in the Gaza war, so a story about another war is never judged against it.
export const TALKS_CLAIMS = [...EVENTS, ...PHASES, ...POSITIONS.map((p) => ({ ...p, conflict: GAZA_WAR })), ...CLASSIFICATIONS, ...RAFAH];
