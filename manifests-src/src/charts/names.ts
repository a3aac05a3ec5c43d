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
  /** The instances of any one cluster, e.g. a restored one. */
  clusterInstances: (cluster: string) => ({ 'cnpg.io/cluster': cluster, 'cnpg.io/podRole': 'instance' }),
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
} as const;
