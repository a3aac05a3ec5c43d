import type { AppDeps } from '../../deps';

/**
 * Seconds a cached catalog read lives. Every write through the API (checkout, cancellation,
 * stock adjustment, product edits) makes entries stale at once; the TTL bounds only changes
 * made around the API and writes whose invalidation failed.
 */
export const CATALOG_TTL = { list: 30, product: 60, categories: 60 } as const;

/**
 * Makes the catalog stale after a committed write, on every replica. A cache outage must not
 * fail the write that already committed: the short TTLs bound how stale an entry can be.
 */
export async function invalidateCatalog(deps: Pick<AppDeps, 'catalogCache' | 'logger'>): Promise<void> {
  try {
    await deps.catalogCache.invalidate();
  } catch (error) {
    deps.logger.warn({ err: error }, 'catalog cache not cleared; entries expire within a minute');
  }
}
