import type { Sequelize } from 'sequelize';
import { firstRow, rows } from '../../lib/sql';
import type { Tx } from '../../lib/transactions';
import type { PaymentMethod, PaymentStatus } from './payments';

export interface IdempotencyRecord {
  scope: string;
  key: string;
  requestHash: string;
}

export interface LineRequest {
  productId: number;
  quantity: number;
}

export interface ReservedLine extends LineRequest {
  name: string;
  slug: string;
  unitPricePaisa: number;
  lineTotalPaisa: number;
  stockAfter: number;
  /** See STOCK_VERSION (bigint as text). */
  stockVersion: string;
}

/**
 * The version of a stock change for the catalog's stock values (catalog.stock.ts): the UPDATE's
 * clock in microseconds. Taken under the product's row lock, so a later change of the same
 * product, which waits for this one to commit, always has a higher one.
 */
export const STOCK_VERSION = '(extract(epoch FROM clock_timestamp()) * 1000000)::bigint';

export interface ProductStock {
  id: number;
  name: string;
  stock: number;
  status: 'active' | 'archived';
}

/** A cart line with its product's stock as committed when the cart was taken. */
export interface CartLineStock extends LineRequest {
  name: string;
  stock: number;
  status: 'active' | 'archived';
}

export interface NewOrder {
  number: string;
  customerId: number | null;
  paymentMethod: PaymentMethod;
  paymentStatus: PaymentStatus;
  paymentReference: string | null;
  customerName: string;
  customerPhone: string;
  customerEmail: string | null;
  deliveryArea: string;
  deliveryAddress: string;
  deliveryNotes: string | null;
  subtotalPaisa: number;
  deliveryFeePaisa: number;
  totalPaisa: number;
  accessTokenHash: string;
}

/** The statements of the checkout transaction: few round trips, no per-row ORM overhead. */
export class CheckoutRepository {
  constructor(private readonly sequelize: Sequelize) {}

  /**
   * The transaction's first statement: claims the idempotency key and allocates the order
   * number. A concurrent duplicate blocks on the key until the first commits (then finds it
   * taken) or rolls back (then proceeds). Numbers of failed checkouts are skipped, as with
   * any sequence.
   */
  async claimKeyAndNumber(
    tx: Tx,
    record: IdempotencyRecord | null,
  ): Promise<{ claimed: boolean; sequence: string }> {
    const row = record
      ? await firstRow<{ claimed: boolean; sequence: string }>(
          this.sequelize,
          `WITH k AS (
             INSERT INTO idempotency_keys (scope, key, request_hash) VALUES ($1, $2, $3)
             ON CONFLICT (scope, key) DO NOTHING RETURNING key
           )
           SELECT EXISTS (SELECT 1 FROM k) AS claimed, nextval('order_number_seq')::text AS sequence`,
          [record.scope, record.key, record.requestHash],
          tx,
        )
      : await firstRow<{ claimed: boolean; sequence: string }>(
          this.sequelize,
          "SELECT true AS claimed, nextval('order_number_seq')::text AS sequence",
          [],
          tx,
        );
    return row!;
  }

  findKey(scope: string, key: string) {
    return firstRow<{ requestHash: string; orderId: number | null }>(
      this.sequelize,
      `SELECT request_hash AS "requestHash", order_id AS "orderId" FROM idempotency_keys
       WHERE scope = $1 AND key = $2`,
      [scope, key],
    );
  }

  /**
   * Marks an open cart ordered (locking it, so two checkouts of one cart serialize) and
   * returns its lines by product id, with the products' committed stock (read without a row
   * lock, for failing fast). `undefined` when there is no open cart with that id.
   */
  async takeCart(tx: Tx, cartId: string): Promise<CartLineStock[] | undefined> {
    const found = await rows<{ [K in keyof CartLineStock]: CartLineStock[K] | null }>(
      this.sequelize,
      `WITH cart AS (
         UPDATE carts SET status = 'ordered', updated_at = now() WHERE id = $1 AND status = 'open' RETURNING id
       )
       SELECT l.product_id AS "productId", l.quantity, p.name, p.stock, p.status
       FROM cart
       LEFT JOIN cart_lines l ON l.cart_id = cart.id
       LEFT JOIN products p ON p.id = l.product_id
       ORDER BY l.product_id`,
      [cartId],
      tx,
    );
    if (found.length === 0) return undefined;
    return found.filter((line): line is CartLineStock => line.productId !== null);
  }

