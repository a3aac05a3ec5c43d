import { z, type ZodType } from 'zod';

/** Successful responses wrap their payload in `data` (docs/api.md). */
export const dataOf = <T extends ZodType>(schema: T) => z.object({ data: schema });

/** Lists add paging metadata. */
export const PageMeta = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  totalPages: z.number().int(),
});

export const pageOf = <T extends ZodType>(schema: T) => z.object({ data: z.array(schema), meta: PageMeta });

export function pageMeta(page: number, pageSize: number, total: number) {
  return { page, pageSize, total, totalPages: Math.ceil(total / pageSize) };
}
