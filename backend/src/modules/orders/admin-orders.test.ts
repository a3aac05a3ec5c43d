import { createTestContext, type TestContext } from '../../../test/harness/context';
import {
  checkout,
  createCart,
  createProduct,
  loginAdmin,
  registerCustomer,
} from '../../../test/harness/shop';
import { Order } from './order.models';
import { dhakaDay } from './admin-order-filters.sql';

const PROBLEM = 'https://dhakacart.com.bd/problems/';

describe('admin orders', () => {
  let ctx: TestContext;
  let admin: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    admin = (await loginAdmin(ctx.http)).accessToken;
  });
  afterAll(() => ctx.close());

  async function placeOrder(overrides: Record<string, unknown> = {}) {
    const product = await createProduct({ stock: 10 });
    const cartId = await createCart(ctx.http, [{ productId: product.id, quantity: 2 }]);
    const res = await checkout(ctx.http, cartId, overrides).expect(201);
    return { product, number: res.body.data.number as string };
  }

  const move = (number: string, status: string, note?: string) =>
    ctx.http
      .post(`/api/v1/admin/orders/${number}/status`)
      .auth(admin, { type: 'bearer' })
      .send(note ? { status, note } : { status });

  test('when an order goes through its whole lifecycle, then each step is in its history and COD becomes paid', async () => {
    const { number } = await placeOrder();
    for (const status of ['confirmed', 'packed', 'shipped']) await move(number, status).expect(200);
    const res = await move(number, 'delivered', 'Handed to Rahim').expect(200);
    expect(res.body.data).toMatchObject({ status: 'delivered', paymentStatus: 'paid' });
    expect(res.body.data.history.map((entry: { status: string }) => entry.status)).toEqual([
      'pending',
      'confirmed',
      'packed',
      'shipped',
      'delivered',
    ]);
    expect(res.body.data.history[4].note).toBe('Handed to Rahim');
  });

  test('when a move skips a step or leaves a final state, then 409 conflict and nothing changes', async () => {
    const { number } = await placeOrder();
    const skip = await move(number, 'shipped').expect(409);
    expect(skip.body).toMatchObject({ type: `${PROBLEM}conflict`, currentStatus: 'pending' });
    for (const status of ['confirmed', 'packed', 'shipped']) await move(number, status).expect(200);
    await move(number, 'cancelled').expect(409);
    await move(number, 'pending').expect(409);
    expect((await Order.findOne({ where: { number } }))?.status).toBe('shipped');
  });

  test('when staff cancel a packed order, then stock is restored', async () => {
    const { product, number } = await placeOrder();
    await move(number, 'confirmed').expect(200);
    await move(number, 'packed').expect(200);
    await move(number, 'cancelled', 'Customer unreachable').expect(200);
    await product.reload();
    expect(product.stock).toBe(10);
  });

  test('when the status is unknown or the order missing, then 400 or 404', async () => {
    const { number } = await placeOrder();
    await move(number, 'lost').expect(400);
    await move('DC-2026-999999', 'confirmed').expect(404);
  });

  test('when orders are listed with filters, then only matching orders come back, newest first', async () => {
    const first = await placeOrder({ delivery: { area: 'gulshan', address: 'Road 90, Gulshan 2' } });
    const second = await placeOrder({
      delivery: { area: 'gulshan', address: 'Road 11, Gulshan 1' },
      customer: { name: 'Farhana Akter', phone: '01556677889' },
    });
    await move(second.number, 'confirmed').expect(200);

    const byArea = await ctx.http
      .get('/api/v1/admin/orders?area=gulshan')
      .auth(admin, { type: 'bearer' })
      .expect(200);
    expect(byArea.body.data.map((order: { number: string }) => order.number)).toEqual([
      second.number,
      first.number,
    ]);
    expect(byArea.body.meta).toMatchObject({ page: 1, total: 2 });

    const confirmed = await ctx.http
      .get('/api/v1/admin/orders?area=gulshan&status=confirmed')
      .auth(admin, { type: 'bearer' })
      .expect(200);
    expect(confirmed.body.data.map((order: { number: string }) => order.number)).toEqual([second.number]);

    for (const q of ['farhana', '01556677889', second.number]) {
      const found = await ctx.http
        .get(`/api/v1/admin/orders?q=${encodeURIComponent(q)}`)
        .auth(admin, { type: 'bearer' })
        .expect(200);
      expect(found.body.data.map((order: { number: string }) => order.number)).toEqual([second.number]);
    }

    const today = dhakaDay(new Date()); // from/to are days in Dhaka, 6 h ahead of UTC
    const future = await ctx.http
      .get('/api/v1/admin/orders?from=2999-01-01')
      .auth(admin, { type: 'bearer' })
      .expect(200);
    expect(future.body.data).toEqual([]);
    const past = await ctx.http
      .get(`/api/v1/admin/orders?from=2020-01-01&to=${today}&area=gulshan`)
      .auth(admin, { type: 'bearer' })
      .expect(200);
    expect(past.body.meta.total).toBe(2);
  });

  test('when filters are invalid or unknown, then 400 lists them', async () => {
    const res = await ctx.http
      .get("/api/v1/admin/orders?status=lost&from=yesterday&page=0&sort=' OR 1=1")
      .auth(admin, { type: 'bearer' })
      .expect(400);
    expect(res.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'query.from',
      'query.page',
      'query.sort',
      'query.status',
    ]);
  });

  test('when a customer or a guest calls the admin order routes, then 403 or 401', async () => {
    const customer = await registerCustomer(ctx.http);
    const { number } = await placeOrder();
    await ctx.http.get('/api/v1/admin/orders').auth(customer.accessToken, { type: 'bearer' }).expect(403);
    await ctx.http
      .post(`/api/v1/admin/orders/${number}/status`)
      .auth(customer.accessToken, { type: 'bearer' })
      .send({ status: 'confirmed' })
      .expect(403);
    await ctx.http.post(`/api/v1/admin/orders/${number}/status`).send({ status: 'confirmed' }).expect(401);
    expect((await Order.findOne({ where: { number } }))?.status).toBe('pending');
  });
});
