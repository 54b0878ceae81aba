import { type ResolvedAttribution, isHeadline } from "../facts.js";
import { BELIEF_VERBS, BODY_NOUNS, COLLECTIVE_OFFICE_NOUNS, ROLE_WORDS, UNNAMED_SPEAKER_NOUNS } from "../lexicon.js";
import { messages } from "../messages.js";
import { ATTRIBUTION_WORDS_AFTER, ATTRIBUTION_WORDS_BEFORE, type Rule, type RuleFinding } from "../rule.js";

/**
 * `anonymous-source` (info): a figure or position rests only on an anonymous source ("a senior
 * Israeli official, speaking on condition of anonymity", "sources said", "a source familiar with
 * the talks", "a resident of the camp, asking not to be named"): its sentence has no named or
 * role attribution beside it. Names the registry gives to a body ("Israeli officials",
 * "Palestinian health officials") speak for that body and are not anonymous unless the story says
 * so. One finding per unnamed source in a story, where the story says it is unnamed most plainly;
 * later references ("the official said", "said the source, who asked not to be identified") are
 * the same source. A source
 * named in the sentence after it ("The official, Osama Hamdan, …"), or in the first sentence of
 * the next paragraph by a person of the same side ("Jane Roe, the agency's political chief,
 * said"), is not anonymous. An official whose sentence says why it is unnamed ("because he was not
 * authorized to brief reporters", "in line with military rules") is not flagged: that is what the
 * note asks. A "source" or a private witness stays an anonymous source whatever the reason. The
 * message notes when the source speaks for a party to the conflict.
 */
export const anonymousSource: Rule = {
  id: "anonymous-source",
  severity: "info",
  description: "A figure or position rests on an anonymous source.",
  // One finding per unnamed source in the whole story: blocks are compared.
  scope: "document",
  // Only the blocks' resolved attributions.
  reads: { attributions: true },
  check({ facts, blocks }) {
    const chosen = new Map<string, { block: number; attribution: ResolvedAttribution }>();
    // A headline's unnamed source ("..., source says") is the one the body introduces, when it does.
    const bodyUnnamed = facts.attributions.some((attributions, block) => !isHeadline(blocks[block]!) && unnamedSources(attributions, blocks[block]!.text).length > 0);
    facts.attributions.forEach((attributions, block) => {
      if (bodyUnnamed && isHeadline(blocks[block]!)) return;
      for (const { key, attribution: a } of unnamedSources(attributions, blocks[block]!.text)) {
        if (namedAfter(a, attributions, facts.attributions[block + 1])) continue;
        // "said the source, who asked not to be identified", "He spoke on condition that his name
        // not be used": the source introduced before.
        // So is an aside of its own right after an unnamed source ("... a senior official said. He
        // spoke on condition of anonymity because ..."), whether or not that one was noted.
        if ((refersBack(a) || !a.name) && (chosen.size > 0 || (!a.name && attributions.some((b) => b.sentence === a.sentence - 1 && b.strength === "anonymous")))) continue;
        // "a senior United Nations official told the Security Council": words said to a public
        // body or a news conference are on the record, whoever the story leaves unnamed.
        if (PUBLIC_AUDIENCE.test(blocks[block]!.text.slice(a.to, a.to + ATTRIBUTION_WORDS_AFTER))) continue;
        // "Hamas has insisted ..., its officials have said": the party the pronoun refers to speaks.
        if (!a.explicitAnonymity && OWNED_BY_PRONOUN.test(blocks[block]!.text.slice(Math.max(0, a.from - ATTRIBUTION_WORDS_BEFORE), a.from))) continue;
        const seen = chosen.get(key);
        if (!seen || (a.explicitAnonymity && !seen.attribution.explicitAnonymity)) chosen.set(key, { block, attribution: a });
      }
    });
    const findings: RuleFinding[] = [];
    for (const { block, attribution: a } of chosen.values()) {
      findings.push({ block, from: a.from, to: a.to, message: messages.anonymousSource(a.text, a.party ? (a.speaksFor?.name ?? a.source?.name) : undefined) });
    }
    return findings;
  },
};

