import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Finding, type Registry, RuleId, check } from "@factmark/core";
import { type LocatedItem, type Span, type Story, StoryKind, parseStory } from "./story.js";

/** The folder the suite's stories live in: `eval/real-copy/stories/`, one folder per story. */
export const STORIES_DIR = new URL("../stories/", import.meta.url);

/** A story that could not be loaded: its folder name and why. */
export interface StoryProblem {
  id: string;
  message: string;
}

/**
 * Loads every story under `dir` (each folder holding `story.md` and `annotations.json`), sorted by
 * id. A malformed story is not thrown: it is returned among `problems`, with a message naming its
 * file (and the zod path for a schema failure), so one bad file does not hide the others.
 */
export function loadStories(dir: URL = STORIES_DIR): { stories: Story[]; problems: StoryProblem[] } {
  const stories: Story[] = [];
  const problems: StoryProblem[] = [];
  const ids = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const id of ids) {
    const storyFile = new URL(`${id}/story.md`, dir);
    const annotationsFile = new URL(`${id}/annotations.json`, dir);
    const files = { story: displayPath(storyFile), annotations: displayPath(annotationsFile) };
    const missing = [storyFile, annotationsFile].filter((file) => !existsSync(file)).map(displayPath);
    if (missing.length > 0) {
      problems.push({ id, message: `story ${id} is incomplete: ${missing.join(" and ")} missing; a story is a folder holding story.md and annotations.json` });
      continue;
    }
    try {
      stories.push(parseStory(id, readFileSync(storyFile, "utf8"), readFileSync(annotationsFile, "utf8"), files));
    } catch (error) {
      problems.push({ id, message: (error as Error).message });
    }
  }
  return { stories, problems };
}

function displayPath(file: URL): string {
  const path = fileURLToPath(file);
  const at = path.lastIndexOf("/stories/");
  return at < 0 ? path : path.slice(at + 1);
}

/**
 * Checks a story's Markdown with factmark as a newsroom would: the whole file (front matter date,
 * headline and body) with every rule at its default setting. `markdown` defaults to the story's
 * own text; perturbations pass a changed copy.
 */
export function checkStory(story: Story, registry: Registry, markdown: string = story.markdown): Finding[] {
  try {
    return check(markdown, { registry, format: "markdown" });
  } catch (error) {
    // A throw here is a bug in factmark, not in the story: name the story so it can be reproduced.
    throw new Error(`check() threw on story ${story.id}${markdown === story.markdown ? "" : " (a perturbed copy)"}: ${(error as Error).message}`, { cause: error });
  }
}

/** Whether two half-open spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.from < b.to && b.from < a.to;
}

/** Counts of one rule (or of several, added up): expected pairs found and missed, and false alarms by kind. */
export interface Counts {
  /** Expected (item, rule) pairs matched by at least one finding. */
  tp: number;
  /** Findings that match no expected pair of their rule. */
  fp: number;
  /** Expected (item, rule) pairs no finding matched. */
  fn: number;
  /** False positives that overlap an annotated item whose `expect` lacks the rule. */
  fpCleanItem: number;
  /** False positives that overlap no annotated item. */
  fpUnannotated: number;
}

/** Counts with their precision `tp / (tp + fp)` and recall `tp / (tp + fn)`; null when the denominator is 0. */
export interface Score extends Counts {
  precision: number | null;
  recall: number | null;
}

/** An expected finding that no finding matched. */
export interface Miss {
  story: string;
  ruleId: RuleId;
  item: LocatedItem;
}

/** A finding that matched no expected pair of its rule. `item` is the clean item it overlaps, absent when it overlaps none. */
export interface FalsePositive {
  story: string;
  finding: Finding;
  item?: LocatedItem;
}

/** A story's findings matched against its annotations. */
export interface StoryScore {
  story: Story;
  findings: Finding[];
  /** Expected pairs matched, in item order. */
  found: { ruleId: RuleId; item: LocatedItem }[];
  misses: Miss[];
  falsePositives: FalsePositive[];
}

