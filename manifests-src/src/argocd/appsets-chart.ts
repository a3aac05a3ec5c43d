import { ApplicationSet } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1';
import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import type { Environment } from '../config';
import { PART_OF, platformNamespaces, repository } from '../config/platform';
import { STORAGE_CHART } from '../charts/storage-chart';
import { addModel } from '../lib/model-object';
import { IN_CLUSTER, RETRY } from './application';
import { WAVES } from './platform-apps';
import { PLATFORM_PROJECT } from './platform-chart';
import { APP_PROJECT } from './projects-chart';

interface AppSetProps {
  readonly name: string;
  readonly project: string;
  /** dist/ folder whose sub-folders each become one Application. */
  readonly folder: string;
  /** Sub-folders another Application syncs. */
  readonly exclude?: readonly string[];
  readonly namespace: string;
  readonly prune: boolean;
  readonly selfHeal: boolean;
}

/**
 * One ApplicationSet per dist/ folder: every dist/<env>/<chart> becomes an Application, so a
 * new chart needs no edit here. The Rollouts plugin owns HTTPRoute weights, so they are ignored.
 */
function appSet(props: AppSetProps): ApplicationSet {
  return new ApplicationSet({
    metadata: {
      name: props.name,
      namespace: platformNamespaces.argocd,
      labels: { 'app.kubernetes.io/name': props.name, 'app.kubernetes.io/part-of': PART_OF },
      annotations: { 'argocd.argoproj.io/sync-wave': String(WAVES.workloads) },
    },
    spec: {
      goTemplate: true,
      goTemplateOptions: ['missingkey=error'],
      // Deleting the ApplicationSet must never delete the shop.
      syncPolicy: { preserveResourcesOnDeletion: true },
      // `argocd app set <app> --sync-policy none` (docs/deployment-guide.md) removes an
      // Application's spec.syncPolicy.automated; without this the controller puts it back at once
      // (Argo CD docs, operator-manual/applicationset/Controlling-Resource-Modification.md,
      // "Allow temporarily toggling auto-sync"). Only that field: the rest keeps following git.
      ignoreApplicationDifferences: [{ jsonPointers: ['/spec/syncPolicy/automated'] }],
      generators: [
        {
          git: {
            repoURL: repository.url,
            revision: repository.revision,
            directories: [
              { path: `${props.folder}/*` },
              ...(props.exclude ?? []).map((name) => ({ path: `${props.folder}/${name}`, exclude: true })),
            ],
          },
        },
      ],
      template: {
        metadata: {
          name: `${props.name}-{{.path.basename}}`,
          labels: { 'app.kubernetes.io/part-of': PART_OF, 'dhakacart.com.bd/environment': props.name },
        },
        spec: {
          project: props.project,
          source: { repoURL: repository.url, targetRevision: repository.revision, path: '{{.path.path}}' },
          destination: { server: IN_CLUSTER, namespace: props.namespace },
          syncPolicy: {
            automated: { prune: props.prune, selfHeal: props.selfHeal },
            syncOptions: ['RespectIgnoreDifferences=true', 'PruneLast=true'],
            retry: RETRY,
          },
          ignoreDifferences: [
            { group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', jqPathExpressions: ['.spec.rules[].backendRefs[].weight'] },
          ],
        },
      },
    },
  });
}

/** The ApplicationSets of one environment's cluster: its own dist/<env>, and dist/cluster/<env>. */
export class AppSetsChart extends Chart {
  constructor(scope: Construct, env: Environment) {
    super(scope, 'apps', { disableResourceNameHashes: true });
    addModel(
      this,
      env.name,
      appSet({ name: env.name, project: APP_PROJECT, folder: `dist/${env.name}`, namespace: env.namespace, ...env.argocd }),
    );
    addModel(
      this,
      'cluster',
      appSet({
        name: 'cluster',
        project: PLATFORM_PROJECT,
        folder: `dist/cluster/${env.name}`,
        // The default StorageClass syncs in the first wave (platform-chart.ts), before any claim.
        exclude: [STORAGE_CHART],
        namespace: platformNamespaces.argocd,
        prune: true,
        selfHeal: true,
      }),
    );
  }
}
