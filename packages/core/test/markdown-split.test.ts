import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMarkdownBody } from "../src/formats/markdown.js";
import { readFoundingArticle } from "./helpers.js";

// Lines a newsroom's Markdown is made of, plain and marked up, including every construct that
// changes how the lines around it parse (lists, quotes, code, HTML, comments, front matter, setext
// underlines, references).
const line = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("Over 34,000 Palestinians have been killed, according to the ministry.", "The talks resumed in Cairo on Saturday.", "1.2 million people are sheltering in Rafah.", "“We will not accept,” he said.", "2024 was the deadliest year.") },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      "# Heading", "## Sub", "# # hash first", "## closed ##", "#\tTab heading", "# ends#", "####### seven", "# ", "### 34,000 killed ###  ", "# *marked* head", "> quoted 40 days", "- item 35,000", "* star", "+ plus", "1. first", "2) second", "3.", "10)", "    indented code", "\tTab", "  two spaces",
      "---", "===", "***", "___", "Title", "```", "~~~", "<div>", "</div>", "<!-- factmark-disable-next-line unsourced-figure -->", "<!--", "-->",
      "<script>", "</script>", "[ref]: https://example.org", "see [the ministry](https://moh.ps) said", "*over* 34,000", "a_b_c", "`code`", "&amp; more",
      "trailing  ", "back\\", "x | y", "<https://x.org>", "---\ndate: 2024-05-04\n---", "a\r\nb", "", "", "",
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
// A line is one to three fragments, so markup also turns up mid-line ("figures *over* 34,000").
const joined = fc.array(line, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(" "));
const markdown = fc.array(fc.oneof(line, joined), { maxLength: 30 }).map((lines) => lines.join("\n"));

describe("the Markdown split into plain paragraphs and micromark runs", () => {
  it("gives exactly the blocks, maps, directives and date of a whole-document parse", () => {
    fc.assert(
      fc.property(markdown, (input) => {
        let whole: unknown;
        try {
          whole = parseMarkdownBody(input, false);
        } catch (error) {
          expect(() => parseMarkdownBody(input, true)).toThrow((error as Error).message);
          return;
        }
        expect(parseMarkdownBody(input, true)).toEqual(whole);
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it("parses the founding article the same either way", () => {
    const input = readFoundingArticle();
    const split = parseMarkdownBody(input, true);
    expect(split.blocks.length).toBeGreaterThan(5);
    expect(split).toEqual(parseMarkdownBody(input, false));
  });

  it("reads a front matter that holds a blank line, and does not take a later --- for front matter", () => {
    const input = "---\ntitle: Talks\n\ndate: 2024-05-04\n---\nOver 34,000 killed.\n\n---\ndate: 2025-01-01\n---\n";
    const doc = parseMarkdownBody(input, true);
    expect(doc.date).toBe("2024-05-04");
    expect(doc).toEqual(parseMarkdownBody(input, false));
  });
});

describe("front matter read without micromark", () => {
  // Front matter as writers and tools leave it: dates, titles, lists, blank lines, a "..." or a
  // "----" that is not its closing fence, trailing spaces, YAML that is not valid.
  const yamlLine = fc.constantFrom(
    "date: 2024-05-04", "date: 2024-06-20", "title: \"Talks resume\"", "title: Cairo: talks", "tags: [gaza, talks]", "- item", "", "...", "----", "--- ",
    "date: 2024-02-30", "date: [", "  nested: 1", "# comment", "author: AP", "date: 2024-05-04T10:00:00Z",
  );
  const opening = fc.constantFrom("---", "--- ", "---\t");
  const closing = fc.constantFrom("---", "---  ", "...");
  const body = fc.array(line, { maxLength: 6 }).map((lines) => lines.join("\n"));
  const document = fc.tuple(opening, fc.array(yamlLine, { maxLength: 5 }), closing, body).map(([open, yaml, close, rest]) => [open, ...yaml, close, rest].join("\n"));

  it("gives exactly what micromark's front matter extension gives, errors included", () => {
    fc.assert(
      fc.property(document, (input) => {
        let whole: unknown;
        try {
          whole = parseMarkdownBody(input, false);
        } catch (error) {
          expect(() => parseMarkdownBody(input, true)).toThrow((error as Error).message);
          return;
        }
        expect(parseMarkdownBody(input, true)).toEqual(whole);
      }),
      { numRuns: 1500 },
    );
  }, 60_000);
});
