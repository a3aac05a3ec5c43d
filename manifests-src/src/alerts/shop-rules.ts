import { names } from '../charts/names';
import { detection } from './detection';
import type { RuleGroupSpec } from './rules';
import { sloGroup } from './slo';

/**
 * The shop's alerts and SLO rules for one environment's namespace. Every expression names the
 * namespace, so the staging and production copies never record the same series.
 *
 * Metric and label sources:
 * - the API's own metrics: backend/src/lib/metrics.ts (`http_requests_total`,
 *   `http_request_duration_seconds` by method/route/status_code; `dhakacart_*` business counters,
 *   `dhakacart_database_up`)
 *   scraped through the `api` ServiceMonitor, so `job="api"` (the Service's name) and `namespace`;
 * - blackbox exporter (prober/prober.go, prober/http.go): `probe_success`, `probe_http_status_code`;
 * - kube-state-metrics docs/metrics/workload/{pod,deployment,horizontalpodautoscaler}-metrics.md;
 *   kube-prometheus-stack scrapes it with honorLabels, so `namespace` is the object's;
 * - kubelet: `kubelet_volume_stats_{available,capacity}_bytes{namespace,persistentvolumeclaim}`;
 * - CloudNativePG config/manager/default-monitoring.yaml: `cnpg_pg_replication_{lag,in_recovery}`,
 *   `cnpg_pg_stat_archiver_failed_count` (the `cnpg_` prefix + query + column);
 * - plugin-barman-cloud internal/cnpgi/instance/metrics.go: the plugin name
 *   `barman-cloud.cloudnative-pg.io` sanitized, `_last_available_backup_timestamp`;
 * - Argo Rollouts controller/metrics (`rollout_info_replicas_available{namespace,name}`); the
 *   chart's ServiceMonitor (argo-helm charts/argo-rollouts/templates/controller/servicemonitor.yaml)
 *   does not honor labels, so the Rollout's namespace arrives as `exported_namespace`.
 */
/** The API's SLOs over 30 days: the share of good answers each promises. */
export const API_SLO_OBJECTIVES = { api_availability: 0.999, api_latency: 0.99 } as const;

