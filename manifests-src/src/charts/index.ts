import type { App, Chart } from 'cdk8s';
import type { Environment } from '../config';
import type { SealedFile } from '../config/sealed';
import { ApiChart } from './api-chart';
import { BackupsChart } from './backups-chart';
import { CacheChart } from './cache-chart';
import { DatabaseChart } from './database-chart';
import { GatewayChart } from './gateway-chart';
import { ClusterMonitoringChart } from './cluster-monitoring-chart';
import { IssuersChart } from './issuers-chart';
import { MonitoringChart } from './monitoring-chart';
import { NamespaceChart } from './namespace-chart';
import { SecretsChart } from './secrets-chart';
import { StorageChart } from './storage-chart';
import { StorefrontChart } from './storefront-chart';
import { cluster } from '../config/platform';

/** dist/<env>/<chart>: one chart = one Argo CD Application. */
export function environmentCharts(app: App, env: Environment, sealed: readonly SealedFile[]): Chart[] {
  return [
    new NamespaceChart(app, env),
    new DatabaseChart(app, env),
    new CacheChart(app, env),
    new SecretsChart(app, sealed),
    new ApiChart(app, env, sealed),
    new StorefrontChart(app, env),
    new GatewayChart(app, env),
    new BackupsChart(app, env),
    new MonitoringChart(app, env),
  ];
}

/**
 * dist/cluster/<env>/<chart>: the cluster-wide objects DhakaCart owns in one environment's
 * cluster, and the secrets of its platform namespaces (Alertmanager receivers), sealed for that
 * cluster's key.
 */
export function clusterCharts(app: App, env: Environment, platformSealed: readonly SealedFile[]): Chart[] {
  return [
    new IssuersChart(app, env, cluster.acmeEmail),
    new SecretsChart(app, platformSealed),
    new ClusterMonitoringChart(app, env),
    new StorageChart(app),
  ];
}
