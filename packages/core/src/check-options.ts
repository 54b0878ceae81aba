import * as z from "zod";
import { isValidIsoDate } from "./dates.js";
import { FactmarkError } from "./errors.js";
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

/**
 * What each option accepts, as plain tests: the schema below reports what fails them, and
 * {@link validateCheckOptions} runs the schema only when one fails (a server or an editor calls
 * `check()` thousands of times a second with good options).
 */
const ACCEPTS: Readonly<Record<string, (value: unknown) => boolean>> = {
  registry: isRegistry,
  date: (value) => value === undefined || (typeof value === "string" && isValidIsoDate(value)),
  format: (value) => value === undefined || (typeof value === "string" && (INPUT_FORMATS as readonly string[]).includes(value)),
  rules: () => true,
  cache: (value) => value === undefined || (typeof value === "object" && value !== null && typeof (value as Map<unknown, unknown>).get === "function" && typeof (value as Map<unknown, unknown>).set === "function"),
  previous: () => true,
};

function acceptsAll(options: object): boolean {
  if (!("registry" in options)) return false;
  for (const key in options) {
    const accepts = Object.hasOwn(ACCEPTS, key) ? ACCEPTS[key] : undefined;
    if (!accepts || !accepts((options as Record<string, unknown>)[key])) return false;
  }
  return true;
}

const registry = /* @__PURE__ */ z.unknown().check((ctx) => {
  const value = ctx.value;
  if (ACCEPTS.registry!(value)) return;
  const raw = typeof value === "object" && value !== null && !Array.isArray(value) && REGISTRY_KEYS.some((key) => key in value);
  ctx.issues.push({
    code: "custom",
    input: value,
    message: raw
      ? `received raw registry data (${describeValue(value)}); expected a Registry: wrap the data with Registry.from(data), for example { registry: Registry.from(JSON.parse(text)) }`
      : `received ${describeValue(value)}; expected a Registry, for example { registry: defaultRegistry() } from @factmark/dataset-gaza, or Registry.from(data)`,
  });
});

const date = /* @__PURE__ */ z.unknown().check((ctx) => {
  const value = ctx.value;
  if (ACCEPTS.date!(value)) return;
  const hint = value instanceof Date ? `; for a Date, pass date.toISOString().slice(0, 10)` : "";
  ctx.issues.push({ code: "custom", input: value, message: `received ${describeValue(value)}, which is not a date; expected a calendar date written YYYY-MM-DD, for example "2024-05-04"${hint}` });
});

const format = /* @__PURE__ */ z.unknown().check((ctx) => {
  const value = ctx.value;
  if (ACCEPTS.format!(value)) return;
  ctx.issues.push({ code: "custom", input: value, message: `received ${describeValue(value)}; expected one of ${INPUT_FORMATS.map((f) => `"${f}"`).join(", ")}, for example { format: "markdown" }` });
});

const cache = /* @__PURE__ */ z.unknown().check((ctx) => {
  const value = ctx.value;
  if (ACCEPTS.cache!(value)) return;
  ctx.issues.push({ code: "custom", input: value, message: `received ${describeValue(value)}; expected a Map kept across calls, for example { cache: new Map() }` });
});

/**
 * The schema of {@link check}'s options: `registry` a Registry, `date` a YYYY-MM-DD date,
 * `format` one of the input formats, `cache` a Map, and no other keys (`previous`, for
 * `checkDocument`). Rule settings are checked where the rules read them.
 */
export const CheckOptionsSchema = /* @__PURE__ */ z
  .object({
    registry,
    date: date.optional(),
    format: format.optional(),
    rules: /* @__PURE__ */ z.unknown().optional(),
    cache: cache.optional(),
    previous: /* @__PURE__ */ z.unknown().optional(),
  })
  .strict();

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
  if (acceptsAll(options)) return;
  const result = CheckOptionsSchema.safeParse(options);
  if (result.success) return;
  const onlyDate = result.error.issues.every((issue) => issue.path[0] === "date");
  throw new FactmarkError(onlyDate ? "invalid-date" : "invalid-config", `invalid ${what} options:\n${z.prettifyError(result.error)}`, {
    issues: result.error.issues,
    location: { path: result.error.issues[0]?.path as (string | number)[] },
  });
}
