import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { Page } from '../../http/envelope';
import { Email } from '../../lib/email';
import { BangladeshiPhone } from '../../lib/phone';
import { CartId } from '../cart';
import { DELIVERY_AREA_CODES } from './delivery-areas';
import { ORDER_STATUSES } from './order-status';
import { PAYMENT_METHODS, PAYMENT_STATUSES } from './payments';

extendZodWithOpenApi(z);

export const OrderSchema = z
  .object({
    number: z.string().openapi({ example: 'DC-2026-000123' }),
    status: z.enum(ORDER_STATUSES),
    lines: z.array(
      z.object({
        productId: z.number().int(),
        slug: z.string(),
        name: z.string(),
        unitPricePaisa: z.number().int(),
        quantity: z.number().int(),
        lineTotalPaisa: z.number().int(),
      }),
    ),
    subtotalPaisa: z.number().int(),
    deliveryFeePaisa: z.number().int(),
    totalPaisa: z.number().int(),
    paymentMethod: z.enum(PAYMENT_METHODS),
    paymentStatus: z.enum(PAYMENT_STATUSES),
    customer: z.object({ name: z.string(), phone: z.string(), email: z.string().nullable() }),
    delivery: z.object({
      area: z.string(),
      areaName: z.string(),
      address: z.string(),
      notes: z.string().nullable(),
    }),
    history: z.array(
      z.object({ status: z.enum(ORDER_STATUSES), at: z.string(), note: z.string().nullable() }),
    ),
    createdAt: z.string(),
  })
  .openapi('Order');

export type OrderView = z.infer<typeof OrderSchema>;

const Text = (max: number) => z.string().trim().min(1).max(max);

export const CheckoutBody = z.strictObject({
  cartId: CartId,
  customer: z.strictObject({
    name: Text(100),
    phone: BangladeshiPhone,
    email: Email.nullable().optional(),
  }),
  delivery: z.strictObject({
    area: z.enum(DELIVERY_AREA_CODES),
    address: z.string().trim().min(5).max(500),
    notes: z.string().trim().max(500).nullable().optional(),
  }),
  paymentMethod: z.enum(PAYMENT_METHODS),
});

export type CheckoutBody = z.infer<typeof CheckoutBody>;

/** 8 to 128 visible ASCII characters, e.g. a UUID the client generates once per checkout. */
export const IdempotencyKeyHeader = z
  .string()
  .min(8)
  .max(128)
  .regex(/^[\x21-\x7e]+$/, 'must be visible ASCII characters');

export const OrderNumber = z
  .string()
  .regex(/^DC-\d{4}-\d{6,}$/, 'must be an order number like DC-2026-000123');
export const OrderParams = z.object({ number: OrderNumber });
export const OrderTokenHeaders = z.object({ 'x-order-token': z.string().min(1).max(128).optional() });

export const StatusChangeBody = z.strictObject({
  status: z.enum(ORDER_STATUSES),
  note: z.string().trim().max(500).optional(),
});

/** A calendar day (taken in Dhaka time, UTC+6) or an exact instant. */
const When = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

export const AdminOrdersQuery = z.strictObject({
  status: z.enum(ORDER_STATUSES).optional(),
  area: z
    .string()
    .regex(/^[a-z-]{2,40}$/, 'must be a delivery area code')
    .optional(),
  from: When.optional(),
  to: When.optional().openapi({ description: 'Inclusive when a calendar day' }),
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .openapi({ description: 'Order number, name, e-mail or phone' }),
  page: Page,
});

export type AdminOrdersQuery = z.infer<typeof AdminOrdersQuery>;
