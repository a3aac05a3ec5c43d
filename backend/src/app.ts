import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { AppDeps } from './deps';
import { ApiRouter } from './http/api-router';
import { authenticate } from './http/auth';
import { notFoundHandler, problemHandler, requireJsonBody } from './http/errors';
import { requestLogging, requestMetrics } from './http/observability';
import { serveStorefront } from './http/storefront';
import { adminRoutes } from './modules/admin';
import { cartRoutes } from './modules/cart';
import { catalogRoutes } from './modules/catalog';
import { customerRoutes } from './modules/customers';
import { healthRoutes } from './modules/health';
import { legacyRoutes } from './modules/legacy';
import { openApiRoutes } from './modules/openapi';
import { orderRoutes } from './modules/orders';

export interface App {
  app: Express;
  /** The documented routers by mount path, for tests that compare routes with the OpenAPI document. */
  routers: Record<string, ApiRouter>;
}

/** Builds the Express app. Never listens: `index.ts` does. */
export function createApp(deps: AppDeps): App {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.trustProxy);
  app.set('query parser', 'simple');

  app.use(requestLogging(deps.logger));
  app.use(requestMetrics(deps.metrics));
  app.use(helmet());
  app.use((_req, res, next) => {
    // While draining, ask clients not to reuse this connection.
    if (deps.lifecycle.draining) res.setHeader('Connection', 'close');
    next();
  });
  app.use(requireJsonBody);
  app.use(express.json({ limit: '100kb', strict: true }));
  app.use(authenticate(deps.tokens));

  const registry = new OpenAPIRegistry();
  const root = new ApiRouter(registry, '');
  const v1 = new ApiRouter(registry, '/api/v1');
  healthRoutes(root, deps);
  legacyRoutes(root, deps);
  catalogRoutes(v1, deps);
  cartRoutes(v1, deps);
  customerRoutes(v1, deps);
  orderRoutes(v1, deps);
  adminRoutes(v1, deps);
  openApiRoutes(v1, registry);

  app.use(root.router);
  app.use('/api/v1', v1.router);
  app.use('/api', notFoundHandler);
  if (deps.config.staticDir) app.use(serveStorefront(deps.config.staticDir));
  app.use(notFoundHandler);
  app.use(problemHandler);
  return { app, routers: { '': root, '/api/v1': v1 } };
}
