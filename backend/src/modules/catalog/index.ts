// The catalog's public surface: the shop's reads, product administration, and what other
// modules need of products (cache invalidation, picture schemas). Nothing else leaves catalog/.
export { catalogRoutes } from './catalog.routes';
export { adminProductRoutes } from './admin-products.routes';
export { CatalogRepository } from './catalog.repository';
export { AdminProductRepository } from './admin-products.repository';
export { CATALOG_TTL, invalidateCatalog } from './catalog.cache';
export { loadWithStock, type CachedJson, type CatalogDeps } from './catalog.service';
export { recordStock, stockChanges } from './catalog.stock';
export { ImageOrNull } from './catalog.schemas';
export { toImage } from './catalog.view';
export { generatedImageUrl, slugify } from './slug';
