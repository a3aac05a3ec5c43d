import type { Logger } from '../../lib/logger';
import type { IdempotencyKeyRepository } from './idempotency-key.repository';

const PURGE_EVERY_MS = 60 * 60 * 1000;

/**
 * Purges hourly in every replica (the DELETE is idempotent and uses the created_at index).
 * Returns a function that stops the schedule.
 */
export function scheduleIdempotencyPurge(
  keys: Pick<IdempotencyKeyRepository, 'purgeExpired'>,
  logger: Logger,
): () => void {
  const timer = setInterval(() => {
    keys.purgeExpired().then(
      (count) => count > 0 && logger.info({ count }, 'expired idempotency keys purged'),
      (error: unknown) => logger.warn({ err: error }, 'idempotency key purge failed; retrying in an hour'),
    );
  }, PURGE_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
