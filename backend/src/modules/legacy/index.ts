// Today's unversioned API, kept for existing clients on the catalog and orders of /api/v1.
export { legacyRoutes } from './legacy.routes';
export { LegacyCatalogRepository } from './legacy-catalog.repository';