// Whether an attribution is an unnamed source depends on its block alone; the resolved
// attributions of a block are kept per block object, so this is worked out once per paragraph.
const unnamedByBlock = new WeakMap<readonly ResolvedAttribution[], readonly { key: string; attribution: ResolvedAttribution }[]>();

/** The unnamed sources among one block's attributions, each with the key that tells one source from another. */
/** `text` is the attributions' block's text. */
function unnamedSources(attributions: readonly ResolvedAttribution[], text: string): readonly { key: string; attribution: ResolvedAttribution }[] {
  let found = unnamedByBlock.get(attributions);
  if (found) return found;
  const list: { key: string; attribution: ResolvedAttribution }[] = [];
  for (const a of attributions) {
    if (a.strength !== "anonymous" || a.quoted) continue;
    // The story says why an official is unnamed: what the note would ask for is there.
    if (a.anonymityReason && speakerKind(a.name) === "office") continue;
    // "Israeli officials said", "Palestinian health officials said": names the registry gives
    // to a body speak for that body. A sentence with only a loose cue ("a senior …") and no
    // speaker names no source at all.
    // "two Israeli officials", "several diplomats": individuals counted, not a body's voice.
    // "local officials said": the local authorities' voice, as a government's officials are its.
    if (!a.explicitAnonymity && LOCAL_AUTHORITY.test(a.name)) continue;
    const counted = COUNTED_SPEAKERS.test(a.name);
    // "officials said", "health officials said": the authorities' collective voice (COLLECTIVE_OFFICE_NOUNS).
    if (!a.explicitAnonymity && !counted && COLLECTIVE_OFFICE_NOUNS.has(headNoun(a.name) ?? "")) continue;
    if (!a.explicitAnonymity && ((a.name && (a.source || a.actor) && !counted) || !a.name)) continue;
    // In a sentence with an unnamed source, other reporting words ("if both sides showed",
    // "citing the figure") are not sources: a source is a person or a role.
    if (!a.explicitAnonymity && !namesSpeaker(a.name)) continue;
    // "Lebanese officials say", "Egyptian diplomats said": a government's voice, unless the words
    // say its people are unnamed. So is "senior diplomats in Kyiv", by the seat of the government.
    if (!a.explicitAnonymity && !counted && /\p{Lu}\S*\s+(?:officials|diplomats|negotiators|aides)$|(?:officials|diplomats|negotiators|aides)\s+(?:in|from)\s+\p{Lu}[\p{L}'’-]*$/u.test(a.name)) continue;
    // Another source in the sentence names it, unless that source's clause is what the unnamed one
    // reported ("Mediators believe a deal is closer, diplomats briefed on the talks said").
    // "Axios reported, citing two Israeli officials": the named outlet relays them, and the report rests on them.
    // "Egypt's intelligence chief told Lebanon's leaders that ..., three sources familiar with the
    // visit told Reuters": the outlet's unnamed sources report the whole sentence, the named speaker in it too.
    if (a.verb !== "citing" && attributions.some((b) => b !== a && b.sentence === a.sentence && !b.quoted && b.strength !== "anonymous" && !(b.to <= a.from && (BELIEF_VERBS.has(b.verb) || toldTheOutlet(a, text))))) continue;
    // "The official said" refers back to a source the story has already introduced: not a new one.
    if (/^(?:the|this|that|these|those)\s/i.test(a.text) && !a.explicitAnonymity) continue;
    list.push({ key: `${(a.name || a.text).toLowerCase().replace(/^(?:the|a|an)\s+/, "")}|${a.speaksFor?.id ?? ""}`, attribution: a });
  }
  found = list.length === 0 ? [] : list;
  unnamedByBlock.set(attributions, found);
  return found;
}

/**
 * True when an unnamed source closes its sentence telling an outlet what it holds (", three
 * sources familiar with the visit told Reuters."): a scoop's sources, who report everything before them.
 */
function toldTheOutlet(a: ResolvedAttribution, text: string): boolean {
  return a.verb === "told" && /,\s*$/.test(text.slice(Math.max(0, a.from - 3), a.from)) && /^\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}\s*[.;]/u.test(text.slice(a.to, a.to + 48));
}

/** Unnamed speakers counted: "two Israeli officials", "three senior diplomats", "several sources". */
/** Officials of a local government named by its level: "local officials", "municipal authorities". */
const LOCAL_AUTHORITY = /^(?:the\s+)?(?:local|municipal|provincial|regional|district|city)\s+(?:officials|authorities)$/i;

/** A public body or a news conference after a speaker's "told": "told the Security Council", "told parliament". */
const PUBLIC_AUDIENCE = /^\s+(?:the\s+)?(?:(?:UN|U\.N\.|United Nations)\s+)?(?:Security Council|General Assembly|Human Rights Council|[Pp]arliament|Congress|Knesset|Rada|Bundestag|lawmakers|(?:a|the)\s+(?:news|press) conference)\b/u;

/** A possessive pronoun right before a source's words: "its officials have said" names whose officials they are. */
const OWNED_BY_PRONOUN = /\b(?:its|their)\s+$/i;

const COUNTED_SPEAKERS = /^(?:two|three|four|five|six|several|\d+)\s/i;

/**
 * The head noun of a source's words: the first word that names an unnamed speaker ("officials"
 * of "health officials in Gaza", "source" of "a source in the defence ministry's press office").
 */
function headNoun(name: string): string | undefined {
  return name
    .toLowerCase()
    .split(/[^\p{L}.]+/u)
    .find((w) => UNNAMED_SPEAKER_NOUNS.has(w));
}

/** What the head noun of a source's words makes it: an official, a witness, or no more than unnamed ("a source"). */
function speakerKind(name: string): "office" | "unnamed" | "private" | undefined {
  const head = headNoun(name);
  return head === undefined ? undefined : UNNAMED_SPEAKER_NOUNS.get(head);
}

/** True when a source's words name a person or a role ("officials", "a senior official", "diplomatic sources", "a resident"). */
function namesSpeaker(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[^\p{L}.]+/u)
    .some((w) => ROLE_WORDS.has(w) || UNNAMED_SPEAKER_NOUNS.has(w));
}

