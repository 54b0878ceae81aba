import type { CasualtyClaim, EventClaim, PhaseClaim, PositionClaim, Series, Stance } from "./claim.js";
import { addDays, daysBetween, daysInMonth } from "./dates.js";
import { BREAKDOWN_PHRASES, DATED_EVENT_NOUNS, CALENDAR_PERIOD_CUES, CIRCUMSTANCE_WORDS, CORE_GROUPS, GROUP_ANAPHOR_NOUNS, CLAUSE_CONJUNCTIONS, COMBINED_COUNT_CUES, CONTINUATION_OPENERS, COUNTING_BODY_NOUNS, CUE_ADVERBS, CUMULATIVE_CUES, DEAD_REFERENCES, SINCE_EVENT_VERBS, EVENT_VERBS, FIGURE_MILESTONE_NOUNS, FRONTED_OPENERS, INCIDENT_MEASURES, INCIDENT_SUBJECT_NOUNS, INCLUSION_WORDS, INCREMENT_WORDS, MONTHS, MOVEMENT_CUES, NATIONALITY_SUFFIXES, NOT_CLAUSE_AFTER_AS, PERFECT_CUES, RECORD_VERBS, OPERATION_PERIOD_CUES, PERIOD_CUES, PROPORTION_WORDS, PROPOSAL_KIND_WORDS, REPORT_SHOWS_CUES, type PhraseIndex, REPORTING_VERBS, RUNNING_TOTAL_VERBS, SAME_PERIOD_CUES, SIMPLE_PAST_CUES, SOURCE_LINE_LABELS, STRETCH_POSSESSIVES, SUBSET_CUES, TOPIC_STOPWORDS, TRUCE_AGE_NOUNS, TOPIC_SYNONYMS, WAR_START_WORDS, WAR_WORDS, indexPhrases } from "./lexicon.js";
import type { Attribution, CountMention, DateMention, ExtractedBlock, Mention, PositionMention, Span } from "./mention.js";
import { quantityValue } from "./quantity.js";
import type { Registry } from "./registry.js";
import type { Actor, Source } from "./source.js";
import type { Conflict, World } from "./world.js";

/** An attribution with the registry source (or actor) its name matched, if any. */
export interface ResolvedAttribution extends Attribution {
  source?: Source;
  actor?: Actor;
  /** The actor the source speaks for: the matched actor, the source's affiliation, or the actor its words name ("a senior Israeli official" → Israel). */
  speaksFor?: Actor;
  /** True when the source is a party to the conflict or speaks for one. */
  party: boolean;
}

/** A stated position with the registry actor and topic it matched, if any. */
export interface ResolvedPosition extends PositionMention {
  /** The index of the block the position is in. */
  block: number;
  /** The registry actor the position's actor words matched. */
  actorRecord?: Actor;
  /** The registered topic id the topic words matched best. */
  topicId?: string;
}

/** Facts about a whole document that several rules need, computed once per check. */
export interface DocumentFacts {
  /** The place the document's figures are about: the first of {@link DocumentFacts.places}. */
  defaultPlace: string | undefined;
  /**
   * The places of the story's conflict that the story names, most named first: a place its counts
   * name or its counts' sentences name counts twice, any other mention once, a demonym not at all
   * ("Palestinians" says who, not where). A count that names no place of its own is about the
   * first of these that has a series counting it.
   */
  places: readonly string[];
  /** The registered conflict the document is about: the one its place names and conflict names belong to most, begun by the document date. */
  conflict: Conflict | undefined;
  /** Every registered conflict the document names something of (a place, a party, the conflict's name), begun by the document date; {@link conflict} first. */
  conflictsNamed: readonly Conflict[];
  /** Attributions per block, matched to the registry. */
  attributions: readonly (readonly ResolvedAttribution[])[];
  /** True when a paragraph of the story's body (not a headline) attributes what it reports: a headline's figures are then sourced by it. */
  bodyAttributed: boolean;
  /**
   * The blocks a line of their own sources: those whose next block names their source, as some
   * outlets close a paragraph ("Source: Serhii Lysak, head of the regional military administration,
   * on Telegram", {@link SOURCE_LINE_LABELS}), and the one-sentence items of a list after a lead
   * that ends with a colon and names its source ("By the numbers: Since Oct. 7, according to
   * OCHA:"): what they report is that source's.
   */
  sourceLines: ReadonlySet<number>;
  /**
   * When the war the story is about began: its conflict's start (with the conflict's registered
   * `war-start` event as evidence, when there is one), else the date the story gives ("which
   * began on Oct. 7").
   */
  warStart: { date: string; claim?: EventClaim; conflict?: Conflict } | undefined;
  /** The document date the facts were gathered for. */
  date: string;
  /** The registered proposals the story is about, with their phases (computed on first use). */
  readonly proposals: readonly StoryProposal[];
  /** The positions stated in each block, matched to registry actors and topics (computed on first use). */
  readonly positions: readonly (readonly ResolvedPosition[])[];
  /**
   * The party a group's anaphor means ("The group remains committed to the proposal", "the
   * movement said"): the party the story names most that is not a state (no place of the world
   * has its id), on a tie the first named (computed on first use).
   */
  readonly groupActor: Actor | undefined;
}

/** A registered proposal and its phase claims. */
export interface StoryProposal {
  id: string;
  phases: readonly PhaseClaim[];
}

/**
 * Computes the document facts for a set of extracted blocks. What depends on one block alone (its
 * resolved attributions and positions, the proposers it names) is kept per block object, so an
 * editor that re-checks after each keystroke resolves only the blocks it re-extracted.
 */
export function gatherFacts(blocks: readonly ExtractedBlock[], registry: Registry, date: string): DocumentFacts {
  const { conflict, named } = storyConflicts(blocks, registry, date);
  return makeFacts(
    blocks,
    registry,
    date,
    storyPlaces(blocks, registry, conflict),
    conflict,
    named,
    blocks.map((block) => resolvedAttributions(block, registry)),
    findWarStart(blocks, registry, date, conflict),
    undefined,
  );
}

/**
 * The document facts after an edit, from the facts before it (`previous`, made for
 * `previousBlocks` against the same registry and date). The blocks before `head` and the last
 * `tail` blocks are the unchanged blocks of both lists; only the blocks between them are read. A
 * fact is kept when the changed blocks, before and after the edit, hold the same of what it is
 * made from (the places of counts, the war's start, the proposers named), so the facts always
 * equal {@link gatherFacts} on `blocks`.
 */
export function updateFacts(previous: DocumentFacts, previousBlocks: readonly ExtractedBlock[], blocks: readonly ExtractedBlock[], head: number, tail: number, registry: Registry, date: string): DocumentFacts {
  const before = previousBlocks.slice(head, previousBlocks.length - tail);
  const after = blocks.slice(head, blocks.length - tail);
  const attributions: (readonly ResolvedAttribution[])[] = previous.attributions.slice(0, head);
  for (const block of after) attributions.push(resolvedAttributions(block, registry));
  for (let j = previousBlocks.length - tail; j < previousBlocks.length; j++) attributions.push(previous.attributions[j]!);
  const unchangedPlaces = samePlaces(registry, before, after);
  const { conflict, named } = unchangedPlaces ? { conflict: previous.conflict, named: previous.conflictsNamed } : storyConflicts(blocks, registry, date);
  const warStart =
    conflict === previous.conflict && !before.some(startsWar(date)) && !after.some(startsWar(date)) ? previous.warStart : findWarStart(blocks, registry, date, conflict);
  return makeFacts(
    blocks,
    registry,
    date,
    unchangedPlaces ? previous.places : storyPlaces(blocks, registry, conflict),
    conflict,
    named,
    attributions,
    warStart,
    { previous: conflict === previous.conflict ? lazyFacts.get(previous) : undefined, before, after, head, tail },
  );
}

/** True when two facts name the same proposals (the same registered proposals, in the same order). */
export function sameProposals(a: DocumentFacts, b: DocumentFacts): boolean {
  const x = a.proposals;
  const y = b.proposals;
  return x === y || (x.length === y.length && x.every((p, i) => p === y[i]));
}

/** The facts computed on first use, once they are. */
interface LazyFacts {
  proposals?: readonly StoryProposal[];
  positions?: readonly (readonly ResolvedPosition[])[];
  groupActor?: { actor: Actor | undefined };
}

/** What an update after an edit starts from: the facts before it and the changed blocks before and after. */
interface FactsEdit {
  previous: LazyFacts | undefined;
  before: readonly ExtractedBlock[];
  after: readonly ExtractedBlock[];
  head: number;
  tail: number;
}

const lazyFacts = new WeakMap<DocumentFacts, LazyFacts>();

function makeFacts(
  blocks: readonly ExtractedBlock[],
  registry: Registry,
  date: string,
  places: readonly string[],
  conflict: Conflict | undefined,
  conflictsNamed: readonly Conflict[],
  attributions: readonly (readonly ResolvedAttribution[])[],
  warStart: DocumentFacts["warStart"],
  edit: FactsEdit | undefined,
): DocumentFacts {
  const lazy: LazyFacts = {};
  // What the facts before the edit had found by now: read once here, so what is kept never depends
  // on which facts a later check happens to compute first.
  const keptProposals = edit?.previous?.proposals;
  const keptPositions = edit?.previous?.positions;
  const facts: DocumentFacts = {
    date,
    defaultPlace: places[0],
    places,
    conflict,
    conflictsNamed,
    attributions,
    bodyAttributed: blocks.some((block, i) => !isHeadline(block) && (attributions[i]?.length ?? 0) > 0),
    sourceLines: sourceLinesOf(blocks),
    warStart,
    // Two rules read the proposals; most stories mention none, so they are found only when asked for.
    get proposals() {
      if (!lazy.proposals) {
        const kept = keptProposals;
        lazy.proposals = kept && edit && sameProposersNamed(registry, date, conflict, edit.before, edit.after) ? kept : proposalsInStory(registry, blocks, date, conflict);
      }
      return lazy.proposals;
    },
    get positions() {
      if (!lazy.positions) {
        const kept = keptPositions;
        const n = blocks.length;
        // Unchanged blocks keep their positions, unless they moved (paragraphs added or removed before them).
        const keep = kept && edit ? (index: number) => index < edit.head || (kept.length === n && index >= n - edit.tail) : () => false;
        lazy.positions = blocks.map((block, index) => (keep(index) ? kept![index]! : resolvedPositions(block, index, registry)));
      }
      return lazy.positions;
    },
    get groupActor() {
      lazy.groupActor ??= { actor: storyGroupActor(blocks, registry) };
      return lazy.groupActor.actor;
    },
  };
  lazyFacts.set(facts, lazy);
  return facts;
}

/**
 * True when a block reads as a headline: one sentence or two, short, with no closing full stop,
 * question or exclamation mark (body copy ends its sentences; headlines do not).
 */
export function isHeadline(block: ExtractedBlock): boolean {
  // "Gaza's death toll tops 31,000. Here's what to know": a headline of two sentences is one.
  if (block.sentences.length > 2 || block.text.length > 200) return false;
  // "... Blocks Cease-Fire Vote at the U.N.": the stop of an abbreviation closes no sentence.
  return !/[.!?…]["”’')\]]*\s*$/u.test(block.text) || /(?:^|[^\p{L}])(?:\p{Lu}\.){2,}\s*$/u.test(block.text);
}


const SOURCE_LINE = new RegExp(`^\\s*(?:${SOURCE_LINE_LABELS.join("|")})\\s*:\\s*\\p{L}`, "iu");
const NO_SOURCE_LINES: ReadonlySet<number> = new Set();

/**
 * The indexes of the blocks a line of their own sources: a block followed by one that opens with
 * a source label ("Source: ..."), and the one-sentence items after a lead that ends with a colon
 * and names its source ("By the numbers: Since Oct. 7, according to OCHA:" and its list).
 */
function sourceLinesOf(blocks: readonly ExtractedBlock[]): ReadonlySet<number> {
  let found: Set<number> | undefined;
  for (let i = 1; i < blocks.length; i++) if (SOURCE_LINE.test(blocks[i]!.text)) (found ??= new Set()).add(i - 1);
  for (let i = 0; i < blocks.length - 1; i++) {
    const lead = blocks[i]!;
    if (!endsWithColon(lead.text)) continue;
    const last = lead.sentences.length - 1;
    if (!lead.attributions.some((a) => a.sentence === last && !a.quoted)) continue;
    for (let j = i + 1; j < Math.min(blocks.length, i + 1 + MAX_LED_ITEMS) && blocks[j]!.sentences.length === 1 && !endsWithColon(blocks[j]!.text); j++) {
      (found ??= new Set()).add(j);
    }
  }
  return found ?? NO_SOURCE_LINES;
}

/**
 * True when a block's text ends with a colon, spaces after it passed over: it leads the lines
 * after it. Read back from the end, so a check of every block on every edit costs a few characters each.
 */
function endsWithColon(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13)) k--;
  return k >= 0 && text.charCodeAt(k) === 58;
}
/** How many one-sentence items after a lead its source covers. */
const MAX_LED_ITEMS = 12;

/** The party a group's anaphor means (see {@link DocumentFacts.groupActor}). */
function storyGroupActor(blocks: readonly ExtractedBlock[], registry: Registry): Actor | undefined {
  const votes = new Map<string, number>();
  for (const block of blocks) for (const id of actorsNamed(block, registry)) votes.set(id, (votes.get(id) ?? 0) + 1);
  let best: Actor | undefined;
  let most = 0;
  for (const [id, count] of votes) {
    const actor = registry.actor(id);
    if (actor?.party && count > most) [best, most] = [actor, count];
  }
  return best;
}

/** The actors (not places) a block names, once per naming, kept per block and registry: asked on every edit, of every block. */
function actorsNamed(block: ExtractedBlock, registry: Registry): readonly string[] {
  const memo = actorsNamedMemo.get(block);
  if (memo && memo.registry === registry) return memo.actors;
  const actors: string[] = [];
  for (const n of block.names ?? EMPTY) if (n.actor && !registry.place(n.actor)) actors.push(n.actor);
  actorsNamedMemo.set(block, { registry, actors });
  return actors;
}

const actorsNamedMemo = new WeakMap<ExtractedBlock, { registry: Registry; actors: readonly string[] }>();

const NO_PLACES: readonly string[] = [];

/** The story's places, most named first (see {@link DocumentFacts.places}); on a tie, the first named. Only places of `conflict` when it is known. */
function storyPlaces(blocks: readonly ExtractedBlock[], registry: Registry, conflict: Conflict | undefined): readonly string[] {
  const votes = new Map<string, number>();
  for (const block of blocks) placeVotes(block, registry, (place, points) => votes.set(place, (votes.get(place) ?? 0) + points));
  if (votes.size === 0) return NO_PLACES;
  return [...votes.entries()]
    .filter(([place]) => !conflict || registry.conflictsOfPlace(place).includes(conflict))
    .sort((a, b) => b[1] - a[1])
    .map(([place]) => place);
}

/**
 * The votes a block casts for the story's places, in text order: 2 for the place of a count, 2 for
 * a place named in a sentence that holds a count (unless it names the war there: "the war on
 * Gaza"), 1 for any other place named. A place written as
 * its demonym ("Palestinians") says who, not where, and casts none.
 */
function placeVotes(block: ExtractedBlock, registry: Registry, vote: (place: string, points: number) => void): void {
  // Asked of every block on every edit: a block's votes are kept per block and registry.
  let memo = placeVotesMemo.get(block);
  if (!memo || memo.registry !== registry) {
    const votes: [string, number][] = [];
    const counts = mentionsOfKind(block, "count");
    for (const m of counts) if (m.place) votes.push([m.place, 2]);
    for (const n of block.names ?? EMPTY) {
      if (!n.place || isDemonymName(registry, block, n)) continue;
      // "the war on Gaza" in a story about the West Bank: a name of the war, one vote at most.
      votes.push([n.place, !namesTheWar(block.text, n) && counts.some((m) => sentenceHolds(block, m.sentence, n.from)) ? 2 : 1]);
    }
    placeVotesMemo.set(block, (memo = { registry, votes }));
  }
  for (const [place, points] of memo.votes) vote(place, points);
}

const placeVotesMemo = new WeakMap<ExtractedBlock, { registry: Registry; votes: readonly (readonly [string, number])[] }>();

/** True when offset `at` of a block lies in its sentence `sentence`. */
function sentenceHolds(block: ExtractedBlock, sentence: number, at: number): boolean {
  const span = block.sentences[sentence];
  return span !== undefined && at >= span.from && at < span.to;
}

/** True when a named place is written as one of its demonyms ("Palestinians"), which says who, not where. */
function isDemonymName(registry: Registry, block: ExtractedBlock, name: { from: number; to: number; place?: string }): boolean {
  const place = name.place ? registry.place(name.place) : undefined;
  if (!place || place.demonyms.length === 0) return false;
  const text = block.text.slice(name.from, name.to).toLowerCase();
  return place.demonyms.some((d) => d.toLowerCase() === text) && !place.aliases.some((a) => a.toLowerCase() === text) && place.name.toLowerCase() !== text;
}

/**
 * True when two runs of blocks hold the same of what the story's places and conflict are made
 * from, in the same order: the places and demonyms of their counts, the places, conflicts and
 * parties they name, and the votes they cast for places ({@link placeVotes}, which a sentence
 * break or a count typed next to a name changes). The places and conflict do not change when one
 * run is put for the other.
 */
