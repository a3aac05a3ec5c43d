import { infrastructure } from './infrastructure';
import type { EnvName } from './schema';
/** Where Argo CD reads this repository, and the pinned platform components it installs. */
export const repository = {
  url: 'https://github.com/dhakacart/dhakacart.git',
  revision: 'main',
} as const;

/**
 * Helm charts (pinned). Bumping a version is a reviewed change to this file; Renovate proposes
 * it through the `// renovate:` comment above each chart (renovate.json's regex manager), and
 * the cluster test installs the same list (`npm run platform-charts`). OCI charts are `oci://` here.
 */
export const charts = {
  // renovate: datasource=helm depName=argo-cd registryUrl=https://argoproj.github.io/argo-helm
  argoCd: { repoURL: 'https://argoproj.github.io/argo-helm', chart: 'argo-cd', version: '8.1.2' },
  // renovate: datasource=helm depName=argo-rollouts registryUrl=https://argoproj.github.io/argo-helm
  argoRollouts: {
    repoURL: 'https://argoproj.github.io/argo-helm',
    chart: 'argo-rollouts',
    version: '2.40.0',
  },
  // renovate: datasource=helm depName=sealed-secrets registryUrl=https://bitnami-labs.github.io/sealed-secrets
  sealedSecrets: {
    repoURL: 'https://bitnami-labs.github.io/sealed-secrets',
    chart: 'sealed-secrets',
    version: '2.17.2',
  },
  // renovate: datasource=helm depName=cert-manager registryUrl=https://charts.jetstack.io
  certManager: { repoURL: 'https://charts.jetstack.io', chart: 'cert-manager', version: 'v1.19.1' },
  // renovate: datasource=helm depName=cloudnative-pg registryUrl=https://cloudnative-pg.github.io/charts
  cloudnativePg: {
    repoURL: 'https://cloudnative-pg.github.io/charts',
    chart: 'cloudnative-pg',
    version: '0.29.0',
  },
  // renovate: datasource=helm depName=plugin-barman-cloud registryUrl=https://cloudnative-pg.github.io/charts
  barmanCloud: {
    repoURL: 'https://cloudnative-pg.github.io/charts',
    chart: 'plugin-barman-cloud',
    version: '0.8.0',
  },
  // renovate: datasource=helm depName=velero registryUrl=https://vmware-tanzu.github.io/helm-charts
  velero: { repoURL: 'https://vmware-tanzu.github.io/helm-charts', chart: 'velero', version: '10.0.10' },
  // renovate: datasource=helm depName=cluster-autoscaler registryUrl=https://kubernetes.github.io/autoscaler
  clusterAutoscaler: {
    repoURL: 'https://kubernetes.github.io/autoscaler',
    chart: 'cluster-autoscaler',
    version: '9.59.0',
  },
  // renovate: datasource=helm depName=kube-prometheus-stack registryUrl=https://prometheus-community.github.io/helm-charts
  kubePrometheusStack: {
    repoURL: 'https://prometheus-community.github.io/helm-charts',
    chart: 'kube-prometheus-stack',
    version: '76.5.1',
  },
  // renovate: datasource=helm depName=prometheus-adapter registryUrl=https://prometheus-community.github.io/helm-charts
  prometheusAdapter: {
    repoURL: 'https://prometheus-community.github.io/helm-charts',
    chart: 'prometheus-adapter',
    version: '4.11.0',
  },
  // renovate: datasource=helm depName=prometheus-blackbox-exporter registryUrl=https://prometheus-community.github.io/helm-charts
  blackboxExporter: {
    repoURL: 'https://prometheus-community.github.io/helm-charts',
    chart: 'prometheus-blackbox-exporter',
    version: '11.3.1',
  },
  // renovate: datasource=helm depName=loki registryUrl=https://grafana.github.io/helm-charts
  loki: { repoURL: 'https://grafana.github.io/helm-charts', chart: 'loki', version: '6.33.0' },
  // renovate: datasource=helm depName=alloy registryUrl=https://grafana.github.io/helm-charts
  alloy: { repoURL: 'https://grafana.github.io/helm-charts', chart: 'alloy', version: '1.2.0' },
  // renovate: datasource=docker depName=nginx-gateway-fabric registryUrl=oci://ghcr.io/nginx/charts
  nginxGatewayFabric: {
    repoURL: 'oci://ghcr.io/nginx/charts',
    chart: 'nginx-gateway-fabric',
    version: '2.4.2',
  },
  // renovate: datasource=helm depName=metrics-server registryUrl=https://kubernetes-sigs.github.io/metrics-server
  metricsServer: {
    repoURL: 'https://kubernetes-sigs.github.io/metrics-server',
    chart: 'metrics-server',
    version: '3.13.0',
  },
} as const;
export type HelmChartRef = (typeof charts)[keyof typeof charts];

