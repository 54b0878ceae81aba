#!/usr/bin/env node
// truth.mjs — the record the real-copy suite is annotated against.
//
// What it is for: the writers of eval/real-copy compute every Gaza / West Bank / Lebanon / Ukraine figure's
// registered value with this script, for the story's date, BEFORE annotating it. It reads the
// shared data (../../../shared/data from this file, or $FACTMARK_SHARED_DATA) and knows nothing of
// factmark's code. Dependency-free Node ESM.
//
// Every published version is kept: several bodies on one day (Gaza MoH vs Government Media
// Office), OCHA flash vs OCHA verified (West Bank), Lebanon MoPH "as published" (per phase, the
// count restarted on 2 Mar 2026) vs the continuous count, and every value TFP first showed for a
// row before a later revision (casualties_daily_revisions.json). ext_* (carried-forward) values are
// never reports.
//
// How qualifiers are read (tight, as the README's format says). The rounding step of a written figure X
// (d = the number of digits of X):
//   grid(X)  = the place value of X's last non-zero digit, times 5 when that digit is a 5
//              (34,000 -> 1,000; 34,500 -> 500; 1,250 -> 50; 40,000 -> 10,000; 400 -> 100)
//   step(X)  = grid(X), kept between two bounds:
//              - at most 10^(d-2) from 10,000 up (a writer keeps two significant figures: at 46,000
//                killed one writes "more than 46,000", not "more than 40,000"), and at most 10^(d-1)
//                below 10,000 (one significant figure is normal there: "more than 400" at 414,
//                "more than 2,000" at 2,169; this also stops 500 from getting a step of 500);
//              - at least 10^(d-3) (three significant figures: "at least 34,654" is read at the
//                hundreds, not the units).
//   near(X)  = min(step(X), X / 10): the band of "nearly" and "about" (never wider than 10% of X).
//   Examples, step: 34,000 -> 1,000 | 34,500 -> 500 | 30,500 -> 500 | 1,200 -> 100 | 40,000 -> 1,000
//             15,000 -> 1,000 | 100,000 -> 10,000 | 9,000 -> 1,000 | 1,000 -> 1,000 | 1,500 -> 500
//             500 -> 100 | 400 -> 100 | 34,654 -> 100 | 1,108 -> 10 | 480 -> 10 | 77 -> 1
//   Examples, near: 35,000 -> 1,000 | 1,000 -> 100 | 500 -> 50 | 8,000 -> 800 | 73,500 -> 500
// fits(q, X, v):
//   exact ("climbs to", "rose to", plain):          v == X
//   over / more than / in excess of:                X < v < X + step
//   nearly / almost / close to / nears / nearing:   X - near <= v < X
//   about / around / some / approximately / roughly / an estimated:  |v - X| <= near / 2
//   at least / tops / passes / exceeds / surpassed / crossed / topped / passed (floors and
//   comparative verbs):                             v >= X      (loose; see judge for staleness)
//   up to / at most / no more than / as many as:    v <= X
//   fewer than / less than / under / below:         v < X
// judge(id, q, X, date, body?): the reports a figure may rest on at `date` are, for each body,
// every report that was in effect at some moment of the interval [date - 7 days, date] (the one
// in effect on the date, plus those superseded less than 7 days before it). Then:
//   "true"        some of those fits (a floor/comparative must be tight: X <= v < X + step, i.e.
//                 the series has not passed the next rounding step a writer would now use);
//   "outdated"    none does, but an earlier report on or before the date fits (loosely);
//   "never-true"  no report on or before the date fits;
//   "not-covered" the date is past the series' last report by more than its reporting interval
//                 (7 days, or the median gap of its last 10 reports when longer), or before its first.
// `body` (optional) is a case-insensitive substring of a report's body or version: "Ministry of
// Health", "Media Office", "flash", "verified", "Public Health", "phase 2", "continuous", "as first
// published". It restricts the judgement to what the story attributes the figure to. Without it,
// every body and version counts. Caveats: the script cannot read a sentence's period ("since
// March 2" vs "since October 2023" in Lebanon): pass "phase 2" or "continuous" when it matters.
// TFP's Oct-Dec 2023 backfill revisions are filed under "Gaza Ministry of Health / Government Media
// Office (TFP backfill)", because TFP did not record which of the two published them.
// Ukraine (shared/data/ukraine/README.md), series ua-*: OHCHR/HRMMU cumulative civilians and
// children killed / injured since 24 Feb 2022 from un_civilian_harm_and_refugees_DERIVED.csv (every
// row of kind `cumulative`: feed values, superseded feed values (revised: true) and figures
// transcribed from pages, each with its reported_by in `version`), dated by period_end, else by
// stated_on, else by the dated update or briefing the row's note or source says it belongs to
// (UA_UNDATED below); UNHCR refugees recorded across Europe (stock; same file, to 2024-02-15); and
// Russian personnel losses as claimed by Ukraine's General Staff (a party to the war; unverified),
// daily, from russia_losses_personnel.json, plus the values PIV first showed and later corrected
// (the README's revision history; revised: true). Reporting interval: 45 days for the UN series
// (OHCHR/HRMMU updates are about monthly; UNHCR's portal monthly from 2024), 7 days for the General
// Staff's daily series: a report stays citable while it was in effect within that many days of
// the story's date (see intervalDays).
// Sanity (shared/data/README.md): `node truth.mjs gaza-killed 2024-05-04` -> 34,654;
// `node truth.mjs first gaza-killed over 34000` -> fits 2024-04-19 (34,012) .. 2024-05-11 (34,971).
// Ukraine sanity (shared/data/ukraine/README.md): `node truth.mjs first ua-civilians-killed over 12000`
// -> fits 2024-10-31 (12,162, HRMMU end-October update) .. 2025-03-31 (12,910); 13,279 (29 May 2025)
// no longer fits.
//
// CLI:
//   node truth.mjs list
//   node truth.mjs <id> <date>                          report in effect and the previous few
//   node truth.mjs judge <id> <qualifier> <n> <date> [body]
//   node truth.mjs first <id> <qualifier> <n> [body]     when the figure first and last fitted
//   node truth.mjs step <n>                              the rounding step of a written figure

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const DATA_DIR = process.env.FACTMARK_SHARED_DATA
  ? path.resolve(process.env.FACTMARK_SHARED_DATA)
  : fileURLToPath(new URL('../../../shared/data/', import.meta.url));

