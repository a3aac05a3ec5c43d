import { z } from 'zod';
import type { AppDeps } from '../../deps';
import type { ApiRouter } from '../../http/api-router';
import {
  checkoutRateLimit,
  countCheckoutFailures,
  noteCheckoutFailure,
  CheckoutService,
  LEGACY_DELIVERY_AREA,
  idempotencyRecord,
  IdempotencyKeyHeader,
  OrderTokenHeaders,
} from '../orders';
import {
  LegacyOrderBody,
  LegacyOrderItemSchema,
  LegacyOrderParams,
  LegacyOrderSchema,
  takaToPaisa,
} from './legacy-order.schemas';
import { toLegacyOrder } from './legacy-order.view';
import { legacyOrder } from './legacy-orders.service';

/**
 * `POST /api/orders` and `GET /api/orders/:id` for existing clients. Same checkout as
 * `/api/v1/orders` (stock decremented in the transaction, never oversold), with the old
 * shapes. Legacy orders have no delivery area: area `unspecified`, fee 0 (docs/api.md).
 */
export function legacyOrderRoutes(root: ApiRouter, deps: AppDeps): void {
  const checkout = new CheckoutService(deps);
  root
    .route({
      method: 'post',
      path: '/api/orders',
      summary: 'Legacy checkout (cash on delivery; total in Taka must match server prices)',
      tags: ['legacy'],
      deprecated: true,
      auth: 'optional',
      before: [countCheckoutFailures(deps), checkoutRateLimit(deps)],
      request: {
        headers: z.object({ 'idempotency-key': IdempotencyKeyHeader.optional() }),
        body: LegacyOrderBody,
      },
      responses: {
        201: {
          description: 'Order placed (also when replayed with the same Idempotency-Key)',
          schema: z.object({ message: z.string(), order: LegacyOrderSchema }),
        },
        400: { description: 'Invalid field or price-mismatch (expectedTotal in Taka)' },
        409: { description: 'Out of stock' },
      },
      handler: async ({ headers, body }, req, res) => {
        const customerId = req.auth?.customerId ?? null;
        const key = headers['idempotency-key'];
        const result = await checkout
          .place({
            source: {
              lines: body.items.map((item) => ({ productId: item.product_id, quantity: item.quantity })),
            },
            customer: {
              name: body.customer_name,
              phone: body.customer_phone,
              email: body.customer_email ?? null,
            },
            delivery: { area: LEGACY_DELIVERY_AREA, address: body.delivery_address, notes: null },
            paymentMethod: 'cash_on_delivery',
            customerId,
            idempotency: key ? idempotencyRecord('legacy-orders', key, { body, customerId }) : null,
            expectedSubtotalPaisa: takaToPaisa(body.total_amount),
          })
          .catch((error: unknown) => noteCheckoutFailure(res, error));
        res.status(201).json({
          message: 'Order placed successfully',
          order: toLegacyOrder(result.details.order, result.accessToken),
        });
      },
    })
    .route({
      method: 'get',
      path: '/api/orders/:id',
      summary: 'Legacy order read (X-Order-Token, the owning customer, or an admin)',
      tags: ['legacy'],
      deprecated: true,
      auth: 'optional',
      request: { params: LegacyOrderParams, headers: OrderTokenHeaders },
      responses: {
        200: {
          description: 'The order and its items',
          schema: z.object({ order: LegacyOrderSchema, items: z.array(LegacyOrderItemSchema) }),
        },
        404: { description: 'Not found or not yours' },
      },
      handler: async ({ params, headers }, req, res) => {
        res
          .set('Cache-Control', 'private, no-store')
          .json(await legacyOrder(deps, params.id, req.auth, headers['x-order-token']));
      },
    });
}
