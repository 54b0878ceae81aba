import Papa from "papaparse";
import * as z from "zod";
import { CasualtyClaim, Claim, Series } from "./claim.js";
import { IsoDate } from "./dates.js";
import { FactmarkError, formatLocation, parseWith, type ErrorLocation } from "./errors.js";
import { RegistryData } from "./registry-data.js";
import { Actor, Source } from "./source.js";
import { Conflict, Place } from "./world.js";

// Core's TypeScript lib has neither DOM nor Node types; TextDecoder is a global in browsers, workers and Node alike.
declare const TextDecoder: new (
  label?: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => { decode(input?: Uint8Array, options?: { stream?: boolean }): string };

/** A registry file format: one JSON document, one record per line (NDJSON), or CSV of casualty claims. */
export type RegistryFormat = "json" | "ndjson" | "csv";

/** Options of the registry loaders. */
export interface LoadOptions {
  /** The file name or label of the input, used in error messages. */
  file?: string;
  /**
   * The longest NDJSON line accepted, in UTF-16 code units (characters); a longer line is
   * rejected with code `limit-exceeded` instead of being buffered.
   * @default 1048576 (1 MiB)
   */
  maxLineLength?: number;
  /**
   * The field delimiter of a CSV file. When absent it is read from the header row: `;` when the
   * header holds semicolons (a spreadsheet saved in a European locale), a tab for a TSV, else `,`.
   */
  delimiter?: "," | ";" | "\t";
}

/** The default of {@link LoadOptions.maxLineLength}: 1 MiB. */
const DEFAULT_MAX_LINE_LENGTH = 1024 * 1024;

const REGISTRY_EXAMPLE = '{"version":1,"sources":[{"id":"gaza-moh","name":"Gaza Ministry of Health","type":"official-body"}],"claims":[]}';
const CLAIM_EXAMPLE =
  '{"kind":"casualty","id":"gaza-moh-killed-2024-05-04","series":"gaza-moh-killed","measure":"killed","population":{"place":"gaza"},"asOf":"2024-05-04","quantity":{"value":34654},"citations":[{"source":"gaza-moh","published":"2024-05-04"}]}';
const NDJSON_RECORDS = 'a claim (an object with "kind"), {"source":{...}}, {"actor":{...}}, {"place":{...}}, {"conflict":{...}}, {"series":{...}} or a header {"registry":{"version":1,"date":"2024-06-01"}}';

/**
 * Parses a registry file in JSON (see `RegistryData`). All or nothing: it returns the whole
 * registry or throws. Throws a `FactmarkError` with code `parse-error` for empty input or
 * malformed JSON (with file, 1-based line and column), and `invalid-registry` for a schema
 * failure (with zod's path, such as `claims[12].quantity.value`). A leading BOM is ignored.
 *
 * @example parseRegistryJSON(await readFile("registry.json", "utf8"), { file: "registry.json" })
 */
export function parseRegistryJSON(text: string, options: LoadOptions = {}): RegistryData {
  const body = stripBom(text);
  if (body.trim() === "") {
    throw new FactmarkError(
      "parse-error",
      `${prefix({ file: options.file })}parse-error: empty file; expected a JSON registry, for example ${REGISTRY_EXAMPLE}`,
      { location: locationOf(options.file) },
    );
  }
  const value = parseJson(body, options.file, 1, "a JSON registry", REGISTRY_EXAMPLE);
  return guarded(() => parseRecord(RegistryData, value, "registry", locationOf(options.file), REGISTRY_EXAMPLE));
}

/**
 * Parses a registry in NDJSON: one record per line, each a claim (an object with `kind`), or `{"source":…}`, `{"actor":…}`, `{"place":…}`, `{"conflict":…}`, `{"series":…}`, or a header `{"registry":{"version":1,"date":…}}`. Blank lines
 * and lines starting with `//` are skipped; empty input is an empty registry. All or nothing:
 * an error names the file, the 1-based line and the zod path inside the record, and nothing
 * is returned. A leading BOM is ignored.
 *
 * @example
 * parseRegistryNDJSON('{"source":{"id":"gaza-moh","name":"Gaza Ministry of Health","type":"official-body"}}\n')
 */
export function parseRegistryNDJSON(text: string, options: LoadOptions = {}): RegistryData {
  const reader = new NdjsonReader(options);
  const body = stripBom(text);
  let start = 0;
  while (start <= body.length) {
    let end = body.indexOf("\n", start);
    if (end === -1) end = body.length;
    reader.line(body.slice(start, end));
    start = end + 1;
  }
  return reader.finish();
}

/**
 * Reads an NDJSON registry from a stream of chunks (strings or UTF-8 bytes), parsing each line
 * as it arrives: the whole text is never held, only the registry being built and one line.
 * Lines may be split anywhere across chunks, even inside a UTF-8 sequence. A line longer than
 * `maxLineLength` is rejected (code `limit-exceeded`) as soon as it grows past the limit; bytes
 * that are not UTF-8 are a `parse-error`. All or nothing, like {@link parseRegistryNDJSON}.
 *
 * @example
 * import { createReadStream } from "node:fs";
 * const data = await readRegistryNDJSON(createReadStream("registry.ndjson"), { file: "registry.ndjson" });
 */
export async function readRegistryNDJSON(chunks: AsyncIterable<string | Uint8Array>, options: LoadOptions = {}): Promise<RegistryData> {
  const reader = new NdjsonReader(options);
  const limit = reader.maxLineLength;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  // The unfinished line, as the pieces it arrived in (joined once, when its newline comes).
  let pending: string[] = [];
  let pendingLength = 0;
  let first = true;
  const take = (text: string) => {
    if (first && text.length > 0) {
      text = stripBom(text);
      first = false;
    }
    let start = 0;
    for (;;) {
      const end = text.indexOf("\n", start);
      if (end === -1) break;
      const piece = text.slice(start, end);
      const line = pendingLength === 0 ? piece : pending.join("") + piece;
      pending = [];
      pendingLength = 0;
      reader.line(line);
      start = end + 1;
    }
    if (start < text.length) {
      pending.push(text.slice(start));
      pendingLength += text.length - start;
      if (pendingLength > limit) reader.tooLong(pendingLength);
    }
  };
  const decode = (bytes?: Uint8Array, stream = true) => {
    try {
      return decoder.decode(bytes, { stream });
    } catch (error) {
      throw new FactmarkError(
        "parse-error",
        `${prefix(reader.nextLocation())}received bytes that are not UTF-8; expected NDJSON encoded as UTF-8`,
        { location: reader.nextLocation(), cause: error },
      );
    }
  };
  for await (const chunk of chunks) {
    if (typeof chunk === "string") {
      // Bytes of a split UTF-8 sequence cannot continue in a string chunk: flush (and check) them first.
      take(decode(undefined, false));
      take(chunk);
    } else {
      take(decode(chunk));
    }
  }
  take(decode(undefined, false));
  if (pendingLength > 0) reader.line(pending.join(""));
  return reader.finish();
}

/** The columns of a casualty-claims CSV, in their usual order: the claim's, then those that declare its source, series and place. */
const CSV_COLUMNS = [
  "id",
  "series",
  "measure",
  "group",
  "place",
  "cumulative",
  "asOf",
  "value",
  "low",
  "high",
  "qualifier",
  "source",
  "published",
  "url",
  "quote",
  "sourceName",
  "sourceType",
  "seriesTitle",
  "cadence",
  "interval",
  "placeName",
  "placeWithin",
] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly CsvColumn[] = ["id", "measure", "place", "asOf", "source", "published"];
const CSV_EXAMPLE =
  "id,series,measure,place,asOf,value,source,published,sourceName,seriesTitle\ngaza-moh-killed-2024-05-04,gaza-moh-killed,killed,gaza,2024-05-04,34654,gaza-moh,2024-05-04,Gaza Ministry of Health,Killed in Gaza (MoH)";

// Where a zod issue inside a casualty claim points, as the CSV column it came from.
const COLUMN_OF_PATH: Record<string, CsvColumn> = {
  id: "id",
  series: "series",
  measure: "measure",
  "population.group": "group",
  "population.place": "place",
  population: "place",
  cumulative: "cumulative",
  asOf: "asOf",
  quantity: "value",
  "quantity.value": "value",
  "quantity.low": "low",
  "quantity.high": "high",
  "quantity.best": "value",
  "quantity.qualifier": "qualifier",
  citations: "source",
  "citations.0": "source",
  "citations.0.source": "source",
  "citations.0.published": "published",
  "citations.0.url": "url",
  "citations.0.quote": "quote",
};

/**
 * The records a CSV row can declare besides its claim: the claim's source (id from `source`), its
 * series (id from `series`) and its place (id from `place`), each from the columns that describe
 * it, with the field of the record each column fills.
 */
const DECLARED = {
  source: { id: "source", columns: { sourceName: "name", sourceType: "type" } },
  series: { id: "series", columns: { seriesTitle: "title", cadence: "cadence", interval: "interval" } },
  place: { id: "place", columns: { placeName: "name", placeWithin: "within" } },
} as const satisfies Record<string, { id: CsvColumn; columns: Partial<Record<CsvColumn, string>> }>;
type DeclaredKind = keyof typeof DECLARED;

/** A record declared by CSV rows: the row that first declared it, and each describing cell with its line. */
interface Declaration {
  kind: DeclaredKind;
  id: string;
  location: ErrorLocation;
  columns: readonly CsvColumn[];
  /** The fields the first declaring row gives a series: its source, measure and population. */
  base: Record<string, unknown>;
  cells: Map<CsvColumn, { value: string; line: number | undefined }>;
}

/**
 * Parses a CSV of casualty claims, one claim per row, with a header row naming the columns, in
 * any order (header names are case-insensitive; `as_of` and `source name` read as `asOf` and
 * `sourceName`):
 *
 * - The claim: `id, series, measure, group, place, cumulative, asOf, value` (or `low` and `high`),
 *   `qualifier, source, published, url, quote`. `id, measure, place, asOf, source, published` and
 *   a quantity are required; `group` defaults to "people" and `cumulative` to true.
 * - Its source, series and place, so that a CSV alone is a registry stories can be checked
 *   against: `sourceName` and `sourceType` declare the source `source` names (type "other" when
 *   left out); `seriesTitle`, `cadence` and `interval` declare the series `series` names, counting
 *   what the row counts, from its source; `placeName` and `placeWithin` (place ids separated by
 *   spaces) declare the place `place` names. One row declaring a record is enough; other rows may
 *   leave those cells empty, and a cell that disagrees with an earlier one is an error naming both
 *   lines. Anything a row cannot say (aliases, actors, conflicts) belongs in a JSON or NDJSON
 *   registry merged with this one (`Registry.merge`).
 *
 * The delimiter is `,`, or `;` or a tab when the header row uses it (see
 * {@link LoadOptions.delimiter}). Fields may be quoted (RFC 4180); lines end in LF or CRLF.
 * Numbers may group thousands with `,`, `.` or spaces ("34,654", "34.654", "1.234.567",
 * "34 654") and carry decimals after the other mark ("1.234,5"); one dot or comma followed by
 * exactly three digits is a thousands separator ("13.000" is 13000), except that in a
 * semicolon-delimited file "1,500" is ambiguous (thousands, or 1.5 in the file's own convention)
 * and rejected. Empty input gives an empty registry. Errors name the file, the line and the column.
 *
 * @example parseClaimsCSV("id,measure,place,asOf,value,source,published,sourceName\nk1,killed,gaza,2024-05-04,34654,gaza-moh,2024-05-04,Gaza Ministry of Health\n")
 */
export function parseClaimsCSV(text: string, options: LoadOptions = {}): RegistryData {
  const body = stripBom(text);
  const delimiter = options.delimiter ?? csvDelimiter(body);
  const claims: CasualtyClaim[] = [];
  const declarations = new Map<string, Declaration>();
  let columns: CsvColumn[] | undefined;
  let cursor = 0;
  let lineAtCursor = 1;
  Papa.parse<string[]>(body, {
    delimiter,
    step(results) {
      const line = lineAtCursor;
      const end = results.meta.cursor;
      lineAtCursor += countLineBreaks(body, cursor, end);
      cursor = end;
      const location: ErrorLocation = { ...locationOf(options.file), line };
      const error = results.errors[0];
      if (error) {
        const named = delimiter === "\t" ? "tab" : JSON.stringify(delimiter);
        throw new FactmarkError(
          "parse-error",
          `${prefix(location)}malformed CSV: ${error.message}; expected fields separated by ${named}, quoted with " when they contain ${named}, quotes or line breaks, for example:\n${CSV_EXAMPLE}`,
          { location },
        );
      }
      const row = results.data;
      if (row.every((cell) => cell.trim() === "")) return;
      if (!columns) {
        columns = csvHeader(row, location);
        return;
      }
      const cells = csvCells(row, columns, location);
      claims.push(csvClaim(cells, columns, location, delimiter));
      declare(declarations, cells, columns, location);
    },
  });
  const records = { source: [] as Source[], series: [] as Series[], place: [] as Place[] };
  for (const declaration of declarations.values()) (records[declaration.kind] as unknown[]).push(declaredRecord(declaration, delimiter));
  return { version: 1, sources: records.source, actors: [], places: records.place, conflicts: [], series: records.series, claims };
}

/** The delimiter the header row (the first line that is not blank) uses: `;` or a tab when it holds more of them than commas. */
function csvDelimiter(body: string): "," | ";" | "\t" {
  for (let start = 0; start < body.length; ) {
    let end = body.indexOf("\n", start);
    if (end === -1) end = body.length;
    const header = body.slice(start, end);
    start = end + 1;
    if (header.trim() === "") continue;
    const count = (mark: string) => header.split(mark).length - 1;
    const commas = count(",");
    const semicolons = count(";");
    const tabs = count("\t");
    if (semicolons > commas && semicolons >= tabs) return ";";
    if (tabs > commas) return "\t";
    return ",";
  }
  return ",";
}

/**
 * Parses a registry in the given format, or the one its file name says (`.json`, `.ndjson`,
 * `.jsonl`, `.csv`). Throws a `FactmarkError` with code `unsupported-format` when neither says
 * a known format, and the loader's errors otherwise.
 *
 * @example parseRegistry(text, { file: "registry.ndjson" })
 */
export function parseRegistry(text: string, options: LoadOptions & { format?: RegistryFormat }): RegistryData {
  const format = options.format ?? formatOf(options.file);
  switch (format) {
    case "json":
      return parseRegistryJSON(text, options);
    case "ndjson":
      return parseRegistryNDJSON(text, options);
    case "csv":
      return parseClaimsCSV(text, options);
    default:
      throw new FactmarkError(
        "unsupported-format",
        `received the format ${JSON.stringify(format)}; expected "json", "ndjson" or "csv", for example parseRegistry(text, { format: "ndjson" })`,
      );
  }
}

function formatOf(file: string | undefined): RegistryFormat {
  const extension = file === undefined ? undefined : /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  if (extension === "json") return "json";
  if (extension === "ndjson" || extension === "jsonl") return "ndjson";
  if (extension === "csv") return "csv";
  const received = file === undefined ? "no file name and no format" : extension === undefined ? `the file "${file}" with no extension` : `the extension ".${extension}" (file "${file}")`;
  throw new FactmarkError(
    "unsupported-format",
    `received ${received}; expected a file ending in .json, .ndjson, .jsonl or .csv, or the format option, for example parseRegistry(text, { file: "registry.ndjson" }) or parseRegistry(text, { format: "json" })`,
    { location: locationOf(file) },
  );
}

const RegistryHeader = /* @__PURE__ */ z
  .object({
    $schema: /* @__PURE__ */ z.string().optional(),
    version: /* @__PURE__ */ z.literal(1).default(1),
    date: /* @__PURE__ */ IsoDate.optional(),
  })
  .strict();

const SourceRecord = /* @__PURE__ */ z.object({ source: Source }).strict();
const ActorRecord = /* @__PURE__ */ z.object({ actor: Actor }).strict();
const PlaceRecord = /* @__PURE__ */ z.object({ place: Place }).strict();
const ConflictRecord = /* @__PURE__ */ z.object({ conflict: Conflict }).strict();
const SeriesRecord = /* @__PURE__ */ z.object({ series: Series }).strict();
const HeaderRecord = /* @__PURE__ */ z.object({ registry: RegistryHeader }).strict();

/** Builds registry data from NDJSON lines fed one at a time. */
class NdjsonReader {
  readonly maxLineLength: number;
  private readonly file: string | undefined;
  private lineNumber = 0;
  private header: z.infer<typeof RegistryHeader> | undefined;
  private readonly sources: Source[] = [];
  private readonly actors: Actor[] = [];
  private readonly places: Place[] = [];
  private readonly conflicts: Conflict[] = [];
  private readonly series: Series[] = [];
  private readonly claims: Claim[] = [];

  constructor(options: LoadOptions) {
    this.file = options.file;
    this.maxLineLength = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
  }

  /** Where the line being read (or about to be) is. */
  nextLocation(): ErrorLocation {
    return { ...locationOf(this.file), line: this.lineNumber + 1 };
  }

  tooLong(length: number): never {
    const location = this.nextLocation();
    throw new FactmarkError(
      "limit-exceeded",
      `${prefix(location)}line ${location.line} is longer than ${this.maxLineLength} characters (received at least ${length}); ` +
        `expected one record per line, each under the limit, for example ${CLAIM_EXAMPLE}. Raise maxLineLength if such lines are intended.`,
      { location },
    );
  }

  line(raw: string): void {
    if (raw.length > this.maxLineLength) this.tooLong(raw.length);
    this.lineNumber += 1;
    const text = raw.trim();
    if (text === "" || text.startsWith("//")) return;
    const location: ErrorLocation = { ...locationOf(this.file), line: this.lineNumber };
    const value = parseJson(text, this.file, this.lineNumber, NDJSON_RECORDS, CLAIM_EXAMPLE);
    guarded(() => this.record(value, location));
  }

  private record(value: unknown, location: ErrorLocation): void {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return this.unknownRecord(value, location);
    if ("kind" in value) {
      this.claims.push(parseRecord(Claim, value, "claim", location, CLAIM_EXAMPLE));
      return;
    }
    const keys = Object.keys(value);
    switch (keys.length === 1 ? keys[0] : undefined) {
      case "source":
        this.sources.push(parseRecord(SourceRecord, value, "source record", location, '{"source":{"id":"gaza-moh","name":"Gaza Ministry of Health","type":"official-body"}}').source);
        return;
      case "actor":
        this.actors.push(parseRecord(ActorRecord, value, "actor record", location, '{"actor":{"id":"hamas","name":"Hamas","party":true}}').actor);
        return;
      case "place":
        this.places.push(parseRecord(PlaceRecord, value, "place record", location, '{"place":{"id":"rafah","name":"Rafah","within":["gaza"]}}').place);
        return;
      case "conflict":
        this.conflicts.push(
          parseRecord(ConflictRecord, value, "conflict record", location, '{"conflict":{"id":"sudan-war-2023","name":"the war in Sudan","start":"2023-04-15","places":["sudan"]}}').conflict,
        );
        return;
      case "series":
        this.series.push(
          parseRecord(SeriesRecord, value, "series record", location, '{"series":{"id":"gaza-moh-killed","title":"Killed in Gaza (MoH)","source":"gaza-moh","measure":"killed","population":{"place":"gaza"}}}').series,
        );
        return;
      case "registry": {
        if (this.header) {
          throw new FactmarkError("invalid-registry", `${prefix(location)}received a second registry header; expected at most one, usually on the first line, for example {"registry":{"version":1,"date":"2024-06-01"}}`, { location });
        }
        this.header = parseRecord(HeaderRecord, value, "registry header", location, '{"registry":{"version":1,"date":"2024-06-01"}}').registry;
        return;
      }
      default:
        return this.unknownRecord(value, location);
    }
  }

  private unknownRecord(value: unknown, location: ErrorLocation): never {
    const received = Array.isArray(value)
      ? "an array"
      : typeof value === "object" && value !== null
        ? `an object with keys ${Object.keys(value).slice(0, 5).map((key) => JSON.stringify(key)).join(", ") || "(none)"}`
        : `${typeof value === "string" ? "a string" : String(value)}`;
    throw new FactmarkError("invalid-registry", `${prefix(location)}received ${received}; expected ${NDJSON_RECORDS}, for example ${CLAIM_EXAMPLE}`, { location });
  }

  finish(): RegistryData {
    const header = this.header;
    return {
      ...(header?.$schema === undefined ? {} : { $schema: header.$schema }),
      version: 1,
      ...(header?.date === undefined ? {} : { date: header.date }),
      sources: this.sources,
      actors: this.actors,
      places: this.places,
      conflicts: this.conflicts,
      series: this.series,
      claims: this.claims,
    };
  }
}

/** A header name as compared: lowercase, without spaces, `_` or `-` ("as_of" is "asof", "Source name" is "sourcename"). */
function columnKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, "");
}

