// Types only: `factmark --version` and `--help` load this module and must not load core.
import type { ErrorLocation, FactmarkError } from "@factmark/core/lazy";

/**
 * A problem with how the command was called or with what it was given to read (an unknown
 * option, a missing file, a bad date, a glob matching nothing). The command prints its message
 * as one line, `factmark: <message>`, and exits with code 2.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/**
 * Describes a thrown error as one line for `factmark: <line>`: a {@link UsageError}'s message, a
 * core `FactmarkError`'s first line with its location (`file:line:column`) and its first schema
 * issue, or a file system error with the path it concerns.
 */
export function describeError(error: unknown): string {
  if (error instanceof UsageError) return oneLine(error.message);
  if (isFactmarkError(error)) return describeFactmarkError(error);
  if (isSystemError(error)) return error.path ? `cannot read "${error.path}": ${describeReadError(error)}` : describeReadError(error);
  return oneLine(error instanceof Error ? error.message : String(error));
}

/** True for core's FactmarkError, told by its name and code rather than its class, which is in core. */
function isFactmarkError(error: unknown): error is FactmarkError {
  return error instanceof Error && error.name === "FactmarkError" && typeof (error as { code?: unknown }).code === "string";
}

/** `file:line:column`, the parts that are known, as core's formatLocation writes it. */
function formatLocation(location: ErrorLocation | undefined): string {
  if (!location) return "";
  return [location.file, location.line, location.line !== undefined ? location.column : undefined].filter((part) => part !== undefined).join(":");
}

function describeFactmarkError(error: FactmarkError): string {
  const where = formatLocation(error.location);
  let line = (error.message.split("\n")[0] ?? "").trim();
  if (where && !line.startsWith(where)) line = `${where}: ${line}`;
  const issue = error.issues?.[0];
  if (issue) {
    // A schema failure's first line only says "invalid registry:": the first issue says what.
    line = line.replace(/:$/, "");
    const path = issue.path.length ? ` at ${formatPath(issue.path)}` : "";
    const more = error.issues!.length > 1 ? ` (and ${error.issues!.length - 1} more)` : "";
    line = `${line}: ${oneLine(issue.message)}${path}${more}`;
  }
  return oneLine(line);
}

/** A zod issue path as code would write it: `claims[12].quantity.value`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join("");
}

interface SystemError extends Error {
  code: string;
  path?: string;
}

function isSystemError(error: unknown): error is SystemError {
  const code: unknown = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" && code.startsWith("E");
}

const SYSTEM_REASONS: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "is a directory; pass files or a glob, for example \"stories/**/*.md\"",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOTDIR: "a part of the path is not a directory",
  EMFILE: "too many open files",
};

/** Why a file could not be read, in a few words: "no such file", "permission denied". */
export function describeReadError(error: unknown): string {
  if (isSystemError(error)) return SYSTEM_REASONS[error.code] ?? oneLine(error.message);
  return oneLine(error instanceof Error ? error.message : String(error));
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}
