import { QueryTypes, type Sequelize } from 'sequelize';
import { SqlParams } from '../../lib/sql-params';

export interface LegacyProductRow {
  id: number;
  name: string;
  description: string;
  price_paisa: number;
  category: string;
  stock: number;
  image_url: string | null;
  created_at: Date;
  updated_at: Date;
}

/** Active products in id order, optionally one id or one category (by name, any case). */
export async function findLegacyProducts(
  sequelize: Sequelize,
  filter: { id?: number; categoryName?: string } = {},
): Promise<LegacyProductRow[]> {
  const params = new SqlParams();
  const where = [`p.status = 'active'`];
  if (filter.id !== undefined) where.push(`p.id = ${params.add(filter.id)}`);
  if (filter.categoryName !== undefined)
    where.push(`lower(c.name) = lower(${params.add(filter.categoryName)})`);
  return sequelize.query<LegacyProductRow>(
    `SELECT p.id, p.name, p.description, p.price_paisa, c.name AS category, p.stock, i.url AS image_url,
       p.created_at, p.updated_at
     FROM products p
     JOIN categories c ON c.id = p.category_id
     LEFT JOIN product_images i ON i.product_id = p.id AND i.position = 0
     WHERE ${where.join(' AND ')} ORDER BY p.id`,
    { type: QueryTypes.SELECT, bind: params.values },
  );
}

/** Category names in display order. */
export async function findLegacyCategoryNames(sequelize: Sequelize): Promise<string[]> {
  const rows = await sequelize.query<{ name: string }>(
    'SELECT name FROM categories ORDER BY sort_order, id',
    {
      type: QueryTypes.SELECT,
    },
  );
  return rows.map((row) => row.name);
}
