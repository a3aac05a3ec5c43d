import { CheckFailure, excerpt, type ShopClient } from './http';
import { expectArray, expectEqual, expectInteger, expectString, field } from './expect';

/** What earlier checks found that later ones use. */
export interface SmokeState {
  product?: { id: number; slug: string; pricePaisa: number };
}

export interface SmokeCheck {
  readonly name: string;
  /** Checks that must pass first; when one did not, this one is reported as skipped. */
  readonly needs?: readonly string[];
  /** Resolves with a one-line detail for the report, or throws CheckFailure. */
  run(client: ShopClient, state: SmokeState): Promise<string>;
}

// Metric families the API must always expose (shared contract), whatever the traffic so far.
const REQUIRED_METRICS = ['http_requests_total', 'http_request_duration_seconds'] as const;

export const SMOKE_CHECKS: readonly SmokeCheck[] = [
  {
    name: 'health',
    async run(client) {
      const body = await client.json('GET', '/healthz', 200);
      expectEqual(body, 'status', 'ok');
      return 'GET /healthz 200 {"status":"ok"}';
    },
  },
  {
    name: 'readiness',
    async run(client) {
      const body = await client.json('GET', '/readyz', 200);
      expectEqual(body, 'status', 'ready');
      expectEqual(body, 'checks.database', 'up');
      return `GET /readyz 200, database up, cache ${String(field(body, 'checks.cache'))}`;
    },
  },
  {
    name: 'catalog',
    async run(client, state) {
      const categories = expectArray(await client.json('GET', '/api/v1/categories', 200), 'data');
      const page = await client.json('GET', '/api/v1/products?inStock=true&pageSize=5', 200);
      const products = expectArray(page, 'data');
      const total = expectInteger(page, 'meta.total');
      const first = products[0];
      if (first === undefined)
        throw new CheckFailure(
          'GET /api/v1/products?inStock=true returned no product: the catalog has nothing in stock',
        );
      state.product = {
        id: expectInteger(first, 'id'),
        slug: expectString(first, 'slug'),
        pricePaisa: expectInteger(first, 'pricePaisa'),
      };
      return `${categories.length} categories, ${total} products in stock`;
    },
  },
  {
    name: 'product page',
    needs: ['catalog'],
    async run(client, state) {
      const product = requireProduct(state);
      const body = await client.json('GET', `/api/v1/products/${encodeURIComponent(product.slug)}`, 200);
      expectEqual(body, 'data.slug', product.slug);
      expectEqual(body, 'data.pricePaisa', product.pricePaisa);
      expectString(body, 'data.name');
      expectArray(body, 'data.images');
      return `GET /api/v1/products/${product.slug} 200`;
    },
  },
  {
    name: 'cart round trip',
    needs: ['catalog'],
    async run(client, state) {
      const product = requireProduct(state);
      const cartId = expectString(await client.json('POST', '/api/v1/carts', 201), 'data.id');
      const cartPath = `/api/v1/carts/${encodeURIComponent(cartId)}`;
      const added = await client.json('POST', `${cartPath}/items`, 200, {
        productId: product.id,
        quantity: 1,
      });
      expectLine(added, product, 'after adding');
      expectLine(await client.json('GET', cartPath, 200), product, 'when read back');
      const emptied = await client.json('DELETE', `${cartPath}/items/${product.id}`, 200);
      if (expectArray(emptied, 'data.lines').length !== 0)
        throw new CheckFailure('the cart still has lines after removing the only one');
      return `cart created, 1 × ${product.slug} added, read back, removed`;
    },
  },
  {
    name: 'metrics',
    async run(client) {
      const response = await client.request('GET', '/metrics');
      if (response.status !== 200)
        throw new CheckFailure(`GET /metrics answered ${response.status}: ${excerpt(response.body)}`);
      const missing = REQUIRED_METRICS.filter(
        (name) => !new RegExp(`^# TYPE ${name} `, 'm').test(response.body),
      );
      if (missing.length > 0) throw new CheckFailure(`GET /metrics lacks ${missing.join(', ')}`);
      const families = response.body.match(/^# TYPE /gm)?.length ?? 0;
      return `GET /metrics 200, ${families} metric families`;
    },
  },
];

function requireProduct(state: SmokeState): NonNullable<SmokeState['product']> {
  if (!state.product) throw new CheckFailure('no product was found by the catalog check');
  return state.product;
}

function expectLine(cart: unknown, product: NonNullable<SmokeState['product']>, when: string): void {
  const lines = expectArray(cart, 'data.lines');
  const line = lines.find((candidate) => field(candidate, 'productId') === product.id);
  if (line === undefined || lines.length !== 1) {
    throw new CheckFailure(
      `${when}, the cart should hold exactly one line for product ${product.id} (got ${lines.length} lines)`,
    );
  }
  expectEqual(line, 'quantity', 1);
  expectEqual(cart, 'data.subtotalPaisa', expectInteger(line, 'unitPricePaisa'));
}
