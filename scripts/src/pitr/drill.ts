import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '../../../backend/test/harness/ports';
import { BarmanCloud } from './barman';
import { generateBulkOrders } from './bulk-orders';
import { bulkOrderCount, checkStock, orderNumbers } from './checks';
import { PostgresServer } from './postgres-server';
import { run } from './processes';
import { readProductionSettings } from './production-settings';
import { S3Emulator } from './s3-emulator';
import { ShopApi, type PlacedOrder } from './shop-api';

export interface DrillOptions {
  readonly repoRoot: string;
  /** Extra order data loaded before the base backup, for the benchmark (0 in the suite). */
  readonly bulkGb?: number;
  /** Orders keep coming this long after the target's WAL is archived, before the crash. @default 5 */
  readonly tailSeconds?: number;
  readonly log?: (line: string) => void;
}

export interface RestoreFigures {
  readonly downloadMs: number;
  /** From `pg_ctl start` to the end of recovery (WAL fetched and replayed, then promoted). */
  readonly replayAndPromoteMs: number;
  readonly walSegmentsFetched: number;
}

export interface DrillReport {
  readonly postgresVersion: string;
  readonly archiveTimeoutSeconds: number;
  readonly databaseBytes: number;
  /** Orders loaded straight into the database for the benchmark, and how many each restore holds. */
  readonly bulkOrders: number;
  readonly baseBackupMs: number;
  readonly ordersDuringBackup: number;
  /** Every order acknowledged before the target time, and the ones after it. */
  readonly beforeTarget: readonly PlacedOrder[];
  readonly afterTarget: readonly PlacedOrder[];
  readonly targetTime: string;
  /** Commit → its WAL segment in the object store, for the order just after the target. */
  readonly archiveDelayMs: number;
  readonly pitr: RestoreFigures & {
    readonly orderNumbers: readonly string[];
    readonly stockProblems: readonly string[];
    readonly apiListed: readonly string[];
    readonly apiReadBefore: number;
    readonly apiReadAfter: number;
    readonly bulkOrders: number;
  };
  readonly crash: RestoreFigures & {
    readonly acknowledged: readonly PlacedOrder[];
    readonly restoredNumbers: readonly string[];
    /** Acknowledged orders whose WAL segment was archived before the crash: they must be back. */
    readonly mustSurvive: readonly string[];
    /** Acknowledged orders that began after the last archived segment: they cannot be back. */
    readonly mustBeLost: readonly string[];
    readonly stockProblems: readonly string[];
    readonly lostOrders: number;
    /** From the first lost order's acknowledgement to the crash. */
    readonly lossWindowMs: number;
    readonly bulkOrders: number;
  };
}

const BUCKET = 'dhakacart-drill-db-backups';
const SERVER = 'dhakacart-db';

/** Debian's PostgreSQL of the production image's major (or PG_BIN, which must be of that major). */
export function postgresBin(major: number): string {
  const bin = process.env.PG_BIN ?? `/usr/lib/postgresql/${major}/bin`;
  let version = '';
  try {
    version = execFileSync(path.join(bin, 'postgres'), ['--version']).toString();
  } catch {
    version = 'no postgres';
  }
  const found = /\(PostgreSQL\) (\d+)\./.exec(version)?.[1];
  if (Number(found) !== major)
    throw new Error(
      `the production image is PostgreSQL ${major} but ${bin} has ${found ? `PostgreSQL ${found}` : 'no postgres'} (installed: ${readdirSync('/usr/lib/postgresql').join(', ')}); a physical backup restores only into its own major`,
    );
  return bin;
}

