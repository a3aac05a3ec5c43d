import { spawn, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { freePort, waitFor } from './ports';
import { stopChild } from './processes';

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
      { stdio: 'ignore' },
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
