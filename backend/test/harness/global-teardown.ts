import type { TestPgBouncer } from './pgbouncer';
import type { TestPostgres } from './postgres';
import type { TestRedis } from './redis';

export default async function globalTeardown(): Promise<void> {
  const servers = (globalThis as Record<string, unknown>).__dhakacartServers as
    { postgres: TestPostgres; pgbouncer: TestPgBouncer; redis: TestRedis } | undefined;
  await servers?.pgbouncer.destroy();
  await Promise.all([servers?.postgres.destroy(), servers?.redis.stop()]);
}
