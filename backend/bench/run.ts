/**
 * `npm run bench`: throughput and latency of the real API (built JS, production mode) against
 * real PostgreSQL and Redis, next to a bare Express endpoint as this machine's ceiling.
 *   Usage: npm run bench [-- --duration 10 --connections 64]
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon, { type Result } from 'autocannon';
import { Client } from 'pg';
import { freePort } from '../test/harness/ports';
import { prepareDatabase, Processes } from './processes';
import { TestPostgres } from '../test/harness/postgres';
import { TestRedis } from '../test/harness/redis';
import { RssSampler } from './rss';

const backendDir = path.resolve(__dirname, '..');

const SCENARIOS = ['pipeline', 'catalog', 'search', 'product', 'checkout', 'flash-sale'] as const;
type Scenario = (typeof SCENARIOS)[number];
const USAGE = `Usage: npm run bench [-- --duration <seconds ≥ 1> --connections <n ≥ 1>
                         --only <${SCENARIOS.join(',')}> --api-env KEY=VALUE ...]`;

function options() {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '64' },
      only: { type: 'string', default: SCENARIOS.join(',') },
      'api-env': { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const only = values.only.split(',') as Scenario[];
  const apiEnv = values['api-env'].map((pair) => pair.split(/=(.*)/s).slice(0, 2));
  const valid =
    Number.isInteger(duration) &&
    duration >= 1 &&
    Number.isInteger(connections) &&
    connections >= 1 &&
    only.every((name) => SCENARIOS.includes(name)) &&
    apiEnv.every(([key, value]) => /^[A-Z_][A-Z0-9_]*$/.test(key ?? '') && value !== undefined);
  if (!valid) throw new Error(USAGE);
  return {
    duration,
    connections,
    only: new Set(only),
    apiEnv: Object.fromEntries(apiEnv) as Record<string, string>,
  };
}

const processes = new Processes();

/** Starts a server (Node, in the backend folder). */
function start(args: string[], env: Record<string, string>): ChildProcess {
  return processes.start(process.execPath, args, { cwd: backendDir, env });
}

const untilUp = (url: string, child: ChildProcess) => processes.untilUp(url, child);

/**
 * Carts made directly in the database, one line each, so checkout is measured alone. With
 * `slugs`, every cart holds one of those products (a flash sale); otherwise any product.
 */
async function prepareCarts(url: string, count: number, slugs?: string[]): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const ids = Array.from({ length: count }, () => randomUUID().replaceAll('-', ''));
  await client.query(
    `WITH p AS (SELECT array_agg(id) AS ids FROM products
                WHERE status = 'active' AND ($2::text[] IS NULL OR slug = ANY($2))),
          c AS (INSERT INTO carts (id) SELECT unnest($1::text[]) RETURNING id)
     INSERT INTO cart_lines (cart_id, product_id, quantity)
     SELECT c.id, p.ids[1 + floor(random() * array_length(p.ids, 1))::int], 1 + floor(random() * 2)::int FROM c, p`,
    [ids, slugs ?? null],
  );
  await client.end();
  return ids;
}

async function load(name: string, opts: autocannon.Options): Promise<Result> {
  process.stderr.write(`  ${name}…\n`);
  await autocannon({ ...opts, duration: 2 }); // warm-up
  return autocannon(opts);
}

interface Row {
  scenario: string;
  result: Result;
}

