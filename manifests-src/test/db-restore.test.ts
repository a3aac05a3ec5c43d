import { Chart, Testing } from 'cdk8s';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { environments } from '../src/config/environments';
import type { DatabaseRecovery } from '../src/config/recovery';
import type { EnvName } from '../src/config/schema';
import { PostgresCluster } from '../src/constructs/postgres-cluster';
import { repositoryPaths } from '../src/lib/paths';
import { parseRestoreArgs } from '../src/recovery/restore-command';
import { runRestore } from '../src/recovery/run-restore';
import { paths as repoPaths, type K8sObject } from './helpers/repository';

// A fixed "now" (10:00 in Dhaka): the checks compare against it, never against the wall clock.
const NOW = new Date('2026-12-03T04:00:00Z');
const pristine: Record<EnvName, DatabaseRecovery> = {
  staging: { serving: 'dhakacart-db', restored: [] },
  production: { serving: 'dhakacart-db', restored: [] },
};
const parseArgs = (args: string) => parseRestoreArgs(args.split(' '), pristine, NOW);

describe('db:restore input', () => {
  it('when the target time has no timezone, then the error names --to and shows the Dhaka form', () => {
    expect(() => parseArgs('--env production --to 2026-12-01T10:15:00')).toThrow(
      '--to 2026-12-01T10:15:00 has no timezone: CloudNativePG would read it as UTC, six hours before the same clock time in Dhaka; write 2026-12-01T10:15:00+06:00 for Dhaka time',
    );
  });

  it('when the target time is in the future, then the error names --to and offers --latest', () => {
    expect(() => parseArgs('--env production --to 2026-12-03T10:00:01+06:00')).toThrow(
      /--to 2026-12-03T10:00:01\+06:00 is in the future .*--latest/,
    );
  });

  it('when the target time is older than the retention, then the error says no backup reaches it', () => {
    expect(() => parseArgs('--env production --to 2026-11-02T10:00:00+06:00')).toThrow(
      /--to 2026-11-02T10:00:00\+06:00 is before .*backups are kept 30 days/,
    );
  });

  it('when the target time is before the first recoverability point given, then the error names both flags', () => {
    expect(() =>
      parseArgs(
        '--env production --to 2026-11-20T10:00:00+06:00 --recoverable-since 2026-11-25T02:31:00+06:00',
      ),
    ).toThrow(/--to .* is before the first recoverability point .*\(--recoverable-since\)/);
  });

  it.each([
    ['--env production --to 2026-02-30T25:00:00+06:00', '--to 2026-02-30T25:00:00+06:00 is not a valid time'],
    ['--env production --to yesterday', '--to yesterday must be RFC 3339 with an offset'],
    [
      '--env production --to 2026-12-01T10:15:00+06:00 --latest',
      'give exactly one of --to <time>, --latest or --backup <id>',
    ],
    ['--env production', 'give exactly one of --to <time>, --latest or --backup <id>'],
    ['--env prod --latest', '--env must be one of staging, production (got prod)'],
    ['--env production --backup last-night', '--backup last-night must be a Barman backup ID'],
    ['--env production --backup 20261204T203000', '--backup 20261204T203000 names a time in the future'],
    ['--env production --latest --name Bad_Name', '--name Bad_Name must be a DNS-1123 label'],
    [
      '--env production --latest --name dhakacart-db',
      '--name dhakacart-db is already a cluster of production',
    ],
    [
      '--env production --switch dhakacart-db-restore-x',
      '--switch dhakacart-db-restore-x is not a cluster of production',
    ],
    ['--env production --switch dhakacart-db', '--switch dhakacart-db: production already serves from it'],
    ['--env production --switch dhakacart-db --latest', '--switch is a step of its own'],
  ])('when given `%s`, then it refuses: %s', (args, message) => {
    expect(() => parseArgs(args)).toThrow(message);
  });

  it('when a Dhaka time is given, then the target keeps it and the new name carries its UTC time', () => {
    expect(parseArgs('--env production --to 2026-12-01T10:15:00+06:00')).toEqual({
      kind: 'restore',
      env: 'production',
      cluster: {
        name: 'dhakacart-db-restore-20261201041500',
        source: 'dhakacart-db',
        target: { time: '2026-12-01T10:15:00+06:00' },
      },
    });
  });
});

