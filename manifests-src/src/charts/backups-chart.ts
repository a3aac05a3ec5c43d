import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import type { Environment } from '../config';
import { platformNamespaces } from '../config/platform';
import { ClusterBackups } from '../constructs/cluster-backups';

/** Velero's daily backup of this environment's namespace (objects live in Velero's namespace). */
export class BackupsChart extends Chart {
  constructor(scope: Construct, env: Environment) {
    super(scope, 'backups', { disableResourceNameHashes: true });
    new ClusterBackups(this, 'Velero', {
      name: env.namespace,
      veleroNamespace: platformNamespaces.velero,
      namespaces: [env.namespace],
      prefix: env.name,
      backups: env.backups,
    });
  }
}
