import { parseArgs } from 'node:util';
import { names } from '../charts/names';
import { environments } from '../config/environments';
import {
  RFC3339_WITH_OFFSET,
  type DatabaseRecovery,
  type RecoveryTarget,
  type RestoredCluster,
} from '../config/recovery';
import { ENV_NAMES, type EnvName } from '../config/schema';

export const RESTORE_USAGE = `Usage: npm run db:restore -- --env <staging|production>
         (--to <time> | --latest | --backup <id>) [--name <cluster>] [--source <server>]
         [--recoverable-since <time>]
       npm run db:restore -- --env <staging|production> --switch <cluster>

Step 1 declares a new CloudNativePG Cluster restored from the Barman Cloud ObjectStore (the damaged
cluster stays, for forensics) in manifests-src/src/config/database-recovery.json, and synthesizes
dist/ (every object checked against its CRD schema). Step 2, once the new cluster is ready, points
the Pooler, the API's credentials, the migrations and the daily backup at it.

  --to <time>              replay WAL up to this moment, RFC 3339 with an offset,
                           e.g. 2026-12-01T10:15:00+06:00 (Dhaka)
  --latest                 replay everything archived (end of the WAL archive)
  --backup <id>            restore this base backup only (Barman ID, e.g. 20261130T203000)
  --name <cluster>         the new cluster's name (default dhakacart-db-restore-<UTC time>)
  --source <server>        whose archive to restore (default: the cluster serving now)
  --recoverable-since <t>  the ObjectStore's first recoverability point, to refuse a --to
                           before it: kubectl -n <ns> get objectstore dhakacart-db-s3 -o
                           jsonpath='{.status.serverRecoveryWindow.<server>.firstRecoverabilityPoint}'
  --switch <cluster>       step 2: serve from this cluster
See docs/runbooks/disaster-recovery.md.`;

export class UsageError extends Error {}
export class HelpRequested extends Error {}

export type RestoreRequest =
  | { readonly kind: 'restore'; readonly env: EnvName; readonly cluster: RestoredCluster }
  | { readonly kind: 'switch'; readonly env: EnvName; readonly serving: string };

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const BACKUP_ID = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/;
const DAY_MS = 86_400_000;

/** A validated instant from a flag; the error names the flag and says what was expected. */
export function parseTime(flag: string, value: string): Date {
  if (!RFC3339_WITH_OFFSET.test(value)) {
    const hint = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?(\.\d+)?$/.test(value)
      ? ` has no timezone: CloudNativePG would read it as UTC, six hours before the same clock time in Dhaka; write ${value.replace(' ', 'T')}${value.length === 16 ? ':00' : ''}+06:00 for Dhaka time`
      : ' must be RFC 3339 with an offset, e.g. 2026-12-01T10:15:00+06:00';
    throw new UsageError(`${flag} ${value}${hint}`);
  }
  const time = new Date(value);
  const [, month, day, hour, minute, second] = /^\d{4}-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/
    .exec(value)!
    .map(Number);
  if (
    Number.isNaN(time.getTime()) ||
    month! < 1 ||
    month! > 12 ||
    day! < 1 ||
    day! > 31 ||
    hour! > 23 ||
    minute! > 59 ||
    second! > 59
  )
    throw new UsageError(`${flag} ${value} is not a valid time`);
  return time;
}

/** `20261201T041500`: the UTC time of a Barman backup ID, as the ID is made. */
function backupTime(id: string): Date {
  const [, y, mo, d, h, mi, s] = BACKUP_ID.exec(id)!;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
}

const stamp = (time: Date) => time.toISOString().replace(/[-:]/g, '').slice(0, 15).replace('T', '');