function report(rows: Row[], peakRss: number, ceiling: Result) {
  const table = rows.map(({ scenario, result }) => ({
    scenario,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    errors: result.errors + result.timeouts,
    'non-2xx': result.non2xx,
    'vs ceiling': `${Math.round((100 * result.requests.average) / ceiling.requests.average)}%`,
  }));
  console.log(
    `\nDhakaCart API benchmark — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
  console.table(table);
  console.log(`API peak RSS under load: ${(peakRss / 2 ** 20).toFixed(0)} MB`);
}

/** The bench measures the built JS, as production runs it. */
function buildApi(): void {
  const build = spawnSync('npm', ['run', 'build'], { cwd: backendDir, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
}

/** The catalog cache's hit and miss counters, read from the API's /metrics. */
async function cacheCounts(base: string): Promise<{ hit: number; miss: number; loads: number }> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const loads = Number(/^dhakacart_cache_loads_total (\S+)$/m.exec(text)?.[1] ?? 0);
  const count = (result: string) =>
    Number(
      new RegExp(`^dhakacart_cache_requests_total\\{result="${result}"\\} (\\S+)$`, 'm').exec(text)?.[1] ?? 0,
    );
  return { hit: count('hit'), miss: count('miss'), loads };
}

/**
 * A flash sale: a few products sell while shoppers read their pages and the lists that show
 * them. Orders (8 connections) and catalog reads (the rest) run at once, over the same
 * seconds; the cache hit rate is that of the reads, from the API's own counters. It runs
 * twice: orders as fast as the API takes them, then at `ordersPerSecond` (a busy sale).
 */
async function flashSale(
  base: string,
  databaseUrl: string,
  slugs: string[],
  order: (carts: string[]) => autocannon.Request,
  common: { connections: number; duration: number },
  ordersPerSecond = 20,
): Promise<Row[]> {
  const onSale = slugs.slice(0, 4);
  const orderConnections = Math.min(8, Math.max(1, common.connections - 1));
  const reads: autocannon.Request[] = [
    ...onSale.map((slug) => ({ method: 'GET' as const, path: `/api/v1/products/${slug}` })),
    { method: 'GET', path: '/api/v1/products' },
    { method: 'GET', path: '/api/v1/products?sort=popular' },
  ];
  const rows: Row[] = [];
  for (const rate of [undefined, ordersPerSecond]) {
    const carts = await prepareCarts(databaseUrl, 400 * (common.duration + 2), onSale);
    process.stderr.write(`  flash sale${rate ? ` at ${rate} orders/s` : ''}…\n`);
    const before = await cacheCounts(base);
    const [orders, catalog] = await Promise.all([
      autocannon({
        url: base,
        duration: common.duration,
        connections: orderConnections,
        requests: [order(carts)],
        ...(rate ? { overallRate: rate } : {}),
      }),
      autocannon({
        url: base,
        duration: common.duration,
        connections: common.connections - orderConnections,
        requests: reads,
      }),
    ]);
    const after = await cacheCounts(base);
    const hits = after.hit - before.hit;
    const lookups = hits + after.miss - before.miss;
    const loads = after.loads - before.loads;
    // Misses that waited for a load already running cost no query: count the loads too.
    const hitRate =
      lookups === 0
        ? 'n/a'
        : `${((100 * hits) / lookups).toFixed(1)}% hits, ${((100 * (lookups - loads)) / lookups).toFixed(1)}% without a query, ${Math.round(loads / common.duration)} loads/s`;
    const label = rate ? `${rate} orders/s` : `${orderConnections} conns`;
    rows.push(
      { scenario: `flash sale: POST /api/v1/orders (${label}, 4 products)`, result: orders },
      { scenario: `flash sale: reads of those products and lists (${hitRate})`, result: catalog },
    );
  }
  return rows;
}

async function main() {
  const { duration, connections, only, apiEnv } = options();
  buildApi();
  const [postgres, redis] = await Promise.all([TestPostgres.create(), TestRedis.create()]);
  const children: ChildProcess[] = [];
  try {
    const databaseUrl = await prepareDatabase(postgres, 'bench', [
      // Enough stock that checkout measures the write path, not running out.
      "UPDATE products SET stock = 10000000 WHERE status = 'active'",
    ]);
    const [barePort, apiPort] = [await freePort(), await freePort()];
    const bareServer = start(['--import', 'tsx', 'bench/bare-server.ts'], { PORT: String(barePort) });
    children.push(bareServer);
    const api = start(['build/index.js'], {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(apiPort),
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_MAX: '20',
      REDIS_URL: redis.url,
      JWT_SECRET: 'bench-jwt-secret-that-is-long-enough-0123456789',
      PAYMENT_SANDBOX_SECRET: 'bench-sandbox-secret-not-real',
      RATE_LIMIT_CHECKOUT_PER_IP: '100000',
      LOG_LEVEL: 'info',
      ...apiEnv,
    });
    children.push(api);
    const bare = `http://127.0.0.1:${barePort}`;
    const base = `http://127.0.0.1:${apiPort}`;
    await Promise.all([untilUp(`${bare}/json`, bareServer), untilUp(`${base}/readyz`, api)]);
    const rss = new RssSampler(api.pid!);

    const products = (await (await fetch(`${base}/api/v1/products?pageSize=100`)).json()) as {
      data: { slug: string }[];
    };
    const slugs = products.data.map((p) => p.slug);
    const areas = (await (await fetch(`${base}/api/v1/delivery-areas`)).json()) as {
      data: { code: string }[];
    };
    const searches = ['samsng', 'punjabi', 'hilsa', 'rice', 'saree', 'tv', 'football', 'humayun'];
    const common = { connections, duration };
    const rows: Row[] = [];

    const ceiling = await load('bare Express', { ...common, url: `${bare}/json` });
    rows.push({ scenario: 'bare Express 5 JSON (ceiling)', result: ceiling });
    if (only.has('pipeline')) {
      rows.push({
        scenario: 'GET /healthz (middleware only)',
        result: await load('pipeline', { ...common, url: `${base}/healthz` }),
      });
    }
    if (only.has('catalog')) {
      // The same page's bytes from a bare Express endpoint: how much of the gap is the payload.
      const bodyFile = path.join(os.tmpdir(), `dhakacart-bench-${process.pid}.json`);
      writeFileSync(bodyFile, await (await fetch(`${base}/api/v1/products`)).text());
      const samePort = await freePort();
      const sameBody = start(['--import', 'tsx', 'bench/bare-server.ts'], {
        PORT: String(samePort),
        BODY_FILE: bodyFile,
      });
      children.push(sameBody);
      await untilUp(`http://127.0.0.1:${samePort}/json`, sameBody);
      rows.push({
        scenario: 'bare Express 5, same 10 kB body',
        result: await load('bare Express, catalog body', {
          ...common,
          url: `http://127.0.0.1:${samePort}/json`,
        }),
      });
      sameBody.kill('SIGTERM');
      rmSync(bodyFile, { force: true });
    }
    if (only.has('catalog'))
      rows.push({
        scenario: 'GET /api/v1/products (cached)',
        result: await load('catalog', { ...common, url: `${base}/api/v1/products` }),
      });
    if (only.has('search'))
      rows.push({
        scenario: 'GET /api/v1/products?q=… (search)',
        result: await load('search', {
          ...common,
          url: base,
          requests: searches.map((q) => ({
            method: 'GET',
            path: `/api/v1/products?q=${encodeURIComponent(q)}`,
          })),
        }),
      });
    if (only.has('product'))
      rows.push({
        scenario: 'GET /api/v1/products/:slug',
        result: await load('product page', {
          ...common,
          url: base,
          requests: slugs.slice(0, 50).map((slug) => ({ method: 'GET', path: `/api/v1/products/${slug}` })),
        }),
      });

    const order = (carts: string[]): autocannon.Request => {
      let next = 0;
      return {
        method: 'POST',
        path: '/api/v1/orders',
        setupRequest: (request) => {
          const cartId = carts[next++ % carts.length]!;
          return {
            ...request,
            headers: { 'content-type': 'application/json', 'idempotency-key': `bench-${cartId}` },
            body: JSON.stringify({
              cartId,
              customer: { name: 'Bench Customer', phone: '01712345678', email: null },
              delivery: { area: areas.data[0]?.code ?? 'dhanmondi', address: 'House 1, Road 1', notes: null },
              paymentMethod: 'cash_on_delivery',
            }),
          };
        },
      };
    };
    if (only.has('checkout')) {
      const checkoutConnections = Math.min(connections, 32);
      const carts = await prepareCarts(databaseUrl, 800 * (duration + 2));
      rows.push({
        scenario: `POST /api/v1/orders (checkout, ${checkoutConnections} conns)`,
        result: await load('checkout', {
          url: base,
          connections: checkoutConnections,
          duration,
          requests: [order(carts)],
        }),
      });
    }
    if (only.has('flash-sale')) rows.push(...(await flashSale(base, databaseUrl, slugs, order, common)));
    report(rows, rss.stop(), ceiling);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all([postgres.destroy(), redis.stop()]);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
