import type { PhaseClaim } from "../claim.js";
import { claimEvidence } from "../evidence.js";
import { type SentenceProposals, type StoryProposal, counterOwner, hasCueIn, mentionsOfKind, proposalsForSentence, proposalsNear, storyNamesProposal } from "../facts.js";
import { formatDays, messages, phaseWords, versionName } from "../messages.js";
import { FIGHTING_NOUNS, ENDED_TRUCE_CUES, WAR_WORDS, WINDOW_ACTS, indexPhrases } from "../lexicon.js";
import type { DurationMention, ExtractedBlock } from "../mention.js";
import type { Registry } from "../registry.js";
import type { Rule, RuleFinding } from "../rule.js";

/**
 * True when a truce's length with no phase of its own stands in a sentence that gives the deal's
 * number of phases ("a 135-day truce in three phases", "a three-phase, 135-day truce"): the
 * length of the whole deal, not of its first phase. A length "each" ("three phases of 45 days
 * each") is every phase's, the first's too.
 */
function spansPhases(block: ExtractedBlock, m: DurationMention): boolean {
  if (m.phase !== undefined || m.extension) return false;
  // Mentions are in text order: only the stage counts within a few words of the length are read,
  // found by bisection, so a paragraph of many lengths and stage counts stays linear.
  const counts = mentionsOfKind(block, "stage-count");
  let lo = 0;
  let hi = counts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (counts[mid]!.from < m.from - SPAN_CHARS) lo = mid + 1;
    else hi = mid;
  }
  let beside = false;
  for (let i = lo; i < counts.length && counts[i]!.from <= m.to + SPAN_CHARS && !beside; i++) {
    const c = counts[i]!;
    if (c.sentence !== m.sentence || c.count < 2) continue;
    // "a 135-day truce in three phases": the count of phases right after the truce's noun;
    // "a three-phase, 135-day truce": the count of phases modifying the same noun.
    beside = c.from >= m.to ? SPAN_AFTER.test(block.text.slice(m.to, c.from)) : c.to <= m.from && SPAN_BEFORE.test(block.text.slice(c.to, m.from));
  }
  return beside && !EACH.test(block.text.slice(m.to, m.to + 16));
}

/** True when a length is a whole deal's: given with its number of phases ("a 135-day truce in three phases") or "in all". */
function isWholeDeal(block: ExtractedBlock, m: DurationMention): boolean {
  return spansPhases(block, m) || WHOLE_DEAL.test(block.text.slice(m.to, m.to + 16));
}

/**
 * A length "each" of a number of phases that does not make the whole deal's length its sentence
 * gives ("a three-stage plan running 135 days in all: three phases of 40 days each"): three times 40
 * is not 135. Lengths given as ranges or in words of rounding are compared by their bounds.
 */
function eachAgainstWhole(block: ExtractedBlock, index: number): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const durations = mentionsOfKind(block, "duration");
  for (const each of durations) {
    if (each.quoted || !EACH.test(block.text.slice(each.to, each.to + 16))) continue;
    // "three phases of 45 days each": the count right before the length's "of".
    const count = mentionsOfKind(block, "stage-count").find((c) => c.sentence === each.sentence && c.to <= each.from && EACH_OF.test(block.text.slice(c.to, each.from)));
    const whole = durations.find((w) => w !== each && w.sentence === each.sentence && !w.quoted && isWholeDeal(block, w));
    if (!count || !whole) continue;
    const [low, high] = [count.count * each.days.min, count.count * each.days.max];
    if (high >= whole.days.min && low <= whole.days.max) continue;
    findings.push({
      block: index,
      from: each.from,
      to: each.to,
      message: messages.eachAgainstWhole(each.text, formatDays(each.days), count.count, formatDays({ min: low, max: high }), whole.text, formatDays(whole.days)),
      related: [{ block: index, from: whole.from, to: whole.to, text: whole.text }],
      mention: each,
    });
  }
  return findings;
}

/** Between a number of phases and the length each lasts: "three phases of" (45 days each). */
const EACH_OF = /^\s+of\s+$/;

