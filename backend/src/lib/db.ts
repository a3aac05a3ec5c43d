import { Sequelize } from 'sequelize';
import { initModels } from '../db/models';
import type { Logger } from './logger';
import type { Metrics, PoolStats } from './metrics';

export interface DatabaseOptions {
  url: string;
  poolMax: number;
  statementTimeoutMs: number;
  /** Opening a connection; short so an unreachable database fails requests fast. @default 1500 */
  connectTimeoutMs?: number;
  /** Waiting for a free pooled connection before answering 503. @default 2000 */
  acquireTimeoutMs?: number;
}

/**
 * One Sequelize instance per process. Timeouts are short on purpose: when PostgreSQL is
 * unreachable a request fails in about a second with 503 instead of hanging.
 */
export function createDatabase(options: DatabaseOptions, logger: Logger): Sequelize {
  const sequelize = new Sequelize(options.url, {
    dialect: 'postgres',
    logging: false,
    benchmark: false,
    pool: {
      max: options.poolMax,
      min: 0,
      acquire: options.acquireTimeoutMs ?? 2_000,
      idle: 10_000,
      evict: 5_000,
    },
    dialectOptions: {
      application_name: 'dhakacart-api',
      connectionTimeoutMillis: options.connectTimeoutMs ?? 1_500,
      statement_timeout: options.statementTimeoutMs,
      idle_in_transaction_session_timeout: options.statementTimeoutMs * 2,
      keepAlive: true,
    },
    retry: { max: 0 },
    define: { underscored: true },
  });
  initModels(sequelize);
  logger.debug({ poolMax: options.poolMax }, 'database configured');
  return sequelize;
}

/** Publishes the pool's state on every scrape. */
export function observePool(sequelize: Sequelize, metrics: Metrics): void {
  const manager = sequelize.connectionManager as unknown as { pool?: PoolStats };
  metrics.pool.stats = () => manager.pool;
}

/** True when `SELECT 1` answers within `timeoutMs`. */
export async function pingDatabase(sequelize: Sequelize, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const ping = sequelize.query('SELECT 1').then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
