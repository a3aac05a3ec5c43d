import { charts, clusterOf, platformNamespaces as ns, type HelmChartRef } from '../config/platform';
import type { EnvName } from '../config/schema';
import { argoCdValues } from './values/argo-cd';
import * as v from './values/platform';

export interface PlatformApp {
  readonly name: string;
  readonly chart: HelmChartRef;
  readonly namespace: string;
  /** Sync wave in the root application: CRDs and operators first (lower), workloads last. */
  readonly wave: number;
  readonly values: object;
}

/**
 * Waves: -4 Argo CD itself and its projects; -3 bare CRDs, and kube-prometheus-stack, whose
 * monitoring.coreos.com CRDs the operators' ServiceMonitors and PodMonitors need; -2 operators;
 * -1 what needs their CRDs; 0 the shop.
 */
export const WAVES = { self: -4, crds: -3, operators: -2, dependents: -1, workloads: 0 } as const;

/** The platform of one environment's cluster, with that environment's infrastructure in its values. */
export function platformApps(env: EnvName): readonly PlatformApp[] {
  const cluster = clusterOf(env);
  return [
    { name: 'argo-cd', chart: charts.argoCd, namespace: ns.argocd, wave: WAVES.self, values: argoCdValues(cluster) },
    // Before every chart that renders a ServiceMonitor, PodMonitor or PrometheusRule: it brings their CRDs.
    { name: 'kube-prometheus-stack', chart: charts.kubePrometheusStack, namespace: ns.monitoring, wave: WAVES.crds, values: v.kubePrometheusStackValues(env) },
    { name: 'cert-manager', chart: charts.certManager, namespace: ns.certManager, wave: WAVES.operators, values: v.certManagerValues },
    { name: 'sealed-secrets', chart: charts.sealedSecrets, namespace: ns.sealedSecrets, wave: WAVES.operators, values: v.sealedSecretsValues },
    { name: 'argo-rollouts', chart: charts.argoRollouts, namespace: ns.rollouts, wave: WAVES.operators, values: v.argoRolloutsValues },
    { name: 'cloudnative-pg', chart: charts.cloudnativePg, namespace: ns.cnpg, wave: WAVES.operators, values: v.cloudnativePgValues },
    { name: 'velero', chart: charts.velero, namespace: ns.velero, wave: WAVES.operators, values: v.veleroValues(cluster) },
    { name: 'cluster-autoscaler', chart: charts.clusterAutoscaler, namespace: 'kube-system', wave: WAVES.dependents, values: v.clusterAutoscalerValues(cluster) },
    { name: 'metrics-server', chart: charts.metricsServer, namespace: 'kube-system', wave: WAVES.operators, values: v.metricsServerValues },
    // The Barman Cloud plugin needs cert-manager and the CloudNativePG operator.
    { name: 'plugin-barman-cloud', chart: charts.barmanCloud, namespace: ns.cnpg, wave: WAVES.dependents, values: v.barmanCloudValues },
    // NGINX Gateway Fabric needs the Gateway API CRDs (wave -2).
    { name: 'nginx-gateway-fabric', chart: charts.nginxGatewayFabric, namespace: ns.gateway, wave: WAVES.dependents, values: v.nginxGatewayFabricValues },
    { name: 'prometheus-blackbox-exporter', chart: charts.blackboxExporter, namespace: ns.monitoring, wave: WAVES.dependents, values: v.blackboxExporterValues },
    { name: 'prometheus-adapter', chart: charts.prometheusAdapter, namespace: ns.monitoring, wave: WAVES.dependents, values: v.prometheusAdapterValues },
    { name: 'loki', chart: charts.loki, namespace: ns.monitoring, wave: WAVES.dependents, values: v.lokiValues(cluster.infrastructure) },
    { name: 'alloy', chart: charts.alloy, namespace: ns.monitoring, wave: WAVES.dependents, values: v.alloyValues },
  ];
}
