// Measures the language server (`factmark lsp --stdio`) from a `textDocument/didChange` to the
// diagnostics it publishes for that version, while a writer types in the middle of a 10,000-word
// Markdown story, against a full check of the same story in the same run: core's check() on the
// story's text after each keystroke, which reads every paragraph again. The server runs in its own
// process and is timed as an editor sees it: JSON-RPC framing, the pipe both ways, the incremental
// check and the diagnostics. The script reports; it does not assert (exit 0 whether or not the
// target is met, exit 1 on an exception or when the server's diagnostics differ from the full
// check's findings).
//
//   npm run build && node bench/lsp.bench.mjs
//
// The story is built from bench/corpus/paragraphs.md (invented wire copy) with a seeded PRNG, so
// every run types the same text into the same story. Target: >= 20x the full check at the median,
// as the ProseMirror plugin is (bench/prosemirror.bench.mjs).
import { spawn } from "node:child_process";
import { availableParallelism, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { check } from "@factmark/core";
import { defaultRegistry } from "@factmark/dataset-gaza";
import { DATE, ROOT, SEED, paragraphDealer, prng, readCorpusParagraphs } from "./corpus/corpus.mjs";

const STORY_WORDS = 10_000;
const TARGET_RATIO = 20;
// What the writer types, a sentence at the end of each of four paragraphs in the middle of the
// story, as in the ProseMirror benchmark.
const TYPED = [
  " Negotiators are due to meet again in Doha next week, two officials briefed on the talks said.",
  " Aid agencies say the crossings have been shut for most of the month.",
  " The ministry said on Thursday that more than 37,000 Palestinians had been killed.",
  " Mediators from Egypt and Qatar have pressed both sides to accept the plan.",
];
const URI = "file:///bench/story.md";
const gc = globalThis.gc ?? (() => {});

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const stats = (times) => {
  const sorted = Float64Array.from(times).sort();
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1], mean: times.reduce((a, b) => a + b, 0) / times.length, n: times.length };
};

/** A language client over the server's standard input and output, with Content-Length framing. */
class Client {
  constructor() {
    this.child = spawn(process.execPath, [`${ROOT}packages/cli/bin/factmark.js`, "lsp", "--stdio"], { cwd: ROOT, stdio: ["pipe", "pipe", "inherit"] });
    this.buffer = Buffer.alloc(0);
    this.nextId = 1;
    this.pending = new Map();
    this.waiting = new Map();
    this.child.stdout.on("data", (chunk) => this.read(chunk));
  }

  send(message) {
    const body = Buffer.from(JSON.stringify(message), "utf8");
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
  }

  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ jsonrpc: "2.0", id, method, params });
    });
  }

  notify(method, params) {
    this.send({ jsonrpc: "2.0", method, params });
  }

  /** Resolves to the diagnostics published for `uri` at `version`. */
  diagnostics(uri, version) {
    return new Promise((resolve) => this.waiting.set(`${uri}@${version}`, resolve));
  }

  read(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf("\r\n\r\n");
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString("utf8"));
      this.buffer = this.buffer.subarray(end + 4 + length);
      if (message.id !== undefined && message.method !== undefined) this.send({ jsonrpc: "2.0", id: message.id, result: message.method === "workspace/configuration" ? message.params.items.map(() => null) : null });
      else if (message.id !== undefined) this.pending.get(message.id)?.(message);
      else if (message.method === "textDocument/publishDiagnostics") {
        const key = `${message.params.uri}@${message.params.version}`;
        const resolve = this.waiting.get(key);
        if (resolve) {
          this.waiting.delete(key);
          resolve(message.params.diagnostics);
        }
      }
    }
  }

  async stop() {
    await this.request("shutdown", null);
    this.notify("exit", null);
    await new Promise((resolve) => this.child.on("exit", resolve));
  }
}

/** An LSP position (UTF-16) of `offset`, from the line starts of `text`. */
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}
function positionAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

/** The end of paragraph `index` (0-based, after the front matter and heading) in the Markdown. */
function typingPoint(text, index) {
  let at = text.indexOf("\n\n", text.indexOf("# ")) + 2;
  for (let i = 0; i < index; i++) at = text.indexOf("\n\n", at) + 2;
  return text.indexOf("\n\n", at);
}

