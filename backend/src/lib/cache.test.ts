import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createLogger } from './logger';
import { createMetrics } from './metrics';
import { createRedis } from './redis';
import { CachedLoader, RedisCache } from './cache';

describe('RedisCache near cache and CachedLoader', () => {
  const logger = createLogger('silent');
  const redis = createRedis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:1', logger);
  const prefix = `test:${randomBytes(4).toString('hex')}:`;
  beforeAll(() => redis.connect());
  afterAll(() => redis.disconnect());

  test('when another replica deletes a key, then this one stops serving it once the near TTL has passed', async () => {
    const here = new RedisCache(redis, prefix, logger, 100);
    const there = new RedisCache(redis, prefix, logger, 100);
    await here.set('catalog:k', 'old', 60);
    expect(await there.get('catalog:k')).toBe('old');

    await here.deleteByPrefix('catalog:');

    expect(await here.get('catalog:k')).toBeNull();
    await sleep(150);
    expect(await there.get('catalog:k')).toBeNull();
  });

  test('when a loader fails, then callers get the error, nothing is cached and the next call loads again', async () => {
    const loader = new CachedLoader(new RedisCache(redis, prefix, logger), createMetrics());
    await expect(
      loader.loadSerialized('catalog:fail', 60, () => Promise.reject(new Error('db down'))),
    ).rejects.toThrow('db down');
    await expect(loader.loadSerialized('catalog:fail', 60, async () => '"ok"')).resolves.toEqual({
      json: '"ok"',
      hit: false,
    });
    await expect(loader.load('catalog:fail', 60, async () => 'unused')).resolves.toEqual({
      value: 'ok',
      hit: true,
    });
  });
});
