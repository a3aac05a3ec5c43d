import { QueryTypes, type Sequelize } from 'sequelize';
import { SqlParams } from '../../lib/sql-params';
import type { Image, ProductListQuery, ProductSort } from './catalog.schemas';
import { inSearchTransaction, searchSql, searchTerms } from './catalog.search';

export interface ProductRow {
  id: number;
  slug: string;
  name: string;
  name_bn: string | null;
  category_slug: string;
  category_name: string;
  price_paisa: number;
  stock: number;
  created_at: Date;
  image_url: string | null;
  image_alt: string | null;
  image_width: number | null;
  image_height: number | null;
}

export interface ProductDetailRow extends ProductRow {
  description: string;
  images: Image[];
}

export interface CategoryRow {
  id: number;
  slug: string;
  name: string;
  name_bn: string | null;
  product_count: number;
}

export const SUMMARY_COLUMNS = `p.id, p.slug, p.name, p.name_bn, p.price_paisa, p.stock, p.created_at,
  c.slug AS category_slug, c.name AS category_name,
  i.url AS image_url, i.alt AS image_alt, i.width AS image_width, i.height AS image_height`;
export const SUMMARY_FROM = `products p
  JOIN categories c ON c.id = p.category_id
  LEFT JOIN product_images i ON i.product_id = p.id AND i.position = 0`;

const ORDER_BY: Record<Exclude<ProductSort, 'relevance'>, string> = {
  price_asc: 'p.price_paisa ASC, p.id ASC',
  price_desc: 'p.price_paisa DESC, p.id ASC',
  newest: 'p.created_at DESC, p.id DESC',
  popular: 'p.units_sold DESC, p.id ASC',
};

/** One page of active products matching the filters, and how many match in all. */
export async function findProductPage(
  sequelize: Sequelize,
  query: ProductListQuery,
): Promise<{ rows: ProductRow[]; total: number }> {
  const params = new SqlParams();
  const where = [`p.status = 'active'`];
  if (query.category) where.push(`c.slug = ${params.add(query.category)}`);
  if (query.minPrice !== undefined) where.push(`p.price_paisa >= ${params.add(query.minPrice)}`);
  if (query.maxPrice !== undefined) where.push(`p.price_paisa <= ${params.add(query.maxPrice)}`);
  if (query.inStock === true) where.push('p.stock > 0');
  if (query.inStock === false) where.push('p.stock = 0');
  let order = ORDER_BY[query.sort === 'relevance' ? 'popular' : query.sort];
  const terms = query.q ? searchTerms(query.q) : [];
  // An empty box is no search; a search of only punctuation finds nothing.
  if (query.q && terms.length === 0) return { rows: [], total: 0 };
  if (terms.length > 0) {
    const search = searchSql(terms, params);
    where.push(search.where);
    if (query.sort === 'relevance') order = `(${search.rank}) DESC, p.units_sold DESC, p.id ASC`;
  }
  const filter = where.join(' AND ');
  const filterParams = [...params.values];
  const limit = params.add(query.pageSize);
  const offset = params.add((query.page - 1) * query.pageSize);
  // Two queries rather than count(*) OVER (): the page can stop after LIMIT rows of an index.
  // Outside a transaction they run side by side on two connections.
  return inSearchTransaction(sequelize, terms.length > 0, async (transaction) => {
    const page = sequelize.query<ProductRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE ${filter} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`,
      { type: QueryTypes.SELECT, bind: params.values, transaction },
    );
    if (transaction) await page;
    const counted = sequelize.query<{ total: number }>(
      `SELECT count(*)::int AS total FROM products p JOIN categories c ON c.id = p.category_id WHERE ${filter}`,
      { type: QueryTypes.SELECT, bind: filterParams, transaction },
    );
    const [rows, [count]] = await Promise.all([page, counted]);
    return { rows, total: count?.total ?? 0 };
  });
}

/** The description and every image, ordered, as a JSON array. */
export const DETAIL_COLUMNS = `p.description,
  coalesce((SELECT json_agg(json_build_object('url', pi.url, 'alt', pi.alt, 'width', pi.width,
                                              'height', pi.height) ORDER BY pi.position)
            FROM product_images pi WHERE pi.product_id = p.id), '[]'::json) AS images`;

/** An active product with all its images, or undefined. */
export async function findProductBySlug(
  sequelize: Sequelize,
  slug: string,
): Promise<ProductDetailRow | undefined> {
  const [row] = await sequelize.query<ProductDetailRow>(
    `SELECT ${SUMMARY_COLUMNS}, ${DETAIL_COLUMNS}
     FROM ${SUMMARY_FROM}
     WHERE p.slug = $1 AND p.status = 'active'`,
    { type: QueryTypes.SELECT, bind: [slug] },
  );
  return row;
}

/** Every category in display order, counting its active products. */
export async function findCategories(sequelize: Sequelize): Promise<CategoryRow[]> {
  return sequelize.query<CategoryRow>(
    `SELECT c.id, c.slug, c.name, c.name_bn,
       count(p.id) FILTER (WHERE p.status = 'active')::int AS product_count
     FROM categories c LEFT JOIN products p ON p.category_id = c.id
     GROUP BY c.id ORDER BY c.sort_order, c.id`,
    { type: QueryTypes.SELECT },
  );
}
