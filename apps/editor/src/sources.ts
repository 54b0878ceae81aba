import type { Registry, Source } from "@factmark/core";

/** A source found by {@link searchSources}, with the name or alias that matched. */
export interface SourceMatch {
  source: Source;
  /** The name or alias the query matched: the name itself when the query is empty. */
  matched: string;
  /** True when the match is an alias rather than the source's name. */
  viaAlias: boolean;
}

/** Lowercase, accents and punctuation dropped, curly apostrophes straightened, runs of space as one. */
function normalize(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** 0 exact, 1 prefix, 2 a word starts with the query, 3 anywhere; undefined when it does not match. */
function rankOf(candidate: string, query: string): number | undefined {
  if (candidate === query) return 0;
  if (candidate.startsWith(query)) return 1;
  if (candidate.includes(` ${query}`)) return 2;
  if (candidate.includes(query)) return 3;
  return undefined;
}

/**
 * Searches the registry's sources by name or alias ("health ministry", "OCHA", "UN"), ignoring
 * case, accents and punctuation. Ranked: exact match, then prefix, then a word that starts with
 * the query, then any substring; names before aliases; then registration order. An empty query
 * lists every source by name. At most `limit` results.
 *
 * @example searchSources(registry, "health ministry")[0]?.source.id // "gaza-moh"
 */
export function searchSources(registry: Registry, query: string, limit = 20): SourceMatch[] {
  const q = normalize(query);
  const sources = registry.sources();
  if (q === "") return sources.slice(0, limit).map((source) => ({ source, matched: source.name, viaAlias: false }));
  const ranked: { match: SourceMatch; rank: number; order: number }[] = [];
  sources.forEach((source, order) => {
    let best: { match: SourceMatch; rank: number } | undefined;
    for (const [name, viaAlias] of [[source.name, false], [source.id, true], ...source.aliases.map((alias) => [alias, true] as const)] as const) {
      const rank = rankOf(normalize(name), q);
      if (rank === undefined) continue;
      const score = rank * 2 + (viaAlias ? 1 : 0);
      if (!best || score < best.rank) best = { match: { source, matched: name, viaAlias }, rank: score };
    }
    if (best) ranked.push({ ...best, order });
  });
  return ranked
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map((entry) => entry.match);
}
