import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** What the drill takes from the production manifests in dist/, so it cannot drift from them. */
export interface ProductionSettings {
  /** `archive_timeout` of the production Cluster, in seconds. */
  readonly archiveTimeoutSeconds: number;
  /** PostgreSQL major of the pinned image (ghcr.io/cloudnative-pg/postgresql:<major>.<minor>-...). */
  readonly postgresMajor: number;
  readonly walCompression: string;
  readonly dataCompression: string;
  readonly backupJobs: number;
}

/** `30s`, `1min`, `5min` or plain seconds, as PostgreSQL reads a time setting. */
export function settingSeconds(value: string): number {
  const match = /^(\d+)\s*(s|min|h)?$/.exec(value.trim());
  if (!match) throw new Error(`archive_timeout ${value} is not a time PostgreSQL reads (e.g. 30s, 1min)`);
  const scale = { s: 1, min: 60, h: 3600 }[match[2] ?? 's'] ?? 1;
  return Number(match[1]) * scale;
}

export function readProductionSettings(repoRoot: string): ProductionSettings {
  const dir = path.join(repoRoot, 'dist/production/database');
  const cluster = parse(readFileSync(path.join(dir, 'Cluster.dhakacart-db.yaml'), 'utf8'));
  const store = parse(readFileSync(path.join(dir, 'ObjectStore.dhakacart-db-s3.yaml'), 'utf8'));
  const timeout = cluster.spec.postgresql.parameters.archive_timeout as string | undefined;
  if (!timeout) throw new Error('dist/production/database/Cluster.dhakacart-db.yaml sets no archive_timeout');
  const image = cluster.spec.imageName as string;
  const major = /postgresql:(\d+)\./.exec(image)?.[1];
  if (!major) throw new Error(`cannot read the PostgreSQL major from imageName ${image}`);
  return {
    archiveTimeoutSeconds: settingSeconds(timeout),
    postgresMajor: Number(major),
    walCompression: store.spec.configuration.wal.compression,
    dataCompression: store.spec.configuration.data.compression,
    backupJobs: store.spec.configuration.data.jobs,
  };
}
