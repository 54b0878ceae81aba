import { type Conflict, type ExtractedBlock, type Registry, extractMentions, gatherFacts } from "@factmark/core";

/**
 * The registered conflict a story is about, found as the checker finds it (core's
 * `gatherFacts`): the conflict whose names, places and demonyms the story's paragraphs name most,
 * begun by the story's date. Each paragraph is read once per text and registry, so a keystroke
 * re-reads only the paragraph it changed.
 */
export class StoryConflict {
  #registry: Registry | undefined;
  #blocks = new Map<string, ExtractedBlock>();

  /** The conflict of the story made of `paragraphs` (plain text, in order) on `date` (YYYY-MM-DD), or undefined when it names none of the registry's. */
  of(paragraphs: readonly string[], registry: Registry, date: string): Conflict | undefined {
    if (registry !== this.#registry) {
      this.#registry = registry;
      this.#blocks = new Map();
    }
    const world = registry.world();
    const kept = new Map<string, ExtractedBlock>();
    const blocks = paragraphs.map((text) => {
      const block = kept.get(text) ?? this.#blocks.get(text) ?? extractMentions(text, { world });
      kept.set(text, block);
      return block;
    });
    // Only the current paragraphs are kept, so the cache never outgrows the story.
    this.#blocks = kept;
    return gatherFacts(blocks, registry, date).conflict;
  }
}
