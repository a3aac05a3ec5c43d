import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { ImageOrNull } from '../catalog';

extendZodWithOpenApi(z);

/** Cart ids are 256-bit random tokens (43 base64url characters). */
export const CartId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{22,64}$/, 'must be a cart id')
  .openapi({ example: 'q5Yx3Rk7cKp0LzN9w2VbA1sDfGhJkLmN8oPqRsTuVwX' });

export const Quantity = z.number().int().min(1).max(100);
export const ProductId = z.coerce.number().int().min(1).max(2_147_483_647);

export const CartLineSchema = z
  .object({
    productId: z.number().int(),
    slug: z.string(),
    name: z.string(),
    image: ImageOrNull,
    unitPricePaisa: z.number().int(),
    quantity: z.number().int(),
    lineTotalPaisa: z.number().int(),
    stock: z.number().int(),
    available: z.boolean().openapi({ description: 'false when archived or stock < quantity' }),
  })
  .openapi('CartLine');

export const CartSchema = z
  .object({
    id: CartId,
    lines: z.array(CartLineSchema),
    itemCount: z.number().int(),
    subtotalPaisa: z.number().int(),
    updatedAt: z.string(),
  })
  .openapi('Cart');

export type CartView = z.infer<typeof CartSchema>;

export const CartParams = z.object({ cartId: CartId });
export const CartLineParams = z.object({ cartId: CartId, productId: ProductId });
export const AddItemBody = z.strictObject({
  productId: z.number().int().min(1).max(2_147_483_647),
  quantity: Quantity,
});
export const SetQuantityBody = z.strictObject({ quantity: Quantity });
