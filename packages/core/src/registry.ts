import {
  CADENCE_INTERVAL_DAYS,
  type CasualtyClaim,
  type Claim,
  type ClaimKind,
  type ClassificationClaim,
  type EventClaim,
  type Measure,
  type PhaseClaim,
  type PositionClaim,
  type Series,
} from "./claim.js";
import { FactmarkError } from "./errors.js";
import { addDays } from "./dates.js";
import { parseRegistryData, parseRegistryRecords, type RegistryRecords } from "./parse-records.js";
import type { RegistryData, RegistryDataInput } from "./registry-data.js";
import type { Actor, Source } from "./source.js";
import { HashTrie, LayeredMap, PersistentVector, hashString } from "./persistent.js";
import { type Conflict, type Place, type World, compileWorld } from "./world.js";

/**
 * The series key of a casualty claim: its `series` when it names one, otherwise the implicit
 * series `${citations[0].source}|${measure}|${population.group}|${population.place}|${cumulative}`,
 * so that claims registered without a series still form one (same source, same count, over time).
 *
 * @example seriesKeyOf(claim) // "gaza-moh|killed|people|gaza|true" for a claim without `series`
 */
export function seriesKeyOf(claim: CasualtyClaim): string {
  return claim.series ?? implicitSeriesKey(claim);
}

function implicitSeriesKey(claim: CasualtyClaim): string {
  return `${claim.citations[0]?.source ?? ""}|${claim.measure}|${claim.population.group}|${claim.population.place}|${claim.cumulative}`;
}

/** Options of {@link Registry.from}. */
export interface RegistryOptions {
  /**
   * Skip zod parsing: the data must already be parsed `RegistryData` (defaults applied), such as
   * data this package produced (the built dataset, `toData()`). Duplicate ids are still rejected;
   * nothing else is checked. Parsing a million claims with zod takes seconds; trusted loading
   * takes a fraction of that.
   * @default false
   */
  trusted?: boolean;
}

/** Options of {@link Registry.merge}. */
export interface MergeOptions {
  /**
   * What to do when two inputs define one id differently (in the same collection): `"error"`
   * throws a `FactmarkError` with code `registry-conflict` naming every such id; `"last"` lets
   * the later input's record win (it keeps the place of the first definition). Identical
   * duplicates are never a conflict.
   * @default "error"
   */
  prefer?: "error" | "last";
  /**
   * Take inputs given as data as already parsed (`RegistryData`, as a dataset package's
   * `loadDefaultRegistryData()` returns it), as `Registry.from`'s `trusted` option does: ids are
   * still checked, the schema is not. Merging data spares building a registry of each input
   * first.
   * @default false
   */
  trusted?: boolean;
}


/** The reports of one series: every casualty claim of it, and the effective ones (one per asOf). */
interface SeriesReports {
  /** All claims of the series (every version), sorted by asOf, then citations[0].published, then position in the registry. */
  readonly all: readonly CasualtyClaim[];
  /** The asOf of each claim of `all` as a number (see {@link dateKey}); the same array as `keys` when nothing was dropped. */
  readonly allKeys: Int32Array;
  /** Claims in effect, one per asOf: the same array as `all` when nothing was dropped. */
  readonly effective: readonly CasualtyClaim[];
  /** The asOf of each effective claim as a number (see {@link dateKey}): binary searches stay in one contiguous array instead of chasing a pointer per step. */
  readonly keys: Int32Array;
}

const NO_REPORTS: SeriesReports = { all: [], allKeys: new Int32Array(0), effective: [], keys: new Int32Array(0) };

/**
 * Claim ids to positions in a claim array: an open-addressing hash table over an Int32Array
 * (position + 1, 0 for empty). A Map of a million ids takes about three times as long to fill
 * and several times the memory.
 */
class IdTable {
  private constructor(
    private slots: Int32Array,
    private count: number,
  ) {}

  static empty(expected: number): IdTable {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    return new IdTable(new Int32Array(capacity), 0);
  }

  /** The position of `id` in `records`, or -1. */
  find(records: readonly { id: string }[], id: string): number {
    const mask = this.slots.length - 1;
    for (let slot = hashString(id) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) return -1;
      if (records[entry - 1]!.id === id) return entry - 1;
    }
  }

  /** Records that `records[position]` has its id; returns the position already holding that id, or -1. */
  insert(records: readonly { id: string }[], position: number): number {
    if ((this.count + 1) * 2 > this.slots.length) this.grow(records);
    const id = records[position]!.id;
    const mask = this.slots.length - 1;
    for (let slot = hashString(id) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) {
        this.slots[slot] = position + 1;
        this.count++;
        return -1;
      }
      if (records[entry - 1]!.id === id) return entry - 1;
    }
  }

  private grow(records: readonly { id: string }[]): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    const mask = this.slots.length - 1;
    for (const entry of old) {
      if (entry === 0) continue;
      let slot = hashString(records[entry - 1]!.id) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = entry;
    }
  }
}


/**
 * The claims of a registry, persistent: a registry derived with `registry.with(records)` shares
 * its parent's array and id table, and keeps what it replaced or appended in persistent
 * structures ({@link HashTrie}, {@link PersistentVector}) shared in turn with the registries
 * derived from it. Putting one claim in costs O(log n): neither the million claims nor their ids
 * nor the claims appended since the last compaction are copied. The changes are folded into a new
 * array when they outnumber it (O(n), so O(1) amortised).
 */
class ClaimStore {
  readonly size: number;
  #list: readonly Claim[] | undefined;

  private constructor(
    /** Shared between registries, never changed. */
    private readonly base: readonly Claim[],
    private readonly table: IdTable,
    /** Claims that replace a claim of `base`, by id. */
    private readonly replaced: HashTrie<Claim>,
    private readonly appended: PersistentVector<Claim>,
    /** Ids of `appended` to positions (`base.length` and up). */
    private readonly appendedIds: HashTrie<number>,
  ) {
    this.size = base.length + appended.size;
    if (replaced.size === 0 && appended.size === 0) this.#list = base;
  }

  /** A store of `claims` (which it keeps: the caller must not change the array); throws on a duplicate id. */
  static of(claims: readonly Claim[]): ClaimStore {
    const table = IdTable.empty(claims.length);
    for (let i = 0; i < claims.length; i++) {
      const first = table.insert(claims, i);
      if (first !== -1) throw duplicateError("claims", "claim", claims[i]!.id, first, i);
    }
    return new ClaimStore(claims, table, HashTrie.empty(), PersistentVector.empty(), HashTrie.empty());
  }

  at(position: number): Claim | undefined {
    if (position < 0) return undefined;
    if (position < this.base.length) {
      const claim = this.base[position]!;
      return this.replaced.size === 0 ? claim : (this.replaced.get(claim.id) ?? claim);
    }
    return this.appended.get(position - this.base.length);
  }

  /** The position of the claim with this id, or -1. */
  find(id: string): number {
    if (this.appendedIds.size > 0) {
      const position = this.appendedIds.get(id);
      if (position !== undefined) return position;
    }
    return this.table.find(this.base, id);
  }

