import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { Page } from '../../http/envelope';
import { SLUG_PATTERN } from './slug';

// Idempotent; lets these schemas load before the router (scripts, tests).
extendZodWithOpenApi(z);

/** Stock at or below this (and above zero) is shown as "only a few left". */
export const LOW_STOCK_MAX = 5;
export const SORTS = ['relevance', 'price_asc', 'price_desc', 'newest', 'popular'] as const;
export type ProductSort = (typeof SORTS)[number];

const paisa = z.coerce.number().int('must be a whole number of paisa').min(0).max(2_000_000_000);

export const Slug = z.string().max(120).regex(SLUG_PATTERN, 'must be a slug (lowercase words and dashes)');

export const ProductListQuery = z
  .object({
    q: z.string().trim().max(100, 'must be at most 100 characters').optional(),
    category: Slug.optional(),
    minPrice: paisa.optional(),
    maxPrice: paisa.optional(),
    inStock: z
      .enum(['true', 'false'], { error: 'must be true or false' })
      .transform((v) => v === 'true')
      .optional(),
    sort: z.enum(SORTS, { error: `must be one of ${SORTS.join(', ')}` }).default('relevance'),
    page: Page,
    pageSize: z.coerce.number().int().min(1).max(100).default(24),
  })
  .refine(
    (query) =>
      query.minPrice === undefined || query.maxPrice === undefined || query.minPrice <= query.maxPrice,
    {
      path: ['maxPrice'],
      message: 'must not be below minPrice',
    },
  );
export type ProductListQuery = z.output<typeof ProductListQuery>;

export const StockStatus = z.enum(['in_stock', 'low_stock', 'out_of_stock']);
export type StockStatus = z.output<typeof StockStatus>;

/** A product picture; the one `Image` component (product pages, lists and carts use it). */
export const Image = z
  .object({ url: z.string(), alt: z.string(), width: z.number().int(), height: z.number().int() })
  .openapi('Image');
export type Image = z.output<typeof Image>;
/**
 * `Image` or null. A union, not `Image.nullable()`: zod-to-openapi 9 would make the `Image`
 * component itself nullable, so every list of images would admit nulls.
 */
export const ImageOrNull = z.union([Image, z.null()]);

export const ProductSummary = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    name: z.string(),
    nameBn: z.string().nullable(),
    category: z.object({ slug: z.string(), name: z.string() }),
    pricePaisa: z.number().int(),
    stock: z.number().int(),
    stockStatus: StockStatus,
    image: ImageOrNull,
    createdAt: z.string(),
  })
  .openapi('ProductSummary');
export type ProductSummary = z.output<typeof ProductSummary>;

export const Product = ProductSummary.extend({ description: z.string(), images: z.array(Image) }).openapi(
  'Product',
);
export type Product = z.output<typeof Product>;

export const Category = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    name: z.string(),
    nameBn: z.string().nullable(),
    productCount: z.number().int(),
  })
  .openapi('Category');
export type Category = z.output<typeof Category>;
