// The benchmarks' shared corpus: the invented wire-copy paragraphs of corpus/paragraphs.md, and a
// seeded PRNG to repeat, shuffle and vary them, so every run and every machine measures the same text.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The repository root, with a trailing slash. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** The date every benchmark checks its stories as of. */
export const DATE = "2024-06-20";
/** The PRNG seed every benchmark builds its stories with. */
export const SEED = 20240620;

/** The paragraphs of bench/corpus/paragraphs.md (no headings, no comments). */
export function readCorpusParagraphs() {
  return readFileSync(new URL("./paragraphs.md", import.meta.url), "utf8")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith("<!--") && !p.startsWith("#"));
}

/** mulberry32: a small seeded PRNG. Returns a function giving numbers in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy of `items` (Fisher–Yates with `rand`). */
export function shuffle(items, rand) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Half the paragraphs get their grouped figures ("37,396") nudged by up to 10%, so repeated
 * paragraphs are not the same strings over and over.
 */
export function varyFigures(paragraph, rand) {
  return rand() < 0.5
    ? paragraph
    : paragraph.replace(/\b\d{1,3}(?:,\d{3})+\b/g, (m) => Math.round(Number(m.replace(/,/g, "")) * (0.9 + rand() * 0.2)).toLocaleString("en-US"));
}

/**
 * Deals paragraphs from shuffled decks of `paragraphs`, with grouped figures nudged
 * ({@link varyFigures}): each call returns paragraphs until they reach `minWords` words, and the
 * deck carries over from call to call.
 */
export function paragraphDealer(paragraphs, rand) {
  let deck = [];
  return (minWords) => {
    const out = [];
    let words = 0;
    while (words < minWords) {
      if (deck.length === 0) deck = shuffle(paragraphs, rand);
      const p = varyFigures(deck.pop(), rand);
      out.push(p);
      words += p.split(/\s+/).length;
    }
    return { paragraphs: out, words };
  };
}
