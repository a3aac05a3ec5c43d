import { createTestContext, type TestContext } from '../../../test/harness/context';
import {
  checkout,
  checkoutBody,
  createCart,
  createProduct,
  idempotencyKey,
  registerCustomer,
} from '../../../test/harness/shop';
import { StockMovement } from '../catalog/catalog.models';
import { IdempotencyKey, Order } from './order.models';

describe('checkout (through PgBouncer in transaction mode, as in production)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ throughPgBouncer: true });
  });
  afterAll(() => ctx.close());

  test('when a cart is checked out, then an order is placed, stock drops and the cart is closed', async () => {
    const phone = await createProduct({ pricePaisa: 3_599_000, stock: 5 });
    const cartId = await createCart(ctx.http, [{ productId: phone.id, quantity: 2 }]);

    const res = await checkout(ctx.http, cartId);

    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      number: expect.stringMatching(/^DC-\d{4}-\d{6}$/),
      status: 'pending',
      subtotalPaisa: 7_198_000,
      deliveryFeePaisa: 6_000,
      totalPaisa: 7_204_000,
      paymentMethod: 'cash_on_delivery',
      paymentStatus: 'pending',
      customer: { name: 'Rahim Uddin', phone: '+8801712345678', email: 'rahim@example.com' },
      delivery: { area: 'dhanmondi', areaName: 'Dhanmondi', notes: null },
      lines: [{ productId: phone.id, quantity: 2, unitPricePaisa: 3_599_000, lineTotalPaisa: 7_198_000 }],
      history: [{ status: 'pending', note: null }],
    });
    expect(res.body.accessToken).toEqual(expect.any(String));
    await phone.reload();
    expect(phone.stock).toBe(3);
    expect(phone.unitsSold).toBe(2);
    const movements = await StockMovement.findAll({ where: { productId: phone.id, kind: 'order' } });
    expect(movements.map((m) => [m.delta, m.stockAfter])).toEqual([[-2, 3]]);
    await ctx.http.get(`/api/v1/carts/${cartId}`).expect(404);
  });

  test('when the same checkout is retried with its key, then the same order comes back and nothing is added', async () => {
    const product = await createProduct({ stock: 5 });
    const cartId = await createCart(ctx.http, [{ productId: product.id, quantity: 1 }]);
    const key = idempotencyKey();
    const body = checkoutBody(cartId);
    const first = await ctx.http.post('/api/v1/orders').set('Idempotency-Key', key).send(body).expect(201);
    const before = await Order.count();

    const again = await ctx.http.post('/api/v1/orders').set('Idempotency-Key', key).send(body).expect(200);

    expect(again.body.data.number).toBe(first.body.data.number);
    expect(again.body.accessToken).toBe(first.body.accessToken);
    expect(await Order.count()).toBe(before);
    await product.reload();
    expect(product.stock).toBe(4);
  });

  test('when the same key comes with a different body, then 422 idempotency-key-reused and no second order', async () => {
    const product = await createProduct({ stock: 5 });
    const cartId = await createCart(ctx.http, [{ productId: product.id, quantity: 1 }]);
    const key = idempotencyKey();
    await ctx.http.post('/api/v1/orders').set('Idempotency-Key', key).send(checkoutBody(cartId)).expect(201);
    const before = await Order.count();

    const res = await ctx.http
      .post('/api/v1/orders')
      .set('Idempotency-Key', key)
      .send(checkoutBody(cartId, { paymentMethod: 'bkash' }))
      .expect(422);

    expect(res.body.type).toBe('https://dhakacart.com.bd/problems/idempotency-key-reused');
    expect(await Order.count()).toBe(before);
  });

  test('when the Idempotency-Key header is missing or too short, then 400 names the header', async () => {
    const product = await createProduct();
    const cartId = await createCart(ctx.http, [{ productId: product.id, quantity: 1 }]);
    const missing = await ctx.http.post('/api/v1/orders').send(checkoutBody(cartId)).expect(400);
    expect(missing.body.errors[0].field).toBe('headers.idempotency-key');
    await ctx.http
      .post('/api/v1/orders')
      .set('Idempotency-Key', 'short')
      .send(checkoutBody(cartId))
      .expect(400);
  });

  test('when a line is short, then 409 out-of-stock lists it, and nothing is written (cart stays open)', async () => {
    const [plenty, scarce] = [await createProduct({ stock: 3 }), await createProduct({ stock: 2 })];
    const cartId = await createCart(ctx.http, [
      { productId: plenty.id, quantity: 2 },
      { productId: scarce.id, quantity: 2 },
    ]);
    await scarce.update({ stock: 1 });
    const [orders, keys] = [await Order.count(), await IdempotencyKey.count()];

    const res = await checkout(ctx.http, cartId).expect(409);

    expect(res.body).toMatchObject({
      type: 'https://dhakacart.com.bd/problems/out-of-stock',
      items: [{ productId: scarce.id, name: scarce.name, requested: 2, available: 1 }],
    });
    expect(res.body.items).toHaveLength(1); // only the short line
    await Promise.all([plenty.reload(), scarce.reload()]);
    expect([plenty.stock, scarce.stock]).toEqual([3, 1]);
    expect([await Order.count(), await IdempotencyKey.count()]).toEqual([orders, keys]);
    await ctx.http.get(`/api/v1/carts/${cartId}`).expect(200);
  });

  test('when a product was archived after it was put in the cart, then checkout fails with out-of-stock', async () => {
    const product = await createProduct({ stock: 10 });
    const cartId = await createCart(ctx.http, [{ productId: product.id, quantity: 1 }]);
    await product.update({ status: 'archived' });
    const res = await checkout(ctx.http, cartId).expect(409);
    expect(res.body.items).toEqual([
      { productId: product.id, name: product.name, requested: 1, available: 0 },
    ]);
  });

  test('when the cart is already ordered, empty or unknown, then 409, 400 and 404', async () => {
    const product = await createProduct();
    const ordered = await createCart(ctx.http, [{ productId: product.id, quantity: 1 }]);
    await checkout(ctx.http, ordered).expect(201);
    expect((await checkout(ctx.http, ordered).expect(409)).body.type).toBe(
      'https://dhakacart.com.bd/problems/conflict',
    );
    const empty = await createCart(ctx.http);
    expect((await checkout(ctx.http, empty).expect(400)).body.errors[0].field).toBe('body.cartId');
    await checkout(ctx.http, 'z'.repeat(43)).expect(404);
  });

  test('when paying by bKash, then the sandbox authorises it and the outer-area fee applies', async () => {
    const product = await createProduct({ pricePaisa: 50_000 });
    const cartId = await createCart(ctx.http, [{ productId: product.id, quantity: 1 }]);
    const res = await checkout(ctx.http, cartId, {
      paymentMethod: 'bkash',
      delivery: { area: 'savar', address: 'Road 3, Savar', notes: 'Call first' },
      customer: { name: 'Nadia', phone: '+8801912345678' },
    }).expect(201);
    expect(res.body.data).toMatchObject({
      paymentMethod: 'bkash',
      paymentStatus: 'authorized',
      deliveryFeePaisa: 12_000,
      totalPaisa: 62_000,
      customer: { email: null, phone: '+8801912345678' },
      delivery: { area: 'savar', areaName: 'Savar', notes: 'Call first' },
    });
    const stored = await Order.findOne({ where: { number: res.body.data.number } });
    expect(stored?.paymentReference).toMatch(/^BKASH-SBX-/);
  });

  test('when the wallet declines, then 402 payment-failed and the stock and cart are untouched', async () => {
    const product = await createProduct({ stock: 4 });
    const cartId = await createCart(ctx.http, [{ productId: product.id, quantity: 2 }]);
    const res = await checkout(ctx.http, cartId, {
      paymentMethod: 'nagad',
      customer: { name: 'Nadia', phone: '01912340000' },
    }).expect(402);
    expect(res.body.type).toBe('https://dhakacart.com.bd/problems/payment-failed');
    await product.reload();
    expect(product.stock).toBe(4);
    await ctx.http.get(`/api/v1/carts/${cartId}`).expect(200);
  });

  test('when a signed-in customer checks out, then the order is in their history and stores only the token hash', async () => {
    const customer = await registerCustomer(ctx.http);
    const product = await createProduct();
    const cartId = await createCart(ctx.http, [{ productId: product.id, quantity: 1 }]);
    const res = await checkout(ctx.http, cartId).auth(customer.accessToken, { type: 'bearer' }).expect(201);

    const mine = await ctx.http
      .get('/api/v1/me/orders')
      .auth(customer.accessToken, { type: 'bearer' })
      .expect(200);
    expect(mine.body.data.map((order: { number: string }) => order.number)).toEqual([res.body.data.number]);
    expect(mine.body.meta).toEqual({ page: 1, pageSize: 20, total: 1, totalPages: 1 });
    const stored = await Order.findOne({ where: { number: res.body.data.number } });
    expect(stored?.accessTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.accessTokenHash).not.toContain(res.body.accessToken);
  });

  test('when checkouts succeed and fail, then the order and failure metrics count them', async () => {
    const product = await createProduct({ stock: 1, pricePaisa: 200_000 });
    const cartId = await createCart(ctx.http, [{ productId: product.id, quantity: 1 }]);
    const other = await createCart(ctx.http, [{ productId: product.id, quantity: 1 }]);
    await checkout(ctx.http, cartId, { paymentMethod: 'nagad' }).expect(201);
    await checkout(ctx.http, other).expect(409);
    await ctx.http.post('/api/v1/orders').set('Idempotency-Key', idempotencyKey()).send({}).expect(400);

    const metrics = (await ctx.http.get('/metrics').expect(200)).text;
    expect(metrics).toMatch(/dhakacart_orders_placed_total\{payment_method="nagad"\} 1/);
    expect(metrics).toMatch(/dhakacart_checkout_failures_total\{reason="out_of_stock"\} [1-9]/);
    expect(metrics).toMatch(/dhakacart_checkout_failures_total\{reason="validation"\} [1-9]/);
    expect(metrics).toMatch(/dhakacart_order_value_paisa_count [1-9]/);
  });

  test('when the delivery areas are listed, then each has a code, names and a fee in paisa', async () => {
    const res = await ctx.http.get('/api/v1/delivery-areas').expect(200);
    expect(res.body.data.length).toBeGreaterThanOrEqual(20);
    expect(res.body.data).toContainEqual({
      code: 'dhanmondi',
      name: 'Dhanmondi',
      nameBn: 'ধানমন্ডি',
      feePaisa: 6_000,
    });
    for (const area of res.body.data) expect(Number.isInteger(area.feePaisa) && area.feePaisa > 0).toBe(true);
  });
});
