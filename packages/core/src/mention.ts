import type { Measure } from "./claim.js";
import type { Qualifier, Quantity } from "./quantity.js";

/** A span of text: 0-based UTF-16 offsets, half-open `[from, to)`. */
export interface Span {
  from: number;
  to: number;
}

interface MentionBase extends Span {
  /** The words of the mention, as they appear. */
  text: string;
  /** Index of the sentence (within its block) the mention is in. */
  sentence: number;
  /** True inside quotation marks: the words are the speaker's, not the story's. */
  quoted: boolean;
}

/**
 * A count of people: "over 34,000 Palestinians killed", "hundreds of thousands of civilians".
 * `number` is the span of the figure alone (without its qualifier), which a fix rewrites.
 */
export interface CountMention extends MentionBase {
  kind: "count";
  quantity: Quantity;
  /** The hedge as written ("more than"), when there is one. */
  qualifierText?: string;
  number: Span;
  /** True for vague amounts read as ranges ("dozens", "hundreds of thousands"). */
  vague: boolean;
  measure?: Measure;
  group?: string;
  place?: string;
}

/** A length of time for something other than the war itself: "an immediate six-week ceasefire", "lasting 40 days". */
export interface DurationMention extends MentionBase {
  kind: "duration";
  amount: number;
  unit: "hour" | "day" | "week" | "month" | "year";
  /** The length in days, as a range (a month is 28–31 days). */
  days: { min: number; max: number };
  qualifier: Qualifier;
  /** What lasts: "ceasefire", "truce", "phase" …, when the sentence says. */
  subject?: string;
  /** Which phase of a deal, when the sentence says ("initial", "second", "immediate"). */
  phase?: number;
  number: Span;
}

/** Time since the war began: "nearly seven-month-long conflict", "more than 200 days of war", "in its eighth month". */
export interface ElapsedMention extends MentionBase {
  kind: "elapsed";
  amount: number;
  unit: "day" | "week" | "month" | "year";
  qualifier: Qualifier;
  /** True for an ordinal ("in its eighth month": between 7 and 8 months). */
  ordinal: boolean;
  /** What has lasted ("war", "conflict"). */
  subject: string;
  number: Span;
}

/** The number of phases of a deal: "a three-stage process", "three phases". */
export interface StageCountMention extends MentionBase {
  kind: "stage-count";
  count: number;
  noun: string;
}

/** A reference to one phase: "the initial phase", "the second stage", "phase 2". */
export interface PhaseMention extends MentionBase {
  kind: "phase";
  index: number;
  noun: string;
}

/** A calendar date, resolved against the document date: "Oct. 7", "Saturday". */
export interface DateMention extends MentionBase {
  kind: "date";
  date: string;
  /** How the date was given. */
  precision: "day" | "month" | "year";
  /** "start" when the sentence says something began then ("which began on Oct. 7"). */
  role?: "start";
  /** The subject that began, when `role` is "start" ("war"). */
  subject?: string;
}

/** A figure, duration, elapsed time, phase count, phase reference or date found in text. */
export type Mention = CountMention | DurationMention | ElapsedMention | StageCountMention | PhaseMention | DateMention;

/** How strong an attribution is: a named source, an official by role, an anonymous one, or a relayed report. */
export type AttributionStrength = "named" | "role" | "anonymous" | "relayed";

/**
 * Words in a sentence that say where information comes from: "according to the Gaza Health
 * Ministry", "the ministry said", "a senior Israeli official, speaking on condition of anonymity".
 * `name` is the source as written, ready to match against the registry's names and aliases.
 */
export interface Attribution extends Span {
  text: string;
  name: string;
  strength: AttributionStrength;
  /** The reporting word ("said", "according to"). */
  verb: string;
  sentence: number;
  quoted: boolean;
}

/** The mentions and attributions of one block of text, with its sentences as spans. */
export interface ExtractedBlock {
  text: string;
  sentences: Span[];
  mentions: Mention[];
  attributions: Attribution[];
}
