import { AppProject } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1';
import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import type { Environment } from '../config';
import { charts, gatewayApiCrds, PART_OF, platformNamespaces, repository } from '../config/platform';
import { addModel } from '../lib/model-object';
import { argoRepoURL, IN_CLUSTER } from './application';
import { WAVES } from './platform-apps';
import { PLATFORM_PROJECT } from './platform-chart';

export const APP_PROJECT = 'dhakacart';

const metadata = (name: string) => ({
  name,
  namespace: platformNamespaces.argocd,
  labels: { 'app.kubernetes.io/name': name, 'app.kubernetes.io/part-of': PART_OF },
  annotations: { 'argocd.argoproj.io/sync-wave': String(WAVES.self) },
});

/**
 * Two trust boundaries of one cluster. `platform` installs cluster software (any kind, pinned charts only);
 * `dhakacart` deploys the shop from this repository into its namespaces, may create no
 * cluster-scoped object but a Namespace, and never a plain Secret.
 */
export class ProjectsChart extends Chart {
  constructor(scope: Construct, env: Environment) {
    super(scope, 'projects', { disableResourceNameHashes: true });
    const chartRepos = [...new Set(Object.values(charts).map((c) => argoRepoURL(c.repoURL)))].sort();
    addModel(
      this,
      'platform',
      new AppProject({
        metadata: metadata(PLATFORM_PROJECT),
        spec: {
          description: 'Cluster platform: operators, CRDs, gateway, monitoring, admission policies',
          sourceRepos: [repository.url, gatewayApiCrds.repoURL, ...chartRepos],
          destinations: [...new Set([...Object.values(platformNamespaces), 'kube-system'])].sort().map((namespace) => ({ server: IN_CLUSTER, namespace })),
          clusterResourceWhitelist: [{ group: '*', kind: '*' }],
        },
      }),
    );
    addModel(
      this,
      'dhakacart',
      new AppProject({
        metadata: metadata(APP_PROJECT),
        spec: {
          description: 'DhakaCart workloads, synthesized into dist/<env>/<chart>',
          sourceRepos: [repository.url],
          destinations: [env.namespace, platformNamespaces.velero].map((namespace) => ({ server: IN_CLUSTER, namespace })),
          clusterResourceWhitelist: [{ group: '', kind: 'Namespace' }],
          namespaceResourceBlacklist: [
            { group: '', kind: 'Secret' },
            { group: '', kind: 'ResourceQuota' },
            { group: 'rbac.authorization.k8s.io', kind: 'RoleBinding' },
          ],
        },
      }),
    );
  }
}
