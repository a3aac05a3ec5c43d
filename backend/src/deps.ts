import type { Redis } from 'ioredis';
import type { Sequelize } from 'sequelize';
import type { Config } from './config';
import { CachedLoader, MemoryCache, RedisCache, type Cache } from './lib/cache';
import { apiSessionTimeouts, createDatabase, observePool, timeoutDrift } from './lib/db';
import type { Logger } from './lib/logger';
import { createMetrics, type Metrics } from './lib/metrics';
import { RateLimits } from './lib/rate-limit';
import { createRedis } from './lib/redis';
import { AccessTokens } from './lib/tokens';
import { createRepositories, type Repositories } from './repositories';
import { SandboxPaymentProvider, type PaymentProvider } from './modules/orders';

/** Whether the process is going away: readiness fails while it drains. */
export interface Lifecycle {
  draining: boolean;
}

/** Everything the app needs, created once and injected; tests build their own. */
export interface AppDeps {
  config: Config;
  logger: Logger;
  sequelize: Sequelize;
  /** The only way services reach the database. */
  repositories: Repositories;
  redis: Redis | undefined;
  cache: Cache;
  /** Read-through catalog caching over `cache`: one per process, so single flight and invalidation see every read. */
  catalogCache: CachedLoader;
  metrics: Metrics;
  rateLimits: RateLimits;
  tokens: AccessTokens;
  payments: PaymentProvider;
  lifecycle: Lifecycle;
}

/** Builds the dependencies from config. `databaseUrl` overrides config (embedded PostgreSQL). */
export function createDeps(config: Config, logger: Logger, databaseUrl = config.db.url): AppDeps {
  if (!databaseUrl) throw new Error('a database URL is required (DATABASE_URL)');
  const metrics = createMetrics();
  const sequelize = createDatabase({ ...config.db, url: databaseUrl }, logger);
  observePool(sequelize, metrics);
  const redis = config.redis.url ? createRedis(config.redis.url, logger) : undefined;
  const cache: Cache = redis ? new RedisCache(redis, config.redis.keyPrefix, logger) : new MemoryCache();
  return {
    config,
    logger,
    sequelize,
    repositories: createRepositories(sequelize),
    redis,
    cache,
    catalogCache: new CachedLoader(cache, metrics),
    metrics,
    rateLimits: new RateLimits(redis, config.redis.keyPrefix),
    tokens: new AccessTokens(config.auth.jwtSecret, config.auth.accessTtlSeconds),
    payments: new SandboxPaymentProvider(config.payments.sandboxSecret),
    lifecycle: { draining: false },
  };
}

/** Connects what must be connected before serving. Redis may be down: that only degrades. */
export async function connectDeps(deps: AppDeps): Promise<void> {
  await deps.sequelize.authenticate();
  const drift = await timeoutDrift(deps.sequelize, apiSessionTimeouts(deps.config.db.statementTimeoutMs));
  if (drift.length > 0)
    deps.logger.warn(
      { drift },
      'database role timeouts differ from DATABASE_STATEMENT_TIMEOUT_MS; run migrate up',
    );
  if (deps.redis) {
    await deps.redis.connect().catch((error: unknown) => {
      deps.logger.warn({ err: error }, 'redis not reachable at start; serving without cache until it is');
    });
  }
}

export async function closeDeps(deps: AppDeps): Promise<void> {
  await Promise.allSettled([deps.sequelize.close(), deps.cache.close()]);
}
