import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Express } from 'express';
import type TestAgent from 'supertest/lib/agent';
import { Category, Product } from '../../src/modules/catalog/catalog.models';
import { TEST_ADMIN } from './context';

/** Building blocks for commerce tests: products made directly in the database, everything else through the API. */

export interface Session {
  customer: { id: number; email: string; role: string };
  accessToken: string;
  refreshToken: string;
  cartId: string | null;
}

const unique = () => randomBytes(4).toString('hex');

export async function createProduct(
  overrides: Partial<{ name: string; pricePaisa: number; stock: number; status: 'active' | 'archived' }> = {},
): Promise<Product> {
  const tag = unique();
  const category = await Category.create({ slug: `test-${tag}`, name: `Test category ${tag}`, nameBn: null });
  return Product.create({
    slug: `test-product-${tag}`,
    name: overrides.name ?? `Test product ${tag}`,
    nameBn: null,
    description: 'A product made by a test',
    categoryId: category.id,
    pricePaisa: overrides.pricePaisa ?? 150_000,
    stock: overrides.stock ?? 10,
    status: overrides.status ?? 'active',
  });
}

export async function registerCustomer(
  http: TestAgent,
  overrides: Record<string, unknown> = {},
): Promise<Session & { password: string }> {
  const password = 'correct-horse-battery';
  // A fresh client address each time (used only where TRUST_PROXY is on), so tests never
  // run into the per-address registration limit.
  const res = await http
    .post('/api/v1/auth/register')
    .set('X-Forwarded-For', `10.${randomBytes(3).join('.')}`)
    .send({ name: 'Rahim Uddin', email: `rahim-${unique()}@example.com`, password, ...overrides })
    .expect(201);
  return { ...(res.body.data as Session), password };
}

export async function loginAdmin(http: TestAgent): Promise<Session> {
  const res = await http.post('/api/v1/auth/login').send(TEST_ADMIN).expect(200);
  return res.body.data as Session;
}

/** A new cart holding the given lines. */
export async function createCart(http: TestAgent, lines: { productId: number; quantity: number }[] = []) {
  const res = await http.post('/api/v1/carts').expect(201);
  const cartId = res.body.data.id as string;
  for (const line of lines) await http.post(`/api/v1/carts/${cartId}/items`).send(line).expect(200);
  return cartId;
}

export function checkoutBody(cartId: string, overrides: Record<string, unknown> = {}) {
  return {
    cartId,
    customer: { name: 'Rahim Uddin', phone: '01712345678', email: 'rahim@example.com' },
    delivery: { area: 'dhanmondi', address: 'House 12, Road 5, Dhanmondi' },
    paymentMethod: 'cash_on_delivery',
    ...overrides,
  };
}

export const idempotencyKey = () => randomUUID();

export function checkout(http: TestAgent, cartId: string, overrides: Record<string, unknown> = {}) {
  return http
    .post('/api/v1/orders')
    .set('Idempotency-Key', idempotencyKey())
    .send(checkoutBody(cartId, overrides));
}

/** The app on a real loopback port, for tests that need truly concurrent requests. */
export async function listen(app: Express): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