function samePlaces(registry: Registry, a: readonly ExtractedBlock[], b: readonly ExtractedBlock[]): boolean {
  const places = (blocks: readonly ExtractedBlock[]) => {
    const out: string[] = [];
    for (const block of blocks) {
      for (const m of mentionsOfKind(block, "count")) out.push(`${m.place ?? ""}|${m.demonym ?? ""}`);
      for (const n of block.names ?? EMPTY) out.push(n.place ?? (n.conflict ? `#${n.conflict}` : `@${n.actor}`));
      placeVotes(block, registry, (place, points) => out.push(`${place}+${points}`));
    }
    return out;
  };
  const x = places(a);
  const y = places(b);
  return x.length === y.length && x.every((place, i) => place === y[i]);
}

/**
 * The registered conflict a story is about, begun by `date`: each conflict scores the names in the
 * story that belong to it (a conflict's own name 3, a place the counts are about 2, any other
 * place or demonym 1, a place counting for every conflict fought in it or in a place containing
 * it). The highest score wins; on a tie, the conflict registered first. Undefined when the story
 * names nothing of any registered conflict: its figures and war ages are then judged against
 * nothing. `named` lists every conflict that scored, the winner first.
 */
function storyConflicts(blocks: readonly ExtractedBlock[], registry: Registry, date: string): { conflict: Conflict | undefined; named: readonly Conflict[] } {
  const conflicts = registry.conflicts();
  if (conflicts.length === 0) return NO_CONFLICT;
  const scores = new Map<Conflict, number>();
  const add = (conflict: Conflict, points: number) => {
    if (conflict.start <= date) scores.set(conflict, (scores.get(conflict) ?? 0) + points);
  };
  for (const block of blocks) {
    for (const m of mentionsOfKind(block, "count")) {
      const place = m.place ?? m.demonym;
      if (place) for (const c of registry.conflictsOfPlace(place)) add(c, 1);
    }
    for (const n of block.names ?? EMPTY) {
      if (n.conflict) {
        const c = registry.conflict(n.conflict);
        if (c) add(c, 3);
      } else if (n.place) for (const c of registry.conflictsOfPlace(n.place)) add(c, 1);
      else if (n.actor) for (const c of conflictsOfActor(registry, n.actor)) add(c, 1);
    }
  }
  let found: Conflict | undefined;
  let best = 0;
  for (const conflict of conflicts) {
    const score = scores.get(conflict) ?? 0;
    if (score > best) [found, best] = [conflict, score];
  }
  if (!found) return NO_CONFLICT;
  return { conflict: found, named: [found, ...conflicts.filter((c) => c !== found && scores.has(c))] };
}

const NO_CONFLICT = { conflict: undefined, named: [] };

const actorConflicts = new WeakMap<Registry, Map<string, Conflict[]>>();

/**
 * The conflicts an actor is a party to; kept per registry. Mediators are not counted: Egypt, Qatar
 * and the United States mediate in more than one war, so naming them says nothing of which.
 */
function conflictsOfActor(registry: Registry, actorId: string): readonly Conflict[] {
  let byActor = actorConflicts.get(registry);
  if (!byActor) {
    byActor = new Map();
    for (const conflict of registry.conflicts()) {
      for (const party of conflict.parties) {
        const list = byActor.get(party) ?? [];
        list.push(conflict);
        byActor.set(party, list);
      }
    }
    actorConflicts.set(registry, byActor);
  }
  return byActor.get(actorId) ?? EMPTY;
}

/** True when two runs of blocks name the same proposers of the proposals near `date`: the story's proposals do not change when one is put for the other. */
function sameProposersNamed(registry: Registry, date: string, conflict: Conflict | undefined, a: readonly ExtractedBlock[], b: readonly ExtractedBlock[]): boolean {
  const all = proposalsNear(registry, date, conflict);
  if (all.length <= 1) return true;
  return proposersOf(all).ids.every((actorId) => {
    const names = (block: ExtractedBlock) => blockNamesProposer(block, actorId, registry);
    return a.some(names) === b.some(names);
  });
}

/** The text of sentence `sentence` of a block (the whole block when it has no such sentence). */
export function sentenceText(block: ExtractedBlock, sentence: number): string {
  const span = block.sentences[sentence];
  return span ? block.text.slice(span.from, span.to) : block.text;
}

/** The mentions of one kind, of the union member with that `kind`. */
export type MentionOfKind<K extends Mention["kind"]> = Extract<Mention, { kind: K }>;

// Blocks are immutable once extracted and are shared between checks (by text in a cache, by node in
// an editor): what the rules derive from one block alone is kept per block object.
const kindsByBlock = new WeakMap<ExtractedBlock, Map<Mention["kind"], Mention[]>>();
const EMPTY: readonly never[] = [];

/**
 * The mentions of one kind in a block, in text order. Grouped once per block object, so a rule
 * that reads one kind (durations, stage counts) does not walk every other mention of the story.
 */
export function mentionsOfKind<K extends Mention["kind"]>(block: ExtractedBlock, kind: K): readonly MentionOfKind<K>[] {
  let kinds = kindsByBlock.get(block);
  if (!kinds) {
    kinds = new Map();
    for (const m of block.mentions) {
      const list = kinds.get(m.kind);
      if (list) list.push(m);
      else kinds.set(m.kind, [m]);
    }
    kindsByBlock.set(block, kinds);
  }
  return (kinds.get(kind) as MentionOfKind<K>[] | undefined) ?? EMPTY;
}

interface ResolvedBlock {
  registry: Registry;
  attributions: readonly ResolvedAttribution[];
  positions?: { index: number; list: readonly ResolvedPosition[] };
  /** Whether the block's text names each actor id asked about (see blockNamesProposer). */
  proposers?: { lower: string; named: Map<string, boolean> };
}

const resolvedByBlock = new WeakMap<ExtractedBlock, ResolvedBlock>();

function resolvedBlock(block: ExtractedBlock, registry: Registry): ResolvedBlock {
  let memo = resolvedByBlock.get(block);
  if (!memo || memo.registry !== registry) {
    memo = { registry, attributions: block.attributions.map((a) => resolveAttribution(a, registry)) };
    resolvedByBlock.set(block, memo);
  }
  return memo;
}

/** A block's attributions matched to the registry, kept per block and registry. */
function resolvedAttributions(block: ExtractedBlock, registry: Registry): readonly ResolvedAttribution[] {
  return resolvedBlock(block, registry).attributions;
}

/** A block's positions matched to the registry, kept per block and registry; re-numbered when the block moved. */
function resolvedPositions(block: ExtractedBlock, index: number, registry: Registry): readonly ResolvedPosition[] {
  const memo = resolvedBlock(block, registry);
  if (!memo.positions) memo.positions = { index, list: block.positions.map((p) => resolvePosition(p, index, registry)) };
  else if (memo.positions.index !== index) memo.positions = { index, list: memo.positions.list.map((p) => ({ ...p, block: index })) };
  return memo.positions.list;
}

/**
 * True when a registered claim that names its conflict (a position) is of a conflict the story
 * names: a story about Lebanon's truce that cites Hezbollah's condition on Gaza is judged against
 * both wars' positions, and a story about no registered conflict against none of them (the IPC's
 * findings on Gaza say nothing of Sudan). A claim of no conflict, or a registry that declares
 * none, belongs to every story.
 */
export function ofStoryConflict(claim: { readonly conflict?: string | undefined }, facts: Pick<DocumentFacts, "conflictsNamed">, registry: Registry): boolean {
  return !claim.conflict || facts.conflictsNamed.some((c) => c.id === claim.conflict) || registry.conflicts().length === 0;
}

/** How far around the document date a registered proposal counts as "the deal on the table". */
const PROPOSAL_WINDOW = { before: 120, after: 30 };

/**
 * How long after a deal in force ended it is still the deal a story means by "the ceasefire": the
 * copy of the weeks after its collapse is about it; a month on, "a 45-day truce" is a new offer,
 * and the old deal is meant only where a sentence names it ("the January truce").
 */
const ENDED_DEAL_DAYS = 21;

/** True when the deal registered as `id` took effect and ended more than {@link ENDED_DEAL_DAYS} before `date`. */
function endedBefore(registry: Registry, id: string, date: string): boolean {
  const cutoff = addDays(date, -ENDED_DEAL_DAYS);
  return registry.events(id).some((e) => e.status !== "retracted" && e.end !== undefined && e.end < cutoff);
}

/**
 * The registered proposals a story is about: those of the story's conflict dated within the
 * window around the document date, narrowed to the ones whose proposers the story names when it
 * names any. A story about no registered conflict is about no proposal.
 */
function proposalsInStory(registry: Registry, blocks: readonly ExtractedBlock[], date: string, conflict: Conflict | undefined): readonly StoryProposal[] {
  // A deal that ended weeks ago is no longer the one on the table: its lengths still keep two
  // truces apart (proposalsNear), but the story is about it only where a sentence names it.
  const all = proposalsNear(registry, date, conflict).filter((p) => !endedBefore(registry, p.id, date));
  if (all.length <= 1) return all;
  // Each proposer is looked for in the story once, however many proposals and phases name it.
  const proposers = proposersOf(all);
  const namedIds = new Set(proposers.ids.filter((actorId) => blocks.some((block) => blockNamesProposer(block, actorId, registry))));
  if (namedIds.size === 0) return all;
  const named = all.filter((_, i) => proposers.byProposal[i]!.some((id) => namedIds.has(id)));
  return named.length > 0 ? named : all;
}

const proposalsByDate = new WeakMap<Registry, Map<string, readonly StoryProposal[]>>();
const NO_PROPOSALS: readonly StoryProposal[] = [];

/** The registered proposals of `conflict` (without retracted phases) dated within the window around `date`, kept per registry, conflict and date. */
export function proposalsNear(registry: Registry, date: string, conflict: Conflict | undefined): readonly StoryProposal[] {
  // A registry that declares no conflict covers one war: all its proposals are that war's.
  const unscoped = registry.conflicts().length === 0;
  if (!conflict && !unscoped) return NO_PROPOSALS;
  let byDate = proposalsByDate.get(registry);
  if (!byDate) proposalsByDate.set(registry, (byDate = new Map()));
  const key = `${conflict?.id ?? ""}\n${date}`;
  let all = byDate.get(key);
  if (!all) {
    const from = addDays(date, -PROPOSAL_WINDOW.before);
    const to = addDays(date, PROPOSAL_WINDOW.after);
    all = registry
      .proposals()
      .map((id) => ({ id, phases: registry.phases(id).filter((p) => p.status !== "retracted" && (unscoped || p.proposal.conflict === conflict?.id)) }))
      .filter(({ phases }) => phases.some((p) => (p.proposal.date ?? p.asOf) >= from && (p.proposal.date ?? p.asOf) <= to));
    byDate.set(key, all);
  }
  return all;
}

/**
 * True when some block of the story names a proposal: one of its proposers (by name or alias),
 * the words of its id, or its month beside a deal word. A story that does is about the proposal; one that only falls near its date
 * is not.
 */
export function storyNamesProposal(blocks: readonly ExtractedBlock[], registry: Registry, proposal: StoryProposal, facts: DocumentFacts): boolean {
  // Asked once per untied duration: kept per facts (one story, one registry) and proposal.
  let memo = storyNames.get(facts);
  if (!memo) storyNames.set(facts, (memo = new Map()));
  let named = memo.get(proposal.id);
  if (named === undefined) memo.set(proposal.id, (named = findStoryNamesProposal(blocks, registry, proposal, facts)));
  return named;
}

const storyNames = new WeakMap<DocumentFacts, Map<string, boolean>>();

function findStoryNamesProposal(blocks: readonly ExtractedBlock[], registry: Registry, proposal: StoryProposal, facts: DocumentFacts): boolean {
  // What one block says of a proposal depends on the block, the registry, the proposal and the
  // story's conflict and date, not on the other blocks: kept per block, so an edit reads only the
  // blocks it changed.
  const key = `${proposal.id}\n${facts.conflict?.id ?? ""}\n${facts.date}`;
  return blocks.some((block) => {
    let memo = blockNamesProposalMemo.get(block);
    if (!memo || memo.registry !== registry) blockNamesProposalMemo.set(block, (memo = { registry, named: new Map() }));
    let named = memo.named.get(key);
    if (named === undefined) memo.named.set(key, (named = blockNamesProposal(block, registry, proposal, facts)));
    return named;
  });
}

const blockNamesProposalMemo = new WeakMap<ExtractedBlock, { registry: Registry; named: Map<string, boolean> }>();

/** True when one block names a proposal: a proposer, the words of its id, or its month beside a deal word. */
function blockNamesProposal(block: ExtractedBlock, registry: Registry, proposal: StoryProposal, facts: DocumentFacts): boolean {
  const world = registry.world();
  if (proposal.phases.some((c) => c.proposal.proposers.some((id) => blockNamesProposer(block, id, registry)))) return true;
  const words = sentenceWords(block.text, world);
  const needed = proposalNameWords(proposal.id, world);
  if (needed.size > 0 && hasAll(words, needed)) return true;
  // "the three-phase truce that began in January": named by its month, beside a deal word. A
  // paragraph with no deal word names no proposal by its month in any of its sentences.
  if (!hasAny(words, PROPOSAL_KIND_WORDS)) return false;
  return block.sentences.some((_, k) => proposalsNamedInSentence(facts, registry, block, k)?.proposals.some((p) => p.id === proposal.id) === true);
}

/** True when a block's text holds the name or an alias of actor `actorId` (as a substring, case-folded), kept per block and registry. */
function blockNamesProposer(block: ExtractedBlock, actorId: string, registry: Registry): boolean {
  const resolved = resolvedBlock(block, registry);
  const memo = (resolved.proposers ??= { lower: block.text.toLowerCase(), named: new Map() });
  let named = memo.named.get(actorId);
  if (named === undefined) {
    const lower = memo.lower;
    named = actorWords(actorId, registry).some((name) => lower.includes(name));
    memo.named.set(actorId, named);
  }
  return named;
}

/** The proposals a sentence describes, with the phases of the versions it names, and whether it names a proposer or a version. */
export interface SentenceProposals {
  proposals: readonly StoryProposal[];
  /** True when the sentence (or its paragraph) names a proposer of the proposals, or the proposals themselves. */
  byProposer: boolean;
  /** True when the sentence (or its paragraph) names the proposals by the words of their ids ("the Easter truce"). */
  byName?: boolean;
  /** True when the sentence is about another conflict than the story's ("In Lebanon, a separate 60-day truce ..."): its truces are not the story's. */
  otherConflict?: true;
  /** True when the sentence gives a date within 45 days of the proposals' ("set to end on March 1"). */
  byDate?: boolean;
  /** True when the sentence names the month the proposals were made in, beside a deal's word ("the ceasefire that took effect in January"). */
  byMonth?: true;
  /** The versions the sentence names ("the copy Hamas published" → "hamas-published"), when it names any. */
  versions?: readonly string[];
}

/**
 * Ties a sentence to the registered proposals it describes: those whose proposers its sentence
 * (else its paragraph) names ("Egyptian mediators" → Egypt), then by date when the sentence gives
 * one within 45 days of a proposal's date, then, when the sentence names a version by its words
 * ("the copy Hamas published", "Israel's offer"), only that version's phases. Falls back to the
 * story's proposals when nothing narrows them.
 */
export function proposalsForSentence(facts: DocumentFacts, registry: Registry, block: ExtractedBlock, sentence: number): SentenceProposals {
  const all = facts.proposals;
  // The answer depends on the block, the sentence, the story's conflict and date and which
  // proposals the story is about (a proposal's phases are fixed by the registry): kept per block
  // for that list of proposals.
  const key = proposalsKey(facts, all);
  let memo = sentenceProposals.get(block);
  if (!memo || memo.registry !== registry || memo.key !== key) {
    memo = { registry, key, bySentence: new Map() };
    sentenceProposals.set(block, memo);
  }
  let found = memo.bySentence.get(sentence);
  if (!found) {
    found =
      proposalsNamedInSentence(facts, registry, block, sentence) ??
      (refersBack(block, sentence) ? proposalsNamedInSentence(facts, registry, block, sentence - 1) : undefined) ??
      (aboutAnotherConflict(facts, registry, block, block.sentences[sentence])
        ? { proposals: EMPTY, byProposer: false, otherConflict: true }
        : all.length === 0
          ? { proposals: all, byProposer: false }
          : matchSentenceProposals(all, registry, block, sentence));
    memo.bySentence.set(sentence, found);
  }
  return found;
}

/**
 * True when a sentence opens with a word that refers back to the subject of the sentence before
 * it ("The three-phase ceasefire that took effect on January 19 collapsed. Its 42-day first phase
 * had ended ..."): a proposal that sentence names is this one's too.
 */
function refersBack(block: ExtractedBlock, sentence: number): boolean {
  const span = block.sentences[sentence];
  if (sentence === 0 || !span) return false;
  const first = /^\p{L}+/u.exec(block.text.slice(span.from, span.from + 12))?.[0].toLowerCase();
  return first !== undefined && BACK_REFERENCE_OPENERS.has(first);
}

/** Words that open a sentence about the subject of the one before ("Its first phase ...", "Their terms ..."). */
const BACK_REFERENCE_OPENERS: ReadonlySet<string> = new Set(["its", "their"]);

/**
 * The registered proposals a sentence names by what it says of them, whatever the story's date:
 * the words of a proposal's id ("Witkoff's proposal", "the Biden plan"), or the month it was made
 * or took effect beside a deal word ("the three-phase January truce", "a deal that took effect in
 * January", "the ceasefire of Jan. 19"). Looked for among the proposals of the story's conflict
 * and of the conflicts whose places the sentence names ("a cease-fire took effect in Gaza" in a
 * story about Lebanon). Undefined when the sentence names none this way.
 */
