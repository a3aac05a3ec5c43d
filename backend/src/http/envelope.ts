import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z, type ZodType } from 'zod';

// Idempotent; lets these schemas load before the router (scripts, tests).
extendZodWithOpenApi(z);

/** Successful responses wrap their payload in `data` (docs/api.md). */
export const dataOf = <T extends ZodType>(schema: T) => z.object({ data: schema });

/** Lists add paging metadata: one definition, one OpenAPI component, for every list. */
export const PageMeta = z
  .object({
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
    totalPages: z.number().int(),
  })
  .openapi('PageMeta');
export type PageMeta = z.output<typeof PageMeta>;

/** The `page` query parameter of every list: 1-based, at most 10,000. */
export const Page = z.coerce.number().int().min(1).max(10_000).default(1);

export const pageOf = <T extends ZodType>(schema: T) => z.object({ data: z.array(schema), meta: PageMeta });

export function pageMeta(page: number, pageSize: number, total: number): PageMeta {
  return { page, pageSize, total, totalPages: Math.ceil(total / pageSize) };
}
