import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Router } from 'express';
import { toOpenApiPath } from '../../http/api-router';
import { createTestContext, type TestContext } from '../../../test/harness/context';
import { API_TYPES_FILE, renderApiTypes } from './api-types';

interface Schema {
  type?: string | string[];
  anyOf?: Schema[];
  $ref?: string;
  properties?: Record<string, Schema>;
}
interface Operation {
  parameters?: { name: string; in: string; schema: Schema }[];
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

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
  let document: {
    openapi: string;
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, Schema> };
  };
  const operations = () => Object.values(document.paths).flatMap((item) => Object.values(item));
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

  test('when the storefront types are generated from this document, then they are the committed frontend/src/api/schema.gen.ts', async () => {
    // On failure: `npm run api-types`, then commit the file (and fix the storefront if it no longer compiles).
    expect(readFileSync(API_TYPES_FILE, 'utf8')).toBe(await renderApiTypes(document));
  });

  test('when a component is shared, then it does not admit null itself (a nullable use must not leak into it)', () => {
    const nullable = Object.entries(document.components.schemas)
      .filter(
        ([, schema]) => [schema.type].flat().includes('null') || schema.anyOf?.some((s) => s.type === 'null'),
      )
      .map(([name]) => name);
    expect(nullable).toEqual([]);
  });

  test('when lists are documented, then every page parameter has one schema and every paging meta is the PageMeta component', () => {
    const pageParams = operations().flatMap((op) => op.parameters?.filter((p) => p.name === 'page') ?? []);
    expect(pageParams.length).toBeGreaterThanOrEqual(3);
    expect(new Set(pageParams.map((p) => JSON.stringify(p.schema))).size).toBe(1);
    const metas = operations().flatMap((op) =>
      Object.values(op.responses ?? {}).flatMap((r) => {
        const meta = r.content?.['application/json']?.schema?.properties?.meta;
        return meta ? [meta] : [];
      }),
    );
    expect(metas.length).toBeGreaterThanOrEqual(3);
    expect(metas.filter((meta) => meta.$ref !== '#/components/schemas/PageMeta')).toEqual([]);
  });
});

describe('OpenAPI component names in the source', () => {
  test('when a component is named with .openapi(), then exactly one schema carries that name', () => {
    const srcDir = path.resolve(__dirname, '../..');
    const names = readdirSync(srcDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
      .flatMap((entry) => {
        const text = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
        return [...text.matchAll(/\.openapi\(\s*'([A-Za-z]+)'/g)].map(([, name]) => name!);
      });
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });
});
