import type { Finding, Registry, RuleId } from "@factmark/core";
import * as z from "zod";
import { addDays, judge, step } from "../truth.mjs";
import { type LocatedItem, type Span, type Story, applyReplacement, locateText } from "./story.js";
import { checkStory, overlaps } from "./suite.js";

/**
 * The kinds of perturbation, each scored on its own:
 * - `attribution-removed`: a correct figure's attribution deleted; `unsourced-figure` expected on it;
 * - `stance-source-generated`: a sourced stance's attribution deleted; `unattributed-position` expected;
 * - `redated`: the story dated 45 days later, where the record says the figure is then outdated; `outdated-figure` expected;
 * - `redated-stayed-clean`: the same, where the figure is still true; neither `outdated-figure` nor `figure-mismatch` expected;
 * - `value-step`: a figure moved one rounding step up, to a value never true by the story's date; `figure-mismatch` expected;
 * - `phase-length`, `stance-source`, `phase-count`: the hand-written perturbations of the annotations files.
 */
export const PerturbationKind = z.enum([
  "attribution-removed",
  "stance-source-generated",
  "redated",
  "redated-stayed-clean",
  "value-step",
  "phase-length",
  "stance-source",
  "phase-count",
]);
export type PerturbationKind = z.infer<typeof PerturbationKind>;

/** How many days later a story is re-dated: past the 7-day staleness policy of a daily series, well inside the data. */
export const REDATE_DAYS = 45;

const VALUE_RULES: readonly RuleId[] = ["outdated-figure", "figure-mismatch"];

/**
 * One perturbed story and the one thing expected of it: when `present`, a finding of one of
 * `ruleIds` on `span`; otherwise none of them there. `span` and `text` point into `markdown`, the
 * changed story.
 */
export interface Perturbation {
  kind: PerturbationKind;
  story: string;
  /** What was changed, for people: `deleted ", the ministry said"`, `date 2024-03-04 -> 2024-04-18`. */
  change: string;
  markdown: string;
  ruleIds: RuleId[];
  present: boolean;
  span: Span;
  text: string;
  /** The annotated item the perturbation was generated from, when it was. */
  item?: LocatedItem;
}

/** An item a generator looked at and could not use, with why (a number written in words, a date past the data). */
export interface SkippedPerturbation {
  kind: PerturbationKind;
  story: string;
  text: string;
  reason: string;
}

/**
 * Generates every perturbation of a story: from its annotated items (attribution removed, re-dated,
 * value moved one step) and from its hand-written `perturbations`. Uses truth.mjs to decide what a
 * re-dated or changed figure should be judged.
 */
export function generatePerturbations(story: Story): { perturbations: Perturbation[]; skipped: SkippedPerturbation[] } {
  const perturbations: Perturbation[] = [];
  const skipped: SkippedPerturbation[] = [];
  const headlineEnd = headlineEndOf(story);
  for (const item of story.items) {
    if (item.expect.length === 0 && item.attribution !== undefined) {
      // The suite annotates a headline toll whose body attributes its count as sourced by the body
      // (see the README): deleting the headline's own source leaves it sourced, so no finding is
      // expected of it.
      const body = item.type === "figure" && item.from < headlineEnd ? attributedInBody(story, item, headlineEnd) : undefined;
      if (body) skipped.push({ kind: "attribution-removed", story: story.id, text: item.text, reason: `a headline figure whose body sources its count (${JSON.stringify(body.text)}${body.attribution ?? ""}) stays sourced by the body` });
      else if (item.type === "figure" && item.series !== undefined) perturbations.push(removeAttribution(story, item, "attribution-removed", "unsourced-figure", skipped));
      if (item.type === "stance") perturbations.push(removeAttribution(story, item, "stance-source-generated", "unattributed-position", skipped));
    }
  }
  const valueClean = story.items.filter((item) => item.type === "figure" && item.series !== undefined && !item.expect.some((id) => VALUE_RULES.includes(id)));
  perturbations.push(...redate(story, valueClean, skipped));
  for (const item of valueClean) {
    const stepped = stepValue(story, item, skipped);
    if (stepped) perturbations.push(stepped);
  }
  perturbations.push(...applyHandWritten(story));
  return { perturbations: perturbations.filter((p) => p.span.to > p.span.from), skipped };
}

/** Where the story's headline (the first line of its body) ends. */
function headlineEndOf(story: Story): number {
  const body = story.markdown.slice(story.bodyStart);
  const start = story.bodyStart + (body.length - body.trimStart().length);
  const end = story.markdown.indexOf("\n", start);
  return end < 0 ? story.markdown.length : end;
}

