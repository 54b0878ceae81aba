// Load-tests the built CMS service (apps/server) on loopback: autocannon against POST /v1/check
// with 800-word stories, and against GET /healthz on the same server in the same run as the
// overhead baseline. A third baseline is core's check() called in-process on the same stories,
// one after another on one core: what the service would do with no HTTP, JSON or scheduling cost.
// The script reports; it does not assert (exit 0 whether or not the target is met, exit 1 on an
// exception).
//
//   node bench/server.bench.mjs
//
// The server is started from apps/server/dist/bin.js on a free port with a temporary SQLite
// database (seeded with the default registry) and no rate limit, once with one process and once
// with one worker process per core. Stories are built from
// bench/corpus/paragraphs.md with a seeded PRNG, as in check.bench.mjs. Two check loads run:
// "repeated drafts" cycles through 64 stories, so the server's per-paragraph extraction cache
// serves most blocks (a CMS re-checking drafts as editors type); "fresh drafts" tags every
// paragraph of every request with a unique word, so every paragraph is extracted anew. Checks run
// on the service's worker threads (one per core, divided among the processes).
// The ceiling for fresh drafts is check() itself: a fourth baseline runs it on the same fresh
// drafts in one worker thread per core at once, with no HTTP, no pool and no load generator.
// The service's fresh-draft rate is printed as a ratio of it, with the CPU time one fresh check
// costs the server process (by thread) and the load generator (autocannon, which shares the
// machine's cores with the server), read from /proc.
// Then writes: autocannon on POST /v1/claims (new claims in one series, each later and higher than
// the last) on one process over SQLite, with the default registry (the baseline) and with
// BENCH_WRITE_CLAIMS (default 1,000,000) synthetic claims imported first.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import autocannon from "autocannon";
import { check } from "@factmark/core";
import { defaultRegistry } from "@factmark/dataset-gaza";
import { DATE, ROOT, SEED, prng, readCorpusParagraphs } from "./corpus/corpus.mjs";

const STORIES = 64;
const STORY_WORDS = 800;
const CONNECTIONS = 8;
const DURATION_S = 10;
const TARGET_RPS = 1000;
// Server processes (FACTMARK_WORKERS) to measure: one, and one per core. autocannon itself needs
// a core, so on a small machine one worker can beat two.
const WORKER_COUNTS = [...new Set([1, availableParallelism()])];
const TARGET_P99_MS = 20;
// Synthetic claims added for the write measurement (BENCH_WRITE_CLAIMS overrides), and its target.
const WRITE_CLAIMS = Number(process.env.BENCH_WRITE_CLAIMS ?? 1_000_000);
const TARGET_WRITES = 200;

function buildStories() {
  const paragraphs = readCorpusParagraphs();
  const rand = prng(SEED);
  const stories = [];
  for (let s = 0; s < STORIES; s++) {
    const paras = [];
    let words = 0;
    while (words < STORY_WORDS) {
      const p = paragraphs[Math.floor(rand() * paragraphs.length)];
      paras.push(p);
      words += p.split(/\s+/).length;
    }
    stories.push(paras);
  }
  return stories;
}

/**
 * A unique tag for request n, such as "zqbkt": consonants only after "zq", so it adds no figure
 * and cannot spell a date word ("may", "sun", "am") that would send the text to the date parser.
 */
function tag(n) {
  const letters = "bcdfgjklnpqrtvx";
  let out = "zq";
  do {
    out += letters[n % letters.length];
    n = Math.floor(n / letters.length);
  } while (n > 0);
  return out;
}

