import type { AppDeps } from '../../deps';
import type { ApiRouter } from '../../http/api-router';
import { legacyCatalogRoutes } from './legacy-catalog.routes';
import { legacyOrderRoutes } from './legacy-orders.routes';

/**
 * Today's unversioned API (`/api/products`, `/api/categories`, `/api/orders`,
 * `/api/admin/clear-cache`), kept for existing clients on the same data, with the old
 * response shapes and the new guarantees (validation, stock checks, access control).
 */
export function legacyRoutes(root: ApiRouter, deps: AppDeps): void {
  legacyCatalogRoutes(root, deps);
  legacyOrderRoutes(root, deps);
}