export function shopRuleGroups(namespace: string): RuleGroupSpec[] {
  const ns = `namespace="${namespace}"`;
  const api = `job="${names.api}", ${ns}`;
  // Kubernetes' probes and Prometheus' scrapes are not the shop's traffic.
  const served = `${api}, route!~"/metrics|/healthz|/readyz"`;
  const dbPods = `${ns}, pod=~"${names.database}-[0-9]+"`;

  const availability: RuleGroupSpec = {
    name: 'shop-availability',
    interval: detection.evaluationInterval,
    rules: [
      {
        alert: 'ShopUnreachable',
        expr: `probe_success{job="blackbox", ${ns}} == 0`,
        for: detection.pageFor,
        severity: 'critical',
        summary: 'The shop does not answer through the Gateway ({{ $labels.probe }})',
        description:
          'The blackbox probe of {{ $labels.instance }} has failed for at least ' +
          `${detection.pageFor}: customers on the internet cannot reach it.`,
      },
      {
        alert: 'ApiDown',
        expr: `max by (namespace) (up{${api}}) == 0`,
        for: detection.pageFor,
        severity: 'critical',
        summary: 'No API pod answers Prometheus in {{ $labels.namespace }}',
        description: `Every scrape of the API in {{ $labels.namespace }} has failed for at least ${detection.pageFor}.`,
      },
      {
        alert: 'ApiDatabaseUnreachable',
        // Asked at every scrape, of ready and unready pods alike; the cached catalog keeps the
        // shop's probes answering for up to its TTL, so this is what names a database outage.
        expr: `max by (namespace) (dhakacart_database_up{${api}}) == 0`,
        for: detection.pageFor,
        severity: 'critical',
        summary: 'No API pod reaches the database in {{ $labels.namespace }}',
        description:
          "Every API pod's SELECT 1 has failed or taken over a second at each scrape for at least " +
          `${detection.pageFor}: checkout, carts and accounts fail; cached catalog pages may still answer.`,
      },
      {
        alert: 'ApiNoReadyPods',
        // Relabelled to `namespace`, which the inhibitions and routes group on.
        expr: `
max by (namespace) (
  label_replace(rollout_info_replicas_available{name="${names.api}", exported_namespace="${namespace}"}, "namespace", "$1", "exported_namespace", "(.+)")
) == 0`,
        for: '1m',
        severity: 'critical',
        summary: 'The API Rollout has no available pod in {{ $labels.namespace }}',
        description: 'Argo Rollouts reports {{ $value }} available replicas of the api Rollout for a minute.',
      },
      {
        alert: 'ApiTargetDown',
        expr: `up{${api}} == 0`,
        for: '2m',
        severity: 'warning',
        summary: 'API pod {{ $labels.pod }} does not answer Prometheus',
        description:
          'Scrapes of {{ $labels.instance }} ({{ $labels.pod }}) have failed for 2 minutes; the other pods still answer.',
      },
    ],
  };

  const availabilitySlo = sloGroup({
    name: 'ApiAvailability',
    metric: 'api_availability',
    objective: API_SLO_OBJECTIVES.api_availability,
    badEvents: 'answers were 5xx',
    selector: ns,
    // No 5xx series before the first 5xx (prom-client): that is a ratio of 0, not no data.
    errorRatio: (w) => `
(
  sum by (namespace) (rate(http_requests_total{${served}, status_code=~"5.."}[${w}]))
  or sum by (namespace) (rate(http_requests_total{${served}}[${w}])) * 0
)
/
sum by (namespace) (rate(http_requests_total{${served}}[${w}]))`,
  });
  const latencySlo = sloGroup({
    name: 'ApiLatency',
    metric: 'api_latency',
    objective: API_SLO_OBJECTIVES.api_latency,
    badEvents: 'answers took longer than 500 ms',
    selector: ns,
    errorRatio: (w) => `
1 - (
  sum by (namespace) (rate(http_request_duration_seconds_bucket{${served}, le="0.5"}[${w}]))
  /
  sum by (namespace) (rate(http_request_duration_seconds_count{${served}}[${w}]))
)`,
  });

  const business: RuleGroupSpec = {
    name: 'shop-business',
    rules: [
      {
        alert: 'CheckoutFailuresHigh',
        expr: `
sum by (namespace, reason) (rate(dhakacart_checkout_failures_total{${api}}[10m])) > 0.05
and
sum by (namespace, reason) (rate(dhakacart_checkout_failures_total{${api}}[10m]))
  > 3 * sum by (namespace, reason) (rate(dhakacart_checkout_failures_total{${api}}[1d]))`,
        for: '10m',
        severity: 'warning',
        summary: 'Checkouts failing with reason {{ $labels.reason }} at 3 times the daily rate',
        description:
          '{{ printf "%.2f" $value }} checkouts per second fail with reason {{ $labels.reason }} in {{ $labels.namespace }}, ' +
          'more than 3 times the average of the last day.',
      },
      {
        alert: 'OrdersStopped',
        expr: `
(
  sum by (namespace) (rate(dhakacart_orders_placed_total{${api}}[30m]))
  or sum by (namespace) (rate(http_requests_total{${served}}[30m])) * 0
) == 0
and on (namespace)
sum by (namespace) (rate(http_requests_total{${served}, status_code=~"2.."}[30m])) > 1`,
        for: '10m',
        severity: 'critical',
        summary: 'No order placed for 30 minutes while customers browse',
        description:
          'Zero orders in {{ $labels.namespace }} over 30 minutes while the API serves more than 1 request per second: ' +
          'checkout is likely broken for everyone.',
      },
      {
        alert: 'PaymentDeclinesSpiking',
        expr: `
sum by (namespace) (rate(dhakacart_checkout_failures_total{${api}, reason="payment_failed"}[10m]))
/
(
  sum by (namespace) (rate(dhakacart_checkout_failures_total{${api}, reason="payment_failed"}[10m]))
  + (sum by (namespace) (rate(dhakacart_orders_placed_total{${api}}[10m])) or sum by (namespace) (rate(http_requests_total{${served}}[10m])) * 0)
) > 0.25`,
        for: '10m',
        severity: 'warning',
        summary: 'A quarter of payment attempts are declined',
        description:
          '{{ $value | humanizePercentage }} of payment attempts in {{ $labels.namespace }} were declined over 10 minutes.',
      },
    ],
  };

  const workloads: RuleGroupSpec = {
    name: 'shop-workloads',
    rules: [
      {
        alert: 'PodCrashLooping',
        expr: `max by (namespace, pod, container) (kube_pod_container_status_waiting_reason{${ns}, reason="CrashLoopBackOff"}) == 1`,
        for: '5m',
        severity: 'warning',
        summary: 'Container {{ $labels.container }} of {{ $labels.pod }} is crash-looping',
        description:
          '{{ $labels.namespace }}/{{ $labels.pod }} container {{ $labels.container }} has waited in CrashLoopBackOff for 5 minutes.',
      },
      {
        alert: 'HpaAtMaxReplicas',
        expr: `
kube_horizontalpodautoscaler_status_current_replicas{${ns}}
  >= kube_horizontalpodautoscaler_spec_max_replicas{${ns}}`,
        for: '15m',
        severity: 'warning',
        summary: 'Autoscaler {{ $labels.horizontalpodautoscaler }} is stuck at its maximum',
        description:
          '{{ $labels.namespace }}/{{ $labels.horizontalpodautoscaler }} has run {{ $value }} replicas, its maximum, for 15 minutes: it cannot add capacity.',
      },
      {
        alert: 'RedisDown',
        expr: `kube_deployment_status_replicas_available{${ns}, deployment="${names.redis}"} == 0`,
        for: '1m',
        severity: 'warning',
        summary: 'Redis is down in {{ $labels.namespace }}: the shop runs without its cache',
        description:
          'The redis Deployment has had no available replica for a minute. The API keeps serving from PostgreSQL, slower; rate limits fall back to each pod.',
      },
    ],
  };

  const database: RuleGroupSpec = {
    name: 'shop-database',
    rules: [
      {
        alert: 'DatabasePrimaryMissing',
        expr: `
sum by (namespace) (1 - cnpg_pg_replication_in_recovery{${dbPods}}) < 1
or absent(cnpg_pg_replication_in_recovery{${ns}, pod=~"${names.database}-[0-9]+"})`,
        for: '1m',
        severity: 'critical',
        summary: 'The database {{ $labels.namespace }}/' + names.database + ' has no primary',
        description:
          'For a minute no instance of the cluster reports being out of recovery (or none reports at all): writes and checkouts fail.',
      },
      {
        alert: 'DatabaseReplicationLag',
        expr: `max by (namespace, pod) (cnpg_pg_replication_lag{${dbPods}}) > 30`,
        for: '2m',
        severity: 'warning',
        summary: 'Replica {{ $labels.pod }} is {{ $value | humanizeDuration }} behind the primary',
        description:
          '{{ $labels.namespace }}/{{ $labels.pod }} has replayed WAL {{ $value | humanizeDuration }} behind the primary for 2 minutes; a failover to it would lose that much.',
      },
      {
        alert: 'DatabaseWalArchivingFailing',
        expr: `max by (namespace, pod) (increase(cnpg_pg_stat_archiver_failed_count{${dbPods}}[5m])) > 0`,
        for: '10m',
        severity: 'critical',
        summary: 'WAL archiving to object storage keeps failing on {{ $labels.pod }}',
        description:
          '{{ printf "%.0f" $value }} failed archive attempts in the last 5 minutes, for 10 minutes: point-in-time recovery stops at the last archived WAL and WAL piles up on the volume.',
      },
      {
        alert: 'DatabaseBackupTooOld',
        expr: `time() - max by (namespace) (barman_cloud_cloudnative_pg_io_last_available_backup_timestamp{${dbPods}}) > 26 * 3600`,
        for: '15m',
        severity: 'warning',
        summary: 'The last base backup of {{ $labels.namespace }} is {{ $value | humanizeDuration }} old',
        description:
          'The daily ScheduledBackup should keep the newest base backup under 24 hours; it is {{ $value | humanizeDuration }} old.',
      },
      {
        alert: 'DatabaseVolumeFilling',
        expr: `
kubelet_volume_stats_available_bytes{${ns}, persistentvolumeclaim=~"${names.database}-[0-9]+(-wal)?"}
/
kubelet_volume_stats_capacity_bytes{${ns}, persistentvolumeclaim=~"${names.database}-[0-9]+(-wal)?"}
< 0.15`,
        for: '5m',
        severity: 'warning',
        summary:
          'Database volume {{ $labels.persistentvolumeclaim }} is {{ $value | humanizePercentage }} free',
        description:
          '{{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }} has only {{ $value | humanizePercentage }} free space; PostgreSQL stops when it is full.',
      },
    ],
  };

  return [availability, availabilitySlo, latencySlo, business, workloads, database];
}
