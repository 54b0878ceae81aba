import { IsoDate, RulesConfig } from "@factmark/core/lazy";
import * as z from "zod";

/** The longest document the language server checks, in UTF-16 code units, unless a setting says otherwise. */
export const DEFAULT_MAX_DOCUMENT_LENGTH = 1_000_000;

/**
 * The language server's settings, the `factmark` section of the editor's configuration (or the
 * client's `initializationOptions`). Every one is optional; the command line's `--date`,
 * `--registry`, `--dataset` and `--config` win over them, and they win over the config file.
 *
 * @example
 * { "date": "2024-05-04", "registry": "newsroom.ndjson", "rules": { "anonymous-source": "off" } }
 */
export const LspSettings = z.object({
  /** The document date for stories whose front matter gives none; before the config's `date`, after `--date`. */
  date: IsoDate.optional(),
  /** A registry file, relative to the workspace folder. */
  registry: z.string().min(1).optional(),
  /** Dataset packages to check against (`"gaza"` is `@factmark/dataset-gaza`), merged in order. */
  dataset: z.union([z.string().min(1), z.array(z.string().min(1))]).optional(),
  /** A config file, relative to the workspace folder. @default the nearest factmark.config.json above the document */
  config: z.string().min(1).optional(),
  /** Rule settings, over the config file's. */
  rules: RulesConfig.optional(),
  /** Documents longer than this many UTF-16 code units are not checked. @default 1000000 */
  maxDocumentLength: z.number().int().positive().optional(),
});
export type LspSettings = z.infer<typeof LspSettings>;

// Keys a client may put in the factmark section for itself (VS Code's "factmark.trace.server").
const CLIENT_KEYS = new Set(["trace"]);

/**
 * Reads settings sent by a client: the object itself or its `factmark` section; `null` or
 * `undefined` is no settings. Returns the settings and a problem for people when some were not
 * understood (those are left out; the rest apply), naming each path and what was expected.
 */
export function parseLspSettings(value: unknown): { settings: LspSettings; problem?: string } {
  if (value === null || value === undefined) return { settings: {} };
  if (typeof value !== "object" || Array.isArray(value)) return { settings: {}, problem: `factmark settings must be an object; received ${Array.isArray(value) ? "an array" : typeof value}, for example {"date": "2024-05-04"}` };
  const record = value as Record<string, unknown>;
  const section = typeof record.factmark === "object" && record.factmark !== null ? (record.factmark as Record<string, unknown>) : record;
  const problems: string[] = [];
  const unknown = Object.keys(section).filter((key) => !(key in LspSettings.shape) && !CLIENT_KEYS.has(key) && key !== "factmark");
  if (unknown.length) problems.push(`unknown setting${unknown.length > 1 ? "s" : ""} ${unknown.map((k) => `"${k}"`).join(", ")}; expected ${Object.keys(LspSettings.shape).join(", ")}`);
  const settings: Record<string, unknown> = {};
  // Each setting on its own, so one mistake does not discard the others.
  for (const [key, schema] of Object.entries(LspSettings.shape)) {
    if (section[key] === undefined || section[key] === null) continue;
    const parsed = (schema as z.ZodType).safeParse(section[key]);
    if (parsed.success) settings[key] = parsed.data;
    else problems.push(`"${key}": ${z.prettifyError(parsed.error).replace(/\s*\n\s*/g, " ")}`);
  }
  return { settings: settings as LspSettings, ...(problems.length ? { problem: `factmark settings: ${problems.join("; ")}` } : {}) };
}
