import { Node } from "prosemirror-model";
import { type Article, type ArticleMeta, isIsoDate } from "./article.js";
import { articleSchema } from "./schema.js";

/** The localStorage key of the draft. The `v1` changes when the stored shape does. */
export const DRAFT_KEY = "factmark.editor.draft.v1";

/** The minimal storage the draft needs: `localStorage`, or a stand-in in tests. */
export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

interface StoredDraft {
  version: 1;
  doc: unknown;
  meta: ArticleMeta;
  savedAt: string;
}

/**
 * Saves the article as the browser's draft: the ProseMirror document as JSON (so citation and
 * dismissal marks survive a reload exactly) and its metadata. Storage errors (quota, private
 * mode) are returned, not thrown, so typing never fails because a draft could not be kept.
 */
export function saveDraft(storage: DraftStorage, article: Article, now: Date): Error | undefined {
  const draft: StoredDraft = { version: 1, doc: article.doc.toJSON(), meta: article.meta, savedAt: now.toISOString() };
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify(draft));
    return undefined;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** The result of {@link loadDraft}: no draft, a draft, or a stored value that is not one (and why). */
export type DraftResult = { kind: "none" } | { kind: "draft"; article: Article; savedAt: string } | { kind: "unreadable"; reason: string };

/**
 * Reads the browser's draft. A value that is not valid JSON, has another shape or version, or
 * holds a document the schema rejects is reported as `unreadable` with the reason; it is never
 * thrown, so a damaged draft cannot stop the editor from opening.
 */
export function loadDraft(storage: DraftStorage): DraftResult {
  const text = storage.getItem(DRAFT_KEY);
  if (text === null) return { kind: "none" };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: "unreadable", reason: "the stored draft is not JSON" };
  }
  if (typeof value !== "object" || value === null) return { kind: "unreadable", reason: "the stored draft is not an object" };
  const draft = value as Partial<StoredDraft>;
  if (draft.version !== 1) return { kind: "unreadable", reason: `expected draft version 1, got ${JSON.stringify(draft.version)}` };
  const meta = draft.meta;
  if (typeof meta !== "object" || meta === null) return { kind: "unreadable", reason: "the draft has no metadata" };
  if (meta.date !== undefined && !isIsoDate(meta.date)) return { kind: "unreadable", reason: `the draft's date is not YYYY-MM-DD: ${JSON.stringify(meta.date)}` };
  let doc: Node;
  try {
    doc = Node.fromJSON(articleSchema, draft.doc);
    doc.check();
  } catch (error) {
    return { kind: "unreadable", reason: `the draft's document does not fit the schema: ${(error as Error).message}` };
  }
  const cleanMeta: ArticleMeta = {
    ...(typeof meta.title === "string" ? { title: meta.title } : {}),
    ...(typeof meta.dateline === "string" ? { dateline: meta.dateline } : {}),
    ...(meta.date === undefined ? {} : { date: meta.date }),
    extra: typeof meta.extra === "object" && meta.extra !== null ? meta.extra : {},
  };
  return { kind: "draft", article: { doc, meta: cleanMeta }, savedAt: typeof draft.savedAt === "string" ? draft.savedAt : "" };
}

/** Forgets the draft. */
export function clearDraft(storage: DraftStorage): void {
  try {
    storage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to forget when storage is unavailable.
  }
}
