import { Construct } from 'constructs';
import type { EnvironmentConfig } from '../config/schema';
import { BackupStorageLocation, Schedule } from '../imports/velero.io/v1';
import { appLabels } from '../lib/labels';
import { addModel } from '../lib/model-object';

export interface ClusterBackupsProps {
  readonly name: string;
  /** Namespace Velero runs in (its objects live there). */
  readonly veleroNamespace: string;
  /** Application namespaces to back up, volumes included. */
  readonly namespaces: readonly string[];
  readonly prefix: string;
  readonly backups: EnvironmentConfig['backups'];
}

/** A daily Velero Schedule of the application namespaces to its own S3 location (credentials by IAM role). */
export class ClusterBackups extends Construct {
  constructor(scope: Construct, id: string, props: ClusterBackupsProps) {
    super(scope, id);
    const b = props.backups;
    const metadata = {
      name: props.name,
      namespace: props.veleroNamespace,
      labels: appLabels(props.name, 'backup'),
    };
    addModel(
      this,
      'BackupStorageLocation',
      new BackupStorageLocation({
        metadata,
        spec: {
          provider: 'aws',
          objectStorage: { bucket: b.veleroBucket, prefix: props.prefix },
          config: { region: b.region },
        },
      }),
    );
    addModel(
      this,
      'Schedule',
      new Schedule({
        metadata,
        spec: {
          schedule: b.veleroSchedule,
          useOwnerReferencesInBackup: false,
          template: {
            includedNamespaces: [...props.namespaces],
            snapshotVolumes: true,
            storageLocation: props.name,
            ttl: `${b.veleroTtlDays * 24}h0m0s`,
          },
        },
      }),
    );
  }
}
