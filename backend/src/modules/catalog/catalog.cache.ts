import type { AppDeps } from '../../deps';
import { CachedLoader, type Cache } from '../../lib/cache';

/** Every catalog key lives under this prefix, so one delete clears the catalog and nothing else. */
export const CATALOG_PREFIX = 'catalog:';

/** Seconds a cached catalog read lives. Short: an admin write also clears it at once. */
export const CATALOG_TTL = { list: 30, product: 60, categories: 60 } as const;

const loaders = new WeakMap<Cache, CachedLoader>();

/** The one loader per cache, so single-flight and invalidation see every catalog read of the process. */
export function catalogLoader(deps: Pick<AppDeps, 'cache' | 'metrics'>): CachedLoader {
  let loader = loaders.get(deps.cache);
  if (!loader) {
    loader = new CachedLoader(deps.cache, deps.metrics);
    loaders.set(deps.cache, loader);
  }
  return loader;
}

/**
 * Clears the catalog after a write. A cache outage must not fail the write that already
 * committed: the short TTLs bound how stale a surviving entry can be.
 */
export async function invalidateCatalog(deps: Pick<AppDeps, 'cache' | 'metrics' | 'logger'>): Promise<void> {
  try {
    await catalogLoader(deps).invalidate(CATALOG_PREFIX);
  } catch (error) {
    deps.logger.warn({ err: error }, 'catalog cache not cleared; entries expire within a minute');
  }
}
