// Proposals, phases, positions and events of the 2024–2025 ceasefire talks, from
// shared/data/ukraine/talks.md. Each claim cites the page that reported it. Where pages disagree
// on a length or on dates (the Easter truce: 30 hours or one day; the Victory Day truce: three
// ways of writing its dates), every version is registered beside the others with its own
// source, as `disputed` when the lengths differ.

/** @typedef {import("@factmark/core").ClaimInput} ClaimInput */

import { UKRAINE_WAR } from "./world.mjs";

const URLS = {
  kiPutinDemands: "https://kyivindependent.com/putin-names-ceasefire-demands-full-ukrainian-withdrawal-from-four-oblasts/",
  interfaxJeddah: "https://en.interfax.com.ua/news/general/1054814.html",
  babelNuances: "https://babel.ua/en/news/116211-there-are-nuances-putin-commented-on-the-idea-of-a-30-day-truce-for-the-first-time",
  kiTrumpPutinCall: "https://kyivindependent.com/trump-putin-call-russia-agrees-to-30-day-pause-of-energy-infrastructure-strikes/",
  moscowTimesExpired: "https://themoscowtimes.com/2025/04/18/pause-in-air-strikes-on-ukraines-energy-grid-has-expired-kremlin-says-a88791",
  pravdaEaster: "https://www.pravda.com.ua/eng/news/2025/04/19/7508300/",
  babelEaster: "https://babel.ua/en/news/117287-putin-declared-an-easter-ceasefire-on-the-front-ukraine-has-not-yet-commented",
  benewsEaster: "https://benews.fr/en/?p=527444",
  trent: "https://thetrentonline.com/putin-offers-72-hour-ceasefire-for-wwii-remembrance-as-trump-pushes-for-lasting-truce",
  babelVictory: "https://babel.ua/en/news/117513-putin-declared-a-ceasefire-on-the-front-on-the-day-of-remembrance-and-reconciliation",
  dcSpotlight: "https://dcspotlight.com/featured/world-news-russia-declares-a-72-hour-ceasefire-with-ukraine-on-wwii-victory-day/",
  dppaDiCarlo: "https://dppa.dfs.un.org/en/msg-sc-9924-usg-dicarlo-ukraine-29-may-2025",
  nationalTimes: "https://nationaltimesmedia.com/?p=33351",
  upiKyiv: "https://www.upi.com/Top_News/World-News/2025/05/10/Ukraine-European-leaders-meet-Zelensky-press-Russia-cease-fire/5351746892346/",
  exbulletin: "https://exbulletin.com/politics/3034290/",
  ligaIstanbul: "https://news.liga.net/en/politics/news/istanbul-results-discussed-the-1000-for-1000-exchange-and-a-potential-meeting-between-zelenskyy-and-putin",
  ligaExchange: "https://news.liga.net/en/politics/photo/sostoyalsya-pervyi-etap-obmena-v-formate-1000-na-1000-fotoreportazh-ot-liganet",
  cnaExchange: "https://www.channelnewsasia.com/world/ukraine-russia-war-prisoners-war-exchange-5152091",
  tassRound2: "https://tass.com/politics/1967455",
  wionRound2: "https://www.wionews.com/world/russia-ukraine-talks-second-round-of-peace-negotiations-conclude-in-istanbul-after-an-hour-1748869852279",
  tassMemorandum: "https://tass.com/politics/1967401",
  intellinewsRound3: "https://www.intellinews.com/russia-and-ukraine-agree-to-expand-prisoner-exchanges-at-third-istanbul-talks-no-progress-on-ceasefire-392452/?source=turkey",
  pravdaRound3: "https://www.pravda.com.ua/eng/news/2025/07/24/7523165/",
  newsxAlaska: "https://www.newsx.com/world/trump-putin-alaska-summit-ends-without-ukraine-ceasefire-heres-what-the-two-leaders-said-46644/",
};

/**
 * A proposal of the war, as phases carry it.
 * @param {string} id
 * @param {string[]} proposers
 * @param {string} date
 * @param {string} title
 * @param {"proposed" | "accepted" | "rejected" | "in-force" | "expired" | "superseded"} status
 */
function proposal(id, proposers, date, title, status) {
  return { id, conflict: UKRAINE_WAR, proposers, date, title, status };
}

