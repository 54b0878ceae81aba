import type { Measure, Stance } from "./claim.js";
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
  /** The place id the count is about, when its clause names a place of the world it was read with. */
  place?: string;
  /** The place id whose people a demonym counts ("34,000 Gazans"), when the group is a demonym. */
  demonym?: string;
  /**
   * Where the count this one breaks down or is joined to starts (`from` of that count, in the same
   * block): "2,055" in "killed 5,087 people, including 2,055 children", "967" in "1,756 children and
   * 967 women". Such a count covers what that one covers.
   */
  partOf?: number;
  /**
   * True when the count's noun refers back to a count in an earlier sentence ("The ministry had
   * recorded 86 such deaths on July 20" after a sentence on deaths from malnutrition): `measure`
   * is only the noun's own reading, and the rules take the earlier count's.
   */
  measureOfEarlier?: true;
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
  /** True for the length of an extension ("two more days", "extended by two days"), not a truce's term. */
  extension?: boolean;
  /** True when the length refers back to a period the story named before ("During those 42 days"). */
  anaphor?: boolean;
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
  /** What has lasted: the war ("war", "conflict") or a truce ("ceasefire", "truce": "the two-month-old ceasefire"). */
  subject: string;
  number: Span;
  /**
   * True for a time that ran to a day on or before the document date: a stretch of the war an
   * event ended ("The ceasefire halted 15 months of fighting"), or a point in a truce the story
   * may tell of after the fact ("A week into the truce, ..."). It can be too long but not too short.
   */
  ended?: true;
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
 * A stance stated in the text: an actor ("Hamas", "the Israeli government", "the United
 * Nations"), a stance phrase ("has been pushing for", "rejected", "has declared", "commitment
 * to") and the topic words after it, up to the end of the clause. `from`/`to` cover the whole
 * clause, actor to topic; `actor` and `topic` are their own spans. Actors are the words as
 * written: the rules match them to registry actors.
 */
export interface PositionMention extends Span {
  kind: "position";
  /** The clause, actor to topic, as written. */
  text: string;
  /** The actor as written, without a leading article ("Hamas", "Israeli government"). */
  actor: string;
  actorSpan: Span;
  stance: Stance;
  /** The stance phrase as written ("has been pushing for", "commitment to"). */
  verb: string;
  verbSpan: Span;
  /** The topic words as written ("a complete cessation of hostilities"); may be empty. */
  topic: string;
  topicSpan: Span;
  /** Words inside quotation marks within the topic (“full-blown famine”), in order. */
  quotes: string[];
  /** True when the stance phrase reports the actor's own public words ("warned", "called for", "declared"). */
  speech: boolean;
  /** True when the stance is negated ("has not accepted"). */
  negated: boolean;
  /**
   * True when the clause charges the actor with breaking a deal ("Hamas had failed to meet its
   * commitment", "Israel violated the truce"): a claim the other side makes, not the actor's own stance.
   */
  charge?: boolean;
  /** Index of the sentence (within its block). */
  sentence: number;
  /** True inside quotation marks: the speaker's words, not the story's. */
  quoted: boolean;
}

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
  /**
   * The actor a source's words tie it to, when they name one of the world the text was read
   * with ("a senior Israeli official" → the actor whose alias is "Israeli"), as an actor id.
   */
  affiliation?: string;
  /** True when the words say outright that the source is unnamed ("speaking on condition of anonymity"). */
  explicitAnonymity?: boolean;
  /** True when the sentence also says why the source is unnamed ("because he was not authorized to brief reporters"). */
  anonymityReason?: boolean;
}

/** The mentions, attributions and stated positions of one block of text, with its sentences as spans. */
export interface ExtractedBlock {
  text: string;
  sentences: Span[];
  mentions: Mention[];
  attributions: Attribution[];
  /** Stances of actors stated in the block, in text order. */
  positions: PositionMention[];
  /**
   * Every name of a place, conflict or actor of the world the block was read with, in text order:
   * what tells which place and conflict a story is about. Empty when it was read without a world.
   */
  names: NameMention[];
}

/** A place, conflict or actor named in the text ("Rafah", "Gazans", "the war in Sudan", "Egyptian"): a place, conflict or actor id. */
export interface NameMention extends Span {
  /** The place id, for a place's name, alias or demonym. */
  place?: string;
  /** The conflict id, for a conflict's name or alias. */
  conflict?: string;
  /** The actor id, for a one-word name or alias of an actor ("Hamas", "Egyptian"). */
  actor?: string;
}
