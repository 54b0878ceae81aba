import { Hono } from "hono";
import { type AppEnv, requireScope } from "../auth.js";
import { readJson, readQuery } from "../request.js";
import { OutdatedQuery, StoriesQuery, type StoryDetail, StoryInput } from "../schemas.js";
import type { RegistryStore } from "../store.js";
import type { StoryStore } from "../stories.js";

/**
 * Stories: `POST /v1/stories` registers a published story and keeps its mentions;
 * `GET /v1/stories/outdated` is the corrections desk's list (stories with a figure a newer
 * claim has outdated, checked at today's date or `?date=`); `GET /v1/stories/:id/claimreview`
 * is ClaimReview JSON-LD for the figures checked in a story.
 */
export function storyRoutes(store: RegistryStore, stories: StoryStore, options: { openReads: boolean; reviewer?: string; today: () => string }): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const read = requireScope("read", options.openReads);
  app.post("/stories", requireScope("write"), async (c) => {
    const input = await readJson(c, StoryInput);
    const result = await stories.register(input);
    const detail: StoryDetail = { ...result.story, mentions: result.mentions, findings: result.findings };
    return c.json(detail, result.created ? 201 : 200, { Location: `/v1/stories/${encodeURIComponent(input.id)}` });
  });
  app.get("/stories", read, async (c) => c.json(await stories.list(readQuery(c, StoriesQuery))));
  app.get("/stories/outdated", read, async (c) => {
    const query = readQuery(c, OutdatedQuery);
    return c.json(await stories.outdated(store.version, query.date ?? options.today(), query));
  });
  app.get("/stories/:id", read, async (c) => {
    return c.json(await stories.detail(c.req.param("id"), store.version));
  });
  app.get("/stories/:id/claimreview", read, async (c) => {
    const reviews = await stories.claimReview(c.req.param("id"), store.registry, options.reviewer);
    return c.body(JSON.stringify(reviews), 200, { "Content-Type": "application/ld+json" });
  });
  return app;
}
