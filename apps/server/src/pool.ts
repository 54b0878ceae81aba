import { type ErrorLocation, FactmarkError, type FactmarkErrorCode, type Finding, type RulesConfig } from "@factmark/core";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
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
  /**
   * The longest a check may take, waiting in the queue included; past it the thread running it is
   * ended. A thread's start and its rebuilding of a new registry version do not count: the
   * deadline starts again once the thread holds the registry the check brought.
   */
  deadlineMs: number;
  /** Checks that may wait for a thread; more are refused with 503. @default 64 per thread */
  maxQueue?: number;
}

/** A message to a checking thread: a check, with the registry when the thread has not got its version yet. */
export interface CheckMessage {
  id: number;
  task: CheckTask;
  registry?: RegistryPayload;
}

/**
 * A checking thread's reply to a {@link CheckMessage}: its answer, or, before it, word that the
 * thread holds the registry the check brought and starts it (the deadline starts again then).
 */
export type CheckReply =
  | {
      id: number;
      answer: WorkerAnswer;
      /** The check was not run: the pool ended it while it waited in the thread. */
      skipped?: true;
    }
  | { id: number; started: true };

/**
 * The built worker module, CommonJS (see tsup.config.ts for why). Under the test runner this
 * module is TypeScript in src/, which a worker thread cannot load, so the built one in dist/ is
 * used (the tests run after the build).
 */
function workerFile(): string {
  const beside = new URL("./check-worker.cjs", import.meta.url);
  if (existsSync(fileURLToPath(beside))) return fileURLToPath(beside);
  return fileURLToPath(new URL("../dist/check-worker.cjs", import.meta.url));
}

/** Checks a thread is given at once: the one it runs and the next, already in its message queue. */
const DEPTH = 2;

interface Job {
  id: number;
  task: CheckTask;
  registry: RegistryPayload;
  resolve: (answer: WorkerAnswer) => void;
  reject: (error: unknown) => void;
  /** The deadline: it ends the thread running the check, even once the check was answered otherwise (its request ended). */
  timer: NodeJS.Timeout;
  /** Answered already: its reply, if one comes, is dropped. */
  settled: boolean;
  cleanup: () => void;
}

interface Thread {
  worker: Worker;
  /** Checks sent to the thread and not answered, in the order it runs them: the first is running. */
  jobs: Job[];
  /** The registry version the thread holds. */
  version: number;
  /** Shared with the thread: the id of a check it must skip when its turn comes (one that ended while waiting there). */
  skip: Int32Array;
}

/**
 * Checks drafts in a pool of worker threads, so that a long check never holds up the event loop
 * (health checks, event streams and cheap requests keep being answered), with a deadline that
 * really ends the work: a check still running at `deadlineMs` has its thread terminated, and a new
 * thread takes its place. Each thread is given the check it runs and the next one, so it starts
 * the next as soon as it is done, without waiting for this thread (busy with HTTP, or not
 * scheduled on a loaded machine) to hand it over; the rest wait here, in order. Each thread keeps
 * the registry of the last version it was sent, rebuilt from shared JSON when the version changes.
 */
export class CheckPool {
  readonly #threads: Thread[] = [];
  readonly #queue: Job[] = [];
  readonly #deadlineMs: number;
  readonly #maxQueue: number;
  readonly #file = workerFile();
  #nextId = 1;
  #completed = 0;
  #timedOut = 0;
  #refused = 0;
  #closing = false;

  constructor(options: CheckPoolOptions) {
    const threads = Math.max(1, options.threads ?? availableParallelism());
    this.#deadlineMs = options.deadlineMs;
    this.#maxQueue = options.maxQueue ?? threads * 64;
    for (let i = 0; i < threads; i++) this.#threads.push(this.#start());
  }

  /** Worker threads in the pool. */
  get threads(): number {
    return this.#threads.length;
  }

  /** Checks waiting for a thread. */
  get queued(): number {
    return this.#queue.length;
  }

