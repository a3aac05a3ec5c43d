import type { AppDeps } from '../../deps';
import type { ApiRouter } from '../../http/api-router';
import { dataOf } from '../../http/envelope';
import { AddItemBody, CartLineParams, CartParams, CartSchema, SetQuantityBody } from './cart.schemas';
import { CartService } from './cart.service';

const CartResponse = { description: 'The cart with current prices', schema: dataOf(CartSchema) };

/** `/api/v1/carts`: anonymous carts addressed by their unguessable id. */
export function cartRoutes(router: ApiRouter, deps: AppDeps): void {
  const carts = new CartService(deps.repositories.carts);
  router
    .route({
      method: 'post',
      path: '/carts',
      summary: 'Create an anonymous cart',
      tags: ['cart'],
      responses: { 201: { description: 'The new, empty cart', schema: dataOf(CartSchema) } },
      handler: async (_input, _req, res) => {
        res.status(201).json({ data: await carts.create() });
      },
    })
    .route({
      method: 'get',
      path: '/carts/:cartId',
      summary: 'Read a cart (prices and stock recomputed now)',
      tags: ['cart'],
      request: { params: CartParams },
      responses: { 200: CartResponse, 404: { description: 'No open cart with this id' } },
      handler: async ({ params }, _req, res) => {
        res.json({ data: await carts.get(params.cartId) });
      },
    })
    .route({
      method: 'post',
      path: '/carts/:cartId/items',
      summary: 'Add a product (adds to an existing line)',
      tags: ['cart'],
      request: { params: CartParams, body: AddItemBody },
      responses: {
        200: CartResponse,
        404: { description: 'Unknown cart or product' },
        409: { description: 'Not enough stock' },
      },
      handler: async ({ params, body }, _req, res) => {
        res.json({ data: await carts.addItem(params.cartId, body.productId, body.quantity) });
      },
    })
    .route({
      method: 'patch',
      path: '/carts/:cartId/items/:productId',
      summary: "Change a line's quantity",
      tags: ['cart'],
      request: { params: CartLineParams, body: SetQuantityBody },
      responses: {
        200: CartResponse,
        404: { description: 'Unknown cart or line' },
        409: { description: 'Not enough stock' },
      },
      handler: async ({ params, body }, _req, res) => {
        res.json({ data: await carts.setQuantity(params.cartId, params.productId, body.quantity) });
      },
    })
    .route({
      method: 'delete',
      path: '/carts/:cartId/items/:productId',
      summary: 'Remove a line',
      tags: ['cart'],
      request: { params: CartLineParams },
      responses: { 200: CartResponse, 404: { description: 'Unknown cart' } },
      handler: async ({ params }, _req, res) => {
        res.json({ data: await carts.removeItem(params.cartId, params.productId) });
      },
    });
}
