import { FactmarkError } from "@factmark/core";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import * as z from "zod";

/** One schema issue in a problem document: zod's code, its path into the request, and its message. */
export const ProblemIssue = z.object({
  code: z.string(),
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type ProblemIssue = z.infer<typeof ProblemIssue>;

/** The most schema issues a problem document lists; `issueCount` gives how many there were. */
export const MAX_PROBLEM_ISSUES = 50;

/**
 * An error answer (RFC 9457 `application/problem+json`): `type` is `urn:factmark:problem:<code>`
 * with a stable code tools can switch on (one vocabulary: {@link ProblemCode}), `title` a short
 * summary, `detail` what was received and what was expected, `requestId` the request's
 * `X-Request-Id`. Schema failures carry zod's issues with their paths (the first
 * {@link MAX_PROBLEM_ISSUES}, with `issueCount` when there were more); NDJSON imports carry the
 * 1-based `line` that failed; the publish gate carries its blocking `findings`.
 */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    issues: z.array(ProblemIssue).optional(),
    issueCount: z.number().int().optional(),
    requestId: z.string().optional(),
    line: z.number().int().optional(),
    findings: z.array(z.unknown()).optional(),
  })
  .loose();
export type Problem = z.infer<typeof Problem>;

/** The problem codes the service answers with. */
export type ProblemCode =
  | "malformed-json"
  | "invalid-request"
  | "invalid-registry"
  | "invalid-input"
  | "invalid-date"
  | "parse-error"
  | "unauthorized"
  | "forbidden"
  | "not-found"
  | "method-not-allowed"
  | "conflict"
  | "payload-too-large"
  | "unsupported-media-type"
  | "rate-limited"
  | "timeout"
  | "publish-blocked"
  | "unavailable"
  | "internal";

const TITLES: Record<ProblemCode, string> = {
  "malformed-json": "Malformed JSON",
  "invalid-request": "Invalid request",
  "invalid-registry": "Invalid registry records",
  "invalid-input": "Invalid input",
  "invalid-date": "Invalid or missing date",
  "parse-error": "Content cannot be parsed",
  unauthorized: "API key required",
  forbidden: "API key lacks the scope",
  "not-found": "Not found",
  "method-not-allowed": "Method not allowed",
  conflict: "Conflict",
  "payload-too-large": "Request body too large",
  "unsupported-media-type": "Unsupported content type",
  "rate-limited": "Too many requests",
  timeout: "Request timed out",
  "publish-blocked": "Publishing blocked by error findings",
  unavailable: "Service unavailable",
  internal: "Internal error",
};

/** An error a handler throws to answer with a problem document. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ProblemCode,
    message: string,
    readonly extra: Partial<Problem> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** The problem document for an error, with at most {@link MAX_PROBLEM_ISSUES} issues. */
export function formatProblem(error: ApiError, requestId?: string): Problem {
  const problem: Problem = { type: `urn:factmark:problem:${error.code}`, title: TITLES[error.code], status: error.status, detail: error.message, code: error.code, ...error.extra };
  if (problem.issues && problem.issues.length > MAX_PROBLEM_ISSUES) {
    problem.issueCount = problem.issueCount ?? problem.issues.length;
    problem.issues = problem.issues.slice(0, MAX_PROBLEM_ISSUES);
  }
  if (requestId !== undefined) problem.requestId = requestId;
  return problem;
}

/** Answers with `error` as `application/problem+json`, carrying the request's id. */
export function problemResponse(c: Context, error: ApiError): Response {
  const requestId = c.get("requestId") as string | undefined;
  const headers = new Headers({ "Content-Type": "application/problem+json", ...error.headers });
  if (requestId !== undefined) headers.set("X-Request-Id", requestId);
  return new Response(JSON.stringify(formatProblem(error, requestId)), { status: error.status, headers });
}

/** zod issues as problem issues (paths kept as arrays of keys and indexes). */
export function toIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[] = []): ProblemIssue[] {
  return issues.map((issue) => ({ code: issue.code, path: [...prefix, ...(issue.path as (string | number)[])], message: issue.message }));
}

/** True for the errors Node raises when a client goes away mid-request: its fault, not the service's. */
function isClientAbort(error: unknown): boolean {
  const e = error as { message?: unknown; code?: unknown } | null;
  return !!e && (e.message === "aborted" || e.code === "ECONNRESET" || e.code === "ERR_STREAM_PREMATURE_CLOSE");
}

/**
 * Turns anything thrown while answering into an {@link ApiError}: a `FactmarkError` (bad input,
 * a registry record that fails its schema) becomes 422 with its issues and line; Hono's own
 * exceptions (body limit, timeout) keep their status; anything else is a 500 whose detail does
 * not leak internals.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof FactmarkError) {
    const extra: Partial<Problem> = {};
    if (error.issues) {
      extra.issues = toIssues(error.issues.slice(0, MAX_PROBLEM_ISSUES));
      if (error.issues.length > MAX_PROBLEM_ISSUES) extra.issueCount = error.issues.length;
    }
    if (error.location?.line !== undefined) extra.line = error.location.line;
    if (error.code === "limit-exceeded") return new ApiError(413, "payload-too-large", error.message, extra);
    if (error.code === "invalid-date" && error.message.startsWith("no document date")) {
      // Core's message names its own options and the command line's flag; an HTTP client sends a field.
      return new ApiError(422, "invalid-date", 'no document date: send "date" (YYYY-MM-DD) in the request body, or give the content a date of its own (Markdown front matter "date: 2024-05-04", HTML <meta name="date" content="2024-05-04">)', extra);
    }
    const code = error.code === "invalid-registry" || error.code === "invalid-date" || error.code === "parse-error" ? error.code : "invalid-input";
    return new ApiError(422, code, error.message, extra);
  }
  if (error instanceof HTTPException) {
    if (error.status === 413) return new ApiError(413, "payload-too-large", error.message || "the request body is larger than the service accepts");
    if (error.status === 504 || error.status === 503) return new ApiError(error.status, "timeout", error.message || "the request took longer than the service allows");
    return new ApiError(error.status as ContentfulStatusCode, error.status === 401 ? "unauthorized" : "invalid-request", error.message || "the request was rejected");
  }
  if (isClientAbort(error)) return new ApiError(400, "invalid-request", "the client closed the connection before sending the whole request body");
  return new ApiError(500, "internal", "the service failed while answering; the error is in its log");
}
