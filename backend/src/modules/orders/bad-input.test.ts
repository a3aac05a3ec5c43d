import { createTestContext, type TestContext } from '../../../test/harness/context';
import {
  checkoutBody,
  createCart,
  createProduct,
  idempotencyKey,
  loginAdmin,
} from '../../../test/harness/shop';
import { Customer } from '../customers/customer.models';
import { CartLine } from '../cart/cart.models';
import { IdempotencyKey, Order } from './order.models';

const PROBLEM = 'https://dhakacart.com.bd/problems/';

/** Hostile and sloppy input: always a 4xx problem+json, never a 500, and nothing written. */
describe('bad input on commerce endpoints', () => {
  let ctx: TestContext;
  let cartId: string;
  let productId: number;

  beforeAll(async () => {
    ctx = await createTestContext({ env: { RATE_LIMIT_CHECKOUT_PER_IP: '100000' } });
    const product = await createProduct({ stock: 50 });
    productId = product.id;
    cartId = await createCart(ctx.http, [{ productId, quantity: 1 }]);
  });
  afterAll(() => ctx.close());

  const counts = async () => ({
    orders: await Order.count(),
    keys: await IdempotencyKey.count(),
    customers: await Customer.count(),
    lines: await CartLine.count(),
  });

  function expectProblem(
    res: { status: number; headers: Record<string, string>; body: { type: string } },
    status: number,
    type: string,
  ) {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.type).toBe(`${PROBLEM}${type}`);
  }

  test('when checkout bodies have wrong types, unknown fields or bad phones, then 400 each and nothing is written', async () => {
    const before = await counts();
    const bodies: unknown[] = [
      { ...checkoutBody(cartId), cartId: 12345 },
      { ...checkoutBody(cartId), customer: 'Rahim' },
      { ...checkoutBody(cartId), paymentMethod: 'credit_card' },
      { ...checkoutBody(cartId), totalPaisa: 1 },
      { ...checkoutBody(cartId), delivery: { area: 'dhanmondi', address: 'House 1, Road 2', floor: 3 } },
      { ...checkoutBody(cartId), delivery: { area: 'chittagong', address: 'Somewhere far' } },
      ...[
        '12345',
        '01212345678',
        '+1 555 0100',
        '0171234567a',
        "01712345678'; DROP TABLE orders;--",
        1712345678,
      ].map((phone) => ({ ...checkoutBody(cartId), customer: { name: 'Rahim', phone } })),
      [],
    ];
    for (const body of bodies) {
      const res = await ctx.http
        .post('/api/v1/orders')
        .set('Idempotency-Key', idempotencyKey())
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(body));
      expectProblem(res, 400, 'validation-error');
    }
    for (const primitive of ['"just a string"', 'null', '42']) {
      const res = await ctx.http
        .post('/api/v1/orders')
        .set('Idempotency-Key', idempotencyKey())
        .set('Content-Type', 'application/json')
        .send(primitive);
      expectProblem(res, 400, 'malformed-json');
    }
    expect(await counts()).toEqual(before);
  });

  test('when an invalid phone is sent, then the error names the field', async () => {
    const res = await ctx.http
      .post('/api/v1/orders')
      .set('Idempotency-Key', idempotencyKey())
      .send({ ...checkoutBody(cartId), customer: { name: 'Rahim', phone: '01212345678' } });
    expect(res.body.errors).toEqual([
      { field: 'body.customer.phone', message: 'must be a Bangladeshi mobile number (01XXXXXXXXX)' },
    ]);
  });

  test('when the body is 2 MB, then 413 payload-too-large and nothing is written', async () => {
    const before = await counts();
    const huge = {
      ...checkoutBody(cartId),
      delivery: { area: 'dhanmondi', address: 'x'.repeat(2 * 1024 * 1024) },
    };
    for (const path of ['/api/v1/orders', '/api/orders', '/api/v1/auth/register']) {
      const res = await ctx.http.post(path).set('Idempotency-Key', idempotencyKey()).send(huge);
      expectProblem(res, 413, 'payload-too-large');
    }
    expect(await counts()).toEqual(before);
  });

  test('when the JSON is malformed or not JSON at all, then 400 malformed-json or 415', async () => {
    const before = await counts();
    for (const path of [
      '/api/v1/orders',
      '/api/orders',
      '/api/v1/auth/login',
      `/api/v1/carts/${cartId}/items`,
    ]) {
      const res = await ctx.http
        .post(path)
        .set('Idempotency-Key', idempotencyKey())
        .set('Content-Type', 'application/json')
        .send('{"cartId": "abc",');
      expectProblem(res, 400, 'malformed-json');
    }
    const text = await ctx.http
      .post('/api/v1/orders')
      .set('Idempotency-Key', idempotencyKey())
      .set('Content-Type', 'text/plain')
      .send('cartId=abc');
    expectProblem(text, 415, 'unsupported-media-type');
    expect(await counts()).toEqual(before);
  });

  test('when SQL-looking strings arrive in ids, e-mails and searches, then 4xx or an empty result, and tables are intact', async () => {
    const before = await counts();
    const injection = "' OR '1'='1'; DROP TABLE orders; --";
    expectProblem(
      await ctx.http.get(`/api/v1/carts/${encodeURIComponent(injection)}`),
      400,
      'validation-error',
    );
    expectProblem(
      await ctx.http.get(`/api/v1/orders/${encodeURIComponent(injection)}`),
      400,
      'validation-error',
    );
    expectProblem(
      await ctx.http.get(`/api/orders/${encodeURIComponent(injection)}`),
      400,
      'validation-error',
    );
    expectProblem(
      await ctx.http.post('/api/v1/auth/login').send({ email: injection, password: injection }),
      400,
      'validation-error',
    );
    expectProblem(
      await ctx.http.post('/api/v1/orders').set('Idempotency-Key', injection).send(checkoutBody(injection)),
      400,
      'validation-error',
    );
    const admin = await loginAdmin(ctx.http);
    const search = await ctx.http
      .get(`/api/v1/admin/orders?q=${encodeURIComponent(injection)}`)
      .auth(admin.accessToken, { type: 'bearer' })
      .expect(200);
    expect(search.body.data).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  test('when a name looks like SQL, then it is stored as plain text (parameterised queries)', async () => {
    const product = await createProduct({ stock: 5 });
    const cart = await createCart(ctx.http, [{ productId: product.id, quantity: 1 }]);
    const name = "Robert'); DROP TABLE orders;--";
    const res = await ctx.http
      .post('/api/v1/orders')
      .set('Idempotency-Key', idempotencyKey())
      .send(checkoutBody(cart, { customer: { name, phone: '01712345678' } }))
      .expect(201);
    expect(res.body.data.customer.name).toBe(name);
    expect(await Order.count()).toBeGreaterThan(0);
  });

  test('when legacy orders carry negative, fractional or huge quantities and prices, then 400 and nothing is written', async () => {
    const before = await counts();
    const items = [
      { product_id: productId, quantity: -1, price: 1500 },
      { product_id: productId, quantity: 1e9, price: 1500 },
      { product_id: productId, quantity: 1.5, price: 1500 },
      { product_id: productId, quantity: 1, price: -5 },
      { product_id: productId, quantity: 1, price: 10.555 },
      { product_id: -3, quantity: 1, price: 1500 },
      { product_id: '1; DROP TABLE products', quantity: 1, price: 1500 },
    ];
    for (const item of items) {
      const res = await ctx.http.post('/api/orders').send({
        customer_name: 'Rahim',
        customer_email: 'rahim@example.com',
        customer_phone: '01712345678',
        delivery_address: 'House 1, Road 2',
        total_amount: 1500,
        items: [item],
      });
      expectProblem(res, 400, 'validation-error');
    }
    expect(await counts()).toEqual(before);
  });
});
