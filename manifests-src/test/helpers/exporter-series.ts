import { CADVISOR, CNPG_POD, KSM, NODE_EXPORTER, ROLLOUTS_CONTROLLER, series } from '../alerting/cases';
import { names } from '../../src/charts/names';
import type { Series } from '../alerting/promtool';

/**
 * An hour (one sample a minute) of what the exporters report about a healthy shop in namespace
 * `ns`, with the metric and label names of their sources at the pinned versions:
 * kube-state-metrics v2.16 docs/metrics; node_exporter's cpu, meminfo, filesystem and netdev
 * collectors; cAdvisor's container metrics through the kubelet; CloudNativePG v1.30.0
 * config/manager/default-monitoring.yaml and its collector; plugin-barman-cloud's backup time;
 * Argo Rollouts v1.8.3 controller/metrics/prommetrics.go; NGINX Agent's `nginx_http_requests_total`.
 */
export function exporterSeries(ns: string, samples = 60): Series[] {
  const steady = (value: number) => `${value}x${samples}`;
  const growing = (step: number) => `0+${step}x${samples}`;
  const node = NODE_EXPORTER('10.0.1.5:9100');
  const pod = (name: string, container: string) => ({ namespace: ns, pod: name, container });
  const apiPod = pod('api-6d4cf56db6-x7k2p', 'api');
  const storefrontPod = pod('storefront-7c9b5d8f4-p2m4k', 'storefront');
  const dbPods = ['dhakacart-db-1', 'dhakacart-db-2'];
  const rollout = (name: string) => ({ ...ROLLOUTS_CONTROLLER, exported_namespace: ns, name });
  const cnpg = (p: string) => ({ ...CNPG_POD(p), namespace: ns });
  const volume = (claim: string) => ({
    ...CADVISOR('ip-10-0-1-5'),
    metrics_path: '/metrics',
    namespace: ns,
    persistentvolumeclaim: claim,
  });
  return [
    // node-exporter
    ...['idle', 'user', 'system'].map((mode, i) =>
      series('node_cpu_seconds_total', { ...node, cpu: '0', mode }, growing([40, 15, 5][i]!)),
    ),
    series('node_memory_MemAvailable_bytes', node, steady(6e9)),
    series('node_memory_MemTotal_bytes', node, steady(16e9)),
    ...(['node_filesystem_avail_bytes', 'node_filesystem_size_bytes'] as const).map((metric, i) =>
      series(
        metric,
        { ...node, device: '/dev/nvme0n1p1', fstype: 'xfs', mountpoint: '/' },
        steady([30e9, 80e9][i]!),
      ),
    ),
    ...(['node_network_receive_bytes_total', 'node_network_transmit_bytes_total'] as const).map((metric) =>
      series(metric, { ...node, device: 'ens5' }, growing(6e7)),
    ),
    // cAdvisor: containers, and the pod sandbox's network (no container, the pause image)
    ...[apiPod, storefrontPod].flatMap((p) => [
      series(
        'container_cpu_usage_seconds_total',
        {
          ...CADVISOR('ip-10-0-1-5'),
          ...p,
          image: `ghcr.io/dhakacart/${p.container}@sha256:0`,
          cpu: 'total',
        },
        growing(12),
      ),
      series(
        'container_memory_working_set_bytes',
        { ...CADVISOR('ip-10-0-1-5'), ...p, image: `ghcr.io/dhakacart/${p.container}@sha256:0` },
        steady(2e8),
      ),
      ...(['container_network_receive_bytes_total', 'container_network_transmit_bytes_total'] as const).map(
        (metric) =>
          series(
            metric,
            { ...CADVISOR('ip-10-0-1-5'), namespace: ns, pod: p.pod, interface: 'eth0' },
            growing(3e6),
          ),
      ),
    ]),
    // kube-state-metrics
    ...[apiPod, storefrontPod].flatMap((p) => [
      series(
        'kube_pod_container_resource_limits',
        { ...KSM, ...p, node: 'ip-10-0-1-5', resource: 'cpu', unit: 'core' },
        steady(1),
      ),
      series(
        'kube_pod_container_resource_limits',
        { ...KSM, ...p, node: 'ip-10-0-1-5', resource: 'memory', unit: 'byte' },
        steady(512e6),
      ),
      series('kube_pod_container_status_restarts_total', { ...KSM, ...p, uid: 'b1946ac9' }, steady(0)),
    ]),
    ...(
      [
        ['status_current', 3],
        ['status_desired', 3],
        ['spec_min', 3],
        ['spec_max', 40],
      ] as const
    ).map(([name, value]) =>
      series(
        `kube_horizontalpodautoscaler_${name}_replicas`,
        { ...KSM, namespace: ns, horizontalpodautoscaler: 'api' },
        steady(value),
      ),
    ),
    // kubelet volume stats
    ...dbPods.flatMap((p) => [
      series('kubelet_volume_stats_available_bytes', volume(p), steady(30e9)),
      series('kubelet_volume_stats_used_bytes', volume(p), steady(20e9)),
      series('kubelet_volume_stats_capacity_bytes', volume(p), steady(50e9)),
    ]),
    // CloudNativePG: dhakacart-db-1 the primary, dhakacart-db-2 a replica
    ...dbPods.flatMap((p, i) => {
      const labels = cnpg(p);
      const db = { ...labels, datname: 'dhakacart' };
      return [
        ...['active', 'idle'].map((state) =>
          series(
            'cnpg_backends_total',
            { ...db, usename: 'dhakacart', application_name: 'pgbouncer', state },
            steady(10),
          ),
        ),
        series(
          'cnpg_backends_max_tx_duration_seconds',
          { ...db, usename: 'dhakacart', application_name: 'pgbouncer', state: 'active' },
          steady(0.2),
        ),
        series('cnpg_backends_waiting_total', labels, steady(0)),
        series('cnpg_pg_settings_setting', { ...labels, name: 'max_connections' }, steady(200)),
        series('cnpg_pg_replication_lag', labels, steady(i === 0 ? 0 : 1)),
        series('cnpg_pg_replication_in_recovery', labels, steady(i === 0 ? 0 : 1)),
        series('cnpg_pg_replication_streaming_replicas', labels, steady(i === 0 ? 1 : 0)),
        series('cnpg_pg_stat_archiver_archived_count', labels, growing(i === 0 ? 2 : 0)),
        series('cnpg_pg_stat_archiver_failed_count', labels, steady(0)),
        series('cnpg_pg_stat_archiver_seconds_since_last_archival', labels, steady(20)),
        series('cnpg_collector_pg_wal_archive_status', { ...labels, value: 'ready' }, steady(0)),
        series('cnpg_pg_database_size_bytes', db, steady(3e9)),
        series('cnpg_pg_stat_database_xact_commit', db, growing(3000)),
        series('cnpg_pg_stat_database_xact_rollback', db, growing(3)),
        series('cnpg_pg_stat_database_deadlocks', db, steady(0)),
        series('barman_cloud_cloudnative_pg_io_last_available_backup_timestamp', labels, steady(0)),
      ];
    }),
    // Argo Rollouts
    ...['api', 'storefront'].flatMap((name) => [
      series(
        'rollout_info',
        { ...rollout(name), strategy: 'canary', traffic_router: '', phase: 'Completed' },
        steady(1),
      ),
      ...['updated', 'available', 'desired'].map((kind) =>
        series(`rollout_info_replicas_${kind}`, rollout(name), steady(3)),
      ),
    ]),
    series('analysis_run_info', { ...rollout('api-6d4cf56db6-2-1'), phase: 'Successful' }, steady(1)),
    // NGINX Gateway Fabric's data plane (NGINX Agent), as the storefront analysis reads it, scraped
    // by the PodMonitor of src/charts/gateway-chart.ts: a PodMonitor's job is <namespace>/<name>
    // (prometheus-operator pkg/prometheus/promcfg.go), its container NGF's `nginx`.
    series(
      'nginx_http_requests_total',
      {
        job: `${ns}/${names.gateway}-gateway`,
        container: 'nginx',
        endpoint: 'metrics',
        namespace: ns,
        pod: 'dhakacart-nginx-5d8f7b9c6-k4j2m',
        instance: '10.0.9.4:9113',
      },
      growing(600),
    ),
  ];
}
