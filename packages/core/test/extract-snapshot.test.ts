// The extractor's whole output over every story fixture, the benchmark paragraphs and a slice of
// adversarial text, compared with a reviewed snapshot. Speed work on the tokenizer and the
// extractor must not change what they read; when a change is meant, regenerate the snapshot and
// review its diff:
//
//   cd packages/core && FACTMARK_UPDATE_SNAPSHOT=1 npx vitest run test/extract-snapshot.test.ts
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ExtractedBlock, extractMentions, parseMarkdown, parseText } from "../src/index.js";
import { adversarialText, mayRegistry, repoRoot } from "./helpers.js";

const SNAPSHOT = new URL("./fixtures/extract-snapshot.json", import.meta.url);
// The places and actors of the Gaza war, as the fixture registry holds them.
const world = mayRegistry().world();
// The benchmark's document date, for inputs without front matter.
const DEFAULT_DATE = "2024-06-20";

// Date phrasings chrono reads, and near misses it must not, one paragraph each: the fixtures hold
// few of them, and date reading is where a faster configuration could drift.
const DATE_PHRASES = [
  "The war began on Oct. 7 when Hamas attacked Israel.",
  "Talks resumed on Saturday, May 4, 2024, in Cairo.",
  "Officials met last Tuesday and again on Thursday's session.",
  "The strike came on 7 October, a day after the vote on Friday.",
  "Since October 7, 2023, more than 34,000 people have been killed.",
  "Negotiators said yesterday that a deal could come today or tomorrow.",
  "The ceasefire took effect on Jan. 19, 2025 at 8:30 a.m. local time.",
  "The proposal of May 6 was rejected on Monday night.",
  "In May 2024 the talks stalled; in December they resumed.",
  "May we see a truce by next Friday, the ministry asked.",
  "Fighting resumed after 10 days on Monday, and 40 days ago on Sunday the truce ended.",
  "Two weeks later in June, the crossing reopened on Wednesday at 3 p.m.",
  "On the 3rd of March and on March 3rd aid trucks entered.",
  "Sept. 11, 2001 and Nov 4 1995 are cited in the report of Sunday.",
  "The army said on Wednesday evening that 5 hours from now on Thursday the operation would end.",
  "Mid-May and early June saw the heaviest fighting, officials said this morning.",
  "A 42-day truce began on Jan. 19 and was to last until March 1.",
  "By Saturday, 1,200 people had fled; from 23 April the crossing was shut.",
  "The report dated 2024-05-04 and the briefing of 05/06/2024 on Tuesday were cited.",
  "Tonight and last night strikes hit Rafah, a Monday after Sunday's talks.",
  "Feb. 29, 2024 and Feb. 30 were both named; April 31 is no date.",
  "He was born in 1990 and said on Friday the 13th that talks were over.",
];

interface Input {
  /** Path from the repository root, or a name for generated text. */
  name: string;
  text: string;
  format: "markdown" | "text";
}

/** Every input, in a fixed order. */
function inputs(): Input[] {
  const out: Input[] = [];
  for (const suite of ["stories", "negotiations"]) {
    const dir = `packages/dataset-gaza/test/fixtures/${suite}`;
    for (const name of readdirSync(`${repoRoot}${dir}`).sort()) {
      const path = `${dir}/${name}/input.md`;
      if (existsSync(`${repoRoot}${path}`)) out.push({ name: path, text: readFileSync(`${repoRoot}${path}`, "utf8"), format: "markdown" });
    }
  }
  out.push({ name: "bench/corpus/paragraphs.md", text: readFileSync(`${repoRoot}bench/corpus/paragraphs.md`, "utf8"), format: "markdown" });
  out.push({ name: "adversarialText(40000)", text: adversarialText(40_000), format: "text" });
  out.push({ name: "DATE_PHRASES", text: DATE_PHRASES.join("\n\n"), format: "text" });
  return out;
}

/** The extraction of one input, block by block, without each block's text (the input holds it). */
function extractAll(input: Input): { date: string; blocks: Omit<ExtractedBlock, "text">[] } {
  const doc = input.format === "markdown" ? parseMarkdown(input.text) : parseText(input.text);
  const date = doc.date ?? DEFAULT_DATE;
  return {
    date,
    blocks: doc.blocks.map((block) => {
      const { text: _text, ...rest } = extractMentions(block.text, { date, world });
      return rest;
    }),
  };
}

/** A JSON round trip, so optional fields left undefined compare like the stored snapshot. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("extractMentions snapshot", () => {
  const all = inputs();
  const actual = Object.fromEntries(all.map((input) => [input.name, plain(extractAll(input))]));

  if (process.env.FACTMARK_UPDATE_SNAPSHOT === "1") {
    writeFileSync(SNAPSHOT, `${JSON.stringify(actual, null, 1)}\n`);
  }
  const expected = JSON.parse(readFileSync(SNAPSHOT, "utf8")) as Record<string, unknown>;

  it("covers the same inputs as the stored snapshot", () => {
    expect(Object.keys(actual)).toEqual(Object.keys(expected));
    expect(all.length).toBeGreaterThan(70);
  });

  it.each(all.map((input) => input.name))("reads %s exactly as the stored snapshot does", (name) => {
    expect(actual[name]).toEqual(expected[name]);
  });
});
