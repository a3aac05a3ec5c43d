import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import { gatewayApiCrds, platformNamespaces, repository } from '../config/platform';
import { STORAGE_CHART } from '../charts/storage-chart';
import { addModel } from '../lib/model-object';
import { application, argoRepoURL } from './application';
import type { EnvName } from '../config/schema';
import { platformApps, WAVES } from './platform-apps';

export const PLATFORM_PROJECT = 'platform';

/**
 * One Application per platform component of one cluster (Helm, pinned), the Gateway API CRDs,
 * the admission policies and the default StorageClass.
 */
export class PlatformChart extends Chart {
  constructor(scope: Construct, env: EnvName) {
    super(scope, 'platform', { disableResourceNameHashes: true });
    for (const app of platformApps(env)) {
      addModel(
        this,
        app.name,
        application({
          name: app.name,
          project: PLATFORM_PROJECT,
          namespace: app.namespace,
          wave: app.wave,
          // Operators ship CRDs larger than the last-applied annotation allows.
          serverSideApply: true,
          source: {
            repoURL: argoRepoURL(app.chart.repoURL),
            chart: app.chart.chart,
            targetRevision: app.chart.version,
            helm: { releaseName: app.name, valuesObject: app.values },
          },
        }),
      );
    }
    addModel(
      this,
      'gateway-api-crds',
      application({
        name: 'gateway-api-crds',
        project: PLATFORM_PROJECT,
        namespace: 'kube-system',
        // Before cert-manager, which only watches Gateways if their CRDs exist when it starts.
        wave: WAVES.crds,
        serverSideApply: true,
        source: { repoURL: gatewayApiCrds.repoURL, path: gatewayApiCrds.path, targetRevision: gatewayApiCrds.version },
      }),
    );
    addModel(
      this,
      STORAGE_CHART,
      application({
        name: STORAGE_CHART,
        project: PLATFORM_PROJECT,
        namespace: 'kube-system',
        // First: the root Application waits for each wave to be healthy, and Prometheus, Alertmanager
        // (wave -3) and Loki are not before their claims are bound, which needs the default class.
        wave: WAVES.self,
        createNamespace: false,
        source: { repoURL: repository.url, targetRevision: repository.revision, path: `dist/cluster/${env}/${STORAGE_CHART}` },
      }),
    );
    addModel(
      this,
      'admission-policies',
      application({
        name: 'admission-policies',
        project: PLATFORM_PROJECT,
        namespace: platformNamespaces.argocd,
        wave: WAVES.dependents,
        source: { repoURL: repository.url, targetRevision: repository.revision, path: 'policies/admission' },
      }),
    );
  }
}
