import type { AppDeps } from '../../deps';

const READINESS_TIMEOUT_MS = 1_500;

type HealthDeps = Pick<AppDeps, 'repositories' | 'cache' | 'lifecycle'>;

export function databaseUp(deps: Pick<AppDeps, 'repositories'>): Promise<boolean> {
  return deps.repositories.health.databaseUp(READINESS_TIMEOUT_MS);
}

/** Ready when the database answers and the process is not draining; Redis only degrades. */
export async function readiness(deps: HealthDeps) {
  const [up, cache] = await Promise.all([databaseUp(deps), deps.cache.health()]);
  return { ready: up && !deps.lifecycle.draining, databaseUp: up, cache };
}
