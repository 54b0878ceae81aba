import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editorRoutes } from "../src/routes/editor.js";

let dir: string;
const script = "export const answer = 42;\n".repeat(100);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "factmark-editor-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>editor</title>");
  writeFileSync(join(dir, "assets", "index-Bv1rj-Ch.js"), script);
  writeFileSync(join(dir, "assets", "index-Bv1rj-Ch.js.br"), brotliCompressSync(script));
  writeFileSync(join(dir, "assets", "index-Bv1rj-Ch.js.gz"), gzipSync(script));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the editor's static files", () => {
  it("sends a hashed asset compressed with brotli or gzip as the browser accepts, cached for a year", async () => {
    const app = editorRoutes(dir);
    const br = await app.request("/assets/index-Bv1rj-Ch.js", { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(br.status).toBe(200);
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("content-type")).toMatch(/javascript/);
    expect(br.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(br.headers.get("vary")).toMatch(/Accept-Encoding/);
    expect(Buffer.from(await br.arrayBuffer()).length).toBeLessThan(script.length / 5);
    const gz = await app.request("/assets/index-Bv1rj-Ch.js", { headers: { "accept-encoding": "gzip" } });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    const plain = await app.request("/assets/index-Bv1rj-Ch.js");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe(script);
  });

  it("asks the browser to revalidate index.html with its ETag, and answers 304 when it is current", async () => {
    const app = editorRoutes(dir);
    const first = await app.request("/");
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("no-cache");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/"[a-z0-9]+-[a-z0-9]+"$/);
    const again = await app.request("/", { headers: { "if-none-match": etag! } });
    expect(again.status).toBe(304);
    const route = await app.request("/stories/1", { headers: { "if-none-match": etag! } });
    expect(route.status).toBe(304);
  });

  it("does not call a file outside its directory or a missing asset cacheable", async () => {
    const app = editorRoutes(dir);
    const missing = await app.request("/assets/nothing-12345678.js");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control")).toBeNull();
  });
});
