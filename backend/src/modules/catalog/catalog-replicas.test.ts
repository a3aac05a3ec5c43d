import type TestAgent from 'supertest/lib/agent';
import { adminToken, bearer } from '../../../test/harness/auth';
import { createTestContext, type TestContext } from '../../../test/harness/context';
import { checkout, createCart, createProduct } from '../../../test/harness/shop';
import { Category, type Product } from './catalog.models';

interface Listed {
  id: number;
  stock: number;
  stockStatus: string;
}

/** Every catalog read that shows the product, each read twice first so the cache holds it. */
async function warm(http: TestAgent, product: Product, category: string) {
  for (const path of views(product, category)) {
    await http.get(path).expect(200);
    const again = await http.get(path).expect(200);
    // The unversioned API says where an answer came from in its body.
    expect(again.headers['x-cache'] ?? again.body.source).toMatch(/^(HIT|cache)$/);
  }
}

function views(product: Product, category: string) {
  return [
    `/api/v1/products/${product.slug}`,
    `/api/v1/products?category=${category}`,
    `/api/v1/products?category=${category}&inStock=true`,
    `/api/products/${product.id}`,
  ];
}

/** The product as the next request shows it: page, category list, in-stock list, legacy API. */
async function shown(http: TestAgent, product: Product, category: string) {
  const [pagePath, listPath, inStockPath, legacyPath] = views(product, category) as [
    string,
    string,
    string,
    string,
  ];
  const [page, list, inStock, legacy] = await Promise.all([
    http.get(pagePath).expect(200),
    http.get(listPath).expect(200),
    http.get(inStockPath).expect(200),
    http.get(legacyPath).expect(200),
  ]);
  const listed = (res: typeof list) => (res.body.data as Listed[]).find((p) => p.id === product.id);
  return {
    page: { stock: page.body.data.stock as number, stockStatus: page.body.data.stockStatus as string },
    list: listed(list)?.stock,
    inStockList: listed(inStock) !== undefined,
    legacy: legacy.body.data.stock as number,
  };
}

async function categoryOf(product: Product): Promise<string> {
  return (await Category.findByPk(product.categoryId))!.slug;
}

