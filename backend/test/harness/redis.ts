import { spawn, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { freePort, waitFor } from './ports';
import { stopChild } from './processes';

/**
 * redis-server hangs at start under libfaketime (recursive clock_gettime in its allocator), so when the suite runs
 * with a faked clock (docs/testing.md, "Any hour, any time zone") Redis keeps the real one; it only times TTLs.
 */
function withoutFaketime(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  if (!env.LD_PRELOAD?.includes('faketime')) return env;
  const { LD_PRELOAD: _preload, ...rest } = env;
  return rest;
}

/** A throwaway Redis on a free loopback port, without persistence (it holds only rebuildable data). */
export class TestRedis {
  private child?: ChildProcess;
  private constructor(readonly port: number) {}

  static async create(): Promise<TestRedis> {
    const server = new TestRedis(await freePort());
    await server.start();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--protected-mode',
        'yes',
      ],
      { stdio: 'ignore', env: withoutFaketime(process.env) },
    );
    await waitFor(
      async () => {
        const client = new Redis(this.url, {
          lazyConnect: true,
          maxRetriesPerRequest: 0,
          retryStrategy: () => null,
        });
        client.on('error', () => undefined);
        try {
          await client.connect();
          return (await client.ping()) === 'PONG';
        } finally {
          client.disconnect();
        }
      },
      10_000,
      `redis on port ${this.port}`,
    );
  }

  async stop(): Promise<void> {
    await stopChild(this.child, 'SIGTERM');
    this.child = undefined;
  }
}
