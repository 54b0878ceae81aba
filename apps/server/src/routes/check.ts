import { Hono } from "hono";
import type { AppEnv } from "../auth.js";
import { requireScope } from "../auth.js";
import { ApiError } from "../problem.js";
import { readJson, readQuery } from "../request.js";
import { CheckQuery, CheckRequest } from "../schemas.js";
import { formatOf } from "../checking.js";
import type { CheckOutcome, CheckTask } from "../pool.js";
import type { RegistryStore } from "../store.js";

/**
 * `POST /v1/check`: checks a draft against the registry. With `?gate=publish` it is the
 * pre-publish gate a CMS calls: 422 with the blocking findings when an error finding remains.
 *
 * @example
 * curl -s localhost:8787/v1/check?gate=publish -H 'content-type: application/json' \
 *   -d '{"content":"Over 40,000 Palestinians have been killed, the ministry said.","date":"2024-05-04"}'
 */
export function checkRoutes(store: RegistryStore, check: (task: CheckTask, signal?: AbortSignal) => Promise<CheckOutcome>, openReads: boolean): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post("/check", requireScope("read", openReads), async (c) => {
    const query = readQuery(c, CheckQuery);
    // A draft is checked, never stored: a NUL in it is only text.
    const body = await readJson(c, CheckRequest, { allowNul: true });
    const registryVersion = store.version;
    const { date, findings } = await check({
      content: body.content,
      format: formatOf(body.content, body.format),
      ...(body.date ? { date: body.date } : {}),
      ...(body.rules ? { rules: body.rules } : {}),
      mentions: false,
    }, c.get("signal"));
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of findings) counts[f.severity]++;
    if (query.gate === "publish" && counts.error > 0) {
      const blocking = findings.filter((f) => f.severity === "error");
      const detail = `${blocking.length} error finding${blocking.length === 1 ? "" : "s"} must be fixed before publishing: ${blocking.map((f) => `"${f.text}" (${f.ruleId})`).join(", ")}`;
      throw new ApiError(422, "publish-blocked", detail, { findings: blocking, date, registryVersion });
    }
    return c.json({ date, registryVersion, counts, findings });
  });
  return app;
}
