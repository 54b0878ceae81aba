// Measures the `factmark` command as a pre-commit hook, a CMS or a CI job runs it: a new process
// for each story. Two parts, each against a baseline measured in the same run:
//
// 1. Start-up: `factmark check` of a one-paragraph story, from a cold process each time (no cache
//    or background process is kept between runs), against `node -e 0`. Target: within 4x.
//    `factmark --version` is reported beside it.
// 2. Throughput: `factmark check` and `factmark extract` on about 2 MB of news-like Markdown,
//    start-up and output included, against `check()` and `extractMentions()` in process on the same
//    text, warmed up. Target: the command at least 80% of the in-process rate. The same calls from a
//    cold process (a script that imports the packages, calls once and prints JSON) are reported too:
//    the part of the gap a new process pays (compiling and warming up the extractor) whatever the
//    command does.
//
// Runs alternate (baseline, command, baseline, …) so a change in the machine's load falls on both
// alike; medians are reported. The script reports; it does not assert (exit 0 whether or not a target
// is met, exit 1 on an exception).
//
//   node bench/cli.bench.mjs
//   BENCH_CLI_PART=startup node bench/cli.bench.mjs     (or throughput: one part only)
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { check, extractMentions, parseInput } from "@factmark/core";
import { defaultRegistry } from "@factmark/dataset-gaza";
import { DATE, ROOT, SEED, paragraphDealer, prng, readCorpusParagraphs } from "./corpus/corpus.mjs";

const BIN = join(ROOT, "packages/cli/bin/factmark.js");
const STARTUP_RUNS = 15;
const THROUGHPUT_RUNS = 3;
const STARTUP_TARGET = 4;
const THROUGHPUT_TARGET = 0.8;
const CORPUS_BYTES = 2_000_000;
const MB = 1_000_000;
const PART = process.env.BENCH_CLI_PART;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Wall time of one process, in milliseconds; fails on an unexpected exit code. */
function timeProcess(args, expected = [0, 1]) {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (!expected.includes(result.status)) throw new Error(`node ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  return ms;
}

/** Times each of `fns` once per run, taking turns; returns each one's median. */
function alternate(fns, runs) {
  const times = fns.map(() => []);
  for (let r = 0; r < runs; r++) for (const [k, fn] of fns.entries()) times[k].push(fn());
  return times.map(median);
}

function buildCorpus() {
  const rand = prng(SEED);
  const deal = paragraphDealer(readCorpusParagraphs(), rand);
  const stories = [];
  let bytes = 0;
  while (bytes < CORPUS_BYTES) {
    const story = `## Story ${stories.length + 1}\n\n${deal(800).paragraphs.join("\n\n")}\n`;
    stories.push(story);
    bytes += Buffer.byteLength(story);
  }
  return `---\ndate: ${DATE}\n---\n\n${stories.join("\n")}`;
}

