import type { Context } from "hono";
import { z } from "zod";
import { ApiError, toIssues } from "./problem.js";

/**
 * Reads the request body as JSON and parses it with `schema`. Malformed JSON is a 400 naming the
 * position JSON.parse stopped at; a body that parses but fails the schema is a 422 with zod's
 * issues and their paths (`["citations", 0, "source"]`).
 */
export async function readJson<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
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
  return parseOr422(schema, value, "request body");
}

/** Parses the query string with `schema` (values are strings; the schema coerces). 422 with the parameter's name as path. */
export function readQuery<T extends z.ZodType>(c: Context, schema: T): z.infer<T> {
  return parseOr422(schema, c.req.query(), "query parameters");
}

/** Parses `value` with `schema`, or throws a 422 listing zod's issues with their paths. */
export function parseOr422<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ApiError(422, "invalid-request", `invalid ${what}:\n${z.prettifyError(result.error)}`, { issues: toIssues(result.error.issues) });
}
