// Types for truth.mjs, the record the suite is annotated against (plain ESM kept beside the suite).

/** One published version of a figure: the report date, the value, who published it and which version. */
export interface Report {
  date: string;
  value: number;
  body: string;
  version?: string;
  revised?: boolean;
  phase?: number;
}

/** How a written figure stands against the record at a date. */
export type Verdict = "true" | "outdated" | "never-true" | "not-covered";

/** A judgement of a written figure at a date, with the reports it rests on. */
export interface Judgement {
  verdict: Verdict;
  reason?: string;
  used?: Report;
  fitting?: Report[];
  inEffect?: Report | null;
  fittedFirst?: Report;
  fittedLast?: Report;
  candidates?: Report[];
  step?: number;
}

/** The series ids truth.mjs knows, each with a one-line description. */
export const SERIES: Readonly<Record<string, string>>;

/** The days within which a report of a daily series stays current (the staleness policy). */
export const INTERVAL_DAYS: number;

/** The reporting interval of series `id` in days: 45 for the UN Ukraine series (ua-civilians-*, ua-children-*, ua-refugees-europe), INTERVAL_DAYS (7) for every other (daily) series. */
export function intervalDays(id: string): number;

/** The date `n` days after (or before, when negative) `date` (YYYY-MM-DD). */
export function addDays(date: string, n: number): string;

/** Every published version of a series, oldest first. Throws for an unknown series. */
export function reports(id: string): Report[];

/** The report in effect on `date` (the latest on or before it), optionally of one body; null before the first. */
export function valueAt(id: string, date: string, body?: string): Report | null;

/** The rounding step of a written figure (34,000 -> 1,000; 1,200 -> 100). */
export function step(n: number): number;

/** The qualifier family of a written qualifier ("more than" -> "over"). Throws for an unknown qualifier. */
export function kindOf(qualifier: string): string;

/** Whether the written figure (qualifier and number) could be a true statement about the value `v`. */
export function fits(qualifier: string, n: number, v: number): boolean;

/** Judges a written figure of series `id` at `date`, optionally against one body's reports. */
export function judge(id: string, qualifier: string, n: number, date: string, body?: string): Judgement;
