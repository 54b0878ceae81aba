import type { CasualtyClaim, EventClaim, PhaseClaim, Series } from "./claim.js";
import { addDays } from "./dates.js";
import type { Attribution, CountMention, ExtractedBlock } from "./mention.js";
import type { Registry } from "./registry.js";
import type { Actor, Source } from "./source.js";

/** An attribution with the registry source (or actor) its name matched, if any. */
export interface ResolvedAttribution extends Attribution {
  source?: Source;
  actor?: Actor;
}

/** Facts about a whole document that several rules need, computed once per check. */
export interface DocumentFacts {
  /** The place most of the document's figures are about, when they say. */
  defaultPlace: string | undefined;
  /** Attributions per block, matched to the registry. */
  attributions: readonly (readonly ResolvedAttribution[])[];
  /** When the war began: from the registry's `war-start` event, else from the story ("which began on Oct. 7"). */
  warStart: { date: string; claim?: EventClaim } | undefined;
  /** The registered proposals the story is about, with their phases (computed on first use). */
  readonly proposals: readonly StoryProposal[];
}

/** A registered proposal and its phase claims. */
export interface StoryProposal {
  id: string;
  phases: readonly PhaseClaim[];
}

/** Computes the document facts for a set of extracted blocks. */
export function gatherFacts(blocks: readonly ExtractedBlock[], registry: Registry, date: string): DocumentFacts {
  const places = new Map<string, number>();
  for (const block of blocks) {
    for (const m of block.mentions) if (m.kind === "count" && m.place) places.set(m.place, (places.get(m.place) ?? 0) + 1);
  }
  let defaultPlace: string | undefined;
  let best = 0;
  for (const [place, count] of places) if (count > best) [defaultPlace, best] = [place, count];
  let proposals: readonly StoryProposal[] | undefined;
  return {
    defaultPlace,
    attributions: blocks.map((block) => block.attributions.map((a) => resolveAttribution(a, registry))),
    warStart: findWarStart(blocks, registry, date),
    // Two rules read the proposals; most stories mention none, so they are found only when asked for.
    get proposals() {
      return (proposals ??= proposalsInStory(registry, blocks, date));
    },
  };
}

/** How far around the document date a registered proposal counts as "the deal on the table". */
const PROPOSAL_WINDOW = { before: 120, after: 30 };

/**
 * The registered proposals a story is about: those dated within the window around the document
 * date, narrowed to the ones whose proposers the story names when it names any.
 */
function proposalsInStory(registry: Registry, blocks: readonly ExtractedBlock[], date: string): StoryProposal[] {
  const from = addDays(date, -PROPOSAL_WINDOW.before);
  const to = addDays(date, PROPOSAL_WINDOW.after);
  const all = registry
    .proposals()
    .map((id) => ({ id, phases: registry.phases(id).filter((p) => p.status !== "retracted") }))
    .filter(({ phases }) => phases.some((p) => (p.proposal.date ?? p.asOf) >= from && (p.proposal.date ?? p.asOf) <= to));
  if (all.length <= 1) return all;
  const text = blocks.map((b) => b.text.toLowerCase()).join("\n");
  const named = all.filter(({ phases }) =>
    phases.some((p) =>
      p.proposal.proposers.some((actorId) => {
        const actor = registry.actor(actorId);
        const names = actor ? [actor.name, ...actor.aliases] : [actorId];
        return names.some((name) => text.includes(name.toLowerCase()));
      }),
    ),
  );
  return named.length > 0 ? named : all;
}

/** Matches an attribution's name to a registry source or actor: the whole name, then without leading words ("Gaza's Health Ministry" → "Health Ministry"). */
export function resolveAttribution(attribution: Attribution, registry: Registry): ResolvedAttribution {
  if (!attribution.name) return attribution;
  const match = matchName(attribution.name, registry);
  return match ? { ...attribution, ...match } : attribution;
}

// Stories repeat their sources ("the ministry said"), and an editor re-checks on every keystroke:
// names are matched once per registry.
const nameMatches = new WeakMap<Registry, Map<string, { source: Source } | { actor: Actor } | undefined>>();

