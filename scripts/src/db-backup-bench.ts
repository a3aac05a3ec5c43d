import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BackupBench, type ScriptResult } from './db-backup/harness';
import { generateBulkOrders } from './pitr/bulk-orders';
import { PostgresServer } from './pitr/postgres-server';

const USAGE = `Usage: npm run bench:db-backup [-- --bulk-gb <n>]

Times scripts/backup-db.sh (--kind both, to a local folder) and scripts/restore-db.sh (into a new
database, verified table by table; and the physical copy, verified by pg_verifybackup) on
Debian's PostgreSQL holding the shop's schema and seed and about n GB of orders (default 1).
Prints the figures for docs/recovery.md; exits 1 when a script fails.`;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

function parse(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: { 'bulk-gb': { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const gb = Number(values['bulk-gb'] ?? 1);
  if (!Number.isFinite(gb) || gb < 0 || gb > 50) {
    console.error(`--bulk-gb must be a number of GB from 0 to 50 (got ${values['bulk-gb']})\n\n${USAGE}`);
    process.exit(2);
  }
  return gb;
}

function check(label: string, result: ScriptResult): ScriptResult {
  if (result.status !== 0) throw new Error(`${label} exited ${result.status}:\n${result.stderr}`);
  return result;
}

async function main(): Promise<void> {
  const gb = parse(process.argv.slice(2));
  const log = (line: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
  const bench = await BackupBench.start(path.resolve(__dirname, '../..'));
  try {
    await bench.withShop('app', async () => undefined);
    if (gb > 0) {
      log(`loading about ${gb} GB of orders`);
      await generateBulkOrders(bench.server, 'app', gb, log);
    }
    const { bytes } = await bench.server.queryOne<{ bytes: string }>(
      "SELECT pg_database_size('app') AS bytes",
    );
    const backups = path.join(bench.work, 'backups');
    PostgresServer.ownedDirectory(backups);
    log('backing up');
    const backup = check(
      'backup-db.sh',
      bench.run('scripts/backup-db.sh', [
        '--to',
        backups,
        '--recipient-file',
        bench.publicKey,
        '--dbname',
        'app',
      ]),
    );
    const [stamp] = readdirSync(path.join(backups, 'dhakacart'));
    const files = readdirSync(path.join(backups, 'dhakacart', stamp!)).map(
      (f) => `${f} ${mb(statSync(path.join(backups, 'dhakacart', stamp!, f)).size)}`,
    );
    log('restoring the dump');
    const logical = check(
      'restore-db.sh --into',
      bench.run('scripts/restore-db.sh', ['--from', backups, '--latest', '--into', 'app_restored']),
    );
    log('restoring the physical copy');
    const physical = check(
      'restore-db.sh --data-dir',
      bench.run('scripts/restore-db.sh', [
        '--from',
        backups,
        '--latest',
        '--data-dir',
        path.join(bench.work, 'restored'),
      ]),
    );
    const perGb = (ms: number) => (Number(bytes) >= 5e8 ? `, ${seconds(ms / (Number(bytes) / 1e9))}/GB` : '');
    console.log(
      [
        `database app: ${mb(Number(bytes))}`,
        `  backup-db.sh --kind both    ${seconds(backup.ms)}${perGb(backup.ms)}  (${files.join(', ')})`,
        `  restore-db.sh --into        ${seconds(logical.ms)}${perGb(logical.ms)}  (${logical.stdout.trim().split('\n')[0]})`,
        `  restore-db.sh --data-dir    ${seconds(physical.ms)}${perGb(physical.ms)}`,
      ].join('\n'),
    );
  } finally {
    await bench.stop();
  }
}

main().catch((error: Error) => {
  console.error(`bench:db-backup: ${error.message}`);
  process.exitCode = 1;
});
