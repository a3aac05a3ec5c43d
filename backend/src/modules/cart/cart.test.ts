import { createTestContext, type TestContext } from '../../../test/harness/context';
import { createCart, createProduct } from '../../../test/harness/shop';
import { ProductImage } from '../catalog/catalog.models';
import { CartLine } from './cart.models';

const PROBLEM = 'https://dhakacart.com.bd/problems/';

describe('carts', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  test('when a cart is created, then it is empty and its id is a long random token', async () => {
    const [a, b] = await Promise.all([ctx.http.post('/api/v1/carts'), ctx.http.post('/api/v1/carts')]);
    expect(a.status).toBe(201);
    expect(a.body.data).toMatchObject({ lines: [], itemCount: 0, subtotalPaisa: 0 });
    expect(a.body.data.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.body.data.id).not.toBe(b.body.data.id);
  });

  test('when products are added, then lines carry current prices, image, stock and availability', async () => {
    const product = await createProduct({ pricePaisa: 12_000, stock: 8 });
    await ProductImage.create({
      productId: product.id,
      url: '/images/rice.webp',
      alt: 'Rice',
      width: 640,
      height: 480,
    });
    const cartId = await createCart(ctx.http, [{ productId: product.id, quantity: 2 }]);

    const res = await ctx.http
      .post(`/api/v1/carts/${cartId}/items`)
      .send({ productId: product.id, quantity: 3 })
      .expect(200);

    expect(res.body.data).toMatchObject({
      id: cartId,
      itemCount: 5,
      subtotalPaisa: 60_000,
      lines: [
        {
          productId: product.id,
          slug: product.slug,
          name: product.name,
          image: { url: '/images/rice.webp', alt: 'Rice', width: 640, height: 480 },
          unitPricePaisa: 12_000,
          quantity: 5,
          lineTotalPaisa: 60_000,
          stock: 8,
          available: true,
        },
      ],
    });
    expect(Date.parse(res.body.data.updatedAt)).not.toBeNaN();
  });

  test('when the price changes after adding, then the cart shows the new price', async () => {
    const product = await createProduct({ pricePaisa: 10_000 });
    const cartId = await createCart(ctx.http, [{ productId: product.id, quantity: 1 }]);
    await product.update({ pricePaisa: 9_000 });
    const res = await ctx.http.get(`/api/v1/carts/${cartId}`).expect(200);
    expect(res.body.data.lines[0].unitPricePaisa).toBe(9_000);
    expect(res.body.data.subtotalPaisa).toBe(9_000);
  });

  test('when more is asked than is in stock, then 409 out-of-stock says what is available and the cart is unchanged', async () => {
    const product = await createProduct({ stock: 3 });
    const cartId = await createCart(ctx.http, [{ productId: product.id, quantity: 2 }]);
    const res = await ctx.http
      .post(`/api/v1/carts/${cartId}/items`)
      .send({ productId: product.id, quantity: 2 })
      .expect(409);
    expect(res.body).toMatchObject({
      type: `${PROBLEM}out-of-stock`,
      items: [{ productId: product.id, requested: 4, available: 3 }],
    });
    const line = await CartLine.findOne({ where: { cartId, productId: product.id } });
    expect(line?.quantity).toBe(2);
  });

  test('when an archived product is added, then 409 out-of-stock; an unknown one, 404', async () => {
    const archived = await createProduct({ status: 'archived' });
    const cartId = await createCart(ctx.http);
    const res = await ctx.http
      .post(`/api/v1/carts/${cartId}/items`)
      .send({ productId: archived.id, quantity: 1 })
      .expect(409);
    expect(res.body.items[0].available).toBe(0);
    await ctx.http
      .post(`/api/v1/carts/${cartId}/items`)
      .send({ productId: 999_999, quantity: 1 })
      .expect(404);
  });

  test('when a product in the cart is archived or runs short later, then its line is marked unavailable', async () => {
    const [a, b] = [await createProduct({ stock: 5 }), await createProduct({ stock: 5 })];
    const cartId = await createCart(ctx.http, [
      { productId: a.id, quantity: 2 },
      { productId: b.id, quantity: 3 },
    ]);
    await a.update({ status: 'archived' });
    await b.update({ stock: 1 });
    const res = await ctx.http.get(`/api/v1/carts/${cartId}`).expect(200);
    expect(res.body.data.lines.map((line: { available: boolean }) => line.available)).toEqual([false, false]);
  });

  test('when a quantity is changed or a line removed, then the cart reflects it', async () => {
    const product = await createProduct({ stock: 10 });
    const cartId = await createCart(ctx.http, [{ productId: product.id, quantity: 1 }]);

    const changed = await ctx.http
      .patch(`/api/v1/carts/${cartId}/items/${product.id}`)
      .send({ quantity: 7 })
      .expect(200);
    expect(changed.body.data.itemCount).toBe(7);
    await ctx.http.patch(`/api/v1/carts/${cartId}/items/${product.id}`).send({ quantity: 11 }).expect(409);

    const removed = await ctx.http.delete(`/api/v1/carts/${cartId}/items/${product.id}`).expect(200);
    expect(removed.body.data.lines).toEqual([]);
    await ctx.http.patch(`/api/v1/carts/${cartId}/items/${product.id}`).send({ quantity: 1 }).expect(404);
  });

  test('when the cart id is unknown or malformed, then 404 or 400', async () => {
    await ctx.http.get(`/api/v1/carts/${'a'.repeat(43)}`).expect(404);
    await ctx.http.delete(`/api/v1/carts/${'a'.repeat(43)}/items/1`).expect(404);
    await ctx.http
      .post(`/api/v1/carts/${'a'.repeat(43)}/items`)
      .send({ productId: 1, quantity: 1 })
      .expect(404);
    const res = await ctx.http.get('/api/v1/carts/short').expect(400);
    expect(res.body.errors[0].field).toBe('params.cartId');
  });

  test('when quantities are zero, negative, fractional, huge or strings, then 400 and nothing is stored', async () => {
    const product = await createProduct({ stock: 1000 });
    const cartId = await createCart(ctx.http);
    for (const quantity of [0, -1, 1.5, 101, 1e12, '2', null]) {
      const res = await ctx.http
        .post(`/api/v1/carts/${cartId}/items`)
        .send({ productId: product.id, quantity })
        .expect(400);
      expect(res.body.type).toBe(`${PROBLEM}validation-error`);
    }
    const res = await ctx.http
      .post(`/api/v1/carts/${cartId}/items`)
      .send({ productId: product.id, quantity: 1, pricePaisa: 1 })
      .expect(400);
    expect(res.body.errors).toEqual([{ field: 'body.pricePaisa', message: 'is not allowed' }]);
    await ctx.http
      .post(`/api/v1/carts/${cartId}/items`)
      .send({ productId: product.id, quantity: 60 })
      .expect(200);
    await ctx.http
      .post(`/api/v1/carts/${cartId}/items`)
      .send({ productId: product.id, quantity: 60 })
      .expect(400);
    expect(await CartLine.count({ where: { cartId } })).toBe(1);
  });
});
