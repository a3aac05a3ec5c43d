import type { Sequelize } from 'sequelize';
import { firstRow } from '../../lib/sql';

/** Clients retry within minutes; a week later a key is only clutter. */
export const IDEMPOTENCY_KEY_RETENTION_DAYS = 7;

/** The idempotency keys checkout claims (claiming is part of CheckoutRepository's transaction). */
export class IdempotencyKeyRepository {
  constructor(private readonly sequelize: Sequelize) {}

  /** Deletes keys older than the retention (their orders stay). Returns how many went. */
  async purgeExpired(): Promise<number> {
    const row = await firstRow<{ count: number }>(
      this.sequelize,
      `WITH gone AS (DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(days => $1) RETURNING 1)
       SELECT count(*)::int AS count FROM gone`,
      [IDEMPOTENCY_KEY_RETENTION_DAYS],
    );
    return row?.count ?? 0;
  }
}

/** The purge as one call on a database handle, for one-off use (the suite, tools). */
export function purgeExpiredIdempotencyKeys(sequelize: Sequelize): Promise<number> {
  return new IdempotencyKeyRepository(sequelize).purgeExpired();
}