const readJson = (f) => JSON.parse(readFileSync(path.join(DATA_DIR, f), 'utf8'));

const GAZA_BODY = { mohtel: 'Gaza Ministry of Health', gmotel: 'Gaza Government Media Office', missing: 'unattributed (TFP: source missing)', unocha: 'UN OCHA' };

export const SERIES = {
  'gaza-killed': 'Palestinians killed in Gaza since 7 Oct 2023, cumulative (Gaza MoH; GMO on some days) — casualties_daily.json killed_cum',
  'gaza-injured': 'Palestinians injured in Gaza, cumulative (Gaza MoH / GMO) — injured_cum',
  'gaza-children-killed': 'children killed in Gaza, cumulative, on the days published — killed_children_cum',
  'gaza-women-killed': 'women killed in Gaza, cumulative, on the days published — killed_women_cum',
  'gaza-medics-killed': 'medical personnel killed in Gaza, cumulative — med_killed_cum',
  'gaza-press-killed': 'journalists killed in Gaza, cumulative — press_killed_cum',
  'gaza-civdef-killed': 'civil defence personnel killed in Gaza, cumulative — civdef_killed_cum',
  'gaza-famine-deaths': 'deaths from famine and malnutrition in Gaza, cumulative (from Jul 2025) — famine_cum',
  'gaza-child-famine-deaths': 'children dead from famine and malnutrition in Gaza, cumulative — child_famine_cum',
  'gaza-aid-seekers-killed': 'people killed while seeking aid in Gaza, cumulative (from Jun 2025) — aid_seeker_killed_cum',
  'wb-killed': 'Palestinians killed in the West Bank (incl. East Jerusalem) since 7 Oct 2023 — OCHA flash (flash_source un) and OCHA verified',
  'wb-injured': 'Palestinians injured in the West Bank since 7 Oct 2023 — OCHA flash and verified',
  'wb-children-killed': 'Palestinian children killed in the West Bank since 7 Oct 2023 — OCHA flash and verified',
  'wb-settler-attacks': 'settler attacks in the West Bank since 7 Oct 2023 (incidents, not people) — OCHA flash',
  'lebanon-killed': 'people killed in Lebanon — MoPH as published for its phase (count restarted 2 Mar 2026) and the continuous count since 8 Oct 2023',
  'lebanon-injured': 'people injured in Lebanon — MoPH as published for its phase and the continuous count',
  'israel-soldiers-gaza': 'Israeli soldiers killed in or near Gaza since the ground operation, cumulative (IDF figures relayed by OCHA; 360info) — israel-killed.csv',
  'ua-civilians-killed': 'civilians killed in Ukraine since 24 Feb 2022, cumulative, as counted by OHCHR/HRMMU (a floor) — every published version (feed, superseded, pages) — ukraine/un_civilian_harm_and_refugees_DERIVED.csv civilians_killed',
  'ua-civilians-injured': 'civilians injured in Ukraine since 24 Feb 2022, cumulative, OHCHR/HRMMU, every published version — civilians_injured',
  'ua-children-killed': 'children killed in Ukraine since 24 Feb 2022, cumulative, OHCHR/HRMMU (page figures, 2022-2026) — children_killed',
  'ua-children-injured': 'children injured in Ukraine since 24 Feb 2022, cumulative, OHCHR/HRMMU (page figures, 2023-2026) — children_injured',
  'ua-refugees-europe': 'refugees from Ukraine recorded across Europe, UNHCR (stock, 2022-04-25 .. 2024-02-15, with superseded values) — refugees_from_ukraine_recorded_in_europe',
  'ua-gs-russian-personnel': "Russian personnel losses as claimed by Ukraine's General Staff (a party to the war; unverified), cumulative, daily — ukraine/russia_losses_personnel.json",
};

