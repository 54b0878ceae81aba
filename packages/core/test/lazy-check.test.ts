import { beforeEach, describe, expect, it, vi } from "vitest";
import { check as checkNow } from "../src/index.js";
import { mayRegistry, readFoundingArticle } from "./helpers.js";

// `check()` of `@factmark/core/lazy` reads text and ProseMirror JSON at once, and Markdown and HTML
// once their reader is loaded. The loaded readers are module state, so each test imports a fresh
// copy of the entry.
type Lazy = typeof import("../src/lazy.js");
let lazy: Lazy;
beforeEach(async () => {
  vi.resetModules();
  lazy = await import("../src/lazy.js");
});

/** The error `work` throws: a FactmarkError of the fresh copy, so not an instance of the test's own class. */
function thrown(work: () => unknown): { name: string; code: string; message: string } {
  try {
    work();
  } catch (error) {
    if (error instanceof lazy.FactmarkError) return error;
    throw error;
  }
  throw new Error("expected a FactmarkError, nothing was thrown");
}

const registry = mayRegistry();
const DATE = "2024-06-20";
const TEXT = "Over 34,000 Palestinians have been killed in Gaza, the ministry said.";
const DOC = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: TEXT }] }] };

describe("check() of @factmark/core/lazy", () => {
  it("checks plain text and ProseMirror JSON as check() of @factmark/core does, with no reader loaded", () => {
    const findings = lazy.check(TEXT, { registry, date: DATE });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings).toEqual(checkNow(TEXT, { registry, date: DATE }));
    expect(lazy.check(DOC, { registry, date: DATE })).toEqual(checkNow(DOC, { registry, date: DATE }));
  });

  it.each([
    ["markdown", "Markdown"],
    ["html", "HTML"],
  ] as const)("says which call loads the %s reader when it is not loaded", (format, name) => {
    const error = thrown(() => lazy.check(TEXT, { registry, date: DATE, format }));
    expect(error.code).toBe("reader-not-loaded");
    expect(error.message).toContain(`the ${name} reader of @factmark/core/lazy loads on demand`);
    expect(error.message).toContain(`await loadInputReader("${format}")`);
  });

  it("checks the founding article as Markdown once the reader is loaded, as check() of @factmark/core does", async () => {
    const article = readFoundingArticle();
    await lazy.loadInputReader("markdown");
    const findings = lazy.check(article, { registry, format: "markdown" });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings).toEqual(checkNow(article, { registry, format: "markdown" }));
    // Loading one reader loads no other.
    expect(thrown(() => lazy.check("<p>x</p>", { registry, date: DATE, format: "html" })).code).toBe("reader-not-loaded");
  });

  it("checks HTML once its reader is loaded", async () => {
    const html = `<p>${TEXT}</p>`;
    await lazy.loadInputReader("html");
    expect(lazy.check(html, { registry, date: DATE, format: "html" })).toEqual(checkNow(html, { registry, date: DATE, format: "html" }));
  });

  it("validates its options as check() of @factmark/core does", () => {
    const error = thrown(() => lazy.check(TEXT, { date: DATE } as never));
    expect(error.code).toBe("invalid-config");
    expect(error.message).toContain("→ at registry");
  });
});
