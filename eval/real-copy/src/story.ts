import { FactmarkError, RuleId } from "@factmark/core";
import { parse as parseYaml } from "yaml";
import * as z from "zod";
import { SERIES, judge, kindOf } from "../truth.mjs";

/** The kinds of story, read from the prefix of a story's id (`toll-…`, `talks-…`, `other-…`, `mixed-…`). */
export const StoryKind = z.enum(["toll", "talks", "other", "mixed"]);
export type StoryKind = z.infer<typeof StoryKind>;

/** What an annotated item is: a casualty figure, a duration, a war's age, a stance… (see the suite's README). */
export const ItemType = z.enum(["figure", "duration", "elapsed", "phase-count", "deal-term", "stance", "source", "date", "other-number"]);
export type ItemType = z.infer<typeof ItemType>;

/** The kinds of hand-written perturbation an annotations file may list. */
export const HandPerturbationKind = z.enum(["phase-length", "stance-source", "phase-count"]);
export type HandPerturbationKind = z.infer<typeof HandPerturbationKind>;

// Built from core's list so that a rule id the annotations use and core does not know is an error.
const AnnotatedRuleId = z.enum(RuleId.options);

const knownSeries = (id: string) => Object.hasOwn(SERIES, id);

const knownQualifier = (qualifier: string) => {
  try {
    kindOf(qualifier);
    return true;
  } catch {
    return false;
  }
};

/**
 * One annotated item of a story: the exact text it occupies (its `occurrence`-th appearance after
 * the front matter), what it is, the rule ids a careful fact-checker expects on it (`[]` when it is
 * clean) and why. Figures a series of the shared data covers also carry `series`, `qualifier` and
 * `value` (a series needs the other two); correct attributed figures and stances may carry
 * `attribution`, the characters whose deletion leaves them unsourced.
 */
export const AnnotatedItem = z
  .strictObject({
    text: z.string().min(1),
    occurrence: z.number().int().min(1).default(1),
    type: ItemType,
    expect: z.array(AnnotatedRuleId).refine((ids) => new Set(ids).size === ids.length, "a rule id is listed twice"),
    reason: z.string().min(1),
    series: z
      .string()
      .refine(knownSeries, { error: (issue) => `unknown series ${JSON.stringify(issue.input)}; expected an id truth.mjs knows (node truth.mjs list), for example "gaza-killed"` })
      .optional(),
    qualifier: z.string().refine(knownQualifier, { error: (issue) => `unknown qualifier ${JSON.stringify(issue.input)}; expected one truth.mjs reads, for example "more than", "at least", "nearly" or "exact"` }).optional(),
    value: z.number().int().nonnegative().optional(),
    attribution: z.string().min(1).optional(),
  })
  .superRefine((item, ctx) => {
    // The perturbations judge a figure by all three; a qualifier or value alone is only a warning (see parseStory).
    if (item.series === undefined) return;
    const missing = (["qualifier", "value"] as const).filter((key) => item[key] === undefined);
    if (missing.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: [missing[0] ?? "qualifier"],
        message: `a figure with a series needs ${missing.join(" and ")} too (for example "series": "gaza-killed", "qualifier": "more than", "value": 34000)`,
      });
    }
  });
export type AnnotatedItem = z.infer<typeof AnnotatedItem>;

/** A finding a hand-written perturbation expects: the rule and its text, found in the story after the replacement. */
export const ExpectedFinding = z.strictObject({
  ruleId: AnnotatedRuleId,
  text: z.string().min(1),
  occurrence: z.number().int().min(1).default(1),
});
export type ExpectedFinding = z.infer<typeof ExpectedFinding>;

/**
 * A hand-written perturbation: replace the `occurrence`-th appearance of `replace.text` with
 * `replace.with`, and expect each listed finding in the changed story.
 */
export const HandPerturbation = z.strictObject({
  kind: HandPerturbationKind,
  replace: z.strictObject({
    text: z.string().min(1),
    occurrence: z.number().int().min(1).default(1),
    with: z.string(),
  }),
  expect: z.array(ExpectedFinding).min(1),
});
export type HandPerturbation = z.infer<typeof HandPerturbation>;

/** The contents of a story's `annotations.json`. */
export const Annotations = z.strictObject({
  items: z.array(AnnotatedItem),
  perturbations: z.array(HandPerturbation).default([]),
});
export type Annotations = z.infer<typeof Annotations>;

/** The YAML front matter of a story's `story.md`. */
export const FrontMatter = z.object({
  date: z.iso.date(),
  style: z.string().min(1),
  conflict: z.string().min(1),
  topic: z.enum(["toll", "talks", "other"]),
});
export type FrontMatter = z.infer<typeof FrontMatter>;

/** A half-open span `[from, to)` of 0-based UTF-16 offsets into a story's Markdown source. */
export interface Span {
  from: number;
  to: number;
}