const GAZA_FIELD = {
  'gaza-killed': 'killed_cum', 'gaza-injured': 'injured_cum', 'gaza-children-killed': 'killed_children_cum',
  'gaza-women-killed': 'killed_women_cum', 'gaza-medics-killed': 'med_killed_cum', 'gaza-press-killed': 'press_killed_cum',
  'gaza-civdef-killed': 'civdef_killed_cum', 'gaza-famine-deaths': 'famine_cum', 'gaza-child-famine-deaths': 'child_famine_cum',
  'gaza-aid-seekers-killed': 'aid_seeker_killed_cum',
};
const WB_FIELD = {
  'wb-killed': ['killed_cum', 'killed_cum'], 'wb-injured': ['injured_cum', 'injured_cum'],
  'wb-children-killed': ['killed_children_cum', 'killed_children_cum'], 'wb-settler-attacks': ['settler_attacks_cum', null],
};
const LB_FIELD = { 'lebanon-killed': ['killed_cum_reported', 'killed_cum'], 'lebanon-injured': ['injured_cum_reported', 'injured_cum'] };
const UA_FIELD = {
  'ua-civilians-killed': 'civilians_killed', 'ua-civilians-injured': 'civilians_injured',
  'ua-children-killed': 'children_killed', 'ua-children-injured': 'children_injured',
  'ua-refugees-europe': 'refugees_from_ukraine_recorded_in_europe',
};
const UA_GS = 'ua-gs-russian-personnel';
const UA_CSV = 'ukraine/un_civilian_harm_and_refugees_DERIVED.csv';

