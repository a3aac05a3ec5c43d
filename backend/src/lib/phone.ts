import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

extendZodWithOpenApi(z);

/** Bangladeshi mobile numbers: 01 + operator digit 3-9 + 8 digits, stored as +8801XXXXXXXXX. */
const MOBILE = /^(?:\+?88)?(01[3-9]\d{8})$/;

/** `01712345678`, `8801712345678` or `+8801712345678` (spaces and dashes ignored) → `+8801712345678`. */
export function normaliseBangladeshiPhone(raw: string): string | null {
  const match = MOBILE.exec(raw.replace(/[\s-]/g, ''));
  return match?.[1] ? `+88${match[1]}` : null;
}

/** The one schema every boundary uses for phone numbers; outputs the normalised form. */
export const BangladeshiPhone = z
  .string()
  .max(32)
  .transform((raw, ctx) => {
    const phone = normaliseBangladeshiPhone(raw);
    if (phone === null) {
      ctx.addIssue({ code: 'custom', message: 'must be a Bangladeshi mobile number (01XXXXXXXXX)' });
      return z.NEVER;
    }
    return phone;
  })
  .openapi({ example: '+8801712345678', description: 'Bangladeshi mobile; 01… and 8801… are accepted' });
