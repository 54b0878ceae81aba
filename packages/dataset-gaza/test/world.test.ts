import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Finding, type RegistryDataInput, Registry, check } from "@factmark/core";
import { describe, expect, it } from "vitest";
import { defaultRegistry, loadDefaultRegistryData } from "../dist/index.js";

// Core holds no world: places, conflicts and parties are registry data. These tests prove it the
// strong way (rename every place, party and conflict, in the data and in the stories, and every
// finding stays the same but for the renamed words), check that stories of other wars are never
// judged against this one's data, and that a conflict's data can be merged in or left out without
// changing a finding about another.

const shared = process.env.FACTMARK_SHARED_DATA ? `${process.env.FACTMARK_SHARED_DATA}/..` : fileURLToPath(new URL("../../../../shared", import.meta.url));
const repo = fileURLToPath(new URL("../../../", import.meta.url));

/** Every story the repository holds: the founding article, both fixture suites and the real-copy suite. */
function stories(): { name: string; text: string }[] {
  const out = [{ name: "founding article", text: readFileSync(`${shared}/fixtures/cairo-talks-2024-05.md`, "utf8") }];
  for (const [dir, file] of [
    ["packages/dataset-gaza/test/fixtures/stories", "input.md"],
    ["packages/dataset-gaza/test/fixtures/negotiations", "input.md"],
    ["eval/real-copy/stories", "story.md"],
  ] as const) {
    for (const entry of readdirSync(`${repo}${dir}`, { withFileTypes: true })) {
      if (entry.isDirectory()) out.push({ name: `${dir}/${entry.name}`, text: readFileSync(`${repo}${dir}/${entry.name}/${file}`, "utf8") });
    }
  }
  return out;
}

