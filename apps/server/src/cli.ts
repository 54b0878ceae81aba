import cluster from "node:cluster";
import { createReadStream } from "node:fs";
import { parseArgs } from "node:util";
import { openService } from "./app.js";
import { type ServerConfig, databaseTarget, loadConfig } from "./config.js";
import { openDatabase } from "./db/open.js";
import { Scope, createApiKey, listApiKeys, revokeApiKey } from "./keys.js";
import { ApiError, formatProblem } from "./problem.js";
import { startServer } from "./serve.js";
import { RegistryStore } from "./store.js";

/** Where {@link runCli} writes and what it reads. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Resolves when the service should stop (for `serve`). @default SIGINT or SIGTERM */
  stopSignal?: Promise<void>;
}

const USAGE = `Usage: factmark-server <command>

Commands:
  serve                                  start the service (PORT, FACTMARK_DB or DATABASE_URL, FACTMARK_WORKERS; see README)
  migrate                                create or update the database schema, then exit
  keys create --scope read|write|admin [--name NAME]
                                         create an API key; its secret is printed once
  keys list [--json]                     list API keys (never their secrets)
  keys revoke <id>                       revoke an API key
  import <file.ndjson>                   import NDJSON registry records in one transaction

The database is the SQLite file FACTMARK_DB (default ./factmark.db), or PostgreSQL when DATABASE_URL is set.`;

/**
 * Runs a `factmark-server` command and returns its exit code: 0 on success, 1 on a failure,
 * 2 on a usage error. Errors are written to `stderr` in one line with what was expected.
 *
 * @example
 * process.exitCode = await runCli(["keys", "create", "--scope", "write", "--name", "cms"]);
 */
