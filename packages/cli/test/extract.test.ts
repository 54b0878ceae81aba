import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { factmark, factmarkJson, fixtures, foundingArticle, lineColumnOf } from "./run.js";

interface JsonMention {
  kind: string;
  from: number;
  to: number;
  line: number;
  column: number;
  text: string;
  value?: number | { min: number; max: number };
  qualifier?: string;
  unit?: string;
  date?: string;
  [key: string]: unknown;
}
interface JsonExtract {
  files: { path: string; date: string; mentions: JsonMention[] }[];
}

describe("factmark extract", () => {
  it("prints each mention's value as a number, or as {min, max} for a range", () => {
    const file = join(fixtures, "plain.txt");
    const { status, json } = factmarkJson<JsonExtract>(["extract", file, "--date", "2024-05-04", "--format", "json"]);
    expect(status).toBe(0);
    const text = readFileSync(file, "utf8");
    const mentions = json.files[0]!.mentions;
    for (const m of mentions) {
      expect(m.text).toBe(text.slice(m.from, m.to));
      expect({ line: m.line, column: m.column }).toEqual(lineColumnOf(text, m.from));
    }
    expect(mentions.find((m) => m.text === "Over 34,000")).toMatchObject({ kind: "count", value: 34000, qualifier: "over", measure: "killed", place: "gaza" });
    expect(mentions.find((m) => m.text === "hundreds of thousands")).toMatchObject({ kind: "count", value: { min: expect.any(Number), max: expect.any(Number) } });
    const range = mentions.find((m) => m.text === "hundreds of thousands")!.value as { min: number; max: number };
    expect(range.min).toBeLessThan(range.max);
    expect(mentions.find((m) => m.text === "six-week")).toMatchObject({ kind: "duration", value: 6, unit: "week" });
  });

  it("maps Markdown mentions to offsets in the raw file, front matter included, and resolves dates against the front matter date", () => {
    const file = join(fixtures, "story.md");
    const { json } = factmarkJson<JsonExtract>(["extract", file, "--format", "json"]);
    const text = readFileSync(file, "utf8");
    expect(json.files[0]!.date).toBe("2024-05-04");
    const mentions = json.files[0]!.mentions;
    for (const m of mentions) expect(m.text).toBe(text.slice(m.from, m.to));
    expect(mentions.find((m) => m.kind === "date")).toMatchObject({ text: "Oct. 7", date: "2023-10-07" });
    expect(mentions.find((m) => m.text === "over 40,000")).toMatchObject({ value: 40000, qualifier: "over", line: 8, column: 36 });
  });

  it("lists each party's stated position with its actor, stance and source", () => {
    const file = foundingArticle;
    const { status, json } = factmarkJson<JsonExtract>(["extract", file, "--format", "json"]);
    expect(status).toBe(0);
    const text = readFileSync(file, "utf8");
    const positions = json.files[0]!.mentions.filter((m) => m.kind === "position");
    for (const m of positions) expect(m.text).toBe(text.slice(m.from, m.to));
    const hamas = positions.find((m) => m.text.startsWith("Hamas has been pushing for"));
    expect(hamas).toMatchObject({ actor: "Hamas", stance: "demands", verb: "pushing for", topic: expect.stringContaining("cessation of hostilities") });
    expect(hamas?.attribution).toBeUndefined();
    const table = factmark(["extract", file]);
    expect(table.stdout).toMatch(/position +Hamas has been pushing for .*actor: Hamas, stance: \w+/);
  });

  it("prints a table for people by default", () => {
    const run = factmark(["extract", join(fixtures, "plain.txt"), "--date", "2024-05-04"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ {2}1:1 +count +Over 34,000 +over 34,000 +measure: killed/m);
    // "a six-week ceasefire was proposed" is a passive: no stance of "ceasefire".
    expect(run.stdout).not.toMatch(/actor: [^,]*ceasefire/);
    expect(run.stdout.trimEnd().split("\n").pop()).toBe("4 mentions in 1 file");
  });
});
