import type { AppDeps } from '../../deps';
import type { ApiRouter } from '../../http/api-router';

export function legacyCatalogRoutes(_router: ApiRouter, _deps: AppDeps): void {}
