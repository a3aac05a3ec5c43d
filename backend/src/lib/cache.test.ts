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

  test('when another replica invalidates, then this one misses on its next read, near cache included', async () => {
    const here = new CachedLoader(new RedisCache(redis, prefix, logger, 60_000), createMetrics());
    const there = new CachedLoader(new RedisCache(redis, prefix, logger, 60_000), createMetrics());
    await here.load('catalog:k', 60, async () => '"old"');
    await expect(there.load('catalog:k', 60, async () => '"unused"')).resolves.toEqual({
      json: '"old"',
      hit: true,
    });

    await here.invalidate();

    await expect(there.load('catalog:k', 60, async () => '"new"')).resolves.toEqual({
      json: '"new"',
      hit: false,
    });
    await expect(here.load('catalog:k', 60, async () => '"unused"')).resolves.toEqual({
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
    ).resolves.toEqual({ json: '"picture"', hit: true });
  });

  test('when a loader fails, then callers get the error, nothing is cached and the next call loads again', async () => {
    const loader = new CachedLoader(new RedisCache(redis, prefix, logger), createMetrics());
    await expect(loader.load('catalog:fail', 60, () => Promise.reject(new Error('db down')))).rejects.toThrow(
      'db down',
    );
    await expect(loader.load('catalog:fail', 60, async () => '"ok"')).resolves.toEqual({
      json: '"ok"',
      hit: false,
    });
    await expect(loader.load('catalog:fail', 60, async () => '"unused"')).resolves.toEqual({
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
