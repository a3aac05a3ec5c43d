import { Construct } from 'constructs';
import type { EnvironmentConfig } from '../config/schema';
import { ObjectStore } from '../imports/barmancloud.cnpg.io/v1';
import { ScheduledBackup } from '../imports/postgresql.cnpg.io/v1';
import { appLabels } from '../lib/labels';
import { addModel } from '../lib/model-object';
import { BARMAN_CLOUD_PLUGIN } from './postgres-cluster';

export interface PostgresBackupsProps {
  readonly name: string;
  readonly cluster: string;
  /** Prefix inside the bucket, e.g. the environment name. */
  readonly prefix: string;
  readonly backups: EnvironmentConfig['backups'];
}

/** Barman Cloud ObjectStore on S3 (IAM role, no keys) and the daily base backup with its retention. */
export class PostgresBackups extends Construct {
  readonly objectStore: string;
  constructor(scope: Construct, id: string, props: PostgresBackupsProps) {
    super(scope, id);
    const b = props.backups;
    this.objectStore = `${props.name}-s3`;
    addModel(
      this,
      'ObjectStore',
      new ObjectStore({
        metadata: { name: this.objectStore, labels: appLabels(props.name, 'backup') },
        spec: {
          retentionPolicy: `${b.retentionDays}d`,
          configuration: {
            destinationPath: `s3://${b.bucket}/${props.prefix}/`,
            s3Credentials: { inheritFromIAMRole: true },
            wal: { compression: 'gzip', maxParallel: 4 },
            data: { compression: 'gzip', jobs: 2 },
          },
          instanceSidecarConfiguration: { env: [{ name: 'AWS_DEFAULT_REGION', value: b.region }] },
        },
      }),
    );
    addModel(
      this,
      'ScheduledBackup',
      new ScheduledBackup({
        // Named after the cluster: switching to a restored cluster creates a new schedule, whose
        // `immediate` backup starts the new timeline's recovery window at once.
        metadata: { name: `${props.cluster}-daily`, labels: appLabels(props.name, 'backup') },
        spec: {
          schedule: b.baseBackupSchedule,
          immediate: true,
          backupOwnerReference: 'self',
          cluster: { name: props.cluster },
          method: 'plugin',
          pluginConfiguration: { name: BARMAN_CLOUD_PLUGIN },
        },
      }),
    );
  }
}
