/** Where Argo CD reads this repository, and the pinned platform components it installs. */
export const repository = {
  url: 'https://github.com/dhakacart/dhakacart.git',
  revision: 'main',
} as const;

/** Helm charts (pinned). Bumping a version is a reviewed change to this file. */
export const charts = {
  argoCd: { repoURL: 'https://argoproj.github.io/argo-helm', chart: 'argo-cd', version: '8.1.2' },
  argoRollouts: {
    repoURL: 'https://argoproj.github.io/argo-helm',
    chart: 'argo-rollouts',
    version: '2.40.0',
  },
  sealedSecrets: {
    repoURL: 'https://bitnami-labs.github.io/sealed-secrets',
    chart: 'sealed-secrets',
    version: '2.17.2',
  },
  certManager: { repoURL: 'https://charts.jetstack.io', chart: 'cert-manager', version: 'v1.19.1' },
  cloudnativePg: {
    repoURL: 'https://cloudnative-pg.github.io/charts',
    chart: 'cloudnative-pg',
    version: '0.29.0',
  },
  barmanCloud: {
    repoURL: 'https://cloudnative-pg.github.io/charts',
    chart: 'plugin-barman-cloud',
    version: '0.8.0',
  },
  velero: { repoURL: 'https://vmware-tanzu.github.io/helm-charts', chart: 'velero', version: '10.0.10' },
  kubePrometheusStack: {
    repoURL: 'https://prometheus-community.github.io/helm-charts',
    chart: 'kube-prometheus-stack',
    version: '76.5.1',
  },
  loki: { repoURL: 'https://grafana.github.io/helm-charts', chart: 'loki', version: '6.33.0' },
  alloy: { repoURL: 'https://grafana.github.io/helm-charts', chart: 'alloy', version: '1.2.0' },
  nginxGatewayFabric: { repoURL: 'ghcr.io/nginx/charts', chart: 'nginx-gateway-fabric', version: '2.4.2' },
  metricsServer: {
    repoURL: 'https://kubernetes-sigs.github.io/metrics-server',
    chart: 'metrics-server',
    version: '3.13.0',
  },
  prometheusAdapter: {
    repoURL: 'https://prometheus-community.github.io/helm-charts',
    chart: 'prometheus-adapter',
    version: '4.11.0',
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
} as const;

/** Registries pods may pull from (enforced by policies/). */
export const ALLOWED_IMAGE_PREFIXES = ['ghcr.io/dhakacart/', 'docker.io/library/redis:'] as const;

/** Cluster-wide settings of the platform components. */
export const cluster = {
  /** Where Let's Encrypt sends expiry notices. */
  acmeEmail: 'platform@dhakacart.com.bd',
  region: 'ap-south-1',
  /** IAM role Velero assumes through workload identity (created by terraform/). */
  veleroRoleArn: 'arn:aws:iam::222222222222:role/dhakacart-velero',
  argocdHost: 'argocd.dhakacart.com.bd',
} as const;
