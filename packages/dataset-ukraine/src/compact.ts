import type { CasualtyClaim, Citation, Claim, Qualifier, RegistryData } from "@factmark/core";

/**
 * What the claims of one run share: the claim without its id, date, citations and quantity, the
 * id suffix after `<series>:<asOf>`, the citations without their dates (each is dated by the
 * claim's `asOf`), and the qualifier.
 */
export interface CompactTemplate {
  claim: Omit<CasualtyClaim, "id" | "asOf" | "citations" | "quantity"> & { series: string };
  idSuffix: string;
  citations: Omit<Citation, "published">[];
  qualifier: Qualifier;
}

/**
 * One claim of a run: its `asOf`, its value, and the top-level fields in which it differs from
 * what the template gives (`null` removes a field the template has).
 */
export type CompactRow = [asOf: string, value: number] | [asOf: string, value: number, overrides: Record<string, unknown>];

/** A run of claims: either written out, or a template and one row per claim. */
export type CompactChunk = { claims: Claim[] } | { template: CompactTemplate; rows: CompactRow[] };

/**
 * The registry as the bundles carry it: the daily series as templates and rows, about a tenth
 * of the JSON size, so that the module loads fast. `expandRegistryData` gives back data equal to
 * `dist/registry.json`.
 */
export interface CompactRegistryData {
  format: 1;
  registry: Omit<RegistryData, "claims">;
  chunks: CompactChunk[];
}

/** The registry data that `compact` stands for, claims in their original order. */
export function expandRegistryData(compact: CompactRegistryData): RegistryData {
  const claims: Claim[] = [];
  for (const chunk of compact.chunks) {
    if ("claims" in chunk) {
      claims.push(...chunk.claims);
      continue;
    }
    const { template } = chunk;
    for (const row of chunk.rows) claims.push(expandRow(template, row));
  }
  return { ...compact.registry, claims };
}

// Object.assign and index access rather than spread and destructuring: on thousands of rows before
// the JIT warms up, they are several times faster (measured on Node 20).
function expandRow(template: CompactTemplate, row: CompactRow): CasualtyClaim {
  const asOf = row[0];
  const overrides = row[2];
  const citations: Citation[] = [];
  for (const citation of template.citations) citations.push(Object.assign({}, citation, { published: asOf }));
  const claim: Record<string, unknown> = Object.assign({}, template.claim);
  claim.id = `${template.claim.series}:${asOf}${template.idSuffix}`;
  claim.asOf = asOf;
  claim.citations = citations;
  // Fresh objects per claim, so that no two claims share a mutable part.
  claim.population = Object.assign({}, template.claim.population);
  claim.quantity = { value: row[1], qualifier: template.qualifier };
  if (overrides) {
    for (const key in overrides) {
      const field = overrides[key];
      if (field === null) delete claim[key];
      else claim[key] = field;
    }
  }
  return claim as CasualtyClaim;
}
