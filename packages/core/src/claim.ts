import * as z from "zod";
import { IsoDate } from "./dates.js";
import { Quantity } from "./quantity.js";
import { Citation, Id } from "./source.js";

/**
 * Where a claim stands. Every published version of a report stays in a registry; its status says
 * whether it is the one in effect:
 * - `current`: in effect for its date (a report dated later takes over from it without any mark:
 *   the registry orders a series' reports by date itself, so an older report stays `current`).
 * - `superseded`: another version of the same report replaced it (the same body's later figure
 *   for that day, OCHA's verified figure over its flash figure, a revised figure). Not in effect,
 *   except on the dates before a later-dated report that names it in `supersedes`.
 * - `corrected`: published in error and corrected; never in effect.
 * - `retracted`: withdrawn by its source or by the newsroom; never in effect.
 * - `disputed`: in effect, but contested (two sources give different lengths for one phase).
 */
export const ClaimStatus = /* @__PURE__ */ z.enum(["current", "superseded", "corrected", "retracted", "disputed"]);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

/**
 * Why one claim replaces another (the newer claim names the older one in `supersedes`):
 * - `newer-report`: a later report of the same body: a second bulletin the same day, or a
 *   verified figure after a flash figure. The older version was right when published.
 * - `revision`: the body (or the dataset that transcribes it) revised a figure it had published:
 *   an updated count for the same date, or a running total revised down. The older version was
 *   right when published and stays a published version; the revised one takes over from its own
 *   date. Explains a cumulative count that falls.
 * - `correction`: the older figure was an error (a typo, a wrong transcription); it is never in
 *   effect again, not even on its own date. Explains a fall.
 * - `methodology-change`: the body changed what it counts (a count restarted at zero, a new
 *   definition); the older claim stays in effect on its own dates. Explains a fall.
 * - `retraction`: the older claim is withdrawn; never in effect again.
 *
 * Of two claims with one asOf, the superseding one is in effect whatever the reason; a claim
 * superseded by a later-dated one stays in effect until that date, unless the reason is
 * `correction` or `retraction`.
 */
export const SupersessionReason = /* @__PURE__ */ z.enum(["newer-report", "revision", "correction", "methodology-change", "retraction"]);
export type SupersessionReason = z.infer<typeof SupersessionReason>;

/** A claim this one replaces, and why. */
export const Supersession = /* @__PURE__ */ z
  .object({
    claim: Id,
    reason: SupersessionReason,
    note: /* @__PURE__ */ z.string().optional(),
  })
  .strict();
export type Supersession = z.infer<typeof Supersession>;

/** A span of dates, both ends included. */
export const Period = /* @__PURE__ */ z
  .object({ from: IsoDate, to: IsoDate })
  .strict()
  .refine((p) => p.from <= p.to, { message: "period.from is after period.to", path: ["from"] });
export type Period = z.infer<typeof Period>;

const claimBase = {
  id: Id,
  /** The date the claim is true as of: the report date of a figure, the date of a statement. */
  asOf: IsoDate,
  /** The span a figure covers, when it is not a single day. */
  period: /* @__PURE__ */ Period.optional(),
  citations: /* @__PURE__ */ z.array(Citation).min(1, { message: "a claim needs at least one citation" }),
  status: /* @__PURE__ */ ClaimStatus.default("current"),
  supersedes: /* @__PURE__ */ z.array(Supersession).optional(),
  note: /* @__PURE__ */ z.string().optional(),
};

/**
 * What a casualty figure counts. Open to more kinds through new enum members; these are the
 * ones stories use and the rules understand. `attacks` counts incidents, not people: its
 * population's `group` names who carried them out ("settlers": OCHA's count of settler attacks).
 */
export const Measure = /* @__PURE__ */ z.enum([
  "killed",
  "injured",
  "missing",
  "held-hostage",
  "released",
  "detained",
  "displaced",
  "sheltering",
  "starvation-deaths",
  "attacks",
]);
export type Measure = z.infer<typeof Measure>;

/** Who is counted and where: `group` ("people", "children", "women", "journalists", "soldiers" …) and `place` ("gaza", "west-bank", "rafah" …). */
export const Population = /* @__PURE__ */ z
  .object({
    group: /* @__PURE__ */ z.string().min(1).default("people"),
    place: /* @__PURE__ */ z.string().min(1),
  })
  .strict();
export type Population = z.infer<typeof Population>;

/** A count of people harmed or held, for a population, cumulative since `since` or for `period`. */
export const CasualtyClaim = /* @__PURE__ */ z
  .object({
    kind: /* @__PURE__ */ z.literal("casualty"),
    ...claimBase,
    /** The series this figure belongs to (same thing, same source, over time). */
    series: /* @__PURE__ */ Id.optional(),
    measure: Measure,
    population: Population,
    /** True for a running total since `since`; false for a count over `period`. */
    cumulative: /* @__PURE__ */ z.boolean().default(true),
    since: /* @__PURE__ */ IsoDate.optional(),
    quantity: Quantity,
  })
  .strict();
