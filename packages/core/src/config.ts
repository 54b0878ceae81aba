import * as z from "zod";
import { IsoDate } from "./dates.js";
import { parseWith } from "./errors.js";
import { RuleId, Severity } from "./finding.js";

/** A rule's setting: off, a severity, or a severity with options (`["warning", { "maxAgeDays": 3 }]`). */
export const RuleSetting = /* @__PURE__ */ z.union([
  /* @__PURE__ */ z.literal("off"),
  Severity,
  /* @__PURE__ */ z.tuple([/* @__PURE__ */ z.union([/* @__PURE__ */ z.literal("off"), Severity]), /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())]),
]);
export type RuleSetting = z.infer<typeof RuleSetting>;

/** Settings by rule id. Rules not named keep their default severity. */
export const RulesConfig = /* @__PURE__ */ z.partialRecord(RuleId, RuleSetting);
export type RulesConfig = z.infer<typeof RulesConfig>;

/**
 * The `factmark.config.json` file: rule settings, an optional registry to check against instead
 * of the default (a file, or a list of files merged in order, where `"default"` stands for the
 * default registry), and an optional fixed document date.
 *
 * @example
 * { "rules": { "anonymous-source": "off", "outdated-figure": ["error", { "maxAgeDays": 3 }] }, "registry": ["default", "newsroom-registry.ndjson"] }
 */
export const Config = /* @__PURE__ */ z
  .object({
    $schema: /* @__PURE__ */ z.string().optional(),
    rules: /* @__PURE__ */ RulesConfig.default({}),
    registry: /* @__PURE__ */ z.union([/* @__PURE__ */ z.string().min(1), /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().min(1)).min(1)]).optional(),
    date: /* @__PURE__ */ IsoDate.optional(),
  })
  .strict();
export type Config = z.infer<typeof Config>;

/** Validates a parsed config object; throws a FactmarkError ("invalid-config") with zod paths. */
export function parseConfig(value: unknown, file = "factmark.config.json"): Config {
  return parseWith(Config, value, "config", { file }, "invalid-config");
}

/** The severity and options a rule runs with under `rules`, or undefined when it is off. */
export function resolveRuleSetting(
  rules: RulesConfig | undefined,
  id: RuleId,
  fallback: Severity,
): { severity: Severity; options: Record<string, unknown> } | undefined {
  const setting = rules?.[id];
  if (setting === undefined) return { severity: fallback, options: {} };
  if (setting === "off") return undefined;
  if (typeof setting === "string") return { severity: setting, options: {} };
  const [severity, options] = setting;
  if (severity === "off") return undefined;
  return { severity, options };
}
