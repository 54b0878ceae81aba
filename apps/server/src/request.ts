import type { Context } from "hono";
import * as z from "zod";
import { ApiError, MAX_PROBLEM_ISSUES, toIssues } from "./problem.js";

/**
 * Reads the request body as JSON and parses it with `schema`. Malformed JSON is a 400 naming the
 * position JSON.parse stopped at; a body that parses but fails the schema is a 422 with zod's
 * issues and their paths (`["citations", 0, "source"]`).
 */
export async function readJson<T extends z.ZodType>(c: Context, schema: T, options: { allowNul?: boolean } = {}): Promise<z.infer<T>> {
  const type = c.req.header("content-type") ?? "";
  if (type && !/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw new ApiError(415, "unsupported-media-type", `expected a JSON body with Content-Type: application/json; received Content-Type: ${type}`);
  }
  const text = await c.req.text();
  if (text.trim() === "") throw new ApiError(400, "malformed-json", 'the request body is empty; expected a JSON object, for example {"content":"Over 34,000 killed.","format":"text","date":"2024-05-04"}');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ApiError(400, "malformed-json", `the request body is not valid JSON: ${(error as Error).message}`);
  }
  const problem = inspectJson(value, options);
  if (problem) throw new ApiError(422, "invalid-request", `invalid request body at ${problem.path.length ? problem.path.join(".") : "its top"}: ${problem.message}`, { issues: [{ code: "custom", ...problem }] });
  return parseOr422(schema, value, "request body");
}

/** The deepest nesting of arrays and objects a JSON body may have (a ProseMirror document of 200 levels, core's own limit, is about 400). */
export const MAX_JSON_DEPTH = 512;

/**
 * The first thing in a parsed JSON value that the service must not take: nesting deeper than
 * {@link MAX_JSON_DEPTH} (it would overflow the stack when written back as JSON), a string or key
 * that is not well-formed UTF-16 (a lone surrogate, which no database keeps as sent), or, unless
 * `allowNul`, a NUL character (which PostgreSQL text cannot hold). Walks without recursion.
 */
export function inspectJson(value: unknown, options: { allowNul?: boolean } = {}): { path: (string | number)[]; message: string } | undefined {
  // Paths are kept as links to the parent, and spelled out only for the problem found.
  type At = { parent: At | undefined; key: string | number; depth: number } | undefined;
  const pathOf = (at: At, limit = Infinity): (string | number)[] => {
    const path: (string | number)[] = [];
    for (let a = at; a; a = a.parent) path.push(a.key);
    return path.reverse().slice(0, limit);
  };
  const problemOf = (text: string): string | undefined => {
    if (!text.isWellFormed()) return "the text is not well-formed Unicode (it holds a lone surrogate, such as \\ud800); send UTF-16 text whose surrogates come in pairs";
    if (!options.allowNul && text.includes("\u0000")) return "must not contain NUL (\\u0000) characters";
    return undefined;
  };
  const stack: [unknown, At][] = [[value, undefined]];
  while (stack.length > 0) {
    const [node, at] = stack.pop()!;
    if (typeof node === "string") {
      const message = problemOf(node);
      if (message) return { path: pathOf(at), message };
      continue;
    }
    if (typeof node !== "object" || node === null) continue;
    const depth = (at?.depth ?? 0) + 1;
    if (depth > MAX_JSON_DEPTH) return { path: pathOf(at, 8), message: `arrays and objects are nested deeper than ${MAX_JSON_DEPTH} levels` };
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], { parent: at, key: i, depth }]);
    } else {
      const keys = Object.keys(node);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        const child = { parent: at, key, depth };
        const message = problemOf(key);
        if (message) return { path: pathOf(child), message };
        stack.push([(node as Record<string, unknown>)[key], child]);
      }
    }
  }
  return undefined;
}

/** Parses the query string with `schema` (values are strings; the schema coerces). 422 with the parameter's name as path. */
export function readQuery<T extends z.ZodType>(c: Context, schema: T): z.infer<T> {
  return parseOr422(schema, c.req.query(), "query parameters");
}

/** Parses `value` with `schema`, or throws a 422 listing zod's issues with their paths. */
export function parseOr422<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const all = result.error.issues;
  const issues = all.slice(0, MAX_PROBLEM_ISSUES);
  const more = all.length > issues.length ? `\n(${all.length} issues; the first ${issues.length} are listed)` : "";
  throw new ApiError(422, "invalid-request", `invalid ${what}:\n${z.prettifyError({ issues })}${more}`, { issues: toIssues(issues), ...(more ? { issueCount: all.length } : {}) });
}
