import { z } from 'zod';
import { Page } from '../../http/envelope';
import { Product, Slug } from './catalog.schemas';

export type ProductStatus = 'active' | 'archived';

export const AdminProductListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  category: Slug.optional(),
  status: z.enum(['active', 'archived'], { error: 'must be active or archived' }).optional(),
  page: Page,
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});
export type AdminProductListQuery = z.output<typeof AdminProductListQuery>;

export const ProductIdParams = z.object({
  id: z
    .string()
    .regex(/^\d{1,9}$/, 'must be a product id')
    .transform(Number),
});

const name = z.string().trim().min(2, 'must be at least 2 characters').max(200);
const imageUrl = z
  .string()
  .max(500)
  .regex(/^(https:\/\/[^\s]+|\/[^\s]*)$/, 'must be an https:// URL or a path starting with /');
const productFields = {
  name,
  nameBn: z.string().trim().min(1).max(200).nullable().optional(),
  slug: Slug.max(80).optional(),
  description: z.string().trim().max(5_000),
  categorySlug: Slug,
  pricePaisa: z.number().int('must be a whole number of paisa').min(1).max(2_000_000_000),
  imageUrl: imageUrl.optional(),
};

export const CreateProductBody = z
  .object({ ...productFields, stock: z.number().int().min(0).max(1_000_000).optional() })
  .strict();
export type CreateProductBody = z.output<typeof CreateProductBody>;

/** Stock is not editable here: it changes only through stock adjustments, which are audited. */
export const UpdateProductBody = z
  .object(productFields)
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: 'send at least one field to change' });
export type UpdateProductBody = z.output<typeof UpdateProductBody>;

export const StockAdjustmentBody = z
  .object({
    delta: z
      .number()
      .int('must be a whole number')
      .min(-1_000_000)
      .max(1_000_000)
      .refine((delta) => delta !== 0, 'must not be zero'),
    reason: z.string().trim().min(3, 'must say why, in at least 3 characters').max(200),
  })
  .strict();
export type StockAdjustmentBody = z.output<typeof StockAdjustmentBody>;

export const AdminProduct = Product.extend({
  status: z.enum(['active', 'archived']),
  unitsSold: z.number().int(),
  updatedAt: z.string(),
}).openapi('AdminProduct');
export type AdminProduct = z.output<typeof AdminProduct>;

export const StockMovement = z
  .object({
    id: z.number().int(),
    kind: z.enum(['initial', 'adjustment', 'order', 'cancellation']),
    delta: z.number().int(),
    stockAfter: z.number().int(),
    reason: z.string(),
    orderId: z.number().int().nullable(),
    actorId: z.number().int().nullable(),
    createdAt: z.string(),
  })
  .openapi('StockMovement');
export type StockMovement = z.output<typeof StockMovement>;
