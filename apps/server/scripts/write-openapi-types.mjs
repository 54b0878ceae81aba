// Writes test/openapi-types.ts: the TypeScript types of the OpenAPI document, generated with
// openapi-typescript. The integration tests call the service through openapi-fetch with these
// types, and test/openapi.test.ts fails when the document and this file differ, so the document
// cannot drift from the server. Run after a change to the API (build first):
//
//   npm run build && node scripts/write-openapi-types.mjs
import { writeFileSync } from "node:fs";
import { openApiTypes } from "./openapi-types.mjs";

writeFileSync(new URL("../test/openapi-types.ts", import.meta.url), await openApiTypes());
console.log("wrote test/openapi-types.ts");
