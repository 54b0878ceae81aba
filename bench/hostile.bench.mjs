// Hostile drafts (bench/corpus/hostile.mjs): core's check() on each shape at 16 KB, 64 KB, 256 KB
// and 1 MB, with the time ratio per doubling of the input (2.0x per doubling is linear time, 4.0x
// quadratic). The baseline, in the same run, is news copy of the same sizes. Then the service: GET /healthz latency while hostile checks run on its worker
// threads, against its latency when idle.
//
// The script reports; it does not assert (exit 0 whether or not a target is met, exit 1 on an
// exception).
//
//   node bench/hostile.bench.mjs
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { check } from "@factmark/core";
import { defaultRegistry } from "@factmark/dataset-gaza";
import { DATE, ROOT, SEED, paragraphDealer, prng, readCorpusParagraphs } from "./corpus/corpus.mjs";
import { HOSTILE_SHAPES } from "./corpus/hostile.mjs";

const SIZES = [16 * 1024, 64 * 1024, 256 * 1024, 1024 * 1024];
// A doubling costs 2x for linear time; the target allows for noise on a shared machine.
const TARGET_PER_DOUBLING = 2.6;
const TARGET_HEALTH_RATIO = 5;

function newsOfSize(size) {
  const deal = paragraphDealer(readCorpusParagraphs(), prng(SEED));
  let text = "";
  while (text.length < size) text += `${deal(200).paragraphs.join("\n\n")}\n\n`;
  return text.slice(0, size);
}

/** The median of `runs` timings of `work`, in ms; the run is stopped after one run over 10 s. */
function time(work, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
    if (times[times.length - 1] > 10_000) break;
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function checkShape(registry, content, format) {
  try {
    check(content, { registry, date: DATE, format });
  } catch (error) {
    // A ProseMirror document of zeros is refused: the time to refuse it is what is measured.
    if (error?.name !== "FactmarkError") throw error;
  }
}

function perDoubling(times) {
  // From 16 KB to 1 MB is six doublings.
  return (times[times.length - 1] / times[0]) ** (1 / 6);
}

async function startServer() {
  const dir = mkdtempSync(join(tmpdir(), "factmark-hostile-"));
  const child = spawn(process.execPath, [`${ROOT}apps/server/dist/bin.js`, "serve"], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", FACTMARK_DB: join(dir, "bench.db"), DATABASE_URL: "", FACTMARK_RATE_LIMIT: "0", FACTMARK_WORKERS: "1", FACTMARK_BODY_LIMIT: String(4 * 1024 * 1024) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise((resolve, reject) => {
    let out = "";
    let listening = false;
    child.stdout.on("data", (d) => {
      // After the address come the request log lines: read and dropped.
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
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Latencies of sequential GET /healthz for `ms` milliseconds (p50, p99, max). */
async function healthLatency(url, ms) {
  const times = [];
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const t0 = performance.now();
    const res = await fetch(`${url}/healthz`);
    await res.arrayBuffer();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.ceil(times.length * q) - 1)];
  return { n: times.length, p50: at(0.5), p99: at(0.99), max: times[times.length - 1] };
}

async function main() {
  const loadStart = loadavg()[0];
  const registry = defaultRegistry();
  console.log(`check() per input size (median ms of up to 3 runs; date ${DATE}); ratio per doubling: 2.0x is linear, 4.0x quadratic; target <= ${TARGET_PER_DOUBLING}x`);
  const header = `${"shape".padEnd(24)} ${SIZES.map((s) => `${s / 1024} KB`.padStart(10)).join(" ")}   per doubling  vs news`;
  console.log(header);
  // Warm-up: the JIT and the registry's lazy indexes.
  for (let i = 0; i < 3; i++) check(newsOfSize(64 * 1024), { registry, date: DATE, format: "markdown" });
  const newsTimes = SIZES.map((size) => {
    const text = newsOfSize(size);
    return time(() => check(text, { registry, date: DATE, format: "markdown" }), 3);
  });
  console.log(`${"news copy (baseline)".padEnd(24)} ${newsTimes.map((t) => t.toFixed(0).padStart(10)).join(" ")}   ${perDoubling(newsTimes).toFixed(2).padStart(10)}x`);
  const verdicts = [];
  for (const [name, shape] of Object.entries(HOSTILE_SHAPES)) {
    const times = SIZES.map((size) => {
      const content = shape.make(size);
      checkShape(registry, content, shape.format);
      return time(() => checkShape(registry, content, shape.format), 3);
    });
    const ratio = perDoubling(times);
    const vsNews = times[times.length - 1] / newsTimes[newsTimes.length - 1];
    verdicts.push([name, ratio]);
    console.log(`${name.padEnd(24)} ${times.map((t) => t.toFixed(0).padStart(10)).join(" ")}   ${ratio.toFixed(2).padStart(10)}x  ${vsNews.toFixed(2).padStart(6)}x`);
  }
  const worst = verdicts.reduce((a, b) => (b[1] > a[1] ? b : a));
  console.log(`target: every shape linear (<= ${TARGET_PER_DOUBLING}x per doubling): ${worst[1] <= TARGET_PER_DOUBLING ? "met" : "NOT met"} (worst ${worst[0]}, ${worst[1].toFixed(2)}x)`);

  // The service: /healthz while the largest hostile drafts are checked, two at a time per thread.
  const server = await startServer();
  try {
    await healthLatency(server.url, 1000);
    const idle = await healthLatency(server.url, 3000);
    let running = true;
    let checks = 0;
    const statuses = new Map();
    const bodies = Object.values(HOSTILE_SHAPES).map((shape) => JSON.stringify({ content: shape.make(1024 * 1024), format: shape.format, date: DATE }));
    const hammer = async (i) => {
      while (running) {
        const res = await fetch(`${server.url}/v1/check`, { method: "POST", headers: { "content-type": "application/json" }, body: bodies[(checks + i) % bodies.length] });
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        checks++;
      }
    };
    const clients = Array.from({ length: availableParallelism() * 2 }, (_, i) => hammer(i));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const busy = await healthLatency(server.url, 8000);
    running = false;
    await Promise.all(clients);
    const row = (label, r) => `${label.padEnd(36)} ${String(r.n).padStart(6)} ${r.p50.toFixed(2).padStart(8)} ${r.p99.toFixed(2).padStart(8)} ${r.max.toFixed(2).padStart(8)}`;
    console.log(`\nGET /healthz on the service (sequential requests)  ${"n".padStart(6)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"max ms".padStart(8)}`);
    console.log(row("idle (baseline)", idle));
    console.log(row(`during 1 MB hostile checks (${clients.length} clients)`, busy));
    console.log(`hostile checks answered: ${checks} (${[...statuses].map(([s, n]) => `${n} x ${s}`).join(", ")})`);
    const ratio = busy.p99 / idle.p99;
    console.log(`ratio: /healthz p99 during hostile checks vs idle ${ratio.toFixed(2)}x (p50 ${(busy.p50 / idle.p50).toFixed(2)}x); target <= ${TARGET_HEALTH_RATIO}x: ${ratio <= TARGET_HEALTH_RATIO ? "met" : "NOT met"}`);
  } finally {
    await server.stop();
  }
  console.log(`${availableParallelism()} cores, 1-min load average ${loadStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error?.stack ?? error);
    process.exit(1);
  },
);
