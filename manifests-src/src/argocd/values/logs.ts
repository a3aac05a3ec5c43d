/** Logs are kept in-cluster for now; object storage comes with the observability work. */
export const lokiValues = {
  deploymentMode: 'SingleBinary',
  loki: {
    auth_enabled: false,
    commonConfig: { replication_factor: 1 },
    storage: { type: 'filesystem' },
    schemaConfig: {
      configs: [
        {
          from: '2025-01-01',
          store: 'tsdb',
          object_store: 'filesystem',
          schema: 'v13',
          index: { prefix: 'index_', period: '24h' },
        },
      ],
    },
  },
  singleBinary: { replicas: 1 },
  read: { replicas: 0 },
  write: { replicas: 0 },
  backend: { replicas: 0 },
  // The chart's memcached caches reserve gigabytes; not worth it at this log volume.
  chunksCache: { enabled: false },
  resultsCache: { enabled: false },
  lokiCanary: { enabled: false },
  test: { enabled: false },
};

/**
 * One Alloy per node (the chart's default DaemonSet) tailing only its own node's pods: the
 * `spec.nodeName` field selector, with HOSTNAME set to the node's name by the chart, as in
 * grafana/alloy docs/sources/reference/components/discovery/discovery.kubernetes.md ("limit to
 * only pods on the same node"). Without it every collector tails every container of the cluster.
 * Labels `namespace`, `pod`, `container`, `app`; the API's JSON `level` (pino, as a label
 * string) becomes a label. Alloy cannot run here, so nothing in the suite executes this.
 */
export const alloyValues = {
  alloy: {
    configMap: {
      content: `discovery.kubernetes "pods" {
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
  forward_to = [loki.process.json.receiver]
}
loki.process "json" {
  stage.json {
    expressions = { level = "level" }
  }
  stage.labels {
    values = { level = "" }
  }
  forward_to = [loki.write.default.receiver]
}
loki.write "default" {
  endpoint {
    url = "http://loki-gateway.monitoring.svc/loki/api/v1/push"
  }
}
`,
    },
  },
};