/** Gateway API CRDs (standard channel), applied from the upstream repository at a pinned tag. */
export const gatewayApiCrds = {
  repoURL: 'https://github.com/kubernetes-sigs/gateway-api.git',
  path: 'config/crd/standard',
  version: 'v1.4.0',
} as const;

/** Argo Rollouts traffic-router plugin for the Gateway API, downloaded by the controller at start. */
export const rolloutsGatewayPlugin = {
  name: 'argoproj-labs/gatewayAPI',
  version: 'v0.16.0',
} as const;

/** Namespaces of the platform components. */
export const platformNamespaces = {
  argocd: 'argocd',
  rollouts: 'argo-rollouts',
  sealedSecrets: 'kube-system',
  certManager: 'cert-manager',
  cnpg: 'cnpg-system',
  velero: 'velero',
  monitoring: 'monitoring',
  gateway: 'nginx-gateway',
} as const;

/** Labels every object carries (policies/ require the first two). */
export const PART_OF = 'dhakacart';

/** Images not built here, pinned by digest (multi-arch index). */
export const thirdPartyImages = {
  redis:
    'docker.io/library/redis:7.4-alpine@sha256:ff02b58f971e7d7d156a1267e283fcbbeee91773b6aa36c49dac28ecfe28eadf',
  /**
   * CloudNativePG's operand image, major 15 as the suite's PostgreSQL (the PITR drill checks it).
   * Digest from CloudNativePG's signed ClusterImageCatalog, cloudnative-pg/artifacts
   * image-catalogs/catalog-standard-bookworm.yaml (images.cnpg.io/date 20260817). `standard`
   * carries every glibc locale; bookworm is the Debian release the drill runs on.
   */
  postgres:
    'ghcr.io/cloudnative-pg/postgresql:15.19-202608170814-standard-bookworm@sha256:26ba4982eec1879a5fee632ccccdf37ff709250b1740e2a803468c5d34e98043',
} as const;

/** Registries pods may pull from (enforced by policies/). */
export const ALLOWED_IMAGE_PREFIXES = ['ghcr.io/dhakacart/', 'docker.io/library/redis:'] as const;

/** Settings of the platform components that are the same on every cluster. */
export const cluster = {
  /** Where Let's Encrypt sends expiry notices. */
  acmeEmail: 'platform@dhakacart.com.bd',
} as const;

/**
 * What the platform of one environment's cluster takes from that environment's infrastructure
 * (terraform/envs/<env>, output `manifests`): each environment has its own account and EKS
 * cluster, with its own Argo CD (argocd/<env>/).
 */
export function clusterOf(env: EnvName) {
  const infra = infrastructure[env];
  return {
    env,
    region: infra.region,
    /** IAM role Velero assumes through IRSA. */
    veleroRoleArn: infra.clusterBackups.roleArn,
    /** EKS cluster name: the cluster autoscaler finds its node groups by tags that carry it. */
    name: infra.clusterName,
    /** The cluster autoscaler's IRSA role and the service account terraform lets assume it. */
    clusterAutoscaler: infra.clusterAutoscaler,
    /** The Argo CD UI of this cluster, in the environment's DNS zone (terraform makes its record). */
    argocdHost: `argocd.${infra.zoneName}`,
    infrastructure: infra,
  } as const;
}
export type ClusterSettings = ReturnType<typeof clusterOf>;
