import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DRAFT_KEY, type DraftStorage, clearDraft, loadDraft, saveDraft } from "../src/draft.js";
import { parseMarkdownArticle } from "../src/markdown.js";

function memoryStorage(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const article = parseMarkdownArticle(readFileSync(new URL("fixtures/marked.md", import.meta.url), "utf8"));

describe("the browser draft", () => {
  it("restores the document with its citation and dismissal marks, and its metadata", () => {
    const storage = memoryStorage();
    expect(saveDraft(storage, article, new Date("2024-06-20T10:00:00Z"))).toBeUndefined();
    const draft = loadDraft(storage);
    expect(draft.kind).toBe("draft");
    if (draft.kind !== "draft") return;
    expect(draft.article.doc.eq(article.doc)).toBe(true);
    expect(draft.article.meta).toEqual(article.meta);
    expect(draft.savedAt).toBe("2024-06-20T10:00:00.000Z");
  });

  it("reports no draft when none was saved, and none after it is cleared", () => {
    const storage = memoryStorage();
    expect(loadDraft(storage)).toEqual({ kind: "none" });
    saveDraft(storage, article, new Date(0));
    clearDraft(storage);
    expect(loadDraft(storage)).toEqual({ kind: "none" });
  });

  it.each([
    ["{not json", "the stored draft is not JSON"],
    ["42", "the stored draft is not an object"],
    ['{"version":2}', "expected draft version 1, got 2"],
    ['{"version":1}', "the draft has no metadata"],
    ['{"version":1,"meta":{"date":"May 4","extra":{}},"doc":null}', 'the draft\'s date is not YYYY-MM-DD: "May 4"'],
    ['{"version":1,"meta":{"extra":{}},"doc":{"type":"doc","content":[{"type":"table"}]}}', "the draft's document does not fit the schema"],
  ])("reports a stored value %s as unreadable: %s", (stored, reason) => {
    const storage = memoryStorage();
    storage.setItem(DRAFT_KEY, stored);
    const draft = loadDraft(storage);
    expect(draft.kind).toBe("unreadable");
    if (draft.kind === "unreadable") expect(draft.reason.startsWith(reason)).toBe(true);
  });

  it("returns a storage failure instead of throwing", () => {
    const full: DraftStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => undefined,
    };
    expect(saveDraft(full, article, new Date(0))?.message).toBe("QuotaExceededError");
  });
});
