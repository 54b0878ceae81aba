// The public types written as interfaces (so editors show their fields, not zod's generics) must
// stay exactly what their schemas parse. These assertions are checked by the type checker
// (`npm run typecheck` covers test/); at run time each only confirms the schema still exists.
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  CasualtyClaim,
  Citation,
  Claim,
  ClassificationClaim,
  EventClaim,
  Finding,
  PhaseClaim,
  PositionClaim,
  RegistryData,
  Series,
  Source,
} from "../src/index.js";

describe("the public types", () => {
  it("are exactly what their schemas parse", () => {
    expectTypeOf<Source>().toEqualTypeOf<z.infer<typeof Source>>();
    expectTypeOf<Citation>().toEqualTypeOf<z.infer<typeof Citation>>();
    expectTypeOf<Series>().toEqualTypeOf<z.infer<typeof Series>>();
    expectTypeOf<Claim>().toEqualTypeOf<z.infer<typeof Claim>>();
    expectTypeOf<CasualtyClaim>().toEqualTypeOf<z.infer<typeof CasualtyClaim>>();
    expectTypeOf<PhaseClaim>().toEqualTypeOf<z.infer<typeof PhaseClaim>>();
    expectTypeOf<PositionClaim>().toEqualTypeOf<z.infer<typeof PositionClaim>>();
    expectTypeOf<EventClaim>().toEqualTypeOf<z.infer<typeof EventClaim>>();
    expectTypeOf<ClassificationClaim>().toEqualTypeOf<z.infer<typeof ClassificationClaim>>();
    expectTypeOf<RegistryData>().toEqualTypeOf<z.infer<typeof RegistryData>>();
    expectTypeOf<Finding>().toEqualTypeOf<z.infer<typeof Finding>>();
  });

  it("show a name, not zod's generics, where they are used", () => {
    // An interface is named in errors and hovers; a mismatch names it too.
    // @ts-expect-error a Source without its fields is not a Source
    expectTypeOf<{ id: string }>().toEqualTypeOf<Source>();
    expectTypeOf<Finding["from"]>().toEqualTypeOf<number>();
    expectTypeOf<RegistryData["claims"][number]>().toEqualTypeOf<Claim>();
  });
});