/**
 * A sourced figure of the same series in the story's body, if any: one annotated clean. A body
 * figure with no source is annotated `unsourced-figure`, so a clean one is sourced, whether its
 * annotation names the words that source it (`attribution`) or not (sourced by its paragraph).
 */
function attributedInBody(story: Story, item: LocatedItem, headlineEnd: number): LocatedItem | undefined {
  return story.items.find((other) => other !== item && other.from > headlineEnd && other.type === "figure" && other.series === item.series && other.expect.length === 0);
}

function removeAttribution(story: Story, item: LocatedItem, kind: PerturbationKind, ruleId: RuleId, skipped: SkippedPerturbation[]): Perturbation {
  const attribution = item.attribution ?? "";
  const at = nearestAppearance(story, attribution, item);
  let markdown = applyReplacement(story.markdown, at, attribution.length, "");
  // An attribution that opened its sentence ("Gaza's Health Ministry says at least ...") leaves the
  // sentence to start at the next word, capitalised as an editor would write it.
  if (/(?:^|[.!?]\s+|\n)$/u.test(markdown.slice(Math.max(0, at - 3), at)) && /^\p{Ll}/u.test(markdown.slice(at, at + 1))) {
    markdown = markdown.slice(0, at) + markdown.charAt(at).toUpperCase() + markdown.slice(at + 1);
  }
  const shift = (pos: number) => (pos <= at ? pos : pos >= at + attribution.length ? pos - attribution.length : at);
  const span = { from: shift(item.from), to: shift(item.to) };
  if (span.to <= span.from) skipped.push({ kind, story: story.id, text: item.text, reason: `the attribution ${JSON.stringify(attribution)} covers the whole item` });
  return { kind, story: story.id, change: `deleted ${JSON.stringify(attribution)}`, markdown, ruleIds: [ruleId], present: true, span, text: markdown.slice(span.from, span.to), item };
}

// The appearance of `text` closest to the item (the attribution meant is the one beside it).
function nearestAppearance(story: Story, text: string, item: Span): number {
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let at = story.markdown.indexOf(text, story.bodyStart); at >= 0; at = story.markdown.indexOf(text, at + 1)) {
    const distance = Math.max(0, at - item.to, item.from - (at + text.length));
    if (distance < bestDistance) {
      best = at;
      bestDistance = distance;
    }
  }
  return best;
}

