import type { Migration } from '../migrator';

/**
 * A customer has at most one open cart, so `GET /me/cart` and sign-in merging always mean
 * the same cart even when two tabs ask at once. Older duplicates are detached (they stay
 * reachable by their id as anonymous carts) rather than deleted.
 */
export const up: Migration = async ({ context: sql }) => {
  await sql.query(`
    UPDATE carts SET customer_id = NULL
    WHERE status = 'open' AND customer_id IS NOT NULL
      AND id NOT IN (
        SELECT DISTINCT ON (customer_id) id FROM carts
        WHERE status = 'open' AND customer_id IS NOT NULL
        ORDER BY customer_id, updated_at DESC
      );
    CREATE UNIQUE INDEX carts_one_open_per_customer_idx ON carts (customer_id)
      WHERE status = 'open' AND customer_id IS NOT NULL;
  `);
};

export const down: Migration = async ({ context: sql }) => {
  await sql.query('DROP INDEX IF EXISTS carts_one_open_per_customer_idx');
};