export async function runCli(argv: readonly string[], io: CliIO = defaultIO()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "serve":
        return await serveCommand(loadConfig(io.env), io);
      case "migrate":
        return await migrateCommand(loadConfig(io.env), io);
      case "keys":
        return await keysCommand(rest, loadConfig(io.env), io);
      case "import":
        return await importCommand(rest, loadConfig(io.env), io);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.stdout(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        io.stderr(`factmark-server: unknown command "${command}"; expected serve, migrate, keys or import\n\n${USAGE}\n`);
        return 2;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`factmark-server: ${error.message}\n`);
      return 2;
    }
    if (error instanceof ApiError) {
      const problem = formatProblem(error);
      io.stderr(`factmark-server: ${problem.detail}${problem.line !== undefined ? ` (line ${problem.line})` : ""}\n`);
      return 1;
    }
    io.stderr(`factmark-server: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

class UsageError extends Error {}

function defaultIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
  };
}

function stopSignal(io: CliIO): Promise<void> {
  return (
    io.stopSignal ??
    new Promise<void>((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    })
  );
}

async function serveCommand(config: ServerConfig, io: CliIO): Promise<number> {
  if (config.workers > 1) return cluster.isPrimary ? servePrimary(config, io) : serveWorker(config, io);
  const running = await startServer(config);
  io.stdout(`factmark-server listening on ${running.url}\n`);
  io.stdout(`database: ${running.service.conn.dialect} ${running.service.conn.label}; registry version ${running.service.store.version} (${running.service.store.registry.size} claims)\n`);
  await stopSignal(io);
  await running.close();
  return 0;
}

/**
 * The primary of a multi-process server: migrates and seeds once (so workers never race to),
 * forks the workers, which share the listening socket, replaces a worker that dies, and stops
 * them all on SIGINT or SIGTERM.
 */
async function servePrimary(config: ServerConfig, io: CliIO): Promise<number> {
  const setup = await openService({ ...config, pollMs: 0 });
  const summary = `database: ${setup.conn.dialect} ${setup.conn.label}; registry version ${setup.store.version} (${setup.store.registry.size} claims); ${config.workers} workers`;
  await setup.close();
  let stopping = false;
  const fork = () => {
    const worker = cluster.fork();
    worker.on("exit", (code, signal) => {
      if (stopping) return;
      io.stderr(`factmark-server: worker ${worker.process.pid} exited (${signal ?? code}); starting another\n`);
      fork();
    });
    return worker;
  };
  const workers = Array.from({ length: config.workers }, fork);
  const urls = await Promise.all(
    workers.map(
      (worker) =>
        new Promise<string>((resolve, reject) => {
          worker.on("message", (message: { listening?: string }) => message.listening && resolve(message.listening));
          worker.once("exit", (code) => reject(new Error(`a worker exited (${code}) before listening`)));
        }),
    ),
  ).catch((error: Error) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    throw error;
  });
  io.stdout(`factmark-server listening on ${urls[0]}\n${summary}\n`);
  await stopSignal(io);
  stopping = true;
  await Promise.all(
    Object.values(cluster.workers ?? {}).map(
      (worker) =>
        new Promise<void>((resolve) => {
          if (!worker || worker.isDead()) return resolve();
          worker.once("exit", () => resolve());
          // Signal the process itself: the worker closes its server and database, then leaves.
          worker.process.kill("SIGTERM");
        }),
    ),
  );
  return 0;
}

async function serveWorker(config: ServerConfig, io: CliIO): Promise<number> {
  // The primary seeded already; a worker only loads.
  const running = await startServer({ ...config, seed: false });
  process.send?.({ listening: running.url });
  await stopSignal(io);
  await running.close();
  // The channel to the primary would keep the process alive.
  if (process.connected) process.disconnect();
  return 0;
}

async function migrateCommand(config: ServerConfig, io: CliIO): Promise<number> {
  const conn = await openDatabase(databaseTarget(config));
  try {
    // openDatabase migrated; seeding here too means the first `serve` starts at once.
    const store = await RegistryStore.open(conn, { seed: config.seed });
    io.stdout(`database ${conn.dialect} ${conn.label} is up to date; registry version ${store.version} (${store.registry.size} claims)\n`);
    await store.stop();
    return 0;
  } finally {
    await conn.close();
  }
}

async function keysCommand(args: string[], config: ServerConfig, io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parse(rest, { scope: { type: "string" }, name: { type: "string" }, json: { type: "boolean" } });
  if (sub !== "create" && sub !== "list" && sub !== "revoke") throw new UsageError(`unknown keys command "${sub ?? ""}"; expected keys create, keys list or keys revoke`);
  let scope: Scope | undefined;
  if (sub === "create") {
    const parsed = Scope.safeParse(values.scope);
    if (!parsed.success) throw new UsageError(`keys create needs --scope read, write or admin; received ${values.scope === undefined ? "no --scope" : `--scope ${JSON.stringify(values.scope)}`}`);
    scope = parsed.data;
  }
  if (sub === "revoke" && positionals.length !== 1) throw new UsageError("keys revoke needs one key id, for example: factmark-server keys revoke 3f9a0c1d2e4b");
  const conn = await openDatabase(databaseTarget(config));
  try {
    if (sub === "create") {
      const key = await createApiKey(conn.db, { scope: scope!, ...(typeof values.name === "string" ? { name: values.name } : {}) });
      if (values.json) io.stdout(`${JSON.stringify(key)}\n`);
      else io.stdout(`${key.key}\n`);
      io.stderr(`created ${key.scope} key ${key.id} ("${key.name}"); the secret above is shown only now\n`);
      return 0;
    }
    if (sub === "list") {
      const keys = await listApiKeys(conn.db);
      if (values.json) io.stdout(`${JSON.stringify(keys)}\n`);
      else for (const k of keys) io.stdout(`${k.id}  ${k.scope.padEnd(5)}  ${k.createdAt}  ${k.revokedAt ? `revoked ${k.revokedAt}` : "active"}  ${k.name}\n`);
      return 0;
    }
    const id = positionals[0]!;
    if (!(await revokeApiKey(conn.db, id))) {
      io.stderr(`factmark-server: no API key has the id "${id}"; list them with: factmark-server keys list\n`);
      return 1;
    }
    io.stdout(`revoked ${id}\n`);
    return 0;
  } finally {
    await conn.close();
  }
}

async function importCommand(args: string[], config: ServerConfig, io: CliIO): Promise<number> {
  const { positionals } = parse(args, {});
  if (positionals.length !== 1) throw new UsageError("import needs one NDJSON file, for example: factmark-server import newsroom-claims.ndjson");
  const service = await openService({ ...config, pollMs: 0 });
  try {
    const result = await service.store.importNdjson(createReadStream(positionals[0]!), {}, { file: positionals[0]!, maxLineLength: config.importLimit });
    io.stdout(`imported ${result.counts.claims} claims, ${result.counts.sources} sources, ${result.counts.actors} actors, ${result.counts.places} places, ${result.counts.conflicts} conflicts, ${result.counts.series} series; registry version ${result.version}\n`);
    return 0;
  } finally {
    await service.close();
  }
}

function parse(args: string[], options: Record<string, { type: "string" | "boolean" }>) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
