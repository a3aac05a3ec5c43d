import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import supertest from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { Express } from 'express';
import { createApp } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import { closeDeps, connectDeps, createDeps, type AppDeps } from '../../src/deps';
import { createLogger } from '../../src/lib/logger';
import { ensureAdmin } from '../../src/modules/customers/admin-bootstrap';
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

/** A private copy of the seeded template database, on the shared or a given server. */
export async function createTestDatabase(port = Number(requireEnv('TEST_PG_PORT'))): Promise<string> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  return `postgres://postgres@127.0.0.1:${port}/${name}`;
}

/** The real app on a fresh copy of the seeded database, with Redis under a private key prefix. */
export async function createTestContext(options: TestContextOptions = {}): Promise<TestContext> {
  const databaseUrl = options.replicaOf?.databaseUrl ?? (await createTestDatabase(options.postgresPort));
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
