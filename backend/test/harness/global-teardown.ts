import type { TestPostgres } from './postgres';
import type { TestRedis } from './redis';

export default async function globalTeardown(): Promise<void> {
  const servers = (globalThis as Record<string, unknown>).__dhakacartServers as
    { postgres: TestPostgres; redis: TestRedis } | undefined;
  await Promise.all([servers?.postgres.destroy(), servers?.redis.stop()]);
}