function csvHeader(row: string[], location: ErrorLocation): CsvColumn[] {
  const known = new Map<string, CsvColumn>(CSV_COLUMNS.map((column) => [columnKey(column), column]));
  const columns: CsvColumn[] = [];
  for (const cell of row) {
    const column = known.get(columnKey(cell));
    if (!column) {
      throw new FactmarkError(
        "invalid-registry",
        `${prefix(location)}received the column ${JSON.stringify(cell)}; expected a header of ${CSV_COLUMNS.join(", ")}, for example:\n${CSV_EXAMPLE}`,
        { location: { ...location, column: columns.length + 1 } },
      );
    }
    if (columns.includes(column)) {
      throw new FactmarkError("invalid-registry", `${prefix(location)}received the column "${column}" twice; expected each column once`, {
        location: { ...location, column: columns.length + 1 },
      });
    }
    columns.push(column);
  }
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  if (!columns.includes("value") && !(columns.includes("low") && columns.includes("high"))) missing.push("value");
  if (missing.length > 0) {
    throw new FactmarkError(
      "invalid-registry",
      `${prefix(location)}missing column${missing.length > 1 ? "s" : ""} ${missing.map((column) => `"${column}"`).join(", ")} (received ${columns.join(", ")}); ` +
        `expected at least ${REQUIRED_COLUMNS.join(", ")} and value (or low and high), for example:\n${CSV_EXAMPLE}`,
      { location },
    );
  }
  return columns;
}

