import { cluster, rolloutsGatewayPlugin } from '../../config/platform';
import { PROMETHEUS_ADDRESS } from '../../constructs/analysis-templates';
import { REQUESTS_PER_SECOND_METRIC } from '../../constructs/autoscaling';

/** Helm values of the platform components, reviewed like code. */
export const argoRolloutsValues = {
  controller: {
    replicas: 2,
    trafficRouterPlugins: [
      {
        name: rolloutsGatewayPlugin.name,
        location: `https://github.com/argoproj-labs/rollouts-plugin-trafficrouter-gatewayapi/releases/download/${rolloutsGatewayPlugin.version}/gatewayapi-plugin-linux-amd64`,
      },
    ],
    metrics: { enabled: true, serviceMonitor: { enabled: true } },
  },
  providerRBAC: {
    // The chart's Gateway API provider rules (argo-rollouts 2.40.0 templates/_helpers.tpl) add
    // cluster-wide ConfigMap create/update for the plugin's old state ConfigMap; the plugin no
    // longer keeps one (argoproj-labs/rollouts-plugin-trafficrouter-gatewayapi #179, in v0.13.0
    // and later; docs/installation.md, "Permissions"). The rule below is the one it documents
    // for HTTPRoutes.
    providers: { gatewayAPI: false },
    additionalRules: [
      {
        apiGroups: ['gateway.networking.k8s.io'],
        resources: ['httproutes'],
        verbs: ['get', 'list', 'update', 'patch'],
      },
    ],
  },
};

export const sealedSecretsValues = {
  // The name kubeseal looks for by default.
  fullnameOverride: 'sealed-secrets-controller',
  keyrenewperiod: '720h',
  metrics: { serviceMonitor: { enabled: true } },
};

export const certManagerValues = {
  crds: { enabled: true, keep: true },
  config: {
    apiVersion: 'controller.config.cert-manager.io/v1alpha1',
    kind: 'ControllerConfiguration',
    enableGatewayAPI: true,
  },
  prometheus: { servicemonitor: { enabled: true } },
};

export const cloudnativePgValues = { monitoring: { podMonitorEnabled: true } };

export const barmanCloudValues = {};

export const veleroValues = {
  initContainers: [
    {
      name: 'velero-plugin-for-aws',
      image: 'velero/velero-plugin-for-aws:v1.12.1',
      volumeMounts: [{ mountPath: '/target', name: 'plugins' }],
    },
  ],
  credentials: { useSecret: false },
  // The chart's upgrade-CRDs PreSync Job runs docker.io/bitnami/kubectl:<cluster version>, which
  // Bitnami removed (vmware-tanzu/helm-charts issues 698 and 727), so it never completes and the
  // sync stops. Argo CD applies the chart's crds/ (the CRDs of the Velero release of this chart).
  upgradeCRDs: false,
  serviceAccount: { server: { annotations: { 'eks.amazonaws.com/role-arn': cluster.veleroRoleArn } } },
  // Each environment's chart brings its own BackupStorageLocation and Schedule.
  configuration: {
    backupStorageLocation: [],
    volumeSnapshotLocation: [{ name: 'aws', provider: 'aws', config: { region: cluster.region } }],
  },
  snapshotsEnabled: true,
  metrics: { serviceMonitor: { enabled: true } },
};

export const kubePrometheusStackValues = {
  prometheus: {
    prometheusSpec: {
      // Pick up ServiceMonitors/PodMonitors from every namespace, not only the chart's own.
      serviceMonitorSelectorNilUsesHelmValues: false,
      podMonitorSelectorNilUsesHelmValues: false,
      ruleSelectorNilUsesHelmValues: false,
      retention: '15d',
    },
  },
  alertmanager: { alertmanagerSpec: { secrets: ['alertmanager-receivers'] } },
};

export const prometheusAdapterValues = {
  prometheus: { url: PROMETHEUS_ADDRESS.replace(/:\d+$/, ''), port: 9090 },
  rules: {
    default: false,
    custom: [
      {
        seriesQuery: 'http_requests_total{namespace!="",pod!=""}',
        resources: { overrides: { namespace: { resource: 'namespace' }, pod: { resource: 'pod' } } },
        name: { matches: '^http_requests_total$', as: REQUESTS_PER_SECOND_METRIC },
        metricsQuery: 'sum(rate(<<.Series>>{<<.LabelMatchers>>}[1m])) by (<<.GroupBy>>)',
      },
    ],
  },
};

/** Logs are kept in-cluster for now; object storage comes with the observability work. */
export const lokiValues = {
  deploymentMode: 'SingleBinary',
  loki: {
    auth_enabled: false,
    commonConfig: { replication_factor: 1 },
    storage: { type: 'filesystem' },
    schemaConfig: {
      configs: [
        {
          from: '2025-01-01',
          store: 'tsdb',
          object_store: 'filesystem',
          schema: 'v13',
          index: { prefix: 'index_', period: '24h' },
        },
      ],
    },
  },
  singleBinary: { replicas: 1 },
  read: { replicas: 0 },
  write: { replicas: 0 },
  backend: { replicas: 0 },
  // The chart's memcached caches reserve gigabytes; not worth it at this log volume.
  chunksCache: { enabled: false },
  resultsCache: { enabled: false },
  lokiCanary: { enabled: false },
  test: { enabled: false },
};

export const alloyValues = {
  alloy: {
    configMap: {
      content: `discovery.kubernetes "pods" {
  role = "pod"
}
loki.source.kubernetes "pods" {
  targets    = discovery.kubernetes.pods.targets
  forward_to = [loki.write.default.receiver]
}
loki.write "default" {
  endpoint {
    url = "http://loki-gateway.monitoring.svc/loki/api/v1/push"
  }
}
`,
    },
  },
};

export const nginxGatewayFabricValues = { nginxGateway: { gatewayClassName: 'nginx' } };

export const metricsServerValues = {};
