import { adminToken, bearer, customerToken } from '../../../test/harness/auth';
import { createTestContext, type TestContext } from '../../../test/harness/context';
import { Customer } from '../customers/customer.models';
import { TEST_ADMIN } from '../../../test/harness/context';

describe('admin products', () => {
  let ctx: TestContext;
  let auth: Record<string, string>;
  let adminId: number;
  beforeAll(async () => {
    ctx = await createTestContext();
    auth = bearer(await adminToken(ctx));
    adminId = (await Customer.findOne({ where: { email: TEST_ADMIN.email } }))!.id;
  });
  afterAll(() => ctx.close());

  const newProduct = {
    name: 'Shital Pati Floor Mat',
    nameBn: 'শীতল পাটি',
    description: 'Cool woven mat from Sylhet, 6 by 7 feet.',
    categorySlug: 'home-kitchen',
    pricePaisa: 185_000,
    stock: 12,
  };

  test('when no token, a customer token or a tampered token is sent, then 401 / 403 / 401', async () => {
    await ctx.http.get('/api/v1/admin/products').expect(401);
    await ctx.http
      .get('/api/v1/admin/products')
      .set(bearer(await customerToken(ctx)))
      .expect(403);
    const tampered = auth.Authorization!.slice(0, -3) + 'abc';
    await ctx.http.get('/api/v1/admin/products').set({ Authorization: tampered }).expect(401);
    await ctx.http
      .post('/api/v1/admin/products')
      .set(bearer(await customerToken(ctx)))
      .send(newProduct)
      .expect(403);
  });

  test('when an admin lists products, then archived ones are included and filters apply', async () => {
    await ctx.http.post('/api/v1/admin/products/14/archive').set(auth).expect(200);
    const archived = await ctx.http.get('/api/v1/admin/products?status=archived').set(auth).expect(200);
    expect(archived.body.data.map((p: { id: number }) => p.id)).toEqual([14]);
    expect(archived.body.data[0]).toMatchObject({
      status: 'archived',
      unitsSold: 520,
      description: expect.any(String),
    });
    const search = await ctx.http
      .get('/api/v1/admin/products?q=adidas&category=sports')
      .set(auth)
      .expect(200);
    expect(search.body.data.map((p: { id: number }) => p.id)).toContain(14);
    const all = await ctx.http.get('/api/v1/admin/products?pageSize=10&page=2').set(auth).expect(200);
    expect(all.body.meta).toMatchObject({ page: 2, pageSize: 10, total: expect.any(Number) });
    expect(all.body.data).toHaveLength(10);
    await ctx.http.post('/api/v1/admin/products/14/unarchive').set(auth).expect(200);
    await ctx.http.get('/api/v1/products/adidas-football-size-5').expect(200);
  });

  test('when an admin creates a product, then it is in the shop with a generated image and an opening movement', async () => {
    const res = await ctx.http.post('/api/v1/admin/products').set(auth).send(newProduct).expect(201);
    const product = res.body.data;
    expect(product).toMatchObject({
      slug: 'shital-pati-floor-mat',
      nameBn: 'শীতল পাটি',
      category: { slug: 'home-kitchen' },
      pricePaisa: 185_000,
      stock: 12,
      status: 'active',
      images: [{ url: '/api/v1/media/products/shital-pati-floor-mat.svg', width: 600, height: 600 }],
    });
    const shop = await ctx.http.get('/api/v1/products?q=shital').expect(200);
    expect(shop.body.data.map((p: { id: number }) => p.id)).toEqual([product.id]);
    await ctx.http.get(product.images[0].url).expect(200);
    const movements = await ctx.http
      .get(`/api/v1/admin/products/${product.id}/stock-movements`)
      .set(auth)
      .expect(200);
    expect(movements.body.data).toEqual([
      expect.objectContaining({ kind: 'initial', delta: 12, stockAfter: 12, actorId: adminId }),
    ]);
  });

  test('when the slug is taken, then 409 conflict and nothing is written', async () => {
    const res = await ctx.http
      .post('/api/v1/admin/products')
      .set(auth)
      .send({ ...newProduct, slug: 'samsung-galaxy-a54' })
      .expect(409);
    expect(res.body.type).toBe('https://dhakacart.com.bd/problems/conflict');
    const page = await ctx.http.get('/api/v1/products/samsung-galaxy-a54').expect(200);
    expect(page.body.data.name).toBe('Samsung Galaxy A54');
  });

  test('when the body is invalid, then 400 lists each bad field and nothing is written', async () => {
    const before = await ctx.http.get('/api/v1/admin/products').set(auth).expect(200);
    const res = await ctx.http
      .post('/api/v1/admin/products')
      .set(auth)
      .send({
        name: 'X',
        description: 5,
        categorySlug: 'groceries',
        pricePaisa: 10.5,
        stock: -1,
        colour: 'red',
      })
      .expect(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['body.colour', 'body.description', 'body.name', 'body.pricePaisa', 'body.stock']);
    const unknown = await ctx.http
      .post('/api/v1/admin/products')
      .set(auth)
      .send({ ...newProduct, slug: 'another-mat', categorySlug: 'spaceships' })
      .expect(400);
    expect(unknown.body.errors).toEqual([
      { field: 'body.categorySlug', message: expect.stringContaining('spaceships') },
    ]);
    const after = await ctx.http.get('/api/v1/admin/products').set(auth).expect(200);
    expect(after.body.meta.total).toBe(before.body.meta.total);
  });

  test('when an admin edits a product, then the shop shows it; stock cannot be edited this way', async () => {
    const res = await ctx.http
      .patch('/api/v1/admin/products/9')
      .set(auth)
      .send({
        name: 'Pran Frooto Mango 1 L',
        slug: 'pran-frooto-mango-1-l',
        pricePaisa: 12_000,
        categorySlug: 'groceries',
      })
      .expect(200);
    expect(res.body.data).toMatchObject({
      slug: 'pran-frooto-mango-1-l',
      pricePaisa: 12_000,
      category: { slug: 'groceries' },
      image: { url: '/api/v1/media/products/pran-frooto-mango-1-l.svg' },
    });
    await ctx.http.get('/api/v1/products/pran-frooto-mango-juice-1-l').expect(404);
    await ctx.http.get('/api/v1/products/pran-frooto-mango-1-l').expect(200);
    const legacy = await ctx.http.get('/api/products/9').expect(200);
    expect(legacy.body.data).toMatchObject({
      name: 'Pran Frooto Mango 1 L',
      price: 120,
      category: 'Groceries',
    });

    const stock = await ctx.http.patch('/api/v1/admin/products/9').set(auth).send({ stock: 0 }).expect(400);
    expect(stock.body.errors).toContainEqual({ field: 'body.stock', message: 'is not allowed' });
    await ctx.http.patch('/api/v1/admin/products/9').set(auth).send({}).expect(400);
    await ctx.http.patch('/api/v1/admin/products/999999').set(auth).send({ pricePaisa: 100 }).expect(404);
    await ctx.http.patch('/api/v1/admin/products/abc').set(auth).send({ pricePaisa: 100 }).expect(400);
  });

  test('when an image url is given, then it replaces the generated one', async () => {
    const res = await ctx.http
      .patch('/api/v1/admin/products/10')
      .set(auth)
      .send({ imageUrl: 'https://cdn.dhakacart.com.bd/nescafe.jpg' })
      .expect(200);
    expect(res.body.data.images).toEqual([
      expect.objectContaining({ url: 'https://cdn.dhakacart.com.bd/nescafe.jpg' }),
    ]);
    await ctx.http
      .patch('/api/v1/admin/products/10')
      .set(auth)
      .send({ imageUrl: 'javascript:alert(1)' })
      .expect(400);
  });

  test('when stock is adjusted, then it changes and the movement records delta, reason and actor', async () => {
    const res = await ctx.http
      .post('/api/v1/admin/products/13/stock-adjustments')
      .set(auth)
      .send({ delta: -5, reason: 'Damaged in the Mirpur warehouse' })
      .expect(201);
    expect(res.body.data.product.stock).toBe(20);
    expect(res.body.data.movement).toMatchObject({
      kind: 'adjustment',
      delta: -5,
      stockAfter: 20,
      reason: 'Damaged in the Mirpur warehouse',
      actorId: adminId,
      orderId: null,
    });
    const shop = await ctx.http.get('/api/v1/products/english-willow-cricket-bat').expect(200);
    expect(shop.body.data.stock).toBe(20);
    const movements = await ctx.http.get('/api/v1/admin/products/13/stock-movements').set(auth).expect(200);
    expect(movements.body.data.map((m: { kind: string }) => m.kind)).toEqual(['adjustment', 'initial']);
  });

  test('when an adjustment would take stock below zero, then 409 says how much there is and nothing changes', async () => {
    const res = await ctx.http
      .post('/api/v1/admin/products/12/stock-adjustments')
      .set(auth)
      .send({ delta: -16, reason: 'Stock count' })
      .expect(409);
    expect(res.body).toMatchObject({
      type: 'https://dhakacart.com.bd/problems/conflict',
      stock: 15,
      delta: -16,
    });
    const movements = await ctx.http.get('/api/v1/admin/products/12/stock-movements').set(auth).expect(200);
    expect(movements.body.data).toHaveLength(1);
    expect((await ctx.http.get('/api/products/12').expect(200)).body.data.stock).toBe(15);
  });

  test('when an adjustment is malformed, then 400 for each bad field', async () => {
    const res = await ctx.http
      .post('/api/v1/admin/products/12/stock-adjustments')
      .set(auth)
      .send({ delta: 0, reason: '' })
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'body.delta',
      'body.reason',
    ]);
    await ctx.http
      .post('/api/v1/admin/products/999999/stock-adjustments')
      .set(auth)
      .send({ delta: 1, reason: 'Restock' })
      .expect(404);
  });

  test('when 30 removals of 1 race for 20 in stock, then exactly 20 succeed, stock ends at 0 and the audit adds up', async () => {
    // Walton refrigerator: make its stock exactly 20 first.
    const current = (await ctx.http.get('/api/products/11').expect(200)).body.data.stock as number;
    await ctx.http
      .post('/api/v1/admin/products/11/stock-adjustments')
      .set(auth)
      .send({ delta: 20 - current, reason: 'Stock count before the sale' })
      .expect(201);

    const results = await Promise.all(
      Array.from({ length: 30 }, () =>
        ctx.http
          .post('/api/v1/admin/products/11/stock-adjustments')
          .set(auth)
          .send({ delta: -1, reason: 'Showroom sale' }),
      ),
    );

    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(20);
    expect(statuses.filter((s) => s === 409)).toHaveLength(10);
    const admin = await ctx.http.get('/api/v1/admin/products?q=walton%20refrigerator').set(auth).expect(200);
    expect(admin.body.data.find((p: { id: number }) => p.id === 11).stock).toBe(0);
    const movements = await ctx.http.get('/api/v1/admin/products/11/stock-movements').set(auth).expect(200);
    const sales = movements.body.data.filter((m: { reason: string }) => m.reason === 'Showroom sale');
    expect(sales).toHaveLength(20);
    expect(
      sales.map((m: { stockAfter: number }) => m.stockAfter).sort((a: number, b: number) => a - b),
    ).toEqual([...Array(20).keys()]);
  });
});
