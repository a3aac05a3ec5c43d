import { healthyShopRoutes, startStubShop, type StubShop } from './support/stub-shop';
import { runTool } from './support/run-cli';

describe('smoke-test command line', () => {
  let shop: StubShop | undefined;
  afterEach(() => shop?.close());

  it('when the arguments are bad, then it exits 2 with the reason and the usage', async () => {
    const result = await runTool('smoke-test', ['--base-url', 'ftp://127.0.0.1']);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: --base-url must use http or https');
    expect(result.stderr).toContain('Usage: npm run smoke-test -- --base-url <url>');
  });

  it('when every check passes (stub shop), then it exits 0 and prints the report', async () => {
    shop = await startStubShop(healthyShopRoutes());

    const result = await runTool('smoke-test', ['--base-url', shop.baseUrl]);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^PASS {2}health/m);
    expect(result.stdout).toContain('smoke test passed: 6 checks');
  });

  it('when nothing listens at the URL, then it exits 1 and says which checks failed', async () => {
    shop = await startStubShop({});
    const deadUrl = shop.baseUrl;
    await shop.close();
    shop = undefined;

    const result = await runTool('smoke-test', ['--base-url', deadUrl, '--format', 'json']);

    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      ok: boolean;
      results: { status: string; detail: string }[];
    };
    expect(report.ok).toBe(false);
    expect(report.results[0]?.detail).toMatch(/GET \/healthz: request failed \(.*ECONNREFUSED/);
  });
});
