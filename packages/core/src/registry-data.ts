import * as z from "zod";
import { Claim, Series } from "./claim.js";
import { IsoDate } from "./dates.js";
import { Actor, Source } from "./source.js";
import { Conflict, Place } from "./world.js";

/**
 * The registry file format (JSON): sources, actors, places, conflicts, series and claims, with
 * the registry's own date (no claim may be dated after it). Places, conflicts and actors are the
 * world the registry covers: a figure is judged only against series of its own place and conflict. The JSON Schema shipped as
 * `@factmark/core/registry.schema.json` is generated from this schema.
 */
export const RegistryData = /* @__PURE__ */ z
  .object({
    $schema: /* @__PURE__ */ z.string().optional(),
    version: /* @__PURE__ */ z.literal(1).default(1),
    /** The date the registry was compiled; claims dated after it are reported by validation. */
    date: /* @__PURE__ */ IsoDate.optional(),
    sources: /* @__PURE__ */ z.array(Source).default([]),
    actors: /* @__PURE__ */ z.array(Actor).default([]),
    places: /* @__PURE__ */ z.array(Place).default([]),
    conflicts: /* @__PURE__ */ z.array(Conflict).default([]),
    series: /* @__PURE__ */ z.array(Series).default([]),
    claims: /* @__PURE__ */ z.array(Claim).default([]),
  })
  .strict();
/** Registry data, as {@link RegistryData} parses it (defaults applied). An interface, so editors show its fields; test/types.test.ts checks it against the schema. */
export interface RegistryData {
  $schema?: string | undefined;
  version: 1;
  /** The date the registry was compiled (YYYY-MM-DD). */
  date?: string | undefined;
  sources: Source[];
  actors: Actor[];
  places: Place[];
  conflicts: Conflict[];
  series: Series[];
  claims: Claim[];
}
/** A registry file as written, before defaults are applied. */
export type RegistryDataInput = z.input<typeof RegistryData>;
