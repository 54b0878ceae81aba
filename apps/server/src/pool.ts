import { type ErrorLocation, FactmarkError, type FactmarkErrorCode, type Finding, type RulesConfig } from "@factmark/core";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { ApiError } from "./problem.js";
import type { ContentFormat, StoryMention } from "./schemas.js";

/** A check for a worker thread: the content and how to read it. */
export interface CheckTask {
  content: string | object;
  format: ContentFormat;
  date?: string;
  rules?: RulesConfig;
  /** Collect the mentions with their offsets too. @default true */
  mentions?: boolean;
}

/** What a check gives: the date checked at, the findings and (unless turned off) the mentions. */
export interface CheckOutcome {
  date: string;
  findings: Finding[];
  mentions: StoryMention[];
}

/** The registry a check runs against: its version and its RegistryData JSON, shared between threads without a copy. */
export interface RegistryPayload {
  version: number;
  data: SharedArrayBuffer;
}

/** A worker thread's answer: the outcome, a FactmarkError as data, or another failure's message. */
export type WorkerAnswer =
  | { ok: CheckOutcome }
  | { error: { code: FactmarkErrorCode; message: string; issues?: unknown[]; location?: ErrorLocation } }
  | { failure: string };

/** Options of {@link CheckPool}. */
export interface CheckPoolOptions {
  /** Worker threads. @default one per core */
  threads?: number;
  /** The longest a check may take, waiting in the queue included; past it the thread running it is ended. */
  deadlineMs: number;
  /** Checks that may wait for a thread; more are refused with 503. @default 64 per thread */
  maxQueue?: number;
}

/**
 * The built worker module, CommonJS (see tsup.config.ts for why). Under the test runner this
 * module is TypeScript in src/, which a worker thread cannot load, so the built one in dist/ is
 * used (the tests run after the build).
 */
function workerFile(): string {
  const beside = new URL("./check-worker.cjs", import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside.href;
  return new URL("../dist/check-worker.cjs", import.meta.url).href;
}

/**
 * Checks drafts in a pool of worker threads, so that a long check never holds up the event loop
 * (health checks, event streams and cheap requests keep being answered), with a deadline that
 * really ends the work: a check still running at `deadlineMs` has its thread terminated, and a new
 * thread takes its place. Piscina runs the pool; each thread keeps the registry of the last
 * version it was given, rebuilt from shared JSON when the version changes.
 */
export class CheckPool {
  readonly #pool: Piscina<{ task: CheckTask; registry: RegistryPayload }, WorkerAnswer>;
  readonly #deadlineMs: number;
  #timedOut = 0;
  #refused = 0;
  #closing = false;

  constructor(options: CheckPoolOptions) {
    const threads = Math.max(1, options.threads ?? availableParallelism());
    this.#deadlineMs = options.deadlineMs;
    this.#pool = new Piscina({
      filename: workerFile(),
      minThreads: threads,
      maxThreads: threads,
      maxQueue: options.maxQueue ?? threads * 64,
      idleTimeout: 60_000,
      // A thread between checks waits on its event loop for the next one, not in Atomics.wait:
      // blocked there, it is woken by the main thread for each check, which costs more than the
      // message (a quarter of the throughput on a busy 2-core machine).
      atomics: "disabled",
    });
  }

  /** Worker threads in the pool. */
  get threads(): number {
    return this.#pool.threads.length;
  }

  /** Checks waiting for a thread. */
  get queued(): number {
    return this.#pool.queueSize;
  }

  /** Checks ended at their deadline, and refused because the queue was full, since the pool started. */
  get counts(): { completed: number; timedOut: number; refused: number } {
    return { completed: this.#pool.completed, timedOut: this.#timedOut, refused: this.#refused };
  }

  /**
   * Runs a check on a worker thread, ended when `signal` aborts. Rejects with a `FactmarkError` for content that cannot be
   * read (answered 422), an {@link ApiError} 503 `timeout` past the deadline and 503
   * `unavailable` when the queue is full.
   */
  async run(task: CheckTask, registry: RegistryPayload, signal?: AbortSignal): Promise<CheckOutcome> {
    let answer: WorkerAnswer;
    // One controller for the deadline and the caller's signal (AbortSignal.any and
    // AbortSignal.timeout cost more per call on Node 20, and this runs for every check).
    const controller = new AbortController();
    let late = false;
    const timer = setTimeout(() => {
      late = true;
      controller.abort();
    }, this.#deadlineMs);
    const follow = () => controller.abort();
    signal?.addEventListener("abort", follow, { once: true });
    try {
      // A check whose request has ended (the client went away, the request timed out) is ended too.
      answer = await this.#pool.run({ task, registry }, { signal: controller.signal });
    } catch (error) {
      const e = error as Error;
      if (this.#closing) throw new ApiError(503, "unavailable", "the service is stopping; retry on another instance or once it is back", {}, { "Retry-After": "1" });
      if (controller.signal.aborted && !late) throw new ApiError(503, "timeout", "the request ended before its check did; the check was stopped");
      if (late) {
        this.#timedOut++;
        throw new ApiError(503, "timeout", `checking took longer than ${this.#deadlineMs} ms, the limit (FACTMARK_CHECK_TIMEOUT_MS), and was stopped; send a shorter or simpler draft`);
      }
      if (/queue is at limit/i.test(e.message)) {
        this.#refused++;
        throw new ApiError(503, "unavailable", "every checking thread is busy and the queue is full; retry in a second", {}, { "Retry-After": "1" });
      }
      throw error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", follow);
    }
    if ("ok" in answer) return answer.ok;
    if ("error" in answer) {
      const { code, message, issues, location } = answer.error;
      throw new FactmarkError(code, message, { ...(issues ? { issues: issues as never } : {}), ...(location ? { location } : {}) });
    }
    throw new Error(`a check failed in its worker thread: ${answer.failure}`);
  }

  /** Ends every thread. */
  async close(): Promise<void> {
    this.#closing = true;
    await this.#pool.destroy();
  }
}
