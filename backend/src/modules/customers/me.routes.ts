import { z } from 'zod';
import type { AppDeps } from '../../deps';
import type { ApiRouter } from '../../http/api-router';
import { dataOf, Page, pageMeta, pageOf } from '../../http/envelope';
import { HttpProblem } from '../../lib/problem';
import { CartSchema } from '../cart/cart.schemas';
import { CartService } from '../cart/cart.service';
import { ORDERS_PER_PAGE, OrderRepository } from '../orders/order.repository';
import { OrderSchema } from '../orders/order.schemas';
import { toOrderView } from '../orders/order.view';
import { Customer } from './customer.models';
import { CustomerSchema, UpdateMeBody } from './customer.schemas';
import { toCustomerView } from './customer.view';

/** `/api/v1/me/*`: the signed-in customer's profile, orders and cart. */
export function meRoutes(router: ApiRouter, deps: AppDeps): void {
  const carts = new CartService(deps.sequelize);
  const orders = new OrderRepository();
  const signedIn = async (customerId: number) => {
    const customer = await Customer.findByPk(customerId);
    if (!customer) throw new HttpProblem('unauthorized', 'This account no longer exists');
    return customer;
  };

  router
    .route({
      method: 'get',
      path: '/me',
      summary: 'The signed-in customer',
      tags: ['customers'],
      auth: 'customer',
      responses: { 200: { description: 'The customer', schema: dataOf(CustomerSchema) } },
      handler: async (_input, req, res) => {
        res.json({ data: toCustomerView(await signedIn(req.auth!.customerId)) });
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
        const customer = await signedIn(req.auth!.customerId);
        await customer.update({
          ...(body.name !== undefined && { name: body.name }),
          ...(body.phone !== undefined && { phone: body.phone }),
        });
        res.json({ data: toCustomerView(customer) });
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
        const { items, total } = await orders.page(
          { customerId: req.auth!.customerId },
          query.page,
          ORDERS_PER_PAGE,
        );
        res.json({ data: items.map(toOrderView), meta: pageMeta(query.page, ORDERS_PER_PAGE, total) });
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
