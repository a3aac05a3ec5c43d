import { Sequelize } from 'sequelize';
import type { Logger } from './logger';
import type { Metrics, PoolStats } from './metrics';

export interface DatabaseOptions {
  url: string;
  poolMax: number;
  /**
   * Timeouts sent as startup parameters, for sessions that talk to PostgreSQL directly
   * (migrations, tools). Never for the API: PgBouncer refuses startup parameters it does not
   * know, so the API's timeouts are defaults of its role instead (`roleTimeoutsSql`).
   * @default none (the role's defaults apply)
   */
  session?: SessionTimeouts;
  /** Opening a connection; short so an unreachable database fails requests fast. @default 1500 */
  connectTimeoutMs?: number;
  /** Waiting for a free pooled connection before answering 503. @default 2000 */
  acquireTimeoutMs?: number;
}

/** PostgreSQL settings, in milliseconds; 0 turns one off. */
export interface SessionTimeouts {
  statement_timeout: number;
  idle_in_transaction_session_timeout: number;
}

/** The API's timeouts, from its one setting: a transaction may idle twice as long as a statement runs. */
export function apiSessionTimeouts(statementTimeoutMs: number): SessionTimeouts {
  return {
    statement_timeout: statementTimeoutMs,
    idle_in_transaction_session_timeout: statementTimeoutMs * 2,
  };
}

/**
 * SQL that makes `timeouts` the defaults of the connected role in the connected database,
 * so every new server session has them, also those PgBouncer opens (a role's defaults apply
 * at login; PostgreSQL does not copy them with CREATE DATABASE ... TEMPLATE). A role may set
 * its own defaults without superuser or CREATEROLE.
 */
export function roleTimeoutsSql(timeouts: SessionTimeouts): string {
  const statements = Object.entries(timeouts).map(([name, ms]) => {
    if (!Number.isInteger(ms) || ms < 0)
      throw new Error(`${name} must be a whole number of ms >= 0 (got ${ms})`);
    return `EXECUTE format('ALTER ROLE %I IN DATABASE %I SET ${name} = ${ms}', current_user, current_database());`;
  });
  return `DO $$ BEGIN ${statements.join(' ')} END $$`;
}

function startupOptions(timeouts: SessionTimeouts): string {
  return Object.entries(timeouts)
    .map(([name, ms]) => `-c ${name}=${Math.trunc(ms)}`)
    .join(' ');
}

/** The settings of `expected` a new session sees differently (e.g. the role defaults were never applied). */
export async function timeoutDrift(sequelize: Sequelize, expected: SessionTimeouts): Promise<string[]> {
  const [rows] = await sequelize.query('SELECT name, setting FROM pg_settings WHERE name IN (:names)', {
    replacements: { names: Object.keys(expected) },
  });
  const actual = new Map(
    (rows as { name: string; setting: string }[]).map((r) => [r.name, Number(r.setting)]),
  );
  return Object.entries(expected)
    .filter(([name, ms]) => actual.get(name) !== ms)
    .map(([name, ms]) => `${name} is ${actual.get(name)} ms, expected ${ms} ms`);
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
      // `options` rather than pg's own timeout fields, which drop a 0 (and 0 must override the role's default).
      ...(options.session ? { options: startupOptions(options.session) } : {}),
      keepAlive: true,
    },
    retry: { max: 0 },
    define: { underscored: true },
  });
  logger.debug({ poolMax: options.poolMax }, 'database configured');
  return sequelize;
}

/** Publishes the pool's state, and whether the database answers, on every scrape. */
export function observePool(sequelize: Sequelize, metrics: Metrics): void {
  const manager = sequelize.connectionManager as unknown as { pool?: PoolStats };
  metrics.pool.stats = () => manager.pool;
  metrics.database.ping = (timeoutMs) => pingDatabase(sequelize, timeoutMs);
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
