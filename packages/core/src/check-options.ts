import type * as z from "zod";
import { isValidIsoDate } from "./dates.js";
import { FactmarkError, formatIssues } from "./errors.js";
import { INPUT_FORMATS } from "./formats/index.js";

/** What a value is, in a few words, for an error message: `a string "2024-5-4"`, `a Date`, `an array`. */
function describeValue(value: unknown): string {
  if (value === undefined) return "nothing (undefined)";
  if (value === null) return "null";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === "number" || typeof value === "boolean") return `the ${typeof value} ${String(value)}`;
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value instanceof Date) return "a Date object";
  if (typeof value === "function") return "a function";
  if (typeof value === "object") {
    const name = Object.getPrototypeOf(value)?.constructor?.name;
    const keys = Object.keys(value).slice(0, 6);
    return `${name && name !== "Object" ? `a ${name}` : "an object"}${keys.length ? ` with keys ${keys.join(", ")}` : ""}`;
  }
  return typeof value;
}

const REGISTRY_KEYS = ["claims", "sources", "series", "places", "conflicts", "actors"];

/** True for a value that acts as a Registry (any copy of core's class: duplicate installs stay usable). */
function isRegistry(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const registry = value as Record<string, unknown>;
  return typeof registry.world === "function" && typeof registry.series === "function" && typeof registry.places === "function" && typeof registry.findSeries === "function";
}

/** What each option accepts, and what to say of a value that fails. */
interface OptionSpec {
  accepts: (value: unknown) => boolean;
  /** The message for a value `accepts` refused. */
  problem: (value: unknown) => string;
}

const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  registry: {
    accepts: isRegistry,
    problem: (value) => {
      const raw = typeof value === "object" && value !== null && !Array.isArray(value) && REGISTRY_KEYS.some((key) => key in value);
      return raw
        ? `received raw registry data (${describeValue(value)}); expected a Registry: wrap the data with Registry.from(data), for example { registry: Registry.from(JSON.parse(text)) }`
        : `received ${describeValue(value)}; expected a Registry, for example { registry: defaultRegistry() } from @factmark/dataset-gaza, or Registry.from(data)`;
    },
  },
  date: {
    accepts: (value) => value === undefined || (typeof value === "string" && isValidIsoDate(value)),
    problem: (value) =>
      `received ${describeValue(value)}, which is not a date; expected a calendar date written YYYY-MM-DD, for example "2024-05-04"${value instanceof Date ? "; for a Date, pass date.toISOString().slice(0, 10)" : ""}`,
  },
  format: {
    accepts: (value) => value === undefined || (typeof value === "string" && (INPUT_FORMATS as readonly string[]).includes(value)),
    problem: (value) => `received ${describeValue(value)}; expected one of ${INPUT_FORMATS.map((f) => `"${f}"`).join(", ")}, for example { format: "markdown" }`,
  },
  // Rule settings are checked where the rules read them.
  rules: { accepts: () => true, problem: () => "" },
  cache: {
    accepts: (value) =>
      value === undefined || (typeof value === "object" && value !== null && typeof (value as Map<unknown, unknown>).get === "function" && typeof (value as Map<unknown, unknown>).set === "function"),
    problem: (value) => `received ${describeValue(value)}; expected a Map kept across calls, for example { cache: new Map() }`,
  },
  // checkDocument()'s run of the document before an edit.
  previous: { accepts: () => true, problem: () => "" },
};

const OPTION_NAMES = Object.keys(OPTIONS);

/** The option a misspelt key most likely meant: one edit or transposition away, or none. */
function nearestOption(key: string): string | undefined {
  const lower = key.toLowerCase();
  return OPTION_NAMES.find((name) => name === lower || withinOneEdit(name, lower));
}

/** True when `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    const swapped = i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    return swapped || a.slice(i + 1) === b.slice(i + 1);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** One problem with the options, in the shape of a zod issue (`FactmarkError.issues`). */
type OptionIssue = z.core.$ZodIssue;

/**
 * The problems of an options object, each with its path and message: every option that fails its
 * test (a missing `registry` included), and the keys no option has, in one `unrecognized_keys`
 * issue naming each and the option it most likely meant.
 *
 * Checked by hand rather than with a zod schema: `check()` is the package's hot path and its
 * browser bundle's entry, and a schema here would bring zod into every bundle that checks (about
 * 20 kB gzip) for a handful of `typeof` tests. The issues keep zod's shape and its printed form.
 */
function optionIssues(options: Record<string, unknown>): OptionIssue[] {
  const issues: OptionIssue[] = [];
  const unknown: string[] = [];
  for (const key of Object.keys(options)) if (!Object.hasOwn(OPTIONS, key)) unknown.push(key);
  if (unknown.length > 0) {
    const meant = unknown.map((key) => {
      const near = nearestOption(key);
      return near ? `"${key}" (did you mean "${near}"?)` : `"${key}"`;
    });
    const message = `Unrecognized key${unknown.length === 1 ? "" : "s"}: ${meant.join(", ")}; the options are ${OPTION_NAMES.slice(0, 5).join(", ")}`;
    issues.push({ code: "unrecognized_keys", keys: unknown, path: [], message, input: options } as OptionIssue);
  }
  for (const key of OPTION_NAMES) {
    const value = options[key];
    const spec = OPTIONS[key]!;
    if (!spec.accepts(value)) issues.push({ code: "custom", path: [key], message: spec.problem(value), input: value } as OptionIssue);
  }
  return issues;
}

/**
 * Checks the options given to `check()` or `checkDocument()` and throws a {@link FactmarkError}
 * (`invalid-config`, or `invalid-date` for a bad date) naming each option that is wrong, what it
 * received and what would be valid. Returns nothing: the caller keeps its own options object, since
 * a later run compares `rules` by identity.
 */
export function validateCheckOptions(options: unknown, what = "check()"): void {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new FactmarkError(
      "invalid-config",
      `${what} needs options; received ${describeValue(options)}. Expected an object with a registry and a date, for example ${what.replace("()", "")}(text, { registry: defaultRegistry(), date: "2024-05-04" })`,
    );
  }
  const issues = optionIssues(options as Record<string, unknown>);
  if (issues.length === 0) return;
  const onlyDate = issues.every((issue) => issue.path[0] === "date");
  throw new FactmarkError(onlyDate ? "invalid-date" : "invalid-config", `invalid ${what} options:\n${formatIssues(issues)}`, {
    issues,
    location: { path: issues[0]!.path as (string | number)[] },
  });
}
