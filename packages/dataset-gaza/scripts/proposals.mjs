// Ceasefire proposals of May 2024 to October 2025, from data/proposals.json: each fact there is
// written in our own words and carries the URL, publisher and date of the report it was checked
// against. Every phase claim cites the facts it is made of; a proposal's "in-effect" and
// "endorsed" facts become events, and an "ended" fact gives the "in-effect" event of the same id its end. A proposal with no "phases" fact (the 20-point plan of
// September 2025 names no number of phases) has phase claims without a count.

/** @typedef {import("@factmark/core").ClaimInput} ClaimInput */
/** @typedef {import("@factmark/core").SourceInput} SourceInput */

import { readFileSync } from "node:fs";
import { GAZA_WAR } from "./world.mjs";

/**
 * @typedef {{ says: "announced" | "endorsed" | "accepted" | "in-effect" | "ended" | "phases" | "phase-1-days" | "phase-1-term", value?: number, date?: string,
 *   version?: string, event?: string, text: string, source: string, url: string, published: string, title?: string }} ProposalFact
 * @typedef {{ id: string, title: string, proposers: string[], date: string, status: "proposed" | "accepted" | "in-force", facts: ProposalFact[] }} ProposalRecord
 * @typedef {{ sources: SourceInput[], proposals: ProposalRecord[] }} ProposalData
 */

const FACT_KINDS = new Set(["announced", "endorsed", "accepted", "in-effect", "ended", "phases", "phase-1-days", "phase-1-term"]);

/**
 * Reads and checks data/proposals.json; throws naming the proposal and fact that is wrong.
 *
 * @param {unknown} data
 * @returns {ProposalData}
 */
export function readProposalData(data) {
  const where = "packages/dataset-gaza/data/proposals.json";
  if (!data || typeof data !== "object" || !Array.isArray(/** @type {any} */ (data).proposals) || !Array.isArray(/** @type {any} */ (data).sources)) {
    throw new Error(`${where}: expected an object with "sources" and "proposals" arrays`);
  }
  const { proposals, sources } = /** @type {ProposalData} */ (data);
  const sourceIds = new Set(sources.map((s) => s.id));
  for (const p of proposals) {
    p.facts.forEach((f, i) => {
      const at = `${where}: proposal "${p.id}", fact ${i + 1} (${f.says})`;
      if (!FACT_KINDS.has(f.says)) throw new Error(`${at}: unknown "says"; expected one of ${[...FACT_KINDS].join(", ")}`);
      if (!/^https:\/\//.test(f.url ?? "")) throw new Error(`${at}: needs a source "url" (https://…), for example "https://example.org/report"`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(f.published ?? "")) throw new Error(`${at}: needs a "published" date (YYYY-MM-DD), got ${JSON.stringify(f.published)}`);
      if (!f.text) throw new Error(`${at}: needs a "text" saying the fact in our own words`);
      if (!sourceIds.has(f.source) && !EXISTING_SOURCES.has(f.source)) throw new Error(`${at}: source "${f.source}" is neither in the file's "sources" nor a dataset source`);
      if ((f.says === "phases" || f.says === "phase-1-days") && !(typeof f.value === "number" && f.value > 0)) throw new Error(`${at}: needs a positive "value"`);
      if ((f.says === "announced" || f.says === "endorsed" || f.says === "accepted" || f.says === "in-effect" || f.says === "ended") && !/^\d{4}-\d{2}-\d{2}$/.test(f.date ?? "")) {
        throw new Error(`${at}: needs the "date" it happened (YYYY-MM-DD)`);
      }
      if ((f.says === "in-effect" || f.says === "endorsed" || f.says === "ended") && !f.event) throw new Error(`${at}: needs the "event" id it registers, for example "ceasefire-2025-01"`);
      if (f.says === "ended") {
        const start = p.facts.find((g) => g.says === "in-effect" && g.event === f.event);
        if (!start) throw new Error(`${at}: ends event "${f.event}", which no "in-effect" fact of the proposal registers`);
        if (/** @type {string} */ (f.date) < /** @type {string} */ (start.date)) throw new Error(`${at}: ends on ${f.date}, before the event took effect on ${start.date}`);
      }
    });
  }
  return { proposals, sources };
}

/** Sources the dataset already defines (sources.mjs) that the proposal facts may cite. */
const EXISTING_SOURCES = new Set(["un", "afp", "anadolu", "times-of-israel", "hamas", "al-qahera-news"]);

/** @param {ProposalFact} f */
function citationOf(f) {
  return { source: f.source, published: f.published, url: f.url, ...(f.title ? { title: f.title } : {}) };
}

/** @param {ProposalFact[]} facts */
function citationsOf(facts) {
  /** @type {Map<string, ReturnType<typeof citationOf>>} */
  const byUrl = new Map();
  for (const f of facts) if (!byUrl.has(f.url)) byUrl.set(f.url, citationOf(f));
  return [...byUrl.values()];
}

/**
 * The phase claims and events of the proposals: per version (facts without a version are the
 * proposal's first text), phase 1 with its length, its count of phases and its terms.
 *
 * @param {ProposalData} data
 * @returns {ClaimInput[]}
 */
export function proposalClaims(data) {
  /** @type {ClaimInput[]} */
  const claims = [];
  for (const p of data.proposals) {
    const versions = [...new Set(p.facts.map((f) => f.version))];
    for (const version of versions) {
      const facts = p.facts.filter((f) => f.version === version);
      const days = facts.find((f) => f.says === "phase-1-days");
      const phases = facts.find((f) => f.says === "phases");
      const terms = facts.filter((f) => f.says === "phase-1-term");
      const dated = facts.find((f) => f.says === "accepted") ?? p.facts.find((f) => f.says === "announced");
      const date = dated?.date ?? p.date;
      if (!days && !phases) continue;
      claims.push({
        kind: "phase",
        id: `phase:${p.id}${version ? `:${version}` : ""}:1`,
        asOf: date,
        proposal: {
          id: p.id,
          ...(version ? { version } : {}),
          date,
          proposers: p.proposers,
          status: p.status,
          title: p.title,
          conflict: GAZA_WAR,
        },
        index: 1,
        ...(phases ? { of: phases.value } : {}),
        ...(days ? { durationDays: days.value } : {}),
        terms: terms.map((f) => f.text),
        citations: citationsOf([...(days ? [days] : []), ...(phases ? [phases] : []), ...terms]),
        note: [days, phases].filter(Boolean).map((f) => /** @type {ProposalFact} */ (f).text).join(" "),
      });
    }
    for (const f of p.facts) {
      if (f.says !== "in-effect" && f.says !== "endorsed") continue;
      const event = /** @type {string} */ (f.event);
      const ended = f.says === "in-effect" ? p.facts.find((g) => g.says === "ended" && g.event === event) : undefined;
      claims.push({
        kind: "event",
        id: `event:${event}`,
        event,
        conflict: GAZA_WAR,
        title: f.text,
        date: /** @type {string} */ (f.date),
        ...(ended ? { end: /** @type {string} */ (ended.date) } : {}),
        place: "gaza",
        asOf: /** @type {string} */ (f.date),
        citations: ended ? citationsOf([f, ended]) : [citationOf(f)],
      });
    }
  }
  return claims;
}

const data = readProposalData(JSON.parse(readFileSync(new URL("../data/proposals.json", import.meta.url), "utf8")));

/** The sources the proposal facts cite that the dataset did not have. */
export const PROPOSAL_SOURCES = data.sources;

/** Every claim registered from data/proposals.json. */
export const PROPOSAL_CLAIMS = proposalClaims(data);