/** A row's non-empty cells by column, trimmed; throws when the row has another number of fields than the header. */
function csvCells(row: string[], columns: readonly CsvColumn[], location: ErrorLocation): Map<CsvColumn, string> {
  if (row.length !== columns.length) {
    throw new FactmarkError(
      "invalid-registry",
      `${prefix(location)}received ${row.length} field${row.length === 1 ? "" : "s"}; expected ${columns.length}, one per column of the header (${columns.join(", ")})`,
      { location },
    );
  }
  const cells = new Map<CsvColumn, string>();
  columns.forEach((column, index) => {
    const cell = row[index]!.trim();
    if (cell !== "") cells.set(column, cell);
  });
  return cells;
}

function columnLocation(columns: readonly CsvColumn[], column: CsvColumn, location: ErrorLocation): ErrorLocation {
  return columns.includes(column) ? { ...location, column: columns.indexOf(column) + 1 } : location;
}

/**
 * Reads a non-negative number as spreadsheets write it: digits, thousands grouped by `,`, `.`
 * or a space, decimals after a `.` or `,` that does not group. Returns an error message (what to
 * write instead) when the cell is not such a number or is ambiguous in a `;`-delimited file.
 */
function readCsvNumber(cell: string, delimiter: "," | ";" | "\t" = ","): number | { error: string } {
  if (/^\d+$/.test(cell)) return Number(cell);
  const grouped = /^([1-9]\d{0,2})((?:[,. \u00a0\u202f]\d{3})+)(?:([.,])(\d+))?$/.exec(cell);
  if (grouped) {
    const separators = new Set(grouped[2]!.replace(/\d/g, ""));
    const decimal = grouped[3];
    if (separators.size === 1 && (decimal === undefined || !separators.has(decimal))) {
      const separator = [...separators][0]!;
      // One comma and three digits: thousands in an English file, but a decimal comma in the convention that writes `;` between fields.
      if (delimiter === ";" && separator === "," && decimal === undefined && grouped[2]!.length === 4) {
        const whole = grouped[1]! + grouped[2]!.slice(1);
        return { error: `received ${JSON.stringify(cell)}, which reads as ${whole} or as ${grouped[1]}.${grouped[2]!.slice(1)} in a file separated by ";"; expected ${whole} or "${grouped[1]}.${grouped[2]!.slice(1)}" for thousands, or "${grouped[1]},${grouped[2]!.slice(1)}0" for a decimal` };
      }
      return Number(grouped[1]! + grouped[2]!.replace(/\D/g, "") + (decimal === undefined ? "" : `.${grouped[4]}`));
    }
  }
  const decimal = /^(\d+)[.,](\d+)$/.exec(cell);
  if (decimal) return Number(`${decimal[1]}.${decimal[2]}`);
  return { error: `received ${JSON.stringify(cell)}; expected a non-negative number, for example 34654, "34,654" or "34.654"` };
}

