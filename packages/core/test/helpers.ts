import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { FactmarkError, Registry } from "../src/index.js";

/** The repository root (packages/core/test → ../../..). */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** The shared folder beside the repository: data and the founding article. */
export const sharedDir = process.env.FACTMARK_SHARED_DATA ? `${process.env.FACTMARK_SHARED_DATA}/..` : `${repoRoot}../shared`;

/** The founding article's Markdown. */
export function readFoundingArticle(): string {
  return readFileSync(`${sharedDir}/fixtures/cairo-talks-2024-05.md`, "utf8");
}

/** A small registry of real Gaza Ministry of Health reports (April–June 2024) and the May 2024 proposal's phases. */
export function mayRegistry(): Registry {
  return Registry.from(JSON.parse(readFileSync(new URL("./fixtures/registry-may-2024.json", import.meta.url), "utf8")));
}


export { adversarialText } from "../../../bench/corpus/adversarial.mjs";

/** The FactmarkError `work` throws; fails the test when it throws nothing or something else. */
export function thrown(work: () => unknown): FactmarkError {
  try {
    work();
  } catch (error) {
    if (error instanceof FactmarkError) return error;
    throw error;
  }
  throw new Error("expected a FactmarkError, nothing was thrown");
}

/** The FactmarkError `work` rejects with; fails the test when it resolves or rejects with something else. */
export async function rejected(work: () => Promise<unknown>): Promise<FactmarkError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof FactmarkError) return error;
    throw error;
  }
  throw new Error("expected a FactmarkError, nothing was thrown");
}
