import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
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

  test('when Redis is unreachable, then reads are misses and the failure is logged once, not per request', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const down = createRedis(`redis://127.0.0.1:${await freePort()}`, createLogger('silent'));
    const cache = new RedisCache(down, prefix, createLogger('warn', sink));

    const reads = await Promise.all(Array.from({ length: 100 }, (_, i) => cache.get(`catalog:${i}`)));

    expect(reads.every((value) => value === null)).toBe(true);
    expect(lines.filter((line) => line.includes('cache read failed'))).toHaveLength(1);
    down.disconnect();
  });
});