/** An interface over the schema's type, so editors show its name and fields rather than zod's generics. */
export interface CasualtyClaim extends z.infer<typeof CasualtyClaim> {}

/** Where a ceasefire or deal proposal stands. */
export const ProposalStatus = /* @__PURE__ */ z.enum(["proposed", "accepted", "rejected", "in-force", "expired", "superseded"]);
export type ProposalStatus = z.infer<typeof ProposalStatus>;

/** One phase of a ceasefire or deal proposal: phase `index` (of `of`, when the proposal states its number of phases), lasting `durationDays`. */
export const PhaseClaim = /* @__PURE__ */ z
  .object({
    kind: /* @__PURE__ */ z.literal("phase"),
    ...claimBase,
    proposal: z
      .object({
        id: Id,
        /** Which text of the proposal: versions of one proposal can differ ("hamas-accepted-2024-05-06"). */
        version: /* @__PURE__ */ z.string().optional(),
        date: /* @__PURE__ */ IsoDate.optional(),
        /** Actor ids of the proposers or mediators. */
        proposers: /* @__PURE__ */ z.array(Id).default([]),
        status: /* @__PURE__ */ ProposalStatus.default("proposed"),
        title: /* @__PURE__ */ z.string().optional(),
        /** The conflict the proposal belongs to (a conflict id): a story's durations are compared only with its own conflict's proposals. */
        conflict: /* @__PURE__ */ Id.optional(),
      })
      .strict(),
    index: /* @__PURE__ */ z.number().int().min(1),
    /** The number of phases, when the proposal states one (a plan that names its first phase only has none). */
    of: /* @__PURE__ */ z.number().int().min(1).optional(),
    durationDays: /* @__PURE__ */ z.number().positive().optional(),
    terms: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()).default([]),
  })
  .strict()
  .refine((c) => c.of === undefined || c.index <= c.of, { message: "phase index is beyond the number of phases", path: ["index"] });
/** An interface over the schema's type, so editors show its name and fields rather than zod's generics. */
export interface PhaseClaim extends z.infer<typeof PhaseClaim> {}

/** What an actor does about a topic. `declares` is reserved for formal determinations. */
export const Stance = /* @__PURE__ */ z.enum([
  "demands",
  "accepts",
  "rejects",
  "commits-to",
  "warns",
  "concerned",
  "supports",
  "opposes",
  "denies",
  "declares",
  "states",
  "proposes",
]);
export type Stance = z.infer<typeof Stance>;

/** An actor's stance on a topic, with the statement, who said it, and whether on the record. */
export const PositionClaim = /* @__PURE__ */ z
  .object({
    kind: /* @__PURE__ */ z.literal("position"),
    ...claimBase,
    /** An actor id. */
    actor: Id,
    /** A topic id ("rafah-offensive", "famine-gaza", "permanent-ceasefire"). */
    topic: Id,
    stance: Stance,
    statement: /* @__PURE__ */ z.string().min(1),
    speaker: z
      .object({
        name: /* @__PURE__ */ z.string().optional(),
        role: /* @__PURE__ */ z.string().optional(),
        onRecord: /* @__PURE__ */ z.boolean(),
      })
      .strict()
      .optional(),
    /** False when the statement is a remark, not a formal act (a WFP chief's "full-blown famine"). */
    official: /* @__PURE__ */ z.boolean().default(true),
    /** The conflict the position is taken in (a conflict id): a story's stances are judged only against its own conflict's positions. */
    conflict: /* @__PURE__ */ Id.optional(),
  })
  .strict();
/** An interface over the schema's type, so editors show its name and fields rather than zod's generics. */
export interface PositionClaim extends z.infer<typeof PositionClaim> {}

/** A dated event, such as the start of the war, with the precision its date is known to. */
export const EventClaim = /* @__PURE__ */ z
  .object({
    kind: /* @__PURE__ */ z.literal("event"),
    ...claimBase,
    /** An event id ("war-start", "truce-2023-11"). */
    event: Id,
    title: /* @__PURE__ */ z.string().min(1),
    date: IsoDate,
    end: /* @__PURE__ */ IsoDate.optional(),
    precision: /* @__PURE__ */ z.enum(["day", "month", "year"]).default("day"),
    place: /* @__PURE__ */ z.string().optional(),
    /** The conflict the event belongs to (a conflict id). */
    conflict: /* @__PURE__ */ Id.optional(),
  })
  .strict();
/** An interface over the schema's type, so editors show its name and fields rather than zod's generics. */
export interface EventClaim extends z.infer<typeof EventClaim> {}