function proposalsNamedInSentence(facts: DocumentFacts, registry: Registry, block: ExtractedBlock, sentence: number): SentenceProposals | undefined {
  // Asked for each sentence of a story for each proposal on the table: kept per block and
  // sentence for the registry, the story's conflict and its date, which are all it depends on.
  const key = `${facts.conflict?.id ?? ""}\n${facts.date}`;
  let memo = namedInSentence.get(block);
  if (!memo || memo.registry !== registry || memo.key !== key) namedInSentence.set(block, (memo = { registry, key, bySentence: new Map() }));
  let found = memo.bySentence.get(sentence);
  if (found === undefined) memo.bySentence.set(sentence, (found = findProposalsNamedInSentence(facts, registry, block, sentence) ?? null));
  return found ?? undefined;
}

const namedInSentence = new WeakMap<ExtractedBlock, { registry: Registry; key: string; bySentence: Map<number, SentenceProposals | null> }>();

function findProposalsNamedInSentence(facts: DocumentFacts, registry: Registry, block: ExtractedBlock, sentence: number): SentenceProposals | undefined {
  const span = block.sentences[sentence];
  const text = span ? block.text.slice(span.from, span.to) : block.text;
  const world = registry.world();
  const words = sentenceWords(text, world);
  // Most sentences hold no deal word and no proposal's name: answered before their conflicts are read.
  const kindWord = hasAny(words, PROPOSAL_KIND_WORDS);
  if (!kindWord && !registry.proposals().some((id) => hasNameWords(words, id, world))) return undefined;
  // A sentence that names another conflict's places and none of the story's own ("the Gaza
  // ceasefire, whose first phase expired on March 1" in a story about Ukraine) speaks of that
  // conflict's deals only: a month it names dates them, not a proposal of the story's.
  const own = facts.conflict?.id;
  const others = own !== undefined && conflictNamed(facts, registry, block, own, span) === "other";
  const conflicts = sentenceConflicts(facts, registry, block, span).filter((c) => !others || c !== own);
  if (conflicts.length === 0) return undefined;
  const candidates = proposalsOfConflicts(registry, conflicts);
  if (candidates.length === 0) return undefined;
  // Named by its words, but not before it was made (beyond the window a story may run ahead of
  // the record): "an outline from US envoy Steve Witkoff" in March 2025 is not his framework of May.
  const latest = addDays(facts.date, PROPOSAL_WINDOW.after);
  const byWords = candidates.filter((p) => hasNameWords(words, p.id, world) && p.phases.some((c) => (c.proposal.date ?? c.asOf) <= latest));
  if (byWords.length > 0) return { proposals: byWords, byProposer: true, byName: true };
  if (!kindWord) return undefined;
  const months = monthsNamed(block, sentence, text, facts.date);
  if (months.size === 0) return undefined;
  // The latest proposal of a month named, the one a story looking back means.
  const inMonth = candidates.filter((p) => p.phases.some((c) => (c.proposal.date ?? c.asOf) <= facts.date && months.has((c.proposal.date ?? c.asOf).slice(0, 7))));
  if (inMonth.length === 0) return undefined;
  return { proposals: inMonth, byProposer: true, byMonth: true };
}

/**
 * True when a sentence names a place or conflict of another conflict than the story's, and none
 * of the story's own ("In Lebanon, a separate 60-day truce ..." in a story about Gaza): what it
 * says of truces is not about the story's proposals. A place of both (Israel) tells nothing.
 */
function aboutAnotherConflict(facts: DocumentFacts, registry: Registry, block: ExtractedBlock, span: { from: number; to: number } | undefined): boolean {
  const own = facts.conflict?.id;
  if (!own) return false;
  // A sentence that names no place of its own is about what its paragraph names ("In Gaza, Hamas
  // said ... The 42-day first phase of the deal ends on March 1" in a story about three wars).
  const named = conflictNamed(facts, registry, block, own, span);
  return (named === undefined && span !== undefined ? conflictNamed(facts, registry, block, own, undefined) : named) === "other";
}

/**
 * Whether the names of a span (the whole block when undefined) speak of the story's own conflict
 * (`"own"`), only of others (`"other"`), or of no conflict (undefined). A place of several
 * conflicts, the story's among them (Israel), tells nothing.
 */
function conflictNamed(facts: DocumentFacts, registry: Registry, block: ExtractedBlock, own: string, span: { from: number; to: number } | undefined): "own" | "other" | undefined {
  let other = false;
  const asides = relativeAsides(block, span);
  for (const n of block.names ?? EMPTY) {
    if (span && (n.from < span.from || n.to > span.to)) continue;
    // "The plan, which the Security Council endorsed with Russia abstaining, is laid out in three
    // phases": a name inside a relative aside is not what the sentence is about.
    if (asides.some((a) => n.from >= a.from && n.to <= a.to)) continue;
    if (n.conflict) {
      if (n.conflict === own) return "own";
      other = true;
    } else if (n.place) {
      const conflicts = registry.conflictsOfPlace(n.place).filter((c) => c.start <= facts.date);
      if (conflicts.length === 0) continue;
      const ours = conflicts.some((c) => c.id === own);
      if (ours && conflicts.length === 1) return "own";
      if (!ours) other = true;
    }
  }
  return other ? "other" : undefined;
}

/** The relative asides of a span (", which ...,", ", where ...,"), closed by a comma before the span's end. */
function relativeAsides(block: ExtractedBlock, span: { from: number; to: number } | undefined): { from: number; to: number }[] {
  const from = span?.from ?? 0;
  const text = block.text.slice(from, span?.to ?? block.text.length);
  const asides: { from: number; to: number }[] = [];
  RELATIVE_ASIDE.lastIndex = 0;
  for (let m = RELATIVE_ASIDE.exec(text); m; m = RELATIVE_ASIDE.exec(text)) asides.push({ from: from + m.index, to: from + m.index + m[0].length });
  return asides;
}

const RELATIVE_ASIDE = /,\s+(?:which|who|whom|whose|where|when)\b[^,;:.]*,/gu;

/** The conflicts a sentence may speak of: the story's, and those of the places and conflicts the sentence names. */
function sentenceConflicts(facts: DocumentFacts, registry: Registry, block: ExtractedBlock, span: { from: number; to: number } | undefined): readonly string[] {
  const ids = new Set<string>();
  if (facts.conflict) ids.add(facts.conflict.id);
  for (const n of block.names ?? EMPTY) {
    if (span && (n.from < span.from || n.to > span.to)) continue;
    if (n.conflict) ids.add(n.conflict);
    else if (n.place) {
      // A place of several wars ("Israel") that is the story's own war's place names that war:
      // "the ceasefire between Israel and Hezbollah" in a story about Lebanon is not about Gaza.
      const of = registry.conflictsOfPlace(n.place).filter((c) => c.start <= facts.date);
      if (facts.conflict && of.length > 1 && of.includes(facts.conflict)) continue;
      for (const c of of) ids.add(c.id);
    }
  }
  // A registry that declares no conflict covers one war: every proposal is that war's.
  if (registry.conflicts().length === 0) ids.add("");
  return [...ids].sort();
}

const proposalsByConflicts = new WeakMap<Registry, Map<string, readonly StoryProposal[]>>();

/** The registered proposals (without retracted phases) of the given conflicts, whatever their date; kept per registry. */
function proposalsOfConflicts(registry: Registry, conflicts: readonly string[]): readonly StoryProposal[] {
  let memo = proposalsByConflicts.get(registry);
  if (!memo) proposalsByConflicts.set(registry, (memo = new Map()));
  const key = conflicts.join("\n");
  let found = memo.get(key);
  if (!found) {
    const any = conflicts.includes("");
    found = registry
      .proposals()
      .map((id) => ({ id, phases: registry.phases(id).filter((p) => p.status !== "retracted" && (any || conflicts.includes(p.proposal.conflict ?? ""))) }))
      .filter(({ phases }) => phases.length > 0);
    memo.set(key, found);
  }
  return found;
}

/**
 * The months ("YYYY-MM") a sentence names: the months of its dates, and a month named alone
 * ("in January") as its latest occurrence on or before the document date.
 */
function monthsNamed(block: ExtractedBlock, sentence: number, text: string, date: string): Set<string> {
  const months = new Set<string>();
  for (const m of mentionsOfKind(block, "date")) if (m.sentence === sentence && m.date <= date) months.add(m.date.slice(0, 7));
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    const n = MONTH_NAMES.get(word);
    if (n === undefined) continue;
    const y = n <= month ? year : year - 1;
    months.add(`${y}-${String(n).padStart(2, "0")}`);
  }
  return months;
}

/** Full month names and their numbers (abbreviations come as dates). "May" is left out: it is also a verb. */
const MONTH_NAMES: ReadonlyMap<string, number> = new Map([
  ["january", 1], ["february", 2], ["march", 3], ["april", 4], ["june", 6], ["july", 7], ["august", 8], ["september", 9], ["october", 10], ["november", 11], ["december", 12],
]);

const sentenceProposals = new WeakMap<ExtractedBlock, { registry: Registry; key: string; bySentence: Map<number, SentenceProposals> }>();

// The key of a story's conflict, date and proposals, written once per list of proposals (a check's
// facts hold one), not once per duration asked about.
const proposalKeys = new WeakMap<readonly StoryProposal[], { conflict: string; date: string; key: string }>();

function proposalsKey(facts: DocumentFacts, all: readonly StoryProposal[]): string {
  const conflict = facts.conflict?.id ?? "";
  let found = proposalKeys.get(all);
  if (!found || found.conflict !== conflict || found.date !== facts.date) {
    found = { conflict, date: facts.date, key: `${conflict}\n${facts.date}\n${all.map((p) => p.id).join("\n")}` };
    proposalKeys.set(all, found);
  }
  return found.key;
}

function matchSentenceProposals(all: readonly StoryProposal[], registry: Registry, block: ExtractedBlock, sentence: number): SentenceProposals {
  const span = block.sentences[sentence];
  const sentenceText = span ? block.text.slice(span.from, span.to) : block.text;
  let proposals = all;
  let byProposer = false;
  let byName = false;
  const proposers = proposersOf(all);
  const world = registry.world();
  for (const text of [sentenceText, block.text]) {
    // A proposal named by its own words ("the Easter truce") is the one meant, whoever else is named.
    const textWords = sentenceWords(text, world);
    const byWords = all.filter((p) => hasNameWords(textWords, p.id, world));
    if (byWords.length > 0) {
      proposals = byWords;
      byProposer = true;
      byName = true;
      break;
    }
    // Folded once here: every proposer of every phase is looked for in it, each once.
    const folded = foldForWords(text);
    const namedIds = new Set(proposers.ids.filter((id) => namesActor(folded, id, registry)));
    const named = namedIds.size === 0 ? [] : all.filter((_, i) => proposers.byProposal[i]!.some((id) => namedIds.has(id)));
    if (named.length > 0) {
      proposals = named;
      byProposer = true;
      break;
    }
  }
  const dates: string[] = [];
  const datedWithYear: string[] = [];
  for (const m of mentionsOfKind(block, "date")) {
    if (m.sentence !== sentence) continue;
    dates.push(m.date);
    if (/\d{4}/.test(m.text)) datedWithYear.push(m.date);
  }
  // A truce its sentence dates, year and all, well before every proposal on the table ("a
  // two-month truce brokered in April 2022") is an older truce, none of them. A date without its
  // year ("March 1") is read in the past and may be the proposal's own.
  if (datedWithYear.length > 0 && !byProposer && proposals.every((p) => p.phases.every((c) => datedWithYear.every((d) => daysBetween(d, c.proposal.date ?? c.asOf) > 45)))) {
    return { proposals: [], byProposer: false };
  }
  let byDate = false;
  if (dates.length > 0) {
    const near = proposals.filter((p) => p.phases.some((c) => dates.some((d) => Math.abs(daysBetween(c.proposal.date ?? c.asOf, d)) <= 45)));
    if (near.length > 0) [proposals, byDate] = [near, true];
  }
  let words: ReadonlySet<string> | undefined;
  const versions = new Set<string>();
  for (const p of proposals) {
    for (const c of p.phases) {
      const v = c.proposal.version;
      if (v === undefined || versions.has(v)) continue;
      const needed = versionIdWords(v, world);
      words ??= sentenceWords(sentenceText, world);
      if (needed.size > 0 && hasAll(words, needed) && namedTogether(sentenceText, needed, world)) versions.add(v);
    }
  }
  if (versions.size === 0) return { proposals, byProposer, ...(byName ? { byName } : {}), ...(byDate ? { byDate } : {}) };
  return {
    ...(byName ? { byName } : {}),
    ...(byDate ? { byDate } : {}),
    proposals: proposals
      .map((p) => ({ id: p.id, phases: p.phases.filter((c) => c.proposal.version !== undefined && versions.has(c.proposal.version)) }))
      .filter((p) => p.phases.length > 0),
    byProposer,
    versions: [...versions].sort(),
  };
}

const proposerLists = new WeakMap<readonly StoryProposal[], { ids: readonly string[]; byProposal: readonly (readonly string[])[] }>();

/** The actor ids that propose any phase of each proposal, and all of them once, kept per list of proposals. */
function proposersOf(all: readonly StoryProposal[]): { ids: readonly string[]; byProposal: readonly (readonly string[])[] } {
  let found = proposerLists.get(all);
  if (!found) {
    const byProposal = all.map((p) => [...new Set(p.phases.flatMap((c) => c.proposal.proposers))]);
    found = { ids: [...new Set(byProposal.flat())], byProposal };
    proposerLists.set(all, found);
  }
  return found;
}

/** Text folded for {@link namesActor}: lowercase, straight apostrophes, padded with spaces. */
function foldForWords(text: string): string {
  return ` ${text.toLowerCase().replace(/[’]/g, "'")} `;
}

/** True when `lower` (text folded by {@link foldForWords}) names actor `id`: by its name, an alias or an actor word ("Egyptian"). */
function namesActor(lower: string, id: string, registry: Registry): boolean {
  return actorWords(id, registry).some((words) => containsWords(lower, words));
}

const actorWordLists = new WeakMap<Registry, Map<string, readonly string[]>>();

/** The words that name actor `id`, lowercase: its name and its aliases; kept per registry. */
function actorWords(id: string, registry: Registry): readonly string[] {
  let byId = actorWordLists.get(registry);
  if (!byId) actorWordLists.set(registry, (byId = new Map()));
  let words = byId.get(id);
  if (!words) {
    const actor = registry.actor(id);
    byId.set(id, (words = (actor ? [actor.name, ...actor.aliases] : [id]).map((name) => name.toLowerCase())));
  }
  return words;
}

/** True when `words` occur in `haystack` as whole words. */
function containsWords(haystack: string, words: string): boolean {
  let at = haystack.indexOf(words);
  while (at >= 0) {
    const before = haystack[at - 1] ?? " ";
    const after = haystack[at + words.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    at = haystack.indexOf(words, at + 1);
  }
  return false;
}

/** True when `words` hold every word of `needed`. */
function hasAll(words: ReadonlySet<string>, needed: ReadonlySet<string>): boolean {
  for (const w of needed) if (!words.has(w)) return false;
  return true;
}

/** True when `words` hold a word of `wanted`. */
function hasAny(words: ReadonlySet<string>, wanted: ReadonlySet<string>): boolean {
  for (const w of words) if (wanted.has(w)) return true;
  return false;
}

/** True when `words` name proposal `id` by the words of its id ({@link proposalNameWords}). */
function hasNameWords(words: ReadonlySet<string>, id: string, world: World): boolean {
  const needed = proposalNameWords(id, world);
  return needed.size > 0 && hasAll(words, needed);
}

const versionIds = new WeakMap<World, Map<string, Set<string>>>();

/** The words of a version id ("hamas-published" → hamas, publish), kept per world and id: ids come from the registry and are few. */
function versionIdWords(version: string, world: World): Set<string> {
  let byId = versionIds.get(world);
  if (!byId) versionIds.set(world, (byId = new Map()));
  let words = byId.get(version);
  if (!words) byId.set(version, (words = versionWords(version.replace(/[-_.:]/g, " "), world)));
  return words;
}

const proposalNames = new WeakMap<World, Map<string, Set<string>>>();

/**
 * The words of a proposal id that name it ("easter-truce-2025-04" → easter): the id's words
 * without dates, actors (named as proposers) and the kind of deal it is ({@link PROPOSAL_KIND_WORDS}),
 * kept per world and id.
 */
function proposalNameWords(id: string, world: World): Set<string> {
  let byId = proposalNames.get(world);
  if (!byId) proposalNames.set(world, (byId = new Map()));
  let words = byId.get(id);
  if (!words) {
    const actors = new Set([...world.actorWords.values()].map((a) => a.actor));
    words = new Set([...versionIdWords(id, world)].filter((w) => !PROPOSAL_KIND_WORDS.has(w) && !actors.has(w)));
    byId.set(id, words);
  }
  return words;
}

const wordsBySentence = new WeakMap<World, Map<string, ReadonlySet<string>>>();

/** The {@link versionWords} of a sentence, kept per world by its text: an editor asks again for the sentences of a paragraph after each keystroke in it. */
function sentenceWords(sentence: string, world: World): ReadonlySet<string> {
  let memo = wordsBySentence.get(world);
  if (!memo) wordsBySentence.set(world, (memo = new Map()));
  let words = memo.get(sentence);
  if (!words) {
    if (memo.size >= MAX_MEMO) memo.clear();
    memo.set(sentence, (words = versionWords(sentence, world)));
  }
  return words;
}

/** Words of a version id or a sentence, folded for matching: no dates or numbers, words naming an actor to its id, "-ed" and plurals dropped. */
function versionWords(text: string, world: World): Set<string> {
  return new Set(foldedVersionWords(text, world));
}

/** The folded words of {@link versionWords}, in text order. */
function foldedVersionWords(text: string, world: World): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (raw.length < 3 || TOPIC_STOPWORDS.has(raw)) continue;
    let w = raw;
    const actor = world.actorWords.get(w);
    if (actor) w = actor.actor;
    else if (w.length > 5 && w.endsWith("ed")) w = w.slice(0, w.endsWith("ied") ? -3 : -2);
    else if (w.length > 4 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
    out.push(w);
  }
  return out;
}

