import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The founding article's path, found as vite.config.ts finds it. */
export function foundingArticlePath(): string {
  const shared = process.env.FACTMARK_SHARED_DATA;
  const candidates = [
    ...(shared ? [resolve(shared, "..", "fixtures", "cairo-talks-2024-05.md")] : []),
    fileURLToPath(new URL("../../../../shared/fixtures/cairo-talks-2024-05.md", import.meta.url)),
  ];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`founding article not found at ${candidates.join(" or ")}`);
  return found;
}
