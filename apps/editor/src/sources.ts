import type { Conflict, Evidence, Fix, Registry, Source } from "@factmark/core";

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

/** What {@link searchSources} takes beyond the query. */
export interface SourceSearchOptions {
  /** At most this many results. @default 20 */
  limit?: number;
  /**
   * Source ids to rank first, best first (see {@link sourcesForFigure}): before every other
   * source for an empty query, and before the other sources that match a query as well.
   * @default []
   */
  prefer?: readonly string[];
}

/**
 * Searches the registry's sources by name or alias ("health ministry", "OCHA", "UN"), ignoring
 * case, accents and punctuation. Ranked: exact match, then prefix, then a word that starts with
 * the query, then any substring; names before aliases; then the sources in `prefer`, in its
 * order; then registration order. An empty query lists the preferred sources, then every other
 * source, by name. At most `limit` results.
 *
 * @example searchSources(registry, "health ministry")[0]?.source.id // "gaza-moh"
 */
export function searchSources(registry: Registry, query: string, options: SourceSearchOptions = {}): SourceMatch[] {
  const { limit = 20, prefer = [] } = options;
  const preference = new Map<string, number>();
  for (const id of prefer) if (!preference.has(id)) preference.set(id, preference.size);
  const preferred = (source: Source) => preference.get(source.id) ?? preference.size;
  const q = normalize(query);
  const sources = registry.sources();
  const ranked: { match: SourceMatch; rank: number; order: number }[] = [];
  sources.forEach((source, order) => {
    if (q === "") {
      ranked.push({ match: { source, matched: source.name, viaAlias: false }, rank: 0, order });
      return;
    }
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
    .sort((a, b) => a.rank - b.rank || preferred(a.match.source) - preferred(b.match.source) || a.order - b.order)
    .slice(0, limit)
    .map((entry) => entry.match);
}

/** What {@link sourcesForFigure} reads of a finding: its fixes and its evidence. */
export interface FigureFinding {
  fixes?: readonly Fix[];
  evidence: readonly Evidence[];
}

/**
 * The sources likely behind a figure, best first, as ids: the sources the findings on it offer
 * to cite, then the sources of their evidence, then the sources of every series that counts in
 * the story's `conflict` (a series of that conflict, or of a place within one of its places), in
 * the registry's order. All of it is read from `registry` and the findings, so a conflict a
 * newsroom added is treated as the bundled ones are. Each id appears once; empty when the
 * findings name no source and no conflict is given.
 *
 * @example searchSources(registry, "", { prefer: sourcesForFigure(registry, findingsOnTheFigure, storyConflict) })
 */
export function sourcesForFigure(registry: Registry, findings: readonly FigureFinding[], conflict?: Conflict): string[] {
  const ids = new Set<string>();
  for (const finding of findings) for (const fix of finding.fixes ?? []) if (fix.kind === "cite") ids.add(fix.citation.source);
  for (const finding of findings) for (const evidence of finding.evidence) ids.add(evidence.source.id);
  if (conflict) {
    const places = new Set(conflict.places);
    for (const series of registry.series()) {
      const inConflict = series.conflict !== undefined ? series.conflict === conflict.id : registry.placeAndAncestors(series.population.place).some((place) => places.has(place));
      if (inConflict) ids.add(series.source);
    }
  }
  return [...ids].filter((id) => registry.source(id) !== undefined);
}