function matchName(name: string, registry: Registry): { source: Source } | { actor: Actor } | undefined {
  let cache = nameMatches.get(registry);
  if (!cache) nameMatches.set(registry, (cache = new Map()));
  if (cache.has(name)) return cache.get(name);
  const candidates = nameCandidates(name);
  let match: { source: Source } | { actor: Actor } | undefined;
  for (const candidate of candidates) {
    const source = registry.findSource(candidate);
    if (source) {
      match = { source };
      break;
    }
  }
  if (!match) {
    for (const candidate of candidates) {
      const actor = registry.findActor(candidate);
      if (actor) {
        match = { actor };
        break;
      }
    }
  }
  cache.set(name, match);
  return match;
}

function nameCandidates(name: string): string[] {
  const clean = name.replace(/\s+/g, " ").trim();
  const out = [clean, clean.replace(/'s\b/g, ""), clean.replace(/'s\b/g, "'s")];
  const words = clean.split(" ");
  for (let i = 1; i < words.length; i++) out.push(words.slice(i).join(" "));
  return [...new Set(out)];
}

function findWarStart(blocks: readonly ExtractedBlock[], registry: Registry, date: string): DocumentFacts["warStart"] {
  const events = registry.events("war-start").filter((e) => e.date <= date && e.status !== "retracted");
  const event = events[events.length - 1];
  if (event) return { date: event.date, claim: event };
  for (const block of blocks) {
    for (const m of block.mentions) if (m.kind === "date" && m.role === "start" && m.subject && m.date <= date) return { date: m.date };
  }
  return undefined;
}

/** The series a count is about: matching measure, group and place, preferring the source its sentence names. */
export function matchSeries(registry: Registry, mention: CountMention, facts: DocumentFacts, block: number): Series | undefined {
  if (!mention.measure) return undefined;
  const group = mention.group ?? "people";
  // A count that names no place is about the story's main place, or failing that the registry's main series.
  const places = mention.place ? [mention.place] : [facts.defaultPlace, undefined].filter((p, i, all) => all.indexOf(p) === i);
  let candidates: Series[] = [];
  for (const place of places) {
    const query = { measure: mention.measure, group, ...(place ? { place } : {}) };
    // Series name the groups they answer to in their aliases ("Palestinians" for people in Gaza).
    candidates = registry.findSeries(query);
    if (candidates.length > 0) break;
  }
  if (candidates.length === 0) return undefined;
  const named = facts.attributions[block]?.find((a) => a.sentence === mention.sentence && a.source)?.source;
  if (named) {
    const fromSource = candidates.find((s) => s.source === named.id);
    if (fromSource) return fromSource;
  }
  return candidates[0];
}

/** Cues that a count covers a short period ("overnight", "in the past 24 hours", "in a strike"), not the running total. */
const PERIOD_CUES =
  /\b(?:overnight|yesterday|today|tonight|this (?:week|morning|weekend)|(?:past|last|previous) (?:24|48|72) hours|(?:past|last|previous) (?:day|week|month)|in (?:a|an|the|one|two) (?:single )?(?:strike|airstrike|air strike|attack|raid|bombing|shelling|assault|explosion|blast)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|a day|per day|each day|every day|daily)\b/i;

/** True when the count's sentence says it covers a short period rather than the running total. */
export function isPeriodCount(block: ExtractedBlock, mention: CountMention): boolean {
  const sentence = block.sentences[mention.sentence];
  if (!sentence) return false;
  return PERIOD_CUES.test(block.text.slice(sentence.from, sentence.to));
}

/** True when a figure is of the same order as a registered value (within half to double), so they can describe the same total. */
export function isComparable(mentionValue: number, claim: CasualtyClaim): boolean {
  const value = claim.quantity.value ?? claim.quantity.best ?? claim.quantity.high ?? 0;
  return mentionValue >= value / 2 && mentionValue <= value * 2;
}
