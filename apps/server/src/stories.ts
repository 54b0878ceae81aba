import { type Claim, type ClaimReview, type Finding, type Mention, type Registry, type RulesConfig, type Source, RULES, formatClaimReview } from "@factmark/core";
import type { Kysely } from "kysely";
import type { Database } from "./db/schema.js";
import type { CheckOutcome, CheckTask } from "./pool.js";
import { ApiError } from "./problem.js";
import { ensureId, notFound } from "./store.js";
import { formatOf } from "./checking.js";
import type { ContentFormat, Story, StoryDetail, StoryInput, StoryMention } from "./schemas.js";

/** Rule settings that keep only `outdated-figure`: the corrections desk's question. */
const OUTDATED_ONLY: RulesConfig = Object.fromEntries(RULES.map((rule) => [rule.id, rule.id === "outdated-figure" ? rule.severity : "off"]));

type StoryRow = Database["stories"];

/** A story row as listed: everything but the content. */
function toStorySummary(row: Omit<StoryRow, "content">): Omit<Story, "content"> {
  return {
    id: row.id,
    ...(row.url !== null ? { url: row.url } : {}),
    ...(row.title !== null ? { title: row.title } : {}),
    date: row.date,
    format: row.format as ContentFormat,
    registeredAt: row.registered_at,
    updatedAt: row.updated_at,
  };
}

function toStory(row: StoryRow): Story {
  return { ...toStorySummary(row), content: row.format === "prosemirror" ? (JSON.parse(row.content) as object as Story["content"]) : row.content };
}

/**
 * Registered stories: what a newsroom published, with the mentions found in each, so that a
 * new figure in the registry can be traced to the stories it has outdated.
 */
export class StoryStore {
  /**
   * Outdated-figure findings by story revision and date, for one registry version: a story's
   * findings change only when the story or the registry does, so the corrections desk's list is
   * checked once per change rather than on every request.
   */
  #outdated: { version: number; findings: Map<string, Finding[]> } = { version: -1, findings: new Map() };
  /** The same for each story's own findings at its date. */
  #details: { version: number; findings: Map<string, Finding[]> } = { version: -1, findings: new Map() };

