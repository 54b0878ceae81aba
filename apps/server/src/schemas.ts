import { CLAIM_KINDS, Claim, ClaimStatus, Finding, INPUT_FORMATS, Id, IsoDate, RulesConfig, SupersessionReason } from "@factmark/core";
import * as z from "zod";

/** Free text a filter or a stored field takes: PostgreSQL text cannot hold NUL, so it is refused up front as a 422 rather than failing in the database. */
const Text = (max: number) => z.string().max(max).regex(/^[^\u0000]*$/, { message: "must not contain NUL (\\u0000) characters" });

/** The input formats `POST /v1/check` and `POST /v1/stories` read. */
export const ContentFormat = z.enum(INPUT_FORMATS);
export type ContentFormat = z.infer<typeof ContentFormat>;

/** A story's content: text (plain, Markdown or HTML), or a ProseMirror document as a JSON object. */
export const Content = z.union([z.string(), z.looseObject({ type: z.string() })]);

/** A story's stored content: as {@link Content}, without NUL characters. */
const StoredContent = z.union([Text(10_000_000), z.looseObject({ type: z.string() })]);

/**
 * The body of `POST /v1/check`. `format` defaults to `prosemirror` for an object and `text` for
 * a string; `date` (the document date) defaults to the content's own (Markdown front matter,
 * HTML meta), and is required when the content has none.
 */
export const CheckRequest = z
  .object({
    content: Content,
    format: ContentFormat.optional(),
    date: IsoDate.optional(),
    rules: RulesConfig.optional(),
  })
  .strict();
export type CheckRequest = z.infer<typeof CheckRequest>;

/** The answer of `POST /v1/check`: the date checked at, the registry version checked against, and the findings sorted by position. */
export const CheckResponse = z.object({
  date: IsoDate,
  registryVersion: z.number().int(),
  counts: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  findings: z.array(Finding),
});

/** The query of `POST /v1/check`: `gate=publish` turns any error finding into a 422. */
export const CheckQuery = z.object({ gate: z.literal("publish").optional() }).strict();

/** The body of `POST /v1/stories`: a published story to keep and watch. */
export const StoryInput = z
  .object({
    id: Id,
    url: z.url().max(4000).regex(/^[^\u0000]*$/, { message: "must not contain NUL (\\u0000) characters" }).optional(),
    title: Text(1000).optional(),
    /** The publication date: the story is checked as of it. */
    date: IsoDate,
    format: ContentFormat.optional(),
    content: StoredContent,
  })
  .strict();
export type StoryInput = z.infer<typeof StoryInput>;

/** A registered story, as the service answers with it. */
export const Story = z.object({
  id: z.string(),
  url: z.string().optional(),
  title: z.string().optional(),
  date: IsoDate,
  format: ContentFormat,
  content: Content,
  registeredAt: z.string(),
  updatedAt: z.string(),
});
export type Story = z.infer<typeof Story>;

/** A mention the service keeps for a story: kind, span in the story's content (ProseMirror: also block path and offset), and what was read. */
export const StoryMention = z.object({
  kind: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  text: z.string(),
  path: z.array(z.number().int()).optional(),
  offset: z.number().int().optional(),
  mention: z.record(z.string(), z.unknown()),
});
export type StoryMention = z.infer<typeof StoryMention>;

/** A story with a figure a newer claim has outdated: the corrections desk's list entry, with the fixes. */
export const OutdatedStory = z.object({
  id: z.string(),
  url: z.string().optional(),
  title: z.string().optional(),
  date: IsoDate,
  findings: z.array(Finding),
});

/** Page size. @default 100 */
const Limit = z.coerce.number().int().min(1).max(1000).default(100);

/**
 * The paging parameters of every list: the page size, and `after`, the `next` cursor of the
 * previous page (opaque: pass it back as given).
 */
const Page = { limit: Limit, after: Text(400).optional() };

/** A page of a list: the items and, when there are more, the cursor of the next page (pass it as `after`). */
export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), next: z.string().optional() });

/** A registered story with its mentions and its findings at its own date: what `GET` and `POST /v1/stories` answer. */
export const StoryDetail = Story.extend({ mentions: z.array(StoryMention), findings: z.array(Finding) });
export type StoryDetail = z.infer<typeof StoryDetail>;

/** Query of `GET /v1/stories/outdated`: the date to check at. @default today (UTC) */
export const OutdatedQuery = z.object({ date: IsoDate.optional(), ...Page }).strict();

/** Query of `GET /v1/stories`. */
export const StoriesQuery = z.object(Page).strict();

/** Query of `GET /v1/claims`: every filter optional, combined with AND; `after` is the `next` cursor of the previous page. */
export const ClaimsQuery = z
  .object({
    kind: z.enum(CLAIM_KINDS).optional(),
    series: Text(200).optional(),
    source: Text(200).optional(),
    status: ClaimStatus.optional(),
    origin: z.enum(["dataset", "newsroom"]).optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    ...Page,
  })
  .strict();

/** A page of claims and the cursor of the next page, when there is one. */
export const ClaimPage = pageOf(Claim);

/** Query of the source, actor, place, conflict and series lists: `q` matches id, name and aliases (case-insensitive); `place` matches a series' place, a place's containers and a conflict's places; the others match fields exactly. */
export const RecordsQuery = z
  .object({
    q: Text(200).optional(),
    type: Text(100).optional(),
    source: Text(200).optional(),
    measure: Text(100).optional(),
    place: Text(200).optional(),
    ...Page,
  })
  .strict();

/** Body of `POST /v1/claims/:id/retract` and of the other records' retract. */
export const RetractRequest = z.object({ reason: Text(2000).trim().min(1, { message: "say why the record is retracted" }).max(2000) }).strict();

/** Body of `POST /v1/claims/:id/supersede`: the new claim and why it replaces the old one. */
export const SupersedeRequest = z.object({ claim: Claim, reason: SupersessionReason, note: Text(2000).optional() }).strict();

/** Body of `POST /v1/keys`. */
export const KeyRequest = z.object({ scope: z.enum(["read", "write", "admin"]), name: Text(200).trim().min(1).optional() }).strict();

/**
 * A registry change as `/v1/events` sends it and writes answer with it: the version, the claim ids
 * it touched and, when it touched other records, their ids by collection.
 */
export const RegistryChange = z.object({
  version: z.number().int(),
  claims: z.array(z.string()),
  records: z.partialRecord(z.enum(["sources", "actors", "places", "conflicts", "series"]), z.array(z.string())).optional(),
});

