import type { Sequelize, Transaction } from 'sequelize';
import { buildSeedPlan } from './plan';

/** Loads the DhakaCart catalog into an empty database. Returns false when data was already there. */
export async function seedCatalog(sequelize: Sequelize, now = new Date()): Promise<boolean> {
  const [rows] = await sequelize.query('SELECT count(*)::int AS count FROM products');
  const count = (rows as { count: number }[])[0]?.count ?? 0;
  if (count > 0) return false;
  const plan = buildSeedPlan(now);
  await sequelize.transaction(async (transaction) => {
    const insert = (sql: string, data: unknown[]) =>
      sequelize.query(sql, { bind: [JSON.stringify(data)], transaction });
    await insert(
      `INSERT INTO categories (id, slug, name, name_bn, sort_order)
       SELECT * FROM json_to_recordset($1::json) AS r(id int, slug text, name text, name_bn text, sort_order int)`,
      plan.categories,
    );
    await insert(
      `INSERT INTO products (id, slug, name, name_bn, description, category_id, price_paisa, stock, units_sold,
                             created_at, updated_at)
       SELECT r.*, r.created_at FROM json_to_recordset($1::json) AS r(id int, slug text, name text,
         name_bn text, description text, category_id int, price_paisa int, stock int, units_sold int,
         created_at timestamptz)`,
      plan.products,
    );
    await insert(
      `INSERT INTO product_images (product_id, url, alt, width, height, position)
       SELECT r.*, 0 FROM json_to_recordset($1::json) AS r(product_id int, url text, alt text, width int, height int)`,
      plan.images,
    );
    await insert(
      `INSERT INTO stock_movements (product_id, kind, delta, stock_after, reason, created_at)
       SELECT r.product_id, r.kind::stock_movement_kind, r.delta, r.stock_after, r.reason, r.created_at
       FROM json_to_recordset($1::json)
         AS r(product_id int, kind text, delta int, stock_after int, reason text, created_at timestamptz)`,
      plan.movements,
    );
    await resetSequences(sequelize, transaction);
  });
  return true;
}

/** Rows were inserted with explicit ids: move the sequences past them. */
async function resetSequences(sequelize: Sequelize, transaction: Transaction): Promise<void> {
  await sequelize.query(
    `SELECT setval(pg_get_serial_sequence('categories', 'id'), (SELECT max(id) FROM categories)),
            setval(pg_get_serial_sequence('products', 'id'), (SELECT max(id) FROM products))`,
    { transaction },
  );
}