const JEDDAH = proposal("us-30-day-ceasefire-2025-03", ["united-states"], "2025-03-11", "US proposal for an immediate, interim 30-day ceasefire, accepted by Ukraine at Jeddah", "proposed");
const ENERGY = proposal("energy-strike-moratorium-2025-03", ["united-states"], "2025-03-18", "30-day halt to strikes on energy infrastructure, proposed by Trump and accepted by Putin", "expired");
const EASTER = proposal("easter-truce-2025-04", ["russia"], "2025-04-19", "Easter truce declared by Putin, April 2025", "expired");
const VICTORY_DAY = proposal("victory-day-truce-2025-05", ["russia"], "2025-04-28", "Victory Day truce declared by Putin, May 2025", "expired");
const KYIV_CALL = proposal("kyiv-30-day-ceasefire-2025-05", ["ukraine"], "2025-05-10", "Call from Kyiv and European leaders for an unconditional 30-day ceasefire from 12 May 2025", "rejected");

/** @type {ClaimInput[]} */
const PHASES = [
  {
    kind: "phase",
    id: "phase:us-30-day-ceasefire-2025-03:1",
    asOf: "2025-03-11",
    proposal: JEDDAH,
    index: 1,
    of: 1,
    durationDays: 30,
    terms: [
      "An immediate, interim ceasefire, extendable by mutual agreement",
      "Conditional on Russia accepting and implementing it at the same time",
      "The US lifts its pause on intelligence sharing and resumes security assistance",
    ],
    citations: [{ source: "interfax-ukraine", published: "2025-03-11", url: URLS.interfaxJeddah }],
    note: "The joint US–Ukraine statement after the talks in Jeddah, Saudi Arabia.",
  },
  {
    kind: "phase",
    id: "phase:energy-strike-moratorium-2025-03:1",
    asOf: "2025-03-18",
    proposal: ENERGY,
    index: 1,
    of: 1,
    durationDays: 30,
    terms: ["Both sides refrain from striking energy infrastructure"],
    citations: [{ source: "kyiv-independent", published: "2025-03-18", url: URLS.kiTrumpPutinCall }],
    note: "Agreed in the Trump–Putin call of 18 March 2025; the White House called it an energy and infrastructure ceasefire, the Kremlin an energy one. No agreement text was signed; the Kremlin said it expired on 18 April.",
  },
  {
    kind: "phase",
    id: "phase:easter-truce-2025-04:announced-window:1",
    asOf: "2025-04-19",
    proposal: { ...EASTER, version: "announced-window" },
    index: 1,
    of: 1,
    durationDays: 1.25,
    status: "disputed",
    terms: ["From 18:00 Moscow time on 19 April to 00:00 on 21 April 2025: 30 hours"],
    citations: [
      { source: "babel", published: "2025-04-19", url: URLS.babelEaster },
      { source: "benews", published: "2025-04-19", url: URLS.benewsEaster },
      { source: "the-trent", published: "2025-04-28", url: URLS.trent },
    ],
    note: "The window Putin announced and Russia's Defence Ministry confirmed; benews.fr and The Trent call it a 30-hour truce. Ukrainska Pravda called it a one-day truce.",
  },
  {
    kind: "phase",
    id: "phase:easter-truce-2025-04:ukrainska-pravda-background:1",
    asOf: "2025-04-19",
    proposal: { ...EASTER, version: "ukrainska-pravda-background" },
    index: 1,
    of: 1,
    durationDays: 1,
    status: "disputed",
    citations: [{ source: "ukrainska-pravda", published: "2025-04-19", url: URLS.pravdaEaster }],
    note: "A background line of Ukrainska Pravda's report calls it a one-day Easter truce; the announced window is 30 hours.",
  },
  ...[
    { version: "kremlin-announcement", dates: "from 00:00 on 8 May to 00:00 on 11 May 2025", citation: { source: "babel", published: "2025-04-28", url: URLS.babelVictory } },
    { version: "dc-spotlight", dates: "May 8 to May 10", citation: { source: "dc-spotlight", published: "2025-04-28", url: URLS.dcSpotlight } },
    { version: "un-security-council-briefing", dates: "from 8 to 11 May", citation: { source: "un-dppa", published: "2025-05-29", url: URLS.dppaDiCarlo } },
    { version: "national-times-media", dates: "from May 7 to May 10", citation: { source: "national-times-media", published: "2025-04-28", url: URLS.nationalTimes } },
  ].map(({ version, dates, citation }) => /** @type {ClaimInput} */ ({
    kind: "phase",
    id: `phase:victory-day-truce-2025-05:${version}:1`,
    asOf: "2025-04-28",
    proposal: { ...VICTORY_DAY, version },
    index: 1,
    of: 1,
    durationDays: 3,
    terms: [`A unilateral ceasefire ${dates}`],
    citations: [citation],
    note:
      version === "kremlin-announcement"
        ? "The Kremlin's announcement: 72 hours, from 00:00 on 8 May to 00:00 on 11 May 2025."
        : version === "national-times-media"
          ? "This version's start date disagrees with the Kremlin's (8 May); every version gives 72 hours."
          : "Another way of writing the Kremlin's dates; every version gives 72 hours.",
  })),
  {
    kind: "phase",
    id: "phase:kyiv-30-day-ceasefire-2025-05:1",
    asOf: "2025-05-10",
    proposal: KYIV_CALL,
    index: 1,
    of: 1,
    durationDays: 30,
    terms: ["A full, unconditional ceasefire on land, at sea and in the air from Monday 12 May 2025, monitored with the United States"],
    citations: [{ source: "upi", published: "2025-05-10", url: URLS.upiKyiv }],
  },
];

