import { createTestContext, type TestContext } from '../../../test/harness/context';
import { checkout, createCart, createProduct } from '../../../test/harness/shop';
import { Order } from './order.models';

describe('checkout rate limit', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ env: { RATE_LIMIT_CHECKOUT_PER_IP: '2', TRUST_PROXY: 'true' } });
  });
  afterAll(() => ctx.close());

  test('when one address checks out more often than allowed, then 429 with Retry-After and no order', async () => {
    const product = await createProduct({ stock: 10 });
    const carts = [await createCart(ctx.http, [{ productId: product.id, quantity: 1 }])];
    carts.push(await createCart(ctx.http, [{ productId: product.id, quantity: 1 }]));
    carts.push(await createCart(ctx.http, [{ productId: product.id, quantity: 1 }]));
    const from = (address: string, cartId: string) =>
      checkout(ctx.http, cartId).set('X-Forwarded-For', address);

    await from('198.51.100.20', carts[0]!).expect(201);
    await from('198.51.100.20', carts[1]!).expect(201);
    const before = await Order.count();
    const limited = await from('198.51.100.20', carts[2]!).expect(429);

    expect(limited.body.type).toBe('https://dhakacart.com.bd/problems/rate-limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(await Order.count()).toBe(before);
    await from('198.51.100.21', carts[2]!).expect(201);
    const metrics = (await ctx.http.get('/metrics')).text;
    expect(metrics).toMatch(/dhakacart_checkout_failures_total\{reason="rate_limited"\} 1/);
  });
});
