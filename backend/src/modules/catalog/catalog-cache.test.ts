import { adminToken, bearer } from '../../../test/harness/auth';
import { createTestContext, type TestContext } from '../../../test/harness/context';
import { TestRedis } from '../../../test/harness/redis';

describe('catalog cache', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  test('when a product list is read twice, then the second answer comes from Redis under a catalog: key of the current generation', async () => {
    const first = await ctx.http.get('/api/v1/products?q=rice').expect(200);
    expect(first.headers['x-cache']).toBe('MISS');
    const generation = await ctx.deps.cache.generation('catalog');
    const keys = await ctx.deps.redis!.keys(`${ctx.config.redis.keyPrefix}catalog:products:*#${generation}`);
    expect(keys.length).toBeGreaterThan(0);
    const hits = async () =>
      (await ctx.deps.metrics.cacheRequests.get()).values.find((v) => v.labels.result === 'hit')?.value ?? 0;
    const before = await hits();
    const second = await ctx.http.get('/api/v1/products?q=rice').expect(200);
    expect(await hits()).toBe(before + 1);
    expect(second.headers['x-cache']).toBe('HIT');
    expect(second.body.data.length).toBeGreaterThan(0);
  });

  test('when many identical requests miss at once, then the database is asked once (one page query and one count), and one load is counted', async () => {
    await ctx.deps.catalogCache.invalidate();
    const loads = async () => (await ctx.deps.metrics.cacheLoads.get()).values[0]?.value ?? 0;
    const loadsBefore = await loads();
    const query = jest.spyOn(ctx.deps.sequelize, 'query');
    try {
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => ctx.http.get('/api/v1/products?category=books&sort=newest')),
      );
      expect(responses.every((res) => res.status === 200)).toBe(true);
      expect(query).toHaveBeenCalledTimes(2);
      expect(await loads()).toBe(loadsBefore + 1);
    } finally {
      query.mockRestore();
    }
  });

  test('when an admin changes a product, then the next read shows the change (no stale cache)', async () => {
    const token = await adminToken(ctx);
    const before = await ctx.http.get('/api/v1/products/samsung-galaxy-a54').expect(200);
    expect(before.body.data.pricePaisa).toBe(3_599_000);
    await ctx.http.get('/api/v1/products?q=samsung').expect(200);
    await ctx.http.get('/api/products/1').expect(200);

    await ctx.http
      .patch('/api/v1/admin/products/1')
      .set(bearer(token))
      .send({ pricePaisa: 3_499_000 })
      .expect(200);

    const page = await ctx.http.get('/api/v1/products/samsung-galaxy-a54').expect(200);
    const search = await ctx.http.get('/api/v1/products?q=samsung').expect(200);
    const legacy = await ctx.http.get('/api/products/1').expect(200);
    expect(page.body.data.pricePaisa).toBe(3_499_000);
    expect(search.body.data.find((p: { id: number }) => p.id === 1).pricePaisa).toBe(3_499_000);
    expect(legacy.body).toMatchObject({ source: 'database', data: { price: 34_990 } });
  });

  test('when a load started before an invalidation finishes after it, then its stale result is not served afterwards', async () => {
    const loader = ctx.deps.catalogCache;
    let release!: (value: string) => void;
    let started!: () => void;
    const loading = new Promise<void>((resolve) => (started = resolve));
    const slow = loader.load('catalog:test:race', 60, () => {
      started();
      return new Promise<string>((resolve) => (release = resolve));
    });
    await loading;
    await loader.invalidate();
    release('"stale"');
    await expect(slow).resolves.toMatchObject({ json: '"stale"', hit: false });
    await expect(loader.load('catalog:test:race', 60, async () => '"fresh"')).resolves.toMatchObject({
      json: '"fresh"',
      hit: false,
    });
  });
});

describe('catalog cache outage', () => {
  let redis: TestRedis;
  let ctx: TestContext;
  beforeAll(async () => {
    redis = await TestRedis.create();
    ctx = await createTestContext({ redisUrl: redis.url });
  });
  afterAll(async () => {
    await ctx.close();
    await redis.stop();
  });

  test('when Redis stops mid-test, then the catalog still answers 200 from the database, and admin writes still work', async () => {
    await ctx.http.get('/api/v1/products').expect(200);
    await ctx.http.get('/api/v1/products/hp-laptop-15s').expect(200);

    await redis.stop();

    const list = await ctx.http.get('/api/v1/products').expect(200);
    expect(list.body.data).toHaveLength(24);
    await ctx.http.get('/api/v1/products?q=samsng').expect(200);
    await ctx.http.get('/api/v1/categories').expect(200);
    const legacy = await ctx.http.get('/api/products').expect(200);
    expect(legacy.body.source).toBe('database');

    const token = await adminToken(ctx);
    await ctx.http
      .patch('/api/v1/admin/products/2')
      .set(bearer(token))
      .send({ pricePaisa: 6_400_000 })
      .expect(200);
    const page = await ctx.http.get('/api/v1/products/hp-laptop-15s').expect(200);
    expect(page.body.data.pricePaisa).toBe(6_400_000);
    // Stock is filled in from the entry itself: a number and a status, never a cache template's marks.
    expect(page.body.data).toMatchObject({
      stock: expect.any(Number),
      stockStatus: expect.stringMatching(/_stock$/),
    });
    const listed = await ctx.http.get('/api/v1/products').expect(200);
    expect(listed.text).not.toContain('\\u0000');

    const ready = await ctx.http.get('/readyz').expect(200);
    expect(ready.body.checks.cache).toBe('degraded');

    // Clearing is all clear-cache does, so it says when it could not.
    const clear = await ctx.http.post('/api/admin/clear-cache').set(bearer(token)).expect(503);
    expect(clear.body.type).toBe('https://dhakacart.com.bd/problems/service-unavailable');
  });
});

describe('conditional requests on cached catalog responses', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  test('when the client sends back the ETag, then 304 without a body; after a change, 200 with a new ETag', async () => {
    const first = await ctx.http.get('/api/v1/products/miniket-rice-5-kg').expect(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"[0-9a-f]+-[A-Za-z0-9+/]{27}"$/);
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');

    const again = await ctx.http
      .get('/api/v1/products/miniket-rice-5-kg')
      .set('If-None-Match', etag)
      .expect(304);
    expect(again.text).toBeFalsy();

    const token = await adminToken(ctx);
    await ctx.http
      .patch('/api/v1/admin/products/7')
      .set(bearer(token))
      .send({ pricePaisa: 45_000 })
      .expect(200);
    const changed = await ctx.http
      .get('/api/v1/products/miniket-rice-5-kg')
      .set('If-None-Match', etag)
      .expect(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.body.data.pricePaisa).toBe(45_000);
  });
});