// Page rows that print neither an as-of date nor a release date, dated by the update or briefing
// they belong to (keyed by the start of reported_by). Each date is sourced; nothing else is guessed.
const UA_UNDATED = [
  ['ena.lu (HRMMU two-year update)', '2024-02-22', 'same update as 10,582 killed / 19,875 injured (RFE/RL row, stated 2024-02-22)'],
  ['nenka.info (German; HRMMU three-year update)', '2025-02-21', 'same update as 12,654 killed / 29,392 injured (FrontNews row, released 21 Feb 2025)'],
  ['breakingnews.kerihosting.com', '2024-01-10', 'same briefing as 10,242 killed / 575 children (America Times row, stated 2024-01-10)'],
  ['finanznachrichten.de (dpa-AFX; Kayoko Gotoh', '2025-11-20', 'Gotoh briefing of Thursday 20 Nov 2025 (DPPA remarks "New York, 20 November 2025"; UN press release SC/16229)'],
  ['UN (un.org "Delegate" news', '2022-08-24', 'no date printed; "six months of war" (24 Aug 2022), the killed figure lies between the feed values of 2022-08-14 and 2022-08-28'],
];

// Values PIV first showed for a day and later changed (shared/data/ukraine/README.md, revision
// history); the day-shift of 2023-12-09 .. 12-11 and the brief 2025-01 overwrite are not values.
const UA_GS_REVISED = [
  ['2022-04-02', 17700, 17800, '2023-02-27'], ['2022-04-22', 22000, 21200, 'next day'], ['2022-05-29', 31500, 30150, 'next day'],
  ['2022-08-09', 42340, 42640, 'later'], ['2023-01-12', 113990, 113390, 'later'], ['2023-01-18', 116950, 117770, 'later'],
  ['2026-08-08', 1455420, 1456610, 'the snapshot commit'],
];

// ---------- dates ----------
const DAY = 86400000;
const toMs = (d) => Date.parse(d + 'T00:00:00Z');
const toDate = (ms) => new Date(ms).toISOString().slice(0, 10);
export const addDays = (d, n) => toDate(toMs(d) + n * DAY);
const daysBetween = (a, b) => Math.round((toMs(b) - toMs(a)) / DAY);
export const INTERVAL_DAYS = 7;
// The reporting interval of a series in days: 45 for the UN Ukraine series (OHCHR/HRMMU about
// monthly, UNHCR monthly from 2024), INTERVAL_DAYS (7) for every daily series.
const UA_UN_INTERVAL_DAYS = 45;
export function intervalDays(id) {
  return UA_FIELD[id] ? UA_UN_INTERVAL_DAYS : INTERVAL_DAYS;
}

// ---------- building the reports ----------
const cache = new Map();

function buildGaza(id) {
  const field = GAZA_FIELD[id];
  const rows = readJson('casualties_daily.json');
  const out = [];
  const bodyOf = new Map();
  for (const r of rows) {
    bodyOf.set(r.report_date, GAZA_BODY[r.report_source] ?? r.report_source);
    if (r[field] != null) out.push({ date: r.report_date, value: r[field], body: bodyOf.get(r.report_date), version: 'current (TFP ' + '2026-08-22)' });
  }
  let revs = [];
  try { revs = readJson('casualties_daily_revisions.json'); } catch { /* optional */ }
  for (const rv of revs) {
    if (rv.field !== field) continue;
    if (rv.old_value == null || rv.old_value === 0) continue; // no value, or a TFP artefact
    if (typeof rv.old_value !== 'number') continue;
    const backfill = String(rv.revised_at) < '2024-02-19';
    const body = backfill ? 'Gaza Ministry of Health / Government Media Office (TFP backfill of Oct-Dec 2023)' : (bodyOf.get(rv.report_date) ?? 'unknown');
    const exists = out.some((o) => o.date === rv.report_date && o.value === rv.old_value);
    if (exists) continue;
    out.push({
      date: rv.report_date, value: rv.old_value, body,
      version: `as first published by TFP ${String(rv.old_value_since).slice(0, 10)}, revised ${String(rv.revised_at).slice(0, 10)} to ${rv.new_value}`,
      revised: true,
    });
  }
  return out;
}

