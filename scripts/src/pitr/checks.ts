import type { PostgresServer } from './postgres-server';

/** The orders placed through the API (the benchmark's bulk orders are counted apart). */
export async function orderNumbers(server: PostgresServer, database: string): Promise<string[]> {
  return (
    await server.query<{ number: string }>(
      "SELECT number FROM orders WHERE number NOT LIKE 'BULK-%' ORDER BY id",
      database,
    )
  ).map((r) => r.number);
}

export async function bulkOrderCount(server: PostgresServer, database: string): Promise<number> {
  const { n } = await server.queryOne<{ n: number }>(
    "SELECT count(*)::int AS n FROM orders WHERE number LIKE 'BULK-%'",
    database,
  );
  return n;
}

/**
 * Stock agrees with its movements: each product's stock is the sum of its movements, and each
 * order line has exactly its quantity taken by an `order` movement. Returns what disagrees.
 */
export async function checkStock(server: PostgresServer, database: string): Promise<string[]> {
  const products = await server.query<{ id: number; stock: number; moved: string | null }>(
    `SELECT p.id, p.stock, m.moved
       FROM products p
       LEFT JOIN (SELECT product_id, sum(delta) AS moved FROM stock_movements GROUP BY product_id) m
         ON m.product_id = p.id
      WHERE p.stock <> coalesce(m.moved, 0)`,
    database,
  );
  const lines = await server.query<{
    order_id: number;
    product_id: number;
    sold: string | null;
    taken: string | null;
  }>(
    `SELECT order_id, product_id, l.sold, m.taken
       FROM (SELECT order_id, product_id, sum(quantity) AS sold FROM order_lines GROUP BY 1, 2) l
       FULL JOIN (SELECT order_id, product_id, -sum(delta) AS taken FROM stock_movements
                   WHERE kind = 'order' GROUP BY 1, 2) m USING (order_id, product_id)
      WHERE l.sold IS DISTINCT FROM m.taken`,
    database,
  );
  return [
    ...products.map((p) => `product ${p.id}: stock ${p.stock}, movements add up to ${p.moved ?? 0}`),
    ...lines.map(
      (l) =>
        `order ${l.order_id} product ${l.product_id}: sold ${l.sold ?? 0}, taken from stock ${l.taken ?? 0}`,
    ),
  ];
}