function csvClaim(cells: ReadonlyMap<CsvColumn, string>, columns: readonly CsvColumn[], location: ErrorLocation, delimiter: "," | ";" | "\t"): CasualtyClaim {
  const at = (column: CsvColumn): ErrorLocation => columnLocation(columns, column, location);
  const number = (column: CsvColumn): number | undefined => {
    const cell = cells.get(column);
    if (cell === undefined) return undefined;
    const read = readCsvNumber(cell, delimiter);
    if (typeof read === "number") return read;
    throw new FactmarkError("invalid-registry", `${prefix(location)}column "${column}": ${read.error}`, { location: at(column) });
  };
  const flag = (column: CsvColumn): boolean | undefined => {
    const cell = cells.get(column)?.toLowerCase();
    if (cell === undefined) return undefined;
    if (["true", "yes", "1"].includes(cell)) return true;
    if (["false", "no", "0"].includes(cell)) return false;
    throw new FactmarkError("invalid-registry", `${prefix(location)}column "${column}": received ${JSON.stringify(cells.get(column))}; expected true or false`, {
      location: at(column),
    });
  };
  const optional = <K extends string>(key: K, value: unknown) => (value === undefined ? {} : { [key]: value });
  const input = {
    kind: "casualty",
    id: cells.get("id"),
    ...optional("series", cells.get("series")),
    measure: cells.get("measure"),
    population: { ...optional("group", cells.get("group")), place: cells.get("place") },
    ...optional("cumulative", flag("cumulative")),
    asOf: cells.get("asOf"),
    quantity: {
      ...optional("value", number("value")),
      ...optional("low", number("low")),
      ...optional("high", number("high")),
      ...optional("qualifier", cells.get("qualifier")),
    },
    citations: [
      {
        source: cells.get("source"),
        published: cells.get("published"),
        ...optional("url", cells.get("url")),
        ...optional("quote", cells.get("quote")),
      },
    ],
  };
  const result = CasualtyClaim.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const column = columnOfPath(issue.path);
  const cell = cells.get(column);
  throw new FactmarkError(
    "invalid-registry",
    `${prefix(location)}column "${column}": ${issue.message}; received ${cell === undefined ? "an empty cell" : JSON.stringify(cell)}. Expected a casualty claim per row, for example:\n${CSV_EXAMPLE}`,
    { location: { ...at(column), path: issue.path as (string | number)[] }, issues: result.error.issues },
  );
}

