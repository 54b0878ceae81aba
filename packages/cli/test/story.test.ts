import { readFileSync } from "node:fs";
import { type Registry, check, parseInput } from "@factmark/core";
import { defaultRegistry } from "@factmark/dataset-gaza";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { type StoryCheck, type StoryContext, checkStory } from "../src/story.js";
import { foundingArticle } from "./run.js";

// What a writer types into a story: figures, attributions, durations, positions, paragraph breaks.
const typed = fc.constantFrom(
  "x", " ", "\n", "\n\n", "over 40,000 Palestinians were killed", ", according to the ministry", " a six-week ceasefire", " lasting 40 days", "Hamas rejected the proposal",
  "the UN declared famine", "More than 1,200 people were killed in Israel on Oct. 7.", "*", "[the ministry](https://moh.ps)", "# Talks", "",
);
const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 40 }), typed);

describe("checking a story again after an edit", () => {
  let registry: Registry;
  let context: StoryContext;
  const article = readFileSync(foundingArticle, "utf8");
  beforeAll(() => {
    registry = defaultRegistry();
    context = { registry, dates: { flag: undefined, config: undefined, today: "2024-05-04" }, read: parseInput };
  });

  for (const format of ["markdown", "text"] as const) {
    it(`finds what a full check of the ${format} finds, edit after edit`, () => {
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
          let text = article;
          let story: StoryCheck = checkStory(text, format, context);
          for (const [where, span, insert] of edits) {
            // Edits stay after the front matter, which holds the story's date.
            const body = text.indexOf("\n---\n", 4) + 5;
            const from = body + Math.floor(where * (text.length - body));
            const to = Math.min(text.length, from + span);
            text = text.slice(0, from) + insert + text.slice(to);
            story = checkStory(text, format, context, story, { from, to, length: insert.length });
            expect(story.findings).toEqual(check(text, { registry, format, date: "2024-05-04" }));
          }
        }),
        { numRuns: 40 },
      );
    }, 300_000);
  }

  it("reads the edited paragraph again and keeps the others' mentions", () => {
    const story = checkStory(article, "markdown", context);
    const at = article.indexOf("over a million") + "over a million".length;
    const text = `${article.slice(0, at)} people${article.slice(at)}`;
    const next = checkStory(text, "markdown", context, story, { from: at, to: at, length: " people".length });
    const kept = next.run.blocks.filter((block) => story.run.blocks.includes(block));
    expect(kept.length).toBe(next.run.blocks.length - 1);
    expect(next.findings).toEqual(check(text, { registry, format: "markdown" }));
  });

  it("dates a story by --date over its front matter, by its front matter over a setting, and by today when nothing else does", () => {
    const at = (dates: StoryContext["dates"], text = article) => checkStory(text, "markdown", { registry, dates, read: parseInput }).date;
    expect(at({ flag: "2024-06-20", config: "2024-05-01", today: "2025-01-01" })).toBe("2024-06-20");
    expect(at({ flag: undefined, config: "2024-05-01", today: "2025-01-01" })).toBe("2024-05-04");
    expect(at({ flag: undefined, config: "2024-05-01", today: "2025-01-01" }, "Over 34,000 killed.")).toBe("2024-05-01");
    expect(at({ flag: undefined, config: undefined, today: "2025-01-01" }, "Over 34,000 killed.")).toBe("2025-01-01");
  });
});
