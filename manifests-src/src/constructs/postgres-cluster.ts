import { Construct } from 'constructs';
import { thirdPartyImages } from '../config/platform';
import type { RecoveryTarget } from '../config/recovery';
import type { EnvironmentConfig } from '../config/schema';
import { Cluster } from '../imports/postgresql.cnpg.io/v1';
import { appLabels } from '../lib/labels';
import { addModel } from '../lib/model-object';
import { resourceRequirements } from '../lib/pod-spec';

export const BARMAN_CLOUD_PLUGIN = 'barman-cloud.cloudnative-pg.io';
/** Name of the external cluster a restored cluster reads its backup from. */
const RECOVERY_SOURCE = 'archive';

export interface PostgresClusterProps {
  readonly name: string;
  readonly database: EnvironmentConfig['database'];
  /** ObjectStore that receives the WAL archive. */
  readonly objectStore: string;
  /** IAM role the instance pods assume (workload identity) to reach the object store. */
  readonly roleArn: string;
  /**
   * Bootstrap from the ObjectStore instead of initdb: the base backup and WAL archived by the
   * `source` server, replayed up to `target`.
   * @default undefined (a new, empty database)
   */
  readonly recovery?: { readonly source: string; readonly target: RecoveryTarget };
}

/** CloudNativePG's `recoveryTarget` for a target; the latest (end of the archive) needs none. */
export function recoveryTarget(target: RecoveryTarget): Record<string, unknown> | undefined {
  if ('time' in target) return { targetTime: target.time };
  if ('backupId' in target) return { backupID: target.backupId, targetImmediate: true };
  return undefined;
}

/** A CloudNativePG Cluster: instances spread over zones, optional synchronous replica, WAL archived by Barman Cloud. */
export class PostgresCluster extends Construct {
  /** Secret CloudNativePG creates for the application owner (keys `username`, `password`, ...). */
  readonly appSecret: string;
  constructor(scope: Construct, id: string, props: PostgresClusterProps) {
    super(scope, id);
    const db = props.database;
    const target = props.recovery && recoveryTarget(props.recovery.target);
    this.appSecret = `${props.name}-app`;
    addModel(
      this,
      'Cluster',
      new Cluster({
        metadata: { name: props.name, labels: appLabels(props.name, 'database') },
        spec: {
          instances: db.instances,
          imageName: thirdPartyImages.postgres,
          primaryUpdateStrategy: 'unsupervised',
          bootstrap: props.recovery
            ? {
                // https://cloudnative-pg.io/plugin-barman-cloud/docs/usage/ ("Restoring a Cluster")
                recovery: {
                  source: RECOVERY_SOURCE,
                  database: 'app',
                  owner: 'app',
                  ...(target ? { recoveryTarget: target } : {}),
                },
              }
            : { initdb: { database: 'app', owner: 'app' } },
          ...(props.recovery
            ? {
                externalClusters: [
                  {
                    name: RECOVERY_SOURCE,
                    plugin: {
                      name: BARMAN_CLOUD_PLUGIN,
                      parameters: { barmanObjectName: props.objectStore, serverName: props.recovery.source },
                    },
                  },
                ],
              }
            : {}),
          storage: { size: db.storageSize },
          walStorage: { size: db.walStorageSize },
          resources: resourceRequirements(db.resources),
          postgresql: {
            parameters: {
              max_connections: '200',
              shared_buffers: sharedBuffers(db.resources.memory.limit),
              log_min_duration_statement: '500ms',
              archive_timeout: `${db.archiveTimeoutSeconds}s`,
            },
            ...(db.synchronousReplicas > 0
              ? { synchronous: { method: 'any', number: db.synchronousReplicas, dataDurability: 'required' } }
              : {}),
          },
          affinity: {
            enablePodAntiAffinity: true,
            topologyKey: 'topology.kubernetes.io/zone',
            podAntiAffinityType: db.instances > 1 ? 'required' : 'preferred',
          },
          serviceAccountTemplate: {
            metadata: { annotations: { 'eks.amazonaws.com/role-arn': props.roleArn } },
          },
          plugins: [
            {
              name: BARMAN_CLOUD_PLUGIN,
              isWALArchiver: true,
              // serverName defaults to the cluster's name, so a restored cluster archives its new
              // timeline beside, never over, the WAL it was restored from.
              parameters: { barmanObjectName: props.objectStore },
            },
          ],
        },
      }),
    );
  }
}

/** A quarter of the memory limit, PostgreSQL's usual starting point (e.g. 8Gi → 2048MB). */
export function sharedBuffers(memoryLimit: string): string {
  const mebibytes = memoryLimit.endsWith('Gi')
    ? Number(memoryLimit.slice(0, -2)) * 1024
    : Number(memoryLimit.slice(0, -2));
  return `${Math.floor(mebibytes / 4)}MB`;
}
