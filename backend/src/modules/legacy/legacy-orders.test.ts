import { createTestContext, type TestContext } from '../../../test/harness/context';
import { createProduct, loginAdmin, registerCustomer } from '../../../test/harness/shop';
import { ProductImage } from '../catalog/catalog.models';
import { Order } from '../orders/order.models';

const PROBLEM = 'https://dhakacart.com.bd/problems/';

describe('legacy orders (/api/orders)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  const body = (items: { product_id: number; quantity: number; price: number }[], total: number) => ({
    customer_name: 'Rahim Uddin',
    customer_email: 'rahim@example.com',
    customer_phone: '01712345678',
    delivery_address: 'House 12, Road 5, Dhanmondi',
    total_amount: total,
    items,
  });

  test('when an old client places an order, then 201 with the old shape, prices in Taka and an access token', async () => {
    const galaxy = await createProduct({ name: 'Samsung Galaxy A54', pricePaisa: 3_599_000, stock: 5 });
    const res = await ctx.http
      .post('/api/orders')
      .send(body([{ product_id: galaxy.id, quantity: 2, price: 35990 }], 71980))
      .expect(201);

    expect(res.body).toMatchObject({
      message: 'Order placed successfully',
      order: {
        id: expect.any(Number),
        order_number: expect.stringMatching(/^DC-\d{4}-\d{6}$/),
        customer_name: 'Rahim Uddin',
        customer_email: 'rahim@example.com',
        customer_phone: '+8801712345678',
        delivery_address: 'House 12, Road 5, Dhanmondi',
        total_amount: 71980,
        status: 'pending',
        payment_method: 'cash_on_delivery',
        access_token: expect.any(String),
      },
    });
    const stored = await Order.findByPk(res.body.order.id);
    expect(stored).toMatchObject({ deliveryArea: 'unspecified', deliveryFeePaisa: 0, totalPaisa: 7_198_000 });
    await galaxy.reload();
    expect(galaxy.stock).toBe(3);
  });

  test('when an old client sends prices as decimal strings and a blank e-mail, then the order is accepted', async () => {
    const product = await createProduct({ pricePaisa: 3_599_050, stock: 5 });
    const res = await ctx.http
      .post('/api/orders')
      .send({
        ...body([{ product_id: product.id, quantity: 1, price: '35990.50' as unknown as number }], 35990.5),
        customer_email: '',
        total_amount: '35990.50',
      })
      .expect(201);
    expect(res.body.order).toMatchObject({ total_amount: 35990.5, customer_email: null });
  });

  test('when the total does not match server prices, then 400 price-mismatch with the expected total, nothing written', async () => {
    const product = await createProduct({ pricePaisa: 45_050, stock: 5 });
    const before = await Order.count();
    const res = await ctx.http
      .post('/api/orders')
      .send(body([{ product_id: product.id, quantity: 2, price: 400 }], 800))
      .expect(400);
    expect(res.body).toMatchObject({ type: `${PROBLEM}price-mismatch`, expectedTotal: 901 });
    expect(await Order.count()).toBe(before);
    await product.reload();
    expect(product.stock).toBe(5);
  });

  test('when more is ordered than in stock, then 409 out-of-stock and stock is unchanged', async () => {
    const product = await createProduct({ pricePaisa: 10_000, stock: 1 });
    const res = await ctx.http
      .post('/api/orders')
      .send(body([{ product_id: product.id, quantity: 2, price: 100 }], 200))
      .expect(409);
    expect(res.body.items).toEqual([
      { productId: product.id, name: product.name, requested: 2, available: 1 },
    ]);
    await product.reload();
    expect(product.stock).toBe(1);
  });

  test('when the second of two lines is short, then only it is reported, and the first keeps its stock', async () => {
    // Legacy orders have no cart, so the guarded decrement itself finds the shortage: the first
    // line (3 - 2 = 1 left inside the doomed transaction) must not be reported as short.
    const [first, second] = [
      await createProduct({ pricePaisa: 10_000, stock: 3 }),
      await createProduct({ pricePaisa: 10_000, stock: 1 }),
    ];
    const res = await ctx.http
      .post('/api/orders')
      .send(
        body(
          [
            { product_id: first.id, quantity: 2, price: 100 },
            { product_id: second.id, quantity: 2, price: 100 },
          ],
          400,
        ),
      )
      .expect(409);
    expect(res.body.items).toEqual([{ productId: second.id, name: second.name, requested: 2, available: 1 }]);
    await first.reload();
    expect(first.stock).toBe(3);
  });

  test('when a product does not exist, then 400 and nothing is written', async () => {
    const before = await Order.count();
    const res = await ctx.http
      .post('/api/orders')
      .send(body([{ product_id: 987_654, quantity: 1, price: 10 }], 10))
      .expect(400);
    expect(res.body.type).toBe(`${PROBLEM}validation-error`);
    expect(await Order.count()).toBe(before);
  });

  test('when fields are missing or wrong, then 400 lists each of them', async () => {
    const res = await ctx.http
      .post('/api/orders')
      .send({ customer_name: '', customer_phone: '12345', total_amount: 'a lot', items: [], extra: true })
      .expect(400);
    expect(res.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'body.customer_name',
      'body.customer_phone',
      'body.delivery_address',
      'body.extra',
      'body.items',
      'body.total_amount',
    ]);
  });

  test('when the order is read back with its token, then {order, items} with name and image_url; otherwise 404', async () => {
    const product = await createProduct({ name: 'Miniket Rice 5 kg', pricePaisa: 42_000, stock: 9 });
    await ProductImage.create({
      productId: product.id,
      url: '/images/rice.webp',
      alt: 'Rice',
      width: 600,
      height: 600,
    });
    const placed = await ctx.http
      .post('/api/orders')
      .send(body([{ product_id: product.id, quantity: 3, price: 420 }], 1260))
      .expect(201);
    const { id, order_number: number, access_token: token } = placed.body.order;

    for (const ref of [id, number]) {
      const res = await ctx.http.get(`/api/orders/${ref}`).set('X-Order-Token', token).expect(200);
      expect(res.body.order).toMatchObject({ id, order_number: number, total_amount: 1260 });
      expect(res.body.order.access_token).toBeUndefined();
      expect(res.body.items).toEqual([
        {
          id: expect.any(Number),
          order_id: id,
          product_id: product.id,
          quantity: 3,
          price: 420,
          name: 'Miniket Rice 5 kg',
          image_url: '/images/rice.webp',
        },
      ]);
    }
    await ctx.http.get(`/api/orders/${id}`).expect(404);
    await ctx.http.get(`/api/orders/${id}`).set('X-Order-Token', 'guess').expect(404);
    const stranger = await registerCustomer(ctx.http);
    await ctx.http.get(`/api/orders/${id}`).auth(stranger.accessToken, { type: 'bearer' }).expect(404);
    const admin = await loginAdmin(ctx.http);
    await ctx.http.get(`/api/orders/${id}`).auth(admin.accessToken, { type: 'bearer' }).expect(200);
    await ctx.http.get('/api/orders/not-a-number').expect(400);
  });

  test('when an old client retries with an Idempotency-Key, then the same order comes back once', async () => {
    const product = await createProduct({ pricePaisa: 10_000, stock: 5 });
    const request = body([{ product_id: product.id, quantity: 1, price: 100 }], 100);
    const first = await ctx.http
      .post('/api/orders')
      .set('Idempotency-Key', 'legacy-retry-0001')
      .send(request)
      .expect(201);
    const again = await ctx.http
      .post('/api/orders')
      .set('Idempotency-Key', 'legacy-retry-0001')
      .send(request)
      .expect(201);
    expect(again.body.order.id).toBe(first.body.order.id);
    expect(again.body.order.access_token).toBe(first.body.order.access_token);
    await product.reload();
    expect(product.stock).toBe(4);
  });
});
