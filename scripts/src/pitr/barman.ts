import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { postgresUser, run, type RunResult } from './processes';

/**
 * The barman-cloud programs the CloudNativePG Barman Cloud plugin runs in its sidecar
 * (barman-cloud-wal-archive, -backup, -restore, -wal-restore, -backup-list), pointed at one
 * S3 destination. Everything runs as the `postgres` user, like the sidecar runs as the instance's user.
 */
export class BarmanCloud {
  /** Shell scripts for archive_command and restore_command, with the endpoint and keys baked in. */
  readonly archiveCommand: string;
  readonly restoreCommand: string;

  constructor(
    private readonly venv: string,
    private readonly endpoint: string,
    readonly destination: string,
    readonly server: string,
    binDir: string,
    private readonly compression: { wal: string; data: string; jobs: number },
  ) {
    const env = Object.entries(this.env())
      .map(([k, v]) => `export ${k}=${v}`)
      .join('\n');
    const wrapper = (name: string, body: string) => {
      const file = path.join(binDir, name);
      writeFileSync(file, `#!/bin/sh\n${env}\nexec ${body}\n`);
      chmodSync(file, 0o755);
      return file;
    };
    const common = this.common().join(' ');
    this.archiveCommand = `${wrapper('wal-archive', `${this.bin('barman-cloud-wal-archive')} ${common} --${compression.wal} ${destination} ${server} "$1"`)} %p`;
    this.restoreCommand = `${wrapper('wal-restore', `${this.bin('barman-cloud-wal-restore')} ${common} ${destination} ${server} "$1" "$2"`)} %f %p`;
  }

  private bin(name: string): string {
    return path.join(this.venv, 'bin', name);
  }

  private common(): string[] {
    return ['--cloud-provider', 'aws-s3', '--endpoint-url', this.endpoint];
  }

  /** The emulator takes any key; these are obviously fake test values. */
  private env(): Record<string, string> {
    return {
      AWS_ACCESS_KEY_ID: 'drill',
      AWS_SECRET_ACCESS_KEY: 'drill-not-a-secret',
      AWS_DEFAULT_REGION: 'ap-south-1',
    };
  }

  /** A base backup or its download of several GB on a busy machine can take long: an hour at most. */
  private exec(tool: string, args: string[]): Promise<RunResult> {
    return run(this.bin(tool), [...this.common(), ...args], {
      ...postgresUser(),
      timeoutMs: 3_600_000,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...this.env() },
    });
  }

  /** A base backup over a PostgreSQL connection (as the plugin's Backup does). */
  backup(socketDir: string, port: number): Promise<RunResult> {
    return this.exec('barman-cloud-backup', [
      `--${this.compression.data}`,
      '--jobs',
      String(this.compression.jobs),
      '--immediate-checkpoint',
      '-h',
      socketDir,
      '-p',
      String(port),
      '-U',
      'postgres',
      this.destination,
      this.server,
    ]);
  }

  async backupIds(): Promise<string[]> {
    const { output } = await this.exec('barman-cloud-backup-list', [
      '--format',
      'json',
      this.destination,
      this.server,
    ]);
    const list = JSON.parse(output.slice(output.indexOf('{'))) as { backups_list: { backup_id: string }[] };
    return list.backups_list.map((b) => b.backup_id);
  }

  /** Downloads a base backup into an empty data directory. */
  restore(backupId: string, dataDir: string): Promise<RunResult> {
    return this.exec('barman-cloud-restore', [this.destination, this.server, backupId, dataDir]);
  }
}
