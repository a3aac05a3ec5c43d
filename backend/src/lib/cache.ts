import { LRUCache } from 'lru-cache';
import type { Redis } from 'ioredis';
import type { Logger } from './logger';
import type { Metrics } from './metrics';

export type CacheHealth = 'up' | 'degraded' | 'in-process';

export interface VersionedValue {
  readonly key: string;
  readonly version: number;
  readonly value: string;
}

/** A versioned value as stored: `<version>:<value>`. */
const versioned = (entry: VersionedValue) => `${entry.version}:${entry.value}`;
const valueOf = (stored: string | null | undefined) =>
  stored === null || stored === undefined ? null : stored.slice(stored.indexOf(':') + 1);
const versionOf = (stored: string | undefined) =>
  stored === undefined ? -Infinity : Number(stored.slice(0, stored.indexOf(':')));

/** SET unless the stored value's version (before its first colon) is higher; keys are KEYS, ARGV = ttl, then version, value pairs. */
const SET_NEWER = `
for i, key in ipairs(KEYS) do
  local version = tonumber(ARGV[2 * i])
  local current = redis.call('GET', key)
  if not current or tonumber(string.match(current, '^[^:]+')) <= version then
    redis.call('SET', key, ARGV[2 * i] .. ':' .. ARGV[2 * i + 1], 'EX', ARGV[1])
  end
end
return 0`;

/**
 * The catalog cache. It holds only data that can be rebuilt from PostgreSQL, so every
 * failure is a miss: a broken cache slows requests down but never fails them.
 *
 * Invalidation is by generation: every key is read and written under its namespace's current
 * generation, and a write bumps it. The generation lives in Redis when there is one, so a bump
 * on one replica changes the keys every replica reads on its next request; entries of older
 * generations are never read again and expire by their TTL.
 */
export interface Cache {
  readonly kind: 'redis' | 'memory';
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /** The current generation of `namespace`, or null when the shared cache cannot say. */
  generation(namespace: string): Promise<string | null>;
  /** The current generations of several namespaces in one read, or null when the shared cache cannot say. */
  generations(namespaces: readonly string[]): Promise<string[] | null>;
  /** Moves `namespace` to a new generation. Throws when the shared cache is unreachable. */
  bumpGeneration(namespace: string): Promise<void>;
  /**
   * Sets each key to `value` unless it holds a value of a higher `version` (writers on several
   * replicas may arrive out of order). Throws when the shared cache is unreachable.
   */
  setNewer(entries: readonly VersionedValue[], ttlSeconds: number): Promise<void>;
  /** The values of `keys` (null where absent), or null when the shared cache cannot say. */
  getMany(keys: readonly string[]): Promise<(string | null)[] | null>;
  health(): Promise<CacheHealth>;
  close(): Promise<void>;
}

export class MemoryCache implements Cache {
  readonly kind = 'memory';
  private readonly lru = new LRUCache<string, string>({ max: 5_000, ttlAutopurge: false });
  private readonly counters = new Map<string, number>();

  async get(key: string) {
    return this.lru.get(key) ?? null;
  }
  async set(key: string, value: string, ttlSeconds: number) {
    this.lru.set(key, value, { ttl: ttlSeconds * 1000 });
  }
  async generation(namespace: string) {
    return (await this.generations([namespace]))[0]!;
  }
  async generations(namespaces: readonly string[]) {
    return namespaces.map((namespace) => String(this.counters.get(namespace) ?? 0));
  }
  async bumpGeneration(namespace: string) {
    this.counters.set(namespace, (this.counters.get(namespace) ?? 0) + 1);
  }
  async setNewer(entries: readonly VersionedValue[], ttlSeconds: number) {
    for (const entry of entries) {
      if (versionOf(this.lru.get(entry.key)) <= entry.version)
        this.lru.set(entry.key, versioned(entry), { ttl: ttlSeconds * 1000 });
    }
  }
  async getMany(keys: readonly string[]) {
    return keys.map((key) => valueOf(this.lru.get(key)));
  }
  async health(): Promise<CacheHealth> {
    return 'in-process';
  }
  async close() {
    this.lru.clear();
  }
}