/** Records the source, series and place a row declares (see {@link parseClaimsCSV}), checking that it agrees with earlier rows. */
function declare(declarations: Map<string, Declaration>, cells: ReadonlyMap<CsvColumn, string>, columns: readonly CsvColumn[], location: ErrorLocation): void {
  for (const kind of Object.keys(DECLARED) as DeclaredKind[]) {
    const spec = DECLARED[kind];
    const given = (Object.keys(spec.columns) as CsvColumn[]).filter((column) => cells.has(column));
    if (given.length === 0) continue;
    const id = cells.get(spec.id);
    if (id === undefined) {
      throw new FactmarkError(
        "invalid-registry",
        `${prefix(location)}column "${given[0]}": received ${JSON.stringify(cells.get(given[0]!))} on a row with no ${spec.id} id; expected the id of the ${kind} it describes in column "${spec.id}"`,
        { location: columnLocation(columns, given[0]!, location) },
      );
    }
    const key = `${kind}\u0000${id}`;
    let declaration = declarations.get(key);
    if (!declaration) {
      const base: Record<string, unknown> =
        kind === "series"
          ? {
              source: cells.get("source"),
              measure: cells.get("measure"),
              population: { ...(cells.has("group") ? { group: cells.get("group") } : {}), place: cells.get("place") },
              ...(cells.has("cumulative") ? { cumulative: ["true", "yes", "1"].includes(cells.get("cumulative")!.toLowerCase()) } : {}),
            }
          : {};
      declaration = { kind, id, location, columns, base, cells: new Map() };
      declarations.set(key, declaration);
    }
    for (const column of given) {
      const value = cells.get(column)!;
      const earlier = declaration.cells.get(column);
      if (!earlier) {
        declaration.cells.set(column, { value, line: location.line });
        continue;
      }
      if (earlier.value !== value) {
        throw new FactmarkError(
          "invalid-registry",
          `${prefix(location)}column "${column}": received ${JSON.stringify(value)} for ${kind} "${id}", which line ${earlier.line} gave ${JSON.stringify(earlier.value)}; ` +
            `expected one ${column} per ${kind}: leave the cell empty on other rows, or give the ${kind} another id`,
          { location: columnLocation(columns, column, location) },
        );
      }
    }
  }
}