/** How far from a length its number of phases may stand, in characters. */
const SPAN_CHARS = 60;

/** Between a truce's length and its number of phases: its noun and a few words (a place, "laid out" after a comma), and "in", "over" or "across" ("a 135-day truce in three phases", "a truce of four and a half months, laid out in three phases"). */
const SPAN_AFTER = /^,?(?:[\s-]*[\p{L}]+){0,4}\s+(?:in|over|across|of)\s+$/u;
/** Between a number of phases and the length after it: a comma or "and" ("a three-phase, 135-day truce"). */
const SPAN_BEFORE = /^\s*(?:,|and)?\s*$/u;

const EACH = /^\s*(?:each|apiece)\b/i;

/** After a length, words that make it the whole deal's ("a three-stage plan running 135 days in all"), not a phase's. */
const WHOLE_DEAL = /^\s+(?:in\s+all|in\s+total|altogether|overall)\b/i;

const PAUSE_WORDS = new Set(["ceasefire", "cease-fire", "truce", "pause", "lull", "halt", "respite", "calm", "suspension"]);

interface PhaseDuration {
  block: number;
  mention: DurationMention;
  phase: number;
  context: SentenceProposals;
  /** The party whose own counter-proposal its sentence describes ("Hamas's reply turned the outline into a 135-day plan"), lowercase. */
  counter?: string;
}


/**
 * `inconsistent-duration` (warning): two durations in one story describe the same phase of a deal
 * differently ("an immediate six-week ceasefire" and "the initial phase, lasting 40 days"), or a
 * duration matches none of the lengths the registry holds for that phase of the proposal it
 * describes. A ceasefire named without a phase is read as the first phase when the story is about
 * a war the registry covers. An age ("the six-week-old war") and what a truce really lasted
 * ("a ceasefire that had held for two months collapsed") are not a deal's terms, nor is the length
 * of a whole deal given with its number of phases ("a 135-day truce in three phases"). Each duration is tied
 * to a proposal by the proposers its sentence or paragraph names ("Egyptian mediators") and to a
 * version by the words that name it ("the copy Hamas published", "Israel's offer"); durations
 * tied to different versions are not compared with each other, and a named version is checked
 * against its own registered length. A sentence that names a proposal by the words of its id ("the
 * Easter truce") is tied to that proposal; durations in hours count only in such a sentence. Where
 * the registry holds contested values, the message names each with its sources rather than
 * picking one.
 */
