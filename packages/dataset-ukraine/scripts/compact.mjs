// Writes registry data in the compact form the bundles carry (src/compact.ts reads it back):
// each run of one series' claims becomes a template and one [asOf, value, overrides?] row per
// claim. The test "the bundled registry equals dist/registry.json" holds the two sides together.

/** @typedef {import("@factmark/core").RegistryData} RegistryData */
/** @typedef {import("@factmark/core").Claim} Claim */
/** @typedef {import("@factmark/core").CasualtyClaim} CasualtyClaim */
/** @typedef {import("../src/compact.js").CompactRegistryData} CompactRegistryData */
/** @typedef {import("../src/compact.js").CompactChunk} CompactChunk */
/** @typedef {import("../src/compact.js").CompactTemplate} CompactTemplate */
/** @typedef {import("../src/compact.js").CompactRow} CompactRow */

/** A run of claims with one id suffix shorter than this joins the run before it, with its ids as overrides. */
const MIN_RUN = 8;

/**
 * The compact form of registry data (claims keep their order).
 * @param {RegistryData} data
 * @returns {CompactRegistryData}
 */
export function compactRegistryData(data) {
  const { claims, ...registry } = data;
  /** @type {CompactChunk[]} */
  const chunks = [];
  /** @type {{ series: string; suffix: string; claims: CasualtyClaim[] }[]} */
  let runs = [];
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

/**
 * @param {Claim} claim
 * @returns {claim is CasualtyClaim & { series: string }}
 */
function isCompactable(claim) {
  return (
    claim.kind === "casualty" &&
    claim.series !== undefined &&
    claim.quantity.value !== undefined &&
    Object.keys(claim.quantity).every((key) => key === "value" || key === "qualifier")
  );
}

/** @param {CasualtyClaim & { series: string }} claim */
function suffixOf(claim) {
  const prefix = `${claim.series}:${claim.asOf}`;
  return claim.id.startsWith(prefix) ? claim.id.slice(prefix.length) : claim.id;
}

/**
 * @template {{ suffix: string; claims: CasualtyClaim[] }} Run
 * @param {Run[]} runs
 * @returns {Run[]}
 */
function mergeShortRuns(runs) {
  /** @type {Run[]} */
  const merged = [];
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

/**
 * @param {CasualtyClaim[]} claims
 * @param {string} idSuffix
 * @returns {CompactChunk}
 */
function compactRun(claims, idSuffix) {
  const template = mostCommonTemplate(claims, idSuffix);
  /** @type {CompactRow[]} */
  const rows = claims.map((claim) => {
    const value = /** @type {number} */ (claim.quantity.value);
    const expected = expandRow(template, claim.asOf, value);
    /** @type {Record<string, unknown>} */
    const overrides = {};
    const actual = /** @type {Record<string, unknown>} */ (claim);
    for (const key of new Set([...Object.keys(actual), ...Object.keys(expected)])) {
      if (!(key in actual)) overrides[key] = null;
      else if (!deepEqual(actual[key], expected[key])) overrides[key] = actual[key];
    }
    return Object.keys(overrides).length ? [claim.asOf, value, overrides] : [claim.asOf, value];
  });
  return { template, rows };
}

/**
 * The template most claims of the run fit, so that most rows need no overrides.
 * @param {CasualtyClaim[]} claims
 * @param {string} idSuffix
 * @returns {CompactTemplate}
 */
function mostCommonTemplate(claims, idSuffix) {
  /** @type {Map<string, { template: CompactTemplate; count: number }>} */
  const counts = new Map();
  for (const claim of claims) {
    const { id: _id, asOf: _asOf, citations: dated, quantity, ...rest } = claim;
    const citations = dated.map(({ published: _published, ...citation }) => citation);
    const template = /** @type {CompactTemplate} */ ({ claim: rest, idSuffix, citations, qualifier: quantity.qualifier });
    const key = stableStringify(template);
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { template, count: 1 });
  }
  let best = /** @type {{ template: CompactTemplate; count: number } | undefined} */ (undefined);
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return /** @type {{ template: CompactTemplate }} */ (best).template;
}

/**
 * The claim a row without overrides stands for; mirrors `expandRow` in src/compact.ts.
 * @param {CompactTemplate} template
 * @param {string} asOf
 * @param {number} value
 * @returns {Record<string, unknown>}
 */
function expandRow(template, asOf, value) {
  return {
    ...template.claim,
    id: `${template.claim.series}:${asOf}${template.idSuffix}`,
    asOf,
    citations: template.citations.map((citation) => ({ ...citation, published: asOf })),
    population: { ...template.claim.population },
    quantity: { value, qualifier: template.qualifier },
  };
}

/**
 * @param {unknown} a
 * @param {unknown} b
 * @returns {boolean}
 */
function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return stableStringify(a) === stableStringify(b);
}

/**
 * JSON with object keys sorted, so that key order does not count as a difference.
 * @param {unknown} value
 * @returns {string}
 */
function stableStringify(value) {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (value && typeof value === "object") {
    const record = /** @type {Record<string, unknown>} */ (value);
    return `{${Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableStringify(record[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}
