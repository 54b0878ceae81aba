import { MONTH_NUMBERS } from "../date-words.js";
import { addDays } from "../dates.js";
import { type ResolvedAttribution, type ResolvedPosition, isHeadline, mentionsOfKind } from "../facts.js";
import type { ExtractedBlock } from "../mention.js";
import type { Actor } from "../source.js";
import { AS_COMPLEMENT_NOUNS, DEAL_TEXT_NOUNS, HEDGED_REPORTING_VERBS, OBJECT_GAP_OPENERS, PUBLIC_WORD_NOUNS, RECORD_ACT_VERBS, RECORD_BODIES, RECORD_OFFICES, ROLE_WORDS, GROUP_ANAPHOR_NOUNS, SELF_REPORT_WORDS, SPEECH_OBJECT_NOUNS, UNNAMED_SPEAKER_NOUNS, VIEW_VERBS } from "../lexicon.js";
import { messages } from "../messages.js";
import { type RuleFinding, defineBlockRule } from "../rule.js";

/**
 * `unattributed-position` (warning): the stance of a party to the conflict (a registry actor with
 * `party: true`: Hamas, Israel) is stated as the story's own fact, with no source. A stance is
 * sourced when its sentence has an attribution that covers it ("according to Egyptian officials",
 * "the official said"), when a reference in its paragraph carries on the speaker (an earlier "he
 * said", a later "he added"), when the party itself spoke in an earlier sentence of its paragraph
 * ("Hamas said ... The group has insisted"), when the person it names is the speaker of another sentence ("Volodymyr
 * Zelensky said … Zelensky has ruled out …"), when the next sentence points back at it ("The group
 * said so on Saturday"), when it reports the actor's own public words ("warned", "called for",
 * "declared"), when it goes on in the actor's own words (", saying ...") or names what the actor
 * called it ("dismissed the truce as a public-relations move"), when it rejects another's words
 * ("an accusation the Kremlin dismissed", "Israel denied the claims"), when it is a governing body's
 * formal act ("the cabinet approved the deal"), or when a link or citation mark covers it. An
 * attribution that opens a clause of its own after the stance (", and a senior official said the
 * group would not sign") covers that clause, not the stance; hearsay ("is said to", "according to
 * reports") sources nothing. A stance of "the group" or "the movement" is the story's group
 * party's (`DocumentFacts.groupActor`). A headline's stances are sourced by the body when the body
 * attributes, unless the headline gives them as hearsay. Quoted words are the speaker's and are
 * left alone.
 */
export const unattributedPosition = defineBlockRule({
  id: "unattributed-position",
  severity: "warning",
  description: "A party's stance is stated with no source.",
  reads: ["bodyAttributed", "groupActor"],
  checkBlock({ blocks, facts, cited, date }, index) {
    const findings: RuleFinding[] = [];
    const block = blocks[index]!;
    // A headline sums up the body ("Hamas accepts Egyptian-Qatari proposal"): the body's sources are its sources.
    const summedUp = isHeadline(block) && facts.bodyAttributed;
    const positions = facts.positions[index] ?? [];
    const attributions = facts.attributions[index] ?? [];
    for (const p of positions) {
      // "The group remains committed": the story's group party, when the words name no actor.
      const actor = p.actorRecord ?? (isGroupAnaphor(p.actor) ? facts.groupActor : undefined);
      if (p.quoted || !actor?.party || p.speech) continue;
      // "Hamas has not publicly rejected the plan": what the party has not said in public is the record, not a stance.
      if (p.negated && /\bpublicly\b/i.test(block.text.slice(p.actorSpan.to, p.verbSpan.to))) continue;
      if (summedUp && !isHearsay(p)) continue;
      if (isSourced(p, attributions, block.text) || (!p.charge && namedAsSpeakerBefore(actor, p, attributions, block.text)) || speaksForItself(block.text, p) || repliesToWords(block.text, p) || isActOfRecord(p) || spokeInPublic(block.text, block.sentences[p.sentence])) continue;
      if (cited[index]?.some((span) => span.from < p.to && span.to > p.from)) continue;
      if (toldAsHistory(block, p, date) || saidByNamedPerson(p, positions) || (namesItsSpeaker(actor, p.actor) && !foretold(block.text, p)) || describesANoun(block.text, p) || talliesActs(block, p) || neverAccepted(block.text, p)) continue;
      findings.push({ block: index, from: p.from, to: p.to, message: p.charge ? messages.unattributedCharge(actor.name, p.text) : messages.unattributedPosition(actor.name, p.text) });
    }
    return findings;
  },
});

