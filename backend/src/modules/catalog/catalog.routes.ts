import { z } from 'zod';
import type { AppDeps } from '../../deps';
import type { ApiRouter } from '../../http/api-router';
import { pageOf } from '../../http/envelope';
import { Category, Product, ProductListQuery, ProductSummary, Slug } from './catalog.schemas';
import { categoriesJson, productJson, productListJson } from './catalog.service';
import { mediaRoutes } from './media.routes';
import { sendCachedJson } from './send-cached';

/** The storefront's catalog: categories, product search and listing, product pages. */
export function catalogRoutes(v1: ApiRouter, deps: AppDeps): void {
  v1.route({
    method: 'get',
    path: '/categories',
    summary: 'Categories in display order, with how many products each has',
    tags: ['catalog'],
    responses: { 200: { description: 'Categories', schema: z.object({ data: z.array(Category) }) } },
    handler: async (_input, _req, res) => {
      sendCachedJson(res, await categoriesJson(deps));
    },
  });

  v1.route({
    method: 'get',
    path: '/products',
    summary: 'Products: search (partial words, small typos), filters, sorting and pages',
    tags: ['catalog'],
    request: { query: ProductListQuery },
    responses: {
      200: {
        description: 'A page of products',
        schema: pageOf(ProductSummary),
      },
    },
    handler: async ({ query }, _req, res) => {
      sendCachedJson(res, await productListJson(deps, query));
    },
  });

  v1.route({
    method: 'get',
    path: '/products/:slug',
    summary: 'One product with its images, description and stock status',
    tags: ['catalog'],
    request: { params: z.object({ slug: Slug }) },
    responses: {
      200: { description: 'The product', schema: z.object({ data: Product }) },
      404: { description: 'No such product (or archived)' },
    },
    handler: async ({ params }, _req, res) => {
      sendCachedJson(res, await productJson(deps, params.slug));
    },
  });

  mediaRoutes(v1, deps);
}
