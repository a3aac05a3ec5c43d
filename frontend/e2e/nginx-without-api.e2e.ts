import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { waitFor } from '../../backend/test/harness/ports';
import { TestDns } from './harness/dns';
import { startNginx, type RunningNginx } from './harness/nginx';
import { distDir, frontendDir } from './harness/paths';

// The storefront's nginx.conf started before the API's name exists, as when Argo CD syncs the
// storefront before the API: nginx must start, serve the shop, and answer /api with a clear
// 503 until the name resolves, then proxy to the API.
const apiPort = new URL(inject('apiUrl')).port;

describe('nginx started while the name "api" does not resolve', () => {
  let dns: TestDns;
  let nginx: RunningNginx;
  beforeAll(async () => {
    dns = await TestDns.create();
    nginx = await startNginx(distDir, {
      apiUpstream: `api:${apiPort}`,
      resolver: `127.0.0.1:${dns.port}`,
    });
  });
  afterAll(async () => {
    await nginx?.stop();
    await dns?.close();
  });

  it('when the shop is opened, then nginx serves it', async () => {
    const response = await fetch(`${nginx.url}/`);

    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="app">');
  });

  it('when /api is called, then it answers 503 problem+json with Retry-After, not a hang or an HTML 502', async () => {
    const response = await fetch(`${nginx.url}/api/v1/categories`, { signal: AbortSignal.timeout(5_000) });

    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(await response.json()).toMatchObject({
      type: 'https://dhakacart.com.bd/problems/service-unavailable',
      status: 503,
    });
  });

  it('when the name starts to resolve, then /api reaches the API without restarting nginx', async () => {
    dns.set('api', '127.0.0.1');

    await waitFor(
      async () => (await fetch(`${nginx.url}/api/v1/categories`)).status === 200,
      10_000,
      '/api through nginx once "api" resolves',
    );
    const body = (await (await fetch(`${nginx.url}/api/v1/categories`)).json()) as { data: unknown[] };
    expect(body.data.length).toBeGreaterThan(0);
  });
});

describe("the image's entrypoint", () => {
  it('when it starts, then it writes the resolver from resolv.conf (IPv6 in brackets) and runs nginx with its arguments', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dhakacart-entrypoint-'));
    try {
      const resolv = path.join(dir, 'resolv.conf');
      const written = path.join(dir, 'nginx-resolver.conf');
      await writeFile(
        resolv,
        'search dhakacart.svc.cluster.local\nnameserver 10.96.0.10\nnameserver fd00::a\n',
      );

      const { stdout, stderr } = await promisify(execFile)(
        'sh',
        [path.join(frontendDir, 'docker-entrypoint.sh'), '-v'],
        {
          env: { PATH: `${process.env.PATH}:/usr/sbin`, RESOLV_CONF: resolv, NGINX_RESOLVER_CONF: written },
        },
      );

      expect(await readFile(written, 'utf8')).toBe('resolver 10.96.0.10 [fd00::a] valid=10s;\n');
      expect(`${stdout}${stderr}`).toContain('nginx version');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