/**
 * A position, with its citation.
 * @param {string} id
 * @param {string} asOf
 * @param {Omit<Extract<ClaimInput, { kind: "position" }>, "kind" | "id" | "asOf" | "citations">} fields
 * @param {import("@factmark/core").Citation[]} citations
 * @returns {ClaimInput}
 */
function position(id, asOf, fields, citations) {
  return { kind: "position", id: `position:${id}:${asOf}`, asOf, citations, ...fields };
}

/** @type {ClaimInput[]} */
const POSITIONS = [
  position(
    "russia:ceasefire-conditions",
    "2024-06-14",
    {
      actor: "russia",
      topic: "ceasefire-conditions",
      stance: "demands",
      statement: "Russia would cease fire and negotiate once Ukraine withdrew from the whole of the Donetsk, Luhansk, Kherson and Zaporizhzhia regions and dropped its bid to join NATO.",
      speaker: { name: "Vladimir Putin", role: "President of Russia", onRecord: true },
    },
    [{ source: "kyiv-independent", published: "2024-06-14", url: URLS.kiPutinDemands }],
  ),
  position(
    "ukraine:us-30-day-ceasefire",
    "2025-03-11",
    {
      actor: "ukraine",
      topic: "us-30-day-ceasefire-2025-03",
      stance: "accepts",
      statement: "Ukraine is ready to accept the US proposal for an immediate, interim 30-day ceasefire if Russia accepts it too.",
    },
    [{ source: "interfax-ukraine", published: "2025-03-11", url: URLS.interfaxJeddah }],
  ),
  position(
    "russia:us-30-day-ceasefire",
    "2025-03-13",
    {
      actor: "russia",
      topic: "us-30-day-ceasefire-2025-03",
      stance: "states",
      statement: "Russia supports the idea of a ceasefire, with conditions: it must lead to lasting peace, and Russia asks how it would be monitored and how Ukraine would be kept from rearming during it.",
      speaker: { name: "Vladimir Putin", role: "President of Russia", onRecord: true },
    },
    [{ source: "babel", published: "2025-03-13", url: URLS.babelNuances }],
  ),
  position(
    "russia:us-30-day-ceasefire",
    "2025-03-18",
    {
      actor: "russia",
      topic: "us-30-day-ceasefire-2025-03",
      stance: "demands",
      statement: "A complete halt to foreign military aid and intelligence for Kyiv is the key condition; Russia did not accept the full 30-day ceasefire.",
    },
    [{ source: "kyiv-independent", published: "2025-03-18", url: URLS.kiTrumpPutinCall }],
  ),
  position(
    "russia:kyiv-30-day-ceasefire",
    "2025-05-11",
    {
      actor: "russia",
      topic: "kyiv-30-day-ceasefire-2025-05",
      stance: "proposes",
      statement: "Russia proposed direct talks with Ukraine in Istanbul on 15 May without preconditions, leaving the 30-day ceasefire unanswered.",
      speaker: { name: "Vladimir Putin", role: "President of Russia", onRecord: true },
    },
    [{ source: "exbulletin", published: "2025-05-11", url: URLS.exbulletin }],
  ),
  position(
    "russia:ceasefire-conditions",
    "2025-06-02",
    {
      actor: "russia",
      topic: "ceasefire-conditions",
      stance: "demands",
      statement: "Russia's memorandum offers a ceasefire on the start of Ukraine's withdrawal from four regions, or on a package of conditions including a halt to mobilisation and to foreign arms deliveries.",
    },
    [{ source: "tass", published: "2025-06-02", url: URLS.tassMemorandum }],
  ),
];

