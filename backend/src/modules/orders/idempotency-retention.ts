import type { Sequelize } from 'sequelize';
import type { Logger } from '../../lib/logger';
import { firstRow } from '../../lib/sql';

/** Clients retry within minutes; a week later a key is only clutter. */
export const IDEMPOTENCY_KEY_RETENTION_DAYS = 7;
const PURGE_EVERY_MS = 60 * 60 * 1000;

/** Deletes keys older than the retention (their orders stay). Returns how many went. */
export async function purgeExpiredIdempotencyKeys(sequelize: Sequelize): Promise<number> {
  const row = await firstRow<{ count: number }>(
    sequelize,
    `WITH gone AS (DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(days => $1) RETURNING 1)
     SELECT count(*)::int AS count FROM gone`,
    [IDEMPOTENCY_KEY_RETENTION_DAYS],
  );
  return row?.count ?? 0;
}

/**
 * Purges hourly in every replica (the DELETE is idempotent and uses the created_at index).
 * Returns a function that stops the schedule.
 */
export function scheduleIdempotencyPurge(sequelize: Sequelize, logger: Logger): () => void {
  const timer = setInterval(() => {
    purgeExpiredIdempotencyKeys(sequelize).then(
      (count) => count > 0 && logger.info({ count }, 'expired idempotency keys purged'),
      (error: unknown) => logger.warn({ err: error }, 'idempotency key purge failed; retrying in an hour'),
    );
  }, PURGE_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
