import { Hono } from "hono";
import type { Kysely } from "kysely";
import { type AppEnv, requireScope } from "../auth.js";
import type { Database } from "../db/schema.js";
import { createApiKey, listApiKeys, revokeApiKey } from "../keys.js";
import { notFound } from "../store.js";
import { readJson } from "../request.js";
import { KeyRequest } from "../schemas.js";

/** Key management for `admin` keys: list, create (the secret is in the answer, once), revoke. */
export function keyRoutes(db: Kysely<Database>): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use("/keys", requireScope("admin"));
  app.use("/keys/*", requireScope("admin"));
  app.get("/keys", async (c) => c.json({ items: await listApiKeys(db) }));
  app.post("/keys", async (c) => {
    const body = await readJson(c, KeyRequest);
    return c.json(await createApiKey(db, { scope: body.scope, ...(body.name ? { name: body.name } : {}) }), 201);
  });
  app.delete("/keys/:id", async (c) => {
    if (!(await revokeApiKey(db, c.req.param("id")))) throw notFound("API key", c.req.param("id"));
    return c.body(null, 204);
  });
  return app;
}