/** An annotated item with the span its text occupies in the story. */
export interface LocatedItem extends AnnotatedItem, Span {}

/**
 * A story of the suite, parsed and checked against its annotations: the Markdown source exactly
 * as written (the text `check()` reads and every span points into), its front matter, and its
 * items located in it.
 */
export interface Story {
  /** The folder name under `stories/`. */
  id: string;
  kind: StoryKind;
  markdown: string;
  frontMatter: FrontMatter;
  /** Offset of the first character after the front matter: items are only looked for from here. */
  bodyStart: number;
  items: LocatedItem[];
  perturbations: HandPerturbation[];
  /** Problems that do not stop scoring but deserve a look (a text found inside a longer word, no headline). */
  warnings: string[];
}

/** The paths of a story's files, as they are named in error messages. */
export interface StoryFiles {
  story: string;
  annotations: string;
}

const ID = /^(toll|talks|other|mixed)-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Parses one story from the text of its two files and checks its annotations against it. Throws a
 * `FactmarkError` (code `invalid-input`) naming the file, and for schema failures zod's path, when
 * the id, the front matter or the annotations are malformed, or when a text is not in the story
 * as many times as its `occurrence` says.
 *
 * @example
 * parseStory("toll-reuters-monday-2024-03", markdown, annotationsJson, { story: "stories/…/story.md", annotations: "stories/…/annotations.json" });
 */
export function parseStory(id: string, markdown: string, annotationsJson: string, files: StoryFiles): Story {
  const kind = ID.exec(id)?.[1];
  if (kind === undefined) {
    throw new FactmarkError(
      "invalid-input",
      `story id "${id}" is not a kebab-case name starting with its kind; expected toll-, talks-, other- or mixed-, for example "toll-reuters-monday-update-2024-03"`,
      { location: { file: files.story } },
    );
  }
  const { frontMatter, bodyStart } = parseFrontMatter(markdown, files.story);
  const annotations = parseAnnotations(annotationsJson, files.annotations);
  const warnings: string[] = [];
  const body = markdown.slice(bodyStart);
  if (!/^\s*# \S/.test(body)) warnings.push(`${files.story}: the body does not open with a "# " headline`);
  if ((kind === "toll" || kind === "talks") && frontMatter.topic !== kind) warnings.push(`${files.story}: topic "${frontMatter.topic}" differs from the id's kind "${kind}"`);

  const seen = new Set<string>();
  const items = annotations.items.map((item, index): LocatedItem => {
    const key = `${item.occurrence}\u0000${item.text}`;
    if (seen.has(key)) {
      throw new FactmarkError("invalid-input", `${files.annotations}: items[${index}] annotates "${item.text}" (occurrence ${item.occurrence}) a second time; give each appearance one item`, {
        location: { file: files.annotations, path: ["items", index, "text"] },
      });
    }
    seen.add(key);
    const from = locateText(markdown, item.text, item.occurrence, bodyStart);
    if (from < 0) throw notFound(id, files.annotations, ["items", index, "text"], markdown, bodyStart, item.text, item.occurrence);
    if (insideWord(markdown, from, item.text.length)) {
      warnings.push(`${files.annotations}: items[${index}] "${item.text}" (occurrence ${item.occurrence}) is found inside a longer word or number: "${context(markdown, from, item.text.length)}"`);
    }
    if (item.attribution !== undefined && locateText(markdown, item.attribution, 1, bodyStart) < 0) {
      throw notFound(id, files.annotations, ["items", index, "attribution"], markdown, bodyStart, item.attribution, 1);
    }
    if (item.series === undefined && (item.qualifier !== undefined || item.value !== undefined)) {
      warnings.push(`${files.annotations}: items[${index}] "${item.text}" has a qualifier or value but no series: it is not judged against the data nor perturbed (add the series truth.mjs knows, or drop them)`);
    }
    // Only the certain disagreement: naming a body can narrow a "true" to "outdated", never the reverse.
    if (item.series !== undefined && item.qualifier !== undefined && item.value !== undefined && !item.expect.some((r) => r === "outdated-figure" || r === "figure-mismatch")) {
      const verdict = judge(item.series, item.qualifier, item.value, frontMatter.date).verdict;
      if (verdict === "outdated" || verdict === "never-true") {
        warnings.push(`${files.annotations}: items[${index}] "${item.text}" expects no outdated-figure or figure-mismatch, but truth.mjs judges ${item.series} "${item.qualifier}" ${item.value} ${verdict} on ${frontMatter.date}`);
      }
    }
    return { ...item, from, to: from + item.text.length };
  });

  annotations.perturbations.forEach((perturbation, index) => {
    const at = locateText(markdown, perturbation.replace.text, perturbation.replace.occurrence, bodyStart);
    if (at < 0) throw notFound(id, files.annotations, ["perturbations", index, "replace", "text"], markdown, bodyStart, perturbation.replace.text, perturbation.replace.occurrence);
    const changed = applyReplacement(markdown, at, perturbation.replace.text.length, perturbation.replace.with);
    perturbation.expect.forEach((expected, e) => {
      if (locateText(changed, expected.text, expected.occurrence, bodyStart) < 0) {
        throw notFound(`${id} (after the replacement of perturbations[${index}])`, files.annotations, ["perturbations", index, "expect", e, "text"], changed, bodyStart, expected.text, expected.occurrence);
      }
    });
  });

  return { id, kind: kind as StoryKind, markdown, frontMatter, bodyStart, items, perturbations: annotations.perturbations, warnings };
}

/**
 * Parses the text of an `annotations.json`. Throws a `FactmarkError` naming `file` when it is not
 * JSON or does not match {@link Annotations}; the message lists every zod issue with its path.
 */
export function parseAnnotations(json: string, file: string): Annotations {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new FactmarkError("parse-error", `${file}: not valid JSON (${(error as Error).message}); expected one object, for example {"items": [], "perturbations": []}`, {
      location: { file },
      cause: error,
    });
  }
  const result = Annotations.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues;
  throw new FactmarkError("invalid-input", `${file}: invalid annotations:\n${z.prettifyError(result.error)}`, {
    location: { file, path: issues[0]?.path as (string | number)[] },
    issues,
  });
}

