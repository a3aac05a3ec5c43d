import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import { freePort, waitFor } from '../../../backend/test/harness/ports';
import { TestPostgres } from '../../../backend/test/harness/postgres';
import { stopChild } from '../../../backend/test/harness/processes';
import { TestRedis } from '../../../backend/test/harness/redis';
import { REPO_ROOT } from './run-cli';

/**
 * The shop as `npm start` runs it (backend/src/cli/local.ts: migrate, seed, serve), on a real
 * PostgreSQL and a real Redis. The servers are the backend test harness's own, on free loopback
 * ports; in CI, DHAKACART_TEST_DATABASE_URL / DHAKACART_TEST_REDIS_URL point at the workflow's
 * service containers (PostgreSQL 17, Redis 7) instead, and a fresh database is created there.
 */
export class LocalShop {
  private log = '';

  private constructor(
    readonly baseUrl: string,
    private readonly adminUrl: string,
    private readonly database: string,
    private readonly child: ChildProcess,
    private readonly servers: { postgres?: TestPostgres; redis?: TestRedis },
  ) {
    child.stdout?.on('data', (chunk: Buffer) => (this.log = (this.log + chunk.toString()).slice(-8000)));
    child.stderr?.on('data', (chunk: Buffer) => (this.log = (this.log + chunk.toString()).slice(-8000)));
  }

  static async start(): Promise<LocalShop> {
    const servers: { postgres?: TestPostgres; redis?: TestRedis } = {};
    const externalDb = process.env.DHAKACART_TEST_DATABASE_URL;
    const externalRedis = process.env.DHAKACART_TEST_REDIS_URL;
    if (!externalDb) servers.postgres = await TestPostgres.create();
    if (!externalRedis) servers.redis = await TestRedis.create();
    const adminUrl = externalDb ?? servers.postgres?.url() ?? '';
    const database = `smoke_${randomBytes(5).toString('hex')}`;
    await sql(adminUrl, `CREATE DATABASE ${database}`);
    const port = await freePort();
    const child = spawn(process.execPath, [require.resolve('tsx/cli'), 'backend/src/cli/local.ts'], {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'development',
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        DATABASE_URL: withDatabase(adminUrl, database),
        REDIS_URL: externalRedis ?? servers.redis?.url,
        REDIS_KEY_PREFIX: `${database}:`,
        STATIC_DIR: path.join(REPO_ROOT, 'frontend/dist'),
        SHUTDOWN_DRAIN_MS: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const shop = new LocalShop(`http://127.0.0.1:${port}`, adminUrl, database, child, servers);
    await shop.waitUntilReady(120_000);
    return shop;
  }

  private async waitUntilReady(timeoutMs: number): Promise<void> {
    await waitFor(
      async () => {
        if (this.child.exitCode !== null)
          throw new Error(`the shop exited with ${this.child.exitCode}:\n${this.log}`);
        return (await fetch(`${this.baseUrl}/readyz`)).status === 200;
      },
      timeoutMs,
      'the shop to be ready',
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${this.log}`);
    });
  }

  /** A real database outage for this shop: its connections are cut and new ones refused. */
  async cutDatabase(): Promise<void> {
    await sql(this.adminUrl, `ALTER DATABASE ${this.database} ALLOW_CONNECTIONS false`);
    await sql(
      this.adminUrl,
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${this.database}'`,
    );
  }

  async stop(): Promise<void> {
    await stopChild(this.child, 'SIGTERM');
    if (this.servers.postgres) await this.servers.postgres.destroy();
    else await sql(this.adminUrl, `DROP DATABASE IF EXISTS ${this.database} WITH (FORCE)`);
    await this.servers.redis?.stop();
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.href;
}

async function sql(url: string, statement: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
