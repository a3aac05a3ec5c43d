import type { AppDeps } from '../../deps';

/** Every catalog key lives under this prefix, so one delete clears the catalog and nothing else. */
export const CATALOG_PREFIX = 'catalog:';

/** Seconds a cached catalog read lives. Short: an admin write also clears it at once. */
export const CATALOG_TTL = { list: 30, product: 60, categories: 60 } as const;

/**
 * Clears the catalog after a write. A cache outage must not fail the write that already
 * committed: the short TTLs bound how stale a surviving entry can be.
 */
export async function invalidateCatalog(deps: Pick<AppDeps, 'catalogCache' | 'logger'>): Promise<void> {
  try {
    await deps.catalogCache.invalidate(CATALOG_PREFIX);
  } catch (error) {
    deps.logger.warn({ err: error }, 'catalog cache not cleared; entries expire within a minute');
  }
}
