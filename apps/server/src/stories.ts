import {
  type Claim,
  type ClaimReview,
  type ExtractedBlock,
  type Finding,
  type Mention,
  type Registry,
  type RulesConfig,
  type Source,
  RULES,
  checkDocument,
  formatClaimReview,
  mapToSource,
  parseInput,
} from "@factmark/core";
import type { Kysely } from "kysely";
import type { Database } from "./db/schema.js";
import { ensureId, notFound } from "./store.js";
import type { ContentFormat, Story, StoryInput, StoryMention } from "./schemas.js";

/**
 * Extraction results by document date, then by block text: extraction depends on the date but
 * not on the registry, so a registry change keeps them. Bounded: past `limit` blocks it starts over.
 */
export class ExtractionCache {
  readonly #byDate = new Map<string, Map<string, ExtractedBlock>>();
  #size = 0;

  constructor(readonly limit = 50_000) {}

  /** The cache for one document date, to pass to core's `check` as `cache`. */
  forDate(date: string): Map<string, ExtractedBlock> {
    if (this.#size > this.limit) {
      this.#byDate.clear();
      this.#size = 0;
    }
    let map = this.#byDate.get(date);
    if (!map) this.#byDate.set(date, (map = new CountingMap(() => this.#size++)));
    return map;
  }
}

/** A Map that reports each new key, so the cache can count its blocks across dates. */
class CountingMap<K, V> extends Map<K, V> {
  constructor(private readonly onAdd: () => void) {
    super();
  }
  override set(key: K, value: V): this {
    if (!this.has(key)) this.onAdd();
    return super.set(key, value);
  }
}

/** The format of content: as given, else ProseMirror for an object and text for a string. */
export function formatOf(content: string | object, format: ContentFormat | undefined): ContentFormat {
  return format ?? (typeof content === "string" ? "text" : "prosemirror");
}

/**
 * Checks content against a registry at `date` (or the content's own date). Returns the date
 * used and the findings, as core's `check` does, plus the mentions found, with offsets into the
 * content (left empty with `mentions: false`).
 */
export function checkContent(
  content: string | object,
  format: ContentFormat,
  options: { registry: Registry; date?: string; rules?: RulesConfig; cache?: ExtractionCache; mentions?: boolean },
): { date: string; findings: Finding[]; mentions: StoryMention[] } {
  const doc = parseInput(content, format);
  const date = options.date ?? doc.date;
  const result = checkDocument(doc, typeof content === "string" ? content : undefined, {
    registry: options.registry,
    ...(date !== undefined ? { date } : {}),
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.cache && date !== undefined ? { cache: options.cache.forDate(date) } : {}),
  });
  const mentions: StoryMention[] = [];
  if (options.mentions === false) return { date: result.date, findings: result.findings, mentions };
  result.blocks.forEach((extracted, i) => {
    const block = doc.blocks[i]!;
    for (const mention of extracted.mentions) {
      const from = mapToSource(block, mention.from, "start");
      const to = mapToSource(block, mention.to, "end");
      mentions.push({
        kind: mention.kind,
        from,
        to,
        text: typeof content === "string" ? content.slice(from, to) : mention.text,
        ...(block.path ? { path: block.path, offset: mention.from } : {}),
        mention: mention as unknown as Record<string, unknown>,
      });
    }
  });
  return { date: result.date, findings: result.findings, mentions };
}

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
  constructor(
    private readonly db: Kysely<Database>,
    private readonly cache: ExtractionCache,
  ) {}

  /**
   * Registers a published story (or replaces the one with its id): checks it as of its own date
   * and keeps its mentions. Returns the story, whether it was new, and its findings at its date.
   * Content that cannot be read (a ProseMirror object that is not a document) throws a
   * `FactmarkError`, answered as 422.
   */
  async register(input: StoryInput, registry: Registry): Promise<{ story: Story; created: boolean; findings: Finding[]; mentions: StoryMention[] }> {
    const format = formatOf(input.content, input.format);
    const { findings, mentions } = checkContent(input.content, format, { registry, date: input.date, cache: this.cache });
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

  /** The mentions kept for a story, in order. */
  async mentions(id: string): Promise<StoryMention[]> {
    ensureId("story", id);
    const rows = await this.db.selectFrom("story_mentions").selectAll().where("story_id", "=", id).orderBy("seq").execute();
    return rows.map((r) => {
      const data = JSON.parse(r.data) as { path?: number[]; offset?: number; mention: Record<string, unknown> };
      return { kind: r.kind, from: r.from_offset, to: r.to_offset, text: r.text, ...(data.path ? { path: data.path, offset: data.offset! } : {}), mention: data.mention };
    });
  }

  /** Registered stories, newest first (by publication date, then id). */
  async list(options: { limit: number; offset: number }): Promise<{ items: Omit<Story, "content">[]; total: number }> {
    const rows = await this.db
      .selectFrom("stories")
      .select(["id", "url", "title", "date", "format", "registered_at", "updated_at"])
      .orderBy("date", "desc")
      .orderBy("id")
      .limit(options.limit)
      .offset(options.offset)
      .execute();
    const { total } = await this.db.selectFrom("stories").select((eb) => eb.fn.countAll<string | number>().as("total")).executeTakeFirstOrThrow();
    return { items: rows.map(toStorySummary), total: Number(total) };
  }

  /**
   * The stories with a figure that the registry, as of `date`, holds a newer figure for: each
   * story that has a count mention is checked at `date` with only `outdated-figure` on, and
   * those with findings are listed, newest story first, with the findings and their fixes.
   * `total` counts the stories checked.
   */
  async outdated(registry: Registry, date: string, page: { limit: number; offset: number }): Promise<{ date: string; checked: number; items: { id: string; url?: string; title?: string; date: string; findings: Finding[] }[] }> {
    // Only stories with a figure in them can hold an outdated figure: the kept mentions say which.
    const ids = this.db.selectFrom("story_mentions").select("story_id").where("kind", "=", "count");
    const items = [];
    let checked = 0;
    let skipped = 0;
    const BATCH = 200;
    for (let offset = 0; items.length < page.limit; offset += BATCH) {
      const rows = await this.db
        .selectFrom("stories")
        .selectAll()
        .where("id", "in", ids)
        .orderBy("date", "desc")
        .orderBy("id")
        .limit(BATCH)
        .offset(offset)
        .execute();
      for (const row of rows) {
        checked++;
        const story = toStory(row);
        const { findings } = checkContent(story.content, story.format, { registry, date, rules: OUTDATED_ONLY, cache: this.cache, mentions: false });
        if (findings.length === 0) continue;
        if (skipped < page.offset) {
          skipped++;
          continue;
        }
        items.push({ id: story.id, ...(story.url ? { url: story.url } : {}), ...(story.title ? { title: story.title } : {}), date: story.date, findings });
        if (items.length >= page.limit) break;
      }
      if (rows.length < BATCH) break;
    }
    return { date, checked, items };
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
    const { findings, mentions } = checkContent(story.content, story.format, { registry, date: story.date, cache: this.cache });
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
