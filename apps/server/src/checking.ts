import { type ExtractedBlock, type Finding, type Registry, type RulesConfig, checkDocument, mapToSource, parseInput } from "@factmark/core";
import type { ContentFormat, StoryMention } from "./schemas.js";

/**
 * Extraction results by document date, then by block text: extraction depends on the date but
 * not on the registry, so a registry change keeps them. Bounded: past `limit` characters of block
 * text (hostile drafts bring blocks of 32,768) it starts over.
 */
export class ExtractionCache {
  readonly #byDate = new Map<string, Map<string, ExtractedBlock>>();
  #size = 0;

  constructor(readonly limit = 20_000_000) {}

  /** The cache for one document date, to pass to core's `check` as `cache`. */
  forDate(date: string): Map<string, ExtractedBlock> {
    if (this.#size > this.limit) {
      this.#byDate.clear();
      this.#size = 0;
    }
    let map = this.#byDate.get(date);
    if (!map) this.#byDate.set(date, (map = new CountingMap((key) => (this.#size += key.length))));
    return map;
  }
}

/** A Map that reports each new key, so the cache can count its text across dates. */
class CountingMap<V> extends Map<string, V> {
  constructor(private readonly onAdd: (key: string) => void) {
    super();
  }
  override set(key: string, value: V): this {
    if (!this.has(key)) this.onAdd(key);
    return super.set(key, value);
  }
}

/** The format of content: as given, else ProseMirror for an object and text for a string. */
export function formatOf(content: string | object, format: ContentFormat | undefined): ContentFormat {
  return format ?? (typeof content === "string" ? "text" : "prosemirror");
}

/**
 * Checks content against a registry at `date` (or the content's own date). Returns the date
 * used and the findings, as core's `check` does, plus the mentions found, with offsets into the
 * content (left empty with `mentions: false`).
 */
export function checkContent(
  content: string | object,
  format: ContentFormat,
  options: { registry: Registry; date?: string; rules?: RulesConfig; cache?: ExtractionCache; mentions?: boolean },
): { date: string; findings: Finding[]; mentions: StoryMention[] } {
  const doc = parseInput(content, format);
  const date = options.date ?? doc.date;
  const result = checkDocument(doc, typeof content === "string" ? content : undefined, {
    registry: options.registry,
    ...(date !== undefined ? { date } : {}),
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.cache && date !== undefined ? { cache: options.cache.forDate(date) } : {}),
  });
  const mentions: StoryMention[] = [];
  if (options.mentions === false) return { date: result.date, findings: result.findings, mentions };
  result.blocks.forEach((extracted, i) => {
    const block = doc.blocks[i]!;
    for (const mention of extracted.mentions) {
      const from = mapToSource(block, mention.from, "start");
      const to = mapToSource(block, mention.to, "end");
      mentions.push({
        kind: mention.kind,
        from,
        to,
        text: typeof content === "string" ? content.slice(from, to) : mention.text,
        ...(block.path ? { path: block.path, offset: mention.from } : {}),
        mention: mention as unknown as Record<string, unknown>,
      });
    }
  });
  return { date: result.date, findings: result.findings, mentions };
}

