import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { FactmarkError, type Finding, type RuleId } from "@factmark/core";
import { suiteRegistry } from "../src/registry.js";
import { afterAll, describe, expect, it } from "vitest";
import { type Evaluation, evaluateSuite } from "../src/evaluate.js";
import { formatLike, generatePerturbations, readNumbers } from "../src/perturb.js";
import { formatReport, formatScores } from "../src/report.js";
import { parseStory, type Story } from "../src/story.js";
import { loadStories, scoreStory, scoreSuite } from "../src/suite.js";

const SCORES = new URL("../scores.json", import.meta.url);
const UPDATE = process.env.FACTMARK_UPDATE_SCORES === "1";
const files = { story: "stories/toll-test/story.md", annotations: "stories/toll-test/annotations.json" };

const MARKDOWN = `---
date: 2024-05-04
style: reuters
conflict: gaza
topic: toll
---

# Gaza toll passes 34,600 -ministry

More than 34,600 Palestinians have been killed, the health ministry said on Saturday.

Hamas has rejected the proposal. Some 1.2 million people are sheltering in Rafah.
`;

const item = (text: string, extra: Record<string, unknown> = {}) => ({ text, type: "figure", expect: [], reason: "why", ...extra });
const annotations = (items: unknown[], perturbations: unknown[] = []) => JSON.stringify({ items, perturbations });

function story(items: unknown[], perturbations: unknown[] = [], markdown = MARKDOWN): Story {
  return parseStory("toll-test", markdown, annotations(items, perturbations), files);
}

function thrown(run: () => unknown): FactmarkError {
  try {
    run();
  } catch (error) {
    if (error instanceof FactmarkError) return error;
    throw error;
  }
  throw new Error("expected a FactmarkError, nothing was thrown");
}

function finding(ruleId: RuleId, from: number, to: number, markdown = MARKDOWN): Finding {
  return { ruleId, severity: "warning", message: `${ruleId} here`, from, to, text: markdown.slice(from, to), evidence: [], fixes: [] };
}

describe("the suite", () => {
  let evaluation: Evaluation | undefined;
  const evaluate = () => {
    evaluation ??= evaluateSuite(suiteRegistry());
    return evaluation;
  };

  it("loads every story without a malformed annotation", () => {
    expect(evaluate().problems.map((p) => p.message)).toEqual([]);
  });

  it("measures exactly the counts in scores.json (FACTMARK_UPDATE_SCORES=1 rewrites it)", () => {
    const measured = formatScores(evaluate());
    if (UPDATE) {
      writeFileSync(SCORES, `${JSON.stringify(measured, null, 2)}\n`);
      return;
    }
    expect(existsSync(SCORES), "scores.json is missing: run FACTMARK_UPDATE_SCORES=1 npm test -w @factmark/eval-real-copy").toBe(true);
    const committed = JSON.parse(readFileSync(SCORES, "utf8")) as unknown;
    expect(measured, "the suite's figures changed: review them (npm run score -w @factmark/eval-real-copy) and rewrite scores.json with FACTMARK_UPDATE_SCORES=1").toEqual(committed);
  });

  it("prints a report naming every rule, false positive, miss and perturbation kind", () => {
    const report = formatReport(evaluate());
    for (const ruleId of Object.keys(evaluate().score.rules)) expect(report).toContain(ruleId);
    expect(report).toContain("overall (micro)");
    expect(report).toContain(`False positives (${evaluate().score.overall.fp})`);
    expect(report).toContain(`Misses (${evaluate().score.overall.fn})`);
    expect(report).toContain("redated-stayed-clean");
  });
});