async function startServer(workers, existing) {
  const dir = existing ?? mkdtempSync(join(tmpdir(), "factmark-bench-"));
  const child = spawn(process.execPath, ["--max-old-space-size=8192", `${ROOT}apps/server/dist/bin.js`, "serve"], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", FACTMARK_DB: join(dir, "bench.db"), DATABASE_URL: "", FACTMARK_RATE_LIMIT: "0", FACTMARK_WORKERS: String(workers) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise((resolve, reject) => {
    let out = "";
    let listening = false;
    child.stdout.on("data", (d) => {
      // After the address come the request log lines (one JSON line per request): read and dropped.
      if (listening) return;
      out += d;
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) {
        listening = true;
        resolve(match[1]);
      }
    });
    child.on("exit", (code) => reject(new Error(`the server exited with ${code} before listening: ${out}`)));
  });
  return {
    url,
    dir,
    pid: child.pid,
    stop: async ({ keep = false } = {}) => {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs the built command with the bench database of `dir`; resolves to its stdout. */
function command(dir, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--max-old-space-size=8192", `${ROOT}apps/server/dist/bin.js`, ...args], {
      env: { ...process.env, FACTMARK_DB: join(dir, "bench.db"), DATABASE_URL: "", FACTMARK_LOG: "off" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`factmark-server ${args.join(" ")} exited with ${code}: ${err}`))));
  });
}

