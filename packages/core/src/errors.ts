import * as z from "zod";

/**
 * Machine-readable reason a {@link FactmarkError} was thrown. Stable: tools switch on it.
 * - `registry-conflict`: registries being merged define one id differently (`Registry.merge`).
 * - `empty-registry`: `check()` was given a registry with no claims, no series and no places,
 *   against which nothing in a story can be judged.
 */
export type FactmarkErrorCode =
  | "invalid-input"
  | "invalid-registry"
  | "registry-conflict"
  | "empty-registry"
  | "invalid-config"
  | "invalid-date"
  | "parse-error"
  | "unsupported-format"
  | "reader-not-loaded"
  | "not-found"
  | "limit-exceeded";

/** Where in a file a problem is: 1-based line and column, and the zod path inside the record. */
export interface ErrorLocation {
  /** File name or label of the input, when known. */
  file?: string;
  /** 1-based line number (NDJSON, CSV, JSON). */
  line?: number;
  /** 1-based column. */
  column?: number;
  /** Path inside the record, as zod reports it. */
  path?: (string | number)[];
}

/**
 * The error factmark throws for bad input or configuration (never for problems in checked text,
 * which are findings). Its message names what was received, what was expected, and an example.
 */
export class FactmarkError extends Error {
  /** Stable reason code. */
  readonly code: FactmarkErrorCode;
  /** Where the problem is, when known. */
  readonly location: ErrorLocation | undefined;
  /** The zod issues behind a schema failure. */
  readonly issues: z.core.$ZodIssue[] | undefined;

  constructor(
    code: FactmarkErrorCode,
    message: string,
    options: { location?: ErrorLocation; issues?: z.core.$ZodIssue[]; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "FactmarkError";
    this.code = code;
    this.location = options.location;
    this.issues = options.issues;
  }
}

/** Formats a location as `file:line:column` (the parts that are known). */
export function formatLocation(location: ErrorLocation | undefined): string {
  if (!location) return "";
  const parts = [location.file, location.line, location.line !== undefined ? location.column : undefined].filter(
    (part) => part !== undefined,
  );
  return parts.join(":");
}

/**
 * Issues printed as zod's `prettifyError` prints them (shortest path first, "✖ message" and
 * "  → at path"), for problems found by hand, so every error of the package reads alike without
 * bundling zod's printer where no schema runs.
 */
export function formatIssues(issues: readonly { message: string; path: readonly PropertyKey[] }[]): string {
  const lines: string[] = [];
  for (const issue of [...issues].sort((a, b) => a.path.length - b.path.length)) {
    lines.push(`✖ ${issue.message}`);
    if (issue.path.length > 0) lines.push(`  → at ${dotPath(issue.path)}`);
  }
  return lines.join("\n");
}

/** A path as zod writes it: `claims[3].value`, `["odd key"]`. */
function dotPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "symbol") out += `[${JSON.stringify(String(key))}]`;
    else if (/[^\w$]/.test(key)) out += `[${JSON.stringify(key)}]`;
    else out += out ? `.${key}` : key;
  }
  return out;
}

/**
 * Parses `value` with `schema`, or throws a {@link FactmarkError} carrying zod's issues and paths.
 * `what` names the input in the message ("claim on line 3 of registry.ndjson").
 */
export function parseWith<T extends z.ZodType>(
  schema: T,
  value: unknown,
  what: string,
  location?: ErrorLocation,
  code: FactmarkErrorCode = "invalid-input",
): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const where = formatLocation(location);
  throw new FactmarkError(
    code,
    `${where ? `${where}: ` : ""}invalid ${what}:\n${z.prettifyError(result.error)}`,
    { ...(location ? { location: { ...location, path: result.error.issues[0]?.path as (string | number)[] } } : {}), issues: result.error.issues },
  );
}
