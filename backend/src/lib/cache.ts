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

/**
 * Redis, with a small near cache in this process: a key read or written here is served from
 * memory for at most `nearTtlMs`, which spares the hot catalog keys a network round trip.
 * `deleteByPrefix` clears both, so a write in this process is visible here at once; other
 * replicas see it within `nearTtlMs`.
 */
export class RedisCache implements Cache {
  readonly kind = 'redis';
  private readonly near: LRUCache<string, string>;
  /** During an outage every request fails to read: log the first failure, then a count every 10 s. */
  private failures = { count: 0, loggedAt: 0 };

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly logger: Logger,
    /** @default 1000 */
    private readonly nearTtlMs = 1_000,
  ) {
    this.near = new LRUCache<string, string>({
      // Hot keys only: a page of 24 products is about 11 kB, so this holds hundreds.
      maxSize: 8 * 1024 * 1024,
      sizeCalculation: (value) => Math.max(1, value.length),
      ttl: Math.max(1, nearTtlMs),
    });
  }

  async get(key: string) {
    const near = this.near.get(key);
    if (near !== undefined) return near;
    try {
      const value = await this.redis.get(this.prefix + key);
      if (value !== null) this.near.set(key, value);
      return value;
    } catch (error) {
      this.warnThrottled(error, 'cache read failed; treating as a miss');
      return null;
    }
  }

  async set(key: string, value: string, ttlSeconds: number) {
    this.near.set(key, value, { ttl: Math.min(this.nearTtlMs, ttlSeconds * 1000) });
    try {
      await this.redis.set(this.prefix + key, value, 'EX', ttlSeconds);
    } catch (error) {
      this.warnThrottled(error, 'cache write failed; ignored');
    }
  }

  async deleteByPrefix(prefix: string) {
    for (const key of [...this.near.keys()]) if (key.startsWith(prefix)) this.near.delete(key);
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

  private warnThrottled(error: unknown, message: string) {
    this.failures.count += 1;
    const now = Date.now();
    if (now - this.failures.loggedAt < 10_000) return;
    this.logger.warn({ err: error, failuresSinceLastLog: this.failures.count }, message);
    this.failures = { count: 0, loggedAt: now };
  }
}

/**
 * Read-through caching with stampede protection: concurrent misses for one key in this
 * process share a single load. Values are cached as serialized JSON, so a hot path can
 * send the cached string as it is, without parsing and re-serializing it.
 */
export class CachedLoader {
  private readonly inFlight = new Map<string, Promise<string>>();
  /** Bumped by `invalidate`: a load that started before it must not write its stale result. */
  private generation = 0;

  constructor(
    private readonly cache: Cache,
    private readonly metrics: Metrics,
  ) {}

  /** The JSON text under `key`, loading (once per process at a time) and caching it on a miss. */
  async load(
    key: string,
    ttlSeconds: number,
    loader: () => Promise<string>,
  ): Promise<{ json: string; hit: boolean }> {
    const cached = await this.cache.get(key);
    if (cached !== null) {
      this.metrics.cacheRequests.inc({ result: 'hit' });
      return { json: cached, hit: true };
    }
    this.metrics.cacheRequests.inc({ result: 'miss' });
    let pending = this.inFlight.get(key);
    if (!pending) {
      const generation = this.generation;
      const load = loader().then(async (json) => {
        if (generation === this.generation) await this.cache.set(key, json, ttlSeconds);
        return json;
      });
      pending = load.finally(() => {
        if (this.inFlight.get(key) === pending) this.inFlight.delete(key);
      });
      this.inFlight.set(key, pending);
    }
    return { json: await pending, hit: false };
  }

  /**
   * Forgets every key under `prefix`, here and in the shared cache. Loads already running
   * finish for their callers but are not cached. Throws when the shared cache is unreachable.
   */
  async invalidate(prefix: string): Promise<number> {
    this.generation += 1;
    for (const key of [...this.inFlight.keys()]) if (key.startsWith(prefix)) this.inFlight.delete(key);
    return this.cache.deleteByPrefix(prefix);
  }
}
