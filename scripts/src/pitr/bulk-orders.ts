import type { PostgresServer } from './postgres-server';

/** About 1 kB per order with its line, its stock movement and their indexes (measured: docs/recovery.md). */
const BYTES_PER_ORDER = 1000;
const BATCH = 250_000;

/**
 * The API gives its role short statement timeouts in its database (`roleTimeoutsSql`, backend
 * lib/db.ts); a bulk batch runs for longer, so it lifts them for its own session. A text
 * without parameters goes as one simple query, so both statements run on one connection.
 */
const NO_TIMEOUT = 'SET statement_timeout = 0; ';

/**
 * Loads roughly `gigabytes` of orders straight into the database, for the benchmark: each a line
 * and an `order` stock movement, after a restock adjustment, so stock still agrees with movements.
 */
export async function generateBulkOrders(
  server: PostgresServer,
  database: string,
  gigabytes: number,
  log: (line: string) => void,
): Promise<number> {
  const total = Math.round((gigabytes * 1e9) / BYTES_PER_ORDER);
  const { n } = await server.queryOne<{ n: number }>(
    "SELECT count(*)::int AS n FROM products WHERE status = 'active'",
    database,
  );
  const perProduct = Math.ceil(total / n) + 1;
  await server.query(
    `WITH restock AS (
       UPDATE products SET stock = stock + ${perProduct} WHERE status = 'active' RETURNING id, stock)
     INSERT INTO stock_movements (product_id, kind, delta, stock_after, reason)
     SELECT id, 'adjustment', ${perProduct}, stock, 'Benchmark restock' FROM restock`,
    database,
  );
  for (let from = 1; from <= total; from += BATCH) {
    const to = Math.min(total, from + BATCH - 1);
    await server.query(
      `${NO_TIMEOUT}WITH p AS (
         SELECT array_agg(id ORDER BY id) AS ids, array_agg(price_paisa ORDER BY id) AS prices
           FROM products WHERE status = 'active'),
       picked AS (
         SELECT g, ids[1 + g % ${n}] AS product_id, prices[1 + g % ${n}] AS price FROM generate_series(${from}, ${to}) g, p),
       o AS (
         INSERT INTO orders (number, status, payment_method, customer_name, customer_phone, delivery_area,
                             delivery_address, subtotal_paisa, delivery_fee_paisa, total_paisa, access_token_hash, created_at)
         SELECT 'BULK-' || g, 'delivered', 'cash_on_delivery', 'Bulk Customer ' || g, '01712345678', 'dhanmondi',
                repeat('House 12, Road 5, Dhanmondi, Dhaka 1205. ', 5), price, 0, price, md5(g::text),
                now() - make_interval(secs => ${total} - g)
           FROM picked
         RETURNING id, number),
       l AS (
         INSERT INTO order_lines (order_id, product_id, product_name, product_slug, unit_price_paisa, quantity, line_total_paisa)
         SELECT o.id, pr.id, pr.name, pr.slug, pr.price_paisa, 1, pr.price_paisa
           FROM o JOIN picked ON o.number = 'BULK-' || picked.g JOIN products pr ON pr.id = picked.product_id
         RETURNING order_id, product_id)
       INSERT INTO stock_movements (product_id, kind, delta, stock_after, reason, order_id)
       SELECT product_id, 'order', -1, 0, 'Benchmark order', order_id FROM l`,
      database,
    );
    log(`  ${to.toLocaleString('en')} of ${total.toLocaleString('en')} bulk orders`);
  }
  await server.query(
    `${NO_TIMEOUT}UPDATE products p SET stock = p.stock - s.sold
       FROM (SELECT product_id, count(*) AS sold FROM stock_movements WHERE reason = 'Benchmark order' GROUP BY 1) s
      WHERE s.product_id = p.id`,
    database,
  );
  await server.query('CHECKPOINT');
  return total;
}
