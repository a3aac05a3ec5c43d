import { charts, type ClusterSettings } from '../../config/platform';
import { argoRepoURL } from '../application';

/**
 * Argo CD has no health for Applications since 1.8; this restores it so that sync waves of
 * the root application wait for each platform component to be healthy before the next.
 */
const applicationHealth = `hs = {}
hs.status = "Progressing"
hs.message = ""
if obj.status ~= nil and obj.status.health ~= nil then
  hs.status = obj.status.health.status
  if obj.status.health.message ~= nil then
    hs.message = obj.status.health.message
  end
end
return hs
`;

/** The values of one cluster's Argo CD, for the bootstrap install and the `argo-cd` Application alike. */
export const argoCdValues = (cluster: ClusterSettings) => ({
  global: { domain: cluster.argocdHost },
  configs: {
    cm: {
      'resource.customizations.health.argoproj.io_Application': applicationHealth,
      'application.resourceTrackingMethod': 'annotation',
    },
    // NGINX Gateway Fabric publishes its chart as an OCI artifact.
    repositories: {
      'nginx-charts': { url: argoRepoURL(charts.nginxGatewayFabric.repoURL), type: 'helm', enableOCI: 'true', name: 'nginx-charts' },
    },
  },
  dex: { enabled: false },
  'redis-ha': { enabled: true },
  controller: {
    replicas: 1,
    // argocd_app_info (health_status, sync_status per Application) for ArgoCdAppDegraded and
    // ArgoCdAppOutOfSync; the chart leaves the metrics Service and its ServiceMonitor off.
    // The ServiceMonitor renders once the cluster serves monitoring.coreos.com/v1 (the
    // template's guard): Argo CD keys its manifest cache by the cluster's API versions
    // (argo-cd v3.0.6 reposerver/cache/cache.go, clusterRuntimeInfoKey), so the self-managed
    // app picks it up after kube-prometheus-stack's CRDs, a wave later.
    metrics: { enabled: true, serviceMonitor: { enabled: true } },
  },
  server: { replicas: 2 },
  repoServer: { replicas: 2 },
  applicationSet: { replicas: 2 },
});
