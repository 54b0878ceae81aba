// Registry benchmark: builds a synthetic registry of 1,000,000 casualty claims (1,000 series x
// 1,000 daily reports), then measures loading it, value-at-date lookups against a linear scan of
// the same claims in the same run, adding a figure, and validating it. Then loads the default
// Gaza registry when @factmark/dataset-gaza is installed.
//
// Run: npm run build -w @factmark/core && node --expose-gc bench/registry.bench.mjs
// Targets: 1M load < 2 s, lookup < 5 µs and >= 100x the scan. Exits 1 when an answer differs
// from the scan's or the lookup is under 100x the scan (a ratio, so it holds on any machine);
// absolute times are reported against their targets but do not fail the run.
import { loadavg } from "node:os";
import { Registry, validateRegistry } from "@factmark/core";

const SERIES = 1_000;
const DAYS = 1_000;
const LOOKUPS = 200_000;
const SCANS = 100;

const gc = () => globalThis.gc?.();
const now = () => performance.now();
const rows = [];
const row = (what, value, target = "", ok = undefined) => rows.push([what, value, target, ok === undefined ? "" : ok ? "ok" : "MISS"]);
const ms = (t) => `${t.toFixed(0)} ms`;
const perCall = (t, n) => {
  const ns = (t * 1e6) / n;
  return ns >= 1000 ? `${(ns / 1000).toFixed(2)} µs` : `${ns.toFixed(0)} ns`;
};

// A seeded PRNG, so every run asks the same questions.
let seed = 0x9e3779b9;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const start = Date.UTC(2023, 9, 7);
const dates = Array.from({ length: DAYS + 30 }, (_, d) => new Date(start + d * 86_400_000).toISOString().slice(0, 10));

function generate() {
  const series = [];
  const claims = [];
  for (let s = 0; s < SERIES; s++) {
    const id = `synthetic-${s}`;
    series.push({ id, title: `Synthetic series ${s}`, source: "synthetic-moh", measure: "killed", population: { group: "people", place: `area-${s}` }, cumulative: true, cadence: "daily", aliases: [], priority: 0, caveats: [] });
    const batch = [];
    let total = 0;
    for (let d = 0; d < DAYS; d++) {
      total += Math.floor(random() * 50);
      batch.push({
        kind: "casualty",
        id: `${id}-${dates[d]}`,
        asOf: dates[d],
        citations: [{ source: "synthetic-moh", published: dates[d] }],
        status: "current",
        series: id,
        measure: "killed",
        population: { group: "people", place: `area-${s}` },
        cumulative: true,
        quantity: { value: total, qualifier: "exact" },
      });
    }
    // Through JSON, so the claims are the plain objects a loader hands over.
    for (const claim of JSON.parse(JSON.stringify(batch))) claims.push(claim);
  }
  return { version: 1, sources: [{ id: "synthetic-moh", name: "Synthetic Ministry", aliases: [], type: "official-body", party: false }], actors: [], series, claims };
}

console.log(`generating ${SERIES * DAYS} claims (${SERIES} series x ${DAYS} days)...`);
const data = generate();
gc();
const heapBefore = process.memoryUsage().heapUsed;

let t = now();
const registry = Registry.from(data, { trusted: true });
const trustedTime = now() - t;
gc();
const heapAfter = process.memoryUsage().heapUsed;
row("Registry.from, trusted (1M claims)", ms(trustedTime), "< 2000 ms", trustedTime < 2000);
row("  heap held by the indexes", `${((heapAfter - heapBefore) / 1048576).toFixed(0)} MB`);


// The same questions for both: a random series and a date from a week before the first report to a month after the last.
const queryDates = Array.from({ length: DAYS + 37 }, (_, d) => new Date(start + (d - 7) * 86_400_000).toISOString().slice(0, 10));
const queries = Array.from({ length: LOOKUPS }, () => [`synthetic-${Math.floor(random() * SERIES)}`, queryDates[Math.floor(random() * queryDates.length)]]);
let found = 0;
for (let i = 0; i < 20_000; i++) found += registry.valueAt(queries[i][0], queries[i][1]) ? 1 : 0; // warm-up
t = now();
for (const [series, date] of queries) if (registry.valueAt(series, date)) found++;
const lookupTime = now() - t;
const lookup = lookupTime / LOOKUPS;
row(`valueAt, ${LOOKUPS} random lookups`, `${perCall(lookupTime, LOOKUPS)} / lookup`, "< 5 µs", lookup * 1000 < 5);

// Baseline: what code without the registry does. Filter the claims by series, keep the newest asOf <= date.
const claims = registry.claims();
function scan(series, date) {
  let best;
  for (const claim of claims) {
    if (claim.kind !== "casualty" || claim.series !== series || claim.asOf > date) continue;
    if (!best || claim.asOf >= best.asOf) best = claim;
  }
  return best;
}
let mismatches = 0;
t = now();
for (let i = 0; i < SCANS; i++) {
  const [series, date] = queries[i];
  if (scan(series, date) !== registry.valueAt(series, date)) mismatches++;
}
const scanTime = now() - t;
const scanEach = scanTime / SCANS;
const ratio = scanEach / lookup;
row(`linear scan baseline, ${SCANS} lookups`, `${perCall(scanTime, SCANS)} / lookup`);
row("  valueAt speed-up over the scan", `${ratio.toFixed(0)}x`, ">= 100x", ratio >= 100);
row("  answers differing from the scan", String(mismatches), "0", mismatches === 0);