/** Builds (or reuses) the barman-cloud + moto venv, in a directory the postgres user can read. */
export async function ensureTools(repoRoot: string): Promise<string> {
  const root =
    process.env.DHAKACART_VENV_ROOT ?? (process.getuid?.() === 0 ? '/var/cache/dhakacart/venv' : undefined);
  const { output } = await run(
    'bash',
    ['-c', 'source scripts/lib/pyvenv.sh && ensure_pyvenv scripts/python/requirements-pitr.txt'],
    {
      cwd: repoRoot,
      env: { ...process.env, ...(root ? { DHAKACART_VENV_ROOT: root } : {}) },
      timeoutMs: 900_000,
    },
  );
  return output.trim().split('\n').at(-1)!;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runDrill(options: DrillOptions): Promise<DrillReport> {
  const log = options.log ?? (() => undefined);
  const settings = readProductionSettings(options.repoRoot);
  const bin = postgresBin(settings.postgresMajor);
  const venv = await ensureTools(options.repoRoot);
  const work = mkdtempSync(path.join(tmpdir(), 'dhakacart-pitr-'));
  PostgresServer.ownedDirectory(work);
  PostgresServer.ownedDirectory(path.join(work, 'bin'));
  const cleanup: (() => Promise<void>)[] = [];
  let failed = true;
  try {
    const s3 = await S3Emulator.start(venv);
    cleanup.push(() => s3.stop());
    await s3.createBucket(BUCKET);
    const barman = new BarmanCloud(
      venv,
      s3.endpoint,
      `s3://${BUCKET}/production`,
      SERVER,
      path.join(work, 'bin'),
      {
        wal: settings.walCompression,
        data: settings.dataCompression,
        jobs: settings.backupJobs,
      },
    );
    log(
      `S3 emulator (moto) at ${s3.endpoint}; archive_timeout ${settings.archiveTimeoutSeconds}s from dist/`,
    );

    // --- the primary, archiving as production does ---------------------------------------------
    const primary = new PostgresServer(bin, path.join(work, 'primary'), await freePort(), work);
    await primary.initdb();
    const bulk = (options.bulkGb ?? 0) > 0;
    primary.configure({
      ...primary.baseSettings(),
      wal_level: 'replica',
      archive_mode: 'on',
      // A bulk load for the benchmark is not archived: the restore starts from the base backup after it.
      archive_command: bulk ? '/bin/true' : barman.archiveCommand,
      archive_timeout: `${settings.archiveTimeoutSeconds}s`,
      max_wal_size: '4GB',
    });
    await primary.start();
    cleanup.push(() => primary.stop('immediate'));
    const { version } = await primary.queryOne<{ version: string }>(
      "SELECT current_setting('server_version') AS version",
    );
    await primary.query('CREATE DATABASE app');
    const api = await ShopApi.start(options.repoRoot, primary.url('app'));
    cleanup.push(() => api.stop());
    // Restocked the way staff do it (an adjustment movement), so a long drill never sells out.
    const products = (
      await primary.query<{ id: number }>(
        `WITH restock AS (
           UPDATE products SET stock = stock + 100000
            WHERE id IN (SELECT id FROM products WHERE status = 'active' ORDER BY id LIMIT 8)
           RETURNING id, stock)
         INSERT INTO stock_movements (product_id, kind, delta, stock_after, reason)
         SELECT id, 'adjustment', 100000, stock, 'Drill restock' FROM restock RETURNING product_id AS id`,
        'app',
      )
    ).map((p) => p.id);
    if (products.length === 0) throw new Error('the seed has no active product to order');
    let sequence = 0;
    const place = () => {
      sequence += 1;
      return api.placeOrder(products[sequence % products.length]!, 1 + (sequence % 2));
    };
    let bulkOrders = 0;
    if (bulk) {
      log(`loading about ${options.bulkGb} GB of orders`);
      bulkOrders = await generateBulkOrders(primary, 'app', options.bulkGb!, log);
      await primary.query(
        `ALTER SYSTEM SET archive_command = '${barman.archiveCommand.replaceAll("'", "''")}'`,
      );
      await primary.query('SELECT pg_reload_conf()');
    }
    const { bytes } = await primary.queryOne<{ bytes: string }>("SELECT pg_database_size('app') AS bytes");
    log(`primary PostgreSQL ${version}, app database ${(Number(bytes) / 1e6).toFixed(0)} MB`);

    // --- a base backup while orders are being placed -------------------------------------------
    const beforeTarget: PlacedOrder[] = [];
    let backingUp = true;
    const placing = (async () => {
      while (backingUp) {
        beforeTarget.push(await place());
        await sleep(50); // a steady stream, not a flood: the drill measures the backup, not checkout
      }
    })();
    // Both settle before either error is thrown, so no order is left in flight.
    const [backupResult, placed] = await Promise.allSettled([
      barman.backup(work, primary.port).finally(() => (backingUp = false)),
      placing,
    ]);
    if (backupResult.status === 'rejected') throw backupResult.reason;
    if (placed.status === 'rejected') throw placed.reason;
    const backup = backupResult.value;
    const ordersDuringBackup = beforeTarget.length;
    const [backupId] = (await barman.backupIds()).slice(-1);
    if (!backupId) throw new Error('barman-cloud-backup-list shows no backup');
    log(
      `base backup ${backupId}: ${(backup.ms / 1000).toFixed(1)} s, ${ordersDuringBackup} orders placed meanwhile`,
    );

    // --- orders, a target time between two of them, more orders --------------------------------
    for (let i = 0; i < 3; i += 1) beforeTarget.push(await place());
    await sleep(300);
    const { target } = await primary.queryOne<{ target: string }>(
      // PostgreSQL's own timestamptz form: recovery_target_time refuses RFC 3339's T and Z.
      "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US+00') AS target",
    );
    await sleep(300);
    const afterTarget: PlacedOrder[] = [];
    for (let i = 0; i < 3; i += 1) afterTarget.push(await place());
    log(`target ${target}: ${beforeTarget.length} orders before it, ${afterTarget.length} right after`);

    // --- orders keep coming until the target's WAL is archived, and a little longer ------------
    const watcher = new Client({ connectionString: primary.url('app') });
    watcher.on('error', (error) => log(`watcher connection: ${error.message}`));
    await watcher.connect();
    const segmentNow = async () =>
      (await watcher.query<{ seg: string }>('SELECT pg_walfile_name(pg_current_wal_lsn()) AS seg')).rows[0]!
        .seg;
    const lastArchived = async () =>
      (await watcher.query<{ last: string | null }>('SELECT last_archived_wal AS last FROM pg_stat_archiver'))
        .rows[0]!.last ?? '';
    const targetSegment = await segmentNow();
    const afterAck = afterTarget.at(-1)!.acknowledgedAt;
    const tail: (PlacedOrder & { segmentBefore: string; segmentAfter: string })[] = [];
    let archivedAt: number | undefined;
    const deadline = Date.now() + (settings.archiveTimeoutSeconds + 120) * 1000;
    while (archivedAt === undefined || Date.now() - archivedAt < (options.tailSeconds ?? 5) * 1000) {
      if (Date.now() > deadline) throw new Error(`WAL segment ${targetSegment} was not archived in time`);
      const segmentBefore = await segmentNow();
      const order = await place();
      tail.push({ ...order, segmentBefore, segmentAfter: await segmentNow() });
      if (archivedAt === undefined && (await lastArchived()) >= targetSegment) archivedAt = Date.now();
    }
    await watcher.end();
    const archiveDelayMs = archivedAt - afterAck;

    // --- the disaster: the primary is gone at once ----------------------------------------------
    await primary.stop('immediate');
    const crashedAt = Date.now();
    await api.stop();
    await sleep(2000); // an archive_command already running may still finish its upload
    const archived = (await s3.keys(BUCKET, `production/${SERVER}/wals/`))
      .map((key) => path.basename(key).replace(/\..*$/, ''))
      .filter((name) => /^[0-9A-F]{24}$/.test(name))
      .sort();
    const lastSegment = archived.at(-1) ?? '';
    log(
      `primary stopped -m immediate after ${tail.length} more orders; last archived segment ${lastSegment}`,
    );

    // --- 1. point-in-time restore into a fresh data directory, and the API on it ---------------
    const pitrServer = new PostgresServer(bin, path.join(work, 'pitr'), await freePort(), work);
    const pitrFigures = await restore(barman, backupId, pitrServer, target);
    cleanup.push(() => pitrServer.stop('fast'));
    const pitrNumbers = await orderNumbers(pitrServer, 'app');
    const pitrStock = await checkStock(pitrServer, 'app');
    const pitrBulk = await bulkOrderCount(pitrServer, 'app');
    const restoredApi = await ShopApi.start(options.repoRoot, pitrServer.url('app'));
    const apiListed = await restoredApi.listedOrderNumbers();
    const apiReadBefore = await restoredApi.orderStatus(beforeTarget.at(-1)!);
    const apiReadAfter = await restoredApi.orderStatus(afterTarget[0]!);
    await restoredApi.stop();
    await pitrServer.stop('fast');
    log(
      `PITR: download ${(pitrFigures.downloadMs / 1000).toFixed(1)} s + replay and promote ${(pitrFigures.replayAndPromoteMs / 1000).toFixed(1)} s; ${pitrNumbers.length} orders`,
    );

    // --- 2. restore to the end of the archive: what the crash lost -----------------------------
    const endServer = new PostgresServer(bin, path.join(work, 'end'), await freePort(), work);
    const endFigures = await restore(barman, backupId, endServer);
    cleanup.push(() => endServer.stop('fast'));
    const restoredNumbers = await orderNumbers(endServer, 'app');
    const endStock = await checkStock(endServer, 'app');
    const endBulk = await bulkOrderCount(endServer, 'app');
    await endServer.stop('fast');
    const restoredSet = new Set(restoredNumbers);
    const lost = tail.filter((o) => !restoredSet.has(o.number));
    const report: DrillReport = {
      postgresVersion: version,
      archiveTimeoutSeconds: settings.archiveTimeoutSeconds,
      databaseBytes: Number(bytes),
      bulkOrders,
      baseBackupMs: backup.ms,
      ordersDuringBackup,
      beforeTarget,
      afterTarget,
      targetTime: target,
      archiveDelayMs,
      pitr: {
        ...pitrFigures,
        orderNumbers: pitrNumbers,
        stockProblems: pitrStock,
        apiListed,
        apiReadBefore,
        apiReadAfter,
        bulkOrders: pitrBulk,
      },
      crash: {
        ...endFigures,
        acknowledged: [...beforeTarget, ...afterTarget, ...tail],
        restoredNumbers,
        mustSurvive: tail.filter((o) => o.segmentAfter <= lastSegment).map((o) => o.number),
        mustBeLost: tail.filter((o) => o.segmentBefore > lastSegment).map((o) => o.number),
        stockProblems: endStock,
        lostOrders: lost.length,
        lossWindowMs: lost.length ? crashedAt - lost[0]!.acknowledgedAt : 0,
        bulkOrders: endBulk,
      },
    };
    log(
      `end of archive: ${restoredNumbers.length} orders back, ${lost.length} of ${tail.length + beforeTarget.length + afterTarget.length} acknowledged lost (the last ${(report.crash.lossWindowMs / 1000).toFixed(1)} s; bound ${settings.archiveTimeoutSeconds} s + upload)`,
    );
    failed = false;
    return report;
  } finally {
    for (const step of cleanup.reverse()) await step().catch(() => undefined);
    // A failed drill leaves its logs (primary.log, pitr.log, end.log) for a look when asked to.
    if (failed && process.env.DHAKACART_KEEP_DRILL) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/** barman-cloud-restore, then recovery with barman-cloud-wal-restore as restore_command, promoted. */
async function restore(
  barman: BarmanCloud,
  backupId: string,
  server: PostgresServer,
  target?: string,
): Promise<RestoreFigures> {
  const download = await barman.restore(backupId, server.dataDir);
  server.prepareRecovery(barman.restoreCommand, target);
  const started = performance.now();
  await server.start();
  for (let i = 0; i < 6000; i += 1) {
    const { recovering } = await server.queryOne<{ recovering: boolean }>(
      'SELECT pg_is_in_recovery() AS recovering',
    );
    if (!recovering) break;
    await sleep(100);
  }
  const replayAndPromoteMs = performance.now() - started;
  const { recovering } = await server.queryOne<{ recovering: boolean }>(
    'SELECT pg_is_in_recovery() AS recovering',
  );
  if (recovering) throw new Error(`${server.dataDir} is still in recovery after 10 minutes`);
  const logText = execFileSync('cat', [`${server.dataDir}.log`]).toString();
  const walSegmentsFetched = (logText.match(/restored log file/g) ?? []).length;
  return { downloadMs: download.ms, replayAndPromoteMs, walSegmentsFetched };
}