function buildWb(id) {
  const [flashField, verField] = WB_FIELD[id];
  const rows = readJson('west_bank_daily.json');
  const out = [];
  for (const r of rows) {
    if (r.flash_source === 'un' && r[flashField] != null) out.push({ date: r.report_date, value: r[flashField], body: 'OCHA flash update', version: 'flash (not yet verified)' });
    if (verField && r.verified && r.verified[verField] != null) out.push({ date: r.report_date, value: r.verified[verField], body: 'OCHA verified', version: 'OCHA verified' });
  }
  return out;
}

function buildLebanon(id) {
  const [repField, contField] = LB_FIELD[id];
  const rows = readJson('lebanon_casualties_daily.json');
  const out = [];
  for (const r of rows) {
    const body = r.report_source === 'ocha' ? 'UN OCHA (relaying Lebanon MoPH)' : 'Lebanon Ministry of Public Health';
    if (r[repField] != null) out.push({ date: r.report_date, value: r[repField], body, version: `as published, phase ${r.phase}` + (r.phase === 2 ? ' (count since 2 Mar 2026)' : ' (count since 8 Oct 2023)'), phase: r.phase });
    if (r[contField] != null && r[contField] !== r[repField]) out.push({ date: r.report_date, value: r[contField], body, version: 'continuous since 8 Oct 2023 (TFP: final count of the first war plus the new count)', phase: r.phase });
  }
  return out;
}

function buildIsrael() {
  const text = readFileSync(path.join(DATA_DIR, 'israel-killed.csv'), 'utf8').trim().split(/\r?\n/);
  const out = [];
  for (const line of text.slice(1)) {
    const [date, v] = line.split(',');
    if (v !== '' && v != null) out.push({ date, value: Number(v), body: 'Israeli military (via OCHA flash updates)', version: '360info transcription' });
  }
  return out;
}

// RFC 4180 CSV (quoted fields may hold commas, quotes and newlines) -> array of objects.
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, k) => [h, r[k] ?? ''])));
}

function buildUkraineUn(id) {
  const series = UA_FIELD[id];
  const kind = series.startsWith('refugees') ? 'stock' : 'cumulative';
  const rows = parseCsv(readFileSync(path.join(DATA_DIR, UA_CSV), 'utf8'));
  const out = [];
  for (const r of rows) {
    if (r.series !== series || r.kind !== kind) continue;
    let date = r.period_end || r.stated_on;
    let dated = r.period_end ? `as of ${r.period_end} (${r.period_end_basis})` : r.stated_on ? `stated ${r.stated_on}, no as-of date` : '';
    if (!date) {
      const u = UA_UNDATED.find(([prefix]) => r.reported_by.startsWith(prefix));
      if (!u) continue; // cannot be dated: never a report (none today)
      date = u[1];
      dated = `dated ${u[1]}: ${u[2]}`;
    }
    const superseded = r.in_final_feed === 'false';
    const parts = [r.reported_by, dated];
    if (r.stated_on && r.period_end) parts.push(`stated ${r.stated_on}`);
    if (r.value_flag) parts.push(r.value_flag.replace(/_/g, ' '));
    if (superseded) parts.push(`superseded in the feed (shown ${r.feed_first_seen} .. ${r.feed_last_seen})`);
    out.push({ date, value: Number(r.value), body: r.source_body, version: parts.join('; '), ...(superseded ? { revised: true } : {}) });
  }
  return out;
}

function buildUkraineGs() {
  const rows = readJson('ukraine/russia_losses_personnel.json');
  const body = 'General Staff of Ukraine';
  const out = rows.map((r) => ({ date: r.date, value: r.personnel, body, version: `PIV snapshot 2026-08-08, day ${r.day} (published as "${r['personnel*']}"; a party's unverified claim)` }));
  for (const [date, first, now, when] of UA_GS_REVISED) {
    out.push({ date, value: first, body, version: `as first shown by PIV, corrected (${when}) to ${now}`, revised: true });
  }
  return out;
}

