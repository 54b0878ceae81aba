import type { Registry } from "@factmark/core";
import { type PerturbationResult, type PerturbationTally, type SkippedPerturbation, generatePerturbations, scorePerturbations } from "./perturb.js";
import { STORIES_DIR, type StoryProblem, type SuiteScore, loadStories, runSuite } from "./suite.js";

/** Everything one run of the suite measures: the scores, the perturbations, and what could not be loaded or generated. */
export interface Evaluation {
  score: SuiteScore;
  perturbations: { results: PerturbationResult[]; tally: PerturbationTally; skipped: SkippedPerturbation[] };
  /** Stories left out because they are malformed (each message names the file). */
  problems: StoryProblem[];
  /** Annotation problems that do not stop scoring. */
  warnings: string[];
}

/**
 * Loads the stories under `dir`, checks them and their perturbations against `registry`, and
 * scores both. Malformed stories are left out and listed in `problems`.
 *
 * @example
 * import { defaultRegistry } from "@factmark/dataset-gaza";
 * const { score, perturbations } = evaluateSuite(defaultRegistry());
 */
export function evaluateSuite(registry: Registry, dir: URL = STORIES_DIR): Evaluation {
  const { stories, problems } = loadStories(dir);
  const score = runSuite(stories, registry);
  const generated = stories.map(generatePerturbations);
  const { results, tally } = scorePerturbations(
    stories,
    generated.flatMap((g) => g.perturbations),
    registry,
  );
  return {
    score,
    perturbations: { results, tally, skipped: generated.flatMap((g) => g.skipped) },
    problems,
    warnings: stories.flatMap((story) => story.warnings),
  };
}