/** Parses and validates the command line against the environment's current recovery state. */
export function parseRestoreArgs(
  argv: string[],
  current: Readonly<Record<EnvName, DatabaseRecovery>>,
  now: Date,
): RestoreRequest {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      env: { type: 'string' },
      to: { type: 'string' },
      latest: { type: 'boolean' },
      backup: { type: 'string' },
      name: { type: 'string' },
      source: { type: 'string' },
      'recoverable-since': { type: 'string' },
      switch: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) throw new HelpRequested();
  if (!values.env || !ENV_NAMES.includes(values.env as EnvName))
    throw new UsageError(`--env must be one of ${ENV_NAMES.join(', ')} (got ${values.env ?? 'nothing'})`);
  const env = values.env as EnvName;
  const recovery = current[env];
  const restored = recovery.restored.map((c) => c.name);

  const targets = [values.to !== undefined, values.latest === true, values.backup !== undefined];
  if (values.switch !== undefined) {
    if (targets.some(Boolean) || values.name || values.source || values['recoverable-since'])
      throw new UsageError('--switch is a step of its own: give it with --env only');
    const known = [names.database, ...restored];
    if (!known.includes(values.switch))
      throw new UsageError(
        `--switch ${values.switch} is not a cluster of ${env} (declared: ${known.join(', ')})`,
      );
    if (values.switch === recovery.serving)
      throw new UsageError(`--switch ${values.switch}: ${env} already serves from it`);
    return { kind: 'switch', env, serving: values.switch };
  }
  if (targets.filter(Boolean).length !== 1)
    throw new UsageError('give exactly one of --to <time>, --latest or --backup <id>');

  const retentionDays = environments[env].backups.retentionDays;
  const oldest = new Date(now.getTime() - retentionDays * DAY_MS);
  const since =
    values['recoverable-since'] !== undefined
      ? parseTime('--recoverable-since', values['recoverable-since'])
      : undefined;
  let target: RecoveryTarget;
  let at: Date;
  if (values.to !== undefined) {
    at = parseTime('--to', values.to);
    if (at.getTime() > now.getTime())
      throw new UsageError(
        `--to ${values.to} is in the future (now is ${now.toISOString()}): nothing is archived after now; --latest restores everything archived`,
      );
    if (at.getTime() < oldest.getTime())
      throw new UsageError(
        `--to ${values.to} is before ${oldest.toISOString()}: backups are kept ${retentionDays} days, so none reaches that far back`,
      );
    if (since && at.getTime() < since.getTime())
      throw new UsageError(
        `--to ${values.to} is before the first recoverability point ${values['recoverable-since']} (--recoverable-since): no base backup that old is left`,
      );
    target = { time: values.to };
  } else if (values.backup !== undefined) {
    if (!BACKUP_ID.test(values.backup) || Number.isNaN(backupTime(values.backup).getTime()))
      throw new UsageError(
        `--backup ${values.backup} must be a Barman backup ID such as 20261130T203000 (kubectl cnpg backup list, or the Backup's status.backupId)`,
      );
    at = backupTime(values.backup);
    if (at.getTime() > now.getTime())
      throw new UsageError(
        `--backup ${values.backup} names a time in the future (now is ${now.toISOString()})`,
      );
    target = { backupId: values.backup };
  } else {
    at = now;
    target = { latest: true };
  }

  const name = values.name ?? `${names.database}-restore-${stamp(at)}`;
  if (!DNS_LABEL.test(name) || name.length > 50)
    throw new UsageError(`--name ${name} must be a DNS-1123 label of at most 50 characters`);
  if (name === names.database || restored.includes(name))
    throw new UsageError(`--name ${name} is already a cluster of ${env}: choose another name`);
  const source = values.source ?? recovery.serving;
  if (!DNS_LABEL.test(source)) throw new UsageError(`--source ${source} must be a DNS-1123 label`);
  return { kind: 'restore', env, cluster: { name, source, target } };
}

/** The recovery file after the request: pure, so a test can check it without writing anything. */
export function applyRequest(
  current: Readonly<Record<EnvName, DatabaseRecovery>>,
  request: RestoreRequest,
): Record<EnvName, DatabaseRecovery> {
  const env = current[request.env];
  const next =
    request.kind === 'restore'
      ? { ...env, restored: [...env.restored, request.cluster] }
      : { ...env, serving: request.serving };
  return { ...current, [request.env]: next };
}
