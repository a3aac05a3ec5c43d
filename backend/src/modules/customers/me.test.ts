import { createTestContext, type TestContext } from '../../../test/harness/context';
import { registerCustomer } from '../../../test/harness/shop';

describe('the signed-in customer (/me)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  test('when a customer reads their profile, then it has no password hash', async () => {
    const customer = await registerCustomer(ctx.http, { phone: '01711112222' });
    const res = await ctx.http.get('/api/v1/me').auth(customer.accessToken, { type: 'bearer' }).expect(200);
    expect(res.body.data).toEqual({
      id: customer.customer.id,
      name: 'Rahim Uddin',
      email: customer.customer.email,
      phone: '+8801711112222',
      role: 'customer',
      createdAt: expect.any(String),
    });
  });

  test('when a customer changes name and phone, then they are saved (phone normalised; null clears it)', async () => {
    const customer = await registerCustomer(ctx.http);
    const auth = { type: 'bearer' } as const;
    const changed = await ctx.http
      .patch('/api/v1/me')
      .auth(customer.accessToken, auth)
      .send({ name: 'Rahim U.', phone: '8801911112222' })
      .expect(200);
    expect(changed.body.data).toMatchObject({ name: 'Rahim U.', phone: '+8801911112222' });
    const cleared = await ctx.http
      .patch('/api/v1/me')
      .auth(customer.accessToken, auth)
      .send({ phone: null })
      .expect(200);
    expect(cleared.body.data.phone).toBeNull();
    const read = await ctx.http.get('/api/v1/me').auth(customer.accessToken, auth).expect(200);
    expect(read.body.data).toMatchObject({ name: 'Rahim U.', phone: null });
  });

  test('when the update is empty, has an unknown field or a bad phone, then 400 and nothing changes', async () => {
    const customer = await registerCustomer(ctx.http);
    const auth = { type: 'bearer' } as const;
    await ctx.http.patch('/api/v1/me').auth(customer.accessToken, auth).send({}).expect(400);
    await ctx.http.patch('/api/v1/me').auth(customer.accessToken, auth).send({ role: 'admin' }).expect(400);
    await ctx.http.patch('/api/v1/me').auth(customer.accessToken, auth).send({ phone: '999' }).expect(400);
    const read = await ctx.http.get('/api/v1/me').auth(customer.accessToken, auth).expect(200);
    expect(read.body.data).toMatchObject({ role: 'customer', name: 'Rahim Uddin' });
  });

  test('when a customer without a cart asks for it, then one is created once and returned again after', async () => {
    const customer = await registerCustomer(ctx.http);
    const first = await ctx.http
      .get('/api/v1/me/cart')
      .auth(customer.accessToken, { type: 'bearer' })
      .expect(200);
    const second = await ctx.http
      .get('/api/v1/me/cart')
      .auth(customer.accessToken, { type: 'bearer' })
      .expect(200);
    expect(second.body.data.id).toBe(first.body.data.id);
    expect(first.body.data.lines).toEqual([]);
  });

  test("when several tabs ask for a new customer's cart at once, then they all get the same one", async () => {
    const customer = await registerCustomer(ctx.http);
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map(() =>
        ctx.http.get('/api/v1/me/cart').auth(customer.accessToken, { type: 'bearer' }),
      ),
    );
    expect(results.map((res) => res.status)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(results.map((res) => res.body.data.id)).size).toBe(1);
  });

  test('when a customer has no orders, then the list is empty; a bad page is 400', async () => {
    const customer = await registerCustomer(ctx.http);
    const res = await ctx.http
      .get('/api/v1/me/orders')
      .auth(customer.accessToken, { type: 'bearer' })
      .expect(200);
    expect(res.body).toEqual({ data: [], meta: { page: 1, pageSize: 20, total: 0, totalPages: 0 } });
    await ctx.http
      .get('/api/v1/me/orders?page=-1')
      .auth(customer.accessToken, { type: 'bearer' })
      .expect(400);
  });

  test('when no token is sent, then every /me route answers 401', async () => {
    for (const path of ['/api/v1/me', '/api/v1/me/orders', '/api/v1/me/cart']) {
      await ctx.http.get(path).expect(401);
    }
    await ctx.http.patch('/api/v1/me').send({ name: 'X' }).expect(401);
  });
});
