import * as z from "zod";

// The shapes of the parameters the server reads, as the Language Server Protocol defines them
// (the parts the server reads; other properties are let through).
const Position = z.object({ line: z.number().int().nonnegative(), character: z.number().int().nonnegative() });
const Range = z.object({ start: Position, end: Position });

/** `textDocument/didOpen` parameters. */
export const DidOpenParams = z.object({ textDocument: z.object({ uri: z.string().min(1), languageId: z.string(), version: z.number().int(), text: z.string() }) });

/** `textDocument/didChange` parameters: each change replaces a range, or the whole text when it has none. */
export const DidChangeParams = z.object({
  textDocument: z.object({ uri: z.string().min(1), version: z.number().int() }),
  contentChanges: z.array(z.union([z.object({ range: Range, text: z.string() }), z.object({ text: z.string() })])),
});

/** `textDocument/didClose` parameters. */
export const DidCloseParams = z.object({ textDocument: z.object({ uri: z.string().min(1) }) });

/** `textDocument/codeAction` parameters. */
export const CodeActionParams = z.object({
  textDocument: z.object({ uri: z.string().min(1) }),
  range: Range,
  context: z.object({ diagnostics: z.array(z.unknown()), only: z.array(z.string()).optional() }),
});

/**
 * Why `params` do not fit `schema`, in one line for a log or an error response naming the method
 * and each wrong field's path; undefined when they fit.
 *
 * @example
 * describeBadParams(DidOpenParams, { textDocument: { uri: "file:///a.md" } }, "textDocument/didOpen")
 * // 'textDocument/didOpen needs … ✖ Invalid input: expected string, received undefined → at textDocument.languageId …'
 */
export function describeBadParams(schema: z.ZodType, params: unknown, method: string): string | undefined {
  const parsed = schema.safeParse(params);
  if (parsed.success) return undefined;
  return `${method} parameters do not have the protocol's shape: ${z.prettifyError(parsed.error).replace(/\s*\n\s*/g, " ")}`;
}
