/**
 * What DhakaCart has reviewed in each platform chart, at the version pinned in config/platform.ts,
 * against the chart's own files vendored in manifests-src/charts/<chart>/<version>/ (SOURCES.tsv).
 * test/helm-values.test.ts holds every Application's values and every hook of the chart to this.
 *
 * Argo CD renders a chart with `helm template` and maps its hooks onto its own sync phases:
 * pre-install/pre-upgrade run as PreSync, post-install/post-upgrade as PostSync, pre-delete as
 * PreDelete; pre-rollback, post-rollback and the test hooks are not supported, and manifests
 * with them are skipped (argoproj/argo-cd docs/user-guide/helm.md, "Helm Hooks" and
 * "Helm --skip-tests"). A PreSync hook that never completes stops the sync of its app, and with
 * the root application's waves every later wave.
 */

/** Hook events Argo CD does not run (the manifest is skipped). */
export const HOOK_EVENTS_ARGOCD_SKIPS = [
  'test',
  'test-success',
  'test-failure',
  'pre-rollback',
  'post-rollback',
] as const;

/**
 * Image repositories a hook must not run. Bitnami removed the docker.io/bitnami tags the Velero
 * chart asks for, and bitnamilegacy publishes no kubectl for Kubernetes 1.34 and later
 * (vmware-tanzu/helm-charts issues 698 and 727).
 */
export const REMOVED_IMAGE_REPOSITORIES = ['docker.io/bitnami/', 'docker.io/bitnamilegacy/'] as const;

export type HookVerdict =
  /** The template renders nothing: `guard` (as written in its `{{ if }}`) is off at value path `when`. */
  | { readonly kind: 'off'; readonly guard: string; readonly when: string }
  /** Every event of its `helm.sh/hook` is one Argo CD skips. */
  | { readonly kind: 'skipped-by-argocd' }
  /**
   * It runs during the sync. `image` is the repository the chart resolves from these value paths
   * (the first that is set; `registry` is prefixed when given), and must be the one reviewed.
   */
  | {
      readonly kind: 'runs';
      readonly phase: 'PreSync' | 'PostSync';
      readonly image: {
        readonly from: readonly string[];
        readonly registry?: readonly string[];
        readonly is: string;
      };
    };

export interface HookReview {
  /** Templates (relative to the chart folder) that carry `helm.sh/hook`. */
  readonly templates?: readonly string[];
  /** Value paths whose map the chart writes as annotations, when that map sets `helm.sh/hook`. */
  readonly valueAnnotations?: readonly string[];
  readonly verdict: HookVerdict;
  readonly why: string;
}

export interface ChartReview {
  /**
   * Value paths under which the chart takes a free-form map or blob, not a fixed set of keys; the
   * text is the chart's own documentation of it (values.yaml). Nothing below them is checked.
   */
  readonly freeForm?: Readonly<Record<string, string>>;
  readonly hooks?: readonly HookReview[];
  /**
   * Value paths the chart's templates read but its values.yaml does not declare, each with the
   * vendored template that reads it (`.Values.<path>`).
   */
  readonly undeclared?: Readonly<Record<string, string>>;
  /**
   * Value paths values.yaml declares only in a comment (the chart's own example of them, quoted
   * here as it stands there), which its templates read; nothing below them is checked.
   */
  readonly commented?: Readonly<Record<string, string>>;
  /** Each dependency of Chart.yaml that is enabled, and where its hooks were reviewed. */
  readonly dependencies?: Readonly<Record<string, string>>;
  /**
   * Monitoring switches (value paths, as `monitoringSwitches` finds them) of a chart that syncs
   * before the chart with the monitoring CRDs, each with the vendored template it turns on; that
   * template must render only when the cluster serves `monitoring.coreos.com/v1`, so the first
   * sync does not fail on a missing kind and a later render adds the object.
   */
  readonly monitorsAwaitCrds?: Readonly<Record<string, string>>;
  /** API groups whose CRDs the chart installs (its crds/), which other charts' objects need. */
  readonly providesCrdGroups?: readonly string[];
  /** The snapshot has no tag of the pinned version: the files are of this one instead. */
  readonly standIn?: { readonly version: string; readonly why: string };
}

