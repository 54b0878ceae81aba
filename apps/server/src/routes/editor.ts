import { serveStatic } from "@hono/node-server/serve-static";
import { existsSync } from "node:fs";
import { join } from "node:path";
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
  const files: MiddlewareHandler = (c, next) => (handlers ??= { files: serveStatic({ root: dir }), index: serveStatic({ root: dir, path: "index.html" }) }).files(c, next);
  const index: MiddlewareHandler = (c, next) => (handlers ??= { files: serveStatic({ root: dir }), index: serveStatic({ root: dir, path: "index.html" }) }).index(c, next);
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
