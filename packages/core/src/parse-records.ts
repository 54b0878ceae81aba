// The parses the registry and the editor commands need at run time, apart from the code that
// uses them: `Registry.from`, `with` and `merge`, and `attachCitation` of @factmark/prosemirror,
// import them from here. In the ESM build this module is a file of its own (`dist/parse-records.js`),
// imported by that name like `chrono-reader.js`, so that a bundle which only ever loads trusted data
// (the factmark editor: the service's registry, the datasets) can answer the import with a module
// that throws, and leave zod and every schema out (see apps/editor/vite.config.ts). Every schema
// in core is declared `/* @__PURE__ */`, so a schema nothing reaches is dropped from a bundle.
import * as z from "zod";
import { Claim, Series } from "./claim.js";
import { IsoDate } from "./dates.js";
import { parseWith } from "./errors.js";
import { RegistryData } from "./registry-data.js";
import { Actor, Citation, Source } from "./source.js";
import { Conflict, Place } from "./world.js";

const RegistryRecords = /* @__PURE__ */ z
  .object({
    // A whole registry file is accepted as records: its version is ignored and its date kept.
    $schema: /* @__PURE__ */ z.string().optional(),
    version: /* @__PURE__ */ z.literal(1).optional(),
    date: /* @__PURE__ */ IsoDate.optional(),
    sources: /* @__PURE__ */ z.array(Source).optional(),
    actors: /* @__PURE__ */ z.array(Actor).optional(),
    places: /* @__PURE__ */ z.array(Place).optional(),
    conflicts: /* @__PURE__ */ z.array(Conflict).optional(),
    series: /* @__PURE__ */ z.array(Series).optional(),
    claims: /* @__PURE__ */ z.array(Claim).optional(),
  })
  .strict();
/**
 * Records added to or replaced in a registry by its instance method `registry.with(records)`, as written in a file:
 * `{ sources?, actors?, places?, conflicts?, series?, claims? }`, or a whole registry file
 * (`RegistryData`, whose `version` is ignored and whose `date` is kept when it is later).
 */
export type RegistryRecords = z.input<typeof RegistryRecords>;
/** {@link RegistryRecords} as parsed. */
export type ParsedRegistryRecords = z.output<typeof RegistryRecords>;

/** Parses registry data (throws `invalid-registry` with zod's issue paths); `what` names it in the message. */
export function parseRegistryData(data: unknown, what: string): RegistryData {
  return parseWith(RegistryData, data, what, {}, "invalid-registry");
}

/** Parses the records of `registry.with(records)` (throws `invalid-registry`). */
export function parseRegistryRecords(records: unknown): ParsedRegistryRecords {
  return parseWith(RegistryRecords, records, "records", {}, "invalid-registry");
}

/**
 * Parses a citation (throws a `FactmarkError` with code `invalid-input` naming the field).
 *
 * @example parseCitation({ source: "gaza-moh", published: "2024-05-04" })
 */
export function parseCitation(value: unknown): Citation {
  return parseWith(Citation, value, "citation");
}
