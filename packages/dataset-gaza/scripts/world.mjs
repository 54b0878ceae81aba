// The world the default registry covers: the places of the Gaza war and of the Israel–Hezbollah
// war, with the names stories use for them, and the two conflicts with their start dates, places
// and parties. Core holds none of this: a story is read with these names, and a figure is judged
// only against series of its own place and conflict.

/** @typedef {import("@factmark/core").PlaceInput} PlaceInput */
/** @typedef {import("@factmark/core").ConflictInput} ConflictInput */

/** The conflict of the Gaza, West Bank and Israel series. */
export const GAZA_WAR = "israel-gaza-war";
/** The conflict of the Lebanon series. */
export const LEBANON_WAR = "israel-hezbollah-war";

/** @type {PlaceInput[]} */
export const PLACES = [
  {
    id: "palestinian-territories",
    name: "Palestinian territories",
    aliases: ["occupied Palestinian territory", "occupied Palestinian territories", "Palestine"],
    demonyms: ["Palestinians", "Palestinian"],
  },
  {
    id: "gaza",
    name: "Gaza",
    aliases: ["Gaza Strip", "the Strip", "the enclave", "the coastal enclave", "the Palestinian enclave", "central Gaza", "Gazan"],
    demonyms: ["Gazans"],
    within: ["palestinian-territories"],
  },
  { id: "north-gaza", name: "northern Gaza", aliases: ["north Gaza", "the north of Gaza", "northern Gaza Strip"], within: ["gaza"] },
  { id: "south-gaza", name: "southern Gaza", aliases: ["south Gaza", "the south of Gaza", "southern Gaza Strip"], within: ["gaza"] },
  { id: "gaza-city", name: "Gaza City", within: ["north-gaza"] },
  { id: "jabalia", name: "Jabalia", aliases: ["Jabaliya"], within: ["north-gaza"] },
  { id: "beit-lahia", name: "Beit Lahia", within: ["north-gaza"] },
  { id: "beit-hanoun", name: "Beit Hanoun", within: ["north-gaza"] },
  { id: "deir-al-balah", name: "Deir al-Balah", aliases: ["Deir el-Balah"], within: ["gaza"] },
  { id: "nuseirat", name: "Nuseirat", within: ["gaza"] },
  { id: "khan-younis", name: "Khan Younis", aliases: ["Khan Yunis"], within: ["south-gaza"] },
  { id: "rafah", name: "Rafah", within: ["south-gaza"] },
  { id: "west-bank", name: "West Bank", aliases: ["occupied West Bank"], within: ["palestinian-territories"] },
  { id: "east-jerusalem", name: "East Jerusalem", aliases: ["occupied East Jerusalem"], within: ["west-bank"] },
  { id: "jenin", name: "Jenin", within: ["west-bank"] },
  { id: "nablus", name: "Nablus", within: ["west-bank"] },
  { id: "tulkarm", name: "Tulkarm", aliases: ["Tulkarem"], within: ["west-bank"] },
  { id: "tubas", name: "Tubas", within: ["west-bank"] },
  { id: "hebron", name: "Hebron", within: ["west-bank"] },
  { id: "ramallah", name: "Ramallah", within: ["west-bank"] },
  { id: "israel", name: "Israel", demonyms: ["Israelis"] },
  { id: "lebanon", name: "Lebanon", aliases: ["Lebanese"], demonyms: ["Lebanese"] },
  { id: "south-lebanon", name: "southern Lebanon", aliases: ["south Lebanon"], within: ["lebanon"] },
  { id: "beirut", name: "Beirut", within: ["lebanon"] },
];

/** @type {ConflictInput[]} */
export const CONFLICTS = [
  {
    id: GAZA_WAR,
    name: "the war in Gaza",
    aliases: ["Gaza war", "war in Gaza", "Israel-Hamas war", "Israel–Hamas war", "Gaza conflict"],
    start: "2023-10-07",
    places: ["gaza", "west-bank", "israel"],
    parties: ["israel", "hamas"],
    // The events on which its truces took effect (each with its end when it ended): the week of
    // November 2023, the ceasefire of 19 January to 18 March 2025 and that of 10 October 2025.
    truces: ["truce-2023-11", "ceasefire-2025-01", "ceasefire-2025-10"],
    description: "The war that began with the Hamas-led attack on Israel on 7 October 2023; the West Bank's casualties are counted from the same day.",
  },
  {
    id: LEBANON_WAR,
    name: "the Israel–Hezbollah conflict",
    aliases: ["Israel-Hezbollah war", "Israel–Hezbollah war", "war in Lebanon", "Israel-Hezbollah conflict"],
    start: "2023-10-08",
    // The war resumed on 2 March 2026, after the truce of 27 November 2024; the ministry restarted
    // its count that day (the data's phase 2: LEBANON_PHASE_STARTS in transform.mjs).
    resumed: ["2026-03-02"],
    truces: ["lebanon-ceasefire-2024-11"],
    places: ["lebanon", "israel"],
    parties: ["israel", "hezbollah", "lebanon"],
    description: "Cross-border fighting from 8 October 2023, escalating into war in September 2024, halted by the truce of 27 November 2024 and resumed on 2 March 2026; Lebanon's Ministry of Public Health counts its dead from 8 October 2023, and again from 2 March 2026.",
  },
];