/**
 * True when an attribution of the position's paragraph sources it: one in its sentence that does
 * not open a clause of its own after it, or one in another sentence that carries on the same
 * speaker ("he added") or is attributed to the same party.
 */
export function isSourced(p: ResolvedPosition, attributions: readonly ResolvedAttribution[], text: string): boolean {
  for (const a of attributions) {
    if (a.quoted || isReportsOnly(a)) continue;
    // "Hamas said Israel had turned down offers. Hamas had failed to meet its commitment": a charge
    // is the other side's claim, so the accused party speaking before it does not source it.
    if (p.charge && a.sentence !== p.sentence && p.actorRecord && (a.actor ?? a.speaksFor)?.id === p.actorRecord.id) continue;
    if (a.sentence === p.sentence) {
      if (opensOwnClause(a, p, text)) continue;
      return true;
    }
    // A speaker carried on in a later sentence says that sentence; only "he added" says the one
    // right before it too ("X will not agree ... Talks go on, he added"), not one further back.
    // A speaker in a relative clause says what that clause says, and nothing after its sentence.
    if (a.sentence < p.sentence && speaksInRelativeClause(a, text)) continue;
    if ((carriesOnSpeaker(a) && (a.sentence < p.sentence || (CONTINUING_VERBS.has(a.verb) && a.sentence === p.sentence + 1))) || isSpeaker(a, p) || saysSoAfter(a, p, text)) return true;
  }
  return false;
}

/**
 * True when a stance is given under the name of a person or an office that speaks for its party
 * ("The Kremlin has demanded ...", "Putin agreed to ..."): the words name who took it, as "Hamas
 * said" would. "Russia has demanded" names only the party.
 */
function namesItsSpeaker(actor: Actor, words: string): boolean {
  // A registry loaded as trusted data may hold actors written before speakers were recorded.
  const speakers: readonly string[] | undefined = actor.speakers;
  if (!speakers?.length) return false;
  const name = words.toLowerCase().replace(/^the\s+/, "").trim();
  return speakers.some((s) => s.toLowerCase().replace(/^the\s+/, "") === name);
}

/**
 * True when a stance is told as what its actor will or would do ("The Kremlin will not accept a
 * ceasefire along the front line"): the writer's forecast of the stance, which the name of the
 * office that would take it does not source as it does an act already taken ("The Kremlin has demanded").
 */
