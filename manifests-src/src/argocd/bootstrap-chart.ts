import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import { platformNamespaces, repository } from '../config/platform';
import type { EnvName } from '../config/schema';
import { addModel } from '../lib/model-object';
import { application } from './application';
import { WAVES } from './platform-apps';

/**
 * The root Application of one cluster applies its own folder, argocd/<env>/ (itself included: Argo
 * CD manages itself), but not the Helm values of the bootstrap install. Argo CD matches `exclude`
 * against each file's path relative to `path` with gobwas/glob and no separators (argo-cd v3.0.6
 * reposerver/repository/repository.go getPotentiallyValidManifestFile, util/glob/glob.go).
 */
export const ROOT_EXCLUDE = 'bootstrap/argo-cd-values.yaml';

/** The root Application of one environment's cluster. */
export class BootstrapChart extends Chart {
  constructor(scope: Construct, env: EnvName) {
    super(scope, 'bootstrap', { disableResourceNameHashes: true });
    addModel(
      this,
      'root',
      application({
        name: 'root',
        project: 'default',
        namespace: platformNamespaces.argocd,
        wave: WAVES.self,
        createNamespace: false,
        source: {
          repoURL: repository.url,
          targetRevision: repository.revision,
          path: `argocd/${env}`,
          directory: { recurse: true, exclude: ROOT_EXCLUDE },
        },
      }),
    );
  }
}
