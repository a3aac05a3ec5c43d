/** Object names shared between charts of one environment (a rename changes one line). */
export const names = {
  api: 'api',
  migrate: 'api-migrate',
  storefront: 'storefront',
  redis: 'redis',
  database: 'dhakacart-db',
  pooler: 'dhakacart-db-pooler',
  gateway: 'dhakacart',
  tlsSecret: 'dhakacart-tls',
  apiSecrets: 'api-secrets',
} as const;

/** Pod labels the operators put on what they create, used by NetworkPolicies and monitors. */
export const operatorLabels = {
  databaseInstances: { 'cnpg.io/cluster': names.database, 'cnpg.io/podRole': 'instance' },
  /** The primary, as the `-rw` Service selects it (pkg/specs/services.go); follows a failover. */
  databasePrimary: { 'cnpg.io/cluster': names.database, 'cnpg.io/instanceRole': 'primary' },
  /**
   * CloudNativePG's Job pods (initdb, join, recovery) carry the cluster label and
   * `cnpg.io/jobRole`, not `cnpg.io/podRole` (pkg/specs/jobs.go at v1.30.0); the pooler's
   * pods carry `cnpg.io/cluster` too, so selecting on it alone would include them.
   */
  databaseJobs: { 'cnpg.io/cluster': names.database },
  /** The instances of any one cluster, e.g. a restored one. */
  clusterInstances: (cluster: string) => ({ 'cnpg.io/cluster': cluster, 'cnpg.io/podRole': 'instance' }),
  /** The primary of any one cluster, as its `-rw` Service selects it. */
  clusterPrimary: (cluster: string) => ({ 'cnpg.io/cluster': cluster, 'cnpg.io/instanceRole': 'primary' }),
  /** The Job pods (initdb, join, recovery) of any one cluster, with `DATABASE_JOB_ROLE`. */
  clusterJobs: (cluster: string) => ({ 'cnpg.io/cluster': cluster }),
  pooler: { 'cnpg.io/poolerName': names.pooler },
  /** Set by NGINX Gateway Fabric on the data-plane pods it provisions for a Gateway. */
  gatewayDataPlane: { 'gateway.networking.k8s.io/gateway-name': names.gateway },
  acmeSolver: { 'acme.cert-manager.io/http01-solver': 'true' },
} as const;

/**
 * Platform pods that reach into the shop's namespaces, matched by their Helm charts' labels in
 * any namespace, so the allows hold wherever the platform is installed.
 */
export const platformPods = {
  prometheus: { 'app.kubernetes.io/name': 'prometheus' },
  cnpgOperator: { 'app.kubernetes.io/name': 'cloudnative-pg' },
  gatewayControlPlane: { 'app.kubernetes.io/name': 'nginx-gateway-fabric' },
} as const;

/** Container ports. */
export const ports = {
  api: 3000,
  storefront: 8080,
  postgres: 5432,
  pgbouncerMetrics: 9127,
  postgresMetrics: 9187,
  cnpgStatus: 8000,
  /** The NGINX Gateway Fabric control plane's agent-grpc container port; its Service's 443 maps to it. */
  gatewayControlPlaneAgent: 8443,
  /** The NGINX Gateway Fabric data plane's metrics port (NGINX Agent's Prometheus exporter). */
  gatewayMetrics: 9113,
} as const;

/** Label requirement that, with `operatorLabels.databaseJobs`, selects CloudNativePG's Job pods. */
export const DATABASE_JOB_ROLE = { key: 'cnpg.io/jobRole', operator: 'Exists' } as const;