/** How many folded words may hold all the words that name a version ("Israel's April 29 offer", "the copy Hamas published"). */
const VERSION_NAME_WORDS = 4;

/**
 * True when the words naming a version stand together in the sentence ("Israel's offer", "the copy
 * Hamas published"), not scattered over it ("The offer's first stage would last 42 days, ..., a
 * senior Israeli official said" names an offer and, in its attribution, a party).
 */
function namedTogether(sentence: string, needed: ReadonlySet<string>, world: World): boolean {
  const words = foldedVersionWords(sentence, world);
  for (let i = 0; i < words.length; i++) {
    if (!needed.has(words[i]!)) continue;
    const seen = new Set<string>();
    for (let j = i; j < Math.min(words.length, i + VERSION_NAME_WORDS); j++) if (needed.has(words[j]!)) seen.add(words[j]!);
    if (seen.size === needed.size) return true;
  }
  return false;
}

/**
 * Matches an attribution's name to a registry source or actor: the whole name, then without
 * leading words ("Gaza's Health Ministry" → "Health Ministry"). Also finds the actor the source
 * speaks for and whether it is a party to the conflict.
 */
export function resolveAttribution(attribution: Attribution, registry: Registry): ResolvedAttribution {
  const key = `${attribution.name}\n${attribution.affiliation ?? ""}`;
  const memo = boundedMemo(attributionMatches, registry);
  let match = memo.get(key);
  if (!match) memo.set(key, (match = matchAttribution(attribution, registry)));
  // Object.assign, not a spread: V8 copies this way several times faster, and an editor resolves
  // the attributions of the edited paragraph on every keystroke.
  return Object.assign({}, attribution, match);
}

/** What an attribution's name and affiliation match in the registry: depends on those two strings alone. */
type AttributionMatch = Pick<ResolvedAttribution, "source" | "actor" | "speaksFor" | "party">;

// Stories repeat their sources, and an editor resolves a paragraph's attributions again after each
// keystroke in it: the matches are kept per registry by name and affiliation.
const attributionMatches = new WeakMap<Registry, Map<string, AttributionMatch>>();
const positionMatches = new WeakMap<Registry, Map<string, { actorRecord: Actor | undefined; topicId: string | undefined }>>();

/** Keys come from story text, so a memo is emptied when it grows past this many entries. */
const MAX_MEMO = 10_000;

function boundedMemo<V>(memos: WeakMap<Registry, Map<string, V>>, registry: Registry): Map<string, V> {
  let memo = memos.get(registry);
  if (!memo) memos.set(registry, (memo = new Map()));
  else if (memo.size >= MAX_MEMO) memo.clear();
  return memo;
}

function matchAttribution(attribution: Attribution, registry: Registry): AttributionMatch {
  const match = attribution.name ? matchName(attribution.name, registry) : undefined;
  const source = match && "source" in match ? match.source : undefined;
  const actor = match && "actor" in match ? match.actor : undefined;
  const speaksFor =
    actor ??
    (source?.affiliation ? registry.actor(source.affiliation) : undefined) ??
    (attribution.affiliation ? (registry.actor(attribution.affiliation) ?? registry.findActor(attribution.affiliation)) : undefined);
  return {
    ...(source ? { source } : {}),
    ...(actor ? { actor } : {}),
    ...(speaksFor ? { speaksFor } : {}),
    party: Boolean(source?.party || speaksFor?.party),
  };
}

/**
 * Matches a stated position to the registry: its actor words to an actor (by name or alias, a
 * source's affiliation, or an actor word such as "Israeli"), and its topic words to the
 * registered topic they share the most words with.
 */
export function resolvePosition(position: PositionMention, block: number, registry: Registry): ResolvedPosition {
  const topicText = `${position.topic} ${position.verb}`;
  const key = `${position.actor}\n${topicText}`;
  const memo = boundedMemo(positionMatches, registry);
  let match = memo.get(key);
  if (!match) memo.set(key, (match = { actorRecord: matchActor(position.actor, registry), topicId: matchTopic(topicText, registry) }));
  const { actorRecord, topicId } = match;
  // Object.assign, not a spread, as in resolveAttribution.
  const resolved: ResolvedPosition = Object.assign({}, position, { block });
  if (actorRecord) resolved.actorRecord = actorRecord;
  if (topicId) resolved.topicId = topicId;
  return resolved;
}

/** The registry actor that words name: by name or alias, through a source's affiliation, or by an actor word in them. */
export function matchActor(words: string, registry: Registry): Actor | undefined {
  const match = words ? matchName(words, registry) : undefined;
  if (match && "actor" in match) return match.actor;
  if (match && "source" in match && match.source.affiliation) {
    const affiliated = registry.actor(match.source.affiliation);
    if (affiliated) return affiliated;
  }
  const world = registry.world();
  let previous = "";
  for (const raw of words.split(/[\s-]+/)) {
    const word = raw.replace(/[’']s$/, "").replace(/\.$/, "");
    const named = world.actorWords.get(word.toLowerCase());
    // "the UN monitoring mission in Ukraine", "the ambassador to Israel": a state after a
    // preposition of place is where the words' body works, not whom it speaks for.
    const where = PLACE_PREPOSITIONS.has(previous) && registry.place(named?.actor ?? "") !== undefined;
    previous = raw.toLowerCase();
    // A name written in capitals ("US") matches only in capitals: "us" is a pronoun.
    if (named && !where && (!named.caps || word === word.toUpperCase())) {
      const actor = registry.actor(named.actor);
      if (actor) return actor;
    }
  }
  return undefined;
}

/** Prepositions that put a state named after them as the place a body works in ("the UN mission in Ukraine"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "to", "at", "inside"]);

/** Stance families: a story's stance and a registered one agree when they are in the same family. */
const STANCE_FAMILY: Record<Stance, "for" | "against" | "concern" | "assert"> = {
  demands: "for",
  accepts: "for",
  "commits-to": "for",
  supports: "for",
  proposes: "for",
  rejects: "against",
  opposes: "against",
  denies: "against",
  warns: "concern",
  concerned: "concern",
  declares: "assert",
  states: "assert",
};

/** The family of a stance, flipped for a negated one ("has not accepted" is against). */
export function stanceFamily(stance: Stance, negated = false): "for" | "against" | "concern" | "assert" {
  const family = STANCE_FAMILY[stance];
  if (!negated) return family;
  return family === "for" ? "against" : family === "against" ? "for" : family;
}

/** Words every story about a war uses: like the names of its places and parties, they cannot tell topics apart on their own. */
const GENERIC_TOPIC_WORDS = new Set(["war", "talk"]);

/**
 * Normalises a topic word: lowercase, no possessive, a word naming an actor of the world folded
 * to its id ("Israeli" → the id of the actor it names), a plural or "-ing" dropped, synonyms
 * folded ("invasion" → "offensive").
 */
function topicWord(raw: string, world: World): string | undefined {
  let w = raw.toLowerCase().replace(/[’']s$/, "").replace(/[“”"‘’']/g, "");
  if (!w || TOPIC_STOPWORDS.has(w) || /^\d/.test(w)) return undefined;
  const actor = world.actorWords.get(w);
  if (actor) return actor.actor;
  w = TOPIC_SYNONYMS.get(w) ?? w;
  if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  return TOPIC_SYNONYMS.get(w) ?? w;
}

function topicWords(text: string, world: World): Set<string> {
  const out = new Set<string>();
  for (const raw of text.split(/[^\p{L}\p{N}'’]+/u)) {
    const w = topicWord(raw, world);
    if (w) out.add(w);
  }
  return out;
}

interface TopicIndex {
  topics: { id: string; idWords: Set<string>; statementWords: Set<string> }[];
  /** Words that name the world's places and actors (as topic words), plus {@link GENERIC_TOPIC_WORDS}. */
  generic: ReadonlySet<string>;
}

const topicIndexes = new WeakMap<Registry, TopicIndex>();

function topicIndex(registry: Registry): TopicIndex {
  let index = topicIndexes.get(registry);
  if (index) return index;
  const byTopic = new Map<string, PositionClaim[]>();
  for (const claim of registry.positions({})) {
    const list = byTopic.get(claim.topic) ?? [];
    list.push(claim);
    byTopic.set(claim.topic, list);
  }
  const world = registry.world();
  const generic = new Set(GENERIC_TOPIC_WORDS);
  for (const word of world.nameWords) {
    const w = topicWord(word, world);
    if (w) generic.add(w);
  }
  for (const { actor } of world.actorWords.values()) generic.add(actor);
  index = {
    generic,
    topics: [...byTopic.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, claims]) => ({
        id,
        idWords: topicWords(id.replace(/[-_.:]/g, " "), world),
        statementWords: topicWords(claims.map((c) => `${c.statement} ${c.citations.map((x) => x.quote ?? "").join(" ")}`).join(" "), world),
      })),
  };
  topicIndexes.set(registry, index);
  return index;
}

/**
 * The registered topic id that topic words share the most words with: a word of the topic id
 * counts 2, a word of its registered statements 1, and place or party names count 1. A topic is
 * matched only through a word of its own id that is not a place or party name: its statements'
 * words alone ("it hits only military targets" against a ceasefire's statements) name other
 * things too. Undefined when no topic scores 2 or more.
 */
export function matchTopic(text: string, registry: Registry): string | undefined {
  const words = topicWords(text, registry.world());
  if (words.size === 0) return undefined;
  let best: string | undefined;
  let bestScore = 1;
  const index = topicIndex(registry);
  for (const topic of index.topics) {
    let score = 0;
    let distinctive = false;
    for (const w of words) {
      const generic = index.generic.has(w);
      if (topic.idWords.has(w)) {
        score += generic ? 1 : 2;
        distinctive ||= !generic;
      } else if (topic.statementWords.has(w)) {
        score += 1;
      }
    }
    if (distinctive && score > bestScore) [best, bestScore] = [topic.id, score];
  }
  return best;
}

// Stories repeat their sources ("the ministry said"), and an editor re-checks on every keystroke:
// names are matched once per registry.
const nameMatches = new WeakMap<Registry, Map<string, { source: Source } | { actor: Actor } | undefined>>();

function matchName(name: string, registry: Registry): { source: Source } | { actor: Actor } | undefined {
  const cache = boundedMemo(nameMatches, registry);
  if (cache.has(name)) return cache.get(name);
  const candidates = nameCandidates(name);
  let match: { source: Source } | { actor: Actor } | undefined;
  for (const { text, dropped } of candidates) {
    const source = registry.findSource(text);
    if (source && !qualifiedAway(dropped, source.affiliation, registry)) {
      match = { source };
      break;
    }
  }
  if (!match) {
    for (const { text, dropped } of candidates) {
      // "the U.N. monitoring mission in Ukraine": a state after a preposition of place is where the body works.
      if (PLACE_PREPOSITIONS.has(dropped[dropped.length - 1]?.toLowerCase() ?? "") && registry.place(registry.findActor(text)?.id ?? "")) continue;
      const actor = registry.findActor(text);
      if (actor && !qualifiedAway(dropped, actor.id, registry)) {
        match = { actor };
        break;
      }
    }
  }
  cache.set(name, match);
  return match;
}

/**
 * The names a source's words may be registered under: the words as written, without a possessive,
 * and each tail of them ("Gaza's health ministry" → "health ministry"), with the words each tail
 * leaves out.
 */
function nameCandidates(name: string): { text: string; dropped: readonly string[] }[] {
  const clean = name.replace(/\s+/g, " ").trim();
  const out = new Map<string, readonly string[]>();
  for (const text of [clean, clean.replace(/'s\b/g, ""), clean.replace(/'s\b/g, "'s")]) out.set(text, []);
  const words = clean.split(" ");
  for (let i = 1; i < words.length; i++) {
    const text = words.slice(i).join(" ");
    if (!out.has(text)) out.set(text, words.slice(0, i));
  }
  return [...out].map(([text, dropped]) => ({ text, dropped }));
}

/**
 * True when the words left out of a name tie the source to someone else, so the tail is not the
 * registered name of this source: a word for an actor other than the one the source speaks for
 * ("Egypt's health ministry" is not Gaza's), or a nation the registry's world does not know,
 * written as a possessive or a nationality ("Ukraine's military", "the Russian defence ministry").
 * Words for the source's own side, or for places of the world ("Gaza's"), leave it as it is.
 */
function qualifiedAway(dropped: readonly string[], speaksFor: string | undefined, registry: Registry): boolean {
  if (dropped.length === 0) return false;
  const world = registry.world();
  for (const word of dropped) {
    for (const piece of word.split(/[-‐]/u)) {
      const possessive = /'s?$/u.test(piece);
      // "U.S. military": an abbreviation's last stop is not part of the word ("u.s").
      const bare = piece.replace(/'s?$/u, "").replace(/\.$/u, "");
      if (!/^\p{Lu}/u.test(bare)) continue;
      const lower = bare.toLowerCase();
      const actor = world.actorWords.get(lower);
      if (actor && (!actor.caps || bare === bare.toUpperCase())) {
        if (speaksFor !== undefined && actor.actor !== speaksFor) return true;
        continue;
      }
      if (world.nameWords.has(lower) || world.demonyms.has(lower)) continue;
      if (possessive || NATIONALITY_SUFFIXES.some((suffix) => lower.endsWith(suffix) && lower.length > suffix.length + 2)) return true;
    }
  }
  return false;
}

function findWarStart(blocks: readonly ExtractedBlock[], registry: Registry, date: string, conflict: Conflict | undefined): DocumentFacts["warStart"] {
  if (conflict) return conflictStart(registry, conflict);
  if (registry.conflicts().length === 0) {
    // A registry that declares no conflict (one written before conflicts were data) covers one
    // war: its latest war-start event stands for every story.
    const events = registry.events("war-start").filter((e) => e.date <= date && e.status !== "retracted");
    const event = events[events.length - 1];
    if (event) return { date: event.date, claim: event };
  }
  const says = saysWarStart(date);
  for (const block of blocks) {
    for (const m of mentionsOfKind(block, "date")) if (says(m)) return { date: m.date };
  }
  return undefined;
}

/** A test for dates that say when the war began ("the war, which began on Oct. 7"), on or before `date`. */
function saysWarStart(date: string): (m: DateMention) => boolean {
  return (m) => m.role === "start" && Boolean(m.subject) && m.date <= date;
}

/** A test for blocks with a date that says when the war began, on or before `date`. */
function startsWar(date: string): (block: ExtractedBlock) => boolean {
  const says = saysWarStart(date);
  return (block) => mentionsOfKind(block, "date").some(says);
}

/**
 * When the war a sentence speaks of began: the story's war, unless the sentence names only
 * another registered conflict (its name, a place of it alone, or a party to it alone: "nearly two
 * years of cross-border fighting with Hezbollah" in a story about Gaza is measured from the
 * Lebanese front's own start).
 */
export function sentenceWarStart(facts: DocumentFacts, registry: Registry, block: ExtractedBlock, sentence: number, mention?: Span): DocumentFacts["warStart"] {
  const span = mention ? mentionClause(block, sentence, mention) : block.sentences[sentence];
  const asides = mention ? relativeAsides(block, span) : [];
  const named = new Set<Conflict>();
  for (const n of block.names ?? EMPTY) {
    if (span && (n.from < span.from || n.to > span.to)) continue;
    if (asides.some((a) => n.from >= a.from && n.to <= a.to)) continue;
    const of = n.conflict ? [registry.conflict(n.conflict)].filter((c): c is Conflict => c !== undefined) : n.place ? registry.conflictsOfPlace(n.place) : n.actor ? conflictsOfActor(registry, n.actor) : EMPTY;
    // A name shared by several conflicts ("Israel") says nothing of which.
    if (of.length === 1 && of[0]!.start <= facts.date) named.add(of[0]!);
  }
  if (named.size !== 1) return facts.warStart;
  const [conflict] = named;
  if (!conflict || conflict === facts.conflict || (facts.conflict && named.has(facts.conflict))) return facts.warStart;
  return conflictStart(registry, conflict);
}

/**
 * The clause of a sentence a mention stands in, up to the first subordinate clause after it ("The
 * strain on the two-month-old truce comes as a separate ceasefire holds in Gaza": the clause "as"
 * opens tells of another truce).
 */
function mentionClause(block: ExtractedBlock, sentence: number, mention: Span): { from: number; to: number } | undefined {
  const span = block.sentences[sentence];
  if (!span) return undefined;
  SUBORDINATE_OPENER.lastIndex = 0;
  const rest = block.text.slice(mention.to, span.to);
  const opener = SUBORDINATE_OPENER.exec(rest);
  return { from: span.from, to: opener ? mention.to + opener.index : span.to };
}

const SUBORDINATE_OPENER = /,?\s+(?:as|while|whereas)\s+(?:a|an|the|another)\s/u;

const warStarts = new WeakMap<Registry, Map<Conflict, NonNullable<DocumentFacts["warStart"]>>>();

/** A conflict's start, with its registered `war-start` event as evidence when it has one; kept per registry and conflict. */
function conflictStart(registry: Registry, conflict: Conflict): NonNullable<DocumentFacts["warStart"]> {
  let byConflict = warStarts.get(registry);
  if (!byConflict) warStarts.set(registry, (byConflict = new Map()));
  let found = byConflict.get(conflict);
  if (!found) {
    const event = registry.events("war-start").find((e) => e.conflict === conflict.id && e.date === conflict.start && e.status !== "retracted");
    found = { date: conflict.start, conflict, ...(event ? { claim: event } : {}) };
    byConflict.set(conflict, found);
  }
  return found;
}

/**
 * The places a count may be about, in the order its series is looked for: the place its clause
 * names (unless it lies outside the place of the demonym that names who is counted); else the places its sentence names, then the story's places ({@link DocumentFacts.places}),
 * keeping, for a demonym ("Palestinians"), only those within the demonym's place, or the
 * demonym's place itself when none is. Empty when neither the count nor the story names a place
 * of the registry's world.
 */
export function placesOfCount(registry: Registry, mention: CountMention, facts: DocumentFacts, block: ExtractedBlock): readonly string[] {
  // A place outside the demonym's ("14 Israelis ... in Ramallah") is where, not whose: the people are the demonym's.
  if (mention.place) return !mention.demonym || registry.placeAndAncestors(mention.place).includes(mention.demonym) ? [mention.place] : [mention.demonym];
  const out: string[] = [];
  for (const n of block.names ?? EMPTY) {
    if (n.place && sentenceHolds(block, mention.sentence, n.from) && !isDemonymName(registry, block, n) && !namesTheWar(block.text, n) && !out.includes(n.place)) out.push(n.place);
  }
  // "In Lebanon, where ..., strikes continued. The ministry of health says more than 2,000 people
  // have been killed": a paragraph that opens on a place is about it, in every sentence that names none.
  const opening = out.length === 0 ? openingPlace(block) : undefined;
  if (opening) out.push(opening);
  for (const place of facts.places) if (!out.includes(place)) out.push(place);
  const demonym = mention.demonym;
  if (!demonym) return out;
  const within = out.filter((place) => registry.placeAndAncestors(place).includes(demonym));
  return within.length > 0 ? within : [demonym];
}

/** The place a paragraph opens on ("In Lebanon, ...", "In the West Bank, ..."), when its first words are a preposition of place and that place's name. */
function openingPlace(block: ExtractedBlock): string | undefined {
  const first = block.names?.find((n) => n.place !== undefined);
  return first && OPENING_PLACE.test(block.text.slice(0, first.from)) && /^\s*,/.test(block.text.slice(first.to, first.to + 3)) ? first.place : undefined;
}

/** The words before a paragraph's opening place: "In", "In the", "Across", "Elsewhere in", "Meanwhile, in". */
const OPENING_PLACE = /^(?:(?:meanwhile,?\s+|elsewhere\s+|also\s+)?(?:in|across|inside)\s+(?:the\s+)?)$/i;

/** True when a place's name names a war, not where a count is: "the war on Gaza", "the Gaza war", "Israel's war in Lebanon". */
function namesTheWar(text: string, n: { from: number; to: number }): boolean {
  return /\bwar\s+(?:on|in|against)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, n.from - 20), n.from)) || /^\s+(?:war|conflict)\b/i.test(text.slice(n.to, n.to + 12));
}

