import { createTestContext, type TestContext } from '../../../test/harness/context';
import { checkoutBody, createProduct, idempotencyKey, listen, postJson } from '../../../test/harness/shop';
import { StockMovement } from '../catalog/catalog.models';
import { randomToken } from '../../lib/tokens';
import { Order, OrderLine } from './order.models';

/** How many of each status, so a failure shows the whole distribution. */
const countBy = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>(
    (counts, status) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }),
    {},
  );

/** Real concurrency: the app on a loopback port, requests fired together with fetch. */
describe('checkout under concurrency', () => {
  let ctx: TestContext;
  let server: Awaited<ReturnType<typeof listen>>;

  beforeAll(async () => {
    // This test is about correctness under concurrency, not overload. On a busy machine the
    // production fail-fast limits (2 s to get a pooled connection, 5 s per statement, which
    // includes waiting for the product's row lock) would turn a slow queue into 503s.
    ctx = await createTestContext({
      env: {
        RATE_LIMIT_CHECKOUT_PER_IP: '100000',
        DATABASE_POOL_MAX: '20',
        DATABASE_CONNECT_TIMEOUT_MS: '30000',
        DATABASE_ACQUIRE_TIMEOUT_MS: '60000',
        DATABASE_STATEMENT_TIMEOUT_MS: '60000',
      },
    });
    server = await listen(ctx.app);
  });
  afterAll(async () => {
    await server.close();
    await ctx.close();
  });

  /** `count` open carts holding `lines`, written in one statement (carts have their own tests). */
  async function cartsWith(
    count: number,
    lines: { productId: number; quantity: number }[],
  ): Promise<string[]> {
    const ids = Array.from({ length: count }, () => randomToken());
    await ctx.deps.sequelize.query(
      `WITH c AS (INSERT INTO carts (id) SELECT unnest($1::text[]) RETURNING id)
       INSERT INTO cart_lines (cart_id, product_id, quantity)
       SELECT c.id, l.product_id, l.quantity FROM c, unnest($2::int[], $3::int[]) AS l(product_id, quantity)`,
      { bind: [ids, lines.map((line) => line.productId), lines.map((line) => line.quantity)] },
    );
    return ids;
  }

  const checkoutAll = (carts: string[], key: () => string = idempotencyKey) =>
    Promise.all(
      carts.map((cartId) =>
        postJson(`${server.url}/api/v1/orders`, checkoutBody(cartId), { 'Idempotency-Key': key() }),
      ),
    );

  test('when 200 buyers check out the last 25 units at once, then exactly 25 orders exist and stock is 0', async () => {
    const product = await createProduct({ stock: 25 });
    const carts = await cartsWith(200, [{ productId: product.id, quantity: 1 }]);

    const responses = await checkoutAll(carts);

    const statuses = responses.map((res) => res.status);
    expect(countBy(statuses)).toEqual({ 201: 25, 409: 175 });
    for (const res of responses.filter((r) => r.status === 409)) {
      expect(res.body).toMatchObject({
        type: 'https://dhakacart.com.bd/problems/out-of-stock',
        items: [{ productId: product.id, requested: 1, available: 0 }],
      });
    }
    await product.reload();
    expect(product.stock).toBe(0);
    expect(product.unitsSold).toBe(25);
    expect(await OrderLine.sum('quantity', { where: { productId: product.id } })).toBe(25);
    const movements = await StockMovement.findAll({ where: { productId: product.id, kind: 'order' } });
    expect(movements).toHaveLength(25);
    expect(movements.every((movement) => movement.stockAfter >= 0)).toBe(true);
    expect(
      new Set(
        responses.filter((r) => r.status === 201).map((r) => (r.body.data as { number: string }).number),
      ).size,
    ).toBe(25);
  });

  test('when one checkout is sent 5 times at once with one key, then one order is placed and all 5 answers name it', async () => {
    const product = await createProduct({ stock: 10 });
    const [cartId] = await cartsWith(1, [{ productId: product.id, quantity: 3 }]);
    const key = idempotencyKey();
    const ordersBefore = await Order.count();

    const responses = await checkoutAll([cartId!, cartId!, cartId!, cartId!, cartId!], () => key);

    expect(responses.map((res) => res.status).sort()).toEqual([200, 200, 200, 200, 201]);
    const numbers = responses.map((res) => (res.body.data as { number: string }).number);
    expect(new Set(numbers).size).toBe(1);
    expect(new Set(responses.map((res) => res.body.accessToken)).size).toBe(1);
    expect(await Order.count()).toBe(ordersBefore + 1);
    await product.reload();
    expect(product.stock).toBe(7);
  });

  test('when carts holding the same two products check out together, then no deadlock or error occurs and stock adds up', async () => {
    const [first, second] = [await createProduct({ stock: 15 }), await createProduct({ stock: 15 })];
    // Lines are stored in both orders; checkout must still lock rows in one order.
    const carts = [
      ...(await cartsWith(10, [
        { productId: first.id, quantity: 1 },
        { productId: second.id, quantity: 1 },
      ])),
      ...(await cartsWith(10, [
        { productId: second.id, quantity: 1 },
        { productId: first.id, quantity: 1 },
      ])),
    ];

    const responses = await checkoutAll(carts);

    expect(countBy(responses.map((res) => res.status))).toEqual({ 201: 15, 409: 5 });
    await Promise.all([first.reload(), second.reload()]);
    expect([first.stock, second.stock]).toEqual([0, 0]);
  });
});
