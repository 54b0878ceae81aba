/** The TypeScript types of the service's OpenAPI document, as test/openapi-types.ts holds them. */
export function openApiTypes(): Promise<string>;
