import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { freePort, waitFor } from '../../../backend/test/harness/ports';
import { stopChild } from '../../../backend/test/harness/processes';

/** Obviously fake credentials for the drill's own admin account. */
const ADMIN = { email: 'drill-admin@example.com', password: 'drill-admin-password' };

export interface PlacedOrder {
  readonly number: string;
  readonly accessToken: string;
  readonly productId: number;
  readonly quantity: number;
  /** When the API answered 201 (the client's clock, ms since the epoch). */
  readonly acknowledgedAt: number;
}

/**
 * The API as `npm start` runs it (backend/src/cli/local.ts: migrations, seed when the catalog is
 * empty, then serve), against a given database, on a free loopback port.
 */
export class ShopApi {
  private log = '';
  private constructor(
    readonly baseUrl: string,
    private readonly child: ChildProcess,
  ) {
    const keep = (chunk: Buffer) => (this.log = (this.log + chunk.toString()).slice(-8000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
  }

  static async start(repoRoot: string, databaseUrl: string): Promise<ShopApi> {
    const port = await freePort();
    const child = spawn(process.execPath, [require.resolve('tsx/cli'), 'backend/src/cli/local.ts'], {
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'development',
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        DATABASE_URL: databaseUrl,
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        RATE_LIMIT_CHECKOUT_PER_IP: '100000',
        STATIC_DIR: path.join(repoRoot, 'frontend/dist'),
        SHUTDOWN_DRAIN_MS: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const api = new ShopApi(`http://127.0.0.1:${port}`, child);
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}:\n${api.log}`);
        return (await fetch(`${api.baseUrl}/readyz`)).status === 200;
      },
      180_000,
      'the API to be ready',
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${api.log}`);
    });
    return api;
  }

  private async call(method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(`${this.baseUrl}${url}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    // Response bodies are read by the few fields the drill knows the API returns.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: res.status, body: (text ? JSON.parse(text) : {}) as Record<string, any> };
  }

  /** A cart with one line, then checkout, through the public API. */
  async placeOrder(productId: number, quantity: number): Promise<PlacedOrder> {
    const cart = await this.call('POST', '/api/v1/carts');
    const cartId = cart.body.data?.id as string;
    const line = await this.call('POST', `/api/v1/carts/${cartId}/items`, { productId, quantity });
    if (line.status !== 200) throw new Error(`adding to cart: ${line.status} ${JSON.stringify(line.body)}`);
    const order = await this.call(
      'POST',
      '/api/v1/orders',
      {
        cartId,
        customer: { name: 'Rahim Uddin', phone: '01712345678', email: 'rahim@example.com' },
        delivery: { area: 'dhanmondi', address: 'House 12, Road 5, Dhanmondi' },
        paymentMethod: 'cash_on_delivery',
      },
      { 'Idempotency-Key': randomUUID() },
    );
    if (order.status !== 201) throw new Error(`checkout: ${order.status} ${JSON.stringify(order.body)}`);
    return {
      number: order.body.data.number,
      accessToken: order.body.accessToken,
      productId,
      quantity,
      acknowledgedAt: Date.now(),
    };
  }

  /** HTTP status of reading an order with the token its checkout returned. */
  async orderStatus(order: PlacedOrder): Promise<number> {
    return (
      await this.call('GET', `/api/v1/orders/${order.number}`, undefined, {
        'X-Order-Token': order.accessToken,
      })
    ).status;
  }

  /** Numbers of the pending orders (those placed through the API) the admin listing serves, all pages. */
  async listedOrderNumbers(): Promise<string[]> {
    const login = await this.call('POST', '/api/v1/auth/login', ADMIN);
    if (login.status !== 200) throw new Error(`admin login: ${login.status}`);
    const auth = { authorization: `Bearer ${login.body.data.accessToken}` };
    const numbers: string[] = [];
    for (let page = 1; ; page += 1) {
      const res = await this.call('GET', `/api/v1/admin/orders?status=pending&page=${page}`, undefined, auth);
      if (res.status !== 200) throw new Error(`admin orders: ${res.status} ${JSON.stringify(res.body)}`);
      const items = res.body.data as { number: string }[];
      numbers.push(...items.map((o) => o.number));
      if (items.length === 0 || numbers.length >= res.body.meta.total) return numbers;
    }
  }

  async stop(): Promise<void> {
    await stopChild(this.child, 'SIGTERM');
  }
}