export const inconsistentDuration: Rule = {
  id: "inconsistent-duration",
  severity: "warning",
  description: "Two durations in one document describe the same period differently, or one disagrees with the registry.",
  // Durations in different paragraphs are compared with each other.
  scope: "document",
  // What it reads of a story: its durations with their sentences' words (an age, what a truce
  // lasted, a window's act), the proposals tied to each sentence, the story's conflict and
  // proposals, and which of those the story names anywhere. An edit that changes none of these
  // keeps its findings.
  reads: { kinds: ["duration"], sentences: true, proposals: true, storyProposals: true },
  check({ blocks, registry, facts, date }) {
    const groups = new Map<number, PhaseDuration[]>();
    // A truce named without its phase is a deal's first phase only in a story about a registered
    // war (or against a registry of one war): in a story of a war the registry does not cover, two
    // truces ("a 30-day ceasefire", "the three-day pause") are two truces.
    const onTheTable = facts.conflict !== undefined || registry.conflicts().length === 0;
    // The phase of the last length tied to one, for a length that refers back to it ("During those 42 days").
    let lastPhase: number | undefined;
    // ... and the deal that length was tied to: "those six weeks" mean the same deal's weeks, even
    // in a sentence that names no deal ("When those six weeks ended on 1 March, ...").
    let lastContext: SentenceProposals | undefined;
    // Deadlines for one act of the deal ("within 72 hours", "48 hours to hand over"), by act.
    const windows = new Map<string, PhaseDuration[]>();
    let lastWindowAct: string | undefined;
    // The deadline the story gave last, when no phase's length came after it.
    let lastWindow: { act: string; mention: DurationMention } | undefined;
    // The lengths of deals and deadlines the story gave, in story order: a stretch referred back to
    // with one of these lengths is that one, whichever came last.
    const givenLengths: { min: number; max: number }[] = [];
    const told = (m: DurationMention) => givenLengths.some((d) => d.max >= m.days.min && d.min <= m.days.max);
    // The party whose own plan the paragraph being read has named, for the lengths after it there.
    let paragraphCounter: { block: number; counter: string } | undefined;
    // The lengths the story gives as a whole deal's ("a truce of 135 days in three stages"): the same
    // length elsewhere ("Hamas's 135-day truce plan" in the headline) is that deal's too.
    const wholeDeals = new Set<number>();
    for (const block of blocks) for (const m of mentionsOfKind(block, "duration")) if (!m.quoted && m.subject && isWholeDeal(block, m)) wholeDeals.add(m.days.min).add(m.days.max);
    blocks.forEach((block, index) => {
      for (const m of mentionsOfKind(block, "duration")) {
        if (m.quoted) continue;
        // "Israel is to withdraw over 60 days ... During the 60-day period": a stretch referred back
        // to right after a deadline for one act, of no length the story gave before, is that deadline's.
        if (m.anaphor && !m.subject && lastWindow && !told(m) && sameScale(lastWindow.mention, m)) {
          windows.get(lastWindow.act)!.push({ block: index, mention: m, phase: EXTENSION, context: NO_CONTEXT });
          continue;
        }
        if (m.anaphor && !m.subject && lastPhase !== undefined) {
          const context = lastContext ?? proposalsForSentence(facts, registry, block, m.sentence);
          if (context.otherConflict) continue;
          const list = groups.get(lastPhase) ?? [];
          list.push({ block: index, mention: m, phase: lastPhase, context });
          groups.set(lastPhase, list);
          continue;
        }
        if (!m.subject) continue;
        if (m.subject === "window") {
          // "When that 45-day window closed": a window referred back to is the window of the act before it.
          const act = windowAct(block, m) ?? (REFERRING_BACK.test(block.text.slice(Math.max(0, m.from - 6), m.from)) ? lastWindowAct : undefined);
          if (act) lastWindowAct = act;
          if (act) {
            const list = windows.get(act) ?? [];
            list.push({ block: index, mention: m, phase: EXTENSION, context: NO_CONTEXT });
            windows.set(act, list);
            lastWindow = { act, mention: m };
          }
          givenLengths.push(m.days);
          continue;
        }
        if (isAge(block.text, m) || tellsWhatItLasted(block, m) || datedToThePast(block, m, date) || isWholeDeal(block, m) || (m.phase === undefined && !m.extension && m.days.min === m.days.max && wholeDeals.has(m.days.min))) continue;
        const phase = m.extension ? EXTENSION : (m.phase ?? (onTheTable && PAUSE_WORDS.has(m.subject) ? 1 : undefined) ?? unnumberedPhase(m, lastPhase, onTheTable));
        if (phase === undefined) continue;
        const context = proposalsForSentence(facts, registry, block, m.sentence);
        // Another conflict's truce ("In Lebanon, a separate 60-day truce ...") is not a phase of this story's deals.
        if (context.otherConflict) continue;
        if (phase !== EXTENSION) {
          lastPhase = phase;
          lastContext = context;
          lastWindow = undefined;
        }
        givenLengths.push(m.days);
        // Hours are a deal's term only where the sentence names a registered proposal ("a 30-hour
        // Easter truce"): "four-hour daily pauses" beside a six-week ceasefire are another thing.
        if (m.unit === "hour" && !context.byName) continue;
        // Nor are years ("a five-year truce" Hamas offers is a long-term truce, not a deal's first phase).
        if (m.unit === "year" && !context.byName) continue;
        const list = groups.get(phase) ?? [];
        // A party's own plan named in a sentence is the plan the rest of its paragraph goes on
        // about ("Hamas proposed a 135-day truce. In the first 45-day phase, ...").
        const counter = counterOwner(facts, registry, block, m.sentence) ?? (paragraphCounter?.block === index ? paragraphCounter.counter : undefined);
        if (counter) paragraphCounter = { block: index, counter };
        list.push({ block: index, mention: m, phase, context, ...(counter ? { counter } : {}) });
        groups.set(phase, list);
      }
    });
    const findings: RuleFinding[] = [];
    blocks.forEach((block, index) => findings.push(...eachAgainstWhole(block, index)));
    for (const list of windows.values()) findings.push(...pairFindings(list, messages.inconsistentWindow));
    if (groups.size === 0) return findings;
    for (const [phase, list] of groups) {
      // Extensions ("by two more days") are compared with each other only: no registered phase is one.
      if (phase === EXTENSION) {
        findings.push(...pairFindings(list, messages.inconsistentExtension));
        continue;
      }
      // Every proposal on the table, not only those the story names: a truce it mentions in passing has its own length.
      const proposalsOfLength = registeredLengths(proposalsNear(registry, date, facts.conflict), phase);
      // Keyed by place, not by mention object: one cached block can stand at two paragraphs, and
      // flagging its duration at one must not hide it at the other.
      // The lengths a later one is compared with: the first of each kind (its days, versions and
      // proposals, all that comparing reads), in story order. A length found inconsistent is no
      // reference for later ones ("the proposed 40-day truce" then "the two-month truce" beside a
      // 60-day one). Many equal lengths in a story add no reference, so the pass stays linear.
      const flagged = new Set<PhaseDuration>();
      const references: PhaseDuration[] = [];
      const kinds = new Set<string>();
      const addReference = (entry: PhaseDuration) => {
        const kind = referenceKind(entry);
        if (kinds.has(kind)) return;
        kinds.add(kind);
        references.push(entry);
      };
      if (list.length > 0) addReference(list[0]!);
      for (let i = 1; i < list.length; i++) {
        const later = list[i]!;
        const earlier = references.find((e) => (e.mention.days.max < later.mention.days.min || later.mention.days.max < e.mention.days.min) && comparable(e, later, proposalsOfLength));
        if (!earlier) {
          addReference(later);
          continue;
        }
        flagged.add(later);
        const registered = registeredPhases(later, phase);
        findings.push({
          block: later.block,
          from: later.mention.from,
          to: later.mention.to,
          message: messages.inconsistentDuration(later.mention.text, formatDays(later.mention.days), earlier.mention.text, formatDays(earlier.mention.days), phaseWords(phase), contested(registry, registered, phase)),
          evidence: registered.map((c) => claimEvidence(registry, c)),
          related: [{ block: earlier.block, from: earlier.mention.from, to: earlier.mention.to, text: earlier.mention.text }],
          mention: later.mention,
        });
      }
      for (const entry of list) {
        const { block, mention, context } = entry;
        if (flagged.has(entry)) continue;
        // A length is held against a proposal's terms only when its sentence or its story is about
        // that proposal (names its proposers, its words, one of its versions, its month or a date of
        // its own), never for the story's date alone.
        const tiedTo = context.byProposer || context.byDate || context.versions ? context.proposals : context.proposals.filter((p) => storyNamesProposal(blocks, registry, p, facts));
        const registered = tiedTo.flatMap((p) => p.phases.filter((c) => c.index === phase && c.durationDays !== undefined));
        const values = lengths(registered);
        if (values.length === 0) continue;
        // A truce named without its phase that fits the length of another proposal on the table is
        // that truce ("Kyiv refused the three-day pause" beside Kyiv's own 30-day offer).
        if (mention.phase === undefined && proposalsFitting(mention, proposalsOfLength).size > 0) continue;
        if (values.some((v) => v >= mention.days.min && v <= mention.days.max)) continue;
        const listed = values.map((v) => formatDays({ min: v, max: v })).join(" or ");
        findings.push({
          block,
          from: mention.from,
          to: mention.to,
          message: context.versions
            ? messages.durationAgainstVersion(mention.text, formatDays(mention.days), phaseWords(phase)!, context.versions.map((v) => versionName(v, registered.find((c) => c.proposal.version === v)?.proposal.date)).join(", "), listed)
            : tiedTo.length === 1 && registered[0]?.proposal.title
              ? messages.durationAgainstProposal(mention.text, formatDays(mention.days), phaseWords(phase)!, registered[0].proposal.title, listed)
              : messages.durationAgainstRegistry(mention.text, formatDays(mention.days), phaseWords(phase)!, listed),
          evidence: registered.map((c) => claimEvidence(registry, c)),
          mention,
        });
      }
    }
    return findings;
  },
};

