import type { AppDeps } from '../../deps';
import type { ApiRouter } from '../../http/api-router';
import { authRoutes } from './auth.routes';
import { meRoutes } from './me.routes';

/** Accounts: `/auth/*` and `/me/*`. */
export function customerRoutes(router: ApiRouter, deps: AppDeps): void {
  authRoutes(router, deps);
  meRoutes(router, deps);
}
