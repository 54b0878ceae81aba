// The TypeScript types of the service's OpenAPI document, as test/openapi-types.ts holds them.
import openapiTS, { astToString } from "openapi-typescript";
import { openApiDocument } from "../dist/index.js";

/** The generated module's text. */
export async function openApiTypes() {
  const ast = await openapiTS(openApiDocument(), { alphabetize: true });
  return `// Generated from the OpenAPI document by scripts/write-openapi-types.mjs; do not edit.\n${astToString(ast)}`;
}