/**
 * The phase of "the 30-day phase" (a phase named without its number): the phase the story named
 * last ("The first phase ran for six weeks. During the 30-day phase ..."), else the first.
 */
function unnumberedPhase(m: DurationMention, lastPhase: number | undefined, onTheTable: boolean): number | undefined {
  if (m.subject !== "phase" && m.subject !== "stage") return undefined;
  return lastPhase ?? (onTheTable ? 1 : undefined);
}

/** The group of extension lengths ("extended by two more days"), apart from every phase. */
const EXTENSION = 0;

const NO_CONTEXT: SentenceProposals = { proposals: [], byProposer: false };

/** How far either side of a duration its clause may reach, in characters: a sentence with no break stays linear to read. */
const CLAUSE_REACH = 300;

/** The duration's sentence, within {@link CLAUSE_REACH} of it. */
function nearSentence(block: ExtractedBlock, m: DurationMention): { from: number; to: number } {
  const span = block.sentences[m.sentence];
  return { from: Math.max(span ? span.from : 0, m.from - CLAUSE_REACH), to: Math.min(span ? span.to : block.text.length, m.to + CLAUSE_REACH) };
}

/** Marks that open a new clause with its own subject and verb: a window's act is not looked for past them. */
const COORDINATION_STOPS = [";", ", and ", ", but ", ", while ", ", or ", ", whereas ", " – ", " — "];

