import { charts, platformNamespaces } from '../config/platform';
import { names } from '../charts/names';

/** A container port as the pod declares it: NetworkPolicies may name it or give its number. */
export interface NamedPort {
  readonly name: string;
  readonly port: number;
  readonly protocol?: 'TCP' | 'UDP';
}

/**
 * A pod some flow starts or ends at, with the labels and ports it really carries. Pods written by
 * this repository are read from dist/ (`fromTemplate`); pods made by operators are written out here
 * from the operators' code at the pinned versions (`labels`, `ports`, `source`), and never from
 * the selectors our policies use, so a wrong selector cannot agree with itself.
 */
export type PodSpec = {
  readonly id: string;
  readonly description: string;
  /** `env`: the environment's namespace; otherwise a platform namespace. */
  readonly namespace: 'env' | string;
  /**
   * The object in dist/<env>/<chart>/ whose sync makes these pods appear; its Argo CD phase and
   * wave order the policies that are in place for them. Absent for platform pods.
   */
  readonly createdBy?: { readonly chart: string; readonly kind: string; readonly name: string };
  /** Where the labels and ports were read (repository, tag, path). */
  readonly source: string;
} & (
  | {
      /** Labels and ports come from the pod template of `createdBy` (a workload) in dist/. */
      readonly fromTemplate: true;
      /** Labels a controller adds on top of the template (Argo Rollouts' `role`). */
      readonly extraLabels?: Record<string, string>;
    }
  | { readonly labels: Record<string, string>; readonly ports: readonly NamedPort[] }
);

const CNPG = 'cloudnative-pg/cloudnative-pg v1.30.0 (chart cloudnative-pg 0.29.0)';
const NGF = `nginx/nginx-gateway-fabric v${charts.nginxGatewayFabric.version}`;
/** Argo CD installs each platform chart with the Application's name as the release name. */
const NGF_RELEASE = 'nginx-gateway-fabric';
const GATEWAY_CLASS = 'nginx';

/** Labels CloudNativePG puts on every pod of a cluster (pkg/specs/pods.go, jobs.go). */
function cnpgLabels(component: 'database' | 'pooler'): Record<string, string> {
  return {
    'cnpg.io/cluster': names.database,
    'app.kubernetes.io/name': 'postgresql',
    'app.kubernetes.io/instance': names.database,
    'app.kubernetes.io/component': component,
    'app.kubernetes.io/managed-by': 'cloudnative-pg',
  };
}

function instance(serial: number, role: 'primary' | 'replica'): PodSpec {
  return {
    id: `db-${role}`,
    description: `PostgreSQL instance ${serial} (${role})`,
    namespace: 'env',
    createdBy: { chart: 'database', kind: 'Cluster', name: names.database },
    source: `${CNPG}: pkg/specs/pods.go (labels, ports postgresql/metrics/status), pkg/utils/labels_annotations.go; the instance manager sets cnpg.io/instanceRole and role`,
    labels: {
      ...cnpgLabels('database'),
      'cnpg.io/instanceName': `${names.database}-${serial}`,
      'cnpg.io/podRole': 'instance',
      'cnpg.io/instanceRole': role,
      role,
    },
    ports: [
      { name: 'postgresql', port: 5432 },
      { name: 'metrics', port: 9187 },
      { name: 'status', port: 8000 },
    ],
  };
}

function cnpgJob(role: 'initdb' | 'join', serial: number): PodSpec {
  return {
    id: `db-${role}-job`,
    description: `CloudNativePG ${role} Job of instance ${serial}`,
    namespace: 'env',
    createdBy: { chart: 'database', kind: 'Cluster', name: names.database },
    source: `${CNPG}: pkg/specs/jobs.go CreatePrimaryJob (no cnpg.io/podRole on Job pods)`,
    labels: {
      ...cnpgLabels('database'),
      'cnpg.io/instanceName': `${names.database}-${serial}`,
      'cnpg.io/jobRole': role,
    },
    ports: [],
  };
}

