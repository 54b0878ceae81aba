import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractMentions } from "../src/extract.js";
import { readNumeral } from "../src/numerals.js";
import { tokenize } from "../src/tokenize.js";

const SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** How a writer spells a numeral out: each choice is one a style guide or a wire desk makes. */
interface Style {
  /** "sixty-two" or "sixty two". */
  hyphenTens: boolean;
  /** "one hundred and twelve" (British) or "one hundred twelve". */
  andAfterHundred: boolean;
  /** "thirty thousand, four hundred" or "thirty thousand four hundred". */
  commaAfterScale: boolean;
  /** "Thirty-thousand", "four-hundred". */
  hyphenScale: boolean;
  /** "a hundred" for 100 at the start. */
  article: boolean;
}

function below100(n: number, style: Style): string {
  if (n < 20) return SMALL[n]!;
  const tens = TENS[Math.floor(n / 10)]!;
  return n % 10 === 0 ? tens : `${tens}${style.hyphenTens ? "-" : " "}${SMALL[n % 10]}`;
}

function below1000(n: number, style: Style, first: boolean): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (!hundreds) return below100(rest, style);
  const head = `${first && style.article && hundreds === 1 ? "a" : below100(hundreds, style)}${style.hyphenScale && !(first && style.article && hundreds === 1) ? "-" : " "}hundred`;
  if (!rest) return head;
  return `${head} ${style.andAfterHundred ? "and " : ""}${below100(rest, style)}`;
}

/** Spells `n` (1 to 999,999,999) out in words, in the given style. */
export function spell(n: number, style: Style): string {
  const parts: string[] = [];
  const scales: [number, string][] = [[1_000_000, "million"], [1_000, "thousand"]];
  let rest = n;
  for (const [value, name] of scales) {
    const count = Math.floor(rest / value);
    rest %= value;
    if (!count) continue;
    parts.push(`${below1000(count, style, parts.length === 0)}${style.hyphenScale && count < 100 ? "-" : " "}${name}`);
  }
  if (rest) {
    const last = below1000(rest, style, parts.length === 0);
    // British style puts "and" before a last group under a hundred ("thirty thousand and twelve").
    // Nobody puts a comma before a last group under a hundred: "thirty thousand twelve", never "thirty thousand, twelve".
    if (parts.length && rest < 100) return `${parts.join(style.commaAfterScale ? ", " : " ")} ${style.andAfterHundred ? "and " : ""}${last}`;
    parts.push(last);
  }
  return parts.join(style.commaAfterScale ? ", " : " ");
}

function read(text: string): { value: number; text: string } | undefined {
  const tokens = tokenize(text);
  const numeral = readNumeral(tokens, 0);
  return numeral && { value: numeral.value, text: text.slice(numeral.from, numeral.to) };
}

const style = fc.record({ hyphenTens: fc.boolean(), andAfterHundred: fc.boolean(), commaAfterScale: fc.boolean(), hyphenScale: fc.boolean(), article: fc.boolean() });

describe("numbers written in words, read as English numerals", () => {
  it("reads every numeral up to a billion, however it is hyphenated, joined with 'and' or punctuated, as its value", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), style, fc.boolean(), (n, s, capital) => {
        let words = spell(n, s);
        if (capital) words = words[0]!.toUpperCase() + words.slice(1);
        const text = `${words} people were killed`;
        expect(read(text), text).toEqual({ value: n, text: words });
      }),
      { numRuns: 2000 },
    );
  });

  it("reads the small numbers, where the styles meet, exhaustively", () => {
    for (let n = 1; n < 2000; n++) {
      for (const hyphenTens of [true, false]) {
        const words = spell(n, { hyphenTens, andAfterHundred: n % 2 === 0, commaAfterScale: false, hyphenScale: n % 3 === 0, article: false });
        expect(read(`${words} people`)?.value, words).toBe(n);
      }
    }
  });

  // What each phrase must read as: its value, and the words the numeral covers.
  const TABLE: [string, number, string][] = [
    ["One-hundred and sixty-two people", 162, "One-hundred and sixty-two"],
    ["Thirty-thousand, four-hundred and twelve people", 30_412, "Thirty-thousand, four-hundred and twelve"],
    ["Some three million, two hundred thousand people", 3_200_000, "three million, two hundred thousand"],
    ["one and a half million people", 1_500_000, "one and a half million"],
    ["two and a half thousand families", 2_500, "two and a half thousand"],
    ["three point four million people", 3_400_000, "three point four million"],
    ["one point two five million doses", 1_250_000, "one point two five million"],
    ["half a million people", 500_000, "half a million"],
    ["a quarter of a million people", 250_000, "a quarter of a million"],
    ["half a dozen ambulances", 6, "half a dozen"],
    ["two dozen trucks", 24, "two dozen"],
    ["nineteen hundred people", 1_900, "nineteen hundred"],
    ["a hundred and ten people", 110, "a hundred and ten"],
    ["a thousand people", 1_000, "a thousand"],
    ["twenty one people", 21, "twenty one"],
  ];
  it.each(TABLE)("%s → %d", (text, value, words) => {
    expect(read(text.replace(/^Some /, ""))).toEqual({ value, text: words });
  });

  // Runs of number words that are not one numeral stop where the grammar stops.
  const NOT_ONE: [string, string][] = [
    ["five six people", "five"],
    ["two million, three million people", "two million"],
    ["twenty thirty people", "twenty"],
    ["four hundred, five hundred", "four hundred"],
    ["one million, ten people", "one million"],
  ];
  it.each(NOT_ONE)("%s stops after %s", (text, words) => {
    expect(read(text)?.text).toBe(words);
  });

  it("reads nothing where no numeral starts", () => {
    for (const text of ["a village", "half the city", "an agency said", "point four", "and a half million"]) expect(read(text), text).toBeUndefined();
  });

  it("reads digits followed by the words of a fraction and a scale as one figure", () => {
    const block = extractMentions("About 1 and a half million people have fled their homes, the agency said.", { date: "2024-05-01" });
    const count = block.mentions.find((m) => m.kind === "count");
    expect(count && count.kind === "count" ? { value: count.quantity, text: count.text } : undefined).toEqual({ value: { value: 1_500_000, qualifier: "about", rounding: 500_000 }, text: "About 1 and a half million" });
  });
});