describe('db:restore output', () => {
  let root: string;
  const read = (file: string) => parse(readFileSync(join(root, file), 'utf8')) as K8sObject;
  const recoveryFile = () =>
    readFileSync(join(root, 'manifests-src/src/config/database-recovery.json'), 'utf8');

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'dhakacart-restore-'));
    cpSync(repoPaths.config, join(root, 'manifests-src/src/config'), { recursive: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('when a restore to a time is asked, then a new Cluster recovers from the ObjectStore and the old one stays', () => {
    runRestore(repositoryPaths(root), ['--env', 'production', '--to', '2026-12-01T10:15:00+06:00'], NOW);

    const restored = read('dist/production/database/Cluster.dhakacart-db-restore-20261201041500.yaml');
    expect(restored.spec.bootstrap).toEqual({
      recovery: {
        source: 'archive',
        database: 'app',
        owner: 'app',
        recoveryTarget: { targetTime: '2026-12-01T10:15:00+06:00' },
      },
    });
    expect(restored.spec.externalClusters).toEqual([
      {
        name: 'archive',
        plugin: {
          name: 'barman-cloud.cloudnative-pg.io',
          parameters: { barmanObjectName: 'dhakacart-db-s3', serverName: 'dhakacart-db' },
        },
      },
    ]);
    expect(restored.spec.plugins[0].parameters.serverName).toBeUndefined();
    expect(read('dist/production/database/Cluster.dhakacart-db.yaml').spec.bootstrap.initdb).toBeDefined();
    expect(read('dist/production/database/Pooler.dhakacart-db-pooler.yaml').spec.cluster.name).toBe(
      'dhakacart-db',
    );
    expect(
      existsSync(join(root, 'dist/staging/database/Cluster.dhakacart-db-restore-20261201041500.yaml')),
    ).toBe(false);
  });

  it('when the switch is asked, then the Pooler, the API, the migrations and the daily backup use the new cluster', () => {
    runRestore(
      repositoryPaths(root),
      ['--env', 'production', '--switch', 'dhakacart-db-restore-20261201041500'],
      NOW,
    );

    expect(read('dist/production/database/Pooler.dhakacart-db-pooler.yaml').spec.cluster.name).toBe(
      'dhakacart-db-restore-20261201041500',
    );
    const rollout = read('dist/production/api/Rollout.api.yaml');
    const password = rollout.spec.template.spec.containers[0].env.find(
      (e: { name: string }) => e.name === 'DB_PASSWORD',
    );
    expect(password.valueFrom.secretKeyRef.name).toBe('dhakacart-db-restore-20261201041500-app');
    const migrate = JSON.stringify(read('dist/production/api/Job.api-migrate.yaml'));
    expect(migrate).toContain('@dhakacart-db-restore-20261201041500-rw:5432/app');
    expect(
      read('dist/production/database/ScheduledBackup.dhakacart-db-restore-20261201041500-daily.yaml').spec
        .cluster,
    ).toEqual({ name: 'dhakacart-db-restore-20261201041500' });
  });

  it('when synth refuses the result, then database-recovery.json is left as it was', () => {
    const before = recoveryFile();
    // Named like the Pooler: its NetworkPolicy would overwrite the Pooler's.
    expect(() =>
      runRestore(
        repositoryPaths(root),
        ['--env', 'staging', '--latest', '--name', 'dhakacart-db-pooler'],
        NOW,
      ),
    ).toThrow('two objects would be written to database/');
    expect(recoveryFile()).toBe(before);
  });

  it('when a recovery target does not fit the Cluster CRD, then synth refuses naming the object', () => {
    const chart = new Chart(Testing.app(), 'test');
    expect(
      () =>
        new PostgresCluster(chart, 'Restored', {
          name: 'restored',
          database: environments.staging.database,
          objectStore: 'store',
          roleArn: environments.staging.backups.databaseRoleArn,
          recovery: { source: 'dhakacart-db', target: { time: 1733000000 } as never },
        }),
    ).toThrow(/Cluster Cluster fails its schema: .*targetTime/);
  });
});
