import { TestPostgres } from '../../../backend/test/harness/postgres';
import { TestRedis } from '../../../backend/test/harness/redis';
import { prepareDatabase, startApi } from './api';
import { startNginx } from './nginx';

export interface RunningStack {
  /** The storefront through nginx; the API is under /api on the same origin. */
  baseUrl: string;
  apiUrl: string;
  stop(): Promise<void>;
}

/**
 * The whole shop on free loopback ports: PostgreSQL and Redis (the backend's test servers),
 * the migrated and seeded database, the API process, and the built storefront served
 * through the repository's nginx.conf by Debian's nginx.
 */
export async function startStack(distDir: string): Promise<RunningStack> {
  const [postgres, redis] = await Promise.all([TestPostgres.create(), TestRedis.create()]);
  const stops: (() => Promise<void>)[] = [() => postgres.destroy(), () => redis.stop()];
  const stop = async () => {
    for (const each of stops.reverse()) await each().catch((error: unknown) => console.error(error));
  };
  try {
    await postgres.query('CREATE DATABASE dhakacart_e2e');
    const env = { databaseUrl: postgres.url('dhakacart_e2e'), redisUrl: redis.url };
    await prepareDatabase(env);
    const api = await startApi(env);
    stops.push(api.stop);
    const nginx = await startNginx(distDir, { apiUpstream: `127.0.0.1:${api.port}` });
    stops.push(nginx.stop);
    return { baseUrl: nginx.url, apiUrl: api.url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
