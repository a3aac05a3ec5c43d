import type { Sequelize } from 'sequelize';
import { firstRow, rows } from '../../lib/sql';
import type { Tx } from '../../lib/transactions';
import { STOCK_VERSION } from './checkout.repository';
import type { OrderStatus } from './order-status';
import type { PaymentMethod, PaymentStatus } from './payments';

export interface LockedOrder {
  id: number;
  status: OrderStatus;
  paymentMethod: PaymentMethod;
  paymentStatus: PaymentStatus;
}

export interface Restocked {
  productId: number;
  quantity: number;
  stockAfter: number;
  /** See STOCK_VERSION (bigint as text). */
  stockVersion: string;
}

/** SQL for status changes: lock the order, put stock back, record the move. */
export class OrderStatusRepository {
  constructor(private readonly sequelize: Sequelize) {}

  lock(tx: Tx, number: string) {
    return firstRow<LockedOrder>(
      this.sequelize,
      `SELECT id, status, payment_method AS "paymentMethod", payment_status AS "paymentStatus"
       FROM orders WHERE number = $1 FOR UPDATE`,
      [number],
      tx,
    );
  }

  /** Adds each line's quantity back, one UPDATE per product in id order (the checkout's lock order). */
  async restock(tx: Tx, orderId: number): Promise<Restocked[]> {
    const lines = await rows<{ productId: number; quantity: number }>(
      this.sequelize,
      `SELECT product_id AS "productId", sum(quantity)::int AS quantity FROM order_lines
       WHERE order_id = $1 GROUP BY product_id ORDER BY product_id`,
      [orderId],
      tx,
    );
    const restocked: Restocked[] = [];
    for (const line of lines) {
      const row = await firstRow<{ stockAfter: number; stockVersion: string }>(
        this.sequelize,
        `UPDATE products SET stock = stock + $2, units_sold = GREATEST(units_sold - $2, 0)
         WHERE id = $1 RETURNING stock AS "stockAfter", ${STOCK_VERSION} AS "stockVersion"`,
        [line.productId, line.quantity],
        tx,
      );
      restocked.push({ ...line, stockAfter: row!.stockAfter, stockVersion: row!.stockVersion });
    }
    return restocked;
  }

  /** Updates the order and writes history and stock movements in one statement. */
  async record(
    tx: Tx,
    change: {
      orderId: number;
      number: string;
      status: OrderStatus;
      paymentStatus: PaymentStatus;
      note: string | null;
      actorId: number | null;
      restocked: Restocked[];
    },
  ): Promise<void> {
    await rows(
      this.sequelize,
      `WITH o AS (
         UPDATE orders SET status = $2, payment_status = $3, updated_at = now() WHERE id = $1::int RETURNING id
       ), h AS (
         INSERT INTO order_status_history (order_id, status, note, actor_id) VALUES ($1::int, $2, $4, $5::int)
       ), m AS (
         INSERT INTO stock_movements (product_id, kind, delta, stock_after, reason, order_id, actor_id)
         SELECT x.product_id, 'cancellation', x.quantity, x.stock_after, 'Order ' || $6::text || ' cancelled',
                $1::int, $5::int
         FROM unnest($7::int[], $8::int[], $9::int[]) AS x(product_id, quantity, stock_after)
       )
       SELECT id FROM o`,
      [
        change.orderId,
        change.status,
        change.paymentStatus,
        change.note,
        change.actorId,
        change.number,
        change.restocked.map((line) => line.productId),
        change.restocked.map((line) => line.quantity),
        change.restocked.map((line) => line.stockAfter),
      ],
      tx,
    );
  }
}