/**
 * Redis, with a near cache in this process: a value read or written here is served from
 * memory for at most `nearTtlMs`, which spares the hot catalog keys the transfer of their
 * value. Keys carry their generation, so a near copy is never served after a bump on any
 * replica; `nearTtlMs` only bounds changes made outside the API (a manual UPDATE).
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
    /** @default 5000 */
    private readonly nearTtlMs = 5_000,
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

  /** One small read per catalog read: the price of seeing another replica's write on the next request. */
  async generation(namespace: string) {
    return (await this.generations([namespace]))?.[0] ?? null;
  }

  async bumpGeneration(namespace: string) {
    await this.redis.incr(`${this.prefix}${namespace}:generation`);
  }

  async generations(namespaces: readonly string[]) {
    try {
      const values = await this.redis.mget(...namespaces.map((ns) => `${this.prefix}${ns}:generation`));
      return values.map((value) => value ?? '0');
    } catch (error) {
      this.warnThrottled(error, 'cache generation unreadable; reading from the database');
      return null;
    }
  }

  /** One round trip (a script, atomic per call); not kept in the near cache, whose copies could be older. */
  async setNewer(entries: readonly VersionedValue[], ttlSeconds: number) {
    if (entries.length === 0) return;
    await this.redis.eval(
      SET_NEWER,
      entries.length,
      ...entries.map((entry) => this.prefix + entry.key),
      ttlSeconds,
      ...entries.flatMap((entry) => [entry.version, entry.value]),
    );
  }

  async getMany(keys: readonly string[]) {
    if (keys.length === 0) return [];
    try {
      return (await this.redis.mget(...keys.map((key) => this.prefix + key))).map(valueOf);
    } catch (error) {
      this.warnThrottled(error, 'cache values unreadable; serving the cached entries as they are');
      return null;
    }
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

/** A cached JSON text, with the generations it was read under (null when the shared cache cannot say). */
export interface LoadedJson {
  json: string;
  hit: boolean;
  generation: string | null;
  /** Changes with every write of values kept beside the entries (catalog.stock.ts). */
  valuesGeneration: string | null;
}

/**
 * Read-through caching with stampede protection: concurrent misses for one key in this
 * process share a single load. Values are cached as serialized JSON, so a hot path can
 * send the cached string as it is, without parsing and re-serializing it.
 *
 * Keys are versioned by the generation of `namespace` (see {@link Cache}); `invalidate`
 * bumps it. A load that started before a bump caches its result under the old generation,
 * where no reader looks any more, so a write is never hidden by an older read.
 */
export class CachedLoader {
  private readonly inFlight = new Map<string, Promise<string>>();

  constructor(
    private readonly cache: Cache,
    private readonly metrics: Metrics,
    /** @default 'catalog' */
    private readonly namespace = 'catalog',
  ) {}

  /**
   * The JSON text under `key`, loading (once per process at a time) and caching it on a miss.
   * `versioned: false` is for entries no write changes (a slug's picture): they skip the
   * generation read and survive invalidation.
   */
  async load(
    key: string,
    ttlSeconds: number,
    loader: () => Promise<string>,
    { versioned = true }: { versioned?: boolean } = {},
  ): Promise<LoadedJson> {
    // The values' generation comes in the same read: it says whether values beside the entry changed.
    const [generation, valuesGeneration] = versioned
      ? ((await this.cache.generations([this.namespace, this.valuesNamespace])) ?? [null, null])
      : ['stable', null];
    // Unknown generation (shared cache down): read through, cache nothing, still one load at a time.
    const cacheKey = generation === null ? null : `${key}#${generation}`;
    if (cacheKey !== null) {
      const cached = await this.cache.get(cacheKey);
      if (cached !== null) {
        this.metrics.cacheRequests.inc({ result: 'hit' });
        return { json: cached, hit: true, generation, valuesGeneration };
      }
    }
    this.metrics.cacheRequests.inc({ result: 'miss' });
    const flightKey = cacheKey ?? `${key}#unknown`;
    let pending = this.inFlight.get(flightKey);
    if (!pending) {
      this.metrics.cacheLoads.inc();
      const load = loader().then(async (json) => {
        if (cacheKey !== null) await this.cache.set(cacheKey, json, ttlSeconds);
        return json;
      });
      pending = load.finally(() => {
        if (this.inFlight.get(flightKey) === pending) this.inFlight.delete(flightKey);
      });
      this.inFlight.set(flightKey, pending);
    }
    return { json: await pending, hit: false, generation, valuesGeneration };
  }

  /** Counts writes of values beside the entries ({@link setNewer}), so readers know when to read them again. */
  private get valuesNamespace() {
    return `${this.namespace}:values`;
  }

  /** The namespace's current generation, or null when the shared cache cannot say. */
  generation(): Promise<string | null> {
    return this.cache.generation(this.namespace);
  }

  /** Values kept beside the entries of a generation (see catalog.stock.ts), or null when unknown. */
  getMany(keys: readonly string[]): Promise<(string | null)[] | null> {
    return this.cache.getMany(keys);
  }

  /** Writes values beside the entries unless a newer version is there. Throws when the cache is unreachable. */
  async setNewer(entries: readonly VersionedValue[], ttlSeconds: number): Promise<void> {
    await this.cache.setNewer(entries, ttlSeconds);
    await this.cache.bumpGeneration(this.valuesNamespace);
  }

  /**
   * Makes every versioned entry stale, on every replica sharing the cache. Loads already
   * running finish for their callers under the old generation. Throws when the shared cache
   * is unreachable.
   */
  async invalidate(): Promise<void> {
    await this.cache.bumpGeneration(this.namespace);
  }
}
