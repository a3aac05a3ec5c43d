import { rolloutsGatewayPlugin, type ClusterSettings } from '../../config/platform';
import { PROMETHEUS_ADDRESS } from '../../constructs/analysis-templates';
import { REQUESTS_PER_SECOND_METRIC } from '../../constructs/autoscaling';
import { BLACKBOX } from '../../constructs/blackbox-probe';
import { detection } from '../../alerts/detection';
import type { EnvName } from '../../config/schema';
import { RECEIVERS_DIR, RECEIVERS_SECRET, alertmanagerConfig } from './alertmanager';

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
  // The chart's default, stated because the alert rules read it: with honorLabels the controller's
  // own `namespace` label (of the SealedSecret) wins over the target's.
  metrics: { serviceMonitor: { enabled: true, honorLabels: true } },
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

export const veleroValues = (cluster: ClusterSettings) => ({
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
});

/**
 * The chart's default rules stay (recording rules for its dashboards, and the Kubernetes mixin's
 * alerts with upstream runbooks), except the alerts ours replace with tested rules and
 * runbooks of our own (src/alerts/).
 */
const REPLACED_DEFAULT_ALERTS = [
  'Watchdog',
  'KubePodCrashLooping',
  'KubeHpaMaxedOut',
  'KubeNodeNotReady',
  'PrometheusRuleFailures',
  'PrometheusErrorSendingAlertsToAnyAlertmanager',
  'PrometheusBadConfig',
  'AlertmanagerFailedToSendAlerts',
  'AlertmanagerFailedReload',
] as const;

/**
 * Resizes the EKS managed node groups between the bounds terraform gives them
 * (docs/capacity-planning.md), found by the tags EKS puts on their Auto Scaling groups
 * (`k8s.io/cluster-autoscaler/enabled`, `k8s.io/cluster-autoscaler/<cluster>`: the chart's default
 * `autoDiscovery.tags`), which are also the tags the IAM policy of terraform/modules/environment
 * limits it to. The chart's image (appVersion) must have the cluster's Kubernetes minor version
 * (kubernetes/autoscaler cluster-autoscaler/README.md, "Releases").
 */
export const clusterAutoscalerValues = (cluster: ClusterSettings) => ({
  cloudProvider: 'aws',
  awsRegion: cluster.region,
  autoDiscovery: { clusterName: cluster.name },
  rbac: {
    serviceAccount: {
      name: cluster.clusterAutoscaler.serviceAccount,
      annotations: { 'eks.amazonaws.com/role-arn': cluster.clusterAutoscaler.roleArn },
    },
  },
  extraArgs: {
    // One node group per zone in a region behaves as one: scale them evenly.
    'balance-similar-node-groups': true,
    expander: 'least-waste',
    // The API, storefront and Redis pods mount emptyDir scratch space (read-only root file
    // systems); with the default (true) no node running one could ever be removed.
    'skip-nodes-with-local-storage': false,
  },
  resources: { requests: { cpu: '100m', memory: '300Mi' }, limits: { memory: '600Mi' } },
  serviceMonitor: { enabled: true, namespace: 'kube-system', selector: {} },
});

export const kubePrometheusStackValues = (env: EnvName) => ({
  defaultRules: { disabled: Object.fromEntries(REPLACED_DEFAULT_ALERTS.map((name) => [name, true])) },
  prometheus: {
    prometheusSpec: {
      // Pick up ServiceMonitors/PodMonitors/Probes/rules from every namespace, not only the chart's own.
      serviceMonitorSelectorNilUsesHelmValues: false,
      podMonitorSelectorNilUsesHelmValues: false,
      probeSelectorNilUsesHelmValues: false,
      ruleSelectorNilUsesHelmValues: false,
      // Every alert this cluster's Prometheus sends carries its environment (chart values.yaml:
      // "External labels to add to any time series or alerts when communicating with external
      // systems"), the chart's own rules included: Alertmanager routes staging's to chat.
      externalLabels: { environment: env },
      retention: '15d',
      // Whichever comes first: more series than planned drop the oldest blocks instead of filling
      // the volume (Prometheus reads GB as 2^30 bytes, and counts the WAL too; 5 GiB stay free).
      retentionSize: '45GB',
      // A persistent volume, not the chart's emptyDir: 15 days of history survive a restart.
      storageSpec: {
        volumeClaimTemplate: {
          spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '50Gi' } } },
        },
      },
    },
  },
  alertmanager: {
    config: alertmanagerConfig(env),
    alertmanagerSpec: {
      // Mounted optional (not through `secrets`, which the operator mounts as required), so
      // Alertmanager starts before the SealedSecret is unsealed; until then sends fail, and
      // AlertmanagerNotificationsFailing says so.
      volumes: [{ name: 'receivers', secret: { secretName: RECEIVERS_SECRET, optional: true } }],
      volumeMounts: [{ name: 'receivers', mountPath: RECEIVERS_DIR, readOnly: true }],
      storage: {
        volumeClaimTemplate: {
          spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '2Gi' } } },
        },
      },
    },
  },
});

/**
 * prometheus-community/helm-charts charts/prometheus-blackbox-exporter (values.yaml `config`):
 * the module the Probes use, with a timeout under the probe's scrape timeout so a hung shop
 * counts as a failed probe, not a failed scrape.
 */
export const blackboxExporterValues = {
  fullnameOverride: BLACKBOX.address.split('.')[0],
  config: {
    modules: {
      [BLACKBOX.module]: {
        prober: 'http',
        timeout: `${Number(detection.scrapeTimeout.replace('s', '')) - 1}s`,
        http: { valid_http_versions: ['HTTP/1.1', 'HTTP/2.0'], valid_status_codes: [200], follow_redirects: true, preferred_ip_protocol: 'ip4' },
      },
    },
  },
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

export { alloyValues, lokiValues } from './logs';

/**
 * The GatewayClass's data planes are internal by default (the chart's default is LoadBalancer,
 * which on EKS would add a load balancer per Gateway beside terraform's); each Gateway's own
 * NginxProxy (constructs/gateway.ts) exposes it on the node ports the load balancer targets.
 */
export const nginxGatewayFabricValues = {
  nginxGateway: { gatewayClassName: 'nginx' },
  nginx: { service: { type: 'ClusterIP' } },
};

export const metricsServerValues = {};
