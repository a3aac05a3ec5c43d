import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** One registry per app instance, so tests can build several apps in one process. */
export interface PoolStats {
  using: number;
  available: number;
  waiting: number;
  maxSize: number;
}

/** A scrape waits this long for the database's `SELECT 1` (the ServiceMonitor's scrapeTimeout is 4 s). */
export const DATABASE_PROBE_TIMEOUT_MS = 1_000;

export function createMetrics() {
  const registry = new Registry();
  const pool: { stats?: () => PoolStats | undefined } = {};
  const database: { ping?: (timeoutMs: number) => Promise<boolean> } = {};
  collectDefaultMetrics({ register: registry });
  const labelNames = ['method', 'route', 'status_code'] as const;
  return {
    registry,
    httpRequests: new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests by method, route template and status code',
      labelNames,
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request duration by method, route template and status code',
      labelNames,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    ordersPlaced: new Counter({
      name: 'dhakacart_orders_placed_total',
      help: 'Orders placed, by payment method',
      labelNames: ['payment_method'] as const,
      registers: [registry],
    }),
    orderValue: new Histogram({
      name: 'dhakacart_order_value_paisa',
      help: 'Order totals in paisa',
      buckets: [50_000, 100_000, 250_000, 500_000, 1_000_000, 2_500_000, 5_000_000, 10_000_000],
      registers: [registry],
    }),
    checkoutFailures: new Counter({
      name: 'dhakacart_checkout_failures_total',
      help: 'Checkouts that did not produce an order, by reason',
      labelNames: ['reason'] as const,
      registers: [registry],
    }),
    dbPool: new Gauge({
      name: 'dhakacart_db_pool_connections',
      help: 'Database pool connections by state (used, idle, waiting, max)',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        const stats = pool.stats?.();
        if (!stats) return;
        this.set({ state: 'used' }, stats.using);
        this.set({ state: 'idle' }, stats.available);
        this.set({ state: 'waiting' }, stats.waiting);
        this.set({ state: 'max' }, stats.maxSize);
      },
    }),
    /** Set once the database exists: where the pool gauge reads from. */
    pool,
    /**
     * Whether this pod reaches the database, asked at every scrape (Prometheus also scrapes pods
     * that are not ready): the alert that names a database outage reads it, since the cached
     * catalog keeps the shop's probes answering for a while.
     */
    databaseUp: new Gauge({
      name: 'dhakacart_database_up',
      help: `1 when the database answered SELECT 1 within ${DATABASE_PROBE_TIMEOUT_MS} ms at this scrape, else 0`,
      registers: [registry],
      async collect() {
        if (!database.ping) return;
        this.set((await database.ping(DATABASE_PROBE_TIMEOUT_MS)) ? 1 : 0);
      },
    }),
    /** Set once the database exists: how the database gauge asks. */
    database,
    cacheRequests: new Counter({
      name: 'dhakacart_cache_requests_total',
      help: 'Catalog cache lookups by result',
      labelNames: ['result'] as const,
      registers: [registry],
    }),
    /** Misses that ran a load; the others waited for one already running (single flight). */
    cacheLoads: new Counter({
      name: 'dhakacart_cache_loads_total',
      help: 'Catalog loads from the database after a cache miss',
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
