import type { AppDeps } from '../../deps';
import type { ApiRouter } from '../../http/api-router';
import { adminOrderRoutes } from '../orders';
import { adminProductRoutes } from '../catalog';

/** Everything under `/api/v1/admin`: role `admin` only. */
export function adminRoutes(v1: ApiRouter, deps: AppDeps): void {
  adminProductRoutes(v1, deps);
  adminOrderRoutes(v1, deps);
}
