import * as z from "zod";
import { IsoDate } from "./dates.js";
import { CORE_GROUPS, type PhraseIndex, indexPhrases } from "./lexicon.js";
import { Id } from "./source.js";
import { tokenize } from "./tokenize.js";

// Core knows English and journalism; the world a registry covers (its places, its conflicts and
// the parties to them) is registry data. This module holds the schemas of that data and the
// lexicon the extractor and the rules compile from it.

/**
 * A place a registry covers: a territory, a city, a camp. `aliases` are the other names a story
 * uses for it ("the Strip", "the enclave", "Gazan" as an adjective); `demonyms` are words for its
 * people ("Gazans"), read as a count of people of that place. `within` lists the places that
 * contain it (Rafah within Gaza, Gaza within the Palestinian territories): a figure about Rafah
 * is judged against Gaza's series when Rafah has none.
 */
export const Place = /* @__PURE__ */ z
  .object({
    id: Id,
    name: /* @__PURE__ */ z.string().min(1),
    aliases: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().min(1)).default([]),
    demonyms: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().min(1)).default([]),
    /** Ids of the places that contain this one, nearest first. */
    within: /* @__PURE__ */ z.array(Id).default([]),
  })
  .strict();
export type Place = z.infer<typeof Place>;
/** A place as written in a file, before defaults are applied. */
export type PlaceInput = z.input<typeof Place>;

/**
 * A war or armed conflict: its names ("the war in Gaza", "Russia's full-scale invasion"), the
 * date it began, the places it is fought in and its parties (actor ids). A story is about the
 * conflict its places belong to: elapsed time is measured from that conflict's `start`, and its
 * durations are compared only with that conflict's proposals.
 */
export const Conflict = /* @__PURE__ */ z
  .object({
    id: Id,
    name: /* @__PURE__ */ z.string().min(1),
    aliases: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().min(1)).default([]),
    /** The day the conflict began (YYYY-MM-DD). */
    start: IsoDate,
    /** The day it ended, when it has. */
    end: /* @__PURE__ */ IsoDate.optional(),
    /**
     * The days the fighting resumed after a truce, when it did (Lebanon's war on 2 March 2026): a
     * story may count the war's age from its start or from the latest of these before its date.
     */
    resumed: /* @__PURE__ */ z.array(IsoDate).optional(),
    /**
     * Ids of the events (event claims of the registry) on which a truce of this conflict took
     * effect ("truce-2023-11", "ceasefire-2025-10"). A truce runs to its event's `end`, else to the
     * first day in `resumed` after it began, else it still holds: a story's "the two-month-old
     * ceasefire" is measured from the start of the truce in effect on the story's date.
     */
    truces: /* @__PURE__ */ z.array(Id).optional(),
    /** Ids of the places it is fought in; the places within them belong to it too. */
    places: /* @__PURE__ */ z.array(Id).min(1, { message: "a conflict needs at least one place" }),
    /** Actor ids of the parties to the conflict. */
    parties: /* @__PURE__ */ z.array(Id).default([]),
    description: /* @__PURE__ */ z.string().optional(),
  })
  .strict()
  .refine((c) => c.end === undefined || c.start <= c.end, { message: "conflict.end is before conflict.start", path: ["end"] })
  .refine((c) => (c.resumed ?? []).every((d) => c.start < d), { message: "conflict.resumed has a day on or before conflict.start", path: ["resumed"] });
export type Conflict = z.infer<typeof Conflict>;
/** A conflict as written in a file, before defaults are applied. */
export type ConflictInput = z.input<typeof Conflict>;

/** A phrase that names a place, as the extractor's tokens read it. */
export interface PlacePhrase {
  words: readonly string[];
  place: string;
  /** True for a demonym ("Gazans"): the words also name who is counted, people of that place. */
  demonym: boolean;
}

/** A phrase that names a conflict ("the war in Gaza", "Russia's full-scale invasion"). */
export interface ConflictPhrase {
  words: readonly string[];
  conflict: string;
}

/** A word that names an actor ("Israeli", "Hamas", "IDF"), with its actor id. */
export interface ActorWord {
  actor: string;
  /** True when the name is written in capitals ("US", "UN"): the word then matches only in capitals. */
  caps: boolean;
}

/**
 * The lexicon of a registry's world, compiled for the extractor and the rules: place phrases,
 * single words naming actors, and the words that name places or parties (too common in a story
 * about them to tell one topic from another). Made by `Registry.world()`, once per registry.
 */
