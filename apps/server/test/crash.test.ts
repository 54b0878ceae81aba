import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openService } from "../src/app.js";
import { type TestDatabase, casualtyClaim, drivers } from "./harness.js";

const CHILD = fileURLToPath(new URL("./fixtures/import-and-stall.mjs", import.meta.url));

/** Environment variables that point the child at the test database. */
function childEnv(db: TestDatabase): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FACTMARK_DB: "", DATABASE_URL: "" };
  if ("file" in db.target) env.FACTMARK_DB = db.target.file;
  else env.DATABASE_URL = db.target.url;
  return env;
}

describe.each(drivers())("an import killed halfway on $name", (driver) => {
  let db: TestDatabase;
  const file = join(tmpdir(), `factmark-crash-${process.pid}-${driver.name}.ndjson`);

  beforeAll(async () => {
    if (driver.unavailable) throw new Error(`the ${driver.name} suite cannot run: ${driver.unavailable}`);
    db = await driver.create();
    const lines = [JSON.stringify({ source: { id: "crash-desk", name: "Crash Desk", type: "news-outlet" } })];
    // Rows that replace dataset claims as well as new ones, so a partial write would show either way.
    for (let i = 0; i < 3000; i++) lines.push(JSON.stringify(casualtyClaim(`crash:${i}`, { series: undefined, asOf: "2031-05-01", quantity: { value: i }, population: { place: `crash-${i}` }, citations: [{ source: "crash-desk", published: "2031-05-01" }] })));
    lines.push(JSON.stringify(casualtyClaim("gaza-moh-killed:2024-05-04", { asOf: "2024-05-04", quantity: { value: 1 }, citations: [{ source: "gaza-moh", published: "2024-05-04" }] })));
    writeFileSync(file, `${lines.join("\n")}\n`);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("leaves the registry exactly as it was, and the database writable", async () => {
    const first = await openService(db.config);
    const before = await first.store.exportData();
    const version = first.store.version;
    await first.close();

    const child = spawn(process.execPath, [CHILD, file], { env: childEnv(db), stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const progress = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (d) => {
        out += d;
        if (out.includes("halfway")) resolve(out);
      });
      child.on("exit", (code) => reject(new Error(`the import exited (${code}) before halfway: ${out} ${stderr}`)));
    });
    const [written, total] = /halfway (\d+)\/(\d+)/.exec(progress)!.slice(1).map(Number) as [number, number];
    expect(written).toBeGreaterThanOrEqual(total / 2);
    expect(written).toBeLessThan(total);
    const exited = new Promise((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");

    const after = await openService(db.config);
    try {
      expect(after.store.version).toBe(version);
      expect(await after.store.exportData()).toEqual(before);
      expect(after.store.registry.claim("crash:0")).toBeUndefined();
      // The killed writer's lock is gone: a new change commits.
      const change = await after.store.write({ sources: [{ id: "after-crash", name: "After", type: "news-outlet", aliases: [], party: false }] }, { action: "create" });
      expect(change.version).toBe(version + 1);
    } finally {
      await after.close();
    }
  });
});