  async cartStatus(cartId: string): Promise<'open' | 'ordered' | undefined> {
    const row = await firstRow<{ status: 'open' | 'ordered' }>(
      this.sequelize,
      'SELECT status FROM carts WHERE id = $1',
      [cartId],
    );
    return row?.status;
  }

  /** The guarded decrement: no row comes back when the product is short or archived. */
  reserve(tx: Tx, line: LineRequest) {
    return firstRow<{
      stockAfter: number;
      stockVersion: string;
      unitPricePaisa: number;
      name: string;
      slug: string;
    }>(
      this.sequelize,
      `UPDATE products SET stock = stock - $2, units_sold = units_sold + $2
       WHERE id = $1 AND stock >= $2 AND status = 'active'
       RETURNING stock AS "stockAfter", ${STOCK_VERSION} AS "stockVersion", price_paisa AS "unitPricePaisa", name, slug`,
      [line.productId, line.quantity],
      tx,
    );
  }

  /** The order, its lines, stock movements and first history entry, and the key's order id: one statement. */
  async insertOrder(
    tx: Tx,
    order: NewOrder,
    lines: ReservedLine[],
    idempotency: IdempotencyRecord | null,
  ): Promise<{ id: number; createdAt: Date }> {
    const row = await firstRow<{ id: number; createdAt: Date }>(
      this.sequelize,
      `WITH o AS (
         INSERT INTO orders (number, customer_id, payment_method, payment_status, payment_reference,
           customer_name, customer_phone, customer_email, delivery_area, delivery_address, delivery_notes,
           subtotal_paisa, delivery_fee_paisa, total_paisa, access_token_hash)
         VALUES ($1::text, $2::int, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
         RETURNING id, created_at
       ), l AS (
         INSERT INTO order_lines (order_id, product_id, product_name, product_slug, unit_price_paisa, quantity,
           line_total_paisa)
         SELECT o.id, x.product_id, x.name, x.slug, x.price, x.quantity, x.total
         FROM o, unnest($16::int[], $17::text[], $18::text[], $19::int[], $20::int[], $21::int[])
           AS x(product_id, name, slug, price, quantity, total)
       ), m AS (
         INSERT INTO stock_movements (product_id, kind, delta, stock_after, reason, order_id, actor_id)
         SELECT x.product_id, 'order', -x.quantity, x.stock_after, 'Order ' || $1::text, o.id, $2::int
         FROM o, unnest($16::int[], $20::int[], $22::int[]) AS x(product_id, quantity, stock_after)
       ), h AS (
         INSERT INTO order_status_history (order_id, status, actor_id) SELECT o.id, 'pending', $2::int FROM o
       ), k AS (
         UPDATE idempotency_keys SET order_id = o.id FROM o WHERE scope = $23::text AND key = $24::text
       )
       SELECT id, created_at AS "createdAt" FROM o`,
      [
        order.number,
        order.customerId,
        order.paymentMethod,
        order.paymentStatus,
        order.paymentReference,
        order.customerName,
        order.customerPhone,
        order.customerEmail,
        order.deliveryArea,
        order.deliveryAddress,
        order.deliveryNotes,
        order.subtotalPaisa,
        order.deliveryFeePaisa,
        order.totalPaisa,
        order.accessTokenHash,
        lines.map((line) => line.productId),
        lines.map((line) => line.name),
        lines.map((line) => line.slug),
        lines.map((line) => line.unitPricePaisa),
        lines.map((line) => line.quantity),
        lines.map((line) => line.lineTotalPaisa),
        lines.map((line) => line.stockAfter),
        idempotency?.scope ?? null,
        idempotency?.key ?? null,
      ],
      tx,
    );
    return row!;
  }

  /** Current stock of the given products, for the out-of-stock report. */
  stockOf(tx: Tx, productIds: number[]) {
    return rows<ProductStock>(
      this.sequelize,
      'SELECT id, name, stock, status FROM products WHERE id = ANY($1::int[])',
      [productIds],
      tx,
    );
  }
}
