import { QueryTypes, type Sequelize } from 'sequelize';
import { SqlParams } from '../../lib/sql-params';

export interface LegacyProductRecord {
  id: number;
  name: string;
  description: string;
  pricePaisa: number;
  category: string;
  stock: number;
  imageUrl: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The catalog as the unversioned API reads it. */
export class LegacyCatalogRepository {
  constructor(private readonly sequelize: Sequelize) {}

  /** Active products in id order, optionally one id or one category (by name, any case). */
  products(filter: { id?: number; categoryName?: string } = {}): Promise<LegacyProductRecord[]> {
    const params = new SqlParams();
    const where = [`p.status = 'active'`];
    if (filter.id !== undefined) where.push(`p.id = ${params.add(filter.id)}`);
    if (filter.categoryName !== undefined)
      where.push(`lower(c.name) = lower(${params.add(filter.categoryName)})`);
    return this.sequelize.query<LegacyProductRecord>(
      `SELECT p.id, p.name, p.description, p.price_paisa AS "pricePaisa", c.name AS category, p.stock,
         i.url AS "imageUrl", p.created_at AS "createdAt", p.updated_at AS "updatedAt"
       FROM products p
       JOIN categories c ON c.id = p.category_id
       LEFT JOIN product_images i ON i.product_id = p.id AND i.position = 0
       WHERE ${where.join(' AND ')} ORDER BY p.id`,
      { type: QueryTypes.SELECT, bind: params.values },
    );
  }

  /** Category names in display order. */
  async categoryNames(): Promise<string[]> {
    const rows = await this.sequelize.query<{ name: string }>(
      'SELECT name FROM categories ORDER BY sort_order, id',
      { type: QueryTypes.SELECT },
    );
    return rows.map((row) => row.name);
  }
}
