import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../../backend/test/harness/ports';
import { postgresBin } from '../pitr/drill';
import { PostgresServer } from '../pitr/postgres-server';
import { postgresUser } from '../pitr/processes';
import { readProductionSettings } from '../pitr/production-settings';
import { ShopApi } from '../pitr/shop-api';

export interface ScriptResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/**
 * What the tests and the benchmark of scripts/backup-db.sh and restore-db.sh run them on:
 * Debian's PostgreSQL of production's major with the shop's schema and seed (the API's own
 * migrations), a throwaway OpenPGP key in the postgres user's GNUPGHOME, and the scripts run as
 * that user, as the db_backup role runs them.
 */
export class BackupBench {
  private constructor(
    readonly repoRoot: string,
    readonly work: string,
    readonly server: PostgresServer,
    readonly env: NodeJS.ProcessEnv,
    /** The backup key's public half. */
    readonly publicKey: string,
  ) {}

  static async start(repoRoot: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<BackupBench> {
    const work = mkdtempSync(path.join(tmpdir(), 'dhakacart-db-backup-'));
    PostgresServer.ownedDirectory(work);
    const bin = postgresBin(readProductionSettings(repoRoot).postgresMajor);
    const server = new PostgresServer(bin, path.join(work, 'pg'), await freePort(), work);
    await server.initdb();
    server.configure(server.baseSettings());
    await server.start();
    const gnupg = path.join(work, 'gnupg');
    PostgresServer.ownedDirectory(gnupg);
    const env = {
      PATH: `${bin}:${process.env.PATH}`,
      HOME: work,
      TMPDIR: work,
      GNUPGHOME: gnupg,
      PGHOST: '127.0.0.1',
      PGPORT: String(server.port),
      PGUSER: 'postgres',
      ...extraEnv,
    };
    const bench = new BackupBench(repoRoot, work, server, env, path.join(work, 'backup-key.asc'));
    bench.asPostgres('gpg', [
      '--batch',
      '--quiet',
      '--passphrase',
      '',
      '--quick-gen-key',
      'DhakaCart test backups <backups@example.invalid>',
      'default',
      'default',
      'never',
    ]);
    writeFileSync(
      bench.publicKey,
      bench.asPostgres('gpg', ['--batch', '--armor', '--export', 'backups@example.invalid']),
    );
    return bench;
  }

  /** The shop's schema and seed in `database`, through the API as `npm start` runs it; runs `then` against it. */
  async withShop(database: string, then: (api: ShopApi) => Promise<void>): Promise<void> {
    await this.server.query(`CREATE DATABASE ${database}`);
    const api = await ShopApi.start(this.repoRoot, this.server.url(database));
    try {
      await then(api);
    } finally {
      await api.stop();
    }
  }

  /** A program as the postgres user; `scripts/…` is relative to the repository. */
  run(program: string, args: readonly string[], extra: NodeJS.ProcessEnv = {}): ScriptResult {
    const started = performance.now();
    const result = spawnSync(
      program.startsWith('scripts/') ? path.join(this.repoRoot, program) : program,
      args,
      {
        cwd: this.work,
        env: { ...this.env, ...extra },
        encoding: 'utf8',
        timeout: 3_600_000,
        ...postgresUser(),
      },
    );
    return {
      status: result.status,
      stdout: result.stdout,
      stderr: result.stderr,
      ms: performance.now() - started,
    };
  }

  asPostgres(program: string, args: readonly string[]): string {
    const result = this.run(program, args);
    if (result.status !== 0) throw new Error(`${program} ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  }

  async stop(): Promise<void> {
    await this.server.stop('fast');
    this.run('gpgconf', ['--kill', 'gpg-agent']);
    rmSync(this.work, { recursive: true, force: true });
  }
}
