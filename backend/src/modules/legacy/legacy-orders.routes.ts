import type { AppDeps } from '../../deps';
import type { ApiRouter } from '../../http/api-router';

export function legacyOrderRoutes(_router: ApiRouter, _deps: AppDeps): void {}