async function main() {
  const started = performance.now();
  const loadStart = loadavg()[0];
  const corpus = readCorpusParagraphs();
  const { paragraphs, words } = paragraphDealer(corpus, prng(SEED))(STORY_WORDS);
  let text = `---\ndate: ${DATE}\n---\n\n# Ceasefire talks resume in Cairo as mediators press both sides\n\n${paragraphs.join("\n\n")}\n`;
  const registry = defaultRegistry();

  const client = new Client();
  await client.request("initialize", { processId: process.pid, rootUri: null, capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true } } } });
  client.notify("initialized", {});
  let version = 1;
  // The first open loads the default registry in the server: untimed.
  const opened = client.diagnostics(URI, version);
  client.notify("textDocument/didOpen", { textDocument: { uri: URI, languageId: "markdown", version, text } });
  const initial = await opened;
  console.log(`story: ${paragraphs.length} paragraphs, ${words} words, ${text.length} characters of Markdown (from ${corpus.length} corpus paragraphs, seed ${SEED}); date ${DATE}; ${initial.length} diagnostics; gc: ${globalThis.gc ? "yes" : "no (run with --expose-gc)"}`);

  // One keystroke: an incremental change inserting `ch` at `offset`, timed to its diagnostics.
  const key = async (offset, ch) => {
    const position = positionAt(lineStarts(text), offset);
    text = text.slice(0, offset) + ch + text.slice(offset);
    version += 1;
    const published = client.diagnostics(URI, version);
    const t0 = performance.now();
    client.notify("textDocument/didChange", { textDocument: { uri: URI, version }, contentChanges: [{ range: { start: position, end: position }, text: ch }] });
    const diagnostics = await published;
    return { ms: performance.now() - t0, diagnostics };
  };
  const type = async (paragraph, sentence, onKey) => {
    let at = typingPoint(text, paragraph);
    for (const ch of sentence) {
      const result = await key(at, ch);
      at += ch.length;
      onKey?.(result);
    }
  };

  // Warm-up, untimed: the same text near the start (JIT in both processes, registry indexes).
  gc();
  for (const sentence of TYPED) await type(2, sentence);
  for (let i = 0; i < 20; i++) check(text, { registry, date: DATE, format: "markdown" });

  const middle = Math.floor(paragraphs.length / 2);
  const serverTimes = [];
  const seen = [];
  // The server and the baseline are timed in separate passes over the same keystrokes.
  for (const [k, sentence] of TYPED.entries()) {
    await type(middle - 2 + k, sentence, ({ ms, diagnostics }) => {
      serverTimes.push(ms);
      seen.push({ text, diagnostics });
    });
  }

  // A full check through the server: the story opened afresh under another URI, open to diagnostics.
  const openTimes = [];
  for (let i = 0; i < 10; i++) {
    const uri = `file:///bench/copy-${i}.md`;
    const published = client.diagnostics(uri, 1);
    const t0 = performance.now();
    client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text } });
    await published;
    openTimes.push(performance.now() - t0);
    client.notify("textDocument/didClose", { textDocument: { uri } });
  }

  // The transport alone: a request the server answers without checking anything (code actions
  // of a kind it does not offer), as many times as there were keystrokes. The floor, and a gauge
  // of the machine's load.
  const floorTimes = [];
  for (let i = 0; i < serverTimes.length; i++) {
    const t0 = performance.now();
    await client.request("textDocument/codeAction", { textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ["refactor"] } });
    floorTimes.push(performance.now() - t0);
  }

  gc();
  for (let i = 0; i < 20; i++) check(text, { registry, date: DATE, format: "markdown" });
  const baselineTimes = [];
  let mismatches = 0;
  for (const { text: typed, diagnostics } of seen) {
    const t0 = performance.now();
    const full = check(typed, { registry, date: DATE, format: "markdown" });
    baselineTimes.push(performance.now() - t0);
    const starts = lineStarts(typed);
    const same =
      full.length === diagnostics.length &&
      full.every((f, i) => {
        const d = diagnostics[i];
        const at = positionAt(starts, f.from);
        return d.code === f.ruleId && d.message === f.message && d.range.start.line === at.line && d.range.start.character === at.character;
      });
    if (!same) mismatches += 1;
  }
  await client.stop();

  const s = stats(serverTimes);
  const f = stats(floorTimes);
  const o = stats(openTimes);
  const b = stats(baselineTimes);
  const us = (ms) => `${(ms * 1000).toFixed(0).padStart(8)}`;
  console.log(`keystrokes: ${s.n}, a sentence typed at the end of ${TYPED.length} paragraphs in the middle of the story, one didChange each`);
  console.log(`${"".padEnd(46)} ${"p50 µs".padStart(8)} ${"p95 µs".padStart(8)} ${"max µs".padStart(8)} ${"mean µs".padStart(8)}`);
  console.log(`${"didChange to its diagnostics (server process)".padEnd(46)} ${us(s.p50)} ${us(s.p95)} ${us(s.max)} ${us(s.mean)}`);
  console.log(`${"request round trip, no check (transport alone)".padEnd(46)} ${us(f.p50)} ${us(f.p95)} ${us(f.max)} ${us(f.mean)}`);
  console.log(`${"didOpen to its diagnostics (a full check, n=10)".padEnd(46)} ${us(o.p50)} ${us(o.p95)} ${us(o.max)} ${us(o.mean)}`);
  console.log(`${"full check (check() on the Markdown)".padEnd(46)} ${us(b.p50)} ${us(b.p95)} ${us(b.max)} ${us(b.mean)}`);
  console.log(`diagnostics after typing: ${seen[seen.length - 1].diagnostics.length}; keystrokes where the server and the full check disagree: ${mismatches}`);
  const ratio = b.p50 / s.p50;
  console.log(`speed-up vs full check: ${ratio.toFixed(1)}x at the median, ${(b.mean / s.mean).toFixed(1)}x in mean time, ${(b.p95 / s.p95).toFixed(1)}x at p95 (target >= ${TARGET_RATIO}x at the median: ${ratio >= TARGET_RATIO ? "met" : "NOT met"}); vs a full check through the server: ${(o.p50 / s.p50).toFixed(1)}x at the median`);
  console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s; ${availableParallelism()} cores, 1-min load average ${loadStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end`);
  if (mismatches > 0) throw new Error(`the server's diagnostics differed from the full check on ${mismatches} keystrokes`);
}

try {
  await main();
  process.exit(0);
} catch (error) {
  console.error(error?.stack ?? error);
  process.exit(1);
}
