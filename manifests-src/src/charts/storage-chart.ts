import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import { StorageClass } from 'kubernetes-models/storage.k8s.io/v1';
import { appLabels } from '../lib/labels';
import { addModel } from '../lib/model-object';

/** The cluster's default StorageClass: every claim that names none (CloudNativePG, Prometheus, Loki) gets it. */
export const DEFAULT_STORAGE_CLASS = 'gp3';

/** Its folder, dist/cluster/<env>/storage, synced by a platform Application of its own (argocd/platform-chart.ts). */
export const STORAGE_CHART = 'storage';

/**
 * EKS from 1.30 on marks no StorageClass as the default (its gp2 class lost the annotation), so
 * a claim without a class stays Pending and the database never starts. This class is the
 * default: EBS gp3 through the EBS CSI driver (the cluster's `aws-ebs-csi-driver` add-on,
 * terraform/modules/cluster), encrypted, bound in the zone of the pod that first uses it, and
 * expandable in place. Claims created before it exists get it retroactively (Kubernetes 1.28+,
 * KEP-3333 "Retroactive default StorageClass assignment"), but the root Application waits for each
 * wave to be healthy, and Prometheus (wave -3) is not healthy before its claim is bound: the class
 * is synced in the first wave, by its own Application, not with the rest of dist/cluster (wave 0).
 * Retain: deleting a claim (a scaled-down database instance, a pruned app) keeps the volume
 * until someone deletes it on purpose.
 */
export class StorageChart extends Chart {
  constructor(scope: Construct) {
    super(scope, STORAGE_CHART, { disableResourceNameHashes: true });
    addModel(
      this,
      'Gp3',
      new StorageClass({
        metadata: {
          name: DEFAULT_STORAGE_CLASS,
          labels: appLabels(DEFAULT_STORAGE_CLASS, 'storage'),
          annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' },
        },
        provisioner: 'ebs.csi.aws.com',
        parameters: { type: 'gp3', encrypted: 'true', 'csi.storage.k8s.io/fstype': 'ext4' },
        reclaimPolicy: 'Retain',
        volumeBindingMode: 'WaitForFirstConsumer',
        allowVolumeExpansion: true,
      }),
    );
  }
}
