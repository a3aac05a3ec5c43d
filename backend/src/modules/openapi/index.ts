// The served OpenAPI document and the storefront types generated from it.
export { openApiRoutes } from './openapi.routes';
export { API_TYPES_FILE, renderApiTypes } from './api-types';
