import { healthyShopRoutes, sendJson, startStubShop, type StubShop } from '../../test/support/stub-shop';
import { runSmokeTest } from './run';

// These tests use a stub shop (a loopback HTTP server) to produce failures on demand; the real
// shop is exercised by test/smoke-test.integration.test.ts.
describe('runSmokeTest against a stub shop', () => {
  let shop: StubShop | undefined;
  afterEach(() => shop?.close());

  const run = (routes: Parameters<typeof startStubShop>[0]) =>
    startStubShop(routes).then((started) => {
      shop = started;
      return runSmokeTest({ baseUrl: new URL(started.baseUrl), timeoutMs: 2000 });
    });

  it('when every endpoint answers as documented, then every check passes', async () => {
    const report = await run(healthyShopRoutes());

    expect(report.results.map((r) => [r.name, r.status])).toEqual([
      ['health', 'pass'],
      ['readiness', 'pass'],
      ['catalog', 'pass'],
      ['product page', 'pass'],
      ['cart round trip', 'pass'],
      ['metrics', 'pass'],
    ]);
    expect(report.ok).toBe(true);
  });

  it('when readiness answers 503, then that check fails with the status and body', async () => {
    const routes = { ...healthyShopRoutes(), 'GET /readyz': healthy503 };

    const report = await run(routes);

    expect(report.ok).toBe(false);
    expect(report.results.find((r) => r.name === 'readiness')).toMatchObject({
      status: 'fail',
      detail: expect.stringMatching(/GET \/readyz answered 503, expected 200: .*draining/),
    });
  });

  it('when nothing is in stock, then the catalog fails and the checks that need a product are skipped', async () => {
    const routes = {
      ...healthyShopRoutes(),
      'GET /api/v1/products': ((_q, res) =>
        sendJson(res, 200, { data: [], meta: { total: 0 } })) as Parameters<typeof startStubShop>[0][string],
    };

    const report = await run(routes);

    expect(report.results.filter((r) => r.status !== 'pass').map((r) => [r.name, r.status])).toEqual([
      ['catalog', 'fail'],
      ['product page', 'skip'],
      ['cart round trip', 'skip'],
    ]);
    expect(report.results.find((r) => r.name === 'catalog')?.detail).toMatch(/nothing in stock/);
  });

  it('when the cart keeps the line after it is removed, then the cart round trip fails', async () => {
    const routes = healthyShopRoutes();
    routes['DELETE /api/v1/carts/c1/items/7'] = (_q, res) =>
      sendJson(res, 200, { data: { id: 'c1', lines: [{ productId: 7 }] } });

    const report = await run(routes);

    expect(report.results.find((r) => r.name === 'cart round trip')).toMatchObject({
      status: 'fail',
      detail: expect.stringMatching(/still has lines/),
    });
  });

  it('when a required metric family is missing, then the metrics check names it', async () => {
    const routes = healthyShopRoutes();
    routes['GET /metrics'] = (_q, res) => res.writeHead(200).end('# TYPE http_requests_total counter\n');

    const report = await run(routes);

    expect(report.results.find((r) => r.name === 'metrics')).toMatchObject({
      status: 'fail',
      detail: 'GET /metrics lacks http_request_duration_seconds',
    });
  });

  it('when it checks, then every request carries a smoke request id', async () => {
    await run(healthyShopRoutes());

    expect(shop?.requests.length).toBeGreaterThan(6);
    expect(shop?.requests.every((r) => /^smoke-[0-9a-f-]{36}$/.test(r.requestId ?? ''))).toBe(true);
  });
});

function healthy503(_q: unknown, res: Parameters<typeof sendJson>[0]): void {
  sendJson(res, 503, { status: 'draining', checks: { database: 'up' } });
}
