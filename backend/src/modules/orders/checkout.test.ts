import { createTestContext, type TestContext } from '../../../test/harness/context';
import {
  checkout,
  checkoutBody,
  createCart,
  createProduct,
  idempotencyKey,
} from '../../../test/harness/shop';
import { Product, StockMovement } from '../catalog/catalog.models';
import { Order } from './order.models';

describe('checkout', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
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
    void Product;
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
});
