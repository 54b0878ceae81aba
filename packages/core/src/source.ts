import * as z from "zod";
import { IsoDate } from "./dates.js";

/** An identifier: lowercase letters, digits, `-`, `_`, `.` and `:`, for example `gaza-moh`. */
export const Id = /* @__PURE__ */ z
  .string()
  .min(1, { message: "an id cannot be empty" })
  .max(200, { message: "an id is at most 200 characters" })
  .regex(/^[a-z0-9][a-z0-9._:-]*$/, { message: 'use lowercase letters, digits and - _ . : (for example "gaza-moh")' });
export type Id = z.infer<typeof Id>;

/**
 * What kind of body a source is. `party-statement` and `military` sources of a party to the
 * conflict say so through {@link Source}'s `party` flag too; `anonymous-official` is an unnamed
 * official, the weakest source a story can rest on.
 */
export const SourceType = /* @__PURE__ */ z.enum([
  "official-body",
  "military",
  "intergovernmental",
  "ngo",
  "news-agency",
  "news-outlet",
  "party-statement",
  "anonymous-official",
  "dataset",
  "research",
  "other",
]);
export type SourceType = z.infer<typeof SourceType>;

/**
 * Who publishes figures or statements: a ministry, a UN agency, a wire service, a dataset.
 * `aliases` are the names a story uses for it ("the ministry", "Gaza's Health Ministry") and are
 * matched case-insensitively when attributions are read from text.
 */
export const Source = /* @__PURE__ */ z
  .object({
    id: Id,
    name: /* @__PURE__ */ z.string().min(1),
    aliases: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().min(1)).default([]),
    type: SourceType,
    /** True when the source is a party to the conflict or speaks for one. */
    party: /* @__PURE__ */ z.boolean().default(false),
    /** The actor the source belongs to or speaks for (an actor id), when there is one. */
    affiliation: /* @__PURE__ */ Id.optional(),
    url: /* @__PURE__ */ z.url().optional(),
    /** Source ids a figure is relayed through, nearest first: ministry via OCHA via a wire service. */
    via: /* @__PURE__ */ z.array(Id).optional(),
    description: /* @__PURE__ */ z.string().optional(),
  })
  .strict();
/** A source, as {@link Source} parses it (defaults applied). An interface, so editors show its fields; test/types.test.ts checks it against the schema. */
export interface Source {
  id: string;
  name: string;
  aliases: string[];
  type: SourceType;
  /** True when the source is a party to the conflict or speaks for one. */
  party: boolean;
  /** The actor the source belongs to or speaks for (an actor id), when there is one. */
  affiliation?: string | undefined;
  url?: string | undefined;
  /** Source ids a figure is relayed through, nearest first: ministry via OCHA via a wire service. */
  via?: string[] | undefined;
  description?: string | undefined;
}
/** A source as written in a file, before defaults are applied. */
export type SourceInput = z.input<typeof Source>;

/**
 * A claim's link to a source: which source, when it published, where, and optionally the words.
 * `published` is the date the source made the figure or statement public.
 */
export const Citation = /* @__PURE__ */ z
  .object({
    source: Id,
    published: IsoDate,
    url: /* @__PURE__ */ z.url().optional(),
    title: /* @__PURE__ */ z.string().optional(),
    quote: /* @__PURE__ */ z.string().optional(),
    /** When the URL was read, for sources that change in place. */
    accessed: /* @__PURE__ */ IsoDate.optional(),
  })
  .strict();
/** A citation, as {@link Citation} parses it. An interface, so editors show its fields. */
export interface Citation {
  source: string;
  /** The date (YYYY-MM-DD) the source made the figure or statement public. */
  published: string;
  url?: string | undefined;
  title?: string | undefined;
  quote?: string | undefined;
  /** When the URL was read (YYYY-MM-DD), for sources that change in place. */
  accessed?: string | undefined;
}

/**
 * Someone who takes positions: a government, an armed group, a mediator, an agency. Actors are
 * what positions are about; sources are who reports them (Hamas can be both).
 */
export const Actor = /* @__PURE__ */ z
  .object({
    id: Id,
    name: /* @__PURE__ */ z.string().min(1),
    aliases: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().min(1)).default([]),
    /** True for a party to the conflict. */
    party: /* @__PURE__ */ z.boolean().default(false),
    /** The body this actor is part of (the WFP is part of the UN system): an actor id. */
    memberOf: /* @__PURE__ */ Id.optional(),
    /**
     * Those of its aliases that name a person or an office speaking for it ("Vladimir Putin", "the
     * Kremlin"), not the actor itself ("Russia", "Moscow"): a stance given under one of these
     * names ("The Kremlin has demanded ...") names who took it.
     */
    speakers: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().min(1)).default([]),
  })
  .strict()
  .superRefine((actor, ctx) => {
    const names = new Set([actor.name, ...actor.aliases].map((n) => n.toLowerCase()));
    actor.speakers.forEach((speaker, i) => {
      if (!names.has(speaker.toLowerCase())) ctx.addIssue({ code: "custom", path: ["speakers", i], message: `speaker "${speaker}" is not one of the actor's name and aliases` });
    });
  });
export type Actor = z.infer<typeof Actor>;
export type ActorInput = z.input<typeof Actor>;