/** Every pod a flow of an environment names. */
export const pods: readonly PodSpec[] = [
  {
    id: 'api',
    description: 'API (Rollout, stable and canary)',
    namespace: 'env',
    createdBy: { chart: 'api', kind: 'Rollout', name: names.api },
    source: 'dist/<env>/api/Rollout.api.yaml; Argo Rollouts adds role (stableMetadata/canaryMetadata)',
    fromTemplate: true,
    extraLabels: { role: 'stable' },
  },
  {
    id: 'migrate',
    description: 'Schema migration Job (Argo CD PreSync hook)',
    namespace: 'env',
    createdBy: { chart: 'api', kind: 'Job', name: names.migrate },
    source: 'dist/<env>/api/Job.api-migrate.yaml',
    fromTemplate: true,
  },
  {
    id: 'storefront',
    description: 'Storefront nginx (Rollout)',
    namespace: 'env',
    createdBy: { chart: 'storefront', kind: 'Rollout', name: names.storefront },
    source: 'dist/<env>/storefront/Rollout.storefront.yaml',
    fromTemplate: true,
    extraLabels: { role: 'stable' },
  },
  {
    id: 'redis',
    description: 'Redis cache',
    namespace: 'env',
    createdBy: { chart: 'cache', kind: 'Deployment', name: names.redis },
    source: 'dist/<env>/cache/Deployment.redis.yaml',
    fromTemplate: true,
  },
  instance(1, 'primary'),
  instance(2, 'replica'),
  cnpgJob('initdb', 1),
  cnpgJob('join', 2),
  {
    id: 'pooler',
    description: 'PgBouncer pod of the Pooler',
    namespace: 'env',
    createdBy: { chart: 'database', kind: 'Pooler', name: names.pooler },
    source: `${CNPG}: pkg/specs/pgbouncer/deployments.go (labels incl. cnpg.io/cluster; ports pgbouncer 5432, metrics 9127)`,
    labels: {
      ...cnpgLabels('pooler'),
      'cnpg.io/poolerName': names.pooler,
      'cnpg.io/podRole': 'pooler',
    },
    ports: [
      { name: 'pgbouncer', port: 5432 },
      { name: 'metrics', port: 9127 },
    ],
  },
  {
    id: 'gateway',
    description: 'NGINX data plane of Gateway dhakacart',
    namespace: 'env',
    createdBy: { chart: 'gateway', kind: 'Gateway', name: names.gateway },
    source: `${NGF}: internal/controller/provisioner/objects.go (labels, port-<listener> and metrics 9113), provisioner.go (base selector)`,
    labels: {
      'app.kubernetes.io/instance': NGF_RELEASE,
      'app.kubernetes.io/managed-by': `${NGF_RELEASE}-${GATEWAY_CLASS}`,
      'app.kubernetes.io/name': `${names.gateway}-${GATEWAY_CLASS}`,
      'gateway.networking.k8s.io/gateway-name': names.gateway,
    },
    ports: [
      { name: 'port-80', port: 80 },
      { name: 'port-443', port: 443 },
      { name: 'metrics', port: 9113 },
    ],
  },
  {
    id: 'acme-solver',
    description: "cert-manager's HTTP-01 solver",
    namespace: 'env',
    createdBy: { chart: 'gateway', kind: 'Certificate', name: names.gateway },
    source: `cert-manager/cert-manager ${charts.certManager.version}: pkg/issuer/acme/http/pod.go (labels, port http), http.go (acmeSolverListenPort 8089)`,
    labels: {
      'acme.cert-manager.io/http-domain': '1234567890',
      'acme.cert-manager.io/http-token': '987654321',
      'acme.cert-manager.io/http01-solver': 'true',
    },
    ports: [{ name: 'http', port: 8089 }],
  },
  {
    id: 'cnpg-operator',
    description: 'CloudNativePG operator',
    namespace: platformNamespaces.cnpg,
    source: `cloudnative-pg/charts cloudnative-pg-v${charts.cloudnativePg.version}: templates/_helpers.tpl selectorLabels`,
    labels: { 'app.kubernetes.io/name': 'cloudnative-pg', 'app.kubernetes.io/instance': 'cloudnative-pg' },
    ports: [
      { name: 'metrics', port: 8080 },
      { name: 'webhook-server', port: 9443 },
    ],
  },
  {
    id: 'gateway-control-plane',
    description: 'NGINX Gateway Fabric control plane',
    namespace: platformNamespaces.gateway,
    source: `${NGF}: charts/nginx-gateway-fabric/templates/deployment.yaml (agent-grpc 8443; the Service maps 443 to it), _helpers.tpl`,
    labels: { 'app.kubernetes.io/name': NGF_RELEASE, 'app.kubernetes.io/instance': NGF_RELEASE },
    ports: [
      { name: 'agent-grpc', port: 8443 },
      { name: 'metrics', port: 9113 },
      { name: 'health', port: 8081 },
    ],
  },
  {
    id: 'prometheus',
    description: 'Prometheus of kube-prometheus-stack',
    namespace: platformNamespaces.monitoring,
    source: `prometheus-operator/prometheus-operator v0.84.1 (kube-prometheus-stack ${charts.kubePrometheusStack.version}): pkg/apis/monitoring/v1/prometheus_types.go podMetadata reserved labels`,
    labels: {
      'app.kubernetes.io/name': 'prometheus',
      'app.kubernetes.io/instance': 'kube-prometheus-stack-prometheus',
      'app.kubernetes.io/managed-by': 'prometheus-operator',
      prometheus: 'kube-prometheus-stack-prometheus',
    },
    ports: [{ name: 'http-web', port: 9090 }],
  },
  {
    id: 'kube-dns',
    description: 'CoreDNS',
    namespace: 'kube-system',
    source: 'EKS and kind CoreDNS Deployments (k8s-app: kube-dns)',
    labels: { 'k8s-app': 'kube-dns', 'eks.amazonaws.com/component': 'coredns' },
    ports: [
      { name: 'dns', port: 53, protocol: 'UDP' },
      { name: 'dns-tcp', port: 53, protocol: 'TCP' },
    ],
  },
  {
    id: 'stranger',
    description: 'Any other pod of the namespace (a debug pod, a future workload)',
    namespace: 'env',
    source: 'made up: must reach nothing',
    labels: { 'app.kubernetes.io/name': 'debug' },
    ports: [],
  },
  {
    id: 'foreign',
    description: 'A pod of another namespace',
    namespace: 'default',
    source: 'made up: must reach nothing',
    labels: { 'app.kubernetes.io/name': 'postgresql', 'cnpg.io/cluster': names.database },
    ports: [],
  },
];

/** Addresses outside the cluster's pods, each a representative of a range. */
export const addresses = {
  /** EKS: the API server's endpoints are ENIs in the VPC, port 443 (the `kubernetes` Service's endpoint). */
  kubernetesApiEks: { ip: '10.0.32.15', description: 'Kubernetes API server endpoint on EKS (443)' },
  /** kind and k3s (the e2e cluster, self-hosted nodes): the API server listens on 6443 on the node. */
  kubernetesApiKind: { ip: '172.18.0.2', description: 'Kubernetes API server endpoint on kind/k3s (6443)' },
  s3: { ip: '52.219.64.10', description: 'S3 and STS (ap-south-1)' },
  visitor: { ip: '203.0.113.7', description: 'A visitor on the internet' },
  letsEncrypt: { ip: '66.133.109.36', description: "Let's Encrypt's HTTP-01 validation" },
} as const;
export type AddressId = keyof typeof addresses;
