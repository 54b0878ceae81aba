import { type ClassificationClaim, type Evidence, type Fix, type PositionClaim, type Registry, formatDate, isValidIsoDate } from "@factmark/core";
import type { EditorFinding } from "./plugin.js";
import { labels } from "./messages.js";

// Core's rules carry the fixes that follow from a figure (update it, cite it, recompute an
// elapsed time). The editor adds the rewrites that need the registry's words about people and
// proposals, which a careful editor would make by hand: credit the body that really said it, or
// give the registered number of phases.

const VERB = /^(.*?)\b(?:has|have|had)?\s*(?:officially\s+)?(?:declared|declares|declare|announced|announces|said|says|stated|states)\b(?:\s+that)?/i;
const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/**
 * The fixes of a finding: core's own, then the rewrites the plugin can make from the registry
 * (`misattributed-claim`: the statement credited to who really made it, with its date;
 * `phase-count-mismatch`: the registered number of phases, in the story's style). Positions are
 * document positions, like the finding's. Never throws: a claim missing from `registry` gives no
 * rewrite.
 */
export function fixesOf(finding: EditorFinding, registry: Registry | undefined): readonly Fix[] {
  if (!registry || finding.fixes.length > 0) return finding.fixes;
  if (finding.ruleId === "misattributed-claim") return misattributionFixes(finding, registry);
  if (finding.ruleId === "phase-count-mismatch") return phaseCountFixes(finding, registry);
  return finding.fixes;
}

function misattributionFixes(finding: EditorFinding, registry: Registry): Fix[] {
  const fixes: Fix[] = [];
  const verb = VERB.exec(finding.text);
  const capital = /^[A-Z]/.test(finding.text);
  const claims = finding.evidence.map((e) => registry.claim(e.claimId));
  // A remark by a named person: credit that person, in the role they spoke in, on the day they spoke.
  for (const claim of claims) {
    if (claim?.kind !== "position" || claim.official || !verb) continue;
    const credit = remarkCredit(claim, registry);
    const rest = finding.text.slice(verb[0].length).replace(/^\s+/, "");
    const text = `${cased(credit, capital)} said on ${formatDate(claim.asOf)} that there is ${rest}`;
    fixes.push({ kind: "replace", label: labels.fixCredit(credit, formatDate(claim.asOf)), from: finding.from, to: finding.to, text });
  }
  // Classifications: one rewrite per issuer and date, naming every area it covered.
  const byIssue = new Map<string, ClassificationClaim[]>();
  for (const claim of claims) {
    if (claim?.kind !== "classification") continue;
    const key = `${claim.issuer}\n${claim.asOf}\n${claim.projection}`;
    byIssue.set(key, [...(byIssue.get(key) ?? []), claim]);
  }
  for (const group of byIssue.values()) {
    const first = group[0]!;
    const issuer = `the ${registry.source(first.issuer)?.name ?? registry.actor(first.issuer)?.name ?? first.issuer}`;
    const areas = group.map((c) => registry.place(c.area)?.name ?? c.area);
    const verbText = first.projection === "projected" ? "projected" : "classified";
    const what = first.phase === 5 ? "famine" : `phase ${first.phase}`;
    const where = areas.length > 1 ? `${areas.slice(0, -1).join(", ")} and ${areas.at(-1)}` : areas[0];
    const text = `${cased(issuer, capital)} ${verbText} on ${formatDate(first.asOf)} ${first.projection === "projected" ? `${what} in ${where}` : `${where} as in ${what}`}`;
    fixes.push({ kind: "replace", label: labels.fixCredit(issuer, formatDate(first.asOf)), from: finding.from, to: finding.to, text });
  }
  return fixes;
}

/** "the World Food Programme's executive director, Cindy McCain" from the claim's speaker and actor. */
function remarkCredit(claim: PositionClaim, registry: Registry): string {
  const actor = registry.actor(claim.actor)?.name ?? claim.actor;
  const speaker = claim.speaker;
  const role = speaker?.role?.split(",")[0]?.trim().toLowerCase();
  if (role && speaker?.name) return `the ${actor}'s ${role}, ${speaker.name},`;
  if (speaker?.name) return `${speaker.name} of the ${actor}`;
  return `the ${actor}`;
}

function phaseCountFixes(finding: EditorFinding, registry: Registry): Fix[] {
  const counts = new Set<number>();
  for (const evidence of finding.evidence) {
    const claim = registry.claim(evidence.claimId);
    if (claim?.kind === "phase" && claim.of !== undefined) counts.add(claim.of);
  }
  if (counts.size !== 1) return [];
  const count = [...counts][0]!;
  const match = /\d+|[a-z]+/i.exec(finding.text);
  if (!match) return [];
  const word = match[0];
  const number = /^\d+$/.test(word) ? String(count) : cased(NUMBER_WORDS[count] ?? String(count), /^[A-Z]/.test(word));
  const text = finding.text.slice(0, match.index) + number + finding.text.slice(match.index + word.length);
  return [{ kind: "replace", label: labels.fixPhaseCount(text), from: finding.from, to: finding.to, text }];
}

function cased(text: string, capital: boolean): string {
  return capital ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

// A data file or an API answer is for programs: a reader is sent to the source's own page instead.
const DATA_URL = /\.(?:json|ndjson|csv|tsv|xml)(?:[?#]|$)|\/api\//i;

/**
 * The address a writer or reader can open for a citation or a piece of evidence: `url` when it is
 * a web page, else the page of source `sourceId` in `registry` (a dataset's API address is not a
 * page). Undefined when neither is an http(s) page.
 */
export function readerUrl(url: string | undefined, sourceId: string, registry: Registry | undefined): string | undefined {
  const page = (candidate: string | undefined) => (candidate && /^https?:\/\//i.test(candidate) && !DATA_URL.test(candidate) ? candidate : undefined);
  return page(url) ?? page(registry?.source(sourceId)?.url);
}

const ISO_DATE = /\b(\d{4}-\d{2}-\d{2})\b/g;

/**
 * An evidence line as the card shows it to the writer: core's sentence (which names a proposal's
 * version by its date, never by its id), with any date in the day-month-year style of the rest of
 * the card. The claim's id stays out of the text (the card keeps it in `data-claim-id`).
 */
export function evidenceText(evidence: Evidence): string {
  return evidence.label.replace(ISO_DATE, (iso) => (isValidIsoDate(iso) ? formatDate(iso) : iso));
}
