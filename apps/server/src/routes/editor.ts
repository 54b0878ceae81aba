import { serveStatic } from "@hono/node-server/serve-static";
import { existsSync, statSync } from "node:fs";
import { join, normalize } from "node:path";
import { Hono, type MiddlewareHandler } from "hono";
import type { AppEnv } from "../auth.js";

/**
 * Serves the built editor (its index.html and assets, with content types from their
 * extensions) at `/`. Paths without an extension fall back to index.html, for the editor's own
 * routes. When the directory has no index.html, `/` answers a plain page that says how to build
 * the editor, and the API still works.
 */
export function editorRoutes(dir: string): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // Checked per request, so an editor built while the service runs is served without a restart.
  const built = () => existsSync(join(dir, "index.html"));
  // Made on first use: serveStatic warns when its directory is missing, which is normal until the editor is built.
  let handlers: { files: MiddlewareHandler; index: MiddlewareHandler } | undefined;
  // Brotli or gzip copies made at build time (name.br, name.gz) are sent to browsers that accept them.
  const make = () => ({ files: serveStatic({ root: dir, precompressed: true }), index: serveStatic({ root: dir, path: "index.html", precompressed: true }) });
  const files: MiddlewareHandler = async (c, next) => (await cached(c, dir, c.req.path.endsWith("/") ? `${c.req.path}index.html` : c.req.path)) ?? (handlers ??= make()).files(c, next);
  const index: MiddlewareHandler = async (c, next) => (await cached(c, dir, "/index.html")) ?? (handlers ??= make()).index(c, next);
  // Unknown API paths must stay 404 problems, not the editor's page.
  const isApi = (path: string) => path === "/v1" || path.startsWith("/v1/");
  app.use("/*", async (c, next) => (built() && !isApi(c.req.path) ? files(c, next) : next()));
  app.get("/*", async (c, next) => {
    const path = c.req.path;
    if (isApi(path)) return next();
    if (built() && !/\.[a-z0-9]+$/i.test(path)) return index(c, next);
    if (path !== "/" && path !== "/index.html") return next();
    return c.html(fallbackPage(dir));
  });
  return app;
}

// The build names every asset by its content's hash: a name never changes content, so a browser keeps it a year.
const HASHED = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/**
 * Sets the caching headers of a file about to be served: a year, immutable, for a hashed asset;
 * for anything else (index.html) an ETag from its size and time, to be asked again each time.
 * Answers 304 when the browser's copy is current; undefined otherwise, or when the file is absent.
 */
async function cached(c: Parameters<MiddlewareHandler>[0], dir: string, path: string): Promise<Response | undefined> {
  if (c.req.method !== "GET" && c.req.method !== "HEAD") return undefined;
  const file = normalize(join(dir, path));
  // Outside the editor's directory is none of this route's business (serveStatic refuses it too).
  if (!file.startsWith(normalize(join(dir, "/")))) return undefined;
  let stats;
  try {
    stats = statSync(file);
  } catch {
    return undefined;
  }
  if (!stats.isFile()) return undefined;
  const etag = `W/"${stats.size.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}"`;
  c.header("ETag", etag);
  if (HASHED.test(path)) c.header("Cache-Control", "public, max-age=31536000, immutable");
  else c.header("Cache-Control", "no-cache");
  if (c.req.header("If-None-Match") === etag) return c.body(null, 304);
  return undefined;
}

function fallbackPage(dir: string): string {
  const escaped = dir.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>factmark server</title></head>
<body>
<h1>factmark server</h1>
<p>The service is running. The API is under <a href="/v1/openapi.json">/v1</a>; health at <a href="/healthz">/healthz</a>.</p>
<p>The editor is not built: no index.html in <code>${escaped}</code>. Build it from the repository root with</p>
<pre>npx turbo run build --filter=@factmark/editor</pre>
<p>or run <code>npm start</code>, which builds the editor and the service and starts them together. Set <code>FACTMARK_EDITOR_DIR</code> to serve an editor built elsewhere.</p>
</body>
</html>
`;
}
