// The checking pool on its own: the order of answers, never timing, shows what ran and what was
// skipped. One thread, so that a second check waits in the thread's own queue behind the first.
import { Registry } from "@factmark/core";
import { afterEach, describe, expect, it } from "vitest";
import { HOSTILE_SHAPES } from "../../../bench/corpus/hostile.mjs";
import { CheckPool, type RegistryPayload } from "../src/pool.js";

const FIGURE = "Over 40,000 Palestinians have been killed, the ministry said.";
// Checked well past any deadline below.
const SLOW = HOSTILE_SHAPES["text-figures"]!.make(900 * 1024);

function payload(version: number, registry: Registry): RegistryPayload {
  const bytes = Buffer.from(JSON.stringify(registry.toData()));
  const data = new SharedArrayBuffer(bytes.length);
  bytes.copy(new Uint8Array(data));
  return { version, data };
}

const source = { id: "gaza-moh", name: "Gaza Ministry of Health", aliases: ["the ministry"], type: "official-body" as const };
const series = { id: "gaza-moh-killed", title: "Killed in Gaza", source: "gaza-moh", measure: "killed" as const, population: { place: "gaza" }, cadence: "daily" as const };
const claim = (value: number) => ({ kind: "casualty" as const, id: `k-${value}`, series: "gaza-moh-killed", measure: "killed" as const, population: { place: "gaza" }, asOf: "2024-05-01", quantity: { value }, citations: [{ source: "gaza-moh", published: "2024-05-01" }] });
const v1 = payload(1, Registry.from({ sources: [source], series: [series], claims: [claim(34_000)] }));
const v2 = payload(2, Registry.from({ sources: [source], series: [series], claims: [claim(50_000)] }));

let pool: CheckPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe("CheckPool", () => {
  it("skips a check whose request ended while it waited in a thread, and answers the next with the registry it brought", async () => {
    pool = new CheckPool({ threads: 1, deadlineMs: 60_000 });
    // Warm the thread up on version 1.
    await pool.run({ content: FIGURE, format: "text", date: "2024-05-04" }, v1);
    const gone = new AbortController();
    const slow = pool.run({ content: SLOW, format: "text", date: "2024-05-04", mentions: false }, v1);
    // Waits in the thread's own queue behind the slow one, and carries version 2.
    const abandoned = pool.run({ content: SLOW, format: "text", date: "2024-05-04", mentions: false }, v2, gone.signal);
    gone.abort();
    await expect(abandoned).rejects.toMatchObject({ status: 503, code: "timeout" });
    await slow;
    // Answered after the abandoned one's turn, against version 2: three checks ran (the warm-up,
    // the slow one and this), not the abandoned one.
    const after = await pool.run({ content: FIGURE, format: "text", date: "2024-05-04" }, v2);
    expect(pool.counts.completed).toBe(3);
    expect(after.findings.map((f) => f.ruleId)).not.toContain("figure-mismatch");
    // Version 1 says otherwise, so the answer above came from version 2.
    const before = await pool.run({ content: FIGURE, format: "text", date: "2024-05-04" }, v1);
    expect(before.findings.map((f) => f.ruleId)).toContain("figure-mismatch");
  });

  it("does not count a new thread's start and its rebuilding of a large registry against a check's deadline", async () => {
    // 400,000 reports in 8,000 series of other places: rebuilding them takes a thread far longer
    // than the deadline, while the check itself, which reads Gaza's one series, takes milliseconds.
    const day = (i: number) => new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const others = Array.from({ length: 8000 }, (_, s) => ({ ...series, id: `other-${s}`, population: { place: `place-${s}`, group: "people" } }));
    const claims = others.flatMap((other, s) =>
      Array.from({ length: 50 }, (_, i) => ({ ...claim(i + 1), id: `${other.id}-${i}`, series: other.id, population: other.population, asOf: day(i), citations: [{ source: "gaza-moh", published: day(i) }] })),
    );
    const gaza = { ...series, population: { place: "gaza", group: "people" } };
    const big = payload(3, Registry.from({ sources: [source], series: [gaza, ...others], claims: [claim(34_000), ...claims] }, { trusted: true }));
    pool = new CheckPool({ threads: 1, deadlineMs: 250 });
    const answer = await pool.run({ content: FIGURE, format: "text", date: "2024-05-04" }, big);
    expect(answer.findings.length).toBeGreaterThan(0);
    expect(pool.counts).toMatchObject({ completed: 1, timedOut: 0 });
  }, 60_000);

  it("ends the thread at a check's deadline, and a new thread answers the checks after it", async () => {
    // Long enough for a new thread to start and load the registry on a busy machine; the draft
    // takes several times longer.
    pool = new CheckPool({ threads: 1, deadlineMs: 3000 });
    await pool.run({ content: FIGURE, format: "text", date: "2024-05-04" }, v1);
    const slow = pool.run({ content: HOSTILE_SHAPES["text-figures"]!.make(4 * 1024 * 1024), format: "text", date: "2024-05-04", mentions: false }, v1);
    // Queued behind the slow one in its thread: its own deadline, waiting included, may pass too.
    const behind = pool.run({ content: FIGURE, format: "text", date: "2024-05-04" }, v1).then(
      (outcome) => outcome.date,
      (error: { code?: string }) => error.code,
    );
    await expect(slow).rejects.toMatchObject({ status: 503, code: "timeout" });
    expect(["2024-05-04", "timeout"]).toContain(await behind);
    expect((await pool.run({ content: FIGURE, format: "text", date: "2024-05-04" }, v1)).date).toBe("2024-05-04");
    expect(pool.counts.timedOut).toBeGreaterThanOrEqual(1);
    expect(pool.threads).toBe(1);
  });

  it("refuses a check with 503 when the thread and the queue are full", async () => {
    pool = new CheckPool({ threads: 1, deadlineMs: 60_000, maxQueue: 1 });
    const stop = new AbortController();
    // Two in the thread (running and next), one in the queue: the fourth is refused.
    const held = [1, 2, 3].map(() => pool!.run({ content: SLOW, format: "text", date: "2024-05-04", mentions: false }, v1, stop.signal).catch((e: unknown) => e));
    await expect(pool.run({ content: FIGURE, format: "text", date: "2024-05-04" }, v1)).rejects.toMatchObject({ status: 503, code: "unavailable" });
    expect(pool.counts.refused).toBe(1);
    stop.abort();
    for (const outcome of await Promise.all(held)) expect(outcome).toMatchObject({ code: "timeout" });
    expect((await pool.run({ content: FIGURE, format: "text", date: "2024-05-04" }, v1)).date).toBe("2024-05-04");
  });
});
