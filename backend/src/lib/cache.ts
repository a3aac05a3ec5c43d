import { LRUCache } from 'lru-cache';
import type { Redis } from 'ioredis';
import type { Logger } from './logger';
import type { Metrics } from './metrics';

export type CacheHealth = 'up' | 'degraded' | 'in-process';

/**
 * The catalog cache. It holds only data that can be rebuilt from PostgreSQL, so every
 * failure is a miss: a broken cache slows requests down but never fails them.
 */
export interface Cache {
  readonly kind: 'redis' | 'memory';
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /** Deletes every key under `prefix` (e.g. `catalog:`). Returns how many went. */
  deleteByPrefix(prefix: string): Promise<number>;
  health(): Promise<CacheHealth>;
  close(): Promise<void>;
}

export class MemoryCache implements Cache {
  readonly kind = 'memory';
  private readonly lru = new LRUCache<string, string>({ max: 5_000, ttlAutopurge: false });

  async get(key: string) {
    return this.lru.get(key) ?? null;
  }
  async set(key: string, value: string, ttlSeconds: number) {
    this.lru.set(key, value, { ttl: ttlSeconds * 1000 });
  }
  async deleteByPrefix(prefix: string) {
    let count = 0;
    for (const key of [...this.lru.keys()]) {
      if (key.startsWith(prefix) && this.lru.delete(key)) count += 1;
    }
    return count;
  }
  async health(): Promise<CacheHealth> {
    return 'in-process';
  }
  async close() {
    this.lru.clear();
  }
}

export class RedisCache implements Cache {
  readonly kind = 'redis';

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly logger: Logger,
  ) {}

  async get(key: string) {
    try {
      return await this.redis.get(this.prefix + key);
    } catch (error) {
      this.logger.warn({ err: error, key }, 'cache read failed; treating as a miss');
      return null;
    }
  }

  async set(key: string, value: string, ttlSeconds: number) {
    try {
      await this.redis.set(this.prefix + key, value, 'EX', ttlSeconds);
    } catch (error) {
      this.logger.warn({ err: error, key }, 'cache write failed; ignored');
    }
  }

  async deleteByPrefix(prefix: string) {
    let count = 0;
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `${this.prefix}${prefix}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) count += await this.redis.unlink(...keys);
    } while (cursor !== '0');
    return count;
  }

  async health(): Promise<CacheHealth> {
    try {
      return (await this.redis.ping()) === 'PONG' ? 'up' : 'degraded';
    } catch {
      return 'degraded';
    }
  }

  async close() {
    this.redis.disconnect();
  }
}

/**
 * Read-through JSON caching with stampede protection: concurrent misses for one key
 * in this process share a single load.
 */
export class CachedLoader {
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(
    private readonly cache: Cache,
    private readonly metrics: Metrics,
  ) {}

  async load<T>(
    key: string,
    ttlSeconds: number,
    loader: () => Promise<T>,
  ): Promise<{ value: T; hit: boolean }> {
    const cached = await this.cache.get(key);
    if (cached !== null) {
      this.metrics.cacheRequests.inc({ result: 'hit' });
      return { value: JSON.parse(cached) as T, hit: true };
    }
    this.metrics.cacheRequests.inc({ result: 'miss' });
    let pending = this.inFlight.get(key) as Promise<T> | undefined;
    if (!pending) {
      pending = loader().then(async (value) => {
        await this.cache.set(key, JSON.stringify(value), ttlSeconds);
        return value;
      });
      this.inFlight.set(key, pending);
      void pending.then(
        () => this.inFlight.delete(key),
        () => this.inFlight.delete(key),
      );
    }
    return { value: await pending, hit: false };
  }
}