describe("the annotation loader", () => {
  it("locates each item at the n-th appearance of its text after the front matter", () => {
    const parsed = story([item("34,600", { occurrence: 2 })]);
    expect(parsed.items[0]?.from).toBe(MARKDOWN.indexOf("34,600", MARKDOWN.indexOf("34,600") + 1));
    expect(parsed.frontMatter.date).toBe("2024-05-04");
    expect(parsed.kind).toBe("toll");
  });

  it("rejects a text that is not in the story, naming the file, the path and the story", () => {
    const error = thrown(() => story([item("more than 40,000")]));
    expect(error.code).toBe("invalid-input");
    expect(error.message).toContain("stories/toll-test/annotations.json");
    expect(error.message).toContain("items[0].text");
    expect(error.message).toContain('"more than 40,000"');
    expect(error.message).toContain("it does not appear");
    expect(error.location?.path).toEqual(["items", 0, "text"]);
  });

  it("rejects an occurrence beyond the appearances of the text", () => {
    expect(thrown(() => story([item("34,600", { occurrence: 3 })])).message).toContain("it appears 2 times");
  });

  it("rejects an unknown rule id with zod's path", () => {
    const error = thrown(() => story([item("34,600", { expect: ["stale-figure"] })]));
    expect(error.message).toContain("stories/toll-test/annotations.json: invalid annotations");
    expect(error.message).toContain("items[0].expect[0]");
    expect(error.location?.path).toEqual(["items", 0, "expect", 0]);
  });

  it("rejects annotations that are not JSON", () => {
    const error = thrown(() => parseStory("toll-test", MARKDOWN, '{ "items": [ { "text": "34,600", } ] }', files));
    expect(error.code).toBe("parse-error");
    expect(error.message).toMatch(/^stories\/toll-test\/annotations\.json: not valid JSON/);
  });

  it("rejects a misspelt field, a series without its qualifier and value, and an unknown series or qualifier", () => {
    expect(thrown(() => story([item("34,600", { occurence: 2 })])).message).toContain('Unrecognized key: "occurence"');
    expect(thrown(() => story([item("34,600", { series: "gaza-killed" })])).message).toContain("needs qualifier and value too");
    expect(story([item("34,600", { qualifier: "more than", value: 34600 })]).warnings[0]).toContain("has a qualifier or value but no series");
    expect(thrown(() => story([item("34,600", { series: "gaza-dead", qualifier: "over", value: 34600 })])).message).toContain('unknown series "gaza-dead"');
    expect(thrown(() => story([item("34,600", { series: "gaza-killed", qualifier: "well over", value: 34600 })])).message).toContain('unknown qualifier "well over"');
  });

  it("rejects an attribution that is not in the story and an item annotated twice", () => {
    expect(thrown(() => story([item("34,600", { attribution: ", the ministry said" })])).message).toContain("items[0].attribution");
    expect(thrown(() => story([item("34,600"), item("34,600")])).message).toContain("a second time");
  });

  it("rejects a perturbation whose expected text is not in the changed story", () => {
    const perturbation = { kind: "stance-source", replace: { text: "Hamas has rejected", with: "Hamas rejected" }, expect: [{ ruleId: "unattributed-position", text: "Hamas has rejected" }] };
    expect(thrown(() => story([], [perturbation])).message).toContain("perturbations[0].expect[0].text");
  });

  it("rejects a story id without its kind, and a front matter without a date", () => {
    expect(thrown(() => parseStory("reuters-2024", MARKDOWN, annotations([]), files)).message).toContain("toll-, talks-, other- or mixed-");
    expect(thrown(() => story([], [], MARKDOWN.replace("date: 2024-05-04\n", ""))).message).toContain("invalid front matter");
  });

  it("warns about a text found inside a longer number, and a clean figure truth.mjs judges never true", () => {
    expect(story([item("4,600")]).warnings[0]).toContain("inside a longer word or number");
    expect(story([item("34,600", { series: "gaza-killed", qualifier: "more than", value: 40000 })]).warnings[0]).toContain('judges gaza-killed "more than" 40000 never-true on 2024-05-04');
  });

  it("lists a malformed story among the problems with its file, and loads the others", () => {
    const dir = mkdtempSync(join(tmpdir(), "real-copy-"));
    try {
      for (const [id, json] of [
        ["toll-good", annotations([item("34,600")])],
        ["toll-bad", annotations([item("34,600", { expect: ["nope"] })])],
      ] as const) {
        mkdirSync(join(dir, "stories", id), { recursive: true });
        writeFileSync(join(dir, "stories", id, "story.md"), MARKDOWN);
        writeFileSync(join(dir, "stories", id, "annotations.json"), json);
      }
      mkdirSync(join(dir, "stories", "toll-unfinished"));
      const { stories, problems } = loadStories(pathToFileURL(join(dir, "stories/")));
      expect(stories.map((s) => s.id)).toEqual(["toll-good"]);
      expect(problems.map((p) => p.id)).toEqual(["toll-bad", "toll-unfinished"]);
      expect(problems[0]?.message).toContain("stories/toll-bad/annotations.json: invalid annotations");
      expect(problems[1]?.message).toContain("stories/toll-unfinished/story.md and stories/toll-unfinished/annotations.json missing");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the scorer's matching", () => {
  const parsed = story([
    item("More than 34,600", { expect: ["unsourced-figure", "outdated-figure"] }),
    item("34,600", { reason: "headline, sourced after the dash" }),
    { text: "Hamas has rejected", type: "stance", expect: ["unattributed-position"], reason: "no source" },
  ]);
  const at = (text: string, occurrence = 1) => {
    let from = -1;
    for (let n = 0; n < occurrence; n++) from = MARKDOWN.indexOf(text, from + 1);
    return from;
  };
  const body = at("More than 34,600");
  const findings = [
    finding("unsourced-figure", body + 10, body + 16), // overlaps the expected item: a true positive
    finding("unsourced-figure", body, body + 16), // a second finding on the same pair: neither TP nor FP again
    finding("unsourced-figure", at("34,600"), at("34,600") + 6), // on the clean headline item
    finding("anonymous-source", at("Some 1.2 million"), at("Some 1.2 million") + 16), // on no item
    finding("outdated-figure", at("Hamas has rejected"), at("Hamas has rejected") + 5), // right place, wrong rule
  ];
  const scored = scoreStory(parsed, findings);

  it("counts an expected pair once when findings of its rule overlap the item", () => {
    expect(scored.found.map((f) => [f.ruleId, f.item.text])).toEqual([["unsourced-figure", "More than 34,600"]]);
  });

  it("counts an expected pair with no finding of its rule on the item as a miss", () => {
    expect(scored.misses.map((m) => [m.ruleId, m.item.text])).toEqual([
      ["outdated-figure", "More than 34,600"],
      ["unattributed-position", "Hamas has rejected"],
    ]);
  });

  it("classifies false positives as on a clean item or unannotated", () => {
    expect(scored.falsePositives.map((fp) => [fp.finding.ruleId, fp.finding.text, fp.item?.text ?? null])).toEqual([
      ["unsourced-figure", "34,600", "34,600"],
      ["anonymous-source", "Some 1.2 million", null],
      ["outdated-figure", "Hamas", "Hamas has rejected"],
    ]);
  });

  it("adds up precision and recall per rule, overall and per kind of story", () => {
    const suite = scoreSuite([scored]);
    expect(suite.rules["unsourced-figure"]).toEqual({ tp: 1, fp: 1, fn: 0, fpCleanItem: 1, fpUnannotated: 0, precision: 0.5, recall: 1 });
    expect(suite.rules["outdated-figure"]).toMatchObject({ tp: 0, fp: 1, fn: 1, precision: 0, recall: 0 });
    expect(suite.rules["anonymous-source"]).toMatchObject({ tp: 0, fp: 1, fn: 0, fpUnannotated: 1, recall: null });
    expect(suite.rules["misattributed-claim"]).toMatchObject({ precision: null, recall: null });
    expect(suite.overall).toMatchObject({ tp: 1, fp: 3, fn: 2, fpCleanItem: 2, fpUnannotated: 1, precision: 0.25, recall: 1 / 3 });
    expect(suite.kinds.toll).toEqual(suite.overall);
    expect(suite.kinds.talks).toMatchObject({ tp: 0, fp: 0, fn: 0 });
  });
});

describe("the perturbation generator", () => {
  it("reads numerals and writes a value in the same style", () => {
    const [n] = readNumbers("more than 34,000 killed");
    expect(n).toMatchObject({ at: 10, length: 6, value: 34000, commas: true });
    expect(formatLike(35000, n!)).toBe("35,000");
    expect(formatLike(1300, readNumbers("1,200")[0]!)).toBe("1,300");
    expect(formatLike(1300, readNumbers("1200")[0]!)).toBe("1300");
    expect(formatLike(1_300_000, readNumbers("Some 1.2 million people")[0]!)).toBe("1.3 million");
    expect(formatLike(2_100_000, readNumbers("2 million")[0]!)).toBe("2.1 million");
  });

  const parsed = story(
    [
      item("More than 34,600", { series: "gaza-killed", qualifier: "more than", value: 34600, attribution: ", the health ministry said on Saturday" }),
      { text: "Hamas has rejected", type: "stance", expect: [], reason: "sourced in the test", attribution: "Hamas has " },
    ],
    [{ kind: "phase-count", replace: { text: "Some 1.2 million", with: "Some 1.3 million" }, expect: [{ ruleId: "unsourced-figure", text: "1.3 million" }] }],
  );
  const { perturbations } = generatePerturbations(parsed);
  const ofKind = (kind: string) => perturbations.filter((p) => p.kind === kind);

  it("deletes the attribution beside a correct figure and expects unsourced-figure on it", () => {
    const [p] = ofKind("attribution-removed");
    expect(p?.markdown).toContain("More than 34,600 Palestinians have been killed.\n");
    expect(p?.text).toBe("More than 34,600");
    expect(p?.ruleIds).toEqual(["unsourced-figure"]);
  });

  it("keeps the span of a stance whose attribution is inside it", () => {
    const [p] = ofKind("stance-source-generated");
    // The deleted words opened the sentence, so the next word is capitalised, as an editor would write it.
    expect(p?.text).toBe("Rejected");
    expect(p?.ruleIds).toEqual(["unattributed-position"]);
  });

  it("re-dates the story 45 days later and expects what truth.mjs says of the figure then", () => {
    const [p] = [...ofKind("redated"), ...ofKind("redated-stayed-clean")];
    expect(p?.markdown).toContain("date: 2024-06-18\n");
    expect(p?.markdown.length).toBe(MARKDOWN.length);
    // the ministry's count passed 35,000 on 8 May 2024: "more than 34,600" is outdated by 18 June
    expect(p?.kind).toBe("redated");
    expect(p?.ruleIds).toEqual(["outdated-figure"]);
  });

  it("moves a value one rounding step up when that was never true by the story's date", () => {
    const [p] = ofKind("value-step");
    expect(p?.text).toBe("More than 34,700");
    expect(p?.ruleIds).toEqual(["figure-mismatch"]);
    expect(p?.markdown.slice(p.span.from, p.span.to)).toBe("More than 34,700");
  });

  it("applies a hand-written perturbation and finds its expected text after the replacement", () => {
    const [p] = ofKind("phase-count");
    expect(p?.markdown).toContain("Some 1.3 million people");
    expect(p?.markdown.slice(p.span.from, p.span.to)).toBe("1.3 million");
  });
});

afterAll(() => {
  if (UPDATE) console.log(`scores.json rewritten: ${SCORES.pathname}`);
});
