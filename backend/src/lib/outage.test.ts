import { createTestContext, type TestContext } from '../../test/harness/context';
import { prepareTemplate } from '../../test/harness/global-setup';
import { TestPgBouncer } from '../../test/harness/pgbouncer';
import { TestPostgres } from '../../test/harness/postgres';
import { waitFor } from '../../test/harness/ports';

/** Requests that would hang instead of failing fast are cut here, and fail the test. */
const FAST_MS = 2_000;

describe('database outage (a private PostgreSQL behind its own PgBouncer; the test stops and restarts PostgreSQL)', () => {
  let postgres: TestPostgres;
  let pgbouncer: TestPgBouncer;
  let ctx: TestContext;
  beforeAll(async () => {
    postgres = await TestPostgres.create();
    await prepareTemplate(postgres);
    pgbouncer = await TestPgBouncer.create(postgres.port);
    ctx = await createTestContext({
      postgresPort: postgres.port,
      throughPgBouncer: { port: pgbouncer.port },
    });
  });
  afterAll(async () => {
    await ctx?.close();
    await pgbouncer?.destroy();
    await postgres?.destroy();
  });

  test('when the database stops, then readiness and API calls answer 503 quickly, and recover without a restart', async () => {
    await ctx.http.get('/readyz').expect(200);
    await ctx.http.get('/api/v1/categories').expect(200);
    expect((await ctx.http.get('/metrics').expect(200)).text).toMatch(/^dhakacart_database_up 1$/m);

    await postgres.stop();

    // Every scrape asks the database, within the scrape's time, even though the catalog still answers.
    const scrape = await ctx.http.get('/metrics').timeout(FAST_MS).expect(200);
    expect(scrape.text).toMatch(/^dhakacart_database_up 0$/m);

    // First on the connection the API keeps pooled: PgBouncer holds such a query until it
    // gets a server connection (120 s by default); the Pooler's query_wait_timeout cuts that.
    const onPooledConnection = await ctx.http.get('/api/v1/products/no-such-product').timeout(FAST_MS);
    expect(onPooledConnection.status).toBe(503);
    const readiness = await ctx.http.get('/readyz').timeout(FAST_MS);
    expect(readiness.status).toBe(503);
    expect(readiness.body.checks.database).toBe('down');
    const legacy = await ctx.http.get('/health').timeout(FAST_MS);
    expect(legacy.status).toBe(503);
    expect(legacy.body.status).toBe('DEGRADED');
    // A catalog page read before the outage is still served from the cache.
    await ctx.http.get('/api/v1/categories').timeout(FAST_MS).expect(200);
    const calls = [
      ctx.http.post('/api/v1/carts').send({}),
      ctx.http.get('/api/v1/products/no-such-product'),
      ctx.http.get('/api/v1/products?q=rice&page=3'),
      ctx.http
        .post('/api/v1/auth/login')
        .send({ email: 'someone@example.com', password: 'irrelevant-password' }),
    ];
    for (const call of calls) {
      const res = await call.timeout(FAST_MS);
      const url = res.request.url;
      expect({ url, status: res.status }).toEqual({ url, status: 503 });
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.type).toBe('https://dhakacart.com.bd/problems/service-unavailable');
      expect(res.headers['retry-after']).toBe('2');
    }
    await expect(ctx.http.get('/healthz').timeout(FAST_MS)).resolves.toHaveProperty('status', 200);

    await postgres.start();
    await waitFor(
      async () => (await ctx.http.get('/readyz')).status === 200,
      15_000,
      'readiness after recovery',
    );
    await ctx.http.get('/api/v1/categories').expect(200);
    expect((await ctx.http.get('/metrics').expect(200)).text).toMatch(/^dhakacart_database_up 1$/m);
  });
});