export function reports(id) {
  if (cache.has(id)) return cache.get(id);
  let list;
  if (GAZA_FIELD[id]) list = buildGaza(id);
  else if (WB_FIELD[id]) list = buildWb(id);
  else if (LB_FIELD[id]) list = buildLebanon(id);
  else if (id === 'israel-soldiers-gaza') list = buildIsrael();
  else if (UA_FIELD[id]) list = buildUkraineUn(id);
  else if (id === UA_GS) list = buildUkraineGs();
  else throw new Error(`unknown series ${id}; known: ${Object.keys(SERIES).join(', ')}`);
  list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : (a.revised ? 1 : 0) - (b.revised ? 1 : 0)));
  cache.set(id, list);
  return list;
}

const bodyMatch = (r, body) => !body || r.body.toLowerCase().includes(body.toLowerCase()) || (r.version ?? '').toLowerCase().includes(body.toLowerCase());

// The report in effect on a date: the latest on or before it (the current, non-revised version of
// the primary body first). valuesAt gives the latest report of every body/version.
export function valueAt(id, date, body) {
  const list = reports(id).filter((r) => r.date <= date && bodyMatch(r, body));
  if (!list.length) return null;
  const last = list[list.length - 1].date;
  const same = list.filter((r) => r.date === last);
  const primary = same.find((r) => !r.revised && !/verified|continuous/.test(r.version ?? '')) ?? same.find((r) => !r.revised) ?? same[0];
  return primary;
}

export function valuesAt(id, date, body) {
  const list = reports(id).filter((r) => r.date <= date && bodyMatch(r, body));
  const latest = new Map();
  // Ukraine versions name their page or release, one per report: group them by body (and revised).
  const ua = UA_FIELD[id] || id === UA_GS;
  for (const r of list) latest.set(r.body + '|' + (ua ? (r.revised ? 'revised' : '') : (r.version ?? '')), r);
  return [...latest.values()].sort((a, b) => (a.date < b.date ? 1 : -1));
}

// ---------- qualifiers ----------
export function grid(n) {
  if (n === 0) return 1;
  let unit = 1;
  let x = Math.abs(Math.round(n));
  while (x % 10 === 0) { x /= 10; unit *= 10; }
  return x % 10 === 5 ? unit * 5 : unit;
}

export function step(n) {
  const d = String(Math.abs(Math.round(n))).length;
  const hi = d >= 5 ? 10 ** (d - 2) : 10 ** Math.max(0, d - 1);
  const lo = d >= 3 ? 10 ** (d - 3) : 1;
  return Math.max(lo, Math.min(grid(n), hi));
}

export function near(n) {
  return Math.max(1, Math.min(step(n), Math.abs(n) / 10));
}

const Q = {
  exact: ['exact', '', 'climbs to', 'climbed to', 'rose to', 'rises to', 'reached', 'reaches', 'stands at', 'hit', 'to'],
  over: ['over', 'more than', 'in excess of', 'upwards of', 'above'],
  nearly: ['nearly', 'almost', 'close to', 'nears', 'neared', 'nearing', 'approaching', 'approaches', 'just under', 'edges toward', 'edges towards'],
  about: ['about', 'around', 'some', 'approximately', 'roughly', 'an estimated', 'estimated', 'circa', 'approx'],
  floor: ['at least', 'tops', 'topped', 'topping', 'passes', 'passed', 'passing', 'exceeds', 'exceeded', 'exceeding', 'surpasses', 'surpassed', 'surpassing', 'crosses', 'crossed', 'crossing', 'no fewer than', 'no less than', 'minimum', 'breaks', 'broke', 'tops the', 'past', 'climbs past', 'rises above', 'rose above'],
  upTo: ['up to', 'at most', 'no more than', 'as many as'],
  fewer: ['fewer than', 'less than', 'under', 'below'],
};

export function kindOf(qualifier) {
  const q = String(qualifier ?? '').trim().toLowerCase();
  for (const [k, words] of Object.entries(Q)) if (words.includes(q)) return k;
  throw new Error(`unknown qualifier "${qualifier}"; known: ${Object.values(Q).flat().filter(Boolean).join(', ')}`);
}

