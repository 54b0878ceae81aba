import { FactmarkError, Registry, type RegistryData, check } from "@factmark/core";
import { parentPort, workerData } from "node:worker_threads";
import { ExtractionCache, checkContent } from "./checking.js";
import type { CheckMessage, CheckOutcome, CheckReply, CheckTask, RegistryPayload, WorkerAnswer } from "./pool.js";

// One registry per worker thread, rebuilt from the shared JSON when a task brings a newer version.
let current: { version: number; registry: Registry } | undefined;
const cache = new ExtractionCache(20_000);

/**
 * Runs one check in a worker thread of the {@link CheckPool}: the draft against the registry the
 * task brings, or the one the thread holds when it brings none. Errors come back as data, since
 * a class and its fields do not survive the trip between threads.
 */
export default function runCheck({ task, registry }: { task: CheckTask; registry?: RegistryPayload | undefined }): WorkerAnswer {
  try {
    if (registry) adopt(registry);
    if (!current) return { failure: "the thread was given a check before any registry" };
    const outcome: CheckOutcome = checkContent(task.content, task.format, {
      registry: current.registry,
      ...(task.date !== undefined ? { date: task.date } : {}),
      ...(task.rules ? { rules: task.rules } : {}),
      cache,
      mentions: task.mentions ?? true,
    });
    return { ok: outcome };
  } catch (error) {
    if (error instanceof FactmarkError) {
      return { error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}), ...(error.location ? { location: error.location } : {}) } };
    }
    // A stack overflow or any other failure: the message is enough for the service's log.
    return { failure: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** Holds `registry` from now on, unless the thread holds its version already. */
function adopt(registry: RegistryPayload): void {
  if (current?.version === registry.version) return;
  const data = JSON.parse(Buffer.from(registry.data).toString("utf8")) as RegistryData;
  current = { version: registry.version, registry: Registry.from(data, { trusted: true }) };
  // A registry builds its indexes on first use: a first check of a short story builds them here,
  // before the check the registry came with starts its deadline.
  try {
    check(WARM_UP, { registry: current.registry, date: WARM_UP_DATE });
  } catch {
    // The check that follows reports any failure.
  }
}

const WARM_UP = "More than 1,000 people have been killed, the ministry said.";
const WARM_UP_DATE = "2024-01-01";

// Started by the pool: checks arrive as messages, one after another, and each is answered with
// its id. A check the pool has ended while it waited here is skipped (it names it in `skip`).
const pool = workerData as { checkPool?: boolean; skip?: Int32Array } | undefined;
if (parentPort && pool?.checkPool) {
  const port = parentPort;
  port.on("message", (message: CheckMessage) => {
    if (pool.skip && Atomics.load(pool.skip, 0) === message.id) {
      // The registry it brought is the one the next checks expect the thread to hold.
      try {
        if (message.registry) adopt(message.registry);
      } catch {
        // The next check that needs it reports the failure.
      }
      port.postMessage({ id: message.id, answer: { failure: "ended before it started" }, skipped: true } satisfies CheckReply);
      return;
    }
    if (message.registry && current?.version !== message.registry.version) {
      // Rebuilding the registry (and, on a new thread, loading this module before it) is not the
      // check's time: the pool starts its deadline again once the registry is held.
      try {
        adopt(message.registry);
      } catch {
        // runCheck reports it.
      }
      port.postMessage({ id: message.id, started: true } satisfies CheckReply);
    }
    port.postMessage({ id: message.id, answer: runCheck(message) } satisfies CheckReply);
  });
}