/** `n` synthetic claims in 1,000 declared series, as NDJSON, into `file`. */
function writeSyntheticClaims(file, n) {
  const lines = [];
  for (let k = 0; k < 1000; k++) lines.push(JSON.stringify({ series: { id: `bench-series-${k}`, title: `Bench series ${k}`, source: "gaza-moh", measure: "killed", population: { place: "gaza", group: `bench-${k}` } } }));
  const day = (d) => new Date(Date.UTC(2000, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < n; i++) {
    const k = i % 1000;
    const asOf = day(Math.floor(i / 1000));
    lines.push(JSON.stringify({ kind: "casualty", id: `bench:${i}`, series: `bench-series-${k}`, measure: "killed", population: { place: "gaza", group: `bench-${k}` }, asOf, quantity: { value: 1000 + Math.floor(i / 1000) }, citations: [{ source: "gaza-moh", published: asOf }] }));
  }
  writeFileSync(file, `${lines.join("\n")}\n`);
}

/** POST /v1/claims for DURATION_S: new claims in one series, each later and higher than the last. */
async function writeLoad(url, key) {
  let counter = 0;
  const day = (d) => new Date(Date.UTC(2031, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
  return load({
    url: `${url}/v1/claims`,
    requests: [
      {
        method: "POST",
        path: "/v1/claims",
        headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
        setupRequest: (req) => {
          const n = counter++;
          const asOf = day(n);
          return { ...req, body: JSON.stringify({ kind: "casualty", id: `bench:write-${n}`, series: "gaza-moh-killed", measure: "killed", population: { place: "gaza" }, asOf, quantity: { value: 100_000 + n }, citations: [{ source: "gaza-moh", published: asOf }] }) };
        },
      },
    ],
  });
}

/** Writes per second on one process over SQLite, with the default registry and with `extra` synthetic claims more. */
async function measureWrites(extra) {
  const rows = [];
  let base = 0;
  for (const size of [0, extra]) {
    const dir = mkdtempSync(join(tmpdir(), "factmark-bench-writes-"));
    try {
      await command(dir, ["migrate"]);
      if (size > 0) {
        const file = join(dir, "claims.ndjson");
        writeSyntheticClaims(file, size);
        const started = performance.now();
        await command(dir, ["import", file]);
        console.log(`imported ${size} synthetic claims in ${((performance.now() - started) / 1000).toFixed(0)} s`);
        rmSync(file);
      }
      const key = (await command(dir, ["keys", "create", "--scope", "write"])).trim();
      const started = performance.now();
      const server = await startServer(1, dir);
      const startup = (performance.now() - started) / 1000;
      try {
        // The default registry's size, read once while it is small; the synthetic claims add to it.
        if (size === 0) base = (await (await fetch(`${server.url}/v1/registry`)).json()).claims.length;
        const claims = base + size;
        const result = await writeLoad(server.url, key);
        rows.push({ claims, startup, result });
      } finally {
        await server.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

/**
 * check() on fresh drafts in `threads` worker threads at once for DURATION_S, no HTTP: the most a
 * machine of this many cores can check. Each thread loads the built packages and the default
 * registry itself, warms up, then checks drafts numbered apart from every other thread's.
 */
async function ceiling(threads, stories) {
  const source = `
    const { parentPort, workerData } = require("node:worker_threads");
    (async () => {
      const { check } = await import(workerData.core);
      const { defaultRegistry } = await import(workerData.dataset);
      const registry = defaultRegistry();
      const letters = "bcdfgjklnpqrtvx";
      const tag = (n) => { let out = "zq"; do { out += letters[n % letters.length]; n = Math.floor(n / letters.length); } while (n > 0); return out; };
      const text = (id) => workerData.stories[id % workerData.stories.length].map((p) => p + " Desk note " + tag(id) + ".").join("\\n\\n");
      let id = workerData.first;
      const warm = performance.now() + 2000;
      while (performance.now() < warm) check(text(id++), { registry, date: workerData.date, format: "markdown" });
      const times = [];
      const end = performance.now() + workerData.ms;
      while (performance.now() < end) {
        const t0 = performance.now();
        check(text(id++), { registry, date: workerData.date, format: "markdown" });
        times.push(performance.now() - t0);
      }
      parentPort.postMessage(times);
    })();`;
  const workerData = (k) => ({ core: import.meta.resolve("@factmark/core"), dataset: import.meta.resolve("@factmark/dataset-gaza"), stories, date: DATE, ms: DURATION_S * 1000, first: 2_000_000 + k * 1_000_000 });
  const results = await Promise.all(
    Array.from({ length: threads }, (_, k) => {
      const worker = new Worker(source, { eval: true, workerData: workerData(k) });
      return new Promise((resolve, reject) => {
        worker.once("message", (times) => void worker.terminate().then(() => resolve(times)));
        worker.once("error", reject);
      });
    }),
  );
  const times = results.flat().sort((a, b) => a - b);
  return { rps: times.length / DURATION_S, p50: times[Math.floor(times.length / 2)], p99: times[Math.min(times.length - 1, Math.ceil(times.length * 0.99) - 1)] };
}

/** CPU time (ms) each thread of process `pid` has used, by thread id, from /proc (empty where there is none). */
function threadCpu(pid) {
  const out = new Map();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        out.set(tid, ((Number(fields[11]) + Number(fields[12])) * 1000) / 100);
      } catch {
        // The thread ended while being read.
      }
    }
  } catch {
    // No /proc: the CPU breakdown is left out.
  }
  return out;
}

/** CPU used between two {@link threadCpu} readings of `pid`: its main thread, the `busiest` next threads (the checking threads), the rest. */
function cpuBetween(before, after, pid, busiest) {
  const used = [];
  let main = 0;
  for (const [tid, ms] of after) {
    const spent = ms - (before.get(tid) ?? 0);
    if (tid === String(pid)) main = spent;
    else used.push(spent);
  }
  used.sort((a, b) => b - a);
  const checking = used.slice(0, busiest).reduce((a, b) => a + b, 0);
  const other = used.slice(busiest).reduce((a, b) => a + b, 0);
  return { main, checking, other, total: main + checking + other, known: after.size > 0 };
}

function load(options) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...options }, (error, result) => (error ? reject(error) : resolve(result)));
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

async function main() {
  const loadStart = loadavg()[0];
  const stories = buildStories();
  const bodies = stories.map((paras) => JSON.stringify({ content: paras.join("\n\n"), format: "markdown", date: DATE }));
  const words = Math.round(stories.reduce((n, paras) => n + paras.join(" ").split(/\s+/).length, 0) / stories.length);
  const bytes = Math.round(bodies.reduce((n, b) => n + Buffer.byteLength(b), 0) / bodies.length);
  console.log(`stories: ${STORIES} of about ${words} words (${bytes} bytes of JSON each, seed ${SEED}); date ${DATE}; ${CONNECTIONS} connections, ${DURATION_S} s per load`);

  // In-process baselines: core's check() on the same drafts, one after another on one core, with
  // a block cache shared across calls for the repeated drafts (as the server keeps one) and none
  // for the fresh ones.
  const registry = defaultRegistry();
  const texts = stories.map((paras) => paras.join("\n\n"));
  const freshText = (id) => stories[id % stories.length].map((p) => `${p} Desk note ${tag(id)}.`).join("\n\n");
  const inProcess = (textOf, cache) => {
    for (let i = 0; i < stories.length; i++) check(textOf(i), { registry, date: DATE, format: "markdown", ...(cache ? { cache } : {}) });
    const times = [];
    const started = performance.now();
    for (let i = stories.length; performance.now() - started < 3000; i++) {
      const t0 = performance.now();
      check(textOf(i), { registry, date: DATE, format: "markdown", ...(cache ? { cache } : {}) });
      times.push(performance.now() - t0);
    }
    const seconds = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    return { rps: times.length / seconds, p50: times[Math.floor(times.length / 2)], p99: times[Math.min(times.length - 1, Math.ceil(times.length * 0.99) - 1)] };
  };
  const inRepeated = inProcess((i) => texts[i % texts.length], new Map());
  const inFresh = inProcess((i) => freshText(1_000_000 + i));

  const header = `${"".padEnd(48)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)}  ${"non2xx".padStart(6)} ${"errors".padStart(6)}`;
  const row = (label, r) =>
    `${label.padEnd(48)} ${r.requests.average.toFixed(0).padStart(8)} ${r.latency.p50.toFixed(1).padStart(8)} ${r.latency.p99.toFixed(1).padStart(8)}  ${String(r.non2xx).padStart(6)} ${String(r.errors + r.timeouts).padStart(6)}`;
  const inRow = (label, r) => `${label.padEnd(48)} ${r.rps.toFixed(0).padStart(8)} ${r.p50.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)}`;
  const results = [];
  // BENCH_SERVER_PART=writes measures only the writes (and checks only checks).
  const part = process.env.BENCH_SERVER_PART ?? "all";
  for (const workers of part === "writes" ? [] : WORKER_COUNTS) {
    const server = await startServer(workers);
    try {
      const first = await fetch(`${server.url}/v1/check`, { method: "POST", headers: { "content-type": "application/json" }, body: bodies[0] });
      if (first.status !== 200) throw new Error(`POST /v1/check answered ${first.status}: ${await first.text()}`);
      const findings = (await first.json()).findings.length;
      const repeatedRequests = bodies.map((body) => ({ method: "POST", path: "/v1/check", headers: { "content-type": "application/json" }, body }));
      // Warm-up: JIT, the registry's lazy indexes, the extraction cache for the repeated stories.
      await load({ url: `${server.url}/v1/check`, duration: 3, requests: repeatedRequests });
      const health = await load({ url: `${server.url}/healthz` });
      const repeated = await load({ url: `${server.url}/v1/check`, requests: repeatedRequests });
      let counter = 0;
      const serverBefore = threadCpu(server.pid);
      const selfBefore = process.cpuUsage();
      const fresh = await load({
        url: `${server.url}/v1/check`,
        requests: [
          {
            method: "POST",
            path: "/v1/check",
            headers: { "content-type": "application/json" },
            setupRequest: (req) => ({ ...req, body: JSON.stringify({ content: freshText(counter++), format: "markdown", date: DATE }) }),
          },
        ],
      });
      const selfUsed = process.cpuUsage(selfBefore);
      // With one process the checking threads are the busiest after the main thread; with more, the workers are other processes.
      const cpu = workers === 1 ? cpuBetween(serverBefore, threadCpu(server.pid), server.pid, availableParallelism()) : undefined;
      results.push({ workers, findings, health, repeated, fresh, cpu, loadCpu: (selfUsed.user + selfUsed.system) / 1000 });
    } finally {
      await server.stop();
    }
  }
  // The ceiling, last, so that its threads do not share the machine with a server.
  const top = part === "writes" ? undefined : await ceiling(availableParallelism(), stories);
  if (results.length > 0) console.log(`first story: ${results[0].findings} findings`);
  console.log(header);
  for (const { workers, health, repeated, fresh } of results) {
    const w = `${workers} process${workers === 1 ? "" : "es"}`;
    console.log(row(`GET /healthz, ${w} (baseline)`, health));
    console.log(row(`POST /v1/check, repeated drafts, ${w}`, repeated));
    console.log(row(`POST /v1/check, fresh drafts, ${w}`, fresh));
  }
  console.log(inRow("check() in-process, repeated drafts (baseline)", inRepeated));
  console.log(inRow("check() in-process, fresh drafts (baseline)", inFresh));
  if (top) console.log(inRow(`check() in ${availableParallelism()} threads, fresh drafts (ceiling)`, top));
  for (const { workers, health, repeated, fresh } of results) {
    console.log(
      `ratios, ${workers} process${workers === 1 ? "" : "es"}: repeated-draft checks/s vs /healthz ${(repeated.requests.average / health.requests.average).toFixed(2)}x; service vs in-process check() on one core: repeated ${(repeated.requests.average / inRepeated.rps).toFixed(2)}x, fresh ${(fresh.requests.average / inFresh.rps).toFixed(2)}x`,
    );
  }
  for (const { workers, fresh, cpu, loadCpu } of results) {
    if (!top) break;
    const w = `${workers} process${workers === 1 ? "" : "es"}`;
    console.log(`ceiling, ${w}: fresh-draft checks/s of the service vs check() in one thread per core with no HTTP ${(fresh.requests.average / top.rps).toFixed(2)}x`);
    const n = fresh.requests.total;
    if (cpu?.known && n > 0) {
      const each = (ms) => `${(ms / n).toFixed(2)} ms`;
      console.log(`  CPU per fresh check, ${w}: server ${each(cpu.total)} (main thread ${each(cpu.main)}, checking threads ${each(cpu.checking)}, other threads ${each(cpu.other)}); load generator ${each(loadCpu)}; check() alone ${(1000 / (top.rps / availableParallelism())).toFixed(2)} ms of a core`);
    }
  }
  for (const { workers, repeated, fresh } of results) {
    for (const [label, r] of [["repeated drafts", repeated], ["fresh drafts", fresh]]) {
      const met = r.requests.average >= TARGET_RPS && r.latency.p99 < TARGET_P99_MS;
      console.log(`target >= ${TARGET_RPS} checks/s with p99 < ${TARGET_P99_MS} ms, ${label}, ${workers} process${workers === 1 ? "" : "es"}: ${met ? "met" : "NOT met"} (${r.requests.average.toFixed(0)}/s, p99 ${r.latency.p99.toFixed(1)} ms)`);
    }
  }

  // Writes: POST /v1/claims on SQLite, with the default registry (baseline) and a large one.
  if (part === "checks") return;
  const writes = await measureWrites(WRITE_CLAIMS);
  console.log(`\n${"writes on SQLite, 1 process".padEnd(48)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)}  ${"non2xx".padStart(6)} ${"errors".padStart(6)}`);
  for (const { claims, startup, result } of writes) console.log(`${row(`POST /v1/claims, ${claims} claims (start ${startup.toFixed(0)} s)`, result)}`);
  const [small, large] = writes;
  console.log(`ratio: writes/s at ${large.claims} claims vs ${small.claims} claims ${(large.result.requests.average / small.result.requests.average).toFixed(2)}x`);
  const writesMet = large.result.requests.average >= TARGET_WRITES && large.result.non2xx === 0;
  console.log(`target >= ${TARGET_WRITES} writes/s at ${large.claims} claims on SQLite: ${writesMet ? "met" : "NOT met"} (${large.result.requests.average.toFixed(0)}/s, ${large.result.non2xx} non-2xx)`);
  console.log(`${availableParallelism()} cores, 1-min load average ${loadStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error?.stack ?? error);
    process.exit(1);
  },
);