/**
 * The act a window is a deadline for ("release", "withdraw"): the act word nearest to it in its
 * coordinate clause ("Rwandan troops are to withdraw within 90 days, and the two countries will
 * set up a mechanism within 30 days": the 30 days are no withdrawal's), if any.
 */
function windowAct(block: ExtractedBlock, m: DurationMention): string | undefined {
  const { from: sentenceFrom, to: sentenceTo } = nearSentence(block, m);
  const before = block.text.slice(sentenceFrom, m.from);
  const after = block.text.slice(m.to, sentenceTo);
  const from = sentenceFrom + Math.max(0, ...COORDINATION_STOPS.map((stop) => { const k = before.lastIndexOf(stop); return k < 0 ? 0 : k + stop.length; }));
  const ends = COORDINATION_STOPS.map((stop) => after.indexOf(stop)).filter((k) => k >= 0);
  const to = m.to + (ends.length > 0 ? Math.min(...ends) : after.length);
  let best: { act: string; distance: number } | undefined;
  const words = /[\p{L}]+/gu;
  const text = block.text.slice(from, to);
  for (let match = words.exec(text); match; match = words.exec(text)) {
    const act = WINDOW_ACTS.get(match[0].toLowerCase());
    if (!act) continue;
    const at = from + match.index;
    const distance = at < m.from ? m.from - at : at - m.to;
    if (!best || distance < best.distance) best = { act, distance };
  }
  return best?.act;
}

/** True when two lengths are both in hours or both in days or more: "the 60-day period" does not refer back to "within 72 hours". */
function sameScale(a: DurationMention, b: DurationMention): boolean {
  return (a.unit === "hour") === (b.unit === "hour");
}

/** A demonstrative right before a length: "that 45-day window", "this deadline". */
const REFERRING_BACK = /\b(?:that|this|the)\s+$/i;

/**
 * Two lengths of one group that differ: extensions ("by two days" in the headline, "three more
 * days" in the body) or windows for one act ("within 72 hours", "48 hours to hand over").
 */
