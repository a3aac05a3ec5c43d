import { z } from 'zod';
import type { AppDeps } from '../../deps';
import type { ApiRouter } from '../../http/api-router';
import { dataOf } from '../../http/envelope';
import { checkoutRateLimit, countCheckoutFailures, noteCheckoutFailure } from './checkout-guards';
import { CheckoutService } from './checkout.service';
import { deliveryAreaRoutes } from './delivery-areas.routes';
import { deliveryArea } from './delivery-areas';
import { idempotencyRecord } from './idempotency';
import { CUSTOMER_CANCELLABLE } from './order-status';
import { OrderStatusService } from './order-status.service';
import { readableOrder } from './order.service';
import {
  CheckoutBody,
  IdempotencyKeyHeader,
  OrderParams,
  OrderSchema,
  OrderTokenHeaders,
} from './order.schemas';
import { toOrderView } from './order.view';

const CheckoutResponse = z.object({ data: OrderSchema, accessToken: z.string() });

/** Checkout and order reading/cancelling for guests (order token) and customers. */
export function orderRoutes(router: ApiRouter, deps: AppDeps): void {
  const checkout = new CheckoutService(deps);
  const statuses = new OrderStatusService(deps);

  deliveryAreaRoutes(router);
  router
    .route({
      method: 'post',
      path: '/orders',
      summary: 'Place an order from a cart (idempotent with Idempotency-Key)',
      tags: ['orders'],
      auth: 'optional',
      before: [countCheckoutFailures(deps), checkoutRateLimit(deps)],
      request: { headers: z.object({ 'idempotency-key': IdempotencyKeyHeader }), body: CheckoutBody },
      responses: {
        201: { description: 'Order placed', schema: CheckoutResponse },
        200: { description: 'The order an earlier request with this key placed', schema: CheckoutResponse },
        402: { description: 'Payment declined (problem+json)' },
        404: { description: 'No such cart' },
        409: { description: 'Out of stock (items lists the short lines) or cart already ordered' },
        422: { description: 'Idempotency-Key reused with a different body' },
        429: { description: 'Too many checkouts from this address' },
      },
      handler: async ({ headers, body }, req, res) => {
        const customerId = req.auth?.customerId ?? null;
        const result = await checkout
          .place({
            source: { cartId: body.cartId },
            customer: {
              name: body.customer.name,
              phone: body.customer.phone,
              email: body.customer.email ?? null,
            },
            delivery: {
              area: deliveryArea(body.delivery.area)!,
              address: body.delivery.address,
              notes: body.delivery.notes || null,
            },
            paymentMethod: body.paymentMethod,
            customerId,
            idempotency: idempotencyRecord('orders', headers['idempotency-key'], { body, customerId }),
          })
          .catch((error: unknown) => noteCheckoutFailure(res, error));
        res
          .status(result.replayed ? 200 : 201)
          .json({ data: toOrderView(result.details), accessToken: result.accessToken });
      },
    })
    .route({
      method: 'get',
      path: '/orders/:number',
      summary: 'Read an order (X-Order-Token, the owning customer, or an admin)',
      tags: ['orders'],
      auth: 'optional',
      request: { params: OrderParams, headers: OrderTokenHeaders },
      responses: {
        200: { description: 'The order', schema: dataOf(OrderSchema) },
        404: { description: 'Not found or not yours' },
      },
      handler: async ({ params, headers }, req, res) => {
        const details = await readableOrder(deps, params.number, req.auth, headers['x-order-token']);
        res.set('Cache-Control', 'private, no-store').json({ data: toOrderView(details) });
      },
    })
    .route({
      method: 'post',
      path: '/orders/:number/cancel',
      summary: 'Cancel an order while it is pending or confirmed (stock goes back)',
      tags: ['orders'],
      auth: 'optional',
      request: { params: OrderParams, headers: OrderTokenHeaders },
      responses: {
        200: { description: 'The cancelled order', schema: dataOf(OrderSchema) },
        404: { description: 'Not found or not yours' },
        409: { description: 'Too late to cancel' },
      },
      handler: async ({ params, headers }, req, res) => {
        await readableOrder(deps, params.number, req.auth, headers['x-order-token']);
        const details = await statuses.change({
          number: params.number,
          to: 'cancelled',
          note: 'Cancelled by the customer',
          actorId: req.auth?.customerId ?? null,
          allowedFrom: CUSTOMER_CANCELLABLE,
        });
        res.json({ data: toOrderView(details) });
      },
    });
}
