import type { AppDeps } from '../../deps';
import type { ApiRouter } from '../../http/api-router';

export function legacyRoutes(_router: ApiRouter, _deps: AppDeps): void {}
