import { createHash } from 'node:crypto';
import { chownSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../../backend/test/harness/ports';
import { BackupBench, type ScriptResult } from '../src/db-backup/harness';
import { ensureTools } from '../src/pitr/drill';
import { PostgresServer } from '../src/pitr/postgres-server';
import { postgresUser } from '../src/pitr/processes';
import { S3Emulator } from '../src/pitr/s3-emulator';
import { REPO_ROOT } from './support/run-cli';

// scripts/backup-db.sh and scripts/restore-db.sh, the self-hosted path's backups, run for real as
// the postgres user against Debian's PostgreSQL holding the shop's schema, seed and orders placed
// through the API; S3 is moto's emulator (no cloud account here). Back up, destroy, restore, compare.
const BACKUP = 'scripts/backup-db.sh';
const RESTORE = 'scripts/restore-db.sh';
const BUCKET = 'dhakacart-db-backup-test';

describe('database backups of the self-hosted path (backup-db.sh, restore-db.sh)', () => {
  let bench: BackupBench;
  let work: string;
  let server: PostgresServer;
  let restoredServer: PostgresServer | undefined;
  let s3: S3Emulator;
  /** What the database held before it was destroyed, read by the test itself. */
  let before: { orders: string[]; counts: Record<string, number> };
  let backups: string;

  const sh = (script: string, args: string[], extra: NodeJS.ProcessEnv = {}): ScriptResult =>
    bench.run(script, args, extra);
  /** A logical backup of the restored database to `to`. */
  const backupLogical = (to: string, ...more: string[]) =>
    sh(BACKUP, [
      '--to',
      to,
      '--recipient-file',
      bench.publicKey,
      '--dbname',
      'app_restored',
      '--kind',
      'logical',
      ...more,
    ]);
  const asPostgres = (command: string, args: string[]) => bench.asPostgres(command, args);
  const tableCounts = async (db: PostgresServer, database: string) => {
    const tables = await db.query<{ name: string }>(
      "SELECT schemaname || '.' || tablename AS name FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1",
      database,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables) {
      const [schema, table] = name.split('.');
      counts[name] = Number(
        (await db.queryOne<{ n: string }>(`SELECT count(*) AS n FROM "${schema}"."${table}"`, database)).n,
      );
    }
    return counts;
  };
  const orderNumbers = async (db: PostgresServer, database: string) =>
    (await db.query<{ number: string }>('SELECT number FROM orders ORDER BY number', database)).map(
      (r) => r.number,
    );
  const stamps = (dir: string) =>
    readdirSync(dir)
      .filter((f) => /^\d{8}T\d{6}Z$/.test(f))
      .sort();
  const databaseExists = async (name: string) =>
    (await server.query('SELECT 1 FROM pg_database WHERE datname = $1', 'postgres', [name])).length > 0;

  beforeAll(async () => {
    const venv = await ensureTools(REPO_ROOT);
    s3 = await S3Emulator.start(venv);
    await s3.createBucket(BUCKET);
    bench = await BackupBench.start(REPO_ROOT, {
      DBB_PYTHON: path.join(venv, 'bin/python'),
      AWS_ENDPOINT_URL: s3.endpoint,
      AWS_ACCESS_KEY_ID: 'test-not-a-key',
      AWS_SECRET_ACCESS_KEY: 'test-not-a-secret',
      AWS_REGION: 'ap-south-1',
    });
    ({ work, server } = bench);
    await bench.withShop('app', async (api) => {
      const [product] = await server.query<{ id: number }>(
        "SELECT id FROM products WHERE status = 'active' AND stock > 10 ORDER BY id LIMIT 1",
        'app',
      );
      for (let i = 0; i < 5; i += 1) await api.placeOrder(product!.id, 1 + (i % 2));
    });
    before = { orders: await orderNumbers(server, 'app'), counts: await tableCounts(server, 'app') };
    backups = path.join(work, 'backups');
    PostgresServer.ownedDirectory(backups);
  }, 900_000);

  afterAll(async () => {
    await restoredServer?.stop('fast');
    await bench?.stop();
    await s3?.stop();
  });

  describe('a backup to a local folder, the database destroyed, and restored', () => {
    let backup: ScriptResult;
    let stamp: string;

    beforeAll(async () => {
      backup = sh(BACKUP, ['--to', backups, '--recipient-file', bench.publicKey, '--dbname', 'app']);
      stamp = stamps(path.join(backups, 'dhakacart'))[0]!;
      await server.query('DROP DATABASE app');
    }, 300_000);

    it('when the backup runs, then it exits 0 and says what it wrote', () => {
      expect({ status: backup.status, stderr: backup.stderr }).toEqual({
        status: 0,
        stderr: expect.any(String),
      });
      expect(backup.stdout).toMatch(/^backup-db: ok dhakacart\/\d{8}T\d{6}Z \(both\)/);
    });

    it('when the backup is read, then its data files are OpenPGP messages with no shop data in the clear', () => {
      const dir = path.join(backups, 'dhakacart', stamp);
      expect(readdirSync(dir).sort()).toEqual([
        'backup.info',
        'globals.sql.gpg',
        'logical.dump.gpg',
        'physical.tar.zst.gpg',
        'tables.tsv',
      ]);
      for (const file of ['logical.dump.gpg', 'globals.sql.gpg', 'physical.tar.zst.gpg']) {
        const bytes = readFileSync(path.join(dir, file));
        expect(bytes[0]! & 0x80).toBe(0x80); // an OpenPGP packet header
        expect(bytes.includes(Buffer.from(before.orders[0]!))).toBe(false);
        expect(bytes.includes(Buffer.from('Rahim Uddin'))).toBe(false);
      }
    });

    it("when the roles file is decrypted with the private key, then it creates the server's roles", () => {
      const roles = asPostgres('gpg', [
        '--batch',
        '--quiet',
        '--decrypt',
        path.join(backups, 'dhakacart', stamp, 'globals.sql.gpg'),
      ]);
      expect(roles).toMatch(/^CREATE ROLE postgres;$/m);
    });

    it("when its record of tables is read, then it lists every table of the database with the test's own row counts", () => {
      const recorded = Object.fromEntries(
        readFileSync(path.join(backups, 'dhakacart', stamp, 'tables.tsv'), 'utf8')
          .trim()
          .split('\n')
          .map((line) => line.split('\t'))
          .map(([table, rows]) => [table!, Number(rows)]),
      );
      expect(recorded).toEqual(before.counts);
      expect(recorded['public.orders']).toBe(before.orders.length);
    });

    it('when restored into a new database, then every table matches the record and the orders are those placed', async () => {
      const result = sh(RESTORE, ['--from', backups, '--latest', '--into', 'app_restored']);
      expect({ status: result.status, stderr: result.stderr }).toEqual({
        status: 0,
        stderr: expect.any(String),
      });
      expect(result.stdout).toContain('all matching the record');
      expect(await orderNumbers(server, 'app_restored')).toEqual(before.orders);
      expect(await tableCounts(server, 'app_restored')).toEqual(before.counts);
    });

    it('when the target database exists, then the restore refuses (exit 2) and leaves it as it is', async () => {
      const counts = await tableCounts(server, 'app_restored');
      const result = sh(RESTORE, ['--from', backups, '--latest', '--into', 'app_restored']);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('--into: database app_restored exists');
      expect(await tableCounts(server, 'app_restored')).toEqual(counts);
    });

    it('when the physical copy is restored into an empty directory, then pg_verifybackup passes and it starts with the orders', async () => {
      const dataDir = path.join(work, 'restored-data');
      const result = sh(RESTORE, ['--from', backups, '--backup', stamp, '--data-dir', dataDir]);
      expect({ status: result.status, stderr: result.stderr }).toEqual({
        status: 0,
        stderr: expect.any(String),
      });
      expect(result.stdout).toContain('every file matches its backup_manifest');
      restoredServer = new PostgresServer(server.bin, dataDir, await freePort(), work);
      restoredServer.configure(restoredServer.baseSettings());
      await restoredServer.start();
      expect(await orderNumbers(restoredServer, 'app')).toEqual(before.orders);
    });

    it('when a byte of the encrypted dump is changed, then the restore stops before decrypting (exit 3), naming the file, and creates nothing', async () => {
      const altered = path.join(work, 'altered');
      cpSync(backups, altered, { recursive: true });
      const file = path.join(altered, 'dhakacart', stamp, 'logical.dump.gpg');
      const bytes = readFileSync(file);
      const at = bytes.length - 10;
      bytes.writeUInt8(bytes.readUInt8(at) ^ 0xff, at);
      writeFileSync(file, bytes);
      chownAll(altered);
      const result = sh(RESTORE, ['--from', altered, '--backup', stamp, '--into', 'app_altered']);
      expect(result.status).toBe(3);
      expect(result.stderr).toContain(`dhakacart/${stamp}/logical.dump.gpg is not the file the backup wrote`);
      expect(await databaseExists('app_altered')).toBe(false);
    });

    it('when the restored data differs from the record, then it exits 3 naming the table, and keeps the database for inspection', async () => {
      const differing = path.join(work, 'differing');
      cpSync(backups, differing, { recursive: true });
      const dir = path.join(differing, 'dhakacart', stamp);
      const tsv = readFileSync(path.join(dir, 'tables.tsv'), 'utf8').replace(
        /^public\.orders\t(\d+)\t/m,
        (_, rows: string) => `public.orders\t${Number(rows) + 1}\t`,
      );
      writeFileSync(path.join(dir, 'tables.tsv'), tsv);
      // The record's own checksum is updated, as a backup that recorded other data would have it.
      const sum = createHash('sha256').update(tsv).digest('hex');
      const info = readFileSync(path.join(dir, 'backup.info'), 'utf8').replace(
        /^sha256\.tables\.tsv=.*$/m,
        `sha256.tables.tsv=${sum}`,
      );
      writeFileSync(path.join(dir, 'backup.info'), info);
      chownAll(differing);
      const result = sh(RESTORE, ['--from', differing, '--backup', stamp, '--into', 'app_differing']);
      expect(result.status).toBe(3);
      expect(result.stderr).toMatch(/recorded: public\.orders\t\d+/);
      expect(result.stderr).toContain('does not match the backup');
      expect(await databaseExists('app_differing')).toBe(true);
    });
  });

  describe('retention', () => {
    it('when backups older than the window exist, then a new backup removes them and keeps the recent ones', () => {
      const dir = path.join(work, 'retention');
      const old = new Date(Date.now() - 40 * 86_400_000);
      const recent = new Date(Date.now() - 2 * 86_400_000);
      const stampOf = (d: Date) =>
        d
          .toISOString()
          .replace(/[-:]/g, '')
          .replace(/\.\d+Z$/, 'Z');
      for (const d of [old, recent]) {
        mkdirSync(path.join(dir, 'dhakacart', stampOf(d)), { recursive: true });
        writeFileSync(path.join(dir, 'dhakacart', stampOf(d), 'backup.info'), 'name=dhakacart\n');
      }
      chownAll(dir);
      const result = backupLogical(dir, '--retention-days', '30');
      expect({ status: result.status, stderr: result.stderr }).toEqual({
        status: 0,
        stderr: expect.any(String),
      });
      expect(result.stdout).toContain('removed 1 older than 30 days');
      const left = stamps(path.join(dir, 'dhakacart'));
      expect(left).toHaveLength(2);
      expect(left[0]).toBe(stampOf(recent));
    });
  });

  describe("to S3 (moto's emulator: no cloud account here)", () => {
    it('when backed up to a bucket and restored from it with --latest, then every table matches', async () => {
      const to = `s3://${BUCKET}/self-hosted`;
      const backup = backupLogical(to);
      expect({ status: backup.status, stderr: backup.stderr }).toEqual({
        status: 0,
        stderr: expect.any(String),
      });
      const keys = await s3.keys(BUCKET, 'self-hosted/dhakacart/');
      expect(keys.map((k) => k.split('/').pop()).sort()).toEqual([
        'backup.info',
        'globals.sql.gpg',
        'logical.dump.gpg',
        'tables.tsv',
      ]);
      const restore = sh(RESTORE, ['--from', to, '--latest', '--into', 'app_from_s3']);
      expect({ status: restore.status, stderr: restore.stderr }).toEqual({
        status: 0,
        stderr: expect.any(String),
      });
      expect(await orderNumbers(server, 'app_from_s3')).toEqual(before.orders);
    });
  });

  describe('bad input', () => {
    const key = () => bench.publicKey;
    it.each([
      [BACKUP, () => ['--recipient-file', key()], '--to is required'],
      [BACKUP, () => ['--to', backups], '--recipient-file is required'],
      [
        BACKUP,
        () => ['--to', backups, '--recipient-file', '/nonexistent.asc'],
        '--recipient-file: /nonexistent.asc does not exist',
      ],
      [
        BACKUP,
        () => ['--to', backups, '--recipient-file', path.join(REPO_ROOT, BACKUP)],
        'is not an OpenPGP public key',
      ],
      [
        BACKUP,
        () => ['--to', backups, '--recipient-file', key(), '--kind', 'full'],
        '--kind must be logical, physical or both',
      ],
      [
        BACKUP,
        () => ['--to', backups, '--recipient-file', key(), '--retention-days', '0'],
        '--retention-days must be a whole number',
      ],
      [
        BACKUP,
        () => ['--to', '/nonexistent', '--recipient-file', key()],
        '--to: folder /nonexistent does not exist',
      ],
      [BACKUP, () => ['--to', 's3://Bad_Bucket', '--recipient-file', key()], 'is not s3://bucket[/prefix]'],
      [RESTORE, () => ['--from', backups, '--into', 'x'], 'give --latest or --backup'],
      [
        RESTORE,
        () => ['--from', backups, '--backup', 'yesterday', '--into', 'x'],
        '--backup must be a stamp',
      ],
      [RESTORE, () => ['--from', backups, '--latest'], 'give --into <new database> or --data-dir'],
      [
        RESTORE,
        () => ['--from', backups, '--latest', '--into', 'Robert"; DROP'],
        '--into must be a plain lowercase database name',
      ],
      [
        RESTORE,
        () => ['--from', backups, '--latest', '--data-dir', work],
        'is not empty (a restore never writes over data)',
      ],
    ])(
      'when %s gets a bad argument (%#), then it exits 2 naming it, and writes nothing',
      (script, args, message) => {
        const listing = readdirSync(backups, { recursive: true }).sort();
        const result = sh(script, args(), { PGDATABASE: 'app_restored' });
        expect(result.status).toBe(2);
        expect(result.stderr).toContain(message);
        expect(readdirSync(backups, { recursive: true }).sort()).toEqual(listing);
      },
    );

    it('when PostgreSQL cannot be reached, then the backup exits 1 naming the connection, and writes nothing', () => {
      const listing = readdirSync(backups, { recursive: true }).sort();
      const result = sh(BACKUP, ['--to', backups, '--recipient-file', key(), '--dbname', 'app_restored'], {
        PGPORT: '1',
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('cannot connect to PostgreSQL (PGHOST=127.0.0.1, PGPORT=1');
      expect(readdirSync(backups, { recursive: true }).sort()).toEqual(listing);
    });
  });

  /** Files the test wrote as root, handed to the postgres user the scripts run as. */
  function chownAll(dir: string): void {
    const { uid, gid } = postgresUser();
    if (uid === undefined || gid === undefined) return;
    chownSync(dir, uid, gid);
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
      chownSync(path.join(entry.parentPath, entry.name), uid, gid);
  }
});
