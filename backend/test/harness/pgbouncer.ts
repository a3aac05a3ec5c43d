import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { readDist } from './dist';
import { freePort, waitFor } from './ports';
import { postgresUser, stopChild } from './processes';

interface Pooler {
  spec: { pgbouncer: { poolMode: string; parameters?: Record<string, string> } };
}

/**
 * What CloudNativePG 1.30.0 (chart cloudnative-pg 0.29.0) adds to a Pooler's parameters:
 * `defaultPgBouncerParameters` and `buildPgBouncerParameters` in
 * cloudnative-pg/cloudnative-pg@v1.30.0 pkg/management/pgbouncer/config/{config,strings}.go.
 * Its `ignore_startup_parameters` default is prepended to the Pooler's own list. The TLS and
 * `hba` defaults are left out: on loopback the test trusts every client.
 */
const CNPG_DEFAULTS = { log_stats: '0', ignore_startup_parameters: 'extra_float_digits,options' };

/** The `[pgbouncer]` settings production gets from the Pooler in dist/ (pool mode and parameters). */
export function poolerSettings(env = 'production'): Record<string, string> {
  const pooler = readDist<Pooler>(env, 'database', 'Pooler', 'dhakacart-db-pooler');
  const own = pooler.spec.pgbouncer.parameters ?? {};
  const settings: Record<string, string> = { ...CNPG_DEFAULTS, ...own };
  if (own.ignore_startup_parameters)
    settings.ignore_startup_parameters = `${CNPG_DEFAULTS.ignore_startup_parameters},${own.ignore_startup_parameters}`;
  return { ...settings, pool_mode: pooler.spec.pgbouncer.poolMode };
}

/**
 * Debian's PgBouncer in front of a test PostgreSQL, configured like the production Pooler.
 * Every database on the server is reachable through it (`* =`), as the `postgres` user
 * (PgBouncer refuses to run as root).
 */
export class TestPgBouncer {
  private child?: ChildProcess;
  private constructor(
    private readonly dir: string,
    readonly port: number,
  ) {}

  static async create(postgresPort: number, env = 'production'): Promise<TestPgBouncer> {
    const dir = await mkdtemp(path.join(tmpdir(), 'dhakacart-pgbouncer-'));
    const user = postgresUser();
    if (user.uid !== undefined && user.gid !== undefined) await chown(dir, user.uid, user.gid);
    const bouncer = new TestPgBouncer(dir, await freePort());
    const settings: Record<string, string> = {
      ...poolerSettings(env),
      listen_addr: '127.0.0.1',
      listen_port: String(bouncer.port),
      unix_socket_dir: '',
      auth_type: 'trust',
      auth_file: path.join(dir, 'userlist.txt'),
      admin_users: 'postgres',
      logfile: path.join(dir, 'pgbouncer.log'),
      pidfile: path.join(dir, 'pgbouncer.pid'),
    };
    const ini = [
      '[databases]',
      `* = host=127.0.0.1 port=${postgresPort}`,
      '[pgbouncer]',
      ...Object.entries(settings).map(([key, value]) => `${key} = ${value}`),
      '',
    ].join('\n');
    await writeFile(path.join(dir, 'pgbouncer.ini'), ini);
    await writeFile(path.join(dir, 'userlist.txt'), '"postgres" ""\n');
    await bouncer.start();
    return bouncer;
  }

  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async start(): Promise<void> {
    const binary = existsSync('/usr/sbin/pgbouncer') ? '/usr/sbin/pgbouncer' : 'pgbouncer';
    const child = spawn(binary, [path.join(this.dir, 'pgbouncer.ini')], {
      ...postgresUser(),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    child.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
    this.child = child;
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`pgbouncer exited ${child.exitCode}`);
        const admin = new Client({ connectionString: this.url('pgbouncer'), connectionTimeoutMillis: 500 });
        await admin.connect();
        await admin.end();
        return true;
      },
      10_000,
      `pgbouncer on port ${this.port}`,
    ).catch(async (error: Error) => {
      throw new Error(`${error.message}\n${log}${await this.log()}`);
    });
  }

  /** PgBouncer's own log (refused startup parameters, server login failures). */
  log(): Promise<string> {
    return readFile(path.join(this.dir, 'pgbouncer.log'), 'utf8').catch(() => '');
  }

  async stop(): Promise<void> {
    await stopChild(this.child, 'SIGTERM');
    this.child = undefined;
  }

  async destroy(): Promise<void> {
    await this.stop();
    await rm(this.dir, { recursive: true, force: true });
  }
}
