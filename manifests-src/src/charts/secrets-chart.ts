import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import type { SealedFile } from '../config/sealed';
import { addSealedSecret } from '../constructs/sealed-secret';

/**
 * Every sealed file of its namespaces, as SealedSecrets: sealing a new secret with
 * `npm run seal` is enough for it to reach the cluster (charts that read one check its keys).
 */
export class SecretsChart extends Chart {
  constructor(scope: Construct, sealed: readonly SealedFile[]) {
    super(scope, 'secrets', { disableResourceNameHashes: true });
    for (const file of sealed) addSealedSecret(this, file);
  }
}
