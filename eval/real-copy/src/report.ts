import { RuleId } from "@factmark/core";
import type { Evaluation } from "./evaluate.js";
import { PerturbationKind, type PerturbationTally } from "./perturb.js";
import { StoryKind } from "./story.js";
import { type Counts, type Score, UNSCORED_NOTES } from "./suite.js";

/** The number of expected findings per rule below which a rule's figures are too few to trust (marked in the report). */
export const MIN_EXPECTED = 10;

/** One row of `scores.json`: the counts, and precision and recall rounded to three decimals (null when undefined). */
export interface ScoreEntry extends Counts {
  precision: number | null;
  recall: number | null;
}

/**
 * The committed expectations file, `scores.json`: what the suite measures on the code as it is.
 * The test compares a run with it exactly, so any change of a count is a reviewed diff.
 */
export interface ScoresFile {
  stories: number;
  items: number;
  rules: Record<RuleId, ScoreEntry>;
  overall: ScoreEntry;
  kinds: Record<StoryKind, ScoreEntry & { stories: number }>;
  perturbations: PerturbationTally;
}

const round = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

function entry(score: Score): ScoreEntry {
  const { tp, fp, fn, fpCleanItem, fpUnannotated } = score;
  return { tp, fp, fn, fpCleanItem, fpUnannotated, precision: round(score.precision), recall: round(score.recall) };
}

/** The figures of an evaluation as `scores.json` holds them. */
export function formatScores(evaluation: Evaluation): ScoresFile {
  const { score, perturbations } = evaluation;
  const stories = score.stories.map((s) => s.story);
  return {
    stories: stories.length,
    items: stories.reduce((n, story) => n + story.items.length, 0),
    rules: Object.fromEntries(RuleId.options.map((id) => [id, entry(score.rules[id])])) as Record<RuleId, ScoreEntry>,
    overall: entry(score.overall),
    kinds: Object.fromEntries(
      StoryKind.options.map((kind) => [kind, { stories: stories.filter((story) => story.kind === kind).length, ...entry(score.kinds[kind]) }]),
    ) as ScoresFile["kinds"],
    perturbations: perturbations.tally,
  };
}

const ratio = (x: number | null) => (x === null ? "—" : x.toFixed(3));
const quote = (text: string) => JSON.stringify(text.replace(/\s+/g, " "));

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? "").length))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join("  ")
      .trimEnd(),
  );
}

function scoreRow(label: string, score: Score, extra: string[] = []): string[] {
  return [
    label,
    ...extra,
    String(score.tp + score.fn),
    String(score.tp),
    String(score.fp),
    `${score.fpCleanItem}/${score.fpUnannotated}`,
    String(score.fn),
    ratio(score.precision),
    ratio(score.recall),
  ];
}

/**
 * The scorer's printout: precision, recall and counts per rule, overall and per kind of story; every
 * false positive and miss with its story, rule, span and the annotation's reason; the perturbation
 * table, the perturbations missed and those not generated; then the stories left out and the
 * annotation warnings.
 */
export function formatReport(evaluation: Evaluation): string {
  const { score, perturbations, problems, warnings } = evaluation;
  const stories = score.stories.map((s) => s.story);
  const lines: string[] = [];
  const expected = score.overall.tp + score.overall.fn;
  const count = (kind: StoryKind) => stories.filter((story) => story.kind === kind).length;
  lines.push(
    `Real-copy suite: ${stories.length} stories (${StoryKind.options.map((kind) => `${kind} ${count(kind)}`).join(", ")}), ${stories.reduce((n, s) => n + s.items.length, 0)} items, ${expected} expected findings`,
    "",
  );

  const header = ["rule", "expected", "TP", "FP", "FP clean/unann.", "FN", "precision", "recall"];
  const ruleRows = RuleId.options.map((id) => {
    const row = scoreRow(id, score.rules[id]);
    if (UNSCORED_NOTES.has(id)) row[0] = `${id} †`;
    else if (score.rules[id].tp + score.rules[id].fn < MIN_EXPECTED) row[0] = `${id} *`;
    return row;
  });
  lines.push(...table([header, ...ruleRows, scoreRow("overall (micro)", score.overall)]));
  lines.push(`* fewer than ${MIN_EXPECTED} expected findings`, "† a note the annotations do not score yet: its findings are left out of the overall and per-kind figures", "");

  lines.push(...table([["kind of story", "stories", ...header.slice(1)], ...StoryKind.options.map((kind) => scoreRow(kind, score.kinds[kind], [String(count(kind))]))]), "");

  const unexpected = score.stories.flatMap((s) => s.falsePositives);
  const listFindings = (title: string, list: typeof unexpected) => {
    lines.push(`${title} (${list.length})`);
    for (const fp of list) {
      const where = fp.item ? `on clean item ${quote(fp.item.text)}: ${fp.item.reason}` : `unannotated: ${fp.finding.message}`;
      lines.push(`  ${fp.story}  ${fp.finding.ruleId}  ${quote(fp.finding.text)}  ${where}`);
    }
    lines.push("");
  };
  listFindings("False positives", unexpected.filter((fp) => !UNSCORED_NOTES.has(fp.finding.ruleId)));
  listFindings("Notes not scored", unexpected.filter((fp) => UNSCORED_NOTES.has(fp.finding.ruleId)));
  const misses = score.stories.flatMap((s) => s.misses);
  lines.push(`Misses (${misses.length})`);
  for (const miss of misses) lines.push(`  ${miss.story}  ${miss.ruleId}  ${quote(miss.item.text)}  ${miss.item.reason}`);
  lines.push("");

  lines.push("Perturbations (caught = the expected finding on the changed item; for redated-stayed-clean, no value finding there)");
  const skippedOf = (kind: PerturbationKind) => perturbations.skipped.filter((s) => s.kind === kind).length;
  lines.push(
    ...table([
      ["kind", "caught", "total", "rate", "not generated"],
      ...PerturbationKind.options.map((kind) => {
        const { caught, total } = perturbations.tally[kind];
        return [kind, String(caught), String(total), total === 0 ? "—" : (caught / total).toFixed(3), String(skippedOf(kind))];
      }),
    ]),
  );
  const missed = perturbations.results.filter((r) => !r.caught);
  lines.push("", `Perturbations missed (${missed.length})`);
  for (const r of missed) {
    const want = r.present ? `expected ${r.ruleIds.join(" or ")}` : `expected no ${r.ruleIds.join(" or ")}`;
    const got = r.findings.length === 0 ? "no finding there" : `found ${r.findings.map((f) => f.ruleId).join(", ")}`;
    lines.push(`  ${r.kind}  ${r.story}  ${r.change}  ${want} on ${quote(r.text)}; ${got}`);
  }

  if (perturbations.skipped.length > 0) {
    lines.push("", `Perturbations not generated (${perturbations.skipped.length})`);
    for (const s of perturbations.skipped) lines.push(`  ${s.kind}  ${s.story}  ${quote(s.text)}  ${s.reason}`);
  }
  if (problems.length > 0) {
    lines.push("", `Stories left out: malformed (${problems.length})`);
    for (const problem of problems) lines.push(`  ${problem.id}: ${problem.message.replace(/\n/g, "\n    ")}`);
  }
  if (warnings.length > 0) {
    lines.push("", `Annotation warnings (${warnings.length})`);
    for (const warning of warnings) lines.push(`  ${warning}`);
  }
  return `${lines.join("\n")}\n`;
}
