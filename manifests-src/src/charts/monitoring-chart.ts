import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import type { SealedFile } from '../config/sealed';
import { addSealedSecret } from '../constructs/sealed-secret';

/** Cluster-wide monitoring configuration owned by DhakaCart: the Alertmanager receivers' URLs, sealed. */
export class MonitoringChart extends Chart {
  constructor(scope: Construct, sealed: readonly SealedFile[]) {
    super(scope, 'monitoring', { disableResourceNameHashes: true });
    for (const file of sealed) addSealedSecret(this, file);
  }
}