/** The source, series or place a declaration stands for, parsed with its schema. */
function declaredRecord(declaration: Declaration, delimiter: "," | ";" | "\t"): Source | Series | Place {
  const spec = DECLARED[declaration.kind];
  const input: Record<string, unknown> = { id: declaration.id, ...declaration.base };
  const fieldColumn = new Map<string, CsvColumn>();
  for (const [column, field] of Object.entries(spec.columns) as [CsvColumn, string][]) {
    fieldColumn.set(field, column);
    const cell = declaration.cells.get(column)?.value;
    if (cell === undefined) continue;
    if (field === "within") input[field] = cell.split(/[\s|]+/).filter(Boolean);
    else if (field === "interval") {
      const read = readCsvNumber(cell, delimiter);
      input[field] = typeof read === "number" ? read : cell;
    } else input[field] = cell;
  }
  if (declaration.kind === "source" && input.type === undefined) input.type = "other";
  const schema = declaration.kind === "source" ? Source : declaration.kind === "series" ? Series : Place;
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const column = fieldColumn.get(String(issue.path[0])) ?? spec.id;
  const cell = declaration.cells.get(column);
  const location = { ...columnLocation(declaration.columns, column, declaration.location), ...(cell?.line === undefined ? {} : { line: cell.line }) };
  throw new FactmarkError(
    "invalid-registry",
    `${prefix(location)}column "${column}": ${issue.message} in the ${declaration.kind} "${declaration.id}" this file declares; received ${cell === undefined ? "an empty cell" : JSON.stringify(cell.value)}. ` +
      `Expected, for example:\n${CSV_EXAMPLE}`,
    { location: { ...location, path: issue.path as (string | number)[] }, issues: result.error.issues },
  );
}

