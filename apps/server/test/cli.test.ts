import { spawn, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openService } from "../src/app.js";
import { verifyApiKey } from "../src/keys.js";
import { type TestDatabase, casualtyClaim, sqlite } from "./harness.js";

const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));

describe("the factmark-server command", () => {
  let db: TestDatabase;
  let env: NodeJS.ProcessEnv;
  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, [BIN, ...args], { env, encoding: "utf8", timeout: 60_000 });
    // The workspace packages' dist/ can be mid-rebuild while this runs in a shared checkout: that one failure is retried once.
    if (/ERR_MODULE_NOT_FOUND[\s\S]*@factmark\/(core|dataset-gaza)\/dist/.test(result.stderr)) {
      spawnSync(process.execPath, ["-e", "setTimeout(() => {}, 5000)"]);
      return spawnSync(process.execPath, [BIN, ...args], { env, encoding: "utf8", timeout: 60_000 });
    }
    return result;
  };

  beforeAll(async () => {
    db = await sqlite.create();
    env = { ...process.env, DATABASE_URL: "", FACTMARK_DB: (db.target as { file: string }).file, PORT: "0", FACTMARK_EDITOR_DIR: db.config.editorDir };
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("migrates and seeds a new database with `migrate`", () => {
    const result = run("migrate");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/is up to date; registry version 1 \(\d+ claims\)/);
  });

  it("creates a key that verifies, lists it without its secret and revokes it", async () => {
    const created = run("keys", "create", "--scope", "write", "--name", "cms");
    expect(created.status).toBe(0);
    const key = created.stdout.trim();
    expect(key).toMatch(/^fmk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    const id = key.split("_")[1]!;
    const list = run("keys", "list", "--json");
    const keys = JSON.parse(list.stdout);
    expect(keys).toEqual([expect.objectContaining({ id, name: "cms", scope: "write" })]);
    expect(list.stdout).not.toContain(key.slice("fmk_000000000000_".length));
    const service = await openService(db.config);
    try {
      expect(await verifyApiKey(service.conn.db, key)).toEqual({ id, scope: "write" });
      expect(run("keys", "revoke", id).status).toBe(0);
      expect(await verifyApiKey(service.conn.db, key)).toBeUndefined();
    } finally {
      await service.close();
    }
    expect(run("keys", "revoke", "000000000000").status).toBe(1);
  });

  it("runs from the committed launcher, as npm links it in a checkout", () => {
    const launcher = fileURLToPath(new URL("../bin/factmark-server.js", import.meta.url));
    const result = spawnSync(process.execPath, [launcher, "help"], { env, encoding: "utf8", timeout: 60_000 });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Usage: factmark-server <command>");
  });

  it("refuses a missing or unknown scope with a usage error", () => {
    const missing = run("keys", "create");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("--scope read, write or admin");
    expect(run("keys", "create", "--scope", "root").status).toBe(2);
    expect(run("frobnicate").status).toBe(2);
  });

  it("imports an NDJSON file, and names the failing line of a bad one", () => {
    const good = join(db.config.dbFile, "..", "good.ndjson");
    writeFileSync(good, `${JSON.stringify(casualtyClaim("cli:one"))}\n`);
    const ok = run("import", good);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("imported 1 claims");
    const bad = join(db.config.dbFile, "..", "bad.ndjson");
    writeFileSync(bad, `${JSON.stringify(casualtyClaim("cli:two"))}\n{"kind":"casualty"}\n`);
    const failed = run("import", bad);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain("bad.ndjson:2: invalid claim");
  });

  it("names a bad configuration variable and its value", () => {
    const result = spawnSync(process.execPath, [BIN, "migrate"], { env: { ...env, PORT: "eighty" }, encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT="eighty"');
  });

  it.each([1, 2])("prints its address with `serve` (%i worker processes), answers there and stops on SIGTERM", async (workers) => {
    const child = spawn(process.execPath, [BIN, "serve"], { env: { ...env, FACTMARK_WORKERS: String(workers) }, stdio: ["ignore", "pipe", "pipe"] });
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (d) => {
        out += d;
        const match = /^factmark-server listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(out);
        if (match) resolve(match[1]!);
      });
      child.on("exit", (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
    });
    for (let i = 0; i < 4; i++) expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