/** A food-security (IPC-style) classification of an area: its phase, current or projected, for a period, by an issuer. */
export const ClassificationClaim = /* @__PURE__ */ z
  .object({
    kind: /* @__PURE__ */ z.literal("classification"),
    ...claimBase,
    scheme: /* @__PURE__ */ z.string().default("ipc"),
    area: /* @__PURE__ */ z.string().min(1),
    /** IPC phase 1–5 (5 is famine). */
    phase: /* @__PURE__ */ z.number().int().min(1).max(5),
    label: /* @__PURE__ */ z.string().optional(),
    projection: /* @__PURE__ */ z.enum(["current", "projected"]),
    /** Source id of the body that made the classification. */
    issuer: Id,
  })
  .strict();
/** An interface over the schema's type, so editors show its name and fields rather than zod's generics. */
export interface ClassificationClaim extends z.infer<typeof ClassificationClaim> {}

/**
 * A typed, sourced statement that is true as of a date, discriminated on `kind`. The union is
 * open: a new kind is a new schema added here.
 */
export const Claim = /* @__PURE__ */ z.discriminatedUnion("kind", [CasualtyClaim, PhaseClaim, PositionClaim, EventClaim, ClassificationClaim]);
/** A claim of any kind, as {@link Claim} parses it: one of the kinds' interfaces. */
export type Claim = CasualtyClaim | PhaseClaim | PositionClaim | EventClaim | ClassificationClaim;
/** A claim as written in a file, before defaults are applied. */
export type ClaimInput = z.input<typeof Claim>;
/** The claim kinds. */
export type ClaimKind = Claim["kind"];
/** The claim kinds, as a list. */
export const CLAIM_KINDS: readonly ClaimKind[] = ["casualty", "phase", "position", "event", "classification"];

/** How often a series is reported. */
export const Cadence = /* @__PURE__ */ z.enum(["daily", "weekly", "monthly", "irregular"]);
export type Cadence = z.infer<typeof Cadence>;

/**
 * The reporting interval of a series of each cadence, in days: how long a report may stand
 * before the next one is due (a daily series skips days; weekly breakdowns come every one or two
 * weeks). A series' own `interval` takes precedence; see `Registry.reportingInterval`.
 */
export const CADENCE_INTERVAL_DAYS: Readonly<Record<Cadence, number>> = Object.freeze({ daily: 7, weekly: 14, monthly: 45, irregular: 60 });

/**
 * Claims about the same thing from the same source over time: "Gaza Ministry of Health, people
 * killed in Gaza, cumulative". A newer claim in a series takes over from an older one; every
 * version a body published (another body's figure the same day, a flash and a verified figure,
 * a revised figure) stays in the series with its own citation and status.
 */
export const Series = /* @__PURE__ */ z
  .object({
    id: Id,
    title: /* @__PURE__ */ z.string().min(1),
    source: Id,
    measure: Measure,
    population: Population,
    cumulative: /* @__PURE__ */ z.boolean().default(true),
    since: /* @__PURE__ */ IsoDate.optional(),
    cadence: /* @__PURE__ */ Cadence.default("irregular"),
    /**
     * The usual gap between reports, in days, when the cadence does not say it well (a breakdown
     * published weekly, then monthly). Absent: the cadence's interval ({@link CADENCE_INTERVAL_DAYS}).
     */
    interval: /* @__PURE__ */ z.number().int().positive().optional(),
    /** Words a story uses for this population beyond the group's own name ("Palestinians" for people in Gaza). */
    aliases: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()).default([]),
    /** Ranks series counting the same thing: the higher answers a story that names no source. */
    priority: /* @__PURE__ */ z.number().int().default(0),
    /** The conflict the series counts the toll of (a conflict id), when it is one conflict's. */
    conflict: /* @__PURE__ */ Id.optional(),
    /**
     * What a reader should know about every figure of the series (a count is a minimum, a body's
     * method): carried into the evidence of each finding that rests on one of its claims.
     */
    caveats: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()).default([]),
    /**
     * False when no independent body verifies the figures: a party's own count of the enemy's
     * losses. A figure judged against such a series, whose source is a party to the conflict,
     * gets an info-level `party-claim` note. Absent: not stated.
     */
    verified: /* @__PURE__ */ z.boolean().optional(),
  })
  .strict();
/** A series, as {@link Series} parses it (defaults applied). An interface, so editors show its fields; test/types.test.ts checks it against the schema. */
export interface Series {
  id: string;
  title: string;
  source: string;
  measure: Measure;
  population: Population;
  cumulative: boolean;
  since?: string | undefined;
  cadence: Cadence;
  /** The usual gap between reports, in days; absent: the cadence's interval. */
  interval?: number | undefined;
  /** Words a story uses for this population beyond the group's own name. */
  aliases: string[];
  /** Ranks series counting the same thing: the higher answers a story that names no source. */
  priority: number;
  /** The conflict the series counts the toll of (a conflict id). */
  conflict?: string | undefined;
  caveats: string[];
  /** False when no independent body verifies the figures (a party's own count of the other side's losses). */
  verified?: boolean | undefined;
}
export type SeriesInput = z.input<typeof Series>;
