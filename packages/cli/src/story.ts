import { type BlocksCheck, type ExtractedBlock, type Finding, type InputFormat, type ParsedDocument, type Registry, type RulesConfig, checkDocument } from "@factmark/core/lazy";
import type { DateChoice } from "./document.js";
import type { DocumentReader } from "./readers.js";
import { type TextEdit, reparseEdit } from "./reparse.js";

/** What a story is checked against: the registry, the rule settings and where its date comes from. */
export interface StoryContext {
  registry: Registry;
  /** Rule settings by id, as in the config's `rules`. Keep one object per context: a new object re-runs every rule. */
  rules?: RulesConfig | undefined;
  /** The date choice: `flag` overrides the story's own date (front matter `date:`), `config` and `today` stand in when it has none. */
  dates: DateChoice;
  /** Reads a story's text in its format: core's `parseInput`, or {@link loadDocumentReader}'s reader. */
  read: DocumentReader;
}

/**
 * One check of a story's text, kept so the next check of the same story after an edit re-reads
 * only what changed. Treat it as immutable: pass it back as `previous`.
 */
export interface StoryCheck {
  /** The text checked; finding offsets are 0-based UTF-16 offsets into it, half-open. */
  readonly text: string;
  readonly format: InputFormat;
  /** The text split into blocks. */
  readonly doc: ParsedDocument;
  /** The document date the story was checked as of (YYYY-MM-DD). */
  readonly date: string;
  /** Findings sorted by position, as core's `check()` gives them for the same text. */
  readonly findings: readonly Finding[];
  /** Core's rule run, which the next check compares against. */
  readonly run: BlocksCheck;
  /** Extracted paragraphs by text, at `date`, shared from check to check of this story. */
  readonly cache: Map<string, ExtractedBlock>;
}

// A story's cache keeps the versions of its paragraphs it has seen, up to this many beyond the
// paragraphs it has now; past that it keeps only the current ones.
const CACHE_SLACK = 512;

/**
 * Checks a story's text with core's changed-block path. With `previous` (this story's check
 * before an edit) and `edit` (where the text changed since), only the edited paragraphs are read
 * again when that is exact ({@link reparseEdit}); otherwise the whole text is split into blocks
 * again, which is linear and cheap. Each paragraph's mentions come from the story's cache when its
 * text was seen before, and the rules re-run only on the paragraphs the edit changed. The
 * findings always equal core's `check()` of the same text at the same date. Throws core's
 * `FactmarkError` when the text cannot be read (front matter that is not YAML, a `date:` that is
 * not a date).
 *
 * @example
 * let story = checkStory(text, "markdown", { registry, dates: { flag: undefined, config: undefined, today: "2024-05-04" }, read: parseInput });
 * story = checkStory(edited, "markdown", context, story, { from: 120, to: 120, length: 1 }); // one character typed at 120
 */
export function checkStory(text: string, format: InputFormat, context: StoryContext, previous?: StoryCheck, edit?: TextEdit): StoryCheck {
  const same = previous !== undefined && previous.format === format;
  const doc = (same && edit && reparseEdit(previous.doc, previous.text, text, edit, context.read)) || context.read(text, format);
  const date = context.dates.flag ?? doc.date ?? context.dates.config ?? context.dates.today;
  // Mentions depend on the date ("Saturday"): a new date starts a new cache.
  const reuse = same && previous.date === date;
  let cache = reuse ? previous.cache : new Map<string, ExtractedBlock>();
  const result = checkDocument(doc, text, { registry: context.registry, date, rules: context.rules, cache, previous: reuse ? previous.run : undefined });
  if (cache.size > doc.blocks.length + CACHE_SLACK) {
    cache = new Map();
    doc.blocks.forEach((block, i) => cache.set(block.text, result.blocks[i]!));
  }
  return { text, format, doc, date, findings: result.findings, run: result.run, cache };
}