// The proper names of the dataset's places, parties and conflicts, and the words made of them.
// Multi-word names whose words are plain English on their own ("West Bank") are renamed whole.
const NAMES = [
  "West Bank", "Gaza", "Gazan", "Gazans", "Rafah", "Khan Younis", "Khan Yunis", "Jabalia", "Jabaliya", "Beit Lahia", "Beit Hanoun", "Deir al-Balah",
  "Deir el-Balah", "Nuseirat", "Jenin", "Nablus", "Tulkarm", "Tulkarem", "Tubas", "Hebron", "Ramallah", "Jerusalem", "Israel", "Israeli", "Israelis",
  "Lebanon", "Lebanese", "Beirut", "Palestine", "Palestinian", "Palestinians", "Hamas", "Hezbollah", "Hizbollah", "IDF",
];
const NAME_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...NAMES].sort((a, b) => b.length - a.length).map((n) => n.replace(/\./g, "\\.")).join("|")})(?![\\p{L}\\p{N}])`, "giu");

/** ROT13 of the letters: the same length, the same case, no English word, so offsets stay put. */
function rot13(text: string): string {
  return text.replace(/[a-z]/gi, (c) => {
    const base = c <= "Z" ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

/** Every place, party and conflict name in a text renamed, wherever it stands (ids, names, statements, stories). */
function rename(text: string): string {
  return text.replace(NAME_PATTERN, rot13);
}

/** A finding as compared: everything but the story-independent parts that differ only by renamed words. */
const plain = (findings: readonly Finding[]) => JSON.parse(JSON.stringify(findings)) as unknown[];

describe("core knows no world", () => {
  const registry = defaultRegistry();
  const renamed = Registry.from(JSON.parse(rename(JSON.stringify(loadDefaultRegistryData()))) as RegistryDataInput, { trusted: true });
  const all = stories();

  it("renames something in every place, party and conflict of the dataset", () => {
    const data = loadDefaultRegistryData();
    for (const record of [...data.places, ...data.conflicts, ...data.actors.filter((a) => a.party)]) {
      expect(rename(JSON.stringify(record)), record.id).not.toBe(JSON.stringify(record));
    }
    expect(all.length).toBeGreaterThan(150);
  });

  // Every story checked twice over (about 10 s on a busy 2-core machine): a long test, not a timed one.
  it("finds the same in every story with every place, party and conflict renamed, in the data and in the story", () => {
    const differences: string[] = [];
    const rules = new Set<string>();
    for (const story of all) {
      const found = check(story.text, { registry, format: "markdown" });
      for (const f of found) rules.add(f.ruleId);
      const before = plain(found);
      const after = plain(check(rename(story.text), { registry: renamed, format: "markdown" }));
      const expected = JSON.parse(rename(JSON.stringify(before))) as unknown[];
      if (JSON.stringify(after) !== JSON.stringify(expected)) differences.push(story.name);
    }
    expect(differences).toEqual([]);
    // The stories hold findings of every rule: the comparison is not over nothing.
    expect([...rules].sort()).toEqual(["anonymous-source", "figure-mismatch", "inconsistent-duration", "inconsistent-elapsed-time", "misattributed-claim", "outdated-figure", "outdated-position", "phase-count-mismatch", "unattributed-position", "unsourced-figure"]);
  }, 120_000);
});

// A newsroom's own data for the war in Sudan, in the shape the default dataset has.
const SUDAN: RegistryDataInput = {
  sources: [
    { id: "sudan-un", name: "United Nations in Sudan", aliases: ["UN in Sudan"], type: "intergovernmental" },
    { id: "sudan-doctors-network", name: "Sudan Doctors Network", aliases: ["the doctors' network"], type: "ngo" },
  ],
  actors: [
    { id: "sudan-saf", name: "Sudanese Armed Forces", aliases: ["SAF", "Sudan's army", "the army"], party: true },
    { id: "sudan-rsf", name: "Rapid Support Forces", aliases: ["RSF", "the paramilitary"], party: true },
  ],
  places: [
    { id: "sudan", name: "Sudan", aliases: ["Sudanese"], demonyms: ["Sudanese"] },
    { id: "darfur", name: "Darfur", within: ["sudan"] },
    { id: "el-fasher", name: "El Fasher", aliases: ["El-Fasher", "Al-Fashir"], within: ["darfur"] },
    { id: "khartoum", name: "Khartoum", within: ["sudan"] },
  ],
  conflicts: [{ id: "sudan-war-2023", name: "the war in Sudan", aliases: ["Sudan's war", "Sudan war"], start: "2023-04-15", places: ["sudan"], parties: ["sudan-saf", "sudan-rsf"] }],
  series: [
    {
      id: "sudan-un-killed",
      title: "UN: people killed in Sudan's war, cumulative",
      source: "sudan-un",
      measure: "killed",
      population: { group: "people", place: "sudan" },
      conflict: "sudan-war-2023",
      cadence: "monthly",
      priority: 10,
    },
  ],
  claims: [
    ["2024-06-30", 16_600],
    ["2024-12-31", 20_000],
    ["2025-06-30", 24_800],
  ].map(([asOf, value]) => ({
    kind: "casualty" as const,
    id: `sudan-un-killed-${asOf}`,
    series: "sudan-un-killed",
    asOf: asOf as string,
    measure: "killed" as const,
    population: { group: "people", place: "sudan" },
    quantity: { value: value as number },
    citations: [{ source: "sudan-un", published: asOf as string }],
  })),
};

// Stories of other wars, written for these tests: attributed and unattributed tolls, war and siege
// ages, truce lengths; none is about anything the Gaza dataset covers.
const OTHER_WARS = [
  {
    name: "Sudan",
    date: "2025-07-10",
    text: "# Fighting rages around El Fasher as Sudan's war grinds on\n\nKHARTOUM, July 10 — More than 24,000 people have been killed in Sudan's war, according to the United Nations in Sudan, and at least 40 more died in shelling of El Fasher this week, the Sudan Doctors Network said.\n\nThe paramilitary Rapid Support Forces have besieged the city for over a year. The two-year war began in April 2023. Mediators proposed a 30-day humanitarian truce, and the army said it would consider a one-week pause.\n\nSome 150,000 people have been killed since the fighting began.",
  },
  {
    name: "Myanmar",
    date: "2025-03-02",
    text: "# Air strikes kill villagers in Sagaing\n\nYANGON, March 2 — Military air strikes killed at least 12 villagers in Sagaing region on Saturday, residents said. Since the February 2021 coup, more than 6,000 civilians have been killed, a monitoring group said.\n\nThe junta announced a 20-day ceasefire for relief work in the fourth year of the civil war.\n\nMore than 3.5 million people have been displaced.",
  },
  {
    name: "DR Congo",
    date: "2025-02-05",
    text: "# M23 declares a humanitarian truce after seizing Goma\n\nKINSHASA, Feb 5 — About 3,000 people were killed in the fighting for Goma, the United Nations said on Tuesday. The M23 rebels announced a two-week ceasefire from Tuesday.\n\nMore than 700,000 people have been displaced in the three-year conflict, which has lasted over three years.",
  },
];

const VALUE_RULES = new Set(["outdated-figure", "figure-mismatch", "inconsistent-elapsed-time", "inconsistent-duration"]);
const GAZA_BODIES = /Gaza|Ministry of Health|Government Media Office|OCHA|Hamas|Israel|Lebanon/;

describe("stories of other wars against the Gaza dataset", () => {
  const registry = defaultRegistry();
  it.each(OTHER_WARS)("judges no figure, war age or truce of the $name story against Gaza's data, and names no body of that war", ({ text, date }) => {
    const findings = check(text, { registry, date, format: "markdown" });
    // Nothing is judged against a registered report, start date or proposal: the value rules have
    // no registry evidence (two lengths the story itself gives may still be compared).
    expect(findings.filter((f) => VALUE_RULES.has(f.ruleId) && (f.ruleId !== "inconsistent-duration" || f.evidence.length > 0)).map((f) => `${f.ruleId} ${f.text}`)).toEqual([]);
    for (const f of findings) {
      expect(f.message).not.toMatch(GAZA_BODIES);
      for (const e of f.evidence) expect(registry.claim(e.claimId)?.kind).not.toBe("casualty");
    }
    // Their tolls still need a source: the language rules are the same for every war.
    expect(findings.some((f) => f.ruleId === "unsourced-figure")).toBe(true);
  });
});

describe("a registry with a second war merged in", () => {
  const gaza = defaultRegistry();
  const merged = gaza.with(SUDAN as Parameters<Registry["with"]>[0]);
  const sudanOnly = Registry.from(SUDAN);
  const sudan = OTHER_WARS[0]!;

  it("judges the Sudan story's figures and war age against Sudan's own data", () => {
    const findings = check(sudan.text, { registry: merged, date: sudan.date, format: "markdown" });
    const texts = findings.map((f) => `${f.ruleId} ${f.text}`);
    // Attributed and within Sudan's own series: clean; "over a year" of siege and a "two-year" war
    // measured from Sudan's start (15 April 2023), not Gaza's.
    expect(texts).not.toContain("outdated-figure More than 24,000");
    expect(texts).not.toContain("inconsistent-elapsed-time two-year");
    expect(texts).toContain("unsourced-figure Some 150,000");
    const unsourced = findings.find((f) => f.text === "Some 150,000")!;
    expect(unsourced.message).toMatch(/United Nations in Sudan/);
  });

  it("flags a stale Sudan toll against Sudan's series and offers its newer figure", () => {
    const stale = "# Sudan toll\n\nMore than 16,000 people have been killed in Sudan's war, according to the United Nations in Sudan.";
    const findings = check(stale, { registry: merged, date: "2025-07-10", format: "markdown" });
    const outdated = findings.find((f) => f.ruleId === "outdated-figure");
    expect(outdated?.message).toMatch(/United Nations in Sudan/);
    expect(outdated?.fixes?.[0]).toMatchObject({ kind: "replace", text: "24,000" });
  });

  it("gives every story of the other war the same findings with or without Gaza's data", () => {
    for (const story of OTHER_WARS) {
      expect(plain(check(story.text, { registry: merged, date: story.date, format: "markdown" })), story.name).toEqual(
        plain(check(story.text, { registry: sudanOnly, date: story.date, format: "markdown" })),
      );
    }
  });

  it("gives every Gaza story the same findings with or without Sudan's data", () => {
    const differences = stories()
      .filter((story) => !story.name.includes("/other-"))
      .filter((story) => JSON.stringify(plain(check(story.text, { registry: merged, format: "markdown" }))) !== JSON.stringify(plain(check(story.text, { registry: gaza, format: "markdown" }))))
      .map((story) => story.name);
    expect(differences).toEqual([]);
  });
});

describe("the Lebanese war's resumption", () => {
  const registry = defaultRegistry();
  const elapsed = (text: string, date: string) => check(text, { registry, date }).filter((f) => f.ruleId === "inconsistent-elapsed-time").map((f) => f.text);

  it("is data: the fighting resumed on the day the ministry restarted its count", () => {
    expect(registry.conflict("israel-hezbollah-war")?.resumed).toEqual(["2026-03-02"]);
  });

  it("lets a story count the war's age from its start or from the resumption, and from nothing else", () => {
    expect(elapsed("Hezbollah fired rockets at northern Israel after nearly six weeks of war in Lebanon.", "2026-04-10")).toEqual([]);
    expect(elapsed("Hezbollah fired rockets at northern Israel after two and a half years of war in Lebanon.", "2026-04-10")).toEqual([]);
    expect(elapsed("Hezbollah fired rockets at northern Israel after nearly six months of war in Lebanon.", "2026-04-10")).toEqual(["nearly six months"]);
    // Before the resumption, six weeks is no age of the war.
    expect(elapsed("Hezbollah fired rockets at northern Israel after nearly six weeks of war in Lebanon.", "2025-04-10")).toEqual(["nearly six weeks"]);
  });
});
