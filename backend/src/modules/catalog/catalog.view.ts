import type { CategoryRecord, ProductDetailRecord, ProductRecord } from './catalog.repository';
import {
  LOW_STOCK_MAX,
  type Category,
  type Product,
  type ProductSummary,
  type StockStatus,
} from './catalog.schemas';

export function stockStatus(stock: number): StockStatus {
  if (stock <= 0) return 'out_of_stock';
  return stock <= LOW_STOCK_MAX ? 'low_stock' : 'in_stock';
}

/** A product's first image as the API shows it, or null when it has none. */
export function toImage(url: string | null, alt: string | null, width: number | null, height: number | null) {
  return url === null ? null : { url, alt: alt ?? '', width: width ?? 0, height: height ?? 0 };
}

export function toProductSummary(row: ProductRecord): ProductSummary {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    nameBn: row.nameBn,
    category: { slug: row.categorySlug, name: row.categoryName },
    pricePaisa: row.pricePaisa,
    stock: row.stock,
    stockStatus: stockStatus(row.stock),
    image: toImage(row.imageUrl, row.imageAlt, row.imageWidth, row.imageHeight),
    createdAt: row.createdAt.toISOString(),
  };
}

export function toProduct(row: ProductDetailRecord): Product {
  return { ...toProductSummary(row), description: row.description, images: row.images };
}

export function toCategory(row: CategoryRecord): Category {
  return { id: row.id, slug: row.slug, name: row.name, nameBn: row.nameBn, productCount: row.productCount };
}