  list(): readonly Claim[] {
    if (this.#list) return this.#list;
    const list = this.appended.appendTo(this.base.slice());
    for (const [id, claim] of this.replaced.entries()) list[this.table.find(this.base, id)] = claim;
    return (this.#list = list);
  }

  /** A store with `claims` put in: a claim with a registered id replaces it in place, others are appended. Calls `onReplace` with each claim replaced. */
  with(claims: readonly Claim[], onReplace: (old: Claim) => void): ClaimStore {
    // Many claims at once (an import) go into one new array rather than one by one.
    if (claims.length * 8 > this.size) {
      const list = this.list().slice();
      const appendedAt = new Map<string, number>();
      for (const claim of claims) {
        const position = appendedAt.get(claim.id) ?? this.find(claim.id);
        if (position === -1) appendedAt.set(claim.id, list.push(claim) - 1);
        else {
          onReplace(list[position]!);
          list[position] = claim;
        }
      }
      return ClaimStore.of(list);
    }
    let replaced = this.replaced;
    let appended = this.appended;
    let appendedIds = this.appendedIds;
    for (const claim of claims) {
      const position = (appendedIds.size > 0 ? appendedIds.get(claim.id) : undefined) ?? this.table.find(this.base, claim.id);
      if (position === -1) {
        appendedIds = appendedIds.set(claim.id, this.base.length + appended.size);
        appended = appended.push(claim);
        continue;
      }
      if (position >= this.base.length) {
        onReplace(appended.get(position - this.base.length)!);
        appended = appended.set(position - this.base.length, claim);
      } else {
        onReplace(replaced.get(claim.id) ?? this.base[position]!);
        replaced = replaced.set(claim.id, claim);
      }
    }
    const next = new ClaimStore(this.base, this.table, replaced, appended, appendedIds);
    // Compacting costs O(n); waiting until the changes outnumber the base keeps it O(1) per change, amortised.
    return replaced.size + appended.size > this.base.length ? ClaimStore.of(next.list()) : next;
  }
}

interface RegistryState {
  schema: string | undefined;
  date: string | undefined;
  sources: readonly Source[];
  actors: readonly Actor[];
  places: readonly Place[];
  conflicts: readonly Conflict[];
  series: readonly Series[];
  claims: ClaimStore;
  seriesReports: LayeredMap<SeriesReports>;
  /** What the claims that supersede others say, by superseded claim id. */
  superseders: LayeredMap<Superseders>;
  /** The source of each declared series, by series id. */
  seriesSources: ReadonlyMap<string, string>;
}

/** What the claims superseding one claim say: the asOf of each, and how many of them correct or retract it. */
interface Superseders {
  readonly asOfs: readonly string[];
  readonly corrections: number;
}

/** Superseded claim ids to what supersedes them. */
type SupersessionIndex = ReadonlyMap<string, Superseders>;

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * An immutable, indexed set of sources, actors, series and claims. It answers "what did a
 * source report for a series as of a date" in O(log n) with a binary search over each series'
 * reports sorted by asOf. Build it with {@link Registry.from}, combine several with
 * {@link Registry.merge}; check its consistency with `validateRegistry` (building one checks the
 * schema and duplicate ids only).
 *
 * Every published version of a report is kept: two bodies' figures for one day, a flash and a
 * verified figure, a figure and its revision. {@link Registry.reportsWithin} lists them all; one
 * per date is in effect ("effective"), which {@link Registry.valueAt} and {@link Registry.history}
 * answer with. A report is in effect on its asOf unless:
 * - its status is `corrected` or `retracted`, or a claim supersedes it with reason `correction`
 *   or `retraction`;
 * - a claim with the same (or an earlier) asOf supersedes it, whatever the reason;
 * - its status is `superseded` and no claim dated after it supersedes it (a claim superseded by
 *   a later-dated report stays in effect until that report's date).
 * Of the reports of one asOf still in effect, one cited (first) to the series' own source is in
 * effect before another body's; among those, the one whose `citations[0].published` is later (on
 * a tie, the one later in the data). So the Ministry of Health's figure is the Ministry of Health
 * series' figure of a day, and the Media Office's fills the days the ministry did not report.
 *
 * @example
 * const registry = Registry.from(JSON.parse(text));
 * registry.valueAt("gaza-moh-killed", "2024-05-04")?.quantity.value; // 34654
 */
export class Registry {
  /** The registry's own date (when it was compiled), if it has one: `YYYY-MM-DD`. */
  readonly date: string | undefined;
  /** The number of claims. */
  readonly size: number;

  readonly #state: RegistryState;
  #sourceById: Map<string, Source> | undefined;
  #actorById: Map<string, Actor> | undefined;
  #placeById: Map<string, Place> | undefined;
  #conflictById: Map<string, Conflict> | undefined;
  #world: World | undefined;
  #ancestors = new Map<string, readonly string[]>();
  #conflictsOfPlace = new Map<string, readonly Conflict[]>();
  #seriesById: Map<string, Series> | undefined;
  #sourceLookup: NameLookup<Source> | undefined;
  #actorLookup: NameLookup<Actor> | undefined;
  #seriesByMeasure: Map<Measure, Series[]> | undefined;
  #allSeries: Series[] | undefined;
  #kinds: Map<ClaimKind, Claim[]> | undefined;
  #positionsByActor: Map<string | undefined, PositionClaim[]> | undefined;
  #phasesByProposal: Map<string, PhaseClaim[]> | undefined;
  #eventsById: Map<string, EventClaim[]> | undefined;
  #classificationsByArea: Map<string | undefined, ClassificationClaim[]> | undefined;
  // findSeries answers by query: a story asks the same few questions for every figure, and a
  // registry never changes (with() makes a new one).
  #seriesQueries = new Map<string, Series[]>();

  private constructor(state: RegistryState) {
    this.#state = state;
    this.date = state.date;
    this.size = state.claims.size;
  }

  /**
   * Builds a registry from registry data. The data is parsed with the `RegistryData` schema
   * unless `options.trusted` is set; a schema failure throws a `FactmarkError` with code
   * `invalid-registry` and zod's issue paths (`claims[12].quantity.value`). Two records of one
   * collection with the same id throw `invalid-registry` naming the id. Semantic checks
   * (dangling ids, falling counts …) are `validateRegistry`'s job, not this one's.
   *
   * @example Registry.from({ sources: [...], series: [...], claims: [...] })
   */
  static from(data: RegistryDataInput | RegistryData, options: RegistryOptions = {}): Registry {
    const parsed: RegistryData = options.trusted
      ? (data as RegistryData)
      : parseRegistryData(data, "registry");
    const sources = copyOf(parsed.sources);
    const actors = copyOf(parsed.actors);
    // Registries written before places and conflicts were data have neither.
    const places = copyOf(parsed.places ?? EMPTY);
    const conflicts = copyOf(parsed.conflicts ?? EMPTY);
    const series = copyOf(parsed.series);
    const claims = copyOf(parsed.claims);
    rejectDuplicates(sources, "sources", "source");
    rejectDuplicates(actors, "actors", "actor");
    rejectDuplicates(places, "places", "place");
    rejectDuplicates(conflicts, "conflicts", "conflict");
    rejectDuplicates(series, "series", "series");

    const store = ClaimStore.of(claims);
    const groups = new Map<string, CasualtyClaim[]>();
    const superseders = new Map<string, Superseders>();
    for (let i = 0; i < claims.length; i++) {
      const claim = claims[i]!;
      if (claim.kind === "casualty") {
        const key = seriesKeyOf(claim);
        const group = groups.get(key);
        if (group) group.push(claim);
        else groups.set(key, [claim]);
      }
      if (claim.supersedes) recordSupersessions(claim, superseders, 1);
    }
    const seriesSources = sourcesOf(series);
    const seriesReports = new Map<string, SeriesReports>();
    for (const [key, group] of groups) seriesReports.set(key, reportsOf(group, superseders, seriesSources.get(key)));
    return new Registry({
      schema: parsed.$schema,
      date: parsed.date,
      sources,
      actors,
      places,
      conflicts,
      series,
      claims: store,
      seriesReports: LayeredMap.of(seriesReports),
      superseders: LayeredMap.of(superseders),
      seriesSources,
    });
  }

  /** A registry with nothing in it. */
  static empty(): Registry {
    return Registry.from({ version: 1, sources: [], actors: [], places: [], conflicts: [], series: [], claims: [] }, { trusted: true });
  }

  /** The registry as data: `Registry.from(registry.toData())` gives an equal registry. */
  toData(): RegistryData {
    const s = this.#state;
    return {
      ...(s.schema === undefined ? {} : { $schema: s.schema }),
      version: 1,
      ...(s.date === undefined ? {} : { date: s.date }),
      sources: s.sources.slice(),
      actors: s.actors.slice(),
      places: s.places.slice(),
      conflicts: s.conflicts.slice(),
      series: s.series.slice(),
      claims: s.claims.list().slice(),
    };
  }

  /**
   * A new registry with `records` added; a record whose id is already registered (in the same
   * collection) replaces it in place. `this` is unchanged. `records` may be a whole registry
   * (`parseRegistry`'s result): its `version` is ignored and its `date` is kept when it is later
   * than this registry's. The records are parsed with their schemas (throws `invalid-registry`,
   * paths like `claims[0].quantity`); the same id twice in `records` throws too. Only the series
   * the new claims touch are re-indexed, so pushing a figure into a registry of a million claims
   * copies neither the claims nor their id index. To combine registries and be told when they
   * define one id differently, use {@link Registry.merge}.
   *
   * @example registry.with({ claims: [nextDaysFigure] })
   */
  with(records: RegistryRecords): Registry {
    const parsed = parseRegistryRecords(records);
    const s = this.#state;
    const date = parsed.date !== undefined && (s.date === undefined || parsed.date > s.date) ? parsed.date : s.date;
    const sources = parsed.sources?.length ? merged(s.sources, parsed.sources, "sources", "source") : s.sources;
    const actors = parsed.actors?.length ? merged(s.actors, parsed.actors, "actors", "actor") : s.actors;
    const places = parsed.places?.length ? merged(s.places, parsed.places, "places", "place") : s.places;
    const conflicts = parsed.conflicts?.length ? merged(s.conflicts, parsed.conflicts, "conflicts", "conflict") : s.conflicts;
    const series = parsed.series?.length ? merged(s.series, parsed.series, "series", "series") : s.series;
    const added = parsed.claims ?? [];
    // A series whose source changed prefers another body's reports: its reports are picked again.
    const resourced = (parsed.series ?? EMPTY).filter((record) => s.seriesReports.has(record.id) && s.seriesSources.get(record.id) !== record.source);
    const seriesSources = parsed.series?.length ? sourcesOf(series) : s.seriesSources;
    if (added.length === 0 && resourced.length === 0) return new Registry({ ...s, date, sources, actors, places, conflicts, series, seriesSources });
    rejectDuplicates(added, "claims", "claim");

    // What the claims that supersede others say, changed by this call: read through to the
    // registry's own, changes kept apart and put in at the end.
    const supersession = new Map<string, Superseders | undefined>();
    const supersessionDraft: SupersessionDraft = {
      get: (id) => (supersession.has(id) ? supersession.get(id) : s.superseders.get(id)),
      set: (id, value) => void supersession.set(id, value),
      delete: (id) => void supersession.set(id, undefined),
    };
    // Per touched series: the claims that leave it and the ones that join it, and whether which
    // of its reports are in effect may change beyond the dates of the joining claims.
    const touched = new Map<string, { removed: Set<Claim>; joined: CasualtyClaim[]; rebuild: boolean }>();
    const touch = (key: string, rebuild: boolean) => {
      let change = touched.get(key);
      if (!change) touched.set(key, (change = { removed: new Set(), joined: [], rebuild }));
      else if (rebuild) change.rebuild = true;
      return change;
    };
    // A supersession changes which reports of its target's series are in effect.
    const touchTargets = (claim: Claim) => {
      for (const supersession of claim.supersedes ?? EMPTY) {
        const target = s.claims.at(s.claims.find(supersession.claim));
        if (target?.kind === "casualty") touch(seriesKeyOf(target), true);
      }
    };
    const recount = (claim: Claim, delta: 1 | -1) => {
      if (!claim.supersedes) return;
      recordSupersessions(claim, supersessionDraft, delta);
      touchTargets(claim);
    };
    for (const record of resourced) touch(record.id, true);
    const claims = s.claims.with(added, (old) => {
      if (old.kind === "casualty") touch(seriesKeyOf(old), true).removed.add(old);
      recount(old, -1);
    });
    for (const claim of added) {
      // A replacement keeps its predecessor's place in the registry, which decides ties between
      // reports of one date: its series is indexed anew. A new claim comes last.
      if (claim.kind === "casualty") touch(seriesKeyOf(claim), claims.find(claim.id) < s.claims.size).joined.push(claim);
      recount(claim, 1);
    }
    const superseders = supersession.size > 0 ? s.superseders.with(supersession) : s.superseders;
    const reports = new Map<string, SeriesReports | undefined>();
    for (const [key, change] of touched) {
      const before = s.seriesReports.get(key);
      const source = seriesSources.get(key);
      // New reports of a series that nothing else changed: each goes in at its place, and only
      // its date's report in effect is picked again. Otherwise the series is indexed anew.
      if (before && !change.rebuild && change.joined.length <= 16) {
        let next = before;
        for (const claim of change.joined) next = withReport(next, claim, superseders, source);
        reports.set(key, next);
        continue;
      }
      const all = before?.all ?? EMPTY;
      const kept = change.removed.size ? all.filter((claim) => !change.removed.has(claim)) : all;
      const joined = kept.concat(change.joined);
      // A replacement keeps its predecessor's position, which decides ties: order by it, not by arrival.
      reports.set(key, joined.length === 0 ? undefined : reportsOf(joined, superseders, source, (claim) => claims.find(claim.id)));
    }
    const seriesReports = s.seriesReports.with(reports);
    return new Registry({ ...s, date, sources, actors, places, conflicts, series, claims, seriesReports, superseders, seriesSources });
  }

  /**
   * One registry from several: the sources, actors, places, conflicts, series and claims of every
   * input, in input order, dated by the latest of their dates. Inputs are registries or registry
   * data (`parseRegistry`'s result, or data as written, which is parsed: a schema failure throws
   * `invalid-registry` naming the input). A record defined in two inputs with the same content
   * is kept once; defined differently, it throws a `FactmarkError` with code `registry-conflict`
   * that names every such id (its `issues` give each one's path, `["inputs", 1, "sources", 0,
   * "id"]`), unless `options.prefer` is `"last"`, which lets the later input win. This is how a
   * newsroom adds its own data to the default registry.
   *
   * @example
   * const registry = Registry.merge([
   *   defaultRegistry(),
   *   parseRegistry(await readFile("newsroom.ndjson", "utf8"), { file: "newsroom.ndjson" }),
   *   parseRegistry(await readFile("figures.csv", "utf8"), { file: "figures.csv" }),
   * ]);
   */
  static merge(inputs: readonly (Registry | RegistryDataInput | RegistryData)[], options: MergeOptions = {}): Registry {
    const prefer = options.prefer ?? "error";
    if (prefer !== "error" && prefer !== "last") {
      throw new FactmarkError("invalid-input", `received the option prefer: ${JSON.stringify(prefer)}; expected "error" or "last", for example Registry.merge([a, b], { prefer: "last" })`);
    }
    const datas = inputs.map((input, k) => {
      if (input instanceof Registry) return input.toData();
      // An id repeated within one input is found below, with the ids the inputs share.
      return options.trusted ? (input as RegistryData) : parseRegistryData(input, `registry (input ${k} of Registry.merge)`);
    });
    let date: string | undefined;
    for (const data of datas) if (data.date !== undefined && (date === undefined || data.date > date)) date = data.date;
    const conflicts: { collection: string; id: string; first: number; again: number; index: number }[] = [];
    const combined = {} as { [K in (typeof MERGED_COLLECTIONS)[number]]: RegistryData[K] };
    for (const collection of MERGED_COLLECTIONS) {
      const out: { id: string }[] = [];
      // Where each id sits in `out`; by that position, which input defined the record there, and
      // the last input the id was read in, at which index (an id twice in one input is an error,
      // even with the same content). Arrays rather than an object per id: a default registry
      // merges thousands of claims on every start of the command.
      const seen = new Map<string, number>();
      const definedBy: number[] = [];
      const lastInput: number[] = [];
      const lastIndex: number[] = [];
      datas.forEach((data, k) => {
        // Registries written before places and conflicts were data have neither.
        const records = (data[collection] ?? EMPTY) as readonly { id: string }[];
        for (let index = 0; index < records.length; index++) {
          const record = records[index]!;
          const at = seen.get(record.id);
          if (at === undefined) {
            seen.set(record.id, out.push(record) - 1);
            definedBy.push(k);
            lastInput.push(k);
            lastIndex.push(index);
            continue;
          }
          if (lastInput[at] === k) throw duplicateError(collection, singular(collection), record.id, lastIndex[at]!, index);
          lastInput[at] = k;
          lastIndex[at] = index;
          if (sameRecord(out[at]!, record)) continue;
          if (prefer === "last") {
            out[at] = record;
            definedBy[at] = k;
          } else conflicts.push({ collection, id: record.id, first: definedBy[at]!, again: k, index });
        }
      });
      (combined as Record<string, unknown>)[collection] = out;
    }
    if (conflicts.length > 0) {
      const listed = conflicts.map((c) => `${singular(c.collection)} "${c.id}" (inputs ${c.first} and ${c.again})`);
      const shown = listed.length > 20 ? `${listed.slice(0, 20).join(", ")} and ${listed.length - 20} more` : listed.join(", ");
      throw new FactmarkError(
        "registry-conflict",
        `received ${conflicts.length} id${conflicts.length === 1 ? "" : "s"} defined differently by two registries: ${shown}; ` +
          `expected each id to mean one record. Give the newsroom's record an id of its own (for example "${conflicts[0]!.id}-newsroom"), ` +
          `or let the later registry win: Registry.merge(registries, { prefer: "last" }).`,
        {
          issues: conflicts.map((c) => ({
            code: "custom" as const,
            path: ["inputs", c.again, c.collection, c.index, "id"],
            message: `${singular(c.collection)} "${c.id}" is defined differently by input ${c.first}`,
            input: c.id,
          })),
        },
      );
    }
    return Registry.from({ version: 1, ...(date === undefined ? {} : { date }), ...combined }, { trusted: true });
  }

  /** All sources, in the order they were registered. */
  sources(): readonly Source[] {
    return this.#state.sources;
  }

  /** The source with this id, if registered. */
  source(id: string): Source | undefined {
    this.#sourceById ??= byId(this.#state.sources);
    return this.#sourceById.get(id);
  }

  /** All actors, in the order they were registered. */
  actors(): readonly Actor[] {
    return this.#state.actors;
  }

  /** The actor with this id, if registered. */
  actor(id: string): Actor | undefined {
    this.#actorById ??= byId(this.#state.actors);
    return this.#actorById.get(id);
  }

  /** All places, in the order they were registered. */
  places(): readonly Place[] {
    return this.#state.places;
  }

  /** The place with this id, if registered. */
  place(id: string): Place | undefined {
    this.#placeById ??= byId(this.#state.places);
    return this.#placeById.get(id);
  }

  /**
   * A place and the places that contain it, nearest first, each once: `["rafah", "gaza",
   * "palestinian-territories"]`. An unregistered id gives `[id]`. Cycles in `within` are cut.
   */
  placeAndAncestors(id: string): readonly string[] {
    let found = this.#ancestors.get(id);
    if (!found) {
      const out: string[] = [];
      const queue = [id];
      while (queue.length > 0) {
        const next = queue.shift()!;
        if (out.includes(next)) continue;
        out.push(next);
        queue.push(...(this.place(next)?.within ?? EMPTY));
      }
      this.#ancestors.set(id, (found = out));
    }
    return found;
  }

  /** All conflicts, in the order they were registered. */
  conflicts(): readonly Conflict[] {
    return this.#state.conflicts;
  }

  /** The conflict with this id, if registered. */
  conflict(id: string): Conflict | undefined {
    this.#conflictById ??= byId(this.#state.conflicts);
    return this.#conflictById.get(id);
  }

  /**
   * The conflicts a place belongs to: those fought in it or in a place that contains it, in
   * registration order. A place within Gaza belongs to the war fought in Gaza.
   */
  conflictsOfPlace(id: string): readonly Conflict[] {
    // Asked for every place a story names, in every check: answered once per place.
    let found = this.#conflictsOfPlace.get(id);
    if (!found) {
      const places = this.placeAndAncestors(id);
      found = this.#state.conflicts.filter((c) => c.places.some((p) => places.includes(p)));
      this.#conflictsOfPlace.set(id, found);
    }
    return found;
  }

  /**
   * The lexicon of the world this registry covers, compiled once: its place names, aliases and
   * demonyms, and the words that name its actors. The extractor reads stories with it
   * (`extractMentions(text, { world })`), so a registry's places and parties are recognised
   * without any of them in core.
   */
  world(): World {
    this.#world ??= compileWorld(
      this.#placesWithImplicit(),
      this.#state.conflicts,
      this.#state.actors,
      this.#state.series.map((s) => ({ group: s.population.group, aliases: s.aliases })),
    );
    return this.#world;
  }

  /**
   * The declared places, and a place for each place id that a series or casualty claim counts in
   * without declaring it, named by its id's words ("west-bank" is "west bank"): a registry of
   * claims alone (a CSV) still recognises the places it counts.
   */
  #placesWithImplicit(): Place[] {
    const places = this.#state.places.slice();
    const known = new Set(places.map((p) => p.id));
    const add = (id: string) => {
      if (known.has(id)) return;
      known.add(id);
      places.push({ id, name: id.replace(/[-_.:]+/g, " "), aliases: [], demonyms: [], within: [] });
    };
    for (const series of this.#state.series) add(series.population.place);
    for (const key of this.#state.seriesReports.keys()) {
      const first = this.#state.seriesReports.get(key)!.all[0];
      if (first) add(first.population.place);
    }
    return places;
  }

  /** The declared series, in the order they were registered (implicit series are not listed; {@link Registry.seriesById} finds them). */
  series(): readonly Series[] {
    return this.#state.series;
  }

  /**
   * The series with this id: a declared series, or the implicit series of casualty claims that
   * name none (whose id is their {@link seriesKeyOf} key) or name one that is not declared
   * (described by its first claim, cadence `irregular`).
   */
  seriesById(id: string): Series | undefined {
    this.#seriesById ??= byId(this.#seriesWithImplicit());
    return this.#seriesById.get(id);
  }

  /** All claims, in the order they were registered. */
  claims(): readonly Claim[] {
    return this.#state.claims.list();
  }

  /** The claim with this id, if registered. */
  claim(id: string): Claim | undefined {
    return this.#state.claims.at(this.#state.claims.find(id));
  }

  /**
   * The source whose name or one of whose aliases equals `name`, compared case-insensitively,
   * with runs of whitespace as one space, a leading "the " ignored and curly apostrophes read
   * as straight ones. A name matches before an alias; among equals, the first registered wins.
   *
   * @example registry.findSource("the Ministry of Health")
   */
  findSource(name: string): Source | undefined {
    this.#sourceLookup ??= nameLookup(this.#state.sources);
    return this.#sourceLookup.byName.get(normalizeName(name));
  }

  /** The actor whose name or alias equals `name`, compared as in {@link Registry.findSource}. */
  findActor(name: string): Actor | undefined {
    this.#actorLookup ??= nameLookup(this.#state.actors);
    return this.#actorLookup.byName.get(normalizeName(name));
  }

  /** Every name and alias of every source with its id, longest first (then alphabetical). */
  sourceNames(): readonly { name: string; id: string }[] {
    this.#sourceLookup ??= nameLookup(this.#state.sources);
    return this.#sourceLookup.names;
  }

  /** Every name and alias of every actor with its id, longest first (then alphabetical). */
  actorNames(): readonly { name: string; id: string }[] {
    this.#actorLookup ??= nameLookup(this.#state.actors);
    return this.#actorLookup.names;
  }

  /**
   * The series that count `measure`, for `group` (the series' population group or one of its
   * aliases, case-insensitive), in `place` (case-insensitive), from `source` (a source id); an
   * absent field matches every series. Implicit series (claims without `series`) are included.
   * Ranked: a match on the group's own name first, then higher `priority`, then more reports.
   *
   * @example registry.findSeries({ measure: "killed", group: "Palestinians", place: "gaza" })
   */
  findSeries(query: { measure?: Measure; group?: string; place?: string; source?: string }): Series[] {
    const key = `${query.measure ?? ""}\u0000${query.group ?? "\u0001"}\u0000${query.place ?? "\u0001"}\u0000${query.source ?? "\u0001"}`;
    let found = this.#seriesQueries.get(key);
    if (!found) {
      // Bounded: free-text groups and places come from stories.
      if (this.#seriesQueries.size >= 10_000) this.#seriesQueries.clear();
      found = this.#findSeries(query);
      this.#seriesQueries.set(key, found);
    }
    return found.slice();
  }

  #findSeries(query: { measure?: Measure; group?: string; place?: string; source?: string }): Series[] {
    const candidates = query.measure === undefined ? this.#seriesWithImplicit() : (this.#measureIndex().get(query.measure) ?? EMPTY);
    const group = query.group === undefined ? undefined : normalizeWords(query.group);
    const place = query.place === undefined ? undefined : normalizeWords(query.place);
    const ranked: { series: Series; exact: boolean; reports: number; order: number }[] = [];
    for (const series of candidates) {
      if (query.source !== undefined && series.source !== query.source) continue;
      if (place !== undefined && normalizeWords(series.population.place) !== place) continue;
      let exact = true;
      if (group !== undefined) {
        exact = normalizeWords(series.population.group) === group;
        if (!exact && !series.aliases.some((alias) => normalizeWords(alias) === group)) continue;
      }
      const reports = this.#state.seriesReports.get(series.id)?.effective.length ?? 0;
      ranked.push({ series, exact, reports, order: ranked.length });
    }
    ranked.sort(
      (a, b) => Number(b.exact) - Number(a.exact) || b.series.priority - a.series.priority || b.reports - a.reports || a.order - b.order,
    );
    return ranked.map((entry) => entry.series);
  }

  /**
   * The report in effect for a series as of `date` (`YYYY-MM-DD`): the newest effective
   * casualty claim of the series with `asOf <= date` (one per asOf; see {@link Registry} for
   * which version of a date is in effect), or undefined when the series is unknown or has no
   * report by then. It answers with what the registry knows now: a revision published after
   * `date` of a figure dated before it is the answer, not the version it revised. Other
   * versions, other bodies' figures of the same day and what was published by a date are
   * {@link Registry.reportsWithin}'s. O(log n).
   *
   * @example registry.valueAt("gaza-moh-killed", "2024-05-04")?.quantity.value // 34654
   */
  valueAt(seriesId: string, date: string): CasualtyClaim | undefined {
    const { effective, keys } = this.#reports(seriesId);
    const index = upperBound(keys, dateKey(date)) - 1;
    return index >= 0 ? effective[index] : undefined;
  }

  /** The newest effective report of a series, or undefined when it has none. */
  latest(seriesId: string): CasualtyClaim | undefined {
    const { effective } = this.#reports(seriesId);
    return effective[effective.length - 1];
  }

  /** The first effective report of a series dated after `date` (`asOf > date`): "what came next". O(log n). */
  nextAfter(seriesId: string, date: string): CasualtyClaim | undefined {
    const { effective, keys } = this.#reports(seriesId);
    return effective[upperBound(keys, dateKey(date))];
  }

  /**
   * The effective reports of a series, one per asOf, sorted by asOf; with `range`, only those
   * with `from <= asOf <= to` (either end may be absent). Empty for an unknown series.
   */
  history(seriesId: string, range: { from?: string; to?: string } = {}): readonly CasualtyClaim[] {
    const { effective, keys } = this.#reports(seriesId);
    const start = range.from === undefined ? 0 : lowerBound(keys, dateKey(range.from));
    const end = range.to === undefined ? effective.length : upperBound(keys, dateKey(range.to));
    return start === 0 && end === effective.length ? effective : effective.slice(start, Math.max(start, end));
  }

  /**
   * Scanning back from the report in effect at `date`, the newest effective report for which
   * `predicate` holds (the report in effect itself included); undefined when none on or before
   * `date` does. With `versions: "all"`, every version published on or before `date` is scanned
   * (another body's figure of a day, a first-published figure later revised), newest first: when a
   * figure was last true, by any report a reader could have had.
   *
   * @example registry.lastMatching("gaza-moh-killed", "2023-12-21", (c) => c.quantity.value === 10022, { versions: "all" })
   */
  lastMatching(seriesId: string, date: string, predicate: (claim: CasualtyClaim) => boolean, options: { versions?: "effective" | "all" } = {}): CasualtyClaim | undefined {
    const reports = this.#reports(seriesId);
    if (options.versions === "all") {
      const { all, allKeys } = reports;
      for (let i = upperBound(allKeys, dateKey(date)) - 1; i >= 0; i--) {
        const claim = all[i]!;
        if (publishedOf(claim) <= date && predicate(claim)) return claim;
      }
      return undefined;
    }
    const { effective, keys } = reports;
    for (let i = upperBound(keys, dateKey(date)) - 1; i >= 0; i--) {
      const claim = effective[i]!;
      if (predicate(claim)) return claim;
    }
    return undefined;
  }

  /**
   * Every published report of a series dated within `days` days before `date`: each casualty
   * claim with `date - days <= asOf <= date` (both ends included) whose first citation was
   * published on or before `date`, every version and every body (corrected, superseded and
   * revised versions included; read each one's `status`), sorted by asOf, then publication, then
   * position in the registry. With `options.source`, only the claims one of whose citations is
   * that source id. Answers "did the attributed body publish a figure that fits within one
   * reporting interval of this date?" together with {@link Registry.reportingInterval}. The
   * report in effect at the window's start, when dated before it, is
   * `valueAt(seriesId, addDays(date, -days))`. Empty for an unknown series. O(log n + k).
   *
   * @example
   * const days = registry.reportingInterval("gaza-moh-killed") ?? 7;
   * registry.reportsWithin("gaza-moh-killed", "2023-10-31", days, { source: "gaza-moh" });
   */
  reportsWithin(seriesId: string, date: string, days: number, options: { source?: string } = {}): readonly CasualtyClaim[] {
    if (!Number.isFinite(days) || days < 0) {
      throw new FactmarkError("invalid-input", `received ${String(days)} days; expected a number of days of 0 or more, for example registry.reportsWithin("gaza-moh-killed", "2024-05-04", 7)`);
    }
    const { all, allKeys } = this.#reports(seriesId);
    const end = upperBound(allKeys, dateKey(date));
    const start = lowerBound(allKeys, dateKey(addDays(date, -Math.floor(days))));
    const found: CasualtyClaim[] = [];
    for (let i = start; i < end; i++) {
      const claim = all[i]!;
      if (publishedOf(claim) > date) continue;
      if (options.source !== undefined && !claim.citations.some((citation) => citation.source === options.source)) continue;
      found.push(claim);
    }
    return found;
  }

  /**
   * The usual gap between a series' reports, in days: the series' own `interval`, else its
   * cadence's ({@link CADENCE_INTERVAL_DAYS}: daily 7, weekly 14, monthly 45, irregular 60; a
   * series of claims that declare none is irregular). Undefined for an unknown series. A figure
   * may rest on any report published within this many days of a story's date, and a series says
   * nothing about dates more than this many days after its last report ({@link Registry.covers}).
   */
  reportingInterval(seriesId: string): number | undefined {
    const series = this.seriesById(seriesId);
    return series ? (series.interval ?? CADENCE_INTERVAL_DAYS[series.cadence]) : undefined;
  }

  /**
   * The dates a series' data runs over: the asOf of its first and of its last report (every
   * version counted), or undefined when it has none. `to` is where the data ends: the registry
   * holds no report of the series after it.
   *
   * @example registry.coverage("idf-gaza-soldiers-killed") // { from: "2023-10-10", to: "2024-09-27" }
   */
  coverage(seriesId: string): { from: string; to: string } | undefined {
    const { all } = this.#reports(seriesId);
    if (all.length === 0) return undefined;
    return { from: all[0]!.asOf, to: all[all.length - 1]!.asOf };
  }

  /**
   * True when the series has something to say about `date`: it has a report on or before it, and
   * `date` is no more than one reporting interval ({@link Registry.reportingInterval}) after its
   * last report. A figure dated past that is beyond the data, neither outdated nor wrong.
   */
  covers(seriesId: string, date: string): boolean {
    const range = this.coverage(seriesId);
    if (!range) return false;
    const key = dateKey(date);
    return key >= dateKey(range.from) && key <= dateKey(addDays(range.to, this.reportingInterval(seriesId) ?? 0));
  }

  /** The claims of one kind, in registration order (the array is cached). */
  claimsOfKind<K extends ClaimKind>(kind: K): readonly Extract<Claim, { kind: K }>[] {
    if (!this.#kinds) {
      const kinds = new Map<ClaimKind, Claim[]>();
      for (const claim of this.#state.claims.list()) {
        const list = kinds.get(claim.kind);
        if (list) list.push(claim);
        else kinds.set(claim.kind, [claim]);
      }
      this.#kinds = kinds;
    }
    return (this.#kinds.get(kind) ?? EMPTY) as readonly Extract<Claim, { kind: K }>[];
  }

  /** The position claims of `actor` (every actor when absent), on `topic` if given, sorted by asOf. */
  positions(query: { actor?: string; topic?: string }): readonly PositionClaim[] {
    if (!this.#positionsByActor) {
      const all = sortedByAsOf(this.claimsOfKind("position"));
      const index = groupBy<PositionClaim, string | undefined>(all, (claim) => claim.actor);
      index.set(undefined, all);
      this.#positionsByActor = index;
    }
    const list = this.#positionsByActor.get(query.actor) ?? EMPTY;
    return query.topic === undefined ? list : list.filter((claim) => claim.topic === query.topic);
  }

  /** The phase claims of a proposal, every version, sorted by version (none first) then index. */
  phases(proposalId: string): readonly PhaseClaim[] {
    this.#phasesByProposal ??= this.#phaseIndex();
    return this.#phasesByProposal.get(proposalId) ?? EMPTY;
  }

  /** The ids of the proposals that phase claims describe, sorted. */
  proposals(): readonly string[] {
    this.#phasesByProposal ??= this.#phaseIndex();
    return [...this.#phasesByProposal.keys()].sort();
  }

  /** The event claims about event `eventId` ("war-start"), sorted by asOf. */
  events(eventId: string): readonly EventClaim[] {
    this.#eventsById ??= groupBy(sortedByAsOf(this.claimsOfKind("event")), (claim) => claim.event);
    return this.#eventsById.get(eventId) ?? EMPTY;
  }

  /** The classification claims, all or those of one `area`, in registration order. */
  classifications(area?: string): readonly ClassificationClaim[] {
    if (!this.#classificationsByArea) {
      const all = this.claimsOfKind("classification") as ClassificationClaim[];
      const index = groupBy<ClassificationClaim, string | undefined>(all, (claim) => claim.area);
      index.set(undefined, all);
      this.#classificationsByArea = index;
    }
    return this.#classificationsByArea.get(area) ?? EMPTY;
  }

  #reports(seriesId: string): SeriesReports {
    return this.#state.seriesReports.get(seriesId) ?? NO_REPORTS;
  }

  #phaseIndex(): Map<string, PhaseClaim[]> {
    const index = groupBy(this.claimsOfKind("phase"), (claim) => claim.proposal.id);
    for (const list of index.values()) {
      list.sort((a, b) => compareOptional(a.proposal.version, b.proposal.version) || a.index - b.index || compareStrings(a.asOf, b.asOf));
    }
    return index;
  }

  // Claims that name no series, or a series nobody declared (a CSV of claims alone), form an
  // implicit series described by their first claim, so that stories are still judged against them.
  #seriesWithImplicit(): readonly Series[] {
    if (this.#allSeries) return this.#allSeries;
    const declared = new Set(this.#state.series.map((series) => series.id));
    const all = this.#state.series.slice();
    for (const [key, reports] of this.#state.seriesReports) {
      const first = reports.all[0];
      if (declared.has(key) || !first) continue;
      all.push(implicitSeries(key, first));
    }
    return (this.#allSeries = all);
  }

  #measureIndex(): Map<Measure, Series[]> {
    this.#seriesByMeasure ??= groupBy(this.#seriesWithImplicit(), (series) => series.measure);
    return this.#seriesByMeasure;
  }
}

function implicitSeries(key: string, claim: CasualtyClaim): Series {
  const source = claim.citations[0]?.source ?? "";
  const { group, place } = claim.population;
  return {
    id: key,
    title: `${source}: ${claim.measure}, ${group} in ${place}${claim.cumulative ? ", cumulative" : ""}`,
    source,
    measure: claim.measure,
    population: { group, place },
    cumulative: claim.cumulative,
    ...(claim.since === undefined ? {} : { since: claim.since }),
    cadence: "irregular",
    aliases: [],
    priority: 0,
    caveats: [],
  };
}

function copyOf<T>(list: readonly T[] | undefined): T[] {
  return list ? list.slice() : [];
}

function isCorrection(reason: string): boolean {
  return reason === "correction" || reason === "retraction";
}

/** What {@link recordSupersessions} reads and writes: a Map, or changes kept apart from a shared index. */
interface SupersessionDraft {
  get(id: string): Superseders | undefined;
  set(id: string, value: Superseders): void;
  delete(id: string): void;
}

/** Adds (delta 1) or removes (delta -1) what `claim` says about the claims it supersedes. Entries are replaced, never changed: the index may be shared. */
function recordSupersessions(claim: Claim, index: SupersessionDraft, delta: 1 | -1): void {
  for (const supersession of claim.supersedes ?? EMPTY) {
    const before = index.get(supersession.claim) ?? { asOfs: EMPTY, corrections: 0 };
    const corrections = before.corrections + (isCorrection(supersession.reason) ? delta : 0);
    let asOfs: readonly string[];
    if (delta === 1) asOfs = [...before.asOfs, claim.asOf];
    else {
      const at = before.asOfs.indexOf(claim.asOf);
      asOfs = at < 0 ? before.asOfs : [...before.asOfs.slice(0, at), ...before.asOfs.slice(at + 1)];
    }
    if (asOfs.length === 0) index.delete(supersession.claim);
    else index.set(supersession.claim, { asOfs, corrections });
  }
}

/**
 * The supersession index of a list of claims: for each superseded claim id, the asOf of every
 * claim that supersedes it and how many correct or retract it. With {@link isInEffect}, the
 * rule {@link Registry} follows; `validateRegistry` follows it too.
 */
export function supersessionIndex(claims: readonly Claim[]): SupersessionIndex {
  const index = new Map<string, Superseders>();
  for (const claim of claims) if (claim.supersedes) recordSupersessions(claim, index, 1);
  return index;
}

/**
 * Of `claims[start]` to `claims[end - 1]`, reports of one asOf in a series' order (publication,
 * then position in the registry), the index of the one in effect, or -1 when none is: of those
 * in effect on their asOf ({@link isInEffect}), the last whose first citation is `source` (the
 * series' own source), else the last. So another body's figure fills a day the series' source
 * did not report, and the answer does not depend on which of two bodies was registered first.
 */
export function effectiveIndex(claims: readonly Claim[], start: number, end: number, superseders: SupersessionIndex, source: string | undefined): number {
  let fallback = -1;
  for (let k = end - 1; k >= start; k--) {
    const claim = claims[k]!;
    if (!isInEffect(claim, superseders)) continue;
    if (source === undefined || claim.citations[0]?.source === source) return k;
    if (fallback === -1) fallback = k;
  }
  return fallback;
}

/**
 * True when `claim` is in effect on its own asOf (see {@link Registry}): not corrected or
 * retracted (by status or by a superseding claim), not superseded by a claim of the same or an
 * earlier asOf, and, when its status is `superseded`, superseded only by claims dated after it.
 */
export function isInEffect(claim: Claim, index: SupersessionIndex): boolean {
  if (claim.status === "corrected" || claim.status === "retracted") return false;
  const by = index.get(claim.id);
  if (!by) return claim.status !== "superseded";
  if (by.corrections > 0) return false;
  for (const asOf of by.asOfs) if (asOf <= claim.asOf) return false;
  // Every claim superseding it is dated later: it was in effect until the first of them.
  return true;
}

const MERGED_COLLECTIONS = ["sources", "actors", "places", "conflicts", "series", "claims"] as const;

function singular(collection: string): string {
  return collection === "series" ? "series" : collection.slice(0, -1);
}

/** True when two parsed records are the same data (key order aside). */
function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x).filter((key) => x[key] !== undefined);
  if (keys.length !== Object.keys(y).filter((key) => y[key] !== undefined).length) return false;
  for (const key of keys) if (!sameRecord(x[key], y[key])) return false;
  return true;
}

