import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import type { Environment } from '../config';
import { declaredClusters } from '../config/recovery';
import { addPodMonitor } from '../constructs/monitors';
import { addNetworkPolicy, kubernetesApi, peers } from '../constructs/network-policy';
import { PostgresBackups } from '../constructs/postgres-backups';
import { PostgresCluster } from '../constructs/postgres-cluster';
import { PostgresPooler } from '../constructs/postgres-pooler';
import { selectorLabels } from '../lib/labels';
import { DATABASE_JOB_ROLE, names, operatorLabels, platformPods, ports } from './names';

/** PostgreSQL: CloudNativePG cluster, PgBouncer pooler, WAL archive and daily base backups, metrics, network allows. */
export class DatabaseChart extends Chart {
  constructor(scope: Construct, env: Environment) {
    super(scope, 'database', { namespace: env.namespace, disableResourceNameHashes: true });
    const serving = env.recovery.serving;
    const clusters = declaredClusters(names.database, env.recovery, env.name);
    const backups = new PostgresBackups(this, 'Backups', {
      name: names.database,
      cluster: serving,
      prefix: env.name,
      backups: env.backups,
    });
    new PostgresCluster(this, 'Cluster', {
      name: names.database,
      database: env.database,
      objectStore: backups.objectStore,
      roleArn: env.backups.databaseRoleArn,
    });
    // Restored clusters stand beside the original, which is kept for forensics (docs/adr/0110).
    for (const restored of env.recovery.restored) {
      new PostgresCluster(this, `Restored-${restored.name}`, {
        name: restored.name,
        database: env.database,
        objectStore: backups.objectStore,
        roleArn: env.backups.databaseRoleArn,
        recovery: { source: restored.source, target: restored.target },
      });
    }
    new PostgresPooler(this, 'Pooler', {
      name: names.pooler,
      cluster: serving,
      database: env.database,
    });
    // Instances only: the pooler's pods carry cnpg.io/cluster and a `metrics` port too.
    for (const cluster of clusters)
      addPodMonitor(
        this,
        cluster === names.database ? 'PodMonitor' : `PodMonitor-${cluster}`,
        cluster,
        operatorLabels.clusterInstances(cluster),
        'metrics',
      );
    addPodMonitor(this, 'PoolerPodMonitor', names.pooler, operatorLabels.pooler, 'metrics');

    const monitoring = peers.podsAnywhere(platformPods.prometheus);
    addNetworkPolicy(this, 'AllowPooler', {
      name: names.pooler,
      podSelector: operatorLabels.pooler,
      ingress: [
        { peers: [peers.pods(selectorLabels(names.api))], ports: [{ port: ports.postgres }] },
        { peers: [monitoring], ports: [{ port: ports.pgbouncerMetrics }] },
      ],
      // A Pooler of type rw talks to the primary only (of any declared cluster, so a switch needs no
      // policy change); its instance manager reads its Pooler and secrets from the API at start.
      egress: [
        {
          peers: clusters.map((cluster) => peers.pods(operatorLabels.clusterPrimary(cluster))),
          ports: [{ port: ports.postgres }],
        },
        kubernetesApi,
      ],
    });
    for (const cluster of clusters) {
      const instances = peers.pods(operatorLabels.clusterInstances(cluster));
      // join (a new standby) clones the primary with pg_basebackup; initdb talks to no instance.
      const joinJobs = peers.pods(operatorLabels.clusterJobs(cluster), [
        { key: DATABASE_JOB_ROLE.key, operator: 'In', values: ['join'] },
      ]);
      const suffix = cluster === names.database ? '' : `-${cluster}`;
      addNetworkPolicy(this, `AllowDatabase${suffix}`, {
        name: cluster,
        podSelector: operatorLabels.clusterInstances(cluster),
        ingress: [
          {
            peers: [peers.pods(operatorLabels.pooler), peers.pods(selectorLabels(names.migrate)), joinJobs],
            ports: [{ port: ports.postgres }],
          },
          // Replication, and the liveness probe's isolation check of every instance's /failsafe.
          { peers: [instances], ports: [{ port: ports.postgres }, { port: ports.cnpgStatus }] },
          // The operator checks instance status over HTTPS and connects to PostgreSQL.
          {
            peers: [peers.podsAnywhere(platformPods.cnpgOperator)],
            ports: [{ port: ports.cnpgStatus }, { port: ports.postgres }],
          },
          { peers: [monitoring], ports: [{ port: ports.postgresMetrics }] },
        ],
        egress: [
          { peers: [instances], ports: [{ port: ports.postgres }, { port: ports.cnpgStatus }] },
          // S3 (WAL archive, base backups) and STS for the IAM role on 443: S3 has no stable address
          // range here; a VPC endpoint policy restricts buckets (terraform/). The same rule covers the
          // Kubernetes API the instance manager watches.
          kubernetesApi,
        ],
      });
      // initdb, join and recovery Jobs read their Cluster from the API before they run; join clones
      // the primary with pg_basebackup; a restored cluster's recovery Job reads the object store (443).
      addNetworkPolicy(this, `AllowDatabaseJobs${suffix}`, {
        name: `${cluster}-jobs`,
        podSelector: operatorLabels.clusterJobs(cluster),
        podSelectorExpressions: [DATABASE_JOB_ROLE],
        egress: [
          { peers: [peers.pods(operatorLabels.clusterPrimary(cluster))], ports: [{ port: ports.postgres }] },
          kubernetesApi,
        ],
      });
    }
  }
}
