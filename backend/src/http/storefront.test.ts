import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestContext, type TestContext } from '../../test/harness/context';

describe('the built storefront served by the API (npm start)', () => {
  let ctx: TestContext;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'storefront-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<title>home pre-rendered</title>');
    writeFileSync(path.join(dir, 'app.html'), '<title>app shell</title>');
    writeFileSync(path.join(dir, 'assets', 'main.1a2b3c.js'), 'console.log(1)');
    ctx = await createTestContext({ env: { STATIC_DIR: dir } });
  });
  afterAll(async () => {
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('when the home page is asked for, then the pre-rendered index.html comes, not cached', async () => {
    const res = await ctx.http.get('/').set('Accept', 'text/html').expect(200);
    expect(res.text).toContain('home pre-rendered');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  test('when a deep link is opened, then the app shell answers so the router can take over', async () => {
    const res = await ctx.http.get('/p/samsung-galaxy-a54').set('Accept', 'text/html').expect(200);
    expect(res.text).toContain('app shell');
  });

  test('when a hashed asset is asked for, then it is cached for a year as immutable; a missing one is 404', async () => {
    const res = await ctx.http.get('/assets/main.1a2b3c.js').expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    await ctx.http.get('/assets/missing.js').expect(404);
  });

  test('when an unknown API path is asked for, then it stays a problem+json 404, never the shell', async () => {
    const res = await ctx.http.get('/api/v1/nope').set('Accept', 'text/html').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