/**
 * The series a count is about, chosen by what it counts (measure and group), where (its place, then
 * the places containing it: Rafah's count is Gaza's when Rafah has no series of its own) and by
 * whom (the source its sentence names is preferred, and answers alone when no place is known or
 * only a demonym's place, within which that source's series must lie).
 * Never by how near a value is. Undefined when nothing registered counts it.
 */
export function matchSeries(registry: Registry, mention: CountMention, facts: DocumentFacts, block: number, extracted: ExtractedBlock): Series | undefined {
  if (!mention.measure || isCombinedCount(extracted, mention)) return undefined;
  // "Researchers ... estimated that 64,260 Palestinians died ... more than the 37,877 deaths the
  // health ministry had recorded": a count right after a counting body's words is that body's,
  // whatever else its sentence credits.
  let nearest: ResolvedAttribution | undefined;
  for (const a of facts.attributions[block] ?? []) if (a.sentence === mention.sentence && a.to <= mention.from && (!nearest || a.to > nearest.to)) nearest = a;
  if (nearest && !(nearest.source || nearest.speaksFor) && namesCountingBody(nearest, extracted.text)) return undefined;
  const group = mention.group ?? "people";
  const named = facts.attributions[block]?.find((a) => a.sentence === mention.sentence && a.source)?.source;
  const places = placesOfCount(registry, mention, facts, extracted);
  let candidates: Series[] = [];
  search: for (const place of places) {
    for (const p of registry.placeAndAncestors(place)) {
      candidates = registry.findSeries({ measure: mention.measure, group, place: p });
      if (candidates.length > 0) break search;
    }
  }
  // No place answers, but the sentence names who counted: that body's series, where it counts
  // the people a demonym names ("Palestinians ..., the ministry said").
  if (candidates.length === 0 && named && (places.length === 0 || mention.demonym)) {
    const demonym = mention.demonym;
    candidates = registry
      .findSeries({ measure: mention.measure, group, source: named.id })
      .filter((series) => !demonym || registry.placeAndAncestors(series.population.place).includes(demonym));
  }
  // A demonym whose place has no series of its own ("34,000 Palestinians killed" in a story that
  // names no place): the registry's highest-ranked series counting it in a place within it.
  if (candidates.length === 0 && mention.demonym && !mention.place && facts.places.length === 0) {
    const demonym = mention.demonym;
    candidates = registry.findSeries({ measure: mention.measure, group }).filter((series) => registry.placeAndAncestors(series.population.place).includes(demonym));
  }
  // A registry that declares no places (one written before places were data) covers one place:
  // a count that names none is about its highest-ranked series, as before.
  if (candidates.length === 0 && !mention.place && facts.places.length === 0 && registry.places().length === 0) {
    candidates = registry.findSeries({ measure: mention.measure, group });
  }
  if (candidates.length === 0) return undefined;
  if (named) {
    const fromSource = candidates.find((s) => s.source === named.id);
    if (fromSource) return fromSource;
  }
  // A figure its sentence credits to a party is that party's count: another side's series cannot
  // confirm or refute it ("Israel says about 1,200 people were killed" is not the Gaza ministry's count).
  const series = candidates[0]!;
  // One pass, no array: this runs for every count matched to a series.
  let credited = false;
  for (const a of facts.attributions[block] ?? []) {
    if (a.sentence !== mention.sentence) continue;
    // "The Committee to Protect Journalists, a New York-based press freedom group, says at least
    // 97 journalists ...": a body the registry does not hold, keeping its own count.
    if (!(a.source || a.speaksFor)) {
      if (namesCountingBody(a, extracted.text)) credited = true;
      continue;
    }
    if (countsAs(a, series, registry)) return series;
    credited = true;
  }
  return credited ? undefined : series;
}

/** True when the words before a count in its sentence give it as a sum of counts ({@link COMBINED_COUNT_CUES}). */
function isCombinedCount(block: ExtractedBlock, mention: CountMention): boolean {
  const span = block.sentences[mention.sentence];
  if (!span) return false;
  const before = block.text.slice(Math.max(span.from, mention.from - COMBINED_REACH), mention.from).toLowerCase();
  return COMBINED_COUNT.test(before);
}

/** How many characters before a count its sentence is read for a word of summing. */
const COMBINED_REACH = 160;
const COMBINED_COUNT = new RegExp(`\\b(?:${COMBINED_COUNT_CUES.map((words) => words.join("\\s+")).join("|")})\\b`);

/**
 * True when an attribution the registry does not resolve names a body that keeps its own count
 * ({@link COUNTING_BODY_NOUNS}): a word of its name, capitalised ("Researchers at the London
 * School of Hygiene"), or the head of a description after a comma ("Protect Journalists, a New
 * York-based press freedom group, says").
 */
