import path from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

/** The storefront's API types, generated from the served document and committed. */
export const API_TYPES_FILE = path.resolve(__dirname, '../../../../frontend/src/api/schema.gen.ts');

const HEADER = `// Generated from GET /api/v1/openapi.json by openapi-typescript: run \`npm run api-types\`.
// Do not edit; the backend's tests fail when this file and the served document disagree.
`;

/** TypeScript types for every path and component of the OpenAPI document. */
export async function renderApiTypes(document: unknown): Promise<string> {
  return HEADER + astToString(await openapiTS(document as OpenAPI3));
}
