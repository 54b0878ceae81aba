// Writes dist/registry.schema.json from the zod schema the library validates with, so the two never drift.
import { writeFileSync } from "node:fs";
import * as z from "zod";
import { RegistryData } from "../dist/index.js";

const schema = z.toJSONSchema(RegistryData, { io: "input", unrepresentable: "any" });
schema.$id = "https://factmark.dev/schema/registry.schema.json";
schema.title = "factmark registry";
schema.description = "Sources, actors, series and sourced claims (casualty, phase, position, event, classification) for factmark.";
writeFileSync(new URL("../dist/registry.schema.json", import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
