// The world the Ukraine registry covers: Ukraine's oblasts and main cities, with the names
// stories use for them (Ukrainian and Russian transliterations: Kyiv and Kiev, Kharkiv and
// Kharkov), Russia, and two conflicts: the full-scale war from 24 February 2022 and, before it,
// the war in Donbas from April 2014. Core holds none of this: a story is read with these names,
// and a figure is judged only against series of its own place and conflict.

/** @typedef {import("@factmark/core").PlaceInput} PlaceInput */
/** @typedef {import("@factmark/core").ConflictInput} ConflictInput */

/** The conflict of every series and proposal in this registry. */
export const UKRAINE_WAR = "russia-ukraine-war";
/** The earlier, distinct conflict in eastern Ukraine. */
export const DONBAS_WAR = "war-in-donbas";

/**
 * An oblast and its centre, when they share a name: the oblast as "<Name> region" and
 * "<Name> oblast", the city by its bare name.
 * @param {string} id
 * @param {string} name
 * @param {string[]} spellings Other spellings of the name (Russian transliterations).
 * @param {string[]} within Places that contain the oblast.
 * @returns {PlaceInput[]}
 */
function oblastWithCity(id, name, spellings, within) {
  const names = [name, ...spellings];
  return [
    {
      id: `${id}-oblast`,
      name: `${name} region`,
      aliases: names.flatMap((n) => [`${n} oblast`, `${n} Oblast`, `${n} province`]).concat(spellings.map((n) => `${n} region`)),
      within,
    },
    { id, name, aliases: spellings, within: [`${id}-oblast`] },
  ];
}

/**
 * An oblast named for a city of another name, or a city alone.
 * @param {string} id
 * @param {string} name
 * @param {string[]} aliases
 * @param {string[]} within
 * @returns {PlaceInput}
 */
function place(id, name, aliases, within) {
  return { id, name, aliases, within };
}

/** @type {PlaceInput[]} */
export const PLACES = [
  { id: "ukraine", name: "Ukraine", aliases: ["Ukrainian"], demonyms: ["Ukrainians"] },
  { id: "russia", name: "Russia", aliases: ["Russian Federation", "Russian"], demonyms: ["Russians"] },
  place("eastern-ukraine", "eastern Ukraine", ["east of Ukraine", "Ukraine's east"], ["ukraine"]),
  place("southern-ukraine", "southern Ukraine", ["south of Ukraine", "Ukraine's south"], ["ukraine"]),
  place("donbas", "Donbas", ["Donbass", "the Donbas region", "Donbas region"], ["eastern-ukraine"]),
  ...oblastWithCity("kyiv", "Kyiv", ["Kiev"], ["ukraine"]),
  ...oblastWithCity("kharkiv", "Kharkiv", ["Kharkov"], ["eastern-ukraine"]),
  ...oblastWithCity("odesa", "Odesa", ["Odessa"], ["southern-ukraine"]),
  ...oblastWithCity("mykolaiv", "Mykolaiv", ["Nikolaev", "Nikolayev"], ["southern-ukraine"]),
  ...oblastWithCity("zaporizhzhia", "Zaporizhzhia", ["Zaporozhye", "Zaporizhia", "Zaporozhzhia"], ["southern-ukraine"]),
  ...oblastWithCity("kherson", "Kherson", [], ["southern-ukraine"]),
  ...oblastWithCity("donetsk", "Donetsk", [], ["donbas"]),
  ...oblastWithCity("luhansk", "Luhansk", ["Lugansk"], ["donbas"]),
  ...oblastWithCity("sumy", "Sumy", [], ["ukraine"]),
  ...oblastWithCity("chernihiv", "Chernihiv", ["Chernigov"], ["ukraine"]),
  ...oblastWithCity("lviv", "Lviv", ["Lvov"], ["ukraine"]),
  place("dnipropetrovsk-oblast", "Dnipropetrovsk region", ["Dnipropetrovsk oblast", "Dnipropetrovsk Oblast", "Dnepropetrovsk region"], ["ukraine"]),
  place("dnipro", "Dnipro", ["Dnepr", "Dnipropetrovsk"], ["dnipropetrovsk-oblast"]),
  place("crimea", "Crimea", ["Crimean Peninsula", "Crimean peninsula", "Krym", "Autonomous Republic of Crimea"], ["ukraine"]),
  place("sevastopol", "Sevastopol", [], ["crimea"]),
  place("mariupol", "Mariupol", [], ["donetsk-oblast"]),
  place("bakhmut", "Bakhmut", ["Artemovsk", "Artemivsk"], ["donetsk-oblast"]),
  place("avdiivka", "Avdiivka", ["Avdeyevka", "Avdeevka"], ["donetsk-oblast"]),
  place("pokrovsk", "Pokrovsk", [], ["donetsk-oblast"]),
  place("kramatorsk", "Kramatorsk", [], ["donetsk-oblast"]),
  place("sloviansk", "Sloviansk", ["Slovyansk", "Slavyansk"], ["donetsk-oblast"]),
  place("sievierodonetsk", "Sievierodonetsk", ["Severodonetsk", "Syeverodonetsk"], ["luhansk-oblast"]),
  place("lysychansk", "Lysychansk", ["Lisichansk"], ["luhansk-oblast"]),
  place("bucha", "Bucha", [], ["kyiv-oblast"]),
  place("izium", "Izium", ["Izyum"], ["kharkiv-oblast"]),
  place("kupiansk", "Kupiansk", ["Kupyansk"], ["kharkiv-oblast"]),
  place("kursk-oblast", "Kursk region", ["Kursk oblast", "Kursk Oblast", "Kursk"], ["russia"]),
  place("belgorod-oblast", "Belgorod region", ["Belgorod oblast", "Belgorod Oblast", "Belgorod"], ["russia"]),
];

/** @type {ConflictInput[]} */
export const CONFLICTS = [
  {
    id: UKRAINE_WAR,
    name: "Russia's war in Ukraine",
    aliases: [
      "war in Ukraine",
      "Ukraine war",
      "Russia-Ukraine war",
      "Russia–Ukraine war",
      "Russian-Ukrainian war",
      "Russia's full-scale invasion",
      "full-scale invasion",
      "Russia's invasion of Ukraine",
      "Russian invasion of Ukraine",
      "Russia's war against Ukraine",
      "Russia's war",
    ],
    start: "2022-02-24",
    places: ["ukraine", "russia"],
    parties: ["russia", "ukraine"],
    // The events on which its partial and short truces took effect, each with its end (talks.md).
    truces: ["energy-strike-moratorium-2025-03", "easter-truce-2025-04", "victory-day-truce-2025-05"],
    description:
      "Russia's full-scale invasion of Ukraine, begun on 24 February 2022. The UN's casualty counts and Ukraine's General Staff count from that day.",
  },
  {
    id: DONBAS_WAR,
    name: "the war in Donbas",
    aliases: ["war in Donbas", "war in Donbass", "Donbas war", "war in eastern Ukraine", "conflict in eastern Ukraine", "conflict in Donbas"],
    start: "2014-04-06",
    end: "2022-02-23",
    places: ["donbas"],
    parties: ["russia", "ukraine"],
    description:
      "The war in eastern Ukraine between Ukraine's forces and Russian-backed separatists with Russian forces, from April 2014 until Russia's full-scale invasion on 24 February 2022; a distinct, earlier conflict with its own start.",
  },
];