function publishedOf(claim: Claim): string {
  return claim.citations[0]?.published ?? "";
}

function compareReports(a: CasualtyClaim, b: CasualtyClaim): number {
  return compareStrings(a.asOf, b.asOf) || compareStrings(publishedOf(a), publishedOf(b));
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareOptional(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return compareStrings(a, b);
}

/**
 * Sorts a series' claims by asOf, then publication, then position in the registry (unless
 * already sorted), and picks the effective report of each asOf ({@link effectiveIndex}, with
 * `source` the series' own source). Without `positionOf`, the claims must come in registry
 * order: the stable sort keeps it among ties.
 */
function reportsOf(claims: CasualtyClaim[], superseders: SupersessionIndex, source: string | undefined, positionOf?: (claim: Claim) => number): SeriesReports {
  const compare = positionOf
    ? (a: CasualtyClaim, b: CasualtyClaim) => compareReports(a, b) || positionOf(a) - positionOf(b)
    : compareReports;
  let sorted = true;
  for (let i = 1; i < claims.length; i++) {
    if (compare(claims[i - 1]!, claims[i]!) > 0) {
      sorted = false;
      break;
    }
  }
  if (!sorted) claims.sort(compare);
  let effective: CasualtyClaim[] | undefined;
  let i = 0;
  while (i < claims.length) {
    const asOf = claims[i]!.asOf;
    let end = i + 1;
    while (end < claims.length && claims[end]!.asOf === asOf) end++;
    const winner = end === i + 1 ? (isInEffect(claims[i]!, superseders) ? i : -1) : effectiveIndex(claims, i, end, superseders, source);
    // Until something is dropped, the effective reports are a prefix of `all` and share its array.
    if (!effective && !(winner === i && end === i + 1)) effective = claims.slice(0, i);
    if (effective && winner >= 0) effective.push(claims[winner]!);
    i = end;
  }
  const allKeys = new Int32Array(claims.length);
  for (let k = 0; k < claims.length; k++) allKeys[k] = dateKey(claims[k]!.asOf);
  if (!effective) return { all: claims, allKeys, effective: claims, keys: allKeys };
  const keys = new Int32Array(effective.length);
  for (let k = 0; k < effective.length; k++) keys[k] = dateKey(effective[k]!.asOf);
  return { all: claims, allKeys, effective, keys };
}

/**
 * The reports of a series with `claim` put in, a claim new to the registry (so last among
 * reports of its date and publication) that changes no other claim's standing: it goes in at its
 * place and only its date's report in effect is picked again. Copies the series' arrays (a
 * memcpy) but does no work per report; the series' other dates are left as they were.
 */
function withReport(before: SeriesReports, claim: CasualtyClaim, superseders: SupersessionIndex, source: string | undefined): SeriesReports {
  const key = dateKey(claim.asOf);
  const published = publishedOf(claim);
  const first = lowerBound(before.allKeys, key);
  let at = upperBound(before.allKeys, key);
  while (at > first && publishedOf(before.all[at - 1]!) > published) at--;
  const all = before.all.slice();
  all.splice(at, 0, claim);
  const allKeys = insertKey(before.allKeys, at, key);
  const end = upperBound(allKeys, key);
  const winner = end === first + 1 ? (isInEffect(claim, superseders) ? first : -1) : effectiveIndex(all, first, end, superseders, source);
  // The date's place among the reports in effect, and whether one of that date is there.
  const place = lowerBound(before.keys, key);
  const had = place < before.keys.length && before.keys[place] === key;
  let effective: CasualtyClaim[];
  let keys: Int32Array;
  if (winner >= 0 && had) {
    effective = before.effective.slice();
    effective[place] = all[winner]!;
    keys = before.keys;
  } else if (winner >= 0) {
    effective = before.effective.slice();
    effective.splice(place, 0, all[winner]!);
    keys = insertKey(before.keys, place, key);
  } else if (had) {
    effective = before.effective.slice();
    effective.splice(place, 1);
    keys = new Int32Array(before.keys.length - 1);
    keys.set(before.keys.subarray(0, place));
    keys.set(before.keys.subarray(place + 1), place);
  } else {
    effective = before.effective as CasualtyClaim[];
    keys = before.keys;
  }
  // As reportsOf does: one array for both while every report is in effect.
  if (effective.length === all.length) return { all, allKeys, effective: all, keys: allKeys };
  return { all, allKeys, effective, keys };
}

function insertKey(keys: Int32Array, at: number, key: number): Int32Array {
  const out = new Int32Array(keys.length + 1);
  out.set(keys.subarray(0, at));
  out[at] = key;
  out.set(keys.subarray(at), at + 1);
  return out;
}

/** The source of each declared series, by id. */
function sourcesOf(series: readonly Series[]): Map<string, string> {
  return new Map(series.map((record) => [record.id, record.source]));
}

/** Index of the first key `>= key`. */
function lowerBound(keys: Int32Array, key: number): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (keys[mid]! < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index of the first key `> key`. */
function upperBound(keys: Int32Array, key: number): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (keys[mid]! <= key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * A `YYYY-MM-DD` date as the number YYYYMMDD, which orders as the dates do; throws
 * `invalid-date` for any other shape (the calendar itself is the schema's business).
 */
function dateKey(date: string): number {
  if (typeof date === "string" && date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    let key = 0;
    for (let i = 0; i < 10; i++) {
      if (i === 4 || i === 7) continue;
      const digit = date.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) break;
      key = key * 10 + digit;
      if (i === 9) return key;
    }
  }
  throw new FactmarkError("invalid-date", `received the date ${JSON.stringify(date)}; expected YYYY-MM-DD, for example "2024-05-04"`);
}

function sortedByAsOf<T extends Claim>(claims: readonly T[]): T[] {
  return claims.slice().sort((a, b) => compareStrings(a.asOf, b.asOf));
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const record of records) if (!map.has(record.id)) map.set(record.id, record);
  return map;
}

function duplicateError(collection: string, what: string, id: string, first: number, again: number): FactmarkError {
  return new FactmarkError(
    "invalid-registry",
    `duplicate ${what} id "${id}" at ${collection}[${again}] (first at ${collection}[${first}]); expected each ${what} id once. ` +
      `Give a distinct id (for example "${id}-2"), or supersede the older record instead of repeating its id.`,
    { location: { path: [collection, again, "id"] } },
  );
}

function rejectDuplicates(records: readonly { id: string }[], collection: string, what: string): void {
  const seen = new Map<string, number>();
  for (let i = 0; i < records.length; i++) {
    const id = records[i]!.id;
    const first = seen.get(id);
    if (first !== undefined) throw duplicateError(collection, what, id, first, i);
    seen.set(id, i);
  }
}

function merged<T extends { id: string }>(existing: readonly T[], added: readonly T[], collection: string, what: string): T[] {
  rejectDuplicates(added, collection, what);
  const result = existing.slice();
  const position = new Map(result.map((record, index) => [record.id, index]));
  for (const record of added) {
    const index = position.get(record.id);
    if (index === undefined) position.set(record.id, result.push(record) - 1);
    else result[index] = record;
  }
  return result;
}

interface NameLookup<T> {
  byName: Map<string, T>;
  names: { name: string; id: string }[];
}

function nameLookup<T extends { id: string; name: string; aliases: string[] }>(records: readonly T[]): NameLookup<T> {
  const byName = new Map<string, T>();
  // Names first, then aliases, so an alias never shadows another record's own name.
  for (const record of records) {
    const key = normalizeName(record.name);
    if (!byName.has(key)) byName.set(key, record);
  }
  const names: { name: string; id: string }[] = [];
  for (const record of records) {
    names.push({ name: record.name, id: record.id });
    for (const alias of record.aliases) {
      names.push({ name: alias, id: record.id });
      const key = normalizeName(alias);
      if (!byName.has(key)) byName.set(key, record);
    }
  }
  names.sort((a, b) => b.name.length - a.name.length || compareStrings(a.name, b.name) || compareStrings(a.id, b.id));
  return { byName, names };
}

function normalizeWords(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();
}

function normalizeName(name: string): string {
  return normalizeWords(name).replace(/^the /, "");
}