function namesCountingBody(a: ResolvedAttribution, text: string): boolean {
  // "The ministry's Emergency Operations Center": a part of the body before it, which counts.
  if (a.quoted || a.strength === "anonymous" || /\p{L}['’]s?\s/u.test(a.text)) return false;
  for (const word of a.text.split(/[^\p{L}]+/u)) {
    const lower = word.toLowerCase();
    if (!COUNTING_BODY_NOUNS.has(lower)) continue;
    if (/^\p{Lu}/u.test(word) || UNNAMED_COUNTERS.has(lower) || DESCRIBED_BODY.test(a.text)) return true;
  }
  // "The Institute for Human Rights says": the name's head before a linking word the speaker's words leave out.
  const head = NAME_HEAD_BEFORE.exec(text.slice(Math.max(0, a.from - NAME_HEAD_REACH), a.from))?.[1];
  if (head !== undefined && COUNTING_BODY_NOUNS.has(head.toLowerCase())) return true;
  // "A survey of households in the Gaza Strip puts the number ... at": the subject's head, before
  // the "of" phrase the speaker's words were read from, is the study that counted.
  const subject = STUDY_SUBJECT_BEFORE.exec(text.slice(Math.max(0, a.from - STUDY_SUBJECT_REACH), a.from))?.[1];
  return subject !== undefined && UNNAMED_COUNTERS.has(subject.toLowerCase());
}

/** A sentence opening on a study and an "of" phrase, up to the speaker's words: "A survey of households in". */
const STUDY_SUBJECT_BEFORE = /(?:^|[.!?]\s+)(?:a|an|the|one)\s+(?:[\p{L}-]+\s+){0,2}?(\p{L}+)\s+of\s+[^.,;:!?]*$/iu;
/** How many characters before an attribution a study subject is looked for. */
const STUDY_SUBJECT_REACH = 120;

/** A capitalised word and a linking word right before a name's last words ("Committee to", "Institute for the"). */
const NAME_HEAD_BEFORE = /(\p{Lu}\p{L}+)\s+(?:for|to|of|on)\s+(?:the\s+)?$/u;
/** How many characters before an attribution its name's head is looked for. */
const NAME_HEAD_REACH = 40;

/** Counting bodies named by their common noun alone ("researchers estimated", "the study found"). */
const UNNAMED_COUNTERS: ReadonlySet<string> = new Set(["researchers", "study", "survey", "preprint"]);

/** A description set beside a name: a comma, an article and words up to a body's noun. */
const DESCRIBED_BODY = /,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}[\p{L}-]+\s*(?:,|$|\s+(?:said|says|say|reported|reports|estimated|estimates))/iu;

/**
 * True when a figure credited to `attribution` may be judged against `series`. A body (a ministry,
 * an agency, the UN) may give its own count or relay another's; a party to the conflict named as
 * an actor ("Israel says", "Hamas said") gives its side's count, which only a series kept by that
 * side, or by a body of it, can judge.
 */
function countsAs(attribution: ResolvedAttribution, series: Series, registry: Registry): boolean {
  const side = attribution.source ? undefined : attribution.speaksFor;
  if (!side?.party) return true;
  const counter = registry.source(series.source);
  return counter !== undefined && (counter.id === side.id || counter.affiliation === side.id);
}

/**
 * True when the rest of a count's sentence carries it on to a running total given after it
 * ({@link RUNNING_TOTAL_VERBS} with "the ... to" and a figure after it: "taking the number of
 * injuries to 121,688").
 */
function carriedToTotal(block: ExtractedBlock, mention: CountMention): boolean {
  const span = block.sentences[mention.sentence];
  if (!span) return false;
  const rest = block.text.slice(mention.to, Math.min(span.to, mention.to + CLAUSE_CHARS)).toLowerCase();
  const carried = CARRIED_TO.exec(rest);
  // The total right after "to" ("to 121,688", "to more than 40,000"), read in the text: a list of
  // the block's counts, searched for each count, would grow with the square of a paragraph's size.
  return carried !== null && TOTAL_AFTER_TO.test(rest.slice(carried.index + carried[0].length));
}

/** A figure after "to", a qualifier of up to three words allowed before it. */
const TOTAL_AFTER_TO = /^(?:[\p{L}-]+\s+){0,3}?\d/u;

/** A running-total verb ({@link RUNNING_TOTAL_VERBS}), its "the" and the words up to "to": "taking the number of injuries to". */
const CARRIED_TO = new RegExp(`\\b(?:${[...RUNNING_TOTAL_VERBS].join("|")})\\s+the\\s+(?:[\\p{L}-]+\\s+){0,6}?to\\s`, "u");

/** "of" and a possessive right after a count: "14 of Tuesday's dead". */
const POSSESSIVE_OF = /^\s+of\s+[\p{L}\p{N}]+['’]s?\s/u;

const periodIndex = indexPhrases(PERIOD_CUES.map((words) => ({ words })));
/** The period cues that name a period or an event outright, without the simple-past passives. */
const namedPeriodIndex = indexPhrases(PERIOD_CUES.filter((words) => !SIMPLE_PAST_CUES.includes(words)).map((words) => ({ words })));
const operationIndex = indexPhrases(OPERATION_PERIOD_CUES.map((words) => ({ words })));
const calendarIndex = indexPhrases(CALENDAR_PERIOD_CUES.map((words) => ({ words })));
const reportShowsIndex = indexPhrases(REPORT_SHOWS_CUES.map((words) => ({ words })));
/** The kinds of cue a count's clause is read for, as bits: one pass over its words finds them all. */
const CUE = { subset: 1, breakdown: 2, cumulative: 4, samePeriod: 8, perfect: 16 } as const;
const countCueIndex = indexPhrases(
  (
    [
      [SUBSET_CUES, CUE.subset],
      [BREAKDOWN_PHRASES, CUE.breakdown],
      [CUMULATIVE_CUES, CUE.cumulative],
      [SAME_PERIOD_CUES, CUE.samePeriod],
      [PERFECT_CUES, CUE.perfect],
      [MOVEMENT_CUES, CUE.perfect],
    ] as const
  ).flatMap(([cues, kind]) => cues.map((words) => ({ words, kind }))),
);

/** The {@link CUE} bits of every cue that stands in `words`; an adverb inside a cue is passed over ("has also recorded"). */
function countCues(words: readonly string[]): number {
  let kinds = 0;
  for (let i = 0; i < words.length; i++) {
    const bucket = countCueIndex.get(words[i]!);
    if (!bucket) continue;
    for (const cue of bucket) if ((kinds & cue.kind) === 0 && cueMatchesAt(cue.words, words, i)) kinds |= cue.kind;
  }
  return kinds;
}

function cueMatchesAt(cue: readonly string[], words: readonly string[], at: number): boolean {
  let j = at;
  for (let k = 0; k < cue.length; k++, j++) {
    if (k > 0) while (j < words.length && words[j] !== cue[k] && CUE_ADVERBS.has(words[j]!)) j++;
    if (words[j] !== cue[k]) return false;
  }
  return true;
}

/** How far after a count its sentence is read for the words that follow its breakdown or its period ("..., taking the number of injured to"): bounded so a huge sentence stays linear. */
const CLAUSE_CHARS = 240;
/** How many counts a breakdown may be chained through ("including 2,055 children and 1,119 women"). */
const MAX_JOINED = 4;
/** How many paragraphs back "over the same period" may look for the count it refers to. */
const SAME_PERIOD_BLOCKS = 2;

/** How many words either side of a count are read for the cues of its own clause. */
const CLAUSE_WORDS = { before: 8, after: 12 };

/** The most words a "since" adjunct before a count may hold ("since the clashes began on October 8, 2023") and be passed over. */
const SINCE_ADJUNCT_WORDS = 12;

/**
 * The words of a count's clause before it that are read for its cues: the last
 * {@link CLAUSE_WORDS}, reaching past a "since" adjunct right before it, which names the count's
 * start and not what it counts ("put the total number of dead since the clashes began on
 * October 8, 2023 at 3,287").
 */
function wordsBeforeCount(words: readonly string[]): string[] {
  const since = words.lastIndexOf("since");
  const adjunct = since >= 0 && words.length - since <= SINCE_ADJUNCT_WORDS ? words.length - since : 0;
  // "a raid that Palestinian health officials say has killed at least 10": a speaker and its
  // verb set into the clause are passed over too.
  const window = words.slice(-CLAUSE_WORDS.before);
  const inserted = window.some((w) => SPEECH_INSERT_VERBS.has(w)) ? SPEECH_INSERT_WORDS : 0;
  return words.slice(-(CLAUSE_WORDS.before + adjunct + inserted));
}

/** Verbs of a speaker set into a count's clause ("officials say has killed"), and how many more words that reaches back. */
const SPEECH_INSERT_VERBS: ReadonlySet<string> = new Set(["say", "says", "said"]);
const SPEECH_INSERT_WORDS = 4;

/**
 * True when a count covers a short period or one event ("killed 60 people in the past 24 hours",
 * "strikes killed 45 on Tuesday"), or a part no series counts on its own ("killed while seeking
 * aid", "157 of them children"), rather than the running total. Only the count's own clause
 * counts: the words before it back to the previous count (at most {@link CLAUSE_WORDS}.before) and
 * after it to the clause's end or the next count. A running-total cue there ("bringing the toll
 * to", "have been killed", "since October 7") makes it a total whatever else stands near; a time
 * word that dates a reporting verb ("said on Monday", "On Monday, the ministry said") is the
 * report's date, not the count's period. An exact count with no running-total cue is read as a
 * period count: real copy gives tolls as totals ("bringing the toll to 34,654") or as hedged round
 * figures ("more than 34,000").
 */
export function isPeriodCount(block: ExtractedBlock, mention: CountMention): boolean {
  return countTime(block, mention) !== "total";
}

/**
 * What time a count covers, read from its own clause as {@link isPeriodCount} describes:
 * `"total"` (the running total), `"period"` (a short period, one event, or a part no series counts),
 * or `"same-period"` (its clause refers back to the count before it: "over the same period"). A
 * breakdown of a count or a count joined to one ({@link CountMention.partOf}) covers what that
 * count covers, unless its own words give it a period.
 */
export function countTime(block: ExtractedBlock, mention: CountMention, depth = 0): "total" | "period" | "same-period" {
  // A mention belongs to one immutable block: its time is read once.
  let time = countTimes.get(mention);
  if (time === undefined) {
    time = readCountTime(block, mention, depth);
    countTimes.set(mention, time);
  }
  return time;
}

const countTimes = new WeakMap<CountMention, "total" | "period" | "same-period">();

function readCountTime(block: ExtractedBlock, mention: CountMention, depth: number): "total" | "period" | "same-period" {
  const clause = countClause(block, mention);
  if (!clause) return "total";
  // "passing the 3,000 mark on Monday": a milestone a toll passes is of the running total, whatever day it passed.
  if (mention.qualifierText && MILESTONE_AFTER.test(block.text.slice(mention.to, mention.to + MILESTONE_CHARS))) return "total";
  const before = wordsBeforeCount(clauseWords(block.text.slice(clause.from, mention.from), "end"));
  // "70,373: Palestinians killed since October 2023": a figure that opens its sentence with a colon
  // after it ("by the numbers") is described by the words past the colon.
  const described = mention.to + (block.text[mention.to] === ":" && mention.from === block.sentences[mention.sentence]?.from ? 1 : 0);
  const after = clauseWords(block.text.slice(described, clause.to), "start").slice(0, CLAUSE_WORDS.after + clause.shared);
  // "263 people, including 112 children, have died": the words after its breakdown are the count's too.
  const parts = partsOf(block, mention);
  if (parts.length > 0 && block.text.slice(mention.to, parts[0]!.from).includes(",")) {
    const last = parts[parts.length - 1]!;
    const rest = block.text.slice(last.to, Math.min(block.sentences[last.sentence]!.to, last.to + CLAUSE_CHARS));
    const aside = rest.indexOf(", ");
    if (aside >= 0) after.push(...clauseWords(rest.slice(aside + 2), "start").slice(0, CLAUSE_WORDS.after));
  }
  // "21 Palestinians, most of them women and children, were killed on Tuesday": an aside giving
  // the share of the count's people is passed over to its predicate.
  if (parts.length === 0) {
    const aside = PROPORTION_ASIDE.exec(block.text.slice(mention.to, Math.min(clause.to, mention.to + CLAUSE_CHARS)));
    const predicate = aside ? block.text.slice(mention.to + aside[0].length, mention.to + aside[0].length + 12).toLowerCase().split(/[^\p{L}]+/u)[0] : undefined;
    if (aside && PROPORTION_WORDS.has(aside[1]!.toLowerCase()) && predicate !== undefined && PREDICATE_OPENERS.has(predicate)) after.push(...clauseWords(block.text.slice(mention.to + aside[0].length, clause.to), "start").slice(0, CLAUSE_WORDS.after));
  }
  // "killed in the 2023-2024 war": a span of past years closes what the count covers.
  // "the 2006 war killed about 1,200", "the 2020 explosion killed more than 200": a year's event
  // is one event, whose count is its own ("since the 2023 attack" counts from it, read below).
  if (before.some(isYearSpan) || after.some(isYearSpan) || datesAnEvent(before) || datesAnEvent(after)) return "period";
  // "Three more Palestinians died": an increment, not the total.
  const cues = countCues(before) | countCues(after);
  // A count of a registry's own group ("killed while seeking aid") is that group's total, not some of the dead.
  const ownGroup = mention.group !== undefined && !CORE_GROUPS.has(mention.group);
  if ((cues & CUE.subset && !ownGroup) || (circumstanceIn(after) && !ownGroup) || INCREMENT_WORDS.has(after[0] ?? "")) return "period";
  // "Children account for more than 200 of the Palestinians killed": some of a larger count.
  // ("46 of them children" breaks down the count before it, and is read as that count's part below.)
  // A copula after it says what the part is ("around 8,000 of the dead are children"): its group is read from there.
  // "14 of Tuesday's dead", "five of the army's casualties": a possessive for "the".
  const ofWhole = after[0] === "of" && (after[1] === "the" || after[1] === "those" || POSSESSIVE_OF.test(block.text.slice(mention.to, mention.to + 40)));
  // "were killed" after it is a passive, not a copula: "About 70 of the dead were killed since January".
  const copula = after.findIndex((w) => BE_WORDS.has(w));
  if (mention.partOf === undefined && ofWhole && (copula < 0 || EVENT_VERBS.has(after[copula + 1] ?? ""))) return "period";
  // "72 of those killed were children", "around 8,000 of the dead are women": a share of the dead
  // the sentence counts covers what that count covers; with none before it in the sentence, the
  // story's running total. A period its own words name ("14 of those killed on Tuesday") stays its own.
  if (mention.partOf === undefined && ofWhole && (after[1] === "those" || after[1] === "the") && MEASURE_AFTER_OF.has(after[2] ?? "")) {
    if (periodCueIn(before, true) || periodCueIn(after, false)) return "period";
    let whole = depth < MAX_JOINED ? countBeforeInSentence(block, mention) : undefined;
    while (whole && !whole.measure) whole = countBeforeInSentence(block, whole);
    return whole ? countTime(block, whole, depth + 1) : "total";
  }
  // "since the start of the year", "so far this month": counted from a calendar day, not the war's start.
  if (calendarCueIn(before) || calendarCueIn(after) || frontedCalendar(block, clause, mention)) return "period";
  // "killed 184 civilians and injured 856 in August alone": a month's count, unless a cue of the
  // running total stands in its clause ("the toll rose to 43,000 in October").
  if (!(cues & CUE.cumulative) && (monthWindow(before) || monthWindow(after))) return "period";
  // "killed since Israel resumed its offensive", "Since the truce collapsed on March 18, ...":
  // counted from an event of the war after its start, not from the start.
  // A fronted one covers the count only when its own clause names no running total ("More than
  // 350 have been killed since the truce began, ..., which puts the war's overall toll at 70,360").
  if (sinceAnEvent(before) || sinceAnEvent(after) || (!(cues & CUE.cumulative) && !before.includes("since") && !after.includes("since") && sinceAnEvent(sentenceOpening(block, mention)))) return "period";
  if (frontedMonth(block, clause, mention, before)) return "period";
  // "bringing the day's losses to 24": a day's toll, whatever carries it.
  if (before.some((w) => STRETCH_POSSESSIVES.has(w))) return "period";
  // "Aug. 22, the day famine was confirmed, meaning that more than 130 people have died since
  // then": "since then" after a day its sentence names (not the war's start) counts from that day.
  if ((sinceThen(before) || sinceThen(after)) && mentionsOfKind(block, "date").some((d) => d.sentence === mention.sentence && d.to <= mention.from && !(d.role === "start" && d.subject))) return "period";
  if (mention.partOf !== undefined && depth < MAX_JOINED) {
    let head = countStartingAt(block, mention.partOf);
    // "29,195 ..., up from 29,092 a day earlier, and 69,170 wounded": joined past the earlier figure to the count.
    while (head && isIncrementAside(block, head)) head = countBeforeInSentence(block, head);
    // "132 hostages, including 28 believed to have died": a breakdown counted by another measure
    // than its whole is some of the whole's people, not a running total of its own ("..., and
    // 78,404 wounded" is a count joined to the whole, not a part of it).
    if (isPartByOtherMeasure(mention, head, before, cues)) return "period";
    // "37,347 Palestinians were killed and 85,372 injured": the head's passive is the head's own time.
    if (head) return periodCueIn(before, true, namedPeriodIndex) || periodCueIn(after, false, namedPeriodIndex) ? "period" : countTime(block, head, depth + 1);
  }
  // The same for a part whose whole is the count before it in the sentence, not joined to it.
  if (mention.partOf === undefined && opensBreakdown(before, cues) && isPartByOtherMeasure(mention, countBeforeInSentence(block, mention), before, cues)) return "period";
  // "Of those killed, 15,747 were children": a part, fronted, of a count before it in the
  // paragraph, covers what that count covers unless its own words name a period.
  const whole = depth < MAX_JOINED ? frontedWhole(block, clause, mention) : undefined;
  if (whole) return periodCueIn(before, true, namedPeriodIndex) || periodCueIn(after, false, namedPeriodIndex) ? "period" : countTime(block, whole, depth + 1);
  // A part of a count this block does not hold ("Of those killed, 15,747 were children").
  if (cues & CUE.breakdown) return "period";
  // "Russian attacks killed 209 civilians in April ... Among the dead were 19 children": the dead
  // are those the paragraph counted before, in their period; with none before, the war's.
  const dead = depth < MAX_JOINED && cueAt(theDeadIndex, before) >= 0 ? countOfMeasureBefore(block, mention) : undefined;
  if (dead) return countTime(block, dead, depth + 1);
  // One operation's toll, though "since the start" or "toll" reads as the war's ("since the start of the operation").
  if (cueAt(operationIndex, before) >= 0 || cueAt(operationIndex, after) >= 0) return "period";
  // "Tuesday's pager blasts had killed 12", "the strike has killed 18": one incident's toll.
  if (incidentSubject(before)) return "period";
  if (cues & CUE.cumulative) return "total";
  if (cues & CUE.samePeriod) {
    // "16 were wounded over the same period, taking the number of injured to 173,000": the total follows, so this is the day's.
    const rest = block.text.slice(mention.to, Math.min(block.sentences[mention.sentence]!.to, mention.to + CLAUSE_CHARS)).toLowerCase().split(/[^\p{L}]+/u);
    return rest.some((w) => RUNNING_TOTAL_VERBS.has(w)) ? "period" : "same-period";
  }
  // A phrase fronted before the count's clause ("In its latest tally, the ministry put the dead at
  // 1,001", "between 7 October 2023 and 17 June 2024, at least 37,347 Palestinians were killed")
  // says what time the clause's counts cover, as "the same figures show" before it does
  // ({@link REPORT_SHOWS_CUES}), unless their own words name a period or carry them on to a total.
  if ((frontedTotal(block, clause, mention) || cueAt(reportShowsIndex, before) >= 0) && !periodCueIn(before, true, namedPeriodIndex) && !periodCueIn(after, false, namedPeriodIndex) && !carriedToTotal(block, mention)) return "total";
  if (periodCueIn(before, true) || periodCueIn(after, false)) return "period";
  // "290 injured people had been brought to hospitals, taking the number of injuries to 121,688":
  // a count carried on to a total after it is the day's, whatever its tense.
  if (carriedToTotal(block, mention)) return "period";
  if (cues & CUE.perfect) return "total";
  // "the ministry counted 2,867 killed", "the mission verified 12,654 civilian deaths": a body's
  // record, in the simple past or present, is its running total, as "has recorded" is, unless a
  // period cue above said otherwise ("recorded 52 deaths in the past 24 hours").
  if (recordVerbBefore(before)) return "total";
  // "have killed more than 900 ..., and injured more than 11,000", "has killed 24,000 Palestinians
  // and wounded 60,000": a predicate joined by "and" (after the count before it, or the one noun
  // that count counts) leaves out the subject and the auxiliary it shares with that count, and so its time.
  // "put the toll at 109, with 383 others wounded": a count "with" opens is joined to it the same way.
  const and = before[0] === "with" ? 0 : before.indexOf("and");
  if (and >= 0 && and <= 1 && before.length - and <= JOINED_PREDICATE_WORDS && depth < MAX_JOINED) {
    // The count joined to is the whole, not a breakdown of it that stands between them ("40,005
    // people had been killed, including 40 over the previous 24 hours, and 92,401 wounded").
    // An increment set between them ("had risen to 55,493, an increase of 61 in 24 hours, with
    // 129,320 people injured") counts nothing of its own: the count joined to is the one before it.
    let before = countBeforeInSentence(block, mention);
    while (before && !before.measure && isIncrementAside(block, before)) before = countBeforeInSentence(block, before);
    const previous = before?.partOf !== undefined ? (countStartingAt(block, before.partOf) ?? before) : before;
    if (previous) return countTime(block, previous, depth + 1);
  }
  // "851 killed seeking aid since late May": a count from a month to now is a running total from
  // then (whether that start is its series' own is the value check's question).
  if (sinceMonth(after) || sinceMonth(before) || sinceWarBegan(after) || sinceWarBegan(before)) return "total";
  const last = before[before.length - 1];
  // "Israel has pressed its offensive for 21 months, killing more than 55,000": a participle after
  // a comma takes the time of the clause before it, and a war carried on in the perfect has killed
  // its running total ("Israel has stepped up strikes, killing 50" tells of strikes, not the war).
  if (last !== undefined && last.endsWith("ing") && EVENT_VERBS.has(last) && warInPerfectBefore(block, mention)) return "total";
  if (last !== undefined && EVENT_VERBS.has(last)) return "period";
  // An exact count with nothing to say it is the running total is an incident's or a day's count
  // ("75 people killed near aid sites"): tolls are given as totals or hedged round figures.
  return mention.quantity.qualifier === "exact" ? "period" : "total";
}

/**
 * True when the clause before the comma that opens a count's participle ("..., killing more than
 * 55,000") is in the present perfect and names the war as what goes on: "Israel has pressed its
 * offensive on the enclave", "the war has raged for 21 months".
 */
function warInPerfectBefore(block: ExtractedBlock, mention: CountMention): boolean {
  const from = block.sentences[mention.sentence]?.from ?? 0;
  const before = block.text.slice(from, mention.from);
  const comma = before.lastIndexOf(",");
  if (comma < 0) return false;
  const words = before.slice(0, comma).toLowerCase().split(/[^\p{L}-]+/u);
  const perfect = words.findIndex((w, i) => (w === "has" || w === "have") && PARTICIPLE.test(words[i + 1] ?? ""));
  return perfect >= 0 && words.some((w, i) => i > 0 && WAR_WORDS.has(w) && w !== "fighting");
}

/** A past participle after "has" or "have": regular, or of the irregular verbs a war is told with ("waged", "fought", "driven", "been"). */
const PARTICIPLE = /^(?:\p{L}+ed|been|fought|driven|gone|run|taken|brought|seen)$/u;

/**
 * True when a count is a breakdown ("including 28 ...", "of them") of `whole` counted by another
 * measure ("132 hostages, including 28 believed to have died"): some of the whole's people, not a
 * running total of its own. A count joined by "and" ("..., and 78,404 wounded") is no breakdown.
 */
function isPartByOtherMeasure(mention: CountMention, whole: CountMention | undefined, before: readonly string[], cues: number): boolean {
  if (!whole?.measure || !mention.measure || whole.measure === mention.measure) return false;
  return opensBreakdown(before, cues);
}

/** True when a count's clause opens a breakdown: "of them", "among whom", "including". */
function opensBreakdown(before: readonly string[], cues: number): boolean {
  return (cues & CUE.breakdown) !== 0 || before.some((w) => INCLUSION_WORDS.has(w));
}

const BE_WORDS: ReadonlySet<string> = new Set(["is", "are", "was", "were"]);

/** Prepositions that make a month after them the window a count is made in: "in August", "during March". */
const MONTH_WINDOW_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "during", "throughout"]);

/**
 * True when the words hold "in", "during" or "throughout" before a month's name, with no "since",
 * "from" or "between" before it (the month a count starts from: "since the war began in October
 * 2023") and no reporting verb right before it ("said in April that ...").
 */
function monthWindow(words: readonly string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    if (!MONTH_WINDOW_PREPOSITIONS.has(words[i]!) || !MONTHS.has(words[i + 1]!)) continue;
    if (words.slice(0, i).some((w) => w === "since" || w === "from" || w === "between")) return false;
    if (words.slice(Math.max(0, i - 2), i).some((w) => REPORTING_VERBS.has(w) && !RECORD_VERBS.has(w))) continue;
    return true;
  }
  return false;
}

/** True when a count's verb of record ({@link RECORD_VERBS}) stands right before it: "the ministry counted 2,867 killed". */
function recordVerbBefore(before: readonly string[]): boolean {
  return before.length > 0 && RECORD_VERBS.has(before[before.length - 1]!);
}

/** True when "since" stands before a month in the words, with "late", "early" or "mid" between ("since late May"). */
function sinceMonth(words: readonly string[]): boolean {
  for (let i = words.indexOf("since"); i >= 0; i = words.indexOf("since", i + 1)) {
    const next = words[i + 1] === "late" || words[i + 1] === "early" || words[i + 1] === "mid" ? words[i + 2] : words[i + 1];
    if (next !== undefined && MONTHS.has(next)) return true;
    // "since 24 February 2022": a day before its month.
    if (next !== undefined && DAY_OF_MONTH.test(next) && MONTHS.has(words[i + 2] ?? "")) return true;
  }
  // "between 24 February 2022 and 31 July": a count from a day to a later one, a running total
  // from that day (whether that start is its series' own is the value check's question).
  for (let i = words.indexOf("between"); i >= 0; i = words.indexOf("between", i + 1)) {
    const [a, b] = [words[i + 1] ?? "", words[i + 2] ?? ""];
    if ((DAY_OF_MONTH.test(a) && MONTHS.has(b)) || (MONTHS.has(a) && DAY_OF_MONTH.test(b))) return true;
  }
  return false;
}

const DAY_OF_MONTH = /^(?:[1-9]|[12]\d|3[01])$/;

/** True when "since then" or "since that day" stands in the words. */
function sinceThen(words: readonly string[]): boolean {
  for (let i = words.indexOf("since"); i >= 0; i = words.indexOf("since", i + 1)) {
    if (words[i + 1] === "then" || (words[i + 1] === "that" && words[i + 2] === "day")) return true;
  }
  return false;
}

