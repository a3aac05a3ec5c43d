import { QueryTypes, type Sequelize } from 'sequelize';
import { SqlParams } from '../../lib/sql-params';
import type { ProductListQuery, ProductSort } from './catalog.schemas';
import { searchTerms } from './catalog.search';
import { inSearchTransaction, searchSql } from './search.sql';
import {
  DETAIL_COLUMNS,
  SUMMARY_COLUMNS,
  SUMMARY_FROM,
  type ProductDetailRecord,
  type ProductRecord,
} from './product.sql';

export type { ProductDetailRecord, ProductRecord } from './product.sql';

export interface CategoryRecord {
  id: number;
  slug: string;
  name: string;
  nameBn: string | null;
  productCount: number;
}

const ORDER_BY: Record<Exclude<ProductSort, 'relevance'>, string> = {
  price_asc: 'p.price_paisa ASC, p.id ASC',
  price_desc: 'p.price_paisa DESC, p.id ASC',
  newest: 'p.created_at DESC, p.id DESC',
  popular: 'p.units_sold DESC, p.id ASC',
};

/** The shop's reads of the catalog: active products only. */
export class CatalogRepository {
  constructor(private readonly sequelize: Sequelize) {}

  /** One page of active products matching the filters, and how many match in all. */
  async productPage(query: ProductListQuery): Promise<{ rows: ProductRecord[]; total: number }> {
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
    const sequelize = this.sequelize;
    // Two queries rather than count(*) OVER (): the page can stop after LIMIT rows of an index.
    // Outside a transaction they run side by side on two connections.
    return inSearchTransaction(sequelize, terms.length > 0, async (transaction) => {
      const page = sequelize.query<ProductRecord>(
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

  /** An active product with all its images, or undefined. */
  async productBySlug(slug: string): Promise<ProductDetailRecord | undefined> {
    const [row] = await this.sequelize.query<ProductDetailRecord>(
      `SELECT ${SUMMARY_COLUMNS}, ${DETAIL_COLUMNS}
       FROM ${SUMMARY_FROM}
       WHERE p.slug = $1 AND p.status = 'active'`,
      { type: QueryTypes.SELECT, bind: [slug] },
    );
    return row;
  }

  /** Every category in display order, counting its active products. */
  categories(): Promise<CategoryRecord[]> {
    return this.sequelize.query<CategoryRecord>(
      `SELECT c.id, c.slug, c.name, c.name_bn AS "nameBn",
         count(p.id) FILTER (WHERE p.status = 'active')::int AS "productCount"
       FROM categories c LEFT JOIN products p ON p.category_id = c.id
       GROUP BY c.id ORDER BY c.sort_order, c.id`,
      { type: QueryTypes.SELECT },
    );
  }

  /** What a product's generated picture is drawn from (archived products keep theirs). */
  async pictureSource(slug: string): Promise<{ name: string; categorySlug: string } | undefined> {
    const [row] = await this.sequelize.query<{ name: string; categorySlug: string }>(
      `SELECT p.name, c.slug AS "categorySlug" FROM products p JOIN categories c ON c.id = p.category_id
       WHERE p.slug = $1`,
      { type: QueryTypes.SELECT, bind: [slug] },
    );
    return row;
  }
}
