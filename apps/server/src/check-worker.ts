import { FactmarkError, Registry, type RegistryData } from "@factmark/core";
import { ExtractionCache, checkContent } from "./checking.js";
import type { CheckOutcome, CheckTask, RegistryPayload, WorkerAnswer } from "./pool.js";

// One registry per worker thread, rebuilt from the shared JSON when a task names a newer version.
let current: { version: number; registry: Registry } | undefined;
const cache = new ExtractionCache(20_000);

/**
 * Runs one check in a worker thread of the {@link CheckPool}: the draft against the registry of
 * the version the task names. Errors come back as data, since a class and its fields do not
 * survive the trip between threads.
 */
export default function runCheck({ task, registry }: { task: CheckTask; registry: RegistryPayload }): WorkerAnswer {
  try {
    if (current?.version !== registry.version) {
      const data = JSON.parse(Buffer.from(registry.data).toString("utf8")) as RegistryData;
      current = { version: registry.version, registry: Registry.from(data, { trusted: true }) };
    }
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
