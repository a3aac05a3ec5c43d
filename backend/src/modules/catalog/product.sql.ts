import type { Image } from './catalog.schemas';

/**
 * The product columns the shop's and the back office's repositories share. Module-internal:
 * only this module's `*.repository.ts` files use them, and `index.ts` does not export them.
 */

/** A product as a list shows it, with its category and first image, in camelCase. */
export interface ProductRecord {
  id: number;
  slug: string;
  name: string;
  nameBn: string | null;
  categorySlug: string;
  categoryName: string;
  pricePaisa: number;
  stock: number;
  createdAt: Date;
  imageUrl: string | null;
  imageAlt: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
}

export interface ProductDetailRecord extends ProductRecord {
  description: string;
  images: Image[];
}

export const SUMMARY_COLUMNS = `p.id, p.slug, p.name, p.name_bn AS "nameBn", p.price_paisa AS "pricePaisa", p.stock,
  p.created_at AS "createdAt", c.slug AS "categorySlug", c.name AS "categoryName",
  i.url AS "imageUrl", i.alt AS "imageAlt", i.width AS "imageWidth", i.height AS "imageHeight"`;

export const SUMMARY_FROM = `products p
  JOIN categories c ON c.id = p.category_id
  LEFT JOIN product_images i ON i.product_id = p.id AND i.position = 0`;

/** The description and every image, ordered, as a JSON array. */
export const DETAIL_COLUMNS = `p.description,
  coalesce((SELECT json_agg(json_build_object('url', pi.url, 'alt', pi.alt, 'width', pi.width,
                                              'height', pi.height) ORDER BY pi.position)
            FROM product_images pi WHERE pi.product_id = p.id), '[]'::json) AS images`;
