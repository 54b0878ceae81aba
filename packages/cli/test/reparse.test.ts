import { readFileSync } from "node:fs";
import { parseInput } from "@factmark/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reparseEdit } from "../src/reparse.js";
import { foundingArticle } from "./run.js";

// Lines a story is made of: prose, and every construct that changes how the lines around it read.
const line = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("Over 34,000 Palestinians have been killed, according to the ministry.", "The talks resumed in Cairo on Saturday.", "“We will not accept,” he said.", "(Reuters) Mediators met again.", "Negotiators left", "") },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "# Heading", "> quoted 40 days", "- item 35,000", "1. first", "    indented code", "  two spaces", "---", "===", "```", "~~~", "<div>", "<!-- factmark-disable-next-line unsourced-figure -->",
      "<!-- factmark-disable -->", "<!-- factmark-enable -->", "<!--", "-->", "[ref]: https://example.org", "see [the ministry](https://moh.ps) said", "*over* 34,000", "trailing  ", "tab\t", "a\r", "---\ndate: 2024-05-04\n---",
    ),
  },
);
const story = fc.array(line, { minLength: 1, maxLength: 16 }).map((lines) => lines.join("\n"));
// What a writer types or pastes: letters, spaces, line breaks, paragraph breaks and markup.
const typed = fc.constantFrom("a", "x", " ", "  ", "\n", "\n\n", ".", "“", "7", "- ", "# ", "*", "[", "<", "```", "---", "\t", "", "Over 35,000 killed", "\n    code");

/** An edit of `text`: a range and what replaces it. */
const edited = story.chain((text) =>
  fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: 12 }), typed).map(([from, span, insert]) => {
    const to = Math.min(text.length, from + span);
    return { text, from, to, insert, next: text.slice(0, from) + insert + text.slice(to) };
  }),
);

describe("re-reading only the edited paragraphs", () => {
  for (const format of ["markdown", "text"] as const) {
    it(`gives exactly the blocks of parsing the whole ${format} text, whenever it takes the edit`, () => {
      let taken = 0;
      fc.assert(
        fc.property(edited, ({ text, from, to, insert, next }) => {
          let before;
          try {
            before = parseInput(text, format);
          } catch {
            return;
          }
          const after = reparseEdit(before, text, next, { from, to, length: insert.length }, parseInput);
          if (!after) return;
          taken += 1;
          expect(after).toEqual(parseInput(next, format));
        }),
        // Found once: a paragraph typed after an unclosed HTML comment is inside the comment.
        { numRuns: 3000, examples: [[{ text: "<!--\n\n", from: 6, to: 6, insert: "a", next: "<!--\n\na" }]] },
      );
      // The property says something only if the fast path is taken often.
      expect(taken).toBeGreaterThan(300);
    }, 120_000);
  }

  it("takes a keystroke in a paragraph of the founding article, keeping the other blocks as they were", () => {
    const text = readFileSync(foundingArticle, "utf8");
    const before = parseInput(text, "markdown");
    const at = text.indexOf("over a million") + 4;
    const next = `${text.slice(0, at)}x${text.slice(at)}`;
    const after = reparseEdit(before, text, next, { from: at, to: at, length: 1 }, parseInput);
    expect(after).toEqual(parseInput(next, "markdown"));
    const edited = after!.blocks.findIndex((b) => b.text.includes("overx a million"));
    expect(after!.blocks.slice(0, edited)).toEqual(before.blocks.slice(0, edited));
    after!.blocks.slice(0, edited).forEach((block, i) => expect(block).toBe(before.blocks[i]));
    // Blocks after the edit keep their text (the same string), one character further on.
    expect(after!.blocks[edited + 1]!.text).toBe(before.blocks[edited + 1]!.text);
    expect(after!.blocks[edited + 1]!.map[0]!.source).toBe(before.blocks[edited + 1]!.map[0]!.source + 1);
  });

  it("declines edits that touch markup, front matter, or a paragraph a comment turns rules off for", () => {
    const text = "---\ndate: 2024-05-04\n---\n\nOver 34,000 were killed.\n\n<!-- factmark-disable-next-line -->\nOver 35,000 were killed.\n\n- a list item\n";
    const before = parseInput(text, "markdown");
    const edit = (at: number, insert: string) => reparseEdit(before, text, text.slice(0, at) + insert + text.slice(at), { from: at, to: at, length: insert.length }, parseInput);
    expect(edit(text.indexOf("34,000"), "x")).toBeDefined();
    expect(edit(text.indexOf("34,000"), "*")).toBeUndefined();
    expect(edit(text.indexOf("2024"), "1")).toBeUndefined();
    expect(edit(text.indexOf("35,000"), "1")).toBeUndefined();
    expect(edit(text.indexOf("a list"), "x")).toBeUndefined();
  });
});
