import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseOrThrow } from './images';
import { ENV_NAMES, type EnvName } from './schema';

/**
 * Which database clusters an environment runs besides the one made by initdb, and which one serves.
 * Written by `npm run db:restore` (docs/runbooks/disaster-recovery.md), reviewed like any change.
 */
const clusterName = z
  .string()
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a DNS-1123 label')
  .max(50, 'must be at most 50 characters (CloudNativePG adds suffixes to pod and service names)');

/** RFC 3339 with an explicit offset: CloudNativePG reads a time without one as UTC, six hours off Dhaka. */
export const RFC3339_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;

export const recoveryTargetSchema = z.union([
  z.strictObject({ time: z.string().regex(RFC3339_WITH_OFFSET, 'must be RFC 3339 with an offset') }),
  z.strictObject({
    backupId: z.string().regex(/^\d{8}T\d{6}$/, 'must be a Barman backup ID (YYYYMMDDThhmmss)'),
  }),
  z.strictObject({ latest: z.literal(true) }),
]);
export type RecoveryTarget = z.infer<typeof recoveryTargetSchema>;

export const restoredClusterSchema = z.strictObject({
  name: clusterName,
  /** The server (cluster name) in the ObjectStore whose base backups and WAL are restored. */
  source: clusterName,
  target: recoveryTargetSchema,
});
export type RestoredCluster = z.infer<typeof restoredClusterSchema>;

export const databaseRecoverySchema = z
  .strictObject({
    /** The cluster the Pooler, the API's credentials, the migrations and the daily backup use. */
    serving: clusterName,
    restored: z.array(restoredClusterSchema),
  })
  .superRefine((r, ctx) => {
    const names = r.restored.map((c) => c.name);
    names.forEach((name, i) => {
      if (names.indexOf(name) !== i)
        ctx.addIssue({ code: 'custom', path: ['restored', i, 'name'], message: `${name} is restored twice` });
    });
  });
export type DatabaseRecovery = z.infer<typeof databaseRecoverySchema>;

const recoveryFileSchema = z.strictObject(
  Object.fromEntries(ENV_NAMES.map((env) => [env, databaseRecoverySchema])) as Record<
    EnvName,
    typeof databaseRecoverySchema
  >,
);
export type RecoveryFile = z.infer<typeof recoveryFileSchema>;

export function loadRecovery(file: string): RecoveryFile {
  return parseOrThrow(recoveryFileSchema, JSON.parse(readFileSync(file, 'utf8')), 'database-recovery.json');
}

/**
 * Every cluster that must exist: the original one and each restored one; `serving` must be among them.
 * Throws naming the field, like the rest of the config.
 */
export function declaredClusters(original: string, recovery: DatabaseRecovery, env: EnvName): string[] {
  const clusters = [original, ...recovery.restored.map((c) => c.name)];
  if (!clusters.includes(recovery.serving))
    throw new Error(
      `Invalid configuration\n  database-recovery.json: ${env}.serving: ${recovery.serving} is neither ${original} nor a restored cluster`,
    );
  if (recovery.restored.some((c) => c.name === original))
    throw new Error(
      `Invalid configuration\n  database-recovery.json: ${env}.restored: a restored cluster cannot reuse the name ${original}`,
    );
  return clusters;
}
