import type { AddressId } from './pods';

/** One end of a flow: a pod of `pods.ts`, or an address outside the cluster's pods. */
export type Endpoint = { readonly pod: string } | { readonly address: AddressId };

export interface Flow {
  readonly from: Endpoint;
  readonly to: Endpoint;
  /** A named port of the destination pod, or a number for an address. */
  readonly port: string | number;
  /** @default 'TCP' */
  readonly protocol?: 'TCP' | 'UDP';
  /** What breaks without it, and where that is written upstream. */
  readonly why: string;
}

const CNPG = 'cloudnative-pg v1.30.0';
const pod = (id: string): Endpoint => ({ pod: id });
const address = (id: AddressId): Endpoint => ({ address: id });

/** Both endpoints of the Kubernetes API: EKS (443) and kind/k3s (6443). */
function toKubernetesApi(from: string, why: string): Flow[] {
  return [
    { from: pod(from), to: address('kubernetesApiEks'), port: 443, why },
    { from: pod(from), to: address('kubernetesApiKind'), port: 6443, why },
  ];
}

const INSTANCES = ['db-primary', 'db-replica'] as const;
/** Pods that resolve Service names (the API, nginx's upstream, `*-rw`, the control plane's Service). */
const DNS_CLIENTS = [
  'api',
  'migrate',
  'storefront',
  'db-primary',
  'db-replica',
  'db-initdb-job',
  'db-join-job',
  'pooler',
  'gateway',
] as const;

/**
 * Every flow the shop needs, in both environments. Prometheus's scrapes are not listed: each
 * PodMonitor and ServiceMonitor in dist/ requires one (see test/network-flows.test.ts).
 * Anything into the database (instances, their Jobs, the pooler) that is not here must be denied.
 */
export const flows: readonly Flow[] = [
  // The public entry.
  ...(['port-80', 'port-443'] as const).map((port) => ({
    from: address('visitor'),
    to: pod('gateway'),
    port,
    why: 'visitors reach the Gateway through the Network Load Balancer and its NodePort Service (listener ports 80 and 443; client addresses kept)',
  })),
  {
    from: address('letsEncrypt'),
    to: pod('gateway'),
    port: 'port-80',
    why: 'HTTP-01 validation fetches /.well-known/acme-challenge/ over port 80',
  },
  { from: pod('gateway'), to: pod('api'), port: 'http', why: 'HTTPRoute api (/api)' },
  { from: pod('gateway'), to: pod('storefront'), port: 'http', why: 'HTTPRoute storefront (/)' },
  {
    from: pod('gateway'),
    to: pod('acme-solver'),
    port: 'http',
    why: "cert-manager's HTTPRoute sends the challenge to the solver pod (8089)",
  },
  {
    from: pod('gateway'),
    to: pod('gateway-control-plane'),
    port: 'agent-grpc',
    why: 'the data plane agent gets its nginx config over gRPC from the control plane: Service port 443, pod port 8443',
  },
  // The API.
  { from: pod('api'), to: pod('pooler'), port: 'pgbouncer', why: 'the API connects through PgBouncer' },
  { from: pod('api'), to: pod('redis'), port: 'redis', why: 'catalog cache and rate limits' },
  {
    from: pod('migrate'),
    to: pod('db-primary'),
    port: 'postgresql',
    why: 'migrations run on the primary (dhakacart-db-rw), before the Rollout (PreSync hook)',
  },
  // The pooler.
  {
    from: pod('pooler'),
    to: pod('db-primary'),
    port: 'postgresql',
    why: 'a Pooler of type rw connects to the primary',
  },
  ...toKubernetesApi(
    'pooler',
    `the PgBouncer instance manager reads its Pooler and secrets at start and watches them (${CNPG}: internal/cmd/manager/pgbouncer/run/cmd.go, internal/pgbouncer/management/controller/manager.go)`,
  ),
  // The instances.
  ...INSTANCES.flatMap((from) =>
    INSTANCES.filter((to) => to !== from).flatMap((to): Flow[] => [
      {
        from: pod(from),
        to: pod(to),
        port: 'postgresql',
        why: 'streaming replication from the primary (either instance can be primary after a failover)',
      },
      {
        from: pod(from),
        to: pod(to),
        port: 'status',
        why: `the liveness probe's isolation check pings every instance's /failsafe on 8000, on by default (${CNPG}: pkg/management/postgres/webserver/probes/pinger.go, api/v1/cluster_defaults.go)`,
      },
    ]),
  ),
  ...INSTANCES.flatMap((from) => [
    ...toKubernetesApi(
      from,
      `the instance manager watches its Cluster, secrets and config maps (${CNPG}: docs/src/security.md)`,
    ),
    {
      from: pod(from),
      to: address('s3'),
      port: 443,
      why: 'WAL archive and base backups to S3 through the Barman Cloud plugin; STS for the IAM role',
    },
  ]),
  ...INSTANCES.flatMap((to) =>
    (['status', 'postgresql'] as const).map((port) => ({
      from: pod('cnpg-operator'),
      to: pod(to),
      port,
      why: `the operator reads instance status over HTTPS and connects to PostgreSQL (${CNPG}: docs/src/networking.md)`,
    })),
  ),
  // The Jobs CloudNativePG runs before an instance starts.
  ...toKubernetesApi(
    'db-initdb-job',
    `initdb reads its Cluster and secrets before it runs (${CNPG}: pkg/specs/jobs.go)`,
  ),
  ...toKubernetesApi(
    'db-join-job',
    `join reads its Cluster and secrets before it runs (${CNPG}: pkg/specs/jobs.go)`,
  ),
  {
    from: pod('db-join-job'),
    to: pod('db-primary'),
    port: 'postgresql',
    why: `join clones the primary (--parent-node <cluster>-rw) with pg_basebackup; with dataDurability required, writes wait for the standby (${CNPG}: pkg/specs/jobs.go, pkg/management/postgres/join.go)`,
  },
  // Names.
  ...DNS_CLIENTS.flatMap((from) =>
    (['dns', 'dns-tcp'] as const).map((port) => ({
      from: pod(from),
      to: pod('kube-dns'),
      port,
      protocol: port === 'dns' ? ('UDP' as const) : ('TCP' as const),
      why: 'Service names resolve through CoreDNS',
    })),
  ),
];

/** Pods whose every allowed inbound flow must be listed (in `flows` or by a monitor). */
export const DATABASE_PODS = ['db-primary', 'db-replica', 'db-initdb-job', 'db-join-job', 'pooler'] as const;