function pairFindings(list: readonly PhaseDuration[], message: (text: string, days: string, other: string, otherDays: string) => string): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (let i = 1; i < list.length; i++) {
    const later = list[i]!;
    const earlier = list.slice(0, i).find((e) => e.mention.days.max < later.mention.days.min || later.mention.days.max < e.mention.days.min);
    if (!earlier) continue;
    findings.push({
      block: later.block,
      from: later.mention.from,
      to: later.mention.to,
      message: message(later.mention.text, formatDays(later.mention.days), earlier.mention.text, formatDays(earlier.mention.days)),
      related: [{ block: earlier.block, from: earlier.mention.from, to: earlier.mention.to, text: earlier.mention.text }],
      mention: later.mention,
    });
  }
  return findings;
}

/**
 * True when the words right after a truce's length date that truce to a time before the story
 * ("during the six-week truce earlier this year", "the 60-day truce last year", "the truce in
 * 2024"): a truce of the past, not a term of the deals on the table.
 */
function datedToThePast(block: ExtractedBlock, m: DurationMention, date: string): boolean {
  const after = PAST_TRUCE.exec(block.text.slice(m.to, m.to + PAST_TRUCE_CHARS));
  if (!after) return false;
  return after[1] === undefined || after[1] < date.slice(0, 4);
}

const PAST_TRUCE_CHARS = 48;
/** A truce's noun, at most, then a time before the story: "truce earlier this year", "ceasefire last year", "pause in 2024" (the year is read). */
const PAST_TRUCE = /^[\s-]*(?:[\p{L}-]+\s+){0,2}?(?:earlier\s+this\s+year|last\s+year|earlier\s+in\s+the\s+war|the\s+year\s+before|in\s+((?:19|20)\d\d))\b/iu;

/** "the six-week-old war": an age, not a length of a truce. */
function isAge(text: string, m: DurationMention): boolean {
  return /^[-\s]old\b/.test(text.slice(m.to, m.to + 5));
}

const endedIndex = indexPhrases(ENDED_TRUCE_CUES.map((words) => ({ words })));

/**
 * True when the duration's clause tells what a truce really lasted ("a ceasefire that had held for
 * two months collapsed", "the truce, which lasted six weeks, ended"), not the term agreed. Only the
 * clause that holds the duration counts: in "the proposed 40-day truce will open the way to talks,
 * after the collapse of the January agreement" the collapse is another truce's.
 */
function tellsWhatItLasted(block: ExtractedBlock, m: DurationMention): boolean {
  const clause = clauseOf(block, m);
  const text = block.text.slice(clause.from, clause.to);
  // "Fighting resumed after a 30-hour truce expired": a truce that ran out ran its term.
  // "The ceasefire that ended more than a year of war": what the truce ended is the war, not itself.
  if (!hasCueIn(endedIndex, text.replace(ENDED_A_WAR, " "))) return false;
  // "With the two extra days, the pause will have lasted six days when it expires": a length its
  // sentence extends is what the truce lasts with its extension, expiry or not.
  return !RAN_ITS_TERM.test(text) || mentionsOfKind(block, "duration").some((d) => d !== m && d.extension && d.sentence === m.sentence);
}

/** A verb of ending with a war as its object ("ended more than a year of war", "ending the fighting"): the truce ends the war. */
const ENDED_A_WAR = new RegExp(`\\b(?:ended|ending|ends)\\s+(?:[\\p{L}\\d-]+\\s+){0,7}?(?:${[...WAR_WORDS, ...FIGHTING_NOUNS].join("|")})\\b`, "giu");

/** Words of a truce that ran its term ("expired", "ran out"): its length is the term, whatever else its clause says. */
const RAN_ITS_TERM = /\b(?:expired|expires|expiring|ran\s+out|runs\s+out|lapsed)\b/i;

/** The clause that holds a duration: its sentence, cut at the commas, semicolons, colons and dashes around it. */
function clauseOf(block: ExtractedBlock, m: DurationMention): { from: number; to: number } {
  const { from, to } = nearSentence(block, m);
  const before = block.text.slice(from, m.from);
  const after = block.text.slice(m.to, to);
  const clauseStart = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"), before.lastIndexOf(" – "), before.lastIndexOf(" — "));
  const stops = [after.indexOf(","), after.indexOf(";"), after.indexOf(" – "), after.indexOf(" — ")].filter((k) => k >= 0);
  const clauseEnd = stops.length > 0 ? Math.min(...stops) : after.length;
  return { from: from + clauseStart + 1, to: m.to + clauseEnd };
}

