import path from 'node:path';
import { parseArgs } from 'node:util';
import { runDrill, type DrillReport } from './pitr/drill';
import { verdict } from './pitr/verdict';

const USAGE = `Usage: npm run drill:pitr | bench:pitr [-- --bulk-gb <n>] [--json]

Point-in-time recovery drill with the tools the CloudNativePG Barman Cloud plugin runs
(barman-cloud-wal-archive, -backup, -restore, -wal-restore) on Debian's PostgreSQL, against
moto's S3 emulator, with archive_timeout, compression and the PostgreSQL major read from
dist/production. Orders go through the real API during the base backup; the database is restored
to a time between two orders, and again to the end of the archive after a crash (-m immediate).
Prints base backup, restore and RPO figures; exits 1 when the restored data is not exactly right.

  --bulk-gb <n>   load about n GB of orders before the base backup (benchmark size)
  --json          print the whole report as JSON
bench:pitr runs the drill on the seed database, then with --bulk-gb (default 3).`;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function summary(label: string, r: DrillReport): string {
  const gb = r.databaseBytes / 1e9;
  const restoreMs = r.pitr.downloadMs + r.pitr.replayAndPromoteMs;
  return [
    `${label}: PostgreSQL ${r.postgresVersion}, database ${(r.databaseBytes / 1e6).toFixed(0)} MB`,
    `  base backup                ${seconds(r.baseBackupMs)} (${r.ordersDuringBackup} orders placed meanwhile)`,
    `  PITR restore               ${seconds(restoreMs)} = download ${seconds(r.pitr.downloadMs)} + replay and promote ${seconds(r.pitr.replayAndPromoteMs)} (${r.pitr.walSegmentsFetched} WAL segments)`,
    `  end-of-archive restore     ${seconds(r.crash.downloadMs + r.crash.replayAndPromoteMs)} (${r.crash.walSegmentsFetched} WAL segments)`,
    // Fixed costs (process starts, checkpoints, the archive wait) swamp a small database's per-GB figure.
    ...(gb >= 0.5
      ? [
          `  per GB                     backup ${seconds(r.baseBackupMs / gb)}, restore ${seconds(restoreMs / gb)}`,
        ]
      : []),
    `  commit -> archived         ${seconds(r.archiveDelayMs)} (archive_timeout ${r.archiveTimeoutSeconds} s)`,
    `  crash loss (RPO)           ${r.crash.lostOrders} orders, the last ${seconds(r.crash.lossWindowMs)} (bound: ${r.archiveTimeoutSeconds} s + upload)`,
  ].join('\n');
}

async function drill(bulkGb: number, json: boolean): Promise<boolean> {
  const report = await runDrill({
    repoRoot: path.resolve(__dirname, '../..'),
    bulkGb,
    log: (line) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${line}`),
  });
  const problems = verdict(report);
  console.log(
    json
      ? JSON.stringify(report, null, 2)
      : summary(bulkGb ? `with ${bulkGb} GB of orders` : 'seed database', report),
  );
  for (const problem of problems) console.log(`FAIL ${problem}`);
  console.log(
    problems.length
      ? 'PITR drill FAILED'
      : 'PITR drill passed: exactly the orders before the target, stock agrees, the API serves them',
  );
  return problems.length === 0;
}

class UsageError extends Error {}

function parse(argv: string[]) {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        'bulk-gb': { type: 'string' },
        json: { type: 'boolean' },
        bench: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    });
    const bulkGb = Number(values['bulk-gb'] ?? (values.bench ? '3' : '0'));
    if (!Number.isFinite(bulkGb) || bulkGb < 0 || bulkGb > 50)
      throw new UsageError(`--bulk-gb must be a number of GB from 0 to 50 (got ${values['bulk-gb']})`);
    return { ...values, bulkGb };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function main(): Promise<void> {
  const values = parse(process.argv.slice(2));
  if (values.help) return void console.log(USAGE);
  const { bulkGb } = values;
  let ok = true;
  if (values.bench) {
    ok = (await drill(0, false)) && ok;
    ok = (await drill(bulkGb, false)) && ok;
  } else ok = await drill(bulkGb, values.json ?? false);
  process.exitCode = ok ? 0 : 1;
}

main().catch((error: Error) => {
  const usage = error instanceof UsageError;
  console.error(`drill:pitr: ${error.message}${usage ? `\n\n${USAGE}` : ''}`);
  process.exitCode = usage ? 2 : 1;
});
