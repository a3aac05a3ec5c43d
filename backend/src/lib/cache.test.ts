import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { createLogger } from './logger';
import { createMetrics } from './metrics';
import { createRedis } from './redis';
import { freePort } from '../../test/harness/ports';
import { CachedLoader, RedisCache } from './cache';

describe('RedisCache near cache and CachedLoader', () => {
  const logger = createLogger('silent');
  const redis = createRedis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:1', logger);
  const prefix = `test:${randomBytes(4).toString('hex')}:`;
  beforeAll(() => redis.connect());
  afterAll(() => redis.disconnect());

  test('when versioned values arrive out of order from two replicas, then the newest version stays', async () => {
    const here = new CachedLoader(new RedisCache(redis, prefix, logger), createMetrics());
    const there = new CachedLoader(new RedisCache(redis, prefix, logger), createMetrics());
    await here.setNewer([{ key: 'stock:a', version: 20, value: '4' }], 60);
    await there.setNewer([{ key: 'stock:a', version: 10, value: '5' }], 60);
    await there.setNewer([{ key: 'stock:b', version: 1, value: '7' }], 60);
    await expect(here.getMany(['stock:a', 'stock:b', 'stock:none'])).resolves.toEqual(['4', '7', null]);
    await here.setNewer([{ key: 'stock:a', version: 21, value: '3' }], 60);
    await expect(there.getMany(['stock:a'])).resolves.toEqual(['3']);
  });

  test('when another replica invalidates, then this one misses on its next read, near cache included', async () => {
    const here = new CachedLoader(new RedisCache(redis, prefix, logger, 60_000), createMetrics());
    const there = new CachedLoader(new RedisCache(redis, prefix, logger, 60_000), createMetrics());
    await here.load('catalog:k', 60, async () => '"old"');
    await expect(there.load('catalog:k', 60, async () => '"unused"')).resolves.toMatchObject({
      json: '"old"',
      hit: true,
    });

    await here.invalidate();

    await expect(there.load('catalog:k', 60, async () => '"new"')).resolves.toMatchObject({
      json: '"new"',
      hit: false,
    });
    await expect(here.load('catalog:k', 60, async () => '"unused"')).resolves.toMatchObject({
      json: '"new"',
      hit: true,
    });
  });

  test('when an entry is not versioned, then invalidation leaves it cached', async () => {
    const loader = new CachedLoader(new RedisCache(redis, prefix, logger), createMetrics());
    await loader.load('catalog:stable', 60, async () => '"picture"', { versioned: false });
    await loader.invalidate();
    await expect(
      loader.load('catalog:stable', 60, async () => '"redrawn"', { versioned: false }),
    ).resolves.toMatchObject({ json: '"picture"', hit: true });
  });

  test('when a loader fails, then callers get the error, nothing is cached and the next call loads again', async () => {
    const loader = new CachedLoader(new RedisCache(redis, prefix, logger), createMetrics());
    await expect(loader.load('catalog:fail', 60, () => Promise.reject(new Error('db down')))).rejects.toThrow(
      'db down',
    );
    await expect(loader.load('catalog:fail', 60, async () => '"ok"')).resolves.toMatchObject({
      json: '"ok"',
      hit: false,
    });
    await expect(loader.load('catalog:fail', 60, async () => '"unused"')).resolves.toMatchObject({
      json: '"ok"',
      hit: true,
    });
  });

  test('when Redis is unreachable, then reads are misses, the generation is unknown, and the failure is logged once, not per request', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const down = createRedis(`redis://127.0.0.1:${await freePort()}`, createLogger('silent'));
    const cache = new RedisCache(down, prefix, createLogger('warn', sink));

    const reads = await Promise.all(Array.from({ length: 100 }, (_, i) => cache.get(`catalog:${i}`)));

    expect(reads.every((value) => value === null)).toBe(true);
    await expect(cache.generation('catalog')).resolves.toBeNull();
    expect(lines.filter((line) => line.includes('cache read failed'))).toHaveLength(1);
    down.disconnect();
  });
});
