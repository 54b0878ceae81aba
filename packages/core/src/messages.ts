import type { Claim } from "./claim.js";
import { formatDate, isValidIsoDate } from "./dates.js";
import { INCIDENT_MEASURES } from "./lexicon.js";

// Every sentence factmark shows people is built here, so a newsroom can translate or re-word
// them in one place.

const MEASURE_WORDS: Record<string, string> = {
  killed: "killed",
  injured: "injured",
  missing: "missing",
  "held-hostage": "held hostage",
  released: "released",
  detained: "detained",
  displaced: "displaced",
  sheltering: "sheltering",
  "starvation-deaths": "dead of starvation",
  attacks: "attacks",
};

/** What a count counts, in words: "children killed", "attacks by settlers". */
export function countedWords(group: string, measure: string): string {
  return INCIDENT_MEASURES.has(measure) ? `${measureWords(measure)} by ${group}` : `${group} ${measureWords(measure)}`;
}

/** How a sentence names a source: "The Times of Israel" → "the Times of Israel", "OCHA" → "OCHA", "Gaza Ministry of Health" → "the Gaza Ministry of Health". */
export function sourceReference(name: string): string {
  if (/^the\s/i.test(name)) return `the ${name.slice(4)}`;
  if (/^[A-Z0-9.]{2,}\b/.test(name) || /^[A-Z][a-z]+$/.test(name)) return name;
  return `the ${name}`;
}

let countFormat: Intl.NumberFormat | undefined;

/**
 * Formats a count for people: 34654 → "34,654", 1.25 → "1.3". It writes what
 * `Intl.NumberFormat("en-US", { maximumFractionDigits: 1 })` writes: digits grouped by threes, at
 * most one decimal, rounded half away from zero on the shortest decimal that reads back as the
 * number. By hand, because building that formatter loads ICU's locale data, some 20 ms of every
 * command's start; the formatter is built only for a number written with an exponent (1e21 and
 * above, or below 1e-6).
 */
export function formatCount(value: number): string {
  const text = String(Math.abs(value));
  if (!/^\d+(\.\d+)?$/.test(text)) {
    countFormat ??= new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
    return countFormat.format(value);
  }
  const dot = text.indexOf(".");
  const whole = dot < 0 ? text : text.slice(0, dot);
  const fraction = dot < 0 ? "" : text.slice(dot + 1);
  // The number in tenths, as digits, rounded on the hundredths digit.
  let tenths = BigInt(whole + (fraction[0] ?? "0"));
  if ((fraction[1] ?? "0") >= "5") tenths += 1n;
  const digits = tenths.toString().padStart(2, "0");
  const units = digits.slice(0, -1).replace(/\B(?=(\d{3})+$)/g, ",");
  const tenth = digits.slice(-1);
  return `${value < 0 || Object.is(value, -0) ? "-" : ""}${units}${tenth === "0" ? "" : `.${tenth}`}`;
}

/** Words for a measure ("held hostage"). */
export function measureWords(measure: string): string {
  return MEASURE_WORDS[measure] ?? measure.replace(/-/g, " ");
}

/**
 * One plain sentence saying what a claim's source reported: "the Gaza Ministry of Health reported
 * 37,431 killed on 20 June 2024". For a position, `actorName` names who took it.
 */
/** The day a proposal's version is dated: its own date, else a date in its id ("hamas-accepted-2024-05-06"). */
function versionDay(version: string, date: string | undefined): string | undefined {
  const day = date ?? /\d{4}-\d{2}-\d{2}/.exec(version)?.[0];
  return day && isValidIsoDate(day) ? day : undefined;
}

/**
 * A proposal's version as a reader names it: by its date ("the version of 6 May 2024"), else by
 * the words of its id ("the hamas published version"); ids stay in the evidence's claim ids.
 */
export function versionName(version: string, date: string | undefined): string {
  const day = versionDay(version, date);
  return day ? `the version of ${formatDate(day)}` : `the ${version.replace(/[-_]+/g, " ")} version`;
}

/**
 * The version an evidence line names after its length: by its date (" (the version of 6 May
 * 2024)"). A version with no date has no name a writer would know: the source that gave it, named
 * first in the line, tells it apart.
 */
function versionAside(version: string | undefined, date: string | undefined): string {
  return version && versionDay(version, date) ? ` (${versionName(version, date)})` : "";
}