// Loose: could the written figure be a true statement about value v?
export function fits(qualifier, n, v) {
  const k = kindOf(qualifier);
  const s = step(n);
  switch (k) {
    case 'exact': return v === n;
    case 'over': return v > n && v < n + s;
    case 'nearly': return v >= n - near(n) && v < n;
    case 'about': return Math.abs(v - n) <= near(n) / 2;
    case 'floor': return v >= n;
    case 'upTo': return v <= n;
    case 'fewer': return v < n;
  }
  return false;
}

// Tight: is it what a writer would still write about v? (floors: not yet past the next step)
export function fitsNow(qualifier, n, v) {
  const k = kindOf(qualifier);
  if (k === 'floor') return v >= n && v < n + step(n);
  return fits(qualifier, n, v);
}

function intervalOf(id, body) {
  const list = [...new Set(reports(id).filter((r) => bodyMatch(r, body)).map((r) => r.date))];
  const gaps = [];
  for (let i = Math.max(1, list.length - 10); i < list.length; i++) gaps.push(daysBetween(list[i - 1], list[i]));
  gaps.sort((a, b) => a - b);
  const base = intervalDays(id);
  const med = gaps.length ? gaps[Math.floor(gaps.length / 2)] : base;
  return Math.max(base, med);
}

// Reports of every body in effect at some moment of [date - I, date], I = intervalDays(id) (7; 45 for
// the UN Ukraine series): per body, the one in effect on the date and those superseded (by the same
// body) less than I days before it; never one older than the newest report of the series (any body)
// on or before date - I.
export function candidates(id, date, body) {
  const list = reports(id).filter((r) => bodyMatch(r, body));
  const byBody = new Map();
  for (const r of list) {
    if (!byBody.has(r.body)) byBody.set(r.body, []);
    byBody.get(r.body).push(r);
  }
  const from = addDays(date, -intervalDays(id));
  // a body's report that was already older than what the series (any body) had in effect a week
  // before the date is stale even if that body never published again
  const floorDate = list.filter((r) => r.date <= from).reduce((m, r) => (r.date > m ? r.date : m), '0000-00-00');
  const out = [];
  for (const rs of byBody.values()) {
    const dates = [...new Set(rs.map((r) => r.date))].sort();
    for (let i = 0; i < dates.length; i++) {
      const d = dates[i];
      if (d > date) break;
      const next = dates[i + 1];
      if ((next === undefined || next > from) && d >= floorDate) out.push(...rs.filter((r) => r.date === d));
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : 1));
}

export function judge(id, qualifier, n, date, body) {
  const all = reports(id).filter((r) => bodyMatch(r, body));
  if (!all.length) return { verdict: 'not-covered', reason: `no report of ${id}${body ? ' by ' + body : ''}` };
  const first = all[0].date;
  const last = all[all.length - 1].date;
  const interval = intervalOf(id, body);
  const inEffect = valueAt(id, date, body);
  if (date < first) return { verdict: 'not-covered', reason: `before the first report (${first})`, first };
  if (date > addDays(last, interval)) {
    return { verdict: 'not-covered', reason: `after the last report (${last}) by more than the ${interval}-day interval`, last: all[all.length - 1], inEffect };
  }
  const cands = candidates(id, date, body);
  const hit = cands.filter((r) => fitsNow(qualifier, n, r.value));
  if (hit.length) return { verdict: 'true', used: hit[hit.length - 1], fitting: hit, inEffect, step: step(n) };
  const earlier = all.filter((r) => r.date <= date && fits(qualifier, n, r.value));
  if (earlier.length) {
    return { verdict: 'outdated', fittedFirst: earlier[0], fittedLast: earlier[earlier.length - 1], inEffect, candidates: cands, step: step(n) };
  }
  return { verdict: 'never-true', inEffect, candidates: cands, step: step(n) };
}