/**
 * An event of the war.
 * @param {string} event
 * @param {Omit<Extract<ClaimInput, { kind: "event" }>, "kind" | "id" | "event" | "conflict">} fields
 * @returns {ClaimInput}
 */
function event(event, fields) {
  return { kind: "event", id: `event:${event}`, event, conflict: UKRAINE_WAR, ...fields };
}

/** @type {ClaimInput[]} */
const EVENTS = [
  event("energy-strike-moratorium-2025-03", {
    title: "The 30-day halt to strikes on energy infrastructure runs out",
    date: "2025-03-18",
    end: "2025-04-18",
    asOf: "2025-04-18",
    citations: [{ source: "moscow-times", published: "2025-04-18", url: URLS.moscowTimesExpired }],
    note: "The Kremlin said the month had expired and Putin had given no new instruction.",
  }),
  event("easter-truce-2025-04", {
    title: "Russia's Easter truce, 18:00 on 19 April to 00:00 on 21 April 2025 (Moscow time)",
    date: "2025-04-19",
    end: "2025-04-20",
    asOf: "2025-04-19",
    citations: [{ source: "ukrainska-pravda", published: "2025-04-19", url: URLS.pravdaEaster }],
  }),
  event("victory-day-truce-2025-05", {
    title: "Russia's Victory Day truce, 00:00 on 8 May to 00:00 on 11 May 2025",
    date: "2025-05-08",
    end: "2025-05-10",
    asOf: "2025-04-28",
    citations: [{ source: "babel", published: "2025-04-28", url: URLS.babelVictory }],
  }),
  event("istanbul-talks-2025-05-16", {
    title: "First direct Russia–Ukraine talks since March 2022, Istanbul: about two hours; a 1,000-for-1,000 prisoner exchange agreed, no ceasefire",
    date: "2025-05-16",
    asOf: "2025-05-16",
    citations: [{ source: "liga-net", published: "2025-05-16", url: URLS.ligaIstanbul }],
  }),
  event("prisoner-exchange-1000-for-1000", {
    title: "The 1,000-for-1,000 prisoner exchange: 390 each way on 23 May, 307 on 24 May, 303 on 25 May 2025",
    date: "2025-05-23",
    end: "2025-05-25",
    asOf: "2025-05-25",
    citations: [
      { source: "liga-net", published: "2025-05-23", url: URLS.ligaExchange },
      { source: "channel-newsasia", published: "2025-05-25", url: URLS.cnaExchange },
    ],
    note: "The largest exchange of the war: 1,000 each way in three days.",
  }),
  event("istanbul-talks-2025-06-02", {
    title: "Second round in Istanbul: a little over an hour; exchanges of wounded, sick and young prisoners and the return of 6,000 bodies agreed; memoranda exchanged",
    date: "2025-06-02",
    asOf: "2025-06-02",
    citations: [
      { source: "tass", published: "2025-06-02", url: URLS.tassRound2 },
      { source: "wion", published: "2025-06-02", url: URLS.wionRound2 },
    ],
    note: "Lengths given: a little over an hour (TASS), an hour (WION).",
  }),
  event("istanbul-talks-2025-07-23", {
    title: "Third round in Istanbul: about 40 minutes; a further exchange of at least 1,200 prisoners each way agreed",
    date: "2025-07-23",
    asOf: "2025-07-24",
    citations: [
      { source: "intellinews", published: "2025-07-24", url: URLS.intellinewsRound3 },
      { source: "ukrainska-pravda", published: "2025-07-24", url: URLS.pravdaRound3 },
    ],
  }),
  event("alaska-summit-2025-08-15", {
    title: "Trump–Putin summit in Anchorage, Alaska: nearly three hours, no ceasefire and no deal",
    date: "2025-08-15",
    asOf: "2025-08-16",
    citations: [{ source: "newsx", published: "2025-08-16", url: URLS.newsxAlaska }],
  }),
];

/** Every claim registered from the talks sheet. */
// Every position here is taken in Russia's war in Ukraine, so a story about another war is never judged against it.
export const TALKS_CLAIMS = [...PHASES, ...POSITIONS.map((p) => ({ ...p, conflict: UKRAINE_WAR })), ...EVENTS];