  /** Checks run to the end, ended at their deadline, and refused because the queue was full, since the pool started. */
  get counts(): { completed: number; timedOut: number; refused: number } {
    return { completed: this.#completed, timedOut: this.#timedOut, refused: this.#refused };
  }

  /**
   * Runs a check on a worker thread, ended when `signal` aborts. Rejects with a `FactmarkError` for content that cannot be
   * read (answered 422), an {@link ApiError} 503 `timeout` past the deadline and 503
   * `unavailable` when the queue is full.
   */
  async run(task: CheckTask, registry: RegistryPayload, signal?: AbortSignal): Promise<CheckOutcome> {
    if (this.#closing) throw stopping();
    if (signal?.aborted) throw requestEnded();
    const answer = await new Promise<WorkerAnswer>((resolve, reject) => {
      if (!this.#free() && this.#queue.length >= this.#maxQueue) {
        this.#refused++;
        reject(new ApiError(503, "unavailable", "every checking thread is busy and the queue is full; retry in a second", {}, { "Retry-After": "1" }));
        return;
      }
      const job: Job = { id: this.#nextId++, task, registry, resolve, reject, settled: false, cleanup: () => {}, timer: undefined as unknown as NodeJS.Timeout };
      job.timer = setTimeout(() => this.#deadline(job), this.#deadlineMs);
      // A check whose request has ended (the client went away, the request timed out) is ended too.
      if (signal) {
        const abort = () => this.#end(job, requestEnded());
        signal.addEventListener("abort", abort, { once: true });
        job.cleanup = () => signal.removeEventListener("abort", abort);
      }
      const thread = this.#free();
      if (thread) this.#send(thread, job);
      else this.#queue.push(job);
    });
    if ("ok" in answer) return answer.ok;
    if ("error" in answer) {
      const { code, message, issues, location } = answer.error;
      throw new FactmarkError(code, message, { ...(issues ? { issues: issues as never } : {}), ...(location ? { location } : {}) });
    }
    throw new Error(`a check failed in its worker thread: ${answer.failure}`);
  }

  /** Ends every thread; checks not yet answered are refused with 503. */
  async close(): Promise<void> {
    this.#closing = true;
    const jobs = [...this.#queue.splice(0), ...this.#threads.flatMap((thread) => thread.jobs)];
    for (const job of jobs) {
      clearTimeout(job.timer);
      this.#fail(job, stopping());
    }
    const threads = this.#threads.splice(0);
    await Promise.all(threads.map((thread) => thread.worker.terminate()));
  }

  #start(): Thread {
    const skip = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(this.#file, { workerData: { checkPool: true, skip } });
    // The service's server keeps the process running; idle threads must not.
    worker.unref();
    const thread: Thread = { worker, jobs: [], version: -1, skip };
    worker.on("message", (reply: CheckReply) => this.#reply(thread, reply));
    worker.on("error", (error) => this.#lost(thread, `${error.name}: ${error.message}`));
    worker.on("exit", (code) => this.#lost(thread, `the thread exited with code ${code}`));
    return thread;
  }

  /** The thread with the fewest checks, if it can take one more. */
  #free(): Thread | undefined {
    let best: Thread | undefined;
    for (const thread of this.#threads) if (thread.jobs.length < DEPTH && (!best || thread.jobs.length < best.jobs.length)) best = thread;
    return best;
  }

  #send(thread: Thread, job: Job): void {
    const message: CheckMessage = { id: job.id, task: job.task };
    if (thread.version !== job.registry.version) {
      message.registry = job.registry;
      thread.version = job.registry.version;
      // The thread rebuilds the registry first (and, if new, starts): that is not the check's time.
      // Its deadline starts again when the thread says it holds the registry.
      clearTimeout(job.timer);
    }
    thread.jobs.push(job);
    thread.worker.postMessage(message);
  }

  #reply(thread: Thread, reply: CheckReply): void {
    const at = thread.jobs.findIndex((job) => job.id === reply.id);
    if (at < 0) return;
    if ("started" in reply) {
      // The thread has rebuilt the registry (and, if new, started): the check's own time begins.
      const job = thread.jobs[at]!;
      if (job.settled) return;
      clearTimeout(job.timer);
      job.timer = setTimeout(() => this.#deadline(job), this.#deadlineMs);
      return;
    }
    const job = thread.jobs.splice(at, 1)[0]!;
    clearTimeout(job.timer);
    if (!reply.skipped) this.#completed++;
    if (!job.settled) {
      this.#settle(job);
      job.resolve(reply.answer);
    }
    this.#fill(thread);
  }

  /** Gives a thread the checks waiting, up to {@link DEPTH}. */
  #fill(thread: Thread): void {
    while (thread.jobs.length < DEPTH && this.#queue.length > 0) this.#send(thread, this.#queue.shift()!);
  }

  #settle(job: Job): void {
    job.settled = true;
    job.cleanup();
  }

  #fail(job: Job, error: unknown): void {
    if (job.settled) return;
    this.#settle(job);
    job.reject(error);
  }

  #deadline(job: Job): void {
    if (!job.settled) this.#timedOut++;
    this.#end(job, new ApiError(503, "timeout", `checking took longer than ${this.#deadlineMs} ms, the limit (FACTMARK_CHECK_TIMEOUT_MS), and was stopped; send a shorter or simpler draft`));
  }

  /**
   * Ends a check (its deadline passed, or its request ended): a waiting one leaves the queue; the
   * one a thread is running ends with its thread, and the checks queued behind it in that thread
   * go back to the front of the queue; one waiting in a thread's own queue is skipped when its
   * turn comes, and its deadline still holds in case the thread had started it already.
   */
  #end(job: Job, error: unknown): void {
    this.#fail(job, error);
    const queued = this.#queue.indexOf(job);
    if (queued >= 0) {
      this.#queue.splice(queued, 1);
      clearTimeout(job.timer);
      return;
    }
    const thread = this.#threads.find((t) => t.jobs.includes(job));
    if (!thread) {
      clearTimeout(job.timer);
      return;
    }
    if (thread.jobs[0] === job) {
      this.#replace(thread);
      return;
    }
    Atomics.store(thread.skip, 0, job.id);
    clearTimeout(job.timer);
    job.timer = setTimeout(() => this.#deadline(job), this.#deadlineMs);
  }

  /** Terminates a thread and starts another in its place; its unanswered checks are sent again, the first (the one it was running) excepted. */
  #replace(thread: Thread): void {
    const at = this.#threads.indexOf(thread);
    if (at < 0 || this.#closing) return;
    const [running, ...waiting] = thread.jobs;
    if (running) clearTimeout(running.timer);
    thread.jobs = [];
    thread.worker.removeAllListeners();
    // Errors and the exit of the thread ended here are no longer this pool's concern.
    thread.worker.on("error", () => {});
    void thread.worker.terminate();
    const next = this.#start();
    this.#threads[at] = next;
    for (const job of waiting) if (job.settled) clearTimeout(job.timer);
    this.#queue.unshift(...waiting.filter((job) => !job.settled));
    for (const other of [next, ...this.#threads]) this.#fill(other);
  }

  /** A thread that failed or exited by itself: its checks fail, and another thread takes its place. */
  #lost(thread: Thread, why: string): void {
    const at = this.#threads.indexOf(thread);
    if (at < 0 || this.#closing) return;
    for (const job of thread.jobs) {
      clearTimeout(job.timer);
      if (job.settled) continue;
      this.#settle(job);
      job.resolve({ failure: why });
    }
    thread.jobs = [];
    thread.worker.removeAllListeners();
    const next = this.#start();
    this.#threads[at] = next;
    this.#fill(next);
  }
}

function requestEnded(): ApiError {
  return new ApiError(503, "timeout", "the request ended before its check did; the check was stopped");
}

function stopping(): ApiError {
  return new ApiError(503, "unavailable", "the service is stopping; retry on another instance or once it is back", {}, { "Retry-After": "1" });
}
