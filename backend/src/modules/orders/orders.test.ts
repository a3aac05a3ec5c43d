import { createTestContext, type TestContext } from '../../../test/harness/context';
import {
  checkout,
  createCart,
  createProduct,
  loginAdmin,
  registerCustomer,
} from '../../../test/harness/shop';
import { StockMovement } from '../catalog/catalog.models';

const PROBLEM = 'https://dhakacart.com.bd/problems/';

describe('reading and cancelling orders', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  async function placeOrder(accessToken?: string, quantity = 2) {
    const product = await createProduct({ stock: 10 });
    const cartId = await createCart(ctx.http, [{ productId: product.id, quantity }]);
    const request = checkout(ctx.http, cartId);
    const res = await (accessToken ? request.auth(accessToken, { type: 'bearer' }) : request).expect(201);
    return { product, number: res.body.data.number as string, token: res.body.accessToken as string };
  }

  test('when a guest reads the order with its token, then it is returned; with a wrong or no token, 404', async () => {
    const { number, token } = await placeOrder();
    const res = await ctx.http.get(`/api/v1/orders/${number}`).set('X-Order-Token', token).expect(200);
    expect(res.body.data).toMatchObject({ number, status: 'pending' });
    expect(res.headers['cache-control']).toContain('no-store');

    const wrong = await ctx.http
      .get(`/api/v1/orders/${number}`)
      .set('X-Order-Token', `${token}x`)
      .expect(404);
    expect(wrong.body.type).toBe(`${PROBLEM}not-found`);
    await ctx.http.get(`/api/v1/orders/${number}`).expect(404);
  });

  test('when the owner reads their order, then 200; when another customer does, then 404', async () => {
    const [owner, stranger] = [await registerCustomer(ctx.http), await registerCustomer(ctx.http)];
    const { number } = await placeOrder(owner.accessToken);
    await ctx.http.get(`/api/v1/orders/${number}`).auth(owner.accessToken, { type: 'bearer' }).expect(200);
    const res = await ctx.http
      .get(`/api/v1/orders/${number}`)
      .auth(stranger.accessToken, { type: 'bearer' })
      .expect(404);
    expect(res.body.type).toBe(`${PROBLEM}not-found`);
    await ctx.http
      .post(`/api/v1/orders/${number}/cancel`)
      .auth(stranger.accessToken, { type: 'bearer' })
      .expect(404);
  });

  test('when an admin reads any order, then 200', async () => {
    const admin = await loginAdmin(ctx.http);
    const { number } = await placeOrder();
    await ctx.http.get(`/api/v1/orders/${number}`).auth(admin.accessToken, { type: 'bearer' }).expect(200);
  });

  test('when the order number does not exist or is malformed, then 404 or 400', async () => {
    await ctx.http.get('/api/v1/orders/DC-2026-999999').set('X-Order-Token', 'anything').expect(404);
    await ctx.http.get('/api/v1/orders/1').expect(400);
  });

  test('when a guest cancels a pending order, then it is cancelled, stock returns and the movement is recorded', async () => {
    const { product, number, token } = await placeOrder(undefined, 3);
    await product.reload();
    expect(product.stock).toBe(7);

    const res = await ctx.http
      .post(`/api/v1/orders/${number}/cancel`)
      .set('X-Order-Token', token)
      .expect(200);

    expect(res.body.data.status).toBe('cancelled');
    expect(res.body.data.history.map((entry: { status: string }) => entry.status)).toEqual([
      'pending',
      'cancelled',
    ]);
    await product.reload();
    expect([product.stock, product.unitsSold]).toEqual([10, 0]);
    const movement = await StockMovement.findOne({ where: { productId: product.id, kind: 'cancellation' } });
    expect(movement).toMatchObject({ delta: 3, stockAfter: 10 });
  });

  test('when a cancelled order is cancelled again, then 409 conflict and stock is not returned twice', async () => {
    const { product, number, token } = await placeOrder();
    await ctx.http.post(`/api/v1/orders/${number}/cancel`).set('X-Order-Token', token).expect(200);
    const res = await ctx.http
      .post(`/api/v1/orders/${number}/cancel`)
      .set('X-Order-Token', token)
      .expect(409);
    expect(res.body.type).toBe(`${PROBLEM}conflict`);
    await product.reload();
    expect(product.stock).toBe(10);
  });

  test('when the order is already packed, then the customer may no longer cancel it (409)', async () => {
    const admin = await loginAdmin(ctx.http);
    const { number, token } = await placeOrder();
    for (const status of ['confirmed', 'packed']) {
      await ctx.http
        .post(`/api/v1/admin/orders/${number}/status`)
        .auth(admin.accessToken, { type: 'bearer' })
        .send({ status })
        .expect(200);
    }
    await ctx.http.post(`/api/v1/orders/${number}/cancel`).set('X-Order-Token', token).expect(409);
  });

  test('when the same order is cancelled twice at once, then stock comes back exactly once', async () => {
    const { product, number, token } = await placeOrder(undefined, 4);
    const results = await Promise.all(
      [1, 2, 3].map(() => ctx.http.post(`/api/v1/orders/${number}/cancel`).set('X-Order-Token', token)),
    );
    expect(results.map((res) => res.status).sort()).toEqual([200, 409, 409]);
    await product.reload();
    expect(product.stock).toBe(10);
  });
});
