import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import { platformNamespaces, repository } from '../config/platform';
import { addModel } from '../lib/model-object';
import { application } from './application';
import { WAVES } from './platform-apps';

/** Files in argocd/ that are not manifests for the root application. */
export const ROOT_EXCLUDES = ['bootstrap/argo-cd-values.yaml', 'bootstrap/chart.env', 'sealed-secrets/*'];

/** The root Application: applies everything under argocd/, itself included (Argo CD manages itself). */
export class BootstrapChart extends Chart {
  constructor(scope: Construct) {
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
          path: 'argocd',
          directory: { recurse: true, exclude: `{${ROOT_EXCLUDES.join(',')}}` },
        },
      }),
    );
  }
}