/** Words that make an incident noun after them one incident: an article, or a day's possessive. */
const ONE_INCIDENT_DETERMINERS: ReadonlySet<string> = new Set([
  "the", "a", "an", "this", "that",
  ...["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today"].flatMap((day) => [`${day}'s`, `${day}’s`]),
]);

/**
 * True when the words before a count name one incident as the subject of its verb: a noun of
 * {@link INCIDENT_SUBJECT_NOUNS} right after one of {@link ONE_INCIDENT_DETERMINERS}, or after it
 * and one modifier ("Tuesday's pager blasts", "the Israeli strike"). Plural nouns count only after
 * a day's possessive: "the strikes have killed 34,000" may be the war's.
 */
function incidentSubject(words: readonly string[]): boolean {
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (!INCIDENT_SUBJECT_NOUNS.has(w)) continue;
    const determiner = ONE_INCIDENT_DETERMINERS.has(words[i - 1]!) ? words[i - 1]! : i >= 2 && ONE_INCIDENT_DETERMINERS.has(words[i - 2]!) ? words[i - 2]! : undefined;
    if (!determiner) continue;
    const plural = w.endsWith("s") && w !== "shelling";
    if (!plural || /['’]s$/.test(determiner)) return true;
  }
  return false;
}

/** How many words after "since" may name the war and its start ("since Gaza war began", a headline without its article). */
const SINCE_WAR_WORDS = 4;

/** True when "since" is followed by a war word and a word of its start: "since the war began", "since Gaza war erupted". */
function sinceWarBegan(words: readonly string[]): boolean {
  for (let i = words.indexOf("since"); i >= 0; i = words.indexOf("since", i + 1)) {
    const next = words.slice(i + 1, i + 1 + SINCE_WAR_WORDS);
    const war = next.findIndex((w) => WAR_WORDS.has(w));
    if (war >= 0 && next.slice(war + 1).some((w) => WAR_START_WORDS.has(w))) return true;
  }
  return false;
}

/** The most words from "and" to a count for its predicate to share the count before it ("and injured", "and also wounded", "and the wounded at"). */
const JOINED_PREDICATE_WORDS = 4;

/** The nearest count before `mention` in its sentence, found through an index of the block's counts built once. */
/** A milestone's noun right after a hedged figure ("the 3,000 mark"), read from {@link FIGURE_MILESTONE_NOUNS}. */
const MILESTONE_AFTER = new RegExp(`^\\s+(?:${[...FIGURE_MILESTONE_NOUNS].join("|")})\\b`, "i");
const MILESTONE_CHARS = 12;

/** The words after "of those" or "of the" that name the dead or wounded a share is taken of. */
const MEASURE_AFTER_OF: ReadonlySet<string> = new Set(["killed", "dead", "wounded", "injured", "victims", "fatalities", "casualties"]);

/** True when a count stands in an aside that gives a rise or the figure before it ("…, an increase of 61 in 24 hours, …", "…, up from 29,092 a day earlier, …"). */
function isIncrementAside(block: ExtractedBlock, count: CountMention): boolean {
  const sentenceFrom = block.sentences[count.sentence]?.from ?? 0;
  const before = block.text.slice(Math.max(sentenceFrom, count.from - INCREMENT_ASIDE_CHARS), count.from);
  return INCREMENT_ASIDE.test(before);
}

/** How far before a count the words that open an increment aside are read, in characters. */
const INCREMENT_ASIDE_CHARS = 30;
/** A comma, then the words of a rise right before the count: ", an increase of", ", a rise of", ", up". */
const INCREMENT_ASIDE = /,\s+(?:(?:an?\s+)?(?:increase|rise|jump)\s+of|up(?:\s+by)?|(?:up|down)\s+from)\s+$/iu;

function countBeforeInSentence(block: ExtractedBlock, mention: CountMention): CountMention | undefined {
  const counts = mentionsOfKind(block, "count");
  let order = countOrder.get(block);
  if (!order) {
    order = new Map();
    counts.forEach((c, i) => order!.set(c, i));
    countOrder.set(block, order);
  }
  // Counts are in text order: the one before in the list, if it ends before this one in its sentence.
  for (let i = (order.get(mention) ?? 0) - 1; i >= 0; i--) {
    const c = counts[i]!;
    if (c.sentence !== mention.sentence) return undefined;
    if (c.to <= mention.from) return c;
  }
  return undefined;
}

const countOrder = new WeakMap<ExtractedBlock, Map<CountMention, number>>();

const countsByStart = new WeakMap<ExtractedBlock, Map<number, CountMention>>();

/** The count of a block that starts at offset `from`, found through a map built once per block. */
function countStartingAt(block: ExtractedBlock, from: number): CountMention | undefined {
  let byStart = countsByStart.get(block);
  if (!byStart) {
    byStart = new Map();
    for (const c of mentionsOfKind(block, "count")) if (!byStart.has(c.from)) byStart.set(c.from, c);
    countsByStart.set(block, byStart);
  }
  return byStart.get(from);
}

const partsByBlock = new WeakMap<ExtractedBlock, Map<number, CountMention[]>>();

/** The counts of a block that break down or are joined to `mention` ({@link CountMention.partOf}), grouped once per block. */
function partsOf(block: ExtractedBlock, mention: CountMention): readonly CountMention[] {
  let byHead = partsByBlock.get(block);
  if (!byHead) {
    byHead = new Map();
    for (const c of mentionsOfKind(block, "count")) {
      if (c.partOf === undefined) continue;
      const list = byHead.get(c.partOf);
      if (list) list.push(c);
      else byHead.set(c.partOf, [c]);
    }
    partsByBlock.set(block, byHead);
  }
  return (byHead.get(mention.from) ?? EMPTY).filter((c) => c !== mention);
}

/**
 * True when a count of block `index` is a running total: {@link countTime}, with "over the same
 * period" resolved to the time of the nearest count before it with a measure, in its paragraph or
 * the {@link SAME_PERIOD_BLOCKS} before ("... since October 7, OCHA said. Another 2,618 were
 * injured over the same period").
 */
export function isRunningTotal(blocks: readonly ExtractedBlock[], index: number, mention: CountMention): boolean {
  let block = index;
  let count = mention;
  let time = countTime(blocks[block]!, count);
  // "Truce takes hold after 48 days of war; 14,800 killed": a headline's count that the story
  // gives again as a total ("has killed at least 14,800") is that total.
  if (time === "period" && isHeadline(blocks[index]!) && repeatedAsTotal(blocks, index, mention)) return true;
  // "... have killed 3,823 people since October 2023, the ministry said. A further 15,859 people
  // were wounded": a count whose sentence opens by going on from the count before it, of another
  // measure and with no period of its own, covers what that count covers. Of the same measure it
  // is more of them ("Another 40 people were killed on Tuesday"): an increment.
  if (time === "period" && continuesFromAnotherMeasure(blocks[index]!, mention)) {
    const earlier = countBefore(blocks, index, mention, true, true);
    if (earlier && earlier.count.measure !== mention.measure) {
      ({ block, count } = earlier);
      time = countTime(blocks[block]!, count);
    }
  }
  for (let steps = 0; time === "same-period" && steps < MAX_JOINED; steps++) {
    // "... more than 16,000 of the identified dead were children. ... 170 journalists had been
    // killed in the same period": a part names no period of its own; the period is its whole's.
    // Of whatever measure: "800 Palestinians have been killed since October 7, and settlers have
    // carried out 1,800 attacks in the same period" shares the killings' period.
    const earlier = countBefore(blocks, block, count, true, true);
    if (!earlier) return false;
    ({ block, count } = earlier);
    time = countTime(blocks[block]!, count);
  }
  return time === "total";
}

/**
 * True when a count's sentence opens with a word of going on ({@link CONTINUATION_OPENERS}: "A
 * further 15,859 people were wounded", "Another 2,618 were injured") and the count's clause names
 * no period of its own ("on Tuesday", "in the past 24 hours").
 */
function continuesFromAnotherMeasure(block: ExtractedBlock, mention: CountMention): boolean {
  const span = block.sentences[mention.sentence];
  if (!span || mention.from - span.from > CONTINUATION_CHARS) return false;
  const opening = block.text.slice(span.from, mention.from).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  if (!CONTINUATION_OPENERS.some((cue) => cue.length === opening.length && cue.every((w, k) => opening[k] === w))) return false;
  const clause = countClause(block, mention);
  if (!clause) return true;
  const after = clauseWords(block.text.slice(mention.to, clause.to), "start").slice(0, CLAUSE_WORDS.after + clause.shared);
  return !periodCueIn(after, false, namedPeriodIndex);
}

/** How far into its sentence a count may stand and still be opened by a word of going on ("And a further"). */
const CONTINUATION_CHARS = 16;

/** How many paragraphs after a headline are read for its count given again. */
const HEADLINE_BODY_BLOCKS = 3;

/** How far a headline's count may be from the total the story gives and still be that total, as a share of it: a headline rounds, or errs. */
const HEADLINE_TOTAL_SHARE = 0.1;

/**
 * True when a paragraph right after the headline gives a running total of the headline count's
 * measure within {@link HEADLINE_TOTAL_SHARE} of it ("ministry says 41,909 killed" above "41,909
 * people have been killed"): the headline gives that total, right or wrong. One strike's toll is
 * far from the war's.
 */
function repeatedAsTotal(blocks: readonly ExtractedBlock[], index: number, mention: CountMention): boolean {
  const value = quantityValue(mention.quantity);
  for (let b = index + 1; b < Math.min(blocks.length, index + 1 + HEADLINE_BODY_BLOCKS); b++) {
    for (const c of mentionsOfKind(blocks[b]!, "count")) {
      // The same people: a headline's count of no group is not a body's count of soldiers.
      if (c.measure !== mention.measure || (c.group ?? "people") !== (mention.group ?? "people")) continue;
      const total = quantityValue(c.quantity);
      if (Math.abs(value - total) <= HEADLINE_TOTAL_SHARE * total && countTime(blocks[b]!, c) === "total") return true;
    }
  }
  return false;
}

/** Words right after a count that make it a part of a whole ("16,000 of the identified dead", "200 of those"). */
const PART_OF_WHOLE = /^\s+of\s+(?:the|those|them|whom)\b/i;

/** What a count whose noun refers back ("86 such deaths") counts: the measure of the nearest count with one before it, in its block or the few before it. */
export function measureOfEarlierCount(blocks: readonly ExtractedBlock[], index: number, mention: CountMention): CountMention["measure"] {
  return countBefore(blocks, index, mention)?.count.measure;
}

/** The nearest count with a measure before `mention`, in its block or the few before it. */
function countBefore(blocks: readonly ExtractedBlock[], index: number, mention: CountMention, wholes = false, anyMeasure = false): { block: number; count: CountMention } | undefined {
  // A count of people refers to a count of people, a count of incidents to one of incidents
  // (unless any measure will do: a period is shared across them).
  const incidents = INCIDENT_MEASURES.has(mention.measure ?? "");
  for (let b = index; b >= Math.max(0, index - SAME_PERIOD_BLOCKS); b--) {
    let found: CountMention | undefined;
    for (const c of mentionsOfKind(blocks[b]!, "count")) {
      if (wholes && (c.partOf !== undefined || PART_OF_WHOLE.test(blocks[b]!.text.slice(c.to, c.to + 16)))) continue;
      if (c.measure && (anyMeasure || INCIDENT_MEASURES.has(c.measure) === incidents) && (b < index || c.to <= mention.from) && (!found || c.from > found.from)) found = c;
    }
    if (found) return { block: b, count: found };
  }
  return undefined;
}

/**
 * The stretch of its sentence a count's clause may span: from the count before it to the count
 * after it. Counts joined by "and" ("75 killed and about 400 wounded near aid sites since ...")
 * share the words after the last of them, so the clause of the first runs on past the second;
 * `shared` is how many words that adds.
 */
function countClause(block: ExtractedBlock, mention: CountMention): { from: number; to: number; shared: number } | undefined {
  const span = block.sentences[mention.sentence];
  if (!span) return undefined;
  // Two passes over the block's counts, no array built: this runs for every count judged.
  const counts = mentionsOfKind(block, "count");
  let from = span.from;
  let next: CountMention | undefined;
  let afterNext = span.to;
  for (const other of counts) {
    if (other === mention || other.sentence !== mention.sentence) continue;
    if (other.to <= mention.from && other.to > from) from = other.to;
    if (other.from >= mention.to && (!next || other.from < next.from)) next = other;
  }
  if (next) for (const other of counts) if (other.sentence === mention.sentence && other.from >= next.to && other.from < afterNext) afterNext = other.from;
  const to = next ? next.from : span.to;
  if (!next || !COORDINATED.test(block.text.slice(mention.to, next.from))) return { from, to, shared: 0 };
  return { from, to: afterNext, shared: block.text.slice(mention.to, next.to).split(/\s+/).length };
}

/**
 * The words between two counts joined as one clause: a few words ending with "and" or "or", or
 * with "and" and a participle of its own ("killed 331 people and wounded 945"), no clause break.
 */
const COORDINATED = /^[^.;:!?]{0,40}\b(?:and|or)(?:\s+\p{L}+(?:ed|en|hurt))?\s*$/u;

/**
 * True when the words after a count describe the circumstance of a part of the dead ("killed while
 * trying to reach food aid", "whilst queuing for flour"): a word of {@link CIRCUMSTANCE_WORDS}
 * followed by a verb in -ing.
 */
function circumstanceIn(words: readonly string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) if (CIRCUMSTANCE_WORDS.has(words[i]!) && words[i + 1]!.endsWith("ing")) return true;
  return false;
}

/**
 * The date a count says it is counted from ("killed in Lebanon since October 2023", "since the
 * foundation began distributing food on May 27"): a date its clause says something began on.
 */
export function statedStart(block: ExtractedBlock, mention: CountMention): DateMention | undefined {
  const clause = countClause(block, mention);
  if (!clause) return undefined;
  for (const m of mentionsOfKind(block, "date")) {
    if (m.role === "start" && m.from >= clause.from && m.to <= clause.to) return m;
  }
  return undefined;
}

/**
 * The day a count's clause says the count stood at, when it is before \`date\`: "The ministry had
 * recorded 86 such deaths on July 20", "the toll stood at 3,050 as of Monday". A figure given with its
 * own day is judged on that day, not the story's. A start ("since May 27", "the war that began on
 * October 7") is no such day; nor is a month or a year. `explicit` is true when the story dates
 * the count outright with "as of" or "as at" ("167 children killed as of 13 November"): judged on
 * that day however recent, where "passed 40,000 on Thursday" is the story's own time.
 */
export function datedCount(block: ExtractedBlock, mention: CountMention, date: string): { date: string; explicit: boolean } | undefined {
  const clause = countClause(block, mention);
  if (!clause) return undefined;
  for (const m of mentionsOfKind(block, "date")) {
    if (m.role !== "start" && m.precision === "day" && m.date < date && m.from >= mention.to && m.to <= clause.to && datesTheCount(block.text.slice(mention.to, m.from))) {
      return { date: m.date, explicit: AS_OF_BEFORE.test(block.text.slice(mention.to, m.from)) };
    }
  }
  // "10,191 civilians killed in Ukraine up to the end of December": the last day of the month named.
  const end = COUNT_THEN_MONTH_END.exec(block.text.slice(mention.to, clause.to));
  if (end) {
    const name = end[1]!.toLowerCase();
    const month = name === "may" ? 5 : MONTH_NAMES.get(name);
    if (month === undefined) return undefined;
    const year = Number(date.slice(0, 4)) - (month > Number(date.slice(5, 7)) ? 1 : 0);
    const last = `${year}-${String(month).padStart(2, "0")}-${String(daysInMonth(year, month)).padStart(2, "0")}`;
    if (last < date) return { date: last, explicit: false };
  }
  return undefined;
}

/** "as of" or "as at" right before a date: the day a count stood at, whatever verb stands between them. */
const AS_OF_BEFORE = /\bas\s+(?:of|at)\s+$/i;

