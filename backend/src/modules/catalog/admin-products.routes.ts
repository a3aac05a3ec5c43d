import { z } from 'zod';
import type { AppDeps } from '../../deps';
import type { ApiRouter } from '../../http/api-router';
import { pageOf } from '../../http/envelope';
import {
  AdminProduct,
  AdminProductListQuery,
  CreateProductBody,
  ProductIdParams,
  StockAdjustmentBody,
  StockMovement,
  UpdateProductBody,
} from './admin-products.schemas';
import { createProduct, listAdminProducts, setProductStatus, updateProduct } from './admin-products.service';
import { adjustProductStock, listStockMovements } from './admin-stock.service';

const one = z.object({ data: AdminProduct });

/** The back office's products: list, create, edit, archive, and audited stock adjustments. */
export function adminProductRoutes(v1: ApiRouter, deps: AppDeps): void {
  const common = { tags: ['admin'], auth: 'admin' as const };
  const actor = (req: { auth?: { customerId: number } }) => req.auth!.customerId;

  v1.route({
    ...common,
    method: 'get',
    path: '/admin/products',
    summary: 'Products in any status, newest first',
    request: { query: AdminProductListQuery },
    responses: {
      200: {
        description: 'A page of products',
        schema: pageOf(AdminProduct),
      },
    },
    handler: async ({ query }, _req, res) => {
      res.json(await listAdminProducts(deps, query));
    },
  })
    .route({
      ...common,
      method: 'post',
      path: '/admin/products',
      summary: 'Create a product (its opening stock is recorded as a stock movement)',
      request: { body: CreateProductBody },
      responses: { 201: { description: 'Created', schema: one } },
      handler: async ({ body }, req, res) => {
        res.status(201).json({ data: await createProduct(deps, body, actor(req)) });
      },
    })
    .route({
      ...common,
      method: 'patch',
      path: '/admin/products/:id',
      summary: 'Edit a product (stock changes only through stock adjustments)',
      request: { params: ProductIdParams, body: UpdateProductBody },
      responses: { 200: { description: 'Updated', schema: one } },
      handler: async ({ params, body }, _req, res) => {
        res.json({ data: await updateProduct(deps, params.id, body) });
      },
    })
    .route({
      ...common,
      method: 'post',
      path: '/admin/products/:id/archive',
      summary: 'Hide a product from the shop (orders and carts keep their history)',
      request: { params: ProductIdParams },
      responses: { 200: { description: 'Archived', schema: one } },
      handler: async ({ params }, _req, res) => {
        res.json({ data: await setProductStatus(deps, params.id, 'archived') });
      },
    })
    .route({
      ...common,
      method: 'post',
      path: '/admin/products/:id/unarchive',
      summary: 'Put an archived product back in the shop',
      request: { params: ProductIdParams },
      responses: { 200: { description: 'Active again', schema: one } },
      handler: async ({ params }, _req, res) => {
        res.json({ data: await setProductStatus(deps, params.id, 'active') });
      },
    })
    .route({
      ...common,
      method: 'post',
      path: '/admin/products/:id/stock-adjustments',
      summary: 'Add or remove stock with a reason; never below zero (409)',
      request: { params: ProductIdParams, body: StockAdjustmentBody },
      responses: {
        201: {
          description: 'Adjusted and recorded',
          schema: z.object({ data: z.object({ product: AdminProduct, movement: StockMovement }) }),
        },
      },
      handler: async ({ params, body }, req, res) => {
        res.status(201).json({ data: await adjustProductStock(deps, params.id, body, actor(req)) });
      },
    })
    .route({
      ...common,
      method: 'get',
      path: '/admin/products/:id/stock-movements',
      summary: 'Every change of stock of a product, newest first',
      request: { params: ProductIdParams },
      responses: { 200: { description: 'Movements', schema: z.object({ data: z.array(StockMovement) }) } },
      handler: async ({ params }, _req, res) => {
        res.json({ data: await listStockMovements(deps, params.id) });
      },
    });
}