function columnOfPath(path: readonly PropertyKey[]): CsvColumn {
  for (let length = path.length; length > 0; length--) {
    const column = COLUMN_OF_PATH[path.slice(0, length).map(String).join(".")];
    if (column) return column;
  }
  return "id";
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) count++;
    else if (code === 13 && text.charCodeAt(i + 1) !== 10) count++;
  }
  return count;
}

/** Parses a schema and adds an example of the expected record to the error message. */
function parseRecord<T extends z.ZodType>(schema: T, value: unknown, what: string, location: ErrorLocation, example: string): z.infer<T> {
  try {
    return parseWith(schema, value, what, location, "invalid-registry");
  } catch (error) {
    if (!(error instanceof FactmarkError)) throw error;
    throw new FactmarkError(error.code, `${error.message}\nExpected ${what === "registry" ? "a registry" : `a ${what}`}, for example: ${example}`, {
      ...(error.location ? { location: error.location } : {}),
      ...(error.issues ? { issues: error.issues } : {}),
    });
  }
}

/** Runs `work`, turning a stack overflow on hostile nesting into a FactmarkError instead of a crash. */
function guarded<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw error instanceof RangeError ? tooDeep(error) : error;
  }
}

function tooDeep(error: RangeError): FactmarkError {
  return new FactmarkError("limit-exceeded", `received input nested too deeply to read (${error.message}); expected a registry of plain records, for example ${REGISTRY_EXAMPLE}`, {
    cause: error,
  });
}

