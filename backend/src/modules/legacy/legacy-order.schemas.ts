import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { Email } from '../../lib/email';
import { BangladeshiPhone } from '../../lib/phone';

extendZodWithOpenApi(z);

/** Taka with at most two decimals (whole paisa). */
const TakaNumber = z
  .number()
  .min(0)
  .max(21_474_836)
  .refine((taka) => Math.abs(taka * 100 - Math.round(taka * 100)) < 1e-6, 'must have at most 2 decimals');

/**
 * The old server returned prices as strings ("35990.00") on some routes and its clients sent
 * them back as they got them, so a decimal string is accepted too.
 */
const Taka = z.union([
  TakaNumber,
  z
    .string()
    .regex(/^\d{1,8}(\.\d{1,2})?$/, 'must be an amount in Taka, e.g. 35990 or "35990.00"')
    .transform(Number),
]);

export const takaToPaisa = (taka: number) => Math.round(taka * 100);
export const paisaToTaka = (paisa: number) => paisa / 100;

export const LegacyOrderBody = z.strictObject({
  customer_name: z.string().trim().min(1).max(100),
  // Old clients send "" when the customer left the e-mail blank.
  customer_email: z
    .union([z.literal('').transform(() => null), Email])
    .nullable()
    .optional(),
  customer_phone: BangladeshiPhone,
  delivery_address: z.string().trim().min(5).max(500),
  total_amount: Taka,
  items: z
    .array(
      z.strictObject({
        product_id: z.number().int().min(1).max(2_147_483_647),
        quantity: z.number().int().min(1).max(100),
        price: Taka,
      }),
    )
    .min(1)
    .max(50),
});

export type LegacyOrderBody = z.infer<typeof LegacyOrderBody>;

export const LegacyOrderSchema = z
  .object({
    id: z.number().int(),
    order_number: z.string(),
    customer_name: z.string(),
    customer_email: z.string().nullable(),
    customer_phone: z.string(),
    delivery_address: z.string(),
    total_amount: z.number(),
    status: z.string(),
    payment_method: z.string(),
    created_at: z.string(),
    access_token: z.string().optional(),
  })
  .openapi('LegacyOrder');

export const LegacyOrderItemSchema = z.object({
  id: z.number().int(),
  order_id: z.number().int(),
  product_id: z.number().int(),
  quantity: z.number().int(),
  price: z.number(),
  name: z.string(),
  image_url: z.string().nullable(),
});

/** The numeric id the old API used, or an order number. */
export const LegacyOrderParams = z.object({
  id: z.union([z.string().regex(/^DC-\d{4}-\d{6,}$/), z.coerce.number().int().min(1).max(2_147_483_647)]),
});
