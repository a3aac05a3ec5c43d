import { adminToken, bearer, customerToken } from '../../../test/harness/auth';
import { createTestContext, type TestContext } from '../../../test/harness/context';

const LEGACY_KEYS = [
  'category',
  'created_at',
  'description',
  'id',
  'image_url',
  'name',
  'price',
  'stock',
  'updated_at',
];

describe("legacy catalog API (today's clients)", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  test('when /api/products is called twice, then source goes database → cache and products keep the old shape', async () => {
    const first = await ctx.http.get('/api/products').expect(200);
    const second = await ctx.http.get('/api/products').expect(200);
    expect(Object.keys(first.body).sort()).toEqual(['data', 'source']);
    expect(first.body.source).toBe('database');
    expect(second.body.source).toBe('cache');
    expect(second.body.data).toEqual(first.body.data);
    expect(first.body.data.length).toBeGreaterThanOrEqual(120);
    expect(Object.keys(first.body.data[0]).sort()).toEqual(LEGACY_KEYS);
    expect(first.body.data[0]).toEqual({
      id: 1,
      name: 'Samsung Galaxy A54',
      description: expect.any(String),
      price: 35990,
      category: 'Mobile Phones',
      stock: 42,
      image_url: '/api/v1/media/products/samsung-galaxy-a54.svg',
      created_at: expect.stringMatching(/^\d{4}-/),
      updated_at: expect.stringMatching(/^\d{4}-/),
    });
  });

  test('when prices are read, then every price is a JSON number in Taka and stock a JSON number', async () => {
    const res = await ctx.http.get('/api/products').expect(200);
    expect(res.text).toContain('"price":35990,');
    for (const product of res.body.data) {
      expect(typeof product.price).toBe('number');
      expect(typeof product.stock).toBe('number');
    }
  });

  test('when one product is read by id, then {source, data}; a missing one is 404 {error}', async () => {
    const first = await ctx.http.get('/api/products/7').expect(200);
    expect(first.body).toEqual({ source: 'database', data: expect.objectContaining({ id: 7, price: 420 }) });
    expect((await ctx.http.get('/api/products/7').expect(200)).body.source).toBe('cache');
    const missing = await ctx.http.get('/api/products/999999').expect(404);
    expect(missing.body).toEqual({ error: 'Product not found' });
  });

  test('when the id is not a number, then 400 problem+json', async () => {
    for (const id of ['abc', '1.5', '-1', '1;DROP TABLE products']) {
      const res = await ctx.http.get(`/api/products/${encodeURIComponent(id)}`).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.errors[0].field).toBe('params.id');
    }
  });

  test('when a category is asked for by name, then only its products come, in {data}', async () => {
    const res = await ctx.http.get('/api/products/category/Electronics').expect(200);
    expect(Object.keys(res.body)).toEqual(['data']);
    expect(res.body.data.length).toBeGreaterThan(3);
    expect(res.body.data.every((p: { category: string }) => p.category === 'Electronics')).toBe(true);
    expect(res.body.data.map((p: { id: number }) => p.id)).toEqual(expect.arrayContaining([2, 3]));
    const spaced = await ctx.http.get('/api/products/category/Home%20Appliances').expect(200);
    expect(spaced.body.data.map((p: { id: number }) => p.id)).toEqual(expect.arrayContaining([11, 12]));
    const unknown = await ctx.http.get('/api/products/category/Spaceships').expect(200);
    expect(unknown.body).toEqual({ data: [] });
  });

  test("when categories are listed, then {data} holds their names, today's eight first", async () => {
    const res = await ctx.http.get('/api/categories').expect(200);
    expect(res.body.data.slice(0, 8)).toEqual([
      'Electronics',
      'Mobile Phones',
      'Fashion',
      'Groceries',
      'Beverages',
      'Home Appliances',
      'Sports',
      'Books',
    ]);
  });

  test('when a product is archived, then the legacy API no longer shows it', async () => {
    const token = await adminToken(ctx);
    await ctx.http.post('/api/v1/admin/products/15/archive').set(bearer(token)).expect(200);
    const all = await ctx.http.get('/api/products').expect(200);
    expect(all.body.data.map((p: { id: number }) => p.id)).not.toContain(15);
    await ctx.http.get('/api/products/15').expect(404);
    const books = await ctx.http.get('/api/products/category/Books').expect(200);
    expect(books.body.data.map((p: { id: number }) => p.id)).not.toContain(15);
    await ctx.http.post('/api/v1/admin/products/15/unarchive').set(bearer(token)).expect(200);
    await ctx.http.get('/api/products/15').expect(200);
  });

  test('when clear-cache is called without a token or by a customer, then 401 / 403 and nothing is cleared', async () => {
    await ctx.http.get('/api/products').expect(200);
    const anonymous = await ctx.http.post('/api/admin/clear-cache').expect(401);
    expect(anonymous.body.type).toBe('https://dhakacart.com.bd/problems/unauthorized');
    await ctx.http
      .post('/api/admin/clear-cache')
      .set(bearer(await customerToken(ctx)))
      .expect(403);
    await ctx.http.post('/api/admin/clear-cache').set(bearer('not-a-jwt')).expect(401);
    expect((await ctx.http.get('/api/products').expect(200)).body.source).toBe('cache');
  });

  test('when an admin clears the cache, then catalog reads miss while rate-limit counters and other keys survive', async () => {
    const prefix = ctx.config.redis.keyPrefix;
    await ctx.http.get('/api/products').expect(200);
    await ctx.http.get('/api/v1/products').expect(200);
    await ctx.deps.rateLimits.consume({ name: 'login-ip', points: 10, durationSeconds: 60 }, '203.0.113.9');
    await ctx.deps.redis!.set(`${prefix}other:kept`, '1');
    expect((await ctx.deps.redis!.keys(`${prefix}catalog:*`)).length).toBeGreaterThan(1);
    const generation = await ctx.deps.cache.generation('catalog');

    const res = await ctx.http
      .post('/api/admin/clear-cache')
      .set(bearer(await adminToken(ctx)))
      .expect(200);

    expect(res.body).toEqual({ message: 'Cache cleared successfully' });
    expect(await ctx.deps.cache.generation('catalog')).not.toBe(generation);
    expect((await ctx.deps.redis!.keys(`${prefix}rl:*`)).length).toBe(1);
    expect(await ctx.deps.redis!.get(`${prefix}other:kept`)).toBe('1');
    expect((await ctx.http.get('/api/products').expect(200)).body.source).toBe('database');
    expect((await ctx.http.get('/api/v1/products').expect(200)).headers['x-cache']).toBe('MISS');
  });
});
