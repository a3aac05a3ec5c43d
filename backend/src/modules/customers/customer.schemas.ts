import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { Email } from '../../lib/email';
import { BangladeshiPhone } from '../../lib/phone';
import { CartId } from '../cart';

extendZodWithOpenApi(z);

const Name = z.string().trim().min(1).max(100);

export const CustomerSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    role: z.enum(['customer', 'admin']),
    createdAt: z.string(),
  })
  .openapi('Customer');

export type CustomerView = z.infer<typeof CustomerSchema>;

export const SessionSchema = z
  .object({
    customer: CustomerSchema,
    accessToken: z.string(),
    refreshToken: z.string(),
    expiresIn: z.number().int().openapi({ description: 'Access token lifetime in seconds' }),
    cartId: z.string().nullable(),
  })
  .openapi('Session');

export type Session = z.infer<typeof SessionSchema>;

export const RegisterBody = z.strictObject({
  name: Name,
  email: Email,
  password: z.string().min(10).max(128),
  phone: BangladeshiPhone.optional(),
  cartId: CartId.optional(),
});

export const LoginBody = z.strictObject({
  email: Email,
  password: z.string().min(1).max(128),
  cartId: CartId.optional(),
});

export const RefreshBody = z.strictObject({ refreshToken: z.string().min(20).max(200) });

export const UpdateMeBody = z
  .strictObject({ name: Name.optional(), phone: BangladeshiPhone.nullable().optional() })
  .refine((body) => body.name !== undefined || body.phone !== undefined, 'send name or phone');
