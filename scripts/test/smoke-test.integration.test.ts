import { LocalShop } from './support/local-shop';
import { runTool } from './support/run-cli';

// The real shop: API started as `npm start` does, on real PostgreSQL and Redis.
describe('smoke test against a real local shop (API + PostgreSQL + Redis)', () => {
  let shop: LocalShop;
  beforeAll(async () => {
    shop = await LocalShop.start();
  }, 180_000);
  afterAll(() => shop?.stop());

  it('when the shop is up and seeded, then every check passes and it exits 0', async () => {
    const result = await runTool('smoke-test', ['--base-url', shop.baseUrl, '--format', 'json']);

    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as {
      ok: boolean;
      results: { name: string; status: string; detail: string }[];
    };
    expect(report.results.map((r) => `${r.name}: ${r.status}`)).toEqual([
      'health: pass',
      'readiness: pass',
      'catalog: pass',
      'product page: pass',
      'cart round trip: pass',
      'metrics: pass',
    ]);
    expect(report.results.find((r) => r.name === 'readiness')?.detail).toBe(
      'GET /readyz 200, database up, cache up',
    );
    expect(result.code).toBe(0);
  });

  it('when the database goes away, then readiness fails and it exits 1 with the reason', async () => {
    await shop.cutDatabase();

    const result = await runTool('smoke-test', ['--base-url', shop.baseUrl, '--timeout-ms', '10000']);

    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^PASS {2}health /m);
    expect(result.stdout).toMatch(/^FAIL {2}readiness +GET \/readyz answered 503, expected 200/m);
    expect(result.stdout).toMatch(/^smoke test FAILED: \d of 6 checks did not pass/m);
  });
});