/** Between a count and the end of a month it stood at: "civilians killed in Ukraine up to the end of December". */
const COUNT_THEN_MONTH_END = /^(?:\s+[\p{L}'’-]+){0,8}\s+(?:up\s+to|by|as\s+of|until|through|to)\s+the\s+end\s+of\s+(\p{L}+)\b/iu;

/** Between a count and the day it stood at: its noun in a few words, then "on", "by" or "as of" ("86 such deaths on July 20", "3,050 as of Monday"). */
const COUNT_THEN_DAY = /^(?:\s+[\p{L}'’-]+){0,3}\s+(?:on|by|as\s+of)\s+$/iu;
/** Between a count and the last day of a span it covers, a count joined to it passed over: "11,520 civilian deaths and 23,640 injuries between 24 February 2022 and" (31 July). */
const COUNT_THEN_RANGE_END = /^(?:\s+[\p{L}\p{N},'’-]+){0,6}\s+(?:between|from)\s+[^,;.]{1,40}?\s+(?:and|to|until|through)\s+$/iu;

/**
 * True when the words between a count and a date make the date the day the count stood at, not
 * the day of an event the count's people died in ("were killed in the attack on October 7") nor
 * of a report ("the ministry said on Tuesday").
 */
function datesTheCount(between: string): boolean {
  if (!COUNT_THEN_DAY.test(between) && !COUNT_THEN_RANGE_END.test(between)) return false;
  // "167 children killed as of 13 November": "as of" dates a count, never an event.
  if (AS_OF_BEFORE.test(between)) return true;
  return !between.toLowerCase().split(/[^\p{L}]+/u).some((w) => EVENT_VERBS.has(w) || REPORTING_VERBS.has(w));
}

/** The lowercase words of the clause a stretch of text ends (`"end"`: the words before a count) or starts (`"start"`: the words after it). */
function clauseWords(text: string, keep: "start" | "end"): string[] {
  const cut = clauseOf(text, keep);
  const words = cut.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  // A conjunction opens another clause: the words after the count stop before it, the words
  // before the count start after it.
  if (keep === "start") {
    for (let i = 0; i < words.length; i++) if (opensClause(words, i)) return words.slice(0, i);
  } else {
    for (let i = words.length - 1; i >= 0; i--) if (opensClause(words, i)) return words.slice(i + 1);
  }
  return words;
}

// The comma before a date's year ("October 7, 2023") and the stop of a month written short before its day ("Oct. 8") break no clause.
const CLAUSE_BREAK = /[;:—–]|,\s(?!(?:19|20)\d\d\b)|\.\s(?!\d)|\.$/g;

/** The text before the first clause break (\`"start"\`) or after the last (\`"end"\`), without splitting the rest. */
function clauseOf(text: string, keep: "start" | "end"): string {
  CLAUSE_BREAK.lastIndex = 0;
  if (keep === "start") {
    const first = CLAUSE_BREAK.exec(text);
    return first ? text.slice(0, first.index) : text;
  }
  let from = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) from = m.index + m[0].length;
  return text.slice(from);
}

/** True for a span of years written as one word ("2023-2024", "2023–24"). */
/** True when clause words hold a year right before an event's noun ("the 2020 explosion", "the 2006 war"), not after "since" or "from". */
function datesAnEvent(words: readonly string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    if (!/^(?:19|20)\d\d$/.test(words[i]!) || !DATED_EVENT_NOUNS.has(words[i + 1]!)) continue;
    if (!words.slice(Math.max(0, i - 4), i).some((w) => w === "since" || w === "from")) return true;
  }
  return false;
}

function isYearSpan(word: string): boolean {
  return /^(?:19|20)\d\d[-–](?:(?:19|20)\d\d|\d\d)$/.test(word);
}

/** Words that open the predicate a count is the subject of ("were killed", "have died"): after an aside, the count's clause goes on only with them. */
const PREDICATE_OPENERS: ReadonlySet<string> = new Set(["were", "was", "are", "is", "have", "has", "had", "died", "remain", "remained"]);

/** A count's noun, then an aside opening with a word of {@link PROPORTION_WORDS} (", most of them women and children,"), up to the comma that closes it. */
const PROPORTION_ASIDE = /^[^,;:.]{0,40},\s+(?:the\s+)?(\p{L}+)[^,;:.]{0,60},\s+/u;

/** The most words a fronted phrase has ("between 7 October 2023 and 17 June 2024"). */
const FRONTED_WORDS = 10;

/**
 * The phrase fronted before the count's clause: the words between the sentence's start (a clause
 * break, or "that" after a reporting verb) and the comma that opens the count's clause ("In its
 * latest tally, the ministry put the dead at 1,001", "Of those killed, 15,747 were children"),
 * with where they stand in the block.
 */
function frontedPhrase(block: ExtractedBlock, clause: { from: number }, mention: CountMention): { words: string[]; from: number; to: number } | undefined {
  const text = block.text.slice(clause.from, mention.from);
  let comma = -1;
  let opens = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    if (comma >= 0) opens = comma + 2;
    comma = m[0] === ", " || m[0] === ",\n" ? m.index : -1;
    if (comma < 0) opens = m.index + m[0].length;
  }
  if (comma < 0) return undefined;
  const words = text.slice(opens, comma).toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  const that = words.lastIndexOf("that");
  const phrase = that >= 0 ? words.slice(that + 1) : words;
  if (phrase.length === 0 || phrase.length > FRONTED_WORDS) return undefined;
  return { words: phrase, from: clause.from + opens, to: clause.from + comma };
}

/**
 * True when a fronted phrase ({@link frontedPhrase}) that opens with a word of
 * {@link FRONTED_OPENERS} makes the clause's counts totals: it holds a cumulative cue ("In its
 * latest tally,"), "since" and a month, or a date that starts a span ("Between 7 October and 18
 * January,": whether that start is the series' own is the value check's question).
 */
function frontedTotal(block: ExtractedBlock, clause: { from: number }, mention: CountMention): boolean {
  const phrase = frontedPhrase(block, clause, mention);
  if (!phrase || !FRONTED_OPENERS.has(phrase.words[0]!)) return false;
  if (countCues(phrase.words) & CUE.cumulative || sinceMonth(phrase.words)) return true;
  for (const d of mentionsOfKind(block, "date")) if (d.role === "start" && d.from >= phrase.from && d.to <= phrase.to) return true;
  return false;
}

/** Words that open a fronted phrase naming the stretch of time a clause's counts cover ("In October alone, ..."). */
const FRONTED_PERIOD_OPENERS: ReadonlySet<string> = new Set(["in", "during", "throughout", "over", "for"]);

/**
 * True when a month fronted before the count's clause is the period its counts cover: "In October
 * alone, the General Staff reported almost 42,000 losses", "In March, Israeli strikes killed ...".
 * A month that only dates a statement ("In October, the ministry said 43,000 had been killed")
 * does not, unless "alone" or "only" marks it as the stretch counted; nor does "since" a month.
 */
function frontedMonth(block: ExtractedBlock, clause: { from: number }, mention: CountMention, before: readonly string[]): boolean {
  const phrase = frontedPhrase(block, clause, mention);
  if (!phrase || !FRONTED_PERIOD_OPENERS.has(phrase.words[0]!) || !phrase.words.some((w) => MONTHS.has(w))) return false;
  if (countCues(phrase.words) & CUE.cumulative || sinceMonth(phrase.words)) return false;
  if (phrase.words.includes("alone") || phrase.words.includes("only")) return true;
  return !before.some((w) => REPORTING_VERBS.has(w) && !RECORD_VERBS.has(w));
}

/**
 * True when the words hold "since" and, a few words on, a verb of an event that restarts or ends a
 * stretch of the war ({@link SINCE_EVENT_VERBS}: "since Israel resumed its offensive", "since the
 * truce collapsed") or a truce's noun ({@link TRUCE_AGE_NOUNS}: "since the truce").
 */
function sinceAnEvent(words: readonly string[]): boolean {
  for (let k = words.indexOf("since"); k >= 0; k = words.indexOf("since", k + 1)) {
    const to = Math.min(words.length, k + 1 + SINCE_EVENT_REACH);
    for (let j = k + 1; j < to; j++) {
      // "since the fighting resumed on March 2": a dated start is the value check's to weigh
      // against its series' own (a count restarted that day is that series').
      if (MONTHS.has(words[j]!)) break;
      // "since the truce", "since the Gaza ceasefire": a truce is such an event by its noun.
      if (TRUCE_AGE_NOUNS.has(words[j]!)) return true;
      if (!SINCE_EVENT_VERBS.has(words[j]!)) continue;
      // "broke out" is how a war begins; "broke down" how a truce ends.
      if (words[j] === "broke" && words[j + 1] !== "down") continue;
      let dated = false;
      for (let d = j + 1; d < Math.min(words.length, j + 1 + SINCE_EVENT_REACH) && !dated; d++) dated = MONTHS.has(words[d]!);
      if (!dated) return true;
    }
  }
  return false;
}

/** The first words of a count's sentence before it, up to {@link OPENING_WORDS}: where a fronted "since" clause stands. */
function sentenceOpening(block: ExtractedBlock, mention: CountMention): readonly string[] {
  const span = block.sentences[mention.sentence];
  if (!span) return NO_WORDS;
  const opening = block.text.slice(span.from, Math.min(mention.from, span.from + OPENING_CHARS));
  // Most sentences hold no "since" before their count: their words are not split at all.
  if (!SINCE.test(opening)) return NO_WORDS;
  return opening.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean).slice(0, OPENING_WORDS);
}

const OPENING_WORDS = 12;
const SINCE = /\bsince\b/i;
const OPENING_CHARS = 120;

/** How many words after "since" its event's verb may stand: a subject of up to four words. */
const SINCE_EVENT_REACH = 5;
const NO_WORDS: readonly string[] = [];

/** A phrase fronted before the count's clause that counts from a calendar day ("Since the start of 2025, ..."). */
function frontedCalendar(block: ExtractedBlock, clause: { from: number }, mention: CountMention): boolean {
  const phrase = frontedPhrase(block, clause, mention);
  return phrase !== undefined && calendarCueIn(phrase.words);
}

/** "the start of 2025", "the beginning of 2024": a year's first day, written with its number. */
function startOfAYear(words: readonly string[]): boolean {
  for (let k = 2; k < words.length; k++) if (YEAR.test(words[k]!) && words[k - 1] === "of" && YEAR_OPENINGS.has(words[k - 2]!)) return true;
  return false;
}

const YEAR = /^(?:19|20)\d\d$/;
/** The nouns of a year's start before "of" and its number. */
const YEAR_OPENINGS: ReadonlySet<string> = new Set(["start", "beginning", "outset"]);

/** "among the dead", "among those killed": the dead a paragraph counted before ({@link DEAD_REFERENCES}). */
const theDeadIndex = indexPhrases(DEAD_REFERENCES.map((words) => ({ words })));

/** The nearest count of the mention's measure in an earlier sentence of its paragraph (its whole, for a part): the dead "among the dead" refers to. */
function countOfMeasureBefore(block: ExtractedBlock, mention: CountMention): CountMention | undefined {
  let whole: CountMention | undefined;
  for (const c of mentionsOfKind(block, "count")) {
    if (c.from >= mention.from) break;
    if (c.measure === mention.measure && c.sentence < mention.sentence) whole = c;
  }
  return whole?.partOf !== undefined ? (countStartingAt(block, whole.partOf) ?? whole) : whole;
}

/**
 * The count a fronted breakdown phrase refers to ("Of those killed, 15,747 were children", "Among
 * the dead, ..."): the nearest count before the phrase in the paragraph that says what it counts.
 */
function frontedWhole(block: ExtractedBlock, clause: { from: number }, mention: CountMention): CountMention | undefined {
  const phrase = frontedPhrase(block, clause, mention);
  if (!phrase || phrase.words.length > 4 || !BREAKDOWN_OPENERS.has(phrase.words[0]!) || !BREAKDOWN_REFERENTS.has(phrase.words[1] ?? "")) return undefined;
  let whole: CountMention | undefined;
  for (const c of mentionsOfKind(block, "count")) if (c.measure && c.to <= phrase.from && (!whole || c.from > whole.from)) whole = c;
  // "... killed and 85,372 injured. Of those killed, ...": the whole is the count the joined one is joined to.
  if (whole?.partOf !== undefined) return countStartingAt(block, whole.partOf) ?? whole;
  // "45,936 people had been killed ..., with 51 deaths recorded in the previous 24 hours. Of the
  // dead, ...": a count added by "with" or "including" to one of its measure is that one's aside.
  if (whole && ADDED_COUNT.test(block.text.slice(Math.max(0, whole.from - 24), whole.from))) {
    const head = mentionsOfKind(block, "count").filter((c) => c.sentence === whole!.sentence && c.to <= whole!.from && c.measure === whole!.measure)[0];
    if (head) return head;
  }
  return whole;
}

/** The words that add a count to another of its sentence ("..., with 51 deaths recorded"), read right before it. */
const ADDED_COUNT = /\b(?:with|including)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** The first two words of a fronted breakdown phrase ("of those", "among the"). */
const BREAKDOWN_OPENERS: ReadonlySet<string> = new Set(["of", "among"]);
const BREAKDOWN_REFERENTS: ReadonlySet<string> = new Set(["those", "them", "the", "whom"]);

function opensClause(words: readonly string[], i: number): boolean {
  const w = words[i]!;
  // A clause has words of its own after its conjunction, and a verb of its own: "killed while
  // seeking aid" is one clause.
  const next = words[i + 1];
  return CLAUSE_CONJUNCTIONS.has(w) && next !== undefined && !next.endsWith("ing") && (w !== "as" || !NOT_CLAUSE_AFTER_AS.has(next));
}

/** True when one of the phrases of `index` (lowercase words, a table of lexicon.ts) stands in `text`, as whole words. */
export function hasCueIn(index: PhraseIndex<{ words: readonly string[] }>, text: string): boolean {
  return hasCue(index, text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u));
}

function hasCue(index: PhraseIndex<{ words: readonly string[] }>, words: readonly string[]): boolean {
  return cueAt(index, words) >= 0;
}

/** True when `phrase` stands in `words` from `at`. (A loop, not \`every\` with a closure over \`at\`: this runs for every word of every count's clause.) */
function wordsAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (words[at + k] !== phrase[k]) return false;
  return true;
}

/** The index of the first word where a cue of `index` starts in `words`, or -1. */
function cueAt(index: PhraseIndex<{ words: readonly string[] }>, words: readonly string[], start = 0): number {
  for (let i = start; i < words.length; i++) {
    for (const cue of index.get(words[i]!) ?? EMPTY) if (wordsAt(words, i, cue.words)) return i;
  }
  return -1;
}

/**
 * True when a calendar period a count runs from stands in the words ("so far this year"), and is
 * not when a report was given ("The mission said this month that it had verified 11,520 civilian
 * deaths" dates the saying) nor the year of a date ("31 July this year").
 */
function calendarCueIn(words: readonly string[]): boolean {
  if (startOfAYear(words)) return true;
  for (let at = cueAt(calendarIndex, words); at >= 0; at = cueAt(calendarIndex, words, at + 1)) {
    if (words.slice(Math.max(0, at - 2), at).some((w) => REPORTING_VERBS.has(w) && !RECORD_VERBS.has(w))) continue;
    // "31 July this year": the year of a date, not a period.
    const previous = words[at - 1] ?? "";
    if (words[at] === "this" && (MONTHS.has(previous) || DAY_OF_MONTH.test(previous))) continue;
    return true;
  }
  return false;
}

/**
 * True when a period cue stands in the words, and is not the date of a report: not right after a
 * reporting verb ("said on Monday"), and, before the count, not followed by one ("On Monday, the
 * ministry said 34,000 ..."). Verbs of record ({@link RECORD_VERBS}) count the period, not the report.
 */
function periodCueIn(words: readonly string[], beforeCount: boolean, index: PhraseIndex<{ words: readonly string[] }> = periodIndex): boolean {
  for (let at = cueAt(index, words); at >= 0; at = cueAt(index, words, at + 1)) {
    const speech = (w: string) => REPORTING_VERBS.has(w) && !RECORD_VERBS.has(w);
    const reported = words.slice(Math.max(0, at - 3), at).some(speech);
    const reportFollows = beforeCount && words.slice(at + 1).some(speech);
    if (!reported && !reportFollows) return true;
  }
  return false;
}

/**
 * The party whose counter-proposal a sentence describes: a possessive name before "reply",
 * "response", "counter-proposal", "counteroffer" or "plan" ("Hamas's reply last week turned the
 * outline into ..."), a party's noun ("The Palestinian group's counter-proposal": the story's
 * group), or "the Hamas text" and "the Hamas plan" (a party's name only: "the Biden plan" is a
 * proposal named by who presented it). Its lengths are that party's terms, not the framework it
 * answers. A name the registry knows is given as its actor's id, so every way of naming the party
 * gives one owner.
 */
export function counterOwner(facts: DocumentFacts, registry: Registry, block: ExtractedBlock, sentence: number): string | undefined {
  // The words are read once per block and sentence (a block is immutable); who they name depends on the story.
  let bySentence = counterWords.get(block);
  if (!bySentence) counterWords.set(block, (bySentence = new Map()));
  let found = bySentence.get(sentence);
  if (found === undefined) {
    const span = block.sentences[sentence];
    found = COUNTER_PROPOSAL.exec(span ? block.text.slice(span.from, span.to) : block.text);
    bySentence.set(sentence, found);
  }
  if (!found) return undefined;
  if (found[2] !== undefined) return facts.groupActor?.id ?? found[2].toLowerCase();
  const name = (found[1] ?? found[3] ?? found[4])!.toLowerCase();
  const actor = registry.world().actorWords.get(name)?.actor;
  if (found[1] === undefined) return actor && registry.actor(actor)?.party ? actor : undefined;
  return actor ?? name;
}

const counterWords = new WeakMap<ExtractedBlock, Map<number, RegExpExecArray | null>>();

/**
 * "Hamas's reply", "Hamas' counter-proposal", "the group's counteroffer", "the Hamas text", "Hamas
 * proposed a truce of 135 days": a party's own answer to a framework (the last two only when the
 * name is a party's).
 */
const COUNTER_PROPOSAL = new RegExp(
  [
    String.raw`\b(\p{Lu}[\p{L}-]*)['’]s?\s+(?:[\p{L}\d-]+\s+){0,2}(?:reply|response|counter-?proposal|counter-?offer|plan)\b`,
    String.raw`\b[Tt]he\s+(?:\p{Lu}[\p{L}-]*\s+)?(${[...GROUP_ANAPHOR_NOUNS].join("|")})['’]s?\s+(?:[\p{L}\d-]+\s+){0,2}(?:reply|response|counter-?proposal|counter-?offer)\b`,
    String.raw`\b[Tt]he\s+(\p{Lu}[\p{L}-]*)\s+(?:reply|response|counter-?proposal|counter-?offer|text|plan)\b`,
    String.raw`\b(\p{Lu}[\p{L}-]*)\s+(?:has\s+|had\s+)?(?:proposed|offered|put\s+forward|countered\s+with)\s+(?:a|an|its|their)\s`,
  ].join("|"),
  "u",
);
