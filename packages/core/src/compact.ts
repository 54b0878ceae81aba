import type { CasualtyClaim, Claim } from "./claim.js";
import type { Qualifier } from "./quantity.js";
import type { RegistryData } from "./registry-data.js";
import type { Citation } from "./source.js";

// The compact form the dataset packages bundle their registries in: hand-written rather than a
// general compressor because it knows the shape of a daily series (one template, one short row
// per day), which makes the module a tenth of the JSON's size and fast to load without a
// decompressor in the bundle.

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
 * the data it was made from ({@link compactRegistryData}).
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

/** A run of claims with one id suffix shorter than this joins the run before it, with its ids as overrides. */
const MIN_RUN = 8;

type CompactableClaim = CasualtyClaim & { series: string; quantity: { value: number } };
interface Run {
  series: string;
  suffix: string;
  claims: CompactableClaim[];
}

/**
 * The compact form of registry data, claims in their order: each run of one series' claims
 * becomes a template and one `[asOf, value, overrides?]` row per claim; other claims are written
 * out. {@link expandRegistryData} gives back equal data.
 *
 * @example
 * const compact = compactRegistryData(data); // written at build time
 * expandRegistryData(compact); // equal to data, at run time
 */
export function compactRegistryData(data: RegistryData): CompactRegistryData {
  const { claims, ...registry } = data;
  const chunks: CompactChunk[] = [];
  let runs: Run[] = [];
  const flush = () => {
    for (const run of mergeShortRuns(runs)) chunks.push(compactRun(run.claims, run.suffix));
    runs = [];
  };
  for (const claim of claims) {
    if (!isCompactable(claim)) {
      flush();
      const last = chunks[chunks.length - 1];
      if (last && "claims" in last) last.claims.push(claim);
      else chunks.push({ claims: [claim] });
      continue;
    }
    const suffix = suffixOf(claim);
    const last = runs[runs.length - 1];
    if (last && last.series !== claim.series) flush();
    const current = runs[runs.length - 1];
    if (current && current.suffix === suffix) current.claims.push(claim);
    else runs.push({ series: claim.series, suffix, claims: [claim] });
  }
  flush();
  return { format: 1, registry, chunks };
}

function isCompactable(claim: Claim): claim is CompactableClaim {
  return (
    claim.kind === "casualty" &&
    claim.series !== undefined &&
    claim.quantity.value !== undefined &&
    Object.keys(claim.quantity).every((key) => key === "value" || key === "qualifier")
  );
}

function suffixOf(claim: CompactableClaim): string {
  const prefix = `${claim.series}:${claim.asOf}`;
  return claim.id.startsWith(prefix) ? claim.id.slice(prefix.length) : claim.id;
}

function mergeShortRuns(runs: readonly Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const previous = merged[merged.length - 1];
    if (previous && (previous.suffix === run.suffix || run.claims.length < MIN_RUN || previous.claims.length < MIN_RUN)) {
      const suffix = previous.claims.length >= run.claims.length ? previous.suffix : run.suffix;
      merged[merged.length - 1] = { ...previous, suffix, claims: previous.claims.concat(run.claims) };
    } else {
      merged.push(run);
    }
  }
  return merged;
}

function compactRun(claims: readonly CompactableClaim[], idSuffix: string): CompactChunk {
  const template = mostCommonTemplate(claims, idSuffix);
  const rows = claims.map((claim): CompactRow => {
    const value = claim.quantity.value;
    const expected = expandRow(template, [claim.asOf, value]) as unknown as Record<string, unknown>;
    const overrides: Record<string, unknown> = {};
    const actual = claim as unknown as Record<string, unknown>;
    for (const key of new Set([...Object.keys(actual), ...Object.keys(expected)])) {
      if (!(key in actual)) overrides[key] = null;
      else if (!deepEqual(actual[key], expected[key])) overrides[key] = actual[key];
    }
    return Object.keys(overrides).length ? [claim.asOf, value, overrides] : [claim.asOf, value];
  });
  return { template, rows };
}

function mostCommonTemplate(claims: readonly CompactableClaim[], idSuffix: string): CompactTemplate {
  const counts = new Map<string, { template: CompactTemplate; count: number }>();
  for (const claim of claims) {
    const { id: _id, asOf: _asOf, citations: dated, quantity, ...rest } = claim;
    const citations = dated.map(({ published: _published, ...citation }) => citation);
    const template: CompactTemplate = { claim: rest, idSuffix, citations, qualifier: quantity.qualifier };
    const key = stableStringify(template);
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { template, count: 1 });
  }
  let best: { template: CompactTemplate; count: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best!.template;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return stableStringify(a) === stableStringify(b);
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableStringify(record[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}
