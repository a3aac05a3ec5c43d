import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';
import { SqlParams } from '../../lib/sql-params';
import {
  DETAIL_COLUMNS,
  SUMMARY_COLUMNS,
  SUMMARY_FROM,
  type ProductDetailRow,
} from './catalog.repository';
import { inSearchTransaction, searchSql, searchTerms } from './catalog.search';
import type { ProductStatus } from './catalog.models';
import type { AdminProductListQuery } from './admin-products.schemas';

export interface AdminProductRow extends ProductDetailRow {
  status: ProductStatus;
  units_sold: number;
  updated_at: Date;
}

export interface StockMovementRow {
  id: number;
  kind: 'initial' | 'adjustment' | 'order' | 'cancellation';
  delta: number;
  stock_after: number;
  reason: string;
  order_id: number | null;
  actor_id: number | null;
  created_at: Date;
}

const ADMIN_COLUMNS = `${SUMMARY_COLUMNS}, ${DETAIL_COLUMNS}, p.status, p.units_sold, p.updated_at`;
const MOVEMENT_COLUMNS = 'id, kind, delta, stock_after, reason, order_id, actor_id, created_at';

/** Products in any status, newest first, for the back office (never cached). */
export async function findAdminProductPage(
  sequelize: Sequelize,
  query: AdminProductListQuery,
): Promise<{ rows: AdminProductRow[]; total: number }> {
  const params = new SqlParams();
  const where = ['true'];
  if (query.status) where.push(`p.status = ${params.add(query.status)}`);
  if (query.category) where.push(`c.slug = ${params.add(query.category)}`);
  const terms = query.q ? searchTerms(query.q) : [];
  if (terms.length > 0) where.push(searchSql(terms, params).where);
  const filter = where.join(' AND ');
  return inSearchTransaction(sequelize, terms.length > 0, async (transaction) => {
    const [count] = await sequelize.query<{ total: number }>(
      `SELECT count(*)::int AS total FROM ${SUMMARY_FROM} WHERE ${filter}`,
      { type: QueryTypes.SELECT, bind: params.values, transaction },
    );
    const rows = await sequelize.query<AdminProductRow>(
      `SELECT ${ADMIN_COLUMNS} FROM ${SUMMARY_FROM} WHERE ${filter} ORDER BY p.id DESC
       LIMIT ${params.add(query.pageSize)} OFFSET ${params.add((query.page - 1) * query.pageSize)}`,
      { type: QueryTypes.SELECT, bind: params.values, transaction },
    );
    return { rows, total: count?.total ?? 0 };
  });
}

export async function findAdminProduct(
  sequelize: Sequelize,
  id: number,
  transaction?: Transaction,
): Promise<AdminProductRow | undefined> {
  const [row] = await sequelize.query<AdminProductRow>(
    `SELECT ${ADMIN_COLUMNS} FROM ${SUMMARY_FROM} WHERE p.id = $1`,
    { type: QueryTypes.SELECT, bind: [id], transaction },
  );
  return row;
}

/**
 * Changes stock by `delta` and records the movement, in one statement: the row lock of the
 * UPDATE orders concurrent adjustments, and the WHERE refuses any that would go below zero.
 * Returns undefined when nothing changed (no such product, or not enough stock).
 */
export async function adjustStock(
  sequelize: Sequelize,
  change: { productId: number; delta: number; reason: string; actorId: number | null },
): Promise<StockMovementRow | undefined> {
  const [movement] = await sequelize.query<StockMovementRow>(
    `WITH updated AS (
       UPDATE products SET stock = stock + $2, updated_at = now()
       WHERE id = $1 AND stock + $2 >= 0
       RETURNING id, stock
     )
     INSERT INTO stock_movements (product_id, kind, delta, stock_after, reason, actor_id)
     SELECT id, 'adjustment', $2, stock, $3, $4 FROM updated
     RETURNING ${MOVEMENT_COLUMNS}`,
    {
      type: QueryTypes.SELECT,
      bind: [change.productId, change.delta, change.reason, change.actorId],
    },
  );
  return movement;
}

/** Newest first. */
export async function findStockMovements(
  sequelize: Sequelize,
  productId: number,
): Promise<StockMovementRow[]> {
  return sequelize.query<StockMovementRow>(
    `SELECT ${MOVEMENT_COLUMNS} FROM stock_movements WHERE product_id = $1 ORDER BY id DESC LIMIT 500`,
    { type: QueryTypes.SELECT, bind: [productId] },
  );
}