export function describeEvidence(claim: Claim, sourceName: string, actorName?: string): string {
  switch (claim.kind) {
    case "casualty": {
      const q = claim.quantity;
      const amount = q.value !== undefined ? formatCount(q.value) : `${formatCount(q.low ?? 0)}–${formatCount(q.high ?? 0)}`;
      const hedge = q.qualifier === "about" ? "about " : q.qualifier === "over" ? "over " : q.qualifier === "at-least" ? "at least " : "";
      return `${sourceName} reported ${hedge}${amount} ${measureWords(claim.measure)} on ${formatDate(claim.asOf)}`;
    }
    case "phase":
      return `${sourceName} gave phase ${claim.index}${claim.of !== undefined ? ` of ${claim.of}` : ""}${claim.durationDays !== undefined ? ` as ${formatDays({ min: claim.durationDays, max: claim.durationDays })}` : ""}${versionAside(claim.proposal.version, claim.proposal.date)}, ${formatDate(claim.asOf)}`;
    case "position": {
      const who = actorName ?? sourceName;
      const speaker = claim.speaker?.name ? ` (${claim.speaker.name}${claim.speaker.role ? `, ${claim.speaker.role}` : ""})` : claim.speaker?.role ? ` (${claim.speaker.onRecord ? "" : "an unnamed "}${claim.speaker.role})` : "";
      const via = actorName && sourceReference(actorName) !== sourceName ? `, per ${sourceName}` : "";
      return `${who}${speaker}, ${formatDate(claim.asOf)}${via}: ${claim.statement.replace(/\.$/, "")}${claim.official ? "" : " (a remark, not an official act)"}`;
    }
    case "event":
      return `${sourceName}: ${claim.title} on ${formatDate(claim.date)}`;
    case "classification":
      return `${sourceName}: IPC phase ${claim.phase}${claim.label ? ` (${claim.label})` : ""}, ${claim.projection}, in ${claim.area}, ${formatDate(claim.asOf)}`;
  }
}

