import { UniqueConstraintError, type Sequelize } from 'sequelize';
import { firstRow, rows } from '../../lib/sql';
import { asTx, type Tx } from '../../lib/transactions';

export interface CartRow {
  id: string;
  customerId: number | null;
  updatedAt: Date;
}

export interface ProductStock {
  id: number;
  name: string;
  stock: number;
  status: 'active' | 'archived';
}

export interface CartLineRow {
  productId: number;
  quantity: number;
  slug: string;
  name: string;
  pricePaisa: number;
  stock: number;
  status: 'active' | 'archived';
  imageUrl: string | null;
  imageAlt: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
}

/** SQL for carts and their lines. Only open carts are addressable. */
export class CartRepository {
  constructor(private readonly sequelize: Sequelize) {}

  create(id: string) {
    return firstRow<CartRow>(
      this.sequelize,
      `INSERT INTO carts (id) VALUES ($1) RETURNING id, customer_id AS "customerId", updated_at AS "updatedAt"`,
      [id],
    ) as Promise<CartRow>;
  }

  /** The customer's open cart, made now if there is none (concurrent callers get the same one). */
  async openForCustomer(id: string, customerId: number): Promise<CartRow> {
    await rows(
      this.sequelize,
      `INSERT INTO carts (id, customer_id) VALUES ($1, $2)
       ON CONFLICT (customer_id) WHERE status = 'open' AND customer_id IS NOT NULL DO NOTHING
       RETURNING id`,
      [id, customerId],
    );
    return (await this.findOpenForCustomer(customerId))!;
  }

  findOpen(id: string, tx?: Tx) {
    return firstRow<CartRow>(
      this.sequelize,
      `SELECT id, customer_id AS "customerId", updated_at AS "updatedAt"
       FROM carts WHERE id = $1 AND status = 'open'`,
      [id],
      tx,
    );
  }

  findOpenForCustomer(customerId: number, tx?: Tx) {
    return firstRow<CartRow>(
      this.sequelize,
      `SELECT id, customer_id AS "customerId", updated_at AS "updatedAt"
       FROM carts WHERE customer_id = $1 AND status = 'open' ORDER BY updated_at DESC LIMIT 1`,
      [customerId],
      tx,
    );
  }

  /** Lines with current catalog prices, stock and first image, in one query. */
  lines(cartId: string) {
    return rows<CartLineRow>(
      this.sequelize,
      `SELECT l.product_id AS "productId", l.quantity, p.slug, p.name, p.price_paisa AS "pricePaisa",
              p.stock, p.status, i.url AS "imageUrl", i.alt AS "imageAlt",
              i.width AS "imageWidth", i.height AS "imageHeight"
       FROM cart_lines l
       JOIN products p ON p.id = l.product_id
       LEFT JOIN LATERAL (
         SELECT url, alt, width, height FROM product_images
         WHERE product_id = p.id ORDER BY position LIMIT 1
       ) i ON true
       WHERE l.cart_id = $1
       ORDER BY l.created_at, l.product_id`,
      [cartId],
    );
  }

  async lineQuantity(cartId: string, productId: number): Promise<number | undefined> {
    const row = await firstRow<{ quantity: number }>(
      this.sequelize,
      'SELECT quantity FROM cart_lines WHERE cart_id = $1 AND product_id = $2',
      [cartId, productId],
    );
    return row?.quantity;
  }

  /** Sets a line's quantity (inserting the line if needed) and touches the cart. */
  async setLine(cartId: string, productId: number, quantity: number): Promise<void> {
    await rows(
      this.sequelize,
      `WITH line AS (
         INSERT INTO cart_lines (cart_id, product_id, quantity) VALUES ($1, $2, $3)
         ON CONFLICT (cart_id, product_id) DO UPDATE SET quantity = excluded.quantity, updated_at = now()
       )
       UPDATE carts SET updated_at = now() WHERE id = $1 RETURNING id`,
      [cartId, productId, quantity],
    );
  }

  async deleteLine(cartId: string, productId: number): Promise<void> {
    await rows(
      this.sequelize,
      `WITH line AS (DELETE FROM cart_lines WHERE cart_id = $1 AND product_id = $2)
       UPDATE carts SET updated_at = now() WHERE id = $1 RETURNING id`,
      [cartId, productId],
    );
  }

  /** False when the customer got an open cart meanwhile (one open cart per customer). */
  async assignCustomer(cartId: string, customerId: number): Promise<boolean> {
    const assigned = await rows(
      this.sequelize,
      `UPDATE carts SET customer_id = $2, updated_at = now()
       WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM carts WHERE customer_id = $2 AND status = 'open')
       RETURNING id`,
      [cartId, customerId],
    ).catch((error: unknown) => {
      if (error instanceof UniqueConstraintError) return [];
      throw error;
    });
    return assigned.length > 0;
  }

  /** A product's stock and status, as committed; undefined for an unknown product. */
  productStock(productId: number) {
    return firstRow<ProductStock>(
      this.sequelize,
      'SELECT id, name, stock, status FROM products WHERE id = $1',
      [productId],
    );
  }

  /** Moves `source`'s lines into `target` (quantities add up, capped at 100) and drops `source`, in one transaction. */
  merge(sourceId: string, targetId: string): Promise<void> {
    return this.sequelize.transaction((transaction) => this.mergeIn(asTx(transaction), sourceId, targetId));
  }

  private async mergeIn(tx: Tx, sourceId: string, targetId: string): Promise<void> {
    await rows(
      this.sequelize,
      `WITH moved AS (
         INSERT INTO cart_lines (cart_id, product_id, quantity)
         SELECT $2, product_id, quantity FROM cart_lines WHERE cart_id = $1
         ON CONFLICT (cart_id, product_id)
         DO UPDATE SET quantity = LEAST(100, cart_lines.quantity + excluded.quantity), updated_at = now()
       )
       UPDATE carts SET updated_at = now() WHERE id = $2 RETURNING id`,
      [sourceId, targetId],
      tx,
    );
    await rows(this.sequelize, 'DELETE FROM carts WHERE id = $1 RETURNING id', [sourceId], tx);
  }
}
