import { z } from "zod";
import { Claim, Series } from "./claim.js";
import { IsoDate } from "./dates.js";
import { Actor, Source } from "./source.js";

/**
 * The registry file format (JSON): sources, actors, series and claims, with the registry's own
 * date (no claim may be dated after it). The JSON Schema shipped as
 * `@factmark/core/registry.schema.json` is generated from this schema.
 */
export const RegistryData = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1).default(1),
    /** The date the registry was compiled; claims dated after it are reported by validation. */
    date: IsoDate.optional(),
    sources: z.array(Source).default([]),
    actors: z.array(Actor).default([]),
    series: z.array(Series).default([]),
    claims: z.array(Claim).default([]),
  })
  .strict();
export type RegistryData = z.infer<typeof RegistryData>;
/** A registry file as written, before defaults are applied. */
export type RegistryDataInput = z.input<typeof RegistryData>;
