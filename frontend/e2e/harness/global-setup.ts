import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { TestPostgres } from '../../../backend/test/harness/postgres';
import { TestRedis } from '../../../backend/test/harness/redis';
import { E2E_ADMIN, prepareDatabase, startApi } from './api';
import { startNginx } from './nginx';
import { distDir, screenshotDir } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    apiUrl: string;
    admin: { email: string; password: string };
  }
}

/**
 * One real stack for the whole run: PostgreSQL and Redis (the backend's test servers), the
 * migrated and seeded database, the API process, and the built storefront served through
 * the repository's nginx.conf by Debian's nginx. Everything on free loopback ports.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`no build in ${distDir}: run "npm run build -w frontend" first`);
  }
  await rm(screenshotDir, { recursive: true, force: true });
  await mkdir(screenshotDir, { recursive: true });

  const [postgres, redis] = await Promise.all([TestPostgres.create(), TestRedis.create()]);
  const stops: (() => Promise<void>)[] = [() => postgres.destroy(), () => redis.stop()];
  const teardown = async () => {
    for (const stop of stops.reverse()) {
      const started = Date.now();
      await stop().catch((error: unknown) => console.error(error));
      if (process.env.E2E_DEBUG) console.log(`stopped in ${Date.now() - started} ms`);
    }
  };
  try {
    await postgres.query('CREATE DATABASE dhakacart_e2e');
    const env = { databaseUrl: postgres.url('dhakacart_e2e'), redisUrl: redis.url };
    await prepareDatabase(env);
    const api = await startApi(env);
    stops.push(api.stop);
    const nginx = await startNginx(distDir, api.port);
    stops.push(nginx.stop);
    project.provide('baseUrl', nginx.url);
    project.provide('apiUrl', api.url);
    project.provide('admin', E2E_ADMIN);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