export interface World {
  /** Place names and aliases, indexed by their first token (lowercase). */
  readonly places: PhraseIndex<PlacePhrase>;
  /** Demonyms ("Gazans", "Lebanese"): words for the people of a place, indexed by their first token. */
  readonly demonyms: PhraseIndex<PlacePhrase>;
  /** Conflict names and aliases, indexed by their first token (lowercase). */
  readonly conflicts: PhraseIndex<ConflictPhrase>;
  /** One-word names and aliases of actors, lowercase. */
  readonly actorWords: ReadonlyMap<string, ActorWord>;
  /** Every word of every place name and alias, and every one-word actor name and alias, lowercase. */
  readonly nameWords: ReadonlySet<string>;
  /**
   * The words a registry's series use for the people they count beyond core's own group words
   * ("aid seekers", "seeking aid", "near aid sites"), each with the series' group id, indexed by
   * their first token: a count whose clause holds one counts that group.
   */
  readonly groups: PhraseIndex<GroupPhrase>;
}

/** A phrase of a series' aliases with the group it names. */
export interface GroupPhrase {
  readonly words: readonly string[];
  readonly group: string;
}

/** A world with no places and no actors: what extraction sees without a registry. */
export const EMPTY_WORLD: World = { places: new Map(), demonyms: new Map(), conflicts: new Map(), actorWords: new Map(), nameWords: new Set(), groups: new Map() };

/** The tokens of a name as the extractor reads text: lowercase, punctuation kept as tokens. */
function nameTokens(name: string): string[] {
  return tokenize(name).map((t) => t.lower);
}

/**
 * Compiles the lexicon of a world from its places, conflicts and actors. Names are tokenized as
 * story text is, so "Deir al-Balah" matches however the tokenizer splits it; a leading "the" of a
 * name is dropped, since stories write "the Gaza Strip" and "Gaza Strip" alike.
 */
export function compileWorld(
  places: readonly Place[],
  conflicts: readonly Conflict[],
  actors: readonly { id: string; name: string; aliases: readonly string[] }[],
  groups: readonly { group: string; aliases: readonly string[] }[] = [],
): World {
  const phrases: PlacePhrase[] = [];
  const nameWords = new Set<string>();
  const seen = new Set<string>();
  const addPlace = (name: string, place: string, demonym: boolean) => {
    let words = nameTokens(name);
    if (words[0] === "the" && words.length > 1) words = words.slice(1);
    if (words.length === 0) return;
    const key = `${words.join(" ")}\n${demonym}`;
    if (seen.has(key)) return;
    seen.add(key);
    phrases.push({ words, place, demonym });
    for (const w of words) if (/\p{L}/u.test(w)) nameWords.add(w);
  };
  for (const place of places) {
    addPlace(place.name, place.id, false);
    for (const alias of place.aliases) addPlace(alias, place.id, false);
    for (const demonym of place.demonyms) addPlace(demonym, place.id, true);
  }
  const actorWords = new Map<string, ActorWord>();
  for (const actor of actors) {
    for (const name of [actor.name, ...actor.aliases]) {
      const words = nameTokens(name);
      // "U.N." is read as the word "u.n" and a full stop.
      const single = words.length === 1 || (words.length === 2 && words[1] === ".");
      if (!single) continue;
      const word = words[0]!;
      nameWords.add(word);
      if (actorWords.has(word)) continue;
      actorWords.set(word, { actor: actor.id, caps: name.length <= 4 && name === name.toUpperCase() && /\p{Lu}/u.test(name) });
    }
  }
  const conflictPhrases: ConflictPhrase[] = [];
  for (const conflict of conflicts) {
    for (const name of [conflict.name, ...conflict.aliases]) {
      let words = nameTokens(name);
      if (words[0] === "the" && words.length > 1) words = words.slice(1);
      if (words.length > 0) conflictPhrases.push({ words, conflict: conflict.id });
    }
  }
  // Only the groups core has no words for: "Palestinian children" stays core's "children".
  const groupPhrases: GroupPhrase[] = [];
  const seenGroups = new Set<string>();
  for (const { group, aliases } of groups) {
    if (CORE_GROUPS.has(group)) continue;
    for (const alias of [group.replace(/[-_]+/g, " "), ...aliases]) {
      const words = nameTokens(alias);
      const key = words.join(" ");
      if (words.length === 0 || seenGroups.has(key)) continue;
      seenGroups.add(key);
      groupPhrases.push({ words, group });
    }
  }
  return {
    groups: indexPhrases(groupPhrases),
    conflicts: indexPhrases(conflictPhrases),
    places: indexPhrases(phrases.filter((p) => !p.demonym)),
    demonyms: indexPhrases(phrases.filter((p) => p.demonym)),
    actorWords,
    nameWords,
  };
}