/**
 * Matches a story's findings against its annotations. An item occupies the span of its text; a
 * finding matches an expected (item, rule) pair when its rule is that rule and its span overlaps
 * the item's. A finding that matches no expected pair of its rule is a false positive.
 */
export function scoreStory(story: Story, findings: readonly Finding[]): StoryScore {
  const found: StoryScore["found"] = [];
  const misses: Miss[] = [];
  for (const item of story.items) {
    for (const ruleId of item.expect) {
      if (findings.some((f) => f.ruleId === ruleId && overlaps(f, item))) found.push({ ruleId, item });
      else misses.push({ story: story.id, ruleId, item });
    }
  }
  const falsePositives: FalsePositive[] = [];
  for (const finding of findings) {
    const touched = story.items.filter((item) => overlaps(finding, item));
    if (touched.some((item) => item.expect.includes(finding.ruleId))) continue;
    const item = touched[0];
    falsePositives.push({ story: story.id, finding, ...(item ? { item } : {}) });
  }
  return { story, findings: [...findings], found, misses, falsePositives };
}

/** The scores of the whole suite: per rule, overall (micro-averaged over rules) and per kind of story. */
export interface SuiteScore {
  stories: StoryScore[];
  rules: Record<RuleId, Score>;
  overall: Score;
  kinds: Record<StoryKind, Score>;
}

const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0, fpCleanItem: 0, fpUnannotated: 0 });

/**
 * Notes the annotations do not score: info-level rules added after the stories were annotated
 * (`beyond-data`: the registry has no reports after a date; `party-claim`: a figure is a party's
 * unverified claim). Their findings are listed per rule, and left out of the overall and per-kind
 * figures, until the stories' items say where a careful editor wants them.
 */
export const UNSCORED_NOTES: ReadonlySet<RuleId> = new Set<RuleId>(["beyond-data", "party-claim"]);

function addStory(counts: Counts, score: StoryScore, ruleId?: RuleId): void {
  const mine = (id: RuleId) => (ruleId === undefined ? !UNSCORED_NOTES.has(id) : id === ruleId);
  counts.tp += score.found.filter((f) => mine(f.ruleId)).length;
  counts.fn += score.misses.filter((m) => mine(m.ruleId)).length;
  for (const fp of score.falsePositives) {
    if (!mine(fp.finding.ruleId)) continue;
    counts.fp += 1;
    if (fp.item) counts.fpCleanItem += 1;
    else counts.fpUnannotated += 1;
  }
}

/** Adds precision and recall to counts. */
export function toScore(counts: Counts): Score {
  return {
    ...counts,
    precision: counts.tp + counts.fp === 0 ? null : counts.tp / (counts.tp + counts.fp),
    recall: counts.tp + counts.fn === 0 ? null : counts.tp / (counts.tp + counts.fn),
  };
}

/** Adds up story scores per rule (every rule id, in the order of core's list), overall and per kind of story. */
export function scoreSuite(stories: readonly StoryScore[]): SuiteScore {
  const rules = Object.fromEntries(
    RuleId.options.map((ruleId) => {
      const counts = emptyCounts();
      for (const story of stories) addStory(counts, story, ruleId);
      return [ruleId, toScore(counts)];
    }),
  ) as Record<RuleId, Score>;
  const overall = emptyCounts();
  for (const story of stories) addStory(overall, story);
  const kinds = Object.fromEntries(
    StoryKind.options.map((kind) => {
      const counts = emptyCounts();
      for (const story of stories) if (story.story.kind === kind) addStory(counts, story);
      return [kind, toScore(counts)];
    }),
  ) as Record<StoryKind, Score>;
  return { stories: [...stories], rules, overall: toScore(overall), kinds };
}

/**
 * Checks every story at its own date against `registry` and scores the findings.
 *
 * @example
 * const { stories } = loadStories();
 * const score = runSuite(stories, defaultRegistry());
 * score.rules["unsourced-figure"].precision;
 */
export function runSuite(stories: readonly Story[], registry: Registry): SuiteScore {
  return scoreSuite(stories.map((story) => scoreStory(story, checkStory(story, registry))));
}