/**
 * Reads a story's front matter. Returns it with the offset where the body starts; throws a
 * `FactmarkError` naming `file` when it is missing or malformed.
 */
export function parseFrontMatter(markdown: string, file: string): { frontMatter: FrontMatter; bodyStart: number } {
  const match = FRONT_MATTER.exec(markdown);
  if (!match) {
    throw new FactmarkError("invalid-input", `${file}: no YAML front matter; expected the file to open with one, for example "---\\ndate: 2024-03-04\\nstyle: reuters\\nconflict: gaza\\ntopic: toll\\n---"`, {
      location: { file, line: 1 },
    });
  }
  let value: unknown;
  try {
    value = parseYaml(match[1] ?? "");
  } catch (error) {
    throw new FactmarkError("parse-error", `${file}: the front matter is not YAML (${(error as Error).message})`, { location: { file }, cause: error });
  }
  const result = FrontMatter.safeParse(value);
  if (!result.success) {
    throw new FactmarkError("invalid-input", `${file}: invalid front matter:\n${z.prettifyError(result.error)}`, {
      location: { file, path: result.error.issues[0]?.path as (string | number)[] },
      issues: result.error.issues,
    });
  }
  return { frontMatter: result.data, bodyStart: match[0].length };
}

/**
 * The offset of the `occurrence`-th (1-based) appearance of `text` in `source` at or after
 * `start`, or -1 when it appears fewer times. Appearances may overlap, as `indexOf` finds them.
 */
export function locateText(source: string, text: string, occurrence: number, start = 0): number {
  let at = start - 1;
  for (let n = 0; n < occurrence; n++) {
    at = source.indexOf(text, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** `source` with the `length` characters at `at` replaced by `replacement`. */
export function applyReplacement(source: string, at: number, length: number, replacement: string): string {
  return source.slice(0, at) + replacement + source.slice(at + length);
}

const WORD = /[\p{L}\p{N}]/u;

function insideWord(source: string, from: number, length: number): boolean {
  const first = source[from] ?? "";
  const last = source[from + length - 1] ?? "";
  return (WORD.test(first) && WORD.test(source[from - 1] ?? "")) || (WORD.test(last) && WORD.test(source[from + length] ?? ""));
}

function context(source: string, from: number, length: number): string {
  return source.slice(Math.max(0, from - 15), from + length + 15).replace(/\s+/g, " ");
}

function notFound(story: string, file: string, path: (string | number)[], source: string, start: number, text: string, occurrence: number): FactmarkError {
  const count = countAppearances(source, text, start);
  const where = path.map((part) => (typeof part === "number" ? `[${part}]` : `.${part}`)).join("").slice(1);
  const found = count === 0 ? "it does not appear in the story's headline or body" : `it appears ${count} time${count === 1 ? "" : "s"}`;
  return new FactmarkError(
    "invalid-input",
    `${file}: ${where} of story ${story}: "${text}" should appear at least ${occurrence} time${occurrence === 1 ? "" : "s"} after the front matter, but ${found}; copy the exact characters from story.md (quotes, dashes and spaces included) and set "occurrence" to the appearance meant`,
    { location: { file, path } },
  );
}

function countAppearances(source: string, text: string, start: number): number {
  let count = 0;
  for (let at = source.indexOf(text, start); at >= 0; at = source.indexOf(text, at + 1)) count += 1;
  return count;
}