function main() {
  const started = performance.now();
  const loadStart = loadavg()[0];
  const dir = mkdtempSync(join(tmpdir(), "factmark-cli-bench-"));
  try {
    // 1. Start-up.
    if (PART !== "throughput") startup(dir);
    if (PART !== "startup") throughput(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s; ${availableParallelism()} cores, 1-min load average ${loadStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end`);
}

function startup(dir) {
    const story = join(dir, "story.txt");
    writeFileSync(story, "Over 34,000 Palestinians have been killed in Gaza since the war began, the Health Ministry in the territory said on Saturday.\n");
    timeProcess([BIN, "check", story, "--date", DATE]); // warms the file system cache, not the process
    const [node0, checkMs, versionMs] = alternate(
      [() => timeProcess(["-e", "0"]), () => timeProcess([BIN, "check", story, "--date", DATE]), () => timeProcess([BIN, "--version"])],
      STARTUP_RUNS,
    );
    const startupRatio = checkMs / node0;
    console.log(`start-up, median of ${STARTUP_RUNS} cold processes each:`);
    console.log(`  node -e 0                                  ${node0.toFixed(0).padStart(6)} ms`);
    console.log(`  factmark --version                         ${versionMs.toFixed(0).padStart(6)} ms  (${(versionMs / node0).toFixed(2)}x)`);
    console.log(`  factmark check <one paragraph> --date …    ${checkMs.toFixed(0).padStart(6)} ms  (${startupRatio.toFixed(2)}x)`);
    console.log(`start-up ratio check/node -e 0: ${startupRatio.toFixed(2)}x (target <= ${STARTUP_TARGET}x: ${startupRatio <= STARTUP_TARGET ? "met" : "NOT met"})`);

}

function throughput(dir) {
    const text = buildCorpus();
    const bytes = Buffer.byteLength(text);
    const file = join(dir, "corpus.md");
    writeFileSync(file, text);
    const registry = defaultRegistry();
    const inCheck = () => {
      const start = performance.now();
      const n = check(text, { registry, date: DATE, format: "markdown" }).length;
      if (n === 0) throw new Error("no findings in the corpus");
      return performance.now() - start;
    };
    const inExtract = () => {
      const start = performance.now();
      const world = registry.world();
      let n = 0;
      for (const block of parseInput(text, "markdown").blocks) n += extractMentions(block.text, { date: DATE, world }).mentions.length;
      if (n === 0) throw new Error("no mentions in the corpus");
      return performance.now() - start;
    };
    inCheck();
    inExtract();
    // The library's own work from a cold process, as a program that calls check() or
    // extractMentions() once per file pays it: import, registry, the call and JSON to stdout.
    const script = join(dir, "library.mjs");
    writeFileSync(
      script,
      `import { readFileSync } from "node:fs";
import { check, extractMentions, parseInput } from ${JSON.stringify(import.meta.resolve("@factmark/core"))};
import { defaultRegistry } from ${JSON.stringify(import.meta.resolve("@factmark/dataset-gaza"))};
const [mode, file] = process.argv.slice(2);
const text = readFileSync(file, "utf8");
const registry = defaultRegistry();
const out = mode === "check"
  ? check(text, { registry, format: "markdown" })
  : parseInput(text, "markdown").blocks.flatMap((block) => extractMentions(block.text, { date: "${DATE}", world: registry.world() }).mentions);
process.stdout.write(JSON.stringify(out, null, 2));
`,
    );
    const [checkIn, checkCold, checkCli, extractIn, extractCold, extractCli] = alternate(
      [
        inCheck,
        () => timeProcess([script, "check", file]),
        () => timeProcess([BIN, "check", file, "--format", "json"]),
        inExtract,
        () => timeProcess([script, "extract", file]),
        () => timeProcess([BIN, "extract", file, "--format", "json"]),
      ],
      THROUGHPUT_RUNS,
    );
    const rate = (ms) => bytes / MB / (ms / 1000);
    const checkRatio = rate(checkCli) / rate(checkIn);
    const extractRatio = rate(extractCli) / rate(extractIn);
    console.log(`throughput on ${(bytes / MB).toFixed(2)} MB of Markdown (MB = 10^6 bytes), median of ${THROUGHPUT_RUNS}; a process's time includes its start-up and JSON output:`);
    console.log(`  check() in process, warmed up             ${rate(checkIn).toFixed(2).padStart(6)} MB/s`);
    console.log(`  check() from a cold process               ${rate(checkCold).toFixed(2).padStart(6)} MB/s`);
    console.log(`  factmark check --format json              ${rate(checkCli).toFixed(2).padStart(6)} MB/s  (${(checkRatio * 100).toFixed(0)}% of warm, ${((rate(checkCli) / rate(checkCold)) * 100).toFixed(0)}% of cold)`);
    console.log(`  extractMentions() in process, warmed up   ${rate(extractIn).toFixed(2).padStart(6)} MB/s`);
    console.log(`  extractMentions() from a cold process     ${rate(extractCold).toFixed(2).padStart(6)} MB/s`);
    console.log(`  factmark extract --format json            ${rate(extractCli).toFixed(2).padStart(6)} MB/s  (${(extractRatio * 100).toFixed(0)}% of warm, ${((rate(extractCli) / rate(extractCold)) * 100).toFixed(0)}% of cold)`);
    const worst = Math.min(checkRatio, extractRatio);
    console.log(`throughput ratio command/in-process: check ${(checkRatio * 100).toFixed(0)}%, extract ${(extractRatio * 100).toFixed(0)}% (target >= ${THROUGHPUT_TARGET * 100}%: ${worst >= THROUGHPUT_TARGET ? "met" : "NOT met"})`);
}

main();
