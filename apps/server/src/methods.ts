import type { Hono } from "hono";

// Route patterns by app, compiled once: the app's routes are fixed once it serves.
const compiled = new WeakMap<object, { method: string; pattern: RegExp }[]>();

/**
 * The methods the app's routes answer at `path`, for a 405 with `Allow` when a request used
 * another one (Hono answers an unrouted method as not found). Middleware and catch-all routes
 * (the editor's `/*`) do not count. Empty when no route has the path.
 */
export function allowedMethods(app: Hono<any>, path: string): string[] {
  let routes = compiled.get(app);
  if (!routes) {
    routes = app.routes
      .filter((r) => r.method !== "ALL" && !r.path.endsWith("*"))
      .map((r) => ({ method: r.method, pattern: new RegExp(`^${r.path.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\/:[^/]+/g, "/[^/]+")}/?$`) }));
    compiled.set(app, routes);
  }
  const methods = new Set<string>();
  for (const route of routes) if (route.pattern.test(path)) methods.add(route.method);
  if (methods.size === 0) return [];
  if (methods.has("GET")) methods.add("HEAD");
  methods.add("OPTIONS");
  const order = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
  return [...methods].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
