import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import supertest from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { Express } from 'express';
import { createApp } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import { closeDeps, connectDeps, createDeps, type AppDeps } from '../../src/deps';
import { apiSessionTimeouts, roleTimeoutsSql } from '../../src/lib/db';
import { createLogger } from '../../src/lib/logger';
import { ensureAdmin } from '../../src/modules/customers';
import type { ApiRouter } from '../../src/http/api-router';
import { TEMPLATE_DATABASE } from './global-setup';

export const TEST_ADMIN = { email: 'admin@test.dhakacart.invalid', password: 'test-admin-password-not-real' };

export interface TestContext {
  app: Express;
  routers: Record<string, ApiRouter>;
  deps: AppDeps;
  config: Config;
  http: TestAgent;
  databaseUrl: string;
  close(): Promise<void>;
}

export interface TestContextOptions {
  /** Extra environment variables for loadConfig. */
  env?: Record<string, string>;
  /** Run without Redis (in-process cache and limits). @default false */
  withoutRedis?: boolean;
  /** Use this server instead of the shared one (outage tests). */
  postgresPort?: number;
  /**
   * Reach PostgreSQL through PgBouncer configured like the production Pooler: the shared one
   * (`true`), or one on this port in front of `postgresPort`; `false` connects directly.
   * @default true with the shared server, false with `postgresPort`
   */
  throughPgBouncer?: boolean | { port: number };
  redisUrl?: string;
  /** Another replica of this one: the same database, Redis and key prefix. */
  replicaOf?: TestContext;
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run the tests through jest (globalSetup starts the servers)`);
  return value;
}

async function runSql(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestDatabaseOptions {
  /** @default the shared server */
  port?: number;
  /** The API's statement timeout the database's role gets, as `migrate up` leaves it. @default the config's */
  statementTimeoutMs?: number;
  /** Return a URL through PgBouncer on this port rather than straight to PostgreSQL. */
  pgbouncerPort?: number;
}

/**
 * A private copy of the seeded template database, on the shared or a given server, in the
 * state `migrate up` leaves production in: migrated, and the API's timeouts the role's defaults.
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<string> {
  const port = options.port ?? Number(requireEnv('TEST_PG_PORT'));
  const name = `test_${randomBytes(6).toString('hex')}`;
  await runSql(
    `postgres://postgres@127.0.0.1:${port}/postgres`,
    `CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`,
  );
  const statementTimeoutMs =
    options.statementTimeoutMs ?? loadConfig({ NODE_ENV: 'test' }).db.statementTimeoutMs;
  await runSql(
    `postgres://postgres@127.0.0.1:${port}/${name}`,
    roleTimeoutsSql(apiSessionTimeouts(statementTimeoutMs)),
  );
  return `postgres://postgres@127.0.0.1:${options.pgbouncerPort ?? port}/${name}`;
}

function pgbouncerPort(option: TestContextOptions['throughPgBouncer']): number | undefined {
  if (!option) return undefined;
  return option === true ? Number(requireEnv('TEST_PGBOUNCER_PORT')) : option.port;
}

/** The real app on a fresh copy of the seeded database, with Redis under a private key prefix. */
export async function createTestContext(options: TestContextOptions = {}): Promise<TestContext> {
  const timeout = options.env?.DATABASE_STATEMENT_TIMEOUT_MS;
  const databaseUrl =
    options.replicaOf?.databaseUrl ??
    (await createTestDatabase({
      port: options.postgresPort,
      statementTimeoutMs: timeout === undefined ? undefined : Number(timeout),
      // Production's path by default; a private server has no shared PgBouncer in front of it.
      pgbouncerPort: pgbouncerPort(options.throughPgBouncer ?? options.postgresPort === undefined),
    }));
  const shared = options.replicaOf?.config;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: databaseUrl,
    ...(options.withoutRedis
      ? {}
      : { REDIS_URL: shared?.redis.url ?? options.redisUrl ?? requireEnv('TEST_REDIS_URL') }),
    REDIS_KEY_PREFIX: shared?.redis.keyPrefix ?? `test:${randomBytes(4).toString('hex')}:`,
    JWT_SECRET: 'test-jwt-secret-that-is-long-enough-0123456789',
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    SHUTDOWN_DRAIN_MS: '0',
    ...options.env,
  });
  const logger = createLogger(config.logLevel);
  const deps = createDeps(config, logger);
  await connectDeps(deps);
  await ensureAdmin(deps, TEST_ADMIN);
  const { app, routers } = createApp(deps);
  return {
    app,
    routers,
    deps,
    config,
    http: supertest(app),
    databaseUrl,
    close: () => closeDeps(deps),
  };
}
