import { generatedImageUrl, slugify } from '../../modules/catalog';
import { seedCategories } from './catalog';
import { legacyProducts } from './legacy-products';
import type { SeedCategory, SeedProduct } from './types';

const DAY_MS = 86_400_000;
export const SEED_IMAGE_SIZE = 600;

export interface SeedPlan {
  categories: { id: number; slug: string; name: string; name_bn: string; sort_order: number }[];
  products: {
    id: number;
    slug: string;
    name: string;
    name_bn: string | null;
    description: string;
    category_id: number;
    price_paisa: number;
    stock: number;
    units_sold: number;
    created_at: string;
  }[];
  images: { product_id: number; url: string; alt: string; width: number; height: number }[];
  movements: {
    product_id: number;
    kind: 'initial' | 'adjustment';
    delta: number;
    stock_after: number;
    reason: string;
    created_at: string;
  }[];
}

/** Stock a sold-out product opened with: the schema refuses an opening movement of zero. */
const SOLD_OUT_OPENING_STOCK = 10;

/** Every product opens with an `initial` movement; one that is sold out then sold its opening stock. */
function openingMovements(product: SeedPlan['products'][number]): SeedPlan['movements'] {
  const opened = product.stock > 0 ? product.stock : SOLD_OUT_OPENING_STOCK;
  const initial = {
    product_id: product.id,
    kind: 'initial' as const,
    delta: opened,
    stock_after: opened,
    reason: 'Opening stock',
    created_at: product.created_at,
  };
  if (product.stock > 0) return [initial];
  const soldOut = new Date(Date.parse(product.created_at) + 3_600_000).toISOString();
  return [
    initial,
    {
      ...initial,
      kind: 'adjustment',
      delta: -opened,
      stock_after: 0,
      reason: 'Sold out',
      created_at: soldOut,
    },
  ];
}

/** Turns the typed seed data into rows, with fixed ids: legacy products first (1..15). */
export function buildSeedPlan(now: Date, categories: readonly SeedCategory[] = seedCategories): SeedPlan {
  const categoryIds = new Map(categories.map((category, index) => [category.slug, index + 1]));
  const ordered: { product: SeedProduct; categorySlug: string }[] = [
    ...legacyProducts.map((product) => ({ product, categorySlug: product.categorySlug })),
    ...categories.flatMap((category) =>
      category.products.map((product) => ({ product, categorySlug: category.slug })),
    ),
  ];
  const slugs = new Set<string>();
  const products = ordered.map(({ product, categorySlug }, index) => {
    const categoryId = categoryIds.get(categorySlug);
    if (!categoryId) throw new Error(`seed product "${product.name}" has unknown category "${categorySlug}"`);
    const slug = product.slug ?? slugify(product.name);
    if (slugs.has(slug)) throw new Error(`seed slug "${slug}" is used twice`);
    slugs.add(slug);
    return {
      id: index + 1,
      slug,
      name: product.name,
      name_bn: product.nameBn ?? null,
      description: product.description,
      category_id: categoryId,
      price_paisa: Math.round(product.taka * 100),
      stock: product.stock,
      units_sold: product.sold,
      // Minutes apart as well, so "newest" has no ties.
      created_at: new Date(now.getTime() - product.daysAgo * DAY_MS - index * 60_000).toISOString(),
    };
  });
  return {
    categories: categories.map((category, index) => ({
      id: index + 1,
      slug: category.slug,
      name: category.name,
      name_bn: category.nameBn,
      sort_order: index + 1,
    })),
    products,
    images: products.map((product) => ({
      product_id: product.id,
      url: generatedImageUrl(product.slug),
      alt: product.name,
      width: SEED_IMAGE_SIZE,
      height: SEED_IMAGE_SIZE,
    })),
    movements: products.flatMap(openingMovements),
  };
}