describe('catalog on two API replicas sharing PostgreSQL and Redis', () => {
  let one: TestContext;
  let two: TestContext;
  beforeAll(async () => {
    one = await createTestContext();
    two = await createTestContext({ replicaOf: one });
  });
  afterAll(async () => {
    await two?.close();
    await one?.close();
  });

  test('when the last units sell through one replica, then the other shows them sold out on its next read, and back in stock after a cancellation', async () => {
    const product = await createProduct({ stock: 3 });
    const category = await categoryOf(product);
    await warm(two.http, product, category);
    await warm(one.http, product, category);

    const cartId = await createCart(one.http, [{ productId: product.id, quantity: 3 }]);
    const order = await checkout(one.http, cartId).expect(201);

    expect(await shown(two.http, product, category)).toEqual({
      page: { stock: 0, stockStatus: 'out_of_stock' },
      list: 0,
      inStockList: false,
      legacy: 0,
    });

    await two.http
      .post(`/api/v1/orders/${order.body.data.number}/cancel`)
      .set('X-Order-Token', order.body.accessToken)
      .expect(200);

    expect(await shown(one.http, product, category)).toEqual({
      page: { stock: 3, stockStatus: 'low_stock' },
      list: 3,
      inStockList: true,
      legacy: 3,
    });
  });

  test('when an order leaves stock, then the other replica keeps serving its page and lists from the cache, with the new stock and status', async () => {
    const product = await createProduct({ stock: 8 });
    const category = await categoryOf(product);
    await warm(two.http, product, category);

    const cartId = await createCart(one.http, [{ productId: product.id, quantity: 3 }]);
    const order = await checkout(one.http, cartId).expect(201);

    const cached = async () =>
      (await Promise.all(views(product, category).map((path) => two.http.get(path).expect(200)))).map(
        (res) => res.headers['x-cache'] ?? res.body.source,
      );
    expect(await cached()).toEqual(['HIT', 'HIT', 'HIT', 'cache']);
    expect(await shown(two.http, product, category)).toEqual({
      page: { stock: 5, stockStatus: 'low_stock' },
      list: 5,
      inStockList: true,
      legacy: 5,
    });

    await one.http
      .post(`/api/v1/orders/${order.body.data.number}/cancel`)
      .set('X-Order-Token', order.body.accessToken)
      .expect(200);
    expect(await cached()).toEqual(['HIT', 'HIT', 'HIT', 'cache']);
    expect(await shown(two.http, product, category)).toEqual({
      page: { stock: 8, stockStatus: 'in_stock' },
      list: 8,
      inStockList: true,
      legacy: 8,
    });
  });

  test('when an admin adjusts stock, renames, archives and unarchives through one replica, then the other shows each change on its next read', async () => {
    const product = await createProduct({ stock: 10 });
    const category = await categoryOf(product);
    const admin = bearer(await adminToken(one));
    await warm(two.http, product, category);

    await one.http
      .post(`/api/v1/admin/products/${product.id}/stock-adjustments`)
      .set(admin)
      .send({ delta: 5, reason: 'Delivery from the supplier' })
      .expect(201);
    expect((await shown(two.http, product, category)).page.stock).toBe(15);

    await one.http
      .patch(`/api/v1/admin/products/${product.id}`)
      .set(admin)
      .send({ name: 'Renamed test product', pricePaisa: 99_000 })
      .expect(200);
    const renamed = await two.http.get(`/api/v1/products?category=${category}`).expect(200);
    expect(renamed.body.data[0]).toMatchObject({ name: 'Renamed test product', pricePaisa: 99_000 });

    await one.http.post(`/api/v1/admin/products/${product.id}/archive`).set(admin).expect(200);
    await two.http.get(`/api/v1/products/${product.slug}`).expect(404);
    const archived = await two.http.get(`/api/v1/products?category=${category}`).expect(200);
    expect(archived.body.data).toEqual([]);

    await one.http.post(`/api/v1/admin/products/${product.id}/unarchive`).set(admin).expect(200);
    await two.http.get(`/api/v1/products/${product.slug}`).expect(200);
  });

  test('when nothing changes, then both replicas keep serving the catalog from the cache', async () => {
    await one.http.get('/api/v1/categories').expect(200);
    expect((await one.http.get('/api/v1/categories').expect(200)).headers['x-cache']).toBe('HIT');
    expect((await two.http.get('/api/v1/categories').expect(200)).headers['x-cache']).toBe('HIT');
  });
});

describe('catalog without Redis (one process, in-process cache)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ withoutRedis: true });
  });
  afterAll(() => ctx?.close());

  test('when a product sells out, then the next read of its page and lists shows it', async () => {
    const product = await createProduct({ stock: 2 });
    const category = await categoryOf(product);
    await warm(ctx.http, product, category);

    const cartId = await createCart(ctx.http, [{ productId: product.id, quantity: 2 }]);
    await checkout(ctx.http, cartId).expect(201);

    expect(await shown(ctx.http, product, category)).toEqual({
      page: { stock: 0, stockStatus: 'out_of_stock' },
      list: 0,
      inStockList: false,
      legacy: 0,
    });
  });

  test('when an order leaves stock, then the page is still a cache hit, with the new stock', async () => {
    const product = await createProduct({ stock: 9 });
    const category = await categoryOf(product);
    await warm(ctx.http, product, category);

    const cartId = await createCart(ctx.http, [{ productId: product.id, quantity: 2 }]);
    await checkout(ctx.http, cartId).expect(201);

    const page = await ctx.http.get(`/api/v1/products/${product.slug}`).expect(200);
    expect({ cache: page.headers['x-cache'], stock: page.body.data.stock }).toEqual({
      cache: 'HIT',
      stock: 7,
    });
  });
});
