import type { AppDeps } from '../../deps';
import type { ApiRouter } from '../../http/api-router';

export function cartRoutes(_router: ApiRouter, _deps: AppDeps): void {}
