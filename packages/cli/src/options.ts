import { INPUT_FORMATS, type InputFormat, isValidIsoDate } from "@factmark/core/lazy";
import { UsageError } from "./errors.js";

/**
 * Checks an option's value against the values it accepts, or throws a {@link UsageError} naming
 * the option, the value received and the values expected.
 */
export function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} "${value}" is not one of ${allowed.join(", ")}; for example ${option} ${allowed[allowed.length > 1 ? 1 : 0]}`);
}

/** Reads `--input-format`: one of core's input formats, or undefined to go by each file's extension. */
export function inputFormatOption(value: string | undefined): InputFormat | undefined {
  return value === undefined ? undefined : oneOf("--input-format", value, INPUT_FORMATS, "text");
}

/** Reads `--date`: a real calendar date written YYYY-MM-DD, or undefined. */
export function dateOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isValidIsoDate(value)) throw new UsageError(`--date "${value}" is not a date; expected YYYY-MM-DD, for example --date 2024-05-04`);
  return value;
}

/** A string option's value (parseArgs types every value loosely). */
export function stringOption(values: Record<string, unknown>, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

/** A string option given any number of times (`multiple` in its spec): its values in order, or undefined when it was not given. */
export function stringsOption(values: Record<string, unknown>, name: string): string[] | undefined {
  const value = values[name];
  if (typeof value === "string") return [value];
  return Array.isArray(value) && value.length > 0 ? value.filter((entry): entry is string => typeof entry === "string") : undefined;
}