const CERTGEN = 'registry.k8s.io/ingress-nginx/kube-webhook-certgen';

/**
 * Keyed by the platform Application's name (platform-apps.ts). An Application without an entry is
 * held to its chart with no allowance: no free-form maps, no hooks.
 */
export const chartReviews: Readonly<Record<string, ChartReview>> = {
  'argo-cd': {
    freeForm: {
      'configs.cm': 'Any values you put under `.configs.cm` are passed to argocd-cm ConfigMap.',
      'configs.repositories':
        'Repositories list to be used by applications; creates a secret for each key/value.',
    },
    hooks: [
      {
        templates: [
          'templates/redis-secret-init/job.yaml',
          'templates/redis-secret-init/role.yaml',
          'templates/redis-secret-init/rolebinding.yaml',
          'templates/redis-secret-init/serviceaccount.yaml',
        ],
        verdict: {
          kind: 'runs',
          phase: 'PreSync',
          image: {
            from: ['redisSecretInit.image.repository', 'global.image.repository'],
            is: 'quay.io/argoproj/argocd',
          },
        },
        why: 'Creates the Redis password Secret with the Argo CD image itself (the one every Argo CD pod runs).',
      },
      {
        templates: [
          'charts/redis-ha/templates/tests/test-redis-ha-configmap.yaml',
          'charts/redis-ha/templates/tests/test-redis-ha-pod.yaml',
        ],
        verdict: { kind: 'skipped-by-argocd' },
        why: 'Helm tests of the redis-ha subchart.',
      },
    ],
    dependencies: {
      'redis-ha': 'remote (DandyDeveloper/charts); its hook templates are vendored under charts/redis-ha/',
    },
    // Argo CD installs itself first; its application controller's ServiceMonitor comes with the
    // next render after the CRDs exist (argo-cd v3.0.6 keys rendered manifests by the cluster's
    // API versions: reposerver/cache/cache.go, clusterRuntimeInfoKey).
    monitorsAwaitCrds: {
      'controller.metrics.serviceMonitor.enabled':
        'templates/argocd-application-controller/servicemonitor.yaml',
    },
  },
  'argo-rollouts': {},
  'sealed-secrets': {},
  'cert-manager': {
    freeForm: {
      config:
        'This property is used to configure options for the controller pod. This allows setting options that would usually be provided using flags.',
    },
    hooks: [
      {
        valueAnnotations: [
          'startupapicheck.jobAnnotations',
          'startupapicheck.rbac.annotations',
          'startupapicheck.serviceAccount.annotations',
        ],
        verdict: {
          kind: 'runs',
          phase: 'PostSync',
          image: {
            from: ['startupapicheck.image.repository'],
            is: 'quay.io/jetstack/cert-manager-startupapicheck',
          },
        },
        why: "cert-manager's own image; waits until the webhook answers, after the operator is applied.",
      },
    ],
  },
  'cloudnative-pg': {},
  'plugin-barman-cloud': {
    standIn: {
      version: '0.7.0',
      why: 'cloudnative-pg/charts has no plugin-barman-cloud-v0.8.0 tag in the snapshot used; 0.7.0 is the newest there. DhakaCart sets no values.',
    },
  },
  velero: {
    freeForm: {
      'serviceAccount.server.annotations':
        'Annotations of the server ServiceAccount (a map, empty by default).',
    },
    hooks: [
      {
        templates: [
          'templates/upgrade-crds/upgrade-crds.yaml',
          'templates/upgrade-crds/clusterrole-upgrade.yaml',
          'templates/upgrade-crds/clusterrolebinding-upgrade.yaml',
          'templates/upgrade-crds/serviceaccount-upgrade.yaml',
        ],
        verdict: { kind: 'off', guard: '.Values.upgradeCRDs', when: 'upgradeCRDs' },
        why:
          'Its init container is docker.io/bitnami/kubectl:<cluster version>, removed upstream, so the PreSync Job never ' +
          "completes (vmware-tanzu/helm-charts 698, 727). The chart's crds/ are applied by Argo CD (helm template " +
          '--include-crds unless skipCrds), and they are the CRDs of the Velero release of this chart.',
      },
      {
        templates: ['templates/cleanup-crds.yaml'],
        verdict: { kind: 'off', guard: '.Values.cleanUpCRDs', when: 'cleanUpCRDs' },
        why: 'Deletes the CRDs, and with them every backup, on delete; off by default.',
      },
      {
        templates: ['templates/label-namespace/labelnamespace.yaml'],
        verdict: { kind: 'off', guard: '.Values.namespace.labels', when: 'namespace.labels' },
        why: 'Labels the namespace with the same bitnami kubectl image; only when namespace.labels is set.',
      },
    ],
  },
  'kube-prometheus-stack': {
    providesCrdGroups: ['monitoring.coreos.com'],
    freeForm: {
      'defaultRules.disabled': 'Disabled PrometheusRule alerts (a map of alert name to true).',
      'prometheus.prometheusSpec.storageSpec':
        'Prometheus StorageSpec for persistent data (prometheus-operator storage.md).',
      'prometheus.prometheusSpec.externalLabels':
        'External labels to add to any time series or alerts when communicating with external systems',
      'alertmanager.config':
        'Alertmanager configuration directives (prometheus.io/docs/alerting/configuration).',
      'alertmanager.alertmanagerSpec.storage':
        'Storage is the definition of how storage will be used by the Alertmanager instances.',
    },
    hooks: [
      {
        templates: [
          'templates/prometheus-operator/admission-webhooks/job-patch/job-createSecret.yaml',
          'templates/prometheus-operator/admission-webhooks/job-patch/job-patchWebhook.yaml',
          'templates/prometheus-operator/admission-webhooks/job-patch/clusterrole.yaml',
          'templates/prometheus-operator/admission-webhooks/job-patch/clusterrolebinding.yaml',
          'templates/prometheus-operator/admission-webhooks/job-patch/role.yaml',
          'templates/prometheus-operator/admission-webhooks/job-patch/rolebinding.yaml',
          'templates/prometheus-operator/admission-webhooks/job-patch/serviceaccount.yaml',
        ],
        verdict: {
          kind: 'runs',
          phase: 'PreSync',
          image: {
            from: ['prometheusOperator.admissionWebhooks.patch.image.repository'],
            registry: ['global.imageRegistry', 'prometheusOperator.admissionWebhooks.patch.image.registry'],
            is: CERTGEN,
          },
        },
        why: "Creates and patches the operator's webhook certificate; image from registry.k8s.io (Kubernetes' own).",
      },
      {
        templates: [
          'templates/prometheus-operator/admission-webhooks/job-patch/networkpolicy-createSecret.yaml',
          'templates/prometheus-operator/admission-webhooks/job-patch/networkpolicy-patchWebhook.yaml',
        ],
        verdict: {
          kind: 'off',
          guard: '.Values.prometheusOperator.networkPolicy.enabled',
          when: 'prometheusOperator.networkPolicy.enabled',
        },
        why: 'NetworkPolicies for the webhook Jobs; DhakaCart writes its own policies.',
      },
      {
        templates: [
          'templates/prometheus-operator/admission-webhooks/job-patch/ciliumnetworkpolicy-createSecret.yaml',
          'templates/prometheus-operator/admission-webhooks/job-patch/ciliumnetworkpolicy-patchWebhook.yaml',
        ],
        verdict: {
          kind: 'off',
          guard: '.Values.prometheusOperator.networkPolicy.enabled',
          when: 'prometheusOperator.networkPolicy.enabled',
        },
        why: 'Cilium flavour of the same policies.',
      },
      {
        templates: [
          'charts/crds/templates/upgrade/job.yaml',
          'charts/crds/templates/upgrade/crds.yaml',
          'charts/crds/templates/upgrade/clusterrole.yaml',
          'charts/crds/templates/upgrade/clusterrolebinding.yaml',
          'charts/crds/templates/upgrade/serviceaccount.yaml',
        ],
        verdict: { kind: 'off', guard: '.Values.upgradeJob.enabled', when: 'crds.upgradeJob.enabled' },
        why: 'CRD upgrade Job of the crds subchart; off by default, Argo CD applies the CRDs itself (server-side).',
      },
      {
        templates: [
          'charts/grafana/templates/tests/test.yaml',
          'charts/grafana/templates/tests/test-configmap.yaml',
          'charts/grafana/templates/tests/test-podsecuritypolicy.yaml',
          'charts/grafana/templates/tests/test-role.yaml',
          'charts/grafana/templates/tests/test-rolebinding.yaml',
          'charts/grafana/templates/tests/test-serviceaccount.yaml',
        ],
        verdict: { kind: 'skipped-by-argocd' },
        why: 'Helm tests of the grafana subchart.',
      },
    ],
    dependencies: {
      crds: 'in-tree (charts/crds); its hook templates are vendored under charts/crds/',
      grafana: 'remote (grafana/helm-charts); its hook templates are vendored under charts/grafana/',
      'kube-state-metrics':
        'remote; no template carries helm.sh/hook at prometheus-community/helm-charts tag kube-state-metrics-6.1.4',
      'prometheus-node-exporter':
        'remote; no template carries helm.sh/hook at prometheus-community/helm-charts tag prometheus-node-exporter-4.47.3',
    },
  },
  'prometheus-adapter': {},
  'prometheus-blackbox-exporter': {
    freeForm: {
      config: "The exporter's configuration file (`modules:`), written to its ConfigMap as given.",
    },
    undeclared: { fullnameOverride: 'templates/_helpers.tpl' },
  },
  loki: {
    freeForm: {
      'loki.schemaConfig':
        'Check https://grafana.com/docs/loki/latest/configuration/#schema_config for more info on how to configure schemas',
      'loki.compactor': 'Optional compactor configuration',
      'loki.limits_config': 'Limits config',
      'serviceAccount.annotations': 'Annotations for the service account',
    },
    // Read by templates/_helpers.tpl (loki.commonStorageConfig: `bucketnames`) at helm-loki-6.33.0.
    commented: {
      'loki.storage.bucketNames': '    # bucketNames:\n    #   chunks: FIXME',
    },
    hooks: [
      {
        templates: [
          'templates/provisioner/job-provisioner.yaml',
          'templates/provisioner/role-provisioner.yaml',
          'templates/provisioner/rolebinding-provisioner.yaml',
          'templates/provisioner/serviceaccount-provisioner.yaml',
        ],
        verdict: { kind: 'off', guard: '.Values.enterprise.enabled', when: 'enterprise.enabled' },
        why: 'Grafana Enterprise Logs only.',
      },
      {
        templates: [
          'templates/tokengen/job-tokengen.yaml',
          'templates/tokengen/clusterrole-tokengen.yaml',
          'templates/tokengen/clusterrolebinding-tokengen.yaml',
          'templates/tokengen/serviceaccount-tokengen.yaml',
        ],
        verdict: { kind: 'off', guard: '.Values.enterprise.enabled', when: 'enterprise.enabled' },
        why: 'Grafana Enterprise Logs only.',
      },
      {
        templates: ['templates/tests/test-canary.yaml'],
        verdict: { kind: 'skipped-by-argocd' },
        why: 'Helm test of the Loki canary (the canary is off too).',
      },
    ],
  },
  alloy: {
    dependencies: { crds: 'in-tree (charts/crds): CRDs only, no template carries helm.sh/hook' },
  },
  'nginx-gateway-fabric': {
    hooks: [
      {
        templates: ['templates/certs-job.yaml'],
        verdict: {
          kind: 'runs',
          phase: 'PreSync',
          image: { from: ['nginxGateway.image.repository'], is: 'ghcr.io/nginx/nginx-gateway-fabric' },
        },
        why: 'Generates the control plane to agent certificates with the control plane image itself.',
      },
    ],
  },
  'metrics-server': {},
  'cluster-autoscaler': {
    freeForm: {
      'rbac.serviceAccount.annotations': 'rbac.serviceAccount.annotations -- Additional Service Account annotations.',
      resources: 'resources -- Pod resource requests and limits.',
      extraArgs:
        'extraArgs -- Additional container arguments. Refer to https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/FAQ.md#what-are-the-parameters-to-ca for the full list of cluster autoscaler parameters and their default values.',
    },
  },
};
