import type { Router } from 'express';
import { toOpenApiPath } from '../../http/api-router';
import { createTestContext, type TestContext } from '../../../test/harness/context';

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every method + path Express will serve, read from the app's own router stack. */
function servedRoutes(ctx: TestContext): { method: string; path: string }[] {
  const mountOf = new Map<unknown, string>(
    Object.entries(ctx.routers).map(([mount, r]) => [r.router, mount]),
  );
  const routes: { method: string; path: string }[] = [];
  const walk = (stack: Layer[], mount: string) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods))
          routes.push({ method, path: `${mount}${layer.route.path}` });
      } else if (layer.handle?.stack) {
        const childMount = mountOf.get(layer.handle);
        const hasRoutes = layer.handle.stack.some((l) => l.route);
        if (childMount === undefined && hasRoutes)
          throw new Error('a router outside ApiRouter serves routes: they would be undocumented');
        walk(layer.handle.stack, childMount ?? mount);
      }
    }
  };
  walk((ctx.app as unknown as { router: Router & { stack: Layer[] } }).router.stack, '');
  return routes;
}

describe('GET /api/v1/openapi.json', () => {
  let ctx: TestContext;
  let document: { openapi: string; paths: Record<string, Record<string, unknown>> };
  beforeAll(async () => {
    ctx = await createTestContext();
    document = (await ctx.http.get('/api/v1/openapi.json').expect(200)).body;
  });
  afterAll(() => ctx.close());

  test('when fetched, then it is an OpenAPI 3.1 document with the problem schema and bearer auth', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document).toHaveProperty('components.schemas.Problem');
    expect(document).toHaveProperty('components.securitySchemes.bearerAuth');
  });

  test('when any route is served, then the document describes that exact method and path', () => {
    const served = servedRoutes(ctx);
    expect(served.length).toBeGreaterThanOrEqual(5);
    const missing = served.filter(({ method, path }) => !document.paths[toOpenApiPath(path)]?.[method]);
    expect(missing).toEqual([]);
  });

  test('when the document lists a path, then the app serves it (no stale entries)', () => {
    const served = new Set(servedRoutes(ctx).map(({ method, path }) => `${method} ${toOpenApiPath(path)}`));
    const documented = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((m) => `${m} ${path}`),
    );
    expect(documented.filter((entry) => !served.has(entry))).toEqual([]);
  });
});
