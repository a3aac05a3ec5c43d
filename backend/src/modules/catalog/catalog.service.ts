import type { AppDeps } from '../../deps';
import { notFound } from '../../lib/problem';
import { CATALOG_TTL } from './catalog.cache';
import { pageMeta } from '../../http/envelope';
import type { ProductListQuery } from './catalog.schemas';
import { searchTerms } from './catalog.search';
import { cacheableJson, withCurrentStock } from './catalog.stock';
import { toCategory, toProduct, toProductSummary } from './catalog.view';

export type CatalogDeps = Pick<AppDeps, 'repositories' | 'catalogCache'>;

/**
 * Responses are cached as the JSON text sent to clients, with stock filled in on each read
 * (catalog.stock.ts): a hit is a cache read, one read of the stock values, and a write.
 */
export interface CachedJson {
  json: string;
  hit: boolean;
}

/** A cached catalog entry with the current stock of its products. */
export async function loadWithStock(
  deps: CatalogDeps,
  key: string,
  ttlSeconds: number,
  build: () => Promise<unknown>,
): Promise<CachedJson> {
  const cached = await deps.catalogCache.load(key, ttlSeconds, async () => cacheableJson(await build()));
  return { json: await withCurrentStock(deps, cached), hit: cached.hit };
}

/** The same search in other words (spacing, case, order of parameters) shares one cache entry. */
function listKey(query: ProductListQuery): string {
  const q = query.q ? searchTerms(query.q).join(' ') : undefined;
  const { category, minPrice, maxPrice, inStock, sort, page, pageSize } = query;
  return `catalog:products:${JSON.stringify([q, category, minPrice, maxPrice, inStock, sort, page, pageSize])}`;
}

export function productListJson(deps: CatalogDeps, query: ProductListQuery): Promise<CachedJson> {
  return loadWithStock(deps, listKey(query), CATALOG_TTL.list, async () => {
    const { rows, total } = await deps.repositories.catalog.productPage(query);
    return { data: rows.map(toProductSummary), meta: pageMeta(query.page, query.pageSize, total) };
  });
}

/** `{ data: Product }`; 404 for an unknown or archived slug (remembered briefly, like a hit). */
export async function productJson(deps: CatalogDeps, slug: string): Promise<CachedJson> {
  const cached = await loadWithStock(deps, `catalog:product:${slug}`, CATALOG_TTL.product, async () => {
    const row = await deps.repositories.catalog.productBySlug(slug);
    return row ? { data: toProduct(row) } : null;
  });
  if (cached.json === 'null') throw notFound('Product');
  return cached;
}

export function categoriesJson(deps: CatalogDeps): Promise<CachedJson> {
  return deps.catalogCache.load('catalog:categories', CATALOG_TTL.categories, async () => {
    const rows = await deps.repositories.catalog.categories();
    return JSON.stringify({ data: rows.map(toCategory) });
  });
}