/** True when the source is a definite reference back to one already introduced: "said the source", "the official added". */
function refersBack(a: ResolvedAttribution): boolean {
  if (!a.name || /\p{Lu}/u.test(a.name)) return false;
  const at = a.text.toLowerCase().lastIndexOf(a.name.toLowerCase());
  return at > 0 && /(?:^|\s)(?:the|this|that|these|those)\s+$/i.test(a.text.slice(0, at));
}

/**
 * True when the unnamed source is named right after it: a person's name of the same side
 * attributed in its block's next sentence, or in the first sentence of the next paragraph
 * ("… a senior UN official told the council. / Jane Roe, the UN's political chief, said …").
 */
function namedAfter(a: ResolvedAttribution, block: readonly ResolvedAttribution[], next: readonly ResolvedAttribution[] | undefined): boolean {
  const side = a.speaksFor?.id;
  if (!side) return false;
  const names = (b: ResolvedAttribution) => b.speaksFor?.id === side && namesPerson(b);
  return block.some((b) => b.sentence === a.sentence + 1 && names(b)) || (next ?? []).some((b) => b.sentence === 0 && names(b));
}

/** True when an attribution names a person: two or more capitalised words that name no registered actor ("Rosemary DiCarlo", who may be a registered source). */
function namesPerson(b: ResolvedAttribution): boolean {
  if (b.name.split(/\s+/).some((w) => BODY_NOUNS.has(w.toLowerCase()) || /['’]s$/.test(w))) return false;
  return b.strength === "named" && !b.quoted && !b.actor && /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:al-|bin\s|de\s)?\p{Lu}[\p{L}'’.-]*)+$/u.test(b.name);
}
