import { appendFileSync, chmodSync, chownSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { postgresUser, run } from './processes';

/**
 * A PostgreSQL server in its own data directory, run by pg_ctl as the `postgres` user on
 * 127.0.0.1 with its socket in the work directory: production's durability settings (fsync on),
 * which a recovery drill must keep.
 */
export class PostgresServer {
  constructor(
    readonly bin: string,
    readonly dataDir: string,
    readonly port: number,
    readonly socketDir: string,
  ) {}

  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async initdb(): Promise<void> {
    await run(
      path.join(this.bin, 'initdb'),
      ['-D', this.dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8'],
      postgresUser(),
    );
  }

  /** Appends settings to postgresql.auto.conf (read last, so they win). */
  configure(settings: Record<string, string | number>): void {
    const lines = Object.entries(settings).map(([k, v]) => `${k} = '${String(v).replaceAll("'", "''")}'`);
    appendFileSync(path.join(this.dataDir, 'postgresql.auto.conf'), `${lines.join('\n')}\n`);
  }

  /** The settings every server of the drill has: loopback only, its own port and socket. */
  baseSettings(): Record<string, string | number> {
    return {
      listen_addresses: '127.0.0.1',
      port: this.port,
      unix_socket_directories: this.socketDir,
      max_connections: 100,
    };
  }

  async start(): Promise<void> {
    await run(
      path.join(this.bin, 'pg_ctl'),
      ['-D', this.dataDir, '-l', `${this.dataDir}.log`, '-w', '-t', '600', 'start'],
      postgresUser(),
    );
  }

  /** `fast` for a clean stop; `immediate` is a crash: nothing is flushed or archived on the way out. */
  async stop(mode: 'fast' | 'immediate'): Promise<void> {
    await run(
      path.join(this.bin, 'pg_ctl'),
      ['-D', this.dataDir, '-m', mode, '-w', 'stop'],
      postgresUser(),
    ).catch(() => undefined);
  }

  async query<T extends Record<string, unknown>>(
    sql: string,
    database = 'postgres',
    params: unknown[] = [],
  ): Promise<T[]> {
    const client = new Client({ connectionString: this.url(database) });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  async queryOne<T extends Record<string, unknown>>(sql: string, database = 'postgres'): Promise<T> {
    const [row] = await this.query<T>(sql, database);
    if (!row) throw new Error(`no row from: ${sql}`);
    return row;
  }

  /** Prepares an empty directory the `postgres` user owns (mode 700, as PostgreSQL demands). */
  static ownedDirectory(dir: string): void {
    mkdirSync(dir, { recursive: true });
    const user = postgresUser();
    if (user.uid !== undefined && user.gid !== undefined) chownSync(dir, user.uid, user.gid);
    chmodSync(dir, 0o700);
  }

  /** Turns a downloaded base backup into a server that replays the archive up to a target and promotes. */
  prepareRecovery(restoreCommand: string, target?: string): void {
    chmodSync(this.dataDir, 0o700);
    this.configure({
      ...this.baseSettings(),
      archive_mode: 'off',
      restore_command: restoreCommand,
      recovery_target_action: 'promote',
      ...(target ? { recovery_target_time: target } : {}),
    });
    const signal = path.join(this.dataDir, 'recovery.signal');
    writeFileSync(signal, '');
    const user = postgresUser();
    if (user.uid !== undefined && user.gid !== undefined) chownSync(signal, user.uid, user.gid);
  }
}
