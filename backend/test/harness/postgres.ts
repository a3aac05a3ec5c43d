import { spawn, type ChildProcess } from 'node:child_process';
import { chown, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort, waitFor } from './ports';
import { postgresUser, run, stopChild } from './processes';

/** Debian's PostgreSQL binaries (newest installed major), or PG_BIN. */
async function binDir(): Promise<string> {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const versions = (await readdir('/usr/lib/postgresql').catch(() => [] as string[])).sort(
    (a, b) => Number(b) - Number(a),
  );
  if (!versions[0]) throw new Error('PostgreSQL is not installed: run scripts/install-test-deps.sh');
  return `/usr/lib/postgresql/${versions[0]}/bin`;
}

/**
 * A throwaway PostgreSQL server for tests: its own data directory and a free loopback
 * port. It can be stopped and started again on the same port (outage tests).
 */
export class TestPostgres {
  private child?: ChildProcess;
  private constructor(
    readonly dataDir: string,
    readonly port: number,
    private readonly bin: string,
  ) {}

  static async create(): Promise<TestPostgres> {
    const bin = await binDir();
    const root = await mkdtemp(path.join(tmpdir(), 'dhakacart-pg-'));
    const dataDir = path.join(root, 'data');
    const user = postgresUser();
    if (user.uid !== undefined && user.gid !== undefined) await chown(root, user.uid, user.gid);
    const initdbArgs = [
      '-D',
      dataDir,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--no-sync',
      '--locale=C',
    ];
    await run(`${bin}/initdb`, initdbArgs, user);
    const server = new TestPostgres(dataDir, await freePort(), bin);
    await server.start();
    return server;
  }

  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async start(): Promise<void> {
    const args = [
      '-D',
      this.dataDir,
      '-p',
      String(this.port),
      '-k',
      this.dataDir,
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=400',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'shared_buffers=128MB',
    ];
    const child = spawn(`${this.bin}/postgres`, args, {
      ...postgresUser(),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    child.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
    this.child = child;
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`postgres exited ${child.exitCode}:\n${log}`);
        const client = new Client({ connectionString: this.url(), connectionTimeoutMillis: 500 });
        await client.connect();
        await client.end();
        return true;
      },
      30_000,
      `postgres on port ${this.port}`,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${log}`);
    });
  }

  /** Fast shutdown: sessions are cut, as in a real outage. */
  async stop(): Promise<void> {
    await stopChild(this.child, 'SIGINT');
    this.child = undefined;
  }

  async query(sql: string, database = 'postgres'): Promise<void> {
    const client = new Client({ connectionString: this.url(database) });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  async destroy(): Promise<void> {
    await this.stop();
    await rm(path.dirname(this.dataDir), { recursive: true, force: true });
  }
}
