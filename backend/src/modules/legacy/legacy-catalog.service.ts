import { CATALOG_TTL, loadWithStock } from '../catalog';
import type { CachedJson, CatalogDeps } from '../catalog';
import type { LegacyProductRecord } from './legacy-catalog.repository';

/** Today's product shape: price in Taka as a JSON number, converted from paisa only here, at the edge. */
export interface LegacyProduct {
  id: number;
  name: string;
  description: string;
  price: number;
  category: string;
  stock: number;
  image_url: string | null;
  created_at: string;
  updated_at: string;
}

export function toLegacyProduct(row: LegacyProductRecord): LegacyProduct {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    price: row.pricePaisa / 100,
    category: row.category,
    stock: row.stock,
    image_url: row.imageUrl,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

/** The JSON text of every active product (an array). */
export function legacyProductsJson(deps: CatalogDeps): Promise<CachedJson> {
  return loadWithStock(deps, 'catalog:legacy:products', CATALOG_TTL.list, async () =>
    (await deps.repositories.legacyCatalog.products()).map(toLegacyProduct),
  );
}

/** The JSON text of one active product, or `null`. */
export function legacyProductJson(deps: CatalogDeps, id: number): Promise<CachedJson> {
  return loadWithStock(deps, `catalog:legacy:product:${id}`, CATALOG_TTL.product, async () => {
    const [row] = await deps.repositories.legacyCatalog.products({ id });
    return row ? toLegacyProduct(row) : null;
  });
}

export function legacyCategoryProductsJson(deps: CatalogDeps, categoryName: string): Promise<CachedJson> {
  const key = `catalog:legacy:category:${categoryName.toLowerCase()}`;
  return loadWithStock(deps, key, CATALOG_TTL.list, async () =>
    (await deps.repositories.legacyCatalog.products({ categoryName })).map(toLegacyProduct),
  );
}

export function legacyCategoryNamesJson(deps: CatalogDeps): Promise<CachedJson> {
  return deps.catalogCache.load('catalog:legacy:categories', CATALOG_TTL.categories, async () =>
    JSON.stringify(await deps.repositories.legacyCatalog.categoryNames()),
  );
}