function parseJson(text: string, file: string | undefined, firstLine: number, expected: string, example: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep(error);
    const message = error instanceof Error ? error.message : String(error);
    const reported = /at position (\d+)/.exec(message);
    const offset = reported ? Number(reported[1]) : jsonErrorOffset(text);
    const { line, column } = lineAndColumn(text, offset);
    const location: ErrorLocation = { ...locationOf(file), line: firstLine + line - 1, column };
    const found = offset >= text.length ? "the end of the input" : JSON.stringify(text.slice(offset, offset + 12));
    throw new FactmarkError(
      "parse-error",
      `${prefix(location)}invalid JSON: received ${found} at line ${location.line}, column ${column} (${message.slice(0, 120)}); expected ${expected}, for example ${example}`,
      { location, cause: error },
    );
  }
}

/** The offset of the first character where `text` stops being JSON (its length if it ends too early). */
function jsonErrorOffset(text: string): number {
  const n = text.length;
  // Containers still open: true for an object, false for an array. Iterative, so nesting depth costs no stack.
  const open: boolean[] = [];
  let i = 0;
  const space = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      i++;
    }
  };
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 32) return false;
      if (c === 92) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 2;
            return false;
          }
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          return false;
        }
      } else i++;
    }
    return false;
  };
  const scalar = (): boolean => {
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    }
    const match = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
    match.lastIndex = i;
    if (!match.exec(text) || match.lastIndex === i) return false;
    i = match.lastIndex;
    return true;
  };
  // Each turn reads one value, then the separators up to the next value.
  for (;;) {
    space();
    const c = text[i];
    if (c === "{" || c === "[") {
      i++;
      space();
      const object = c === "{";
      if (text[i] === (object ? "}" : "]")) i++;
      else {
        open.push(object);
        if (object) {
          if (!string()) return i;
          space();
          if (text[i] !== ":") return i;
          i++;
        }
        continue;
      }
    } else if (c === '"') {
      if (!string()) return i;
    } else if (!scalar()) return i;
    // After a value: close containers or move to the next member.
    for (;;) {
      space();
      if (open.length === 0) return Math.min(i, n);
      const object = open[open.length - 1]!;
      const d = text[i];
      if (d === (object ? "}" : "]")) {
        open.pop();
        i++;
        continue;
      }
      if (d !== ",") return i;
      i++;
      if (object) {
        space();
        if (!string()) return i;
        space();
        if (text[i] !== ":") return i;
        i++;
      }
      break;
    }
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const end = Math.min(offset, text.length);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function locationOf(file: string | undefined): ErrorLocation {
  return file === undefined ? {} : { file };
}

function prefix(location: ErrorLocation): string {
  const where = formatLocation(location);
  return where ? `${where}: ` : "";
}
