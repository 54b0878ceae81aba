import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { freePort, waitForHttp } from "./harness.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The address `vite preview` serves the built editor at. */
    baseUrl: string;
  }
}

const appDir = fileURLToPath(new URL("../..", import.meta.url));
const vite = join(dirname(createRequire(import.meta.url).resolve("vite/package.json")), "bin", "vite.js");

/**
 * Serves the built editor with `vite preview` for the browser tests: builds it first when
 * dist/ is missing, starts the preview server detached on a free port, waits until it answers,
 * and kills its process group when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(`${appDir}/dist/index.html`)) {
    const build = spawnSync(process.execPath, [vite, "build"], { cwd: appDir, stdio: "inherit" });
    if (build.status !== 0) throw new Error(`vite build failed with status ${build.status}`);
  }
  const port = await freePort();
  const server: ChildProcess = spawn(process.execPath, [vite, "preview", "--host", "127.0.0.1", "--strictPort", "--port", String(port)], {
    cwd: appDir,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}/`;
  try {
    await waitForHttp(baseUrl, 30_000);
  } catch (error) {
    kill(server);
    throw new Error(`vite preview did not answer at ${baseUrl}: ${(error as Error).message}\n${output}`);
  }
  project.provide("baseUrl", baseUrl);
  return async () => kill(server);
}

function kill(server: ChildProcess): void {
  if (server.pid === undefined || server.exitCode !== null) return;
  try {
    // The negative pid is the process group: vite and anything it started.
    process.kill(-server.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
}