// Appending: one new figure at a time to one series, on the 1M-claim registry and on a registry
// of that one series alone (1,000 claims), the same number of times. with() should cost what the
// figure costs, not what the registry holds: the ratio is the target, near 1x.
const APPENDS = 5_000;
const appendTo = (base, series, place) => {
  let grown = base;
  const times = [];
  for (let i = 0; i < APPENDS; i++) {
    const asOf = new Date(start + (DAYS + i) * 86_400_000).toISOString().slice(0, 10);
    const claim = { kind: "casualty", id: `${series}-extra-${i}`, series, measure: "killed", population: { place }, asOf, quantity: { value: 1e6 + i }, citations: [{ source: "synthetic-moh", published: asOf }] };
    const t0 = now();
    grown = grown.with({ claims: [claim] });
    times.push(now() - t0);
  }
  if (grown.latest(series)?.quantity.value !== 1e6 + APPENDS - 1 || grown.size !== base.size + APPENDS) throw new Error("with() gave a wrong registry");
  times.sort((a, b) => a - b);
  return { mean: times.reduce((a, b) => a + b, 0) / APPENDS, p99: times[Math.floor(APPENDS * 0.99)] };
};
const small = Registry.from({ ...data, series: data.series.slice(0, 1), claims: data.claims.slice(0, DAYS) }, { trusted: true });
appendTo(small, "synthetic-0", "area-0"); // warm-up
const appendSmall = appendTo(small, "synthetic-0", "area-0");
const appendLarge = appendTo(registry, "synthetic-0", "area-0");
const appendRatio = appendLarge.mean / appendSmall.mean;
row(`with(), one new figure at a time, 1M claims (x${APPENDS})`, `${perCall(appendLarge.mean, 1)} / call`, `p99 ${perCall(appendLarge.p99, 1)}`);
row(`  the same on 1,000 claims (baseline)`, `${perCall(appendSmall.mean, 1)} / call`, `p99 ${perCall(appendSmall.p99, 1)}`);
row("  1M-claim registry vs 1,000-claim registry", `${appendRatio.toFixed(2)}x`, "<= 2x", appendRatio <= 2);
if (registry.size !== SERIES * DAYS) throw new Error("with() changed the registry it was called on");

t = now();
const problems = validateRegistry(registry);
const validateTime = now() - t;
row("validateRegistry (1M claims)", ms(validateTime), "", problems.length === 0);

// Last of the 1M measurements: zod's copies would otherwise share the heap with the lookups above.
gc();
t = now();
const validated = Registry.from(data);
const untrustedTime = now() - t;
row("Registry.from, validating with zod (1M)", ms(untrustedTime), "(no target)");
if (validated.size !== registry.size) throw new Error("trusted and validated registries differ in size");

let dataset;
try {
  dataset = await import("@factmark/dataset-gaza");
} catch (error) {
  row("default registry (@factmark/dataset-gaza)", "skipped", `not importable: ${String(error.code ?? error.message).slice(0, 40)}`);
}
if (dataset) {
  t = now();
  const load = dataset.defaultRegistry ?? dataset.loadRegistry ?? dataset.registry ?? dataset.default;
  let gaza = typeof load === "function" ? await load() : load;
  if (gaza && !(gaza instanceof Registry) && Array.isArray(gaza.claims)) gaza = Registry.from(gaza);
  const loadTime = now() - t;
  if (gaza instanceof Registry) {
    row(`default registry (${gaza.size} claims), first load`, ms(loadTime));
    if (typeof dataset.loadDefaultRegistryData === "function") {
      t = now();
      Registry.from(dataset.loadDefaultRegistryData());
      row("  the same data, validating with zod", ms(now() - t));
    }
    t = now();
    const found = validateRegistry(gaza);
    const counts = {};
    for (const problem of found) counts[problem.code] = (counts[problem.code] ?? 0) + 1;
    row("  validateRegistry", ms(now() - t), Object.entries(counts).map(([code, n]) => `${n} ${code}`).join(", ") || "no problems");
  } else {
    row("default registry (@factmark/dataset-gaza)", "skipped", `no registry among exports: ${Object.keys(dataset).join(", ").slice(0, 40)}`);
  }
}

const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
console.log(`\nregistry benchmark (node ${process.version}, ${SERIES * DAYS} claims, load average ${loadavg()[0].toFixed(1)})`);
for (const r of rows) console.log(`${r[0].padEnd(widths[0])}  ${r[1].padStart(widths[1])}  ${r[2].padEnd(widths[2])}  ${r[3]}`.trimEnd());
console.log(`(${found} of ${LOOKUPS + 20_000} lookups found a report; the rest asked before the first one)`);
if (mismatches > 0 || ratio < 100) process.exit(1);
