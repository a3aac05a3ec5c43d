import type { AppDeps } from '../../deps';
import type { ApiRouter } from '../../http/api-router';

export function adminOrderRoutes(_router: ApiRouter, _deps: AppDeps): void {}
