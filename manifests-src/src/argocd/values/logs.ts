import type { InfrastructureOutputs } from '../../config/infrastructure-schema';
import { platformNamespaces } from '../../config/platform';

/**
 * Loki in monolithic mode (the chart's SingleBinary) on S3, three replicas sharing the bucket
 * with replication factor 3, so one pod or node can go without losing the last minutes of logs
 * or the ability to query. The bucket, the IRSA role and the retention come from Terraform's
 * hand-over (config/infrastructure.ts) of the cluster's own environment. Retention is the compactor's (Loki 3.5 docs, operations/storage/
 * retention.md): `retention_enabled`, a `delete_request_store`, and `limits_config.retention_period`.
 * The ruler is off: alerts come from Prometheus, and it would need a second bucket.
 * ADR 0109 has the reasons; the chart's keys are checked against its values.yaml (helm-values.test.ts).
 */
export function lokiValues(infra: InfrastructureOutputs) {
  const { logs } = infra;
  if (logs.namespace !== platformNamespaces.monitoring) {
    throw new Error(`logs.namespace: Loki runs in ${platformNamespaces.monitoring} (got ${logs.namespace})`);
  }
  return {
    deploymentMode: 'SingleBinary',
    loki: {
      auth_enabled: false,
      commonConfig: { replication_factor: 3 },
      storage: {
        type: 's3',
        bucketNames: { chunks: logs.bucket },
        // No keys: the AWS SDK takes the IRSA web identity the service account's annotation brings.
        s3: { region: infra.region },
      },
      schemaConfig: {
        configs: [
          {
            from: '2025-01-01',
            store: 'tsdb',
            object_store: 's3',
            schema: 'v13',
            index: { prefix: 'index_', period: '24h' },
          },
        ],
      },
      compactor: { retention_enabled: true, delete_request_store: 's3' },
      limits_config: { retention_period: `${logs.retentionDays * 24}h` },
    },
    serviceAccount: {
      name: logs.serviceAccount,
      annotations: { 'eks.amazonaws.com/role-arn': logs.roleArn },
    },
    singleBinary: { replicas: 3 },
    read: { replicas: 0 },
    write: { replicas: 0 },
    backend: { replicas: 0 },
    ruler: { enabled: false },
    // The chart's memcached caches reserve gigabytes; not worth it at this log volume.
    chunksCache: { enabled: false },
    resultsCache: { enabled: false },
    lokiCanary: { enabled: false },
    test: { enabled: false },
  };
}

/** Where Alloy pushes: the chart's gateway Service in front of Loki. */
const LOKI_PUSH_URL = `http://loki-gateway.${platformNamespaces.monitoring}.svc/loki/api/v1/push`;

/**
 * The Alloy pipeline (Alloy v1.10.0, the alloy chart 1.2.0's appVersion; component and stage
 * names and arguments from grafana/alloy docs/sources/reference/components at that tag).
 *
 * One Alloy per node (the chart's default DaemonSet) tails only its own node's pods: the
 * `spec.nodeName` field selector, with HOSTNAME set to the node's name by the chart
 * (discovery.kubernetes.md, "limit to only pods on the same node"). Labels `namespace`, `pod`,
 * `container`, `app`; the JSON `level` (pino writes it as a string) becomes a label.
 *
 * Health checks are dropped before they cost anything: lines of the kubelet's probes, whose
 * User-Agent is `kube-probe/<version>`, from any container; and the API's health routes
 * (`req.url`), including the legacy `/health` that uptime checkers call. The API itself already
 * skips logging /healthz, /readyz and /metrics (backend/src/http/observability.ts). A drop with
 * `source` keeps lines that have no such field (stages/drop.go), so non-JSON lines pass.
 *
 * Alloy cannot run here: the suite parses this text, checks its blocks and references, and runs
 * the drop expressions over the API's real log lines (manifests-src/test/logs.test.ts,
 * backend/src/http/request-logs.test.ts).
 */
export const alloyConfig = `discovery.kubernetes "pods" {
  role = "pod"
  selectors {
    role  = "pod"
    field = "spec.nodeName=" + coalesce(sys.env("HOSTNAME"), constants.hostname)
  }
}
discovery.relabel "pods" {
  targets = discovery.kubernetes.pods.targets
  rule {
    source_labels = ["__meta_kubernetes_namespace"]
    target_label  = "namespace"
  }
  rule {
    source_labels = ["__meta_kubernetes_pod_name"]
    target_label  = "pod"
  }
  rule {
    source_labels = ["__meta_kubernetes_pod_container_name"]
    target_label  = "container"
  }
  rule {
    source_labels = ["__meta_kubernetes_pod_label_app_kubernetes_io_name"]
    target_label  = "app"
  }
}
loki.source.kubernetes "pods" {
  targets    = discovery.relabel.pods.output
  forward_to = [loki.process.pods.receiver]
}
loki.process "pods" {
  stage.drop {
    expression          = "kube-probe/"
    drop_counter_reason = "health_check"
  }
  stage.json {
    expressions = { level = "level", url = "req.url" }
  }
  stage.drop {
    source              = "url"
    expression          = "^/(healthz|readyz|livez|health)([?]|$)"
    drop_counter_reason = "health_check"
  }
  stage.labels {
    values = { level = "" }
  }
  forward_to = [loki.write.default.receiver]
}
loki.write "default" {
  endpoint {
    url = "${LOKI_PUSH_URL}"
  }
}
`;

export const alloyValues = { alloy: { configMap: { content: alloyConfig } } };
