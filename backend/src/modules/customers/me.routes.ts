import { z } from 'zod';
import type { AppDeps } from '../../deps';
import type { ApiRouter } from '../../http/api-router';
import { dataOf, Page, pageOf } from '../../http/envelope';
import { CartSchema, CartService } from '../cart';
import { OrderSchema, customerOrders } from '../orders';
import { CustomerSchema, UpdateMeBody } from './customer.schemas';
import { signedInCustomer, updateProfile } from './customer.service';

/** `/api/v1/me/*`: the signed-in customer's profile, orders and cart. */
export function meRoutes(router: ApiRouter, deps: AppDeps): void {
  const carts = new CartService(deps.repositories.carts);

  router
    .route({
      method: 'get',
      path: '/me',
      summary: 'The signed-in customer',
      tags: ['customers'],
      auth: 'customer',
      responses: { 200: { description: 'The customer', schema: dataOf(CustomerSchema) } },
      handler: async (_input, req, res) => {
        res.json({ data: await signedInCustomer(deps, req.auth!.customerId) });
      },
    })
    .route({
      method: 'patch',
      path: '/me',
      summary: 'Change name or phone (null clears the phone)',
      tags: ['customers'],
      auth: 'customer',
      request: { body: UpdateMeBody },
      responses: { 200: { description: 'The updated customer', schema: dataOf(CustomerSchema) } },
      handler: async ({ body }, req, res) => {
        res.json({ data: await updateProfile(deps, req.auth!.customerId, body) });
      },
    })
    .route({
      method: 'get',
      path: '/me/orders',
      summary: "The signed-in customer's orders, newest first",
      tags: ['customers'],
      auth: 'customer',
      request: { query: z.strictObject({ page: Page }) },
      responses: { 200: { description: 'A page of orders', schema: pageOf(OrderSchema) } },
      handler: async ({ query }, req, res) => {
        res.json(await customerOrders(deps, req.auth!.customerId, query.page));
      },
    })
    .route({
      method: 'get',
      path: '/me/cart',
      summary: "The signed-in customer's open cart (created if none)",
      tags: ['customers'],
      auth: 'customer',
      responses: { 200: { description: 'The cart', schema: dataOf(CartSchema) } },
      handler: async (_input, req, res) => {
        res.json({ data: await carts.forCustomer(req.auth!.customerId) });
      },
    });
}