/** Messages by rule id. */
export const messages = {
  unsourcedFigure: (text: string, suggestion?: string) =>
    `“${text}” has no source in its sentence or paragraph: say whose count it is${suggestion ? ` (for example ${suggestion})` : ""}.`,
  partyClaim: (text: string, source: string) =>
    `“${text}” is a party's claim: ${source}, a party to the conflict, gives this figure, and no independent body verifies it.`,
  figureMismatch: (text: string, evidence: string, date: string) =>
    `“${text}” cannot be true on ${formatDate(date)}: ${evidence}, and no earlier report fits this figure.`,
  figureAhead: (text: string, evidence: string, date: string) =>
    `“${text}” does not fit the count on ${formatDate(date)}: ${evidence}.`,
  beyondData: (ends: readonly { series: string; date: string }[]) =>
    `The registry has no reports ${ends.map((e) => `in “${e.series}” after ${formatDate(e.date)}`).join(", nor ")}: figures about ${ends.length === 1 ? "it" : "them"} on this story's date are not checked.`,
  outdatedFigure: (text: string, lastTrue: string, evidence: string) =>
    `“${text}” is outdated: it was last true on ${formatDate(lastTrue)}, and ${evidence}.`,
  inconsistentDuration: (text: string, days: string, other: string, otherDays: string, phase: string | undefined, contested?: string) =>
    `“${text}” (${days}) and “${other}” (${otherDays}) describe the same ${phase ?? "period"} differently.${contested ? ` ${contested}` : ""}`,
  eachAgainstWhole: (text: string, days: string, phases: number, total: string, whole: string, wholeDays: string) =>
    `“${text}” (${days}) each over ${phases} phases makes ${total}, but the story gives the whole deal as “${whole}” (${wholeDays}).`,
  inconsistentWindow: (text: string, days: string, other: string, otherDays: string) =>
    `“${text}” (${days}) and “${other}” (${otherDays}) give the same deadline differently.`,
  inconsistentExtension: (text: string, days: string, other: string, otherDays: string) =>
    `“${text}” (${days}) and “${other}” (${otherDays}) describe the same extension differently.`,
  durationAgainstRegistry: (text: string, days: string, phase: string, registered: string) =>
    `“${text}” (${days}) does not match the registered length of ${phase}: ${registered}.`,
  durationAgainstProposal: (text: string, days: string, phase: string, proposal: string, registered: string) =>
    `“${text}” (${days}) does not match the registered length of ${phase} of ${proposal}: ${registered}.`,
  contestedDuration: (phase: string, versions: string) => `Sources differ on ${phase}: ${versions}; name the version you mean.`,
  inconsistentElapsed: (text: string, start: string, date: string, actual: string) =>
    `“${text}” does not fit the dates: the war began on ${formatDate(start)}, so on ${formatDate(date)} it had lasted ${actual}.`,
  inconsistentElapsedSince: (text: string, start: string, date: string, actual: string) =>
    `“${text}” does not fit the dates: its sentence says it began on ${formatDate(start)}, so on ${formatDate(date)} it had lasted ${actual}.`,
  inconsistentTruceAge: (text: string, start: string, date: string, actual: string) =>
    `“${text}” does not fit the dates: the truce took effect on ${formatDate(start)}, so on ${formatDate(date)} it had held ${actual}.`,
  phaseCountStory: (text: string, count: number, highest: number) =>
    `“${text}” says ${count} phases, but the story describes phase ${highest}.`,
  phaseCountOther: (text: string, count: number, other: string, otherCount: number) =>
    `“${text}” says ${count} phases, but the story gave the deal ${otherCount} (“${other}”).`,
  phaseCountRegistry: (text: string, count: number, registered: number, proposal: string) =>
    `“${text}” says ${count} phases; ${proposal} has ${registered}.`,
  unattributedPosition: (actor: string, text: string) =>
    `${capitalize(sourceReference(actor))}'s stance (“${text}”) is stated with no source: ${sourceReference(actor)} is a party to the conflict, so say who said so, and when.`,
  unattributedCharge: (actor: string, text: string) =>
    `The charge that ${sourceReference(actor)} broke an agreement (“${text}”) is stated with no source: it is the other side's claim, so say who makes it, and when.`,
  anonymousSource: (text: string, party: string | undefined) =>
    `This rests only on an anonymous source (“${text}”)${party ? `, who speaks for ${sourceReference(party)}, a party to the conflict` : ""}: say why anonymity was granted, or find an on-the-record source.`,
  misattributedClaim: (body: string, text: string, actual: string) => `“${text}” credits ${sourceReference(body)}, but ${actual}.`,
  misattributedDeclaration: (evidence: string) => `the registry holds no such declaration by it; what it holds is: ${evidence}`,
  misattributedQuote: (quote: string, evidence: string) => `the registry has “${quote}” from someone else: ${evidence}`,
  remarkReference: (actor: string, official: boolean, date: string) => `${sourceReference(actor)}'s ${official ? "statement" : "remark"} of ${formatDate(date)}`,
  classificationSummary: (issuer: string, label: string, projection: string, areas: readonly string[], date: string) =>
    `${sourceReference(issuer)} classified ${areas.map(areaName).join(" and ")} as ${label}${label.toLowerCase().includes(projection.toLowerCase()) ? "" : ` (${projection})`} on ${formatDate(date)}`,
  outdatedPosition: (actor: string, text: string, newer: string) => `${capitalize(sourceReference(actor))}'s position (“${text}”) has changed since: ${newer}.`,
  durationAgainstVersion: (text: string, days: string, phase: string, version: string, registered: string) =>
    `“${text}” (${days}) does not match the registered length of ${phase} in the version it names (${version}): ${registered}.`,
  fixUpdateFigure: (replacement: string, sourceName: string, date: string) => `Update to “${replacement}” (${sourceName}, ${formatDate(date)})`,
  fixCite: (sourceName: string, date: string) => `Cite ${sourceName} (${formatDate(date)})`,
  fixElapsed: (replacement: string) => `Change to “${replacement}”`,
  /** The words a cite fix adds to a sentence where no link can carry the citation: ", according to the Gaza Ministry of Health". */
  citeInText: (sourceName: string) => `, according to ${sourceReference(sourceName)}`,
};

/** The text with its first letter in capitals ("the United Nations" → "The United Nations"). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "phase 1" / "the first phase" wording. */
export function phaseWords(index: number | undefined): string | undefined {
  return index === undefined ? undefined : `phase ${index}`;
}

/** Days for people: 42 → "42 days", 1 → "1 day", 1.25 → "30 hours"; a range → "28–31 days". */
export function formatDays(days: { min: number; max: number }): string {
  // Under two days, a length in whole hours reads as hours ("30 hours", not "1.3 days").
  const hours = [days.min * 24, days.max * 24];
  if (days.max < 2 && hours.every((h) => Number.isInteger(h)) && !(Number.isInteger(days.min) && Number.isInteger(days.max))) {
    return days.min === days.max ? `${hours[0]} hours` : `${hours[0]}–${hours[1]} hours`;
  }
  const f = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
  if (days.min === days.max) return `${f(days.min)} ${days.min === 1 ? "day" : "days"}`;
  return `${f(days.min)}–${f(days.max)} days`;
}

/** An area id as people write it: "north-gaza" → "North Gaza". */
function areaName(id: string): string {
  return id
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(" ");
}