// When did the written figure first and last fit (tightly for floors)?
export function firstLast(id, qualifier, n, body) {
  const all = reports(id).filter((r) => bodyMatch(r, body));
  const ok = all.filter((r) => fitsNow(qualifier, n, r.value));
  if (!ok.length) return null;
  return { first: ok[0], last: ok[ok.length - 1], count: ok.length, step: step(n) };
}

// ---------- CLI ----------
const fmt = (r) => (r ? `${r.date}  ${String(r.value).padStart(7)}  ${r.body}${r.version ? '  [' + r.version + ']' : ''}` : '(none)');

function cli(argv) {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === 'help' || cmd === '--help') {
    console.log('usage:\n  node truth.mjs list\n  node truth.mjs <id> <date>\n  node truth.mjs judge <id> <qualifier> <n> <date> [body]\n  node truth.mjs first <id> <qualifier> <n> [body]\n  node truth.mjs step <n>');
    return;
  }
  if (cmd === 'list') { for (const [k, v] of Object.entries(SERIES)) console.log(`${k.padEnd(26)} ${v}`); return; }
  if (cmd === 'step') { const n = Number(String(rest[0]).replace(/,/g, '')); console.log(`step(${n}) = ${step(n)}   near(${n}) = ${near(n)}`); return; }
  if (cmd === 'judge') {
    const [id, q, nRaw, date, body] = rest;
    const n = Number(String(nRaw).replace(/,/g, ''));
    const res = judge(id, q, n, date, body);
    console.log(`${id} "${q} ${n}" at ${date}${body ? ' (body ~ ' + body + ')' : ''}: ${res.verdict.toUpperCase()}   (step ${step(n)})`);
    if (res.reason) console.log('  ' + res.reason);
    if (res.used) console.log('  used:        ' + fmt(res.used));
    if (res.fitting && res.fitting.length > 1) for (const r of res.fitting) console.log('  also fits:   ' + fmt(r));
    if (res.inEffect) console.log('  in effect:   ' + fmt(res.inEffect));
    if (res.fittedFirst) { console.log('  first fit:   ' + fmt(res.fittedFirst)); console.log('  last fit:    ' + fmt(res.fittedLast)); }
    if (res.candidates) for (const r of res.candidates) console.log('  candidate:   ' + fmt(r));
    if (res.last) console.log('  last report: ' + fmt(res.last));
    return;
  }
  if (cmd === 'first') {
    const [id, q, nRaw, body] = rest;
    const n = Number(String(nRaw).replace(/,/g, ''));
    const res = firstLast(id, q, n, body);
    if (!res) { console.log(`${id} "${q} ${n}": never fits any report`); return; }
    console.log(`${id} "${q} ${n}" (step ${res.step}) fits ${res.count} reports`);
    console.log('  first: ' + fmt(res.first));
    console.log('  last:  ' + fmt(res.last));
    console.log(`  so it is "true" for story dates ${res.first.date} … ${addDays(res.last.date, intervalDays(id))} (if no later report refits it)`);
    return;
  }
  // <id> <date>
  const id = cmd;
  const date = rest[0];
  if (!date) { const all = reports(id); console.log(`${id}: ${all.length} reports, ${all[0]?.date} … ${all.at(-1)?.date}`); return; }
  const body = rest[1];
  const r = valueAt(id, date, body);
  console.log(`${id} in effect on ${date}:`);
  console.log('  ' + fmt(r));
  const others = valuesAt(id, date, body).filter((x) => x !== r);
  for (const o of others) console.log('  latest of ' + fmt(o));
  const prev = reports(id).filter((x) => x.date <= date && bodyMatch(x, body)).slice(-12, -1).reverse();
  console.log('previous:');
  for (const p of prev) console.log('  ' + fmt(p));
  const next = reports(id).filter((x) => x.date > date && bodyMatch(x, body)).slice(0, 3);
  if (next.length) { console.log('next:'); for (const p of next) console.log('  ' + fmt(p)); }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try { cli(process.argv.slice(2)); } catch (e) { console.error(e.message); process.exit(1); }
}
