import type { CategoryRow, ProductDetailRow, ProductRow } from './catalog.repository';
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

export function toProductSummary(row: ProductRow): ProductSummary {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    nameBn: row.name_bn,
    category: { slug: row.category_slug, name: row.category_name },
    pricePaisa: row.price_paisa,
    stock: row.stock,
    stockStatus: stockStatus(row.stock),
    image: toImage(row.image_url, row.image_alt, row.image_width, row.image_height),
    createdAt: row.created_at.toISOString(),
  };
}

export function toProduct(row: ProductDetailRow): Product {
  return { ...toProductSummary(row), description: row.description, images: row.images };
}

export function toCategory(row: CategoryRow): Category {
  return { id: row.id, slug: row.slug, name: row.name, nameBn: row.name_bn, productCount: row.product_count };
}
