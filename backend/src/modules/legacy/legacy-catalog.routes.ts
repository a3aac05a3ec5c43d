import { z } from 'zod';
import type { AppDeps } from '../../deps';
import type { ApiRouter } from '../../http/api-router';
import { HttpProblem } from '../../lib/problem';
import type { CachedJson } from '../catalog';
import {
  legacyCategoryNamesJson,
  legacyCategoryProductsJson,
  legacyProductJson,
  legacyProductsJson,
} from './legacy-catalog.service';

const LegacyProduct = z
  .object({
    id: z.number().int(),
    name: z.string(),
    description: z.string(),
    price: z.number().openapi({ description: 'Taka (not paisa)', example: 35990 }),
    category: z.string(),
    stock: z.number().int(),
    image_url: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi('LegacyProduct');
const Source = z.enum(['cache', 'database']);
const ProductId = z.object({
  id: z
    .string()
    .regex(/^\d{1,9}$/, 'must be a product id (a positive whole number)')
    .transform(Number),
});

const source = (cached: CachedJson) => (cached.hit ? 'cache' : 'database');

/** `/api/products`, `/api/categories` and `/api/admin/clear-cache` in today's shapes, on the new catalog. */
export function legacyCatalogRoutes(root: ApiRouter, deps: AppDeps): void {
  const tags = ['legacy'];
  root
    .route({
      method: 'get',
      path: '/api/products',
      summary: 'All products (legacy shape; price in Taka)',
      tags,
      deprecated: true,
      responses: {
        200: { description: 'Products', schema: z.object({ source: Source, data: z.array(LegacyProduct) }) },
      },
      handler: async (_input, _req, res) => {
        const cached = await legacyProductsJson(deps);
        res.type('json').send(`{"source":"${source(cached)}","data":${cached.json}}`);
      },
    })
    .route({
      method: 'get',
      path: '/api/products/category/:category',
      summary: 'Products of one category, by its name (legacy shape)',
      tags,
      deprecated: true,
      request: { params: z.object({ category: z.string().min(1).max(100) }) },
      responses: { 200: { description: 'Products', schema: z.object({ data: z.array(LegacyProduct) }) } },
      handler: async ({ params }, _req, res) => {
        const cached = await legacyCategoryProductsJson(deps, params.category);
        res.type('json').send(`{"data":${cached.json}}`);
      },
    })
    .route({
      method: 'get',
      path: '/api/products/:id',
      summary: 'One product by id (legacy shape)',
      tags,
      deprecated: true,
      request: { params: ProductId },
      responses: {
        200: { description: 'The product', schema: z.object({ source: Source, data: LegacyProduct }) },
        404: { description: 'No such product', schema: z.object({ error: z.literal('Product not found') }) },
      },
      handler: async ({ params }, _req, res) => {
        const cached = await legacyProductJson(deps, params.id);
        if (cached.json === 'null') {
          res.status(404).json({ error: 'Product not found' });
          return;
        }
        res.type('json').send(`{"source":"${source(cached)}","data":${cached.json}}`);
      },
    })
    .route({
      method: 'get',
      path: '/api/categories',
      summary: 'Category names (legacy shape)',
      tags,
      deprecated: true,
      responses: { 200: { description: 'Category names', schema: z.object({ data: z.array(z.string()) }) } },
      handler: async (_input, _req, res) => {
        res.type('json').send(`{"data":${(await legacyCategoryNamesJson(deps)).json}}`);
      },
    })
    .route({
      method: 'post',
      path: '/api/admin/clear-cache',
      summary: 'Clear the catalog cache (only catalog keys)',
      tags,
      deprecated: true,
      auth: 'admin',
      responses: {
        200: {
          description: 'Cleared',
          schema: z.object({ message: z.literal('Cache cleared successfully') }),
        },
      },
      handler: async (_input, req, res) => {
        // Unlike the invalidation after an admin write, this is the whole request: say when it failed.
        await deps.catalogCache.invalidate().catch((error: unknown) => {
          req.log.warn({ err: error }, 'catalog cache could not be cleared');
          throw new HttpProblem(
            'service-unavailable',
            'The cache is unreachable; entries expire within a minute',
            {},
            { 'Retry-After': '5' },
          );
        });
        res.json({ message: 'Cache cleared successfully' });
      },
    });
}
