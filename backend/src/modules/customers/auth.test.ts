import { SignJWT } from 'jose';
import { createTestContext, TEST_ADMIN, type TestContext } from '../../../test/harness/context';
import { createCart, createProduct, registerCustomer } from '../../../test/harness/shop';
import { Customer, RefreshToken } from './customer.models';

const PROBLEM = 'https://dhakacart.com.bd/problems/';
const JWT_SECRET = 'test-jwt-secret-that-is-long-enough-0123456789';

describe('customer accounts and sessions', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    // Client addresses come from X-Forwarded-For so each rate-limit test has its own.
    ctx = await createTestContext({ env: { TRUST_PROXY: 'true' } });
  });
  afterAll(() => ctx.close());

  describe('register', () => {
    test('when a new customer registers, then a session comes back and the password is stored as argon2id', async () => {
      const res = await ctx.http
        .post('/api/v1/auth/register')
        .send({
          name: 'Karim',
          email: 'Karim@Example.com',
          password: 'a-long-password',
          phone: '8801812345678',
        })
        .expect(201);

      expect(res.body.data).toMatchObject({
        customer: { name: 'Karim', email: 'karim@example.com', phone: '+8801812345678', role: 'customer' },
        accessToken: expect.any(String),
        refreshToken: expect.any(String),
        expiresIn: 900,
        cartId: null,
      });
      const stored = await Customer.findOne({ where: { email: 'karim@example.com' } });
      expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
      await ctx.http.get('/api/v1/me').auth(res.body.data.accessToken, { type: 'bearer' }).expect(200);
    });

    test('when the e-mail is already registered (any case), then 409 conflict', async () => {
      const first = await registerCustomer(ctx.http);
      const res = await ctx.http
        .post('/api/v1/auth/register')
        .send({ name: 'Copy', email: first.customer.email.toUpperCase(), password: 'another-password' })
        .expect(409);
      expect(res.body.type).toBe(`${PROBLEM}conflict`);
    });

    test('when one address registers more than 20 accounts in 15 minutes, then 429 and no account', async () => {
      const register = (n: number) =>
        ctx.http
          .post('/api/v1/auth/register')
          .set('X-Forwarded-For', '192.0.2.44')
          .send({ name: 'Bulk', email: `bulk-${n}@example.com`, password: 'bulk-password-1' });
      for (let n = 1; n <= 20; n += 1) await register(n).expect(201);
      const res = await register(21).expect(429);
      expect(res.headers['retry-after']).toBeDefined();
      expect(await Customer.count({ where: { email: 'bulk-21@example.com' } })).toBe(0);
    });

    test('when the password is short and the phone invalid, then 400 lists both fields and no account is made', async () => {
      const before = await Customer.count();
      const res = await ctx.http
        .post('/api/v1/auth/register')
        .send({ name: 'Short', email: 'short@example.com', password: 'short', phone: '01212345678' })
        .expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'body.password',
        'body.phone',
      ]);
      expect(await Customer.count()).toBe(before);
    });

    test("when registering with an anonymous cart id, then the cart becomes the customer's", async () => {
      const product = await createProduct();
      const cartId = await createCart(ctx.http, [{ productId: product.id, quantity: 2 }]);
      const session = await registerCustomer(ctx.http, { cartId });
      expect(session.cartId).toBe(cartId);
      const cart = await ctx.http
        .get('/api/v1/me/cart')
        .auth(session.accessToken, { type: 'bearer' })
        .expect(200);
      expect(cart.body.data).toMatchObject({ id: cartId, itemCount: 2 });
    });
  });

  describe('login', () => {
    test('when the password is right, then a session comes back', async () => {
      const customer = await registerCustomer(ctx.http);
      const res = await ctx.http
        .post('/api/v1/auth/login')
        .send({ email: customer.customer.email, password: customer.password })
        .expect(200);
      expect(res.body.data.customer.id).toBe(customer.customer.id);
    });

    test('when the password is wrong or the e-mail unknown, then both get the same 401', async () => {
      const customer = await registerCustomer(ctx.http);
      const wrong = await ctx.http
        .post('/api/v1/auth/login')
        .send({ email: customer.customer.email, password: 'not-the-password' })
        .expect(401);
      const unknown = await ctx.http
        .post('/api/v1/auth/login')
        .send({ email: 'nobody@example.com', password: 'not-the-password' })
        .expect(401);
      expect(wrong.body.type).toBe(`${PROBLEM}unauthorized`);
      expect([unknown.body.type, unknown.body.detail]).toEqual([wrong.body.type, wrong.body.detail]);
    });

    test('when the admin signs in, then the session carries the admin role', async () => {
      const res = await ctx.http.post('/api/v1/auth/login').send(TEST_ADMIN).expect(200);
      expect(res.body.data.customer.role).toBe('admin');
    });

    test('when an account gets 5 wrong passwords, then the 6th attempt is refused with 429 even with the right one', async () => {
      const customer = await registerCustomer(ctx.http);
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        await ctx.http
          .post('/api/v1/auth/login')
          .set('X-Forwarded-For', `198.51.100.${attempt}`)
          .send({ email: customer.customer.email, password: 'wrong-password' })
          .expect(401);
      }
      const res = await ctx.http
        .post('/api/v1/auth/login')
        .set('X-Forwarded-For', '198.51.100.99')
        .send({ email: customer.customer.email, password: customer.password })
        .expect(429);
      expect(res.body.type).toBe(`${PROBLEM}rate-limited`);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    });

    test('when one address tries 20 different accounts, then the 21st attempt is refused with 429', async () => {
      for (let attempt = 1; attempt <= 20; attempt += 1) {
        await ctx.http
          .post('/api/v1/auth/login')
          .set('X-Forwarded-For', '203.0.113.7')
          .send({ email: `guess-${attempt}@example.com`, password: 'guess-password' })
          .expect(401);
      }
      const res = await ctx.http
        .post('/api/v1/auth/login')
        .set('X-Forwarded-For', '203.0.113.7')
        .send({ email: 'guess-21@example.com', password: 'guess-password' })
        .expect(429);
      expect(res.headers['retry-after']).toBeDefined();
      await ctx.http
        .post('/api/v1/auth/login')
        .set('X-Forwarded-For', '203.0.113.8')
        .send({ email: 'guess-21@example.com', password: 'guess-password' })
        .expect(401);
    });

    test('when signing in with an anonymous cart while owning a cart, then the lines are merged into the own cart', async () => {
      const [shirt, rice] = [await createProduct(), await createProduct()];
      const customer = await registerCustomer(ctx.http);
      const own = await ctx.http
        .get('/api/v1/me/cart')
        .auth(customer.accessToken, { type: 'bearer' })
        .expect(200);
      await ctx.http
        .post(`/api/v1/carts/${own.body.data.id}/items`)
        .send({ productId: shirt.id, quantity: 1 })
        .expect(200);
      const anonymous = await createCart(ctx.http, [
        { productId: shirt.id, quantity: 2 },
        { productId: rice.id, quantity: 1 },
      ]);

      const res = await ctx.http
        .post('/api/v1/auth/login')
        .send({ email: customer.customer.email, password: customer.password, cartId: anonymous })
        .expect(200);

      expect(res.body.data.cartId).toBe(own.body.data.id);
      const cart = await ctx.http
        .get('/api/v1/me/cart')
        .auth(customer.accessToken, { type: 'bearer' })
        .expect(200);
      const quantities = Object.fromEntries(
        cart.body.data.lines.map((line: { productId: number; quantity: number }) => [
          line.productId,
          line.quantity,
        ]),
      );
      expect(quantities).toEqual({ [shirt.id]: 3, [rice.id]: 1 });
      await ctx.http.get(`/api/v1/carts/${anonymous}`).expect(404);
    });
  });

  describe('refresh and logout', () => {
    test('when a refresh token is used, then a new, working pair comes back', async () => {
      const customer = await registerCustomer(ctx.http);
      const rotated = await ctx.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: customer.refreshToken })
        .expect(200);
      expect(rotated.body.data.refreshToken).not.toBe(customer.refreshToken);
      await ctx.http.get('/api/v1/me').auth(rotated.body.data.accessToken, { type: 'bearer' }).expect(200);
    });

    test('when a spent refresh token is reused, then it and every token of its family are revoked', async () => {
      const customer = await registerCustomer(ctx.http);
      const rotated = await ctx.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: customer.refreshToken })
        .expect(200);

      const reuse = await ctx.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: customer.refreshToken })
        .expect(401);

      expect(reuse.body.type).toBe(`${PROBLEM}unauthorized`);
      await ctx.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: rotated.body.data.refreshToken })
        .expect(401);
      const live = await RefreshToken.count({ where: { customerId: customer.customer.id, revokedAt: null } });
      expect(live).toBe(0);
    });

    test('when one refresh token is presented twice at once, then at most one succeeds and the family is revoked', async () => {
      const customer = await registerCustomer(ctx.http);
      const results = await Promise.all(
        [1, 2].map(() => ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: customer.refreshToken })),
      );
      expect(results.filter((res) => res.status === 200).length).toBeLessThanOrEqual(1);
      expect(results.some((res) => res.status === 401)).toBe(true);
      const live = await RefreshToken.count({ where: { customerId: customer.customer.id, revokedAt: null } });
      expect(live).toBe(0);
    });

    test('when a customer logs out, then the refresh token stops working; an unknown token still gets 204', async () => {
      const customer = await registerCustomer(ctx.http);
      await ctx.http.post('/api/v1/auth/logout').send({ refreshToken: customer.refreshToken }).expect(204);
      await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: customer.refreshToken }).expect(401);
      await ctx.http
        .post('/api/v1/auth/logout')
        .send({ refreshToken: 'x'.repeat(43) })
        .expect(204);
    });

    test('when the refresh token is made up, then 401; when the body is wrong, then 400', async () => {
      await ctx.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: 'y'.repeat(43) })
        .expect(401);
      await ctx.http
        .post('/api/v1/auth/refresh')
        .send({ token: 'y'.repeat(43) })
        .expect(400);
      await ctx.http.post('/api/v1/auth/logout').send({}).expect(400);
    });
  });

  describe('access tokens', () => {
    const sign = (claims: { sub: string; role: string }, expiresAt: number) =>
      new SignJWT({ role: claims.role })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(claims.sub)
        .setIssuer('dhakacart-api')
        .setAudience('dhakacart')
        .setIssuedAt(expiresAt - 900)
        .setExpirationTime(expiresAt)
        .sign(new TextEncoder().encode(JWT_SECRET));

    test('when the access token has expired, then 401 says so', async () => {
      const customer = await registerCustomer(ctx.http);
      const expired = await sign(
        { sub: String(customer.customer.id), role: 'customer' },
        Math.floor(Date.now() / 1000) - 5,
      );
      const res = await ctx.http.get('/api/v1/me').auth(expired, { type: 'bearer' }).expect(401);
      expect(res.body.detail).toBe('access token expired');
      expect(res.headers['www-authenticate']).toBe('Bearer');
    });

    test('when the token payload is tampered with (role admin), then 401 and no admin access', async () => {
      const customer = await registerCustomer(ctx.http);
      const [header, payload, signature] = customer.accessToken.split('.') as [string, string, string];
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const forged = Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString('base64url');
      const res = await ctx.http
        .get('/api/v1/admin/orders')
        .auth(`${header}.${forged}.${signature}`, { type: 'bearer' })
        .expect(401);
      expect(res.body.type).toBe(`${PROBLEM}unauthorized`);
    });

    test('when a token is signed with another secret, then 401', async () => {
      const token = await new SignJWT({ role: 'admin' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('1')
        .setIssuer('dhakacart-api')
        .setAudience('dhakacart')
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode('some-other-secret-that-is-long-enough-xx'));
      await ctx.http.get('/api/v1/admin/orders').auth(token, { type: 'bearer' }).expect(401);
    });

    test('when a customer calls an admin route, then 403; without a token, 401', async () => {
      const customer = await registerCustomer(ctx.http);
      const res = await ctx.http
        .get('/api/v1/admin/orders')
        .auth(customer.accessToken, { type: 'bearer' })
        .expect(403);
      expect(res.body.type).toBe(`${PROBLEM}forbidden`);
      await ctx.http.get('/api/v1/admin/orders').expect(401);
    });
  });
});