function redate(story: Story, items: readonly LocatedItem[], skipped: SkippedPerturbation[]): Perturbation[] {
  if (items.length === 0) return [];
  const date = story.frontMatter.date;
  const newDate = addDays(date, REDATE_DAYS);
  const head = story.markdown.slice(0, story.bodyStart);
  const markdown = head.replace(/^(date:\s*["']?)\d{4}-\d{2}-\d{2}/m, `$1${newDate}`) + story.markdown.slice(story.bodyStart);
  const out: Perturbation[] = [];
  for (const item of items) {
    const verdict = judge(item.series ?? "", item.qualifier ?? "", item.value ?? 0, newDate).verdict;
    const base = { story: story.id, change: `date ${date} -> ${newDate}`, markdown, span: { from: item.from, to: item.to }, text: item.text, item };
    if (verdict === "outdated") out.push({ ...base, kind: "redated", ruleIds: ["outdated-figure"], present: true });
    else if (verdict === "true") out.push({ ...base, kind: "redated-stayed-clean", ruleIds: [...VALUE_RULES], present: false });
    else skipped.push({ kind: "redated", story: story.id, text: item.text, reason: `truth.mjs judges it ${verdict} on ${newDate}` });
  }
  return out;
}

/** A number as written in a figure: where it is in the text, its value, and how it is written. */
export interface WrittenNumber {
  /** Offset in the text and length of the numeral with its scale word ("1.2 million"). */
  at: number;
  length: number;
  value: number;
  decimals: number;
  commas: boolean;
  /** The scale word and the space before it, as written (" million"), or "". */
  scale: string;
}

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const NUMERAL = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(\s+(?:thousand|million|billion)\b)?/gu;

/** Every numeral in `text` ("34,000", "1.2 million"), with its value; number words are not read. */
export function readNumbers(text: string): WrittenNumber[] {
  const out: WrittenNumber[] = [];
  for (const match of text.matchAll(NUMERAL)) {
    const whole = match[1] ?? "";
    const fraction = match[2] ?? "";
    const scale = match[3] ?? "";
    const factor = scale ? (SCALES[scale.trim().toLowerCase()] ?? 1) : 1;
    const value = Math.round(Number(`${whole.replace(/,/g, "")}${fraction ? `.${fraction}` : ""}`) * factor);
    out.push({ at: match.index ?? 0, length: match[0].length, value, decimals: fraction.length, commas: whole.includes(","), scale });
  }
  return out;
}

/** Writes `value` the way `like` was written: with or without thousands commas, scaled by its word ("1.3 million"). */
export function formatLike(value: number, like: WrittenNumber): string {
  if (like.scale) {
    const factor = SCALES[like.scale.trim().toLowerCase()] ?? 1;
    const scaled = value / factor;
    let decimals = like.decimals;
    while (decimals < 6 && Math.abs(Number(scaled.toFixed(decimals)) - scaled) > 1e-9) decimals += 1;
    return `${scaled.toFixed(decimals)}${like.scale}`;
  }
  return like.commas ? value.toLocaleString("en-US") : String(value);
}

function stepValue(story: Story, item: LocatedItem, skipped: SkippedPerturbation[]): Perturbation | undefined {
  const written = readNumbers(item.text).find((n) => n.value === item.value);
  if (!written) {
    skipped.push({ kind: "value-step", story: story.id, text: item.text, reason: `no numeral in the text reads as its value ${item.value}` });
    return undefined;
  }
  const value = written.value + step(written.value);
  const verdict = judge(item.series ?? "", item.qualifier ?? "", value, story.frontMatter.date).verdict;
  if (verdict !== "never-true") {
    skipped.push({ kind: "value-step", story: story.id, text: item.text, reason: `${value} is ${verdict} on ${story.frontMatter.date}` });
    return undefined;
  }
  const numeral = formatLike(value, written);
  const text = item.text.slice(0, written.at) + numeral + item.text.slice(written.at + written.length);
  const markdown = applyReplacement(story.markdown, item.from, item.text.length, text);
  return {
    kind: "value-step",
    story: story.id,
    change: `${JSON.stringify(item.text)} -> ${JSON.stringify(text)}`,
    markdown,
    ruleIds: ["figure-mismatch"],
    present: true,
    span: { from: item.from, to: item.from + text.length },
    text,
    item,
  };
}

function applyHandWritten(story: Story): Perturbation[] {
  const out: Perturbation[] = [];
  for (const perturbation of story.perturbations) {
    const { text, occurrence, with: replacement } = perturbation.replace;
    const markdown = applyReplacement(story.markdown, locateText(story.markdown, text, occurrence, story.bodyStart), text.length, replacement);
    for (const expected of perturbation.expect) {
      // parseStory has checked that every expected text is in the changed story.
      const from = locateText(markdown, expected.text, expected.occurrence, story.bodyStart);
      out.push({
        kind: perturbation.kind,
        story: story.id,
        change: `${JSON.stringify(text)} -> ${JSON.stringify(replacement)}`,
        markdown,
        ruleIds: [expected.ruleId],
        present: true,
        span: { from, to: from + expected.text.length },
        text: expected.text,
      });
    }
  }
  return out;
}

/** A perturbation checked: whether the expectation held, and the findings on its span. */
export interface PerturbationResult extends Perturbation {
  caught: boolean;
  findings: Finding[];
}

/** Caught and total per kind of perturbation (for `redated-stayed-clean`, caught means it stayed clean). */
export type PerturbationTally = Record<PerturbationKind, { caught: number; total: number }>;

/**
 * Checks every perturbed story (each distinct text once) and tallies, per kind, how many
 * expectations held.
 */
export function scorePerturbations(stories: readonly Story[], perturbations: readonly Perturbation[], registry: Registry): { results: PerturbationResult[]; tally: PerturbationTally } {
  const byId = new Map(stories.map((story) => [story.id, story]));
  const checked = new Map<string, Finding[]>();
  const results = perturbations.map((perturbation): PerturbationResult => {
    let findings = checked.get(perturbation.markdown);
    if (!findings) {
      const story = byId.get(perturbation.story);
      if (!story) throw new Error(`perturbation of an unknown story ${perturbation.story}`);
      findings = checkStory(story, registry, perturbation.markdown);
      checked.set(perturbation.markdown, findings);
    }
    const onSpan = findings.filter((f) => overlaps(f, perturbation.span));
    const hit = onSpan.some((f) => perturbation.ruleIds.includes(f.ruleId));
    return { ...perturbation, caught: perturbation.present ? hit : !hit, findings: onSpan };
  });
  const tally = Object.fromEntries(PerturbationKind.options.map((kind) => [kind, { caught: 0, total: 0 }])) as PerturbationTally;
  for (const result of results) {
    tally[result.kind].total += 1;
    if (result.caught) tally[result.kind].caught += 1;
  }
  return { results, tally };
}