  /**
   * @param check runs a check against the current registry (in the service, on a worker thread of
   *   the check pool)
   */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly check: (task: CheckTask) => Promise<CheckOutcome>,
  ) {}

  /**
   * Registers a published story (or replaces the one with its id): checks it as of its own date
   * and keeps its mentions. Returns the story, whether it was new, and its findings at its date.
   * Content that cannot be read (a ProseMirror object that is not a document) throws a
   * `FactmarkError`, answered as 422.
   */
  async register(input: StoryInput): Promise<{ story: Story; created: boolean; findings: Finding[]; mentions: StoryMention[] }> {
    const format = formatOf(input.content, input.format);
    const { findings, mentions } = await this.check({ content: input.content, format, date: input.date });
    const at = new Date().toISOString();
    const content = typeof input.content === "string" ? input.content : JSON.stringify(input.content);
    const created = await this.db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom("stories").select("registered_at").where("id", "=", input.id).executeTakeFirst();
      const row: StoryRow = {
        id: input.id,
        url: input.url ?? null,
        title: input.title ?? null,
        date: input.date,
        format,
        content,
        registered_at: existing?.registered_at ?? at,
        updated_at: at,
      };
      await trx
        .insertInto("stories")
        .values(row)
        .onConflict((oc) =>
          oc.column("id").doUpdateSet({ url: row.url, title: row.title, date: row.date, format: row.format, content: row.content, updated_at: at }),
        )
        .execute();
      await trx.deleteFrom("story_mentions").where("story_id", "=", input.id).execute();
      for (let i = 0; i < mentions.length; i += 400) {
        await trx
          .insertInto("story_mentions")
          .values(
            mentions.slice(i, i + 400).map((m, k) => ({
              story_id: input.id,
              seq: i + k,
              kind: m.kind,
              from_offset: m.from,
              to_offset: m.to,
              text: m.text,
              data: JSON.stringify({ ...(m.path ? { path: m.path, offset: m.offset } : {}), mention: m.mention }),
            })),
          )
          .execute();
      }
      return existing === undefined;
    });
    return { story: await this.get(input.id), created, findings, mentions };
  }

  /** A registered story; 404 when none has the id. */
  async get(id: string): Promise<Story> {
    ensureId("story", id);
    const row = await this.db.selectFrom("stories").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) throw notFound("story", id);
    return toStory(row);
  }

  /**
   * A registered story with its mentions and its findings at its own date (checked once per
   * registry version and story revision); 404 when none has the id.
   */
  async detail(id: string, version: number): Promise<StoryDetail> {
    const story = await this.get(id);
    const mentions = await this.mentions(id);
    const key = `${id}\u0000${story.updatedAt}`;
    if (this.#details.version !== version) this.#details = { version, findings: new Map() };
    let findings = this.#details.findings.get(key);
    if (!findings) {
      findings = (await this.check({ content: story.content, format: story.format, date: story.date, mentions: false })).findings;
      if (this.#details.findings.size >= 10_000) this.#details.findings.clear();
      this.#details.findings.set(key, findings);
    }
    return { ...story, mentions, findings };
  }

  /** The mentions kept for a story, in order. */
  async mentions(id: string): Promise<StoryMention[]> {
    ensureId("story", id);
    const rows = await this.db.selectFrom("story_mentions").selectAll().where("story_id", "=", id).orderBy("seq").execute();
    return rows.map((r) => {
      const data = JSON.parse(r.data) as { path?: number[]; offset?: number; mention: Record<string, unknown> };
      return { kind: r.kind, from: r.from_offset, to: r.to_offset, text: r.text, ...(data.path ? { path: data.path, offset: data.offset! } : {}), mention: data.mention };
    });
  }

  /** Registered stories, newest first (by publication date, then id), a page at a time. */
  async list(options: { limit: number; after?: string }): Promise<{ items: Omit<Story, "content">[]; next?: string }> {
    let query = this.db
      .selectFrom("stories")
      .select(["id", "url", "title", "date", "format", "registered_at", "updated_at"])
      .orderBy("date", "desc")
      .orderBy("id")
      .limit(options.limit + 1);
    if (options.after !== undefined) {
      const [date, id] = readStoryCursor(options.after);
      query = query.where((eb) => eb.or([eb("date", "<", date), eb.and([eb("date", "=", date), eb("id", ">", id)])]));
    }
    const rows = await query.execute();
    const page = rows.slice(0, options.limit);
    return { items: page.map(toStorySummary), ...(rows.length > options.limit ? { next: storyCursor(page.at(-1)!) } : {}) };
  }

  /**
   * The stories with a figure that the registry, as of `date`, holds a newer figure for: each
   * story that has a count mention is checked at `date` with only `outdated-figure` on, and
   * those with findings are listed, newest story first, with the findings and their fixes.
   * `total` counts the stories checked.
   */
  async outdated(version: number, date: string, page: { limit: number; after?: string }): Promise<{ date: string; checked: number; items: { id: string; url?: string; title?: string; date: string; findings: Finding[] }[]; next?: string }> {
    if (this.#outdated.version !== version) this.#outdated = { version, findings: new Map() };
    const cached = this.#outdated.findings;
    // Only stories with a figure in them can hold an outdated figure: the kept mentions say which.
    const ids = this.db.selectFrom("story_mentions").select("story_id").where("kind", "=", "count");
    const items = [];
    let checked = 0;
    let more = false;
    const BATCH = 200;
    let after = page.after === undefined ? undefined : readStoryCursor(page.after);
    for (;;) {
      let query = this.db.selectFrom("stories").selectAll().where("id", "in", ids).orderBy("date", "desc").orderBy("id").limit(BATCH);
      if (after) {
        const [d, id] = after;
        query = query.where((eb) => eb.or([eb("date", "<", d), eb.and([eb("date", "=", d), eb("id", ">", id)])]));
      }
      const rows = await query.execute();
      // The batch's stories not yet checked at this version are checked together, on every thread.
      const keyOf = (row: StoryRow) => `${row.id}\u0000${row.updated_at}\u0000${date}`;
      await Promise.all(
        rows
          .filter((row) => !cached.has(keyOf(row)))
          .map(async (row) => {
            const story = toStory(row);
            const { findings } = await this.check({ content: story.content, format: story.format, date, rules: OUTDATED_ONLY, mentions: false });
            if (cached.size >= 100_000) cached.clear();
            cached.set(keyOf(row), findings);
          }),
      );
      for (const row of rows) {
        const findings = cached.get(keyOf(row)) ?? [];
        if (findings.length > 0 && items.length >= page.limit) {
          more = true;
          break;
        }
        checked++;
        after = [row.date, row.id];
        if (findings.length > 0) items.push({ id: row.id, ...(row.url ? { url: row.url } : {}), ...(row.title ? { title: row.title } : {}), date: row.date, findings });
      }
      if (more || rows.length < BATCH) break;
    }
    return { date, checked, items, ...(more && items.length > 0 ? { next: storyCursor(items.at(-1)!) } : {}) };
  }

  /**
   * ClaimReview JSON-LD for the figures checked in a story: one review per count mention that
   * a registered figure answers at the story's date, rated `False` (1) when the figure cannot be
   * true, `Outdated` (2) when a newer figure existed, and `Accurate` (5) otherwise.
   * `claimReviewed` is the story's own words; the reviewed claim's author is the registered
   * figure's source.
   */
  async claimReview(id: string, registry: Registry, reviewer?: string): Promise<ClaimReview[]> {
    const story = await this.get(id);
    const { findings, mentions } = await this.check({ content: story.content, format: story.format, date: story.date });
    const sources = new Map<string, Source>(registry.sources().map((s) => [s.id, s]));
    const reviews: ClaimReview[] = [];
    for (const entry of mentions) {
      const mention = entry.mention as unknown as Mention;
      if (mention.kind !== "count" || !mention.measure) continue;
      const overlapping = findings.filter((f) => f.from < entry.to && entry.from < f.to && (f.ruleId === "figure-mismatch" || f.ruleId === "outdated-figure"));
      const claim = evidenceClaim(overlapping, registry) ?? matchingClaim(registry, mention, story.date);
      if (!claim) continue;
      const rating = overlapping.some((f) => f.ruleId === "figure-mismatch")
        ? { alternateName: "False", ratingValue: 1 }
        : overlapping.some((f) => f.ruleId === "outdated-figure")
          ? { alternateName: "Outdated", ratingValue: 2 }
          : { alternateName: "Accurate", ratingValue: 5 };
      const review = formatClaimReview(claim, {
        rating,
        sources,
        ...(reviewer ? { reviewer: { name: reviewer } } : {}),
        appearance: { ...(story.url ? { url: story.url } : {}), datePublished: story.date, ...(story.title ? { headline: story.title } : {}) },
      });
      reviews.push({ ...review, claimReviewed: entry.text });
    }
    return reviews;
  }
}

/** The cursor after a story in the newest-first order: its date and id, base64url JSON. */
function storyCursor(story: { date: string; id: string }): string {
  return Buffer.from(JSON.stringify([story.date, story.id])).toString("base64url");
}

function readStoryCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === "string" && typeof value[1] === "string" && !`${value[0]}${value[1]}`.includes("\u0000")) return [value[0], value[1]];
  } catch {
    // Not a cursor of ours: answered below.
  }
  throw new ApiError(422, "invalid-request", `"after" is not a cursor of the stories list; pass the "next" of the previous page`, { issues: [{ code: "custom", path: ["after"], message: "not a cursor of this list" }] });
}

function evidenceClaim(findings: readonly Finding[], registry: Registry): Claim | undefined {
  for (const finding of findings) {
    for (const evidence of finding.evidence) {
      const claim = registry.claim(evidence.claimId);
      if (claim) return claim;
    }
  }
  return undefined;
}

/** The registered figure a count mention is about at `date`: the highest-priority series counting the same thing. */
function matchingClaim(registry: Registry, mention: Extract<Mention, { kind: "count" }>, date: string): Claim | undefined {
  const series = registry.findSeries({ measure: mention.measure!, ...(mention.group ? { group: mention.group } : {}), ...(mention.place ? { place: mention.place } : {}) });
  for (const s of series) {
    const claim = registry.valueAt(s.id, date);
    if (claim) return claim;
  }
  return undefined;
}
