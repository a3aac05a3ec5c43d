import { spawn } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { createTestDatabase } from '../test/harness/context';
import { freePort, waitFor } from '../test/harness/ports';

const backendDir = path.resolve(__dirname, '..');

async function status(url: string): Promise<number> {
  return (await fetch(url, { signal: AbortSignal.timeout(2_000) })).status;
}

describe('graceful shutdown (the real server in its own process, through PgBouncer as in production)', () => {
  test('when SIGTERM arrives under steady load, then no request fails, readiness drops first, and it exits 0', async () => {
    // Arrange: the production entry point on a free port, with a 3 s drain.
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const server = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: backendDir,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: await createTestDatabase({ pgbouncerPort: Number(process.env.TEST_PGBOUNCER_PORT) }),
        REDIS_URL: process.env.TEST_REDIS_URL,
        JWT_SECRET: 'test-jwt-secret-that-is-long-enough-0123456789',
        PAYMENT_SANDBOX_SECRET: 'test-sandbox-secret-not-real',
        SHUTDOWN_DRAIN_MS: '3000',
        SHUTDOWN_TIMEOUT_MS: '10000',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    await waitFor(async () => (await status(`${base}/readyz`)) === 200, 30_000, 'the API to be ready').catch(
      (error: Error) => {
        server.kill('SIGKILL');
        throw new Error(`${error.message}\n${output}`);
      },
    );

    // Act: 3 s of load on the catalog and a database-backed route; SIGTERM one second in.
    const load = autocannon({
      url: base,
      connections: 16,
      duration: 3,
      requests: [
        { path: '/api/v1/products?sort=newest' },
        { path: '/health' },
        { path: '/api/v1/categories' },
      ],
    });
    await sleep(1_000);
    server.kill('SIGTERM');
    await sleep(300);
    const readinessWhileDraining = await status(`${base}/readyz`);
    const livenessWhileDraining = await status(`${base}/healthz`);
    const result = await load;
    const exitCode = await exited;

    // Assert
    expect(readinessWhileDraining).toBe(503);
    expect(livenessWhileDraining).toBe(200);
    expect(result.requests.total).toBeGreaterThan(100);
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(exitCode).toBe(0);
    expect(output).toContain('shutdown complete');
    // The role's timeouts reached the server sessions PgBouncer opened.
    expect(output).not.toContain('database role timeouts differ');
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });
});