function foretold(text: string, p: ResolvedPosition): boolean {
  return text
    .slice(p.actorSpan.to, p.verbSpan.to)
    .toLowerCase()
    .split(/[^\p{L}']+/u)
    .some((w) => FUTURE_AND_MODAL_WORDS.has(w));
}

/** True when a stance's actor is a group's anaphor: "the group", "the Palestinian movement" (at most one word before the noun). */
function isGroupAnaphor(actor: string): boolean {
  const words = actor.toLowerCase().split(/\s+/).filter((w) => w !== "the");
  return words.length >= 1 && words.length <= 2 && GROUP_ANAPHOR_NOUNS.has(words[words.length - 1]!);
}

/**
 * True when an earlier sentence of the paragraph has the stance's own actor as its speaker ("Hamas
 * said on Tuesday that ... The group has insisted on a permanent ceasefire"): the party goes on.
 * A spokesman who speaks for the party ("Dmitry Peskov said … / Moscow has resisted …") does not.
 */
function namedAsSpeakerBefore(actor: Actor, p: ResolvedPosition, attributions: readonly ResolvedAttribution[], text: string): boolean {
  return attributions.some((a) => a.sentence < p.sentence && !a.quoted && (a.actor ?? a.speaksFor)?.id === actor.id && matchesActorName(a, actor) && !speaksInRelativeClause(a, text));
}

/** True when an attribution's words are the actor's own name or alias, not a person or body speaking for it. */
function matchesActorName(a: ResolvedAttribution, actor: Actor): boolean {
  const name = a.name.toLowerCase();
  return name === actor.name.toLowerCase() || actor.aliases.some((alias) => alias.toLowerCase() === name);
}

/**
 * True when the stance is the words of another stance's actor, named as a person: "Benjamin
 * Netanyahu has insisted that Israel must keep control of the corridor" ("Israel must keep
 * control" is in what Netanyahu insisted). The outer stance's person is its source. So is the
 * speaker of a stance told as public words ("A spokesman for Netanyahu denied that Israel had
 * agreed to end the war": the denial's content is not the writer's claim). A "must" in what any
 * other stance says ("Hezbollah has insisted that ... is a violation the Lebanese state must
 * confront") is that stance's demand, noted on it if at all.
 */
function saidByNamedPerson(p: ResolvedPosition, positions: readonly ResolvedPosition[]): boolean {
  return positions.some((q) => q !== p && q.sentence === p.sentence && q.topicSpan.from <= p.from && q.topicSpan.to >= p.to && (PERSON_NAME.test(q.actor) || q.speech || p.verb.toLowerCase() === "must"));
}

/** Two or more capitalised words ending an actor's words: a person's name ("Benjamin Netanyahu", "Prime Minister Benjamin Netanyahu"). */
const PERSON_NAME = /\p{Lu}[\p{L}'’.-]+\s+\p{Lu}[\p{L}'’.-]+$/u;

/** How long before the story's date a day its sentence names makes a stance history ("In the Istanbul talks of March 2022, Ukraine offered neutrality"). */
const HISTORY_DAYS = 365;

/**
 * True when the stance's sentence dates it more than {@link HISTORY_DAYS} before the story: a
 * record of what a party did then, not its position now. A start ("has insisted since October
 * 2023") keeps the stance standing.
 */
function toldAsHistory(block: ExtractedBlock, p: ResolvedPosition, date: string): boolean {
  const before = addDays(date, -HISTORY_DAYS);
  return mentionsOfKind(block, "date").some((d) => d.sentence === p.sentence && d.role !== "start" && d.date < before) || datedPastAct(block, p, date);
}

/**
 * How long before the story a past act's own date makes it the record ("Kyiv accepted the 30-day
 * ceasefire in Jeddah on 11 March", in a story of the 19th): a week on, an act told with its day
 * is what the party did, reported at the time; an act of this week is still the news.
 */
const PAST_ACT_DAYS = 7;

/**
 * True when a stance is an act told in the simple past (no auxiliary: "accepted", "rejected",
 * "proposed", "agreed to") that its sentence dates at least {@link PAST_ACT_DAYS} before the story,
 * by a date or a month named after the verb ("Kyiv accepted a 30-day ceasefire ... in Jeddah in
 * March"), or by a day fronted before its actor ("In Jeddah on March 11, Kyiv accepted"): a record
 * of what the party did, not its position stated now. A timeline's entry labelled with its day
 * ("- March 11: ... Ukraine accepts ...") tells its acts in the present of that day. "Hamas has
 * rejected" and an act of this week stay stances.
 */
function datedPastAct(block: ExtractedBlock, p: ResolvedPosition, date: string): boolean {
  if (!PAST_ACT_STANCES.has(p.stance)) return false;
  const before = addDays(date, -PAST_ACT_DAYS);
  const dates = mentionsOfKind(block, "date").filter((d) => d.sentence === p.sentence && d.role !== "start" && d.date <= before);
  // "- March 11: In Jeddah, Ukraine accepts a U.S. proposal": a timeline's entry, its day as its
  // label, tells its acts in the present of that day.
  const span = block.sentences[p.sentence];
  const verb = p.verb.toLowerCase().split(/\s+/)[0] ?? "";
  if (!verb.endsWith("ed") && !(span && dates.some((d) => d.to <= p.actorSpan.from && /^[\s*_-]*$/.test(block.text.slice(span.from, d.from)) && /^[*_]*:/.test(block.text.slice(d.to, d.to + 3))))) return false;
  const between = block.text.slice(p.actorSpan.to, p.verbSpan.from).toLowerCase().split(/[^\p{L}']+/u);
  if (between.some((w) => PAST_ACT_AUXILIARIES.has(w))) return false;
  // Its day after the verb ("accepted ... in Jeddah on 11 March") or fronted before the actor ("In Jeddah on March 11, Kyiv accepted").
  if (dates.some((d) => d.from >= p.verbSpan.to || d.to <= p.actorSpan.from)) return true;
  // "in March" alone is no date the reader dates: its month, the latest one on or before the story's, is.
  const words = block.text.slice(p.verbSpan.to, p.to).toLowerCase().split(/[^\p{L}]+/u);
  const [year, month] = date.split("-").map(Number) as [number, number];
  for (let i = 1; i < words.length; i++) {
    if (words[i - 1] !== "in") continue;
    const named = MONTH_NUMBERS.get(words[i]!);
    if (named === undefined) continue;
    const monthsAgo = (month - named + 12) % 12;
    const first = `${named > month ? year - 1 : year}-${String(named).padStart(2, "0")}-01`;
    if (monthsAgo >= 1 && addDays(first, 27) <= before) return true;
  }
  return false;
}

/** Stances that are acts done once, which a date makes history: accepting, rejecting, proposing. */
const PAST_ACT_STANCES: ReadonlySet<string> = new Set(["accepts", "rejects", "proposes"]);
/** Words between an actor and its verb that keep an act standing: "has accepted", "would accept". */
const PAST_ACT_AUXILIARIES: ReadonlySet<string> = new Set(["has", "have", "had", "is", "are", "was", "were", "will", "would", "still", "now", "never", "not"]);

/** Reporting verbs that continue what the speaker said before ("he added"): they carry the speaker back to the sentence before. */
const CONTINUING_VERBS: ReadonlySet<string> = new Set(["added", "adds", "continued", "continues"]);

/** True for "according to reports", "media reports said": hearsay, which names no source. */
function isReportsOnly(a: ResolvedAttribution): boolean {
  return /^(?:(?:media|press|news)\s+)?reports?$/i.test(a.name);
}

/** True when the stance is given as hearsay: "Israel is said to have softened its position". */
function isHearsay(p: ResolvedPosition): boolean {
  const words = p.verb.toLowerCase().split(/\s+/);
  return words.length >= 2 && words[words.length - 1] === "to" && HEDGED_REPORTING_VERBS.has(words[words.length - 2]!);
}

/** True when the attribution's words start a clause joined after the stance (", and a senior official said the group …"): it covers that clause. */
function opensOwnClause(a: ResolvedAttribution, p: ResolvedPosition, text: string): boolean {
  if (a.from < p.to) return false;
  const between = text.slice(p.to, a.from);
  // Right after the stance, or after the rest of its clause: "Hamas wants an end to the war before
  // it frees the hostages, while Israel says ...", "..., where the health ministry there says ...".
  return /^\s*,?\s*(?:and|but|while|whereas)\s+$/i.test(between) || OWN_CLAUSE_OPENING.test(between) || OWN_CLAUSE_OPENING.test(`${between}${a.text.split(/\s/, 1)[0]} `);
}

/**
 * A comma and a conjunction, a relative word or a subordinator of time (with the time it gives:
 * "hours before", "a day after") that open another clause right before an attribution.
 */
const OWN_CLAUSE_OPENING = /,\s*(?:(?:(?:hours|days|weeks|minutes|moments|shortly|just|soon|a\s+day|a\s+week|an\s+hour)\s+)?(?:before|after)|and|but|while|whereas|where|when|as|until)\s+$/i;

/** True when an attribution in another sentence carries on a speaker already named: "he added", "it said", "the official said", or a sentence's anonymous cue with no speaker; "the group said" names a body, not the speaker before. */
function carriesOnSpeaker(a: ResolvedAttribution): boolean {
  if (!a.name) return true;
  const head = a.name.toLowerCase().split(/\s+/).pop() ?? "";
  return /^(?:he|she|it|they)$/i.test(a.name) || (/^(?:the|this|that)\s/i.test(a.text) && !/\p{Lu}/u.test(a.name) && (ROLE_WORDS.has(head) || UNNAMED_SPEAKER_NOUNS.has(head)));
}

/**
 * True when a speaker reports inside a relative clause of the noun before it: after "which"
 * ("the offensive, which Israel says targets fighters"), or a pronoun with "that" left out ("the
 * bodies of hostages it said were killed in airstrikes"). The speaker says what the clause says
 * of that noun, and nothing in a later sentence.
 */
function speaksInRelativeClause(a: ResolvedAttribution, text: string): boolean {
  const before = /(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, a.from - 24), a.from))?.[1];
  if (before === undefined) return false;
  // "Israel's offensive around Jabalia, which Israel says targets Hamas fighters": a speaker after a relative word.
  if (before === "which" || before === "whom") return true;
  return /^(?:he|she|it|they)$/i.test(a.name) && !CLAUSE_LINKS.has(before) && RELATIVE_CLAUSE_VERB.test(text.slice(a.to, a.to + 16));
}

/** Words before a pronoun speaker that link a clause of its own, not a noun a relative clause describes. */
const CLAUSE_LINKS: ReadonlySet<string> = new Set(["and", "but", "or", "so", "yet", "as", "that", "what", "which", "who", "because", "while", "when", "if", "although", "though", "since", "where", "later", "then", "now", "also", "earlier", "again"]);

/** A finite verb right after the reporting verb: the clause's predicate, with its subject left before the pronoun. */
const RELATIVE_CLAUSE_VERB = /^\s+(?:were|was|had|have|has|is|are|would|will|could|might|remained?)\b/i;

/**
 * True when the stance's actor is the person the attribution names, as written ("Volodymyr
 * Zelensky said … / Zelensky has ruled out …"): the speaker's own position. A party standing for
 * its spokesman ("Dmitry Peskov said … / Moscow has resisted …") is not.
 */
function isSpeaker(a: ResolvedAttribution, p: ResolvedPosition): boolean {
  const name = p.actor.split(/\s+/).pop() ?? "";
  return /^\p{Lu}/u.test(name) && a.name.split(/\s+/).includes(name);
}

/** True when the next sentence's attribution points back at the stance: "Hamas demands a ceasefire. The group said so on Saturday." */
function saysSoAfter(a: ResolvedAttribution, p: ResolvedPosition, text: string): boolean {
  return a.sentence === p.sentence + 1 && /^\s+(?:so|this|as\s+much|that\s*[.,;])(?:\W|$)/i.test(text.slice(a.to, a.to + 16));
}

/**
 * True when the stance goes on in the actor's own words: "Israel has rejected the moves, saying
 * they reward Hamas", or names what the actor called it: "Kyiv's foreign minister dismissed the
 * truce as a public-relations move".
 */
function speaksForItself(text: string, p: ResolvedPosition): boolean {
  const after = text.slice(p.to, p.to + 40);
  // "as a public-relations move", "as absurd.": what the actor called it; "a finding Israel
  // rejected as distorted and false": the same, its object before it.
  // "rejects any recognition of the regions as Russian": the "as" completes a noun of its object (AS_COMPLEMENT_NOUNS).
  const completesObject = () => p.topic.toLowerCase().split(/[^\p{L}]+/u).some((w) => AS_COMPLEMENT_NOUNS.has(w));
  // A verb of view's "as" completes the view ("regards the sanctions as an outrageous step"): no words of the party's.
  const view = VIEW_VERBS.has(p.verb.toLowerCase().split(/\s+/)[0]!);
  if (!view && ((/^\s+as\s+(?:(?:a|an)\s|[\p{L}-]+\s*(?:[.,;:]|$))/iu.test(after) && !completesObject()) || CALLED_AS.test(p.topic))) return true;
  const next = /^\s*,\s*(\p{L}+)/u.exec(after);
  return next !== null && SELF_REPORT_WORDS.has(next[1]!.toLowerCase());
}

/** A stance's topic that is only what the actor called its object: "as distorted and false", "as a stunt". */
const CALLED_AS = /^as\s+(?:(?:a|an)\s+)?[\p{L}-]+(?:\s+(?:and|or)\s+[\p{L}-]+)?\s*$/iu;

/**
 * True when the sentence names a public occasion of the actor's words ({@link PUBLIC_WORD_NOUNS}):
 * "In a televised statement overnight, Putin offered ...", "told a news conference". The stance is
 * given as said in public: the actor is its own source.
 */
function spokeInPublic(text: string, sentence: { from: number; to: number } | undefined): boolean {
  const words = (sentence ? text.slice(sentence.from, sentence.to) : text).toLowerCase().split(/[^\p{L}]+/u);
  for (let i = 0; i < words.length; i++) {
    if (!PUBLIC_WORD_NOUNS.has(words[i]!)) continue;
    // "in a (televised) statement", "at a news conference", "told a briefing", "in his speech": an occasion, not "the statement of intent".
    for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
      if (/^(?:a|an|his|her|its|their)$/.test(words[j]!) && /^(?:in|at|during|told|gave|via)$/.test(words[j - 1] ?? "")) return true;
    }
  }
  return false;
}

/**
 * True when the stance rejects another's words ({@link SPEECH_OBJECT_NOUNS}), named as its object
 * ("Israel denied the claims") or before its actor ("an accusation the Kremlin dismissed"): a
 * reply in words, which the party gave in public.
 */
function repliesToWords(text: string, p: ResolvedPosition): boolean {
  if (p.stance !== "rejects") return false;
  const object = /^\s+(?:(?:the|these|those|such|its|their|an?|[\p{L}-]+['’]s?)\s+)?([\p{L}-]+)/u.exec(text.slice(p.verbSpan.to, p.verbSpan.to + 40));
  if (object && SPEECH_OBJECT_NOUNS.has(object[1]!.toLowerCase())) return true;
  const antecedent = /([\p{L}-]+)\s+(?:(?:that|which)\s+)?(?:the\s+)?$/u.exec(text.slice(Math.max(0, p.actorSpan.from - 40), p.actorSpan.from));
  return antecedent !== null && SPEECH_OBJECT_NOUNS.has(antecedent[1]!.toLowerCase());
}

/**
 * True when a stance says a party never accepted an offer, in the past or the perfect ("Moscow
 * never agreed to that month-long truce", "Moscow has never agreed to the two-month truce"): the
 * record of the talks over their whole course, not news of the day. "Israel has not accepted the
 * terms" (no answer yet) is the party's stance of the moment and needs its source; so does a
 * refusal in the party's future ("Hamas will never accept the proposal"), or of an outcome rather
 * than an offer ("Israel has never agreed to a Palestinian state").
 */
function neverAccepted(text: string, p: ResolvedPosition): boolean {
  if (!p.negated || p.stance !== "accepts") return false;
  const between = text.slice(p.actorSpan.to, p.verbSpan.from).toLowerCase().split(/[^\p{L}']+/u);
  if (!between.includes("never") || between.some((w) => FUTURE_AND_MODAL_WORDS.has(w))) return false;
  // What was not accepted is an offer on the table ("the US proposal", "that month-long truce"),
  // not an outcome the party refuses ("has not agreed to a Palestinian state": a position).
  const object = text.slice(p.verbSpan.to, p.topicSpan.to).toLowerCase().split(/[^\p{L}'-]+/u).filter(Boolean).slice(0, 5);
  return object.some((w) => DEAL_TEXT_NOUNS.has(w));
}

/** Auxiliaries of what a party will, would or can do: a refusal with one is a position, not the record. */
const FUTURE_AND_MODAL_WORDS: ReadonlySet<string> = new Set(["will", "would", "shall", "should", "can", "could", "may", "might", "must", "won't", "wouldn't", "can't", "cannot", "couldn't"]);

/**
 * True when a stance's object opens with a count ("Israeli authorities have turned down 37 of the
 * UN's 41 requests", "Israel approved 12 of 30 aid missions"): a tally of acts, reported as a
 * record of what was done, not a position the party takes.
 */
function talliesActs(block: ExtractedBlock, p: ResolvedPosition): boolean {
  const opens = p.topicSpan.from + (/^\s*/.exec(block.text.slice(p.topicSpan.from, p.topicSpan.to))?.[0].length ?? 0);
  return p.topicSpan.to > p.topicSpan.from && mentionsOfKind(block, "count").some((c) => c.from === opens && c.sentence === p.sentence);
}

/**
 * True when a stance is told in a relative clause of the noun before it, with the noun as the
 * verb's object: after "which" or "whom" ("the draft agreement, which Kyiv had accepted after
 * weeks of haggling", "the aid sites, which Israel supports as an alternative"), or after a deal's
 * noun, with or without "that" ("Under the text Hamas accepted, ...", "the plan that Kyiv backed
 * would freeze the front"). The sentence is about the noun; the party's act is background to it,
 * not a position the story asserts.
 */
function describesANoun(text: string, p: ResolvedPosition): boolean {
  // The words right before the actor, with nothing but spaces between them and it: no clause or sentence ends there.
  const [, twoBefore, oneBefore] = /(?:([\p{L}'’-]+)\s+)?([\p{L}'’-]+)\s+$/u.exec(text.slice(Math.max(0, p.actorSpan.from - 40), p.actorSpan.from)) ?? [];
  const before = oneBefore?.toLowerCase();
  const noun = before === "that" ? twoBefore?.toLowerCase() : before;
  if (before !== "which" && before !== "whom" && !(noun !== undefined && DEAL_TEXT_NOUNS.has(noun))) return false;
  // The verb's object is the noun, so it is left out after the verb: nothing more in its clause, or
  // a preposition, a time word or the main clause's verb. "by the end of which Hamas wants an
  // agreement" has an object of its own: the clause says what Hamas wants.
  const after = text.slice(p.verbSpan.to, p.verbSpan.to + 24);
  if (/^\s*(?:[,;:.)]|$)/.test(after)) return true;
  const first = /^\s+([\p{L}'’-]+)/u.exec(after)?.[1]?.toLowerCase();
  return first !== undefined && OBJECT_GAP_OPENERS.has(first);
}

/** True when the stance is a formal act of a governing body, on the record by its nature: "Israel's security cabinet approved the deal". */
function isActOfRecord(p: ResolvedPosition): boolean {
  const words = (text: string) => text.toLowerCase().split(/[^\p{L}]+/u);
  // A body of record, or an office holder named with the title ("Defence Minister Israel Katz approved").
  const actor = words(p.actor);
  const ofRecord = actor.some((w) => RECORD_BODIES.has(w)) || (PERSON_NAME.test(p.actor) && actor.some((w) => RECORD_OFFICES.has(w)));
  return ofRecord && words(p.verb).some((w) => RECORD_ACT_VERBS.has(w));
}
