import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import type { Environment } from '../config';
import { declaredClusters } from '../config/recovery';
import { addPodMonitor } from '../constructs/monitors';
import { addNetworkPolicy, peers } from '../constructs/network-policy';
import { PostgresBackups } from '../constructs/postgres-backups';
import { PostgresCluster } from '../constructs/postgres-cluster';
import { PostgresPooler } from '../constructs/postgres-pooler';
import { selectorLabels } from '../lib/labels';
import { names, operatorLabels, platformPods, ports } from './names';

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
    for (const cluster of clusters)
      addPodMonitor(this, `PodMonitor-${cluster}`, cluster, { 'cnpg.io/cluster': cluster }, 'metrics');
    addPodMonitor(this, 'PoolerPodMonitor', names.pooler, operatorLabels.pooler, 'metrics');

    const monitoring = peers.podsAnywhere(platformPods.prometheus);
    addNetworkPolicy(this, 'AllowPooler', {
      name: names.pooler,
      podSelector: operatorLabels.pooler,
      ingress: [
        { peers: [peers.pods(selectorLabels(names.api))], ports: [{ port: ports.postgres }] },
        { peers: [monitoring], ports: [{ port: ports.pgbouncerMetrics }] },
      ],
      egress: [
        {
          peers: clusters.map((cluster) => peers.pods(operatorLabels.clusterInstances(cluster))),
          ports: [{ port: ports.postgres }],
        },
      ],
    });
    for (const cluster of clusters) {
      const instances = peers.pods(operatorLabels.clusterInstances(cluster));
      addNetworkPolicy(this, `AllowDatabase-${cluster}`, {
        name: cluster,
        // A restored cluster's recovery Job (not an instance) also downloads from S3.
        podSelector:
          cluster === names.database ? operatorLabels.databaseInstances : { 'cnpg.io/cluster': cluster },
        ingress: [
          {
            peers: [peers.pods(operatorLabels.pooler), instances, peers.pods(selectorLabels(names.migrate))],
            ports: [{ port: ports.postgres }],
          },
          // The operator checks instance status over HTTPS and connects to PostgreSQL.
          {
            peers: [peers.podsAnywhere(platformPods.cnpgOperator)],
            ports: [{ port: ports.cnpgStatus }, { port: ports.postgres }],
          },
          { peers: [monitoring], ports: [{ port: ports.postgresMetrics }] },
        ],
        egress: [
          { peers: [instances], ports: [{ port: ports.postgres }, { port: ports.cnpgStatus }] },
          // S3 (WAL archive, base backups), STS for the IAM role, and the Kubernetes API the instance manager watches.
          // S3 has no stable address range here; a VPC endpoint policy restricts buckets (terraform/).
          { peers: [peers.anywhere()], ports: [{ port: 443 }, { port: 6443 }] },
        ],
      });
    }
  }
}