/** What {@link comparable} reads of a length: two with the same kind compare alike with any other. */
function referenceKind(entry: PhaseDuration): string {
  const { days } = entry.mention;
  const { versions, byProposer, proposals } = entry.context;
  return `${days.min}:${days.max}|${versions?.join(",") ?? ""}|${byProposer ? proposals.map((p) => p.id).join(",") : "*"}|${entry.counter ?? ""}`;
}

/**
 * The registered proposals on the table whose phase `phase` lasts each length, by length in days:
 * a story that weighs several truces ("the three-day Victory Day pause", "a 30-day ceasefire")
 * gives each its own length.
 */
function registeredLengths(proposals: readonly StoryProposal[], phase: number): ReadonlyMap<number, ReadonlySet<string>> {
  const byLength = new Map<number, Set<string>>();
  for (const p of proposals) {
    for (const c of p.phases) {
      if (c.index !== phase || c.durationDays === undefined) continue;
      const ids = byLength.get(c.durationDays) ?? new Set<string>();
      ids.add(p.id);
      byLength.set(c.durationDays, ids);
    }
  }
  return byLength;
}

/** The proposals on the table whose registered length a duration fits. */
function proposalsFitting(m: DurationMention, byLength: ReadonlyMap<number, ReadonlySet<string>>): Set<string> {
  const ids = new Set<string>();
  for (const [days, proposals] of byLength) if (days >= m.days.min && days <= m.days.max) for (const id of proposals) ids.add(id);
  return ids;
}

/**
 * Two durations can describe the same phase unless they are tied to different versions or to
 * different proposals, or each fits the registered length of a different proposal on the table:
 * then they are two truces, each told right.
 */
function comparable(a: PhaseDuration, b: PhaseDuration, byLength: ReadonlyMap<number, ReadonlySet<string>>): boolean {
  // A party's counter-proposal and the framework it answers are two sets of terms.
  if ((a.counter ?? "") !== (b.counter ?? "")) return false;
  if (byLength.size > 1) {
    const x = proposalsFitting(a.mention, byLength);
    const y = proposalsFitting(b.mention, byLength);
    if (x.size > 0 && y.size > 0 && ![...x].some((id) => y.has(id))) return false;
  }
  if (a.context.versions && b.context.versions && !a.context.versions.some((v) => b.context.versions!.includes(v))) return false;
  // A story names a handful of proposals at most: a nested scan is cheaper than building an id set.
  // One tied by its own words (the proposals' name or month: "the ceasefire that took effect in
  // January") to proposals the other's are none of: two truces.
  if ((a.context.byName || a.context.byMonth || b.context.byName || b.context.byMonth) && a.context.proposals.length > 0 && b.context.proposals.length > 0 && !b.context.proposals.some((p) => a.context.proposals.some((q) => q.id === p.id))) return false;
  return true;
}

function registeredPhases(entry: PhaseDuration, phase: number): PhaseClaim[] {
  return entry.context.proposals.flatMap((p) => p.phases.filter((c) => c.index === phase && c.durationDays !== undefined));
}

function lengths(registered: readonly PhaseClaim[]): number[] {
  return [...new Set(registered.map((c) => c.durationDays!))].sort((a, b) => a - b);
}

/** "Sources differ on phase 1: 40 days (The Times of Israel, Anadolu Agency) vs 42 days (Hamas)", when the registered lengths differ. */
function contested(registry: Registry, registered: readonly PhaseClaim[], phase: number): string | undefined {
  const values = lengths(registered);
  if (values.length < 2) return undefined;
  return messages.contestedDuration(
    phaseWords(phase)!,
    values
      .map((v) => {
        const names = [...new Set(registered.filter((c) => c.durationDays === v).flatMap((c) => c.citations.map((x) => registry.source(x.source)?.name ?? x.source)))];
        return `${formatDays({ min: v, max: v })} (${names.join(", ")})`;
      })
      .join(" vs "),
  );
}
