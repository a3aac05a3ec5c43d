import { sealedSecretsValues } from '../argocd/values/platform';
import type { RuleGroupSpec } from './rules';

/** The label the sealed-secrets scrape leaves a SealedSecret's namespace in (see below). */
const SEALED_NS = sealedSecretsValues.metrics.serviceMonitor.honorLabels ? 'namespace' : 'exported_namespace';

/**
 * Cluster-wide alerts: platform components, nodes, and the monitoring itself.
 *
 * Metric and label sources (the components' own code, at the pinned chart versions):
 * - kube-state-metrics docs/metrics/cluster/node-metrics.md: `kube_node_status_condition{node,condition,status}`;
 * - Argo CD controller/metrics/metrics.go: `argocd_app_info{name,project,dest_namespace,health_status,sync_status}`;
 * - Argo Rollouts controller/metrics/rollouts.go (v1.8.3, the chart's appVersion): `rollout_info{name,phase}`,
 *   where `phase` is calculatePhase(): Progressing, Paused, Completed, Error, Timeout, InvalidSpec or
 *   `Abort` (never `Degraded`, which is only the Rollout's health in Argo CD);
 * - Velero pkg/metrics/metrics.go: `velero_backup_failure_total`, `velero_backup_last_successful_timestamp` by `schedule`;
 * - cert-manager pkg/metrics: `certmanager_certificate_expiration_timestamp_seconds{name}`;
 * - sealed-secrets pkg/controller/metrics.go: `sealed_secrets_controller_unseal_errors_total{reason,namespace}`;
 * - Prometheus and Alertmanager's own `prometheus_*` and `alertmanager_*` metrics.
 * The Argo and cert-manager charts' ServiceMonitors do not honor labels, so an object's namespace
 * arrives as `exported_namespace`; the sealed-secrets chart's does (`honorLabels`, 2.17.2
 * values.yaml), so it stays `namespace`, as the values we give the chart say.
 */
export function platformRuleGroups(): RuleGroupSpec[] {
  return [
    {
      name: 'dead-mans-switch',
      rules: [
        {
          alert: 'Watchdog',
          expr: 'vector(1)',
          severity: 'none',
          summary: 'Always firing: proves the alerting pipeline works end to end',
          description:
            "Alertmanager sends this to the dead man's switch outside the cluster every minute; silence from it means alerts cannot reach anyone.",
        },
      ],
    },
    {
      name: 'platform',
      rules: [
        {
          alert: 'NodeNotReady',
          expr: 'kube_node_status_condition{condition="Ready", status="true"} == 0',
          for: '5m',
          severity: 'warning',
          summary: 'Node {{ $labels.node }} is not ready',
          description:
            'Node {{ $labels.node }} has not been Ready for 5 minutes; its pods are being evicted and rescheduled.',
        },
        {
          alert: 'ArgoCdAppDegraded',
          expr: 'max by (name, dest_namespace) (argocd_app_info{health_status="Degraded"}) == 1',
          for: '15m',
          severity: 'warning',
          summary: 'Argo CD application {{ $labels.name }} is Degraded',
          description:
            'Application {{ $labels.name }} (namespace {{ $labels.dest_namespace }}) has been Degraded for 15 minutes.',
        },
        {
          alert: 'ArgoCdAppOutOfSync',
          expr: 'max by (name, dest_namespace) (argocd_app_info{sync_status="OutOfSync"}) == 1',
          for: '15m',
          severity: 'warning',
          summary: 'Argo CD application {{ $labels.name }} is out of sync',
          description:
            'Application {{ $labels.name }} (namespace {{ $labels.dest_namespace }}) has differed from git for 15 minutes: what runs is not what was merged.',
        },
        {
          alert: 'RolloutAborted',
          expr: 'max by (exported_namespace, name) (rollout_info{phase="Abort"}) == 1',
          for: '1m',
          severity: 'warning',
          summary: 'Rollout {{ $labels.exported_namespace }}/{{ $labels.name }} was aborted',
          description:
            'The canary of {{ $labels.exported_namespace }}/{{ $labels.name }} failed its analysis or was aborted; traffic is back on the stable version.',
        },
        {
          alert: 'CertificateExpiringSoon',
          expr: 'min by (exported_namespace, name) (certmanager_certificate_expiration_timestamp_seconds) - time() < 14 * 86400',
          for: '1h',
          severity: 'warning',
          summary: 'Certificate {{ $labels.name }} expires in {{ $value | humanizeDuration }}',
          description:
            'cert-manager renews 30 days before expiry; {{ $labels.exported_namespace }}/{{ $labels.name }} expires in {{ $value | humanizeDuration }}, so renewal is failing.',
        },
        {
          alert: 'VeleroBackupFailed',
          expr: 'sum by (schedule) (increase(velero_backup_failure_total{schedule!=""}[1h])) > 0',
          severity: 'warning',
          summary: 'Velero backup of schedule {{ $labels.schedule }} failed',
          description:
            '{{ printf "%.0f" $value }} backups of schedule {{ $labels.schedule }} failed in the last hour.',
        },
        {
          alert: 'VeleroBackupMissing',
          expr: 'time() - max by (schedule) (velero_backup_last_successful_timestamp{schedule!=""}) > 26 * 3600',
          for: '15m',
          severity: 'warning',
          summary:
            'No successful Velero backup of {{ $labels.schedule }} for {{ $value | humanizeDuration }}',
          description:
            'The daily schedule {{ $labels.schedule }} last succeeded {{ $value | humanizeDuration }} ago (more than 26 hours).',
        },
        {
          alert: 'SealedSecretsUnsealErrors',
          expr: `sum by (${SEALED_NS}, reason) (increase(sealed_secrets_controller_unseal_errors_total[10m])) > 0`,
          for: '15m',
          severity: 'warning',
          summary: `Sealed Secrets cannot unseal secrets in {{ $labels.${SEALED_NS} }} ({{ $labels.reason }})`,
          description:
            '{{ printf "%.0f" $value }} unseal errors with reason {{ $labels.reason }} in 10 minutes, for 15 minutes: the Secret is not updated and pods that need it may not start.',
        },
      ],
    },
    {
      name: 'monitoring-self',
      rules: [
        {
          alert: 'PrometheusRuleEvaluationFailures',
          expr: 'sum by (pod, rule_group) (increase(prometheus_rule_evaluation_failures_total[5m])) > 0',
          for: '5m',
          severity: 'critical',
          summary: 'Prometheus fails to evaluate rule group {{ $labels.rule_group }}',
          description:
            '{{ printf "%.0f" $value }} evaluation failures of {{ $labels.rule_group }} in 5 minutes: the alerts of that group cannot fire.',
        },
        {
          alert: 'PrometheusNotificationsFailing',
          expr: `
sum by (pod) (rate(prometheus_notifications_errors_total[5m]))
/
sum by (pod) (rate(prometheus_notifications_sent_total[5m])) > 0.01`,
          for: '5m',
          severity: 'critical',
          summary: 'Prometheus {{ $labels.pod }} cannot deliver alerts to Alertmanager',
          description:
            '{{ $value | humanizePercentage }} of alert notifications from {{ $labels.pod }} to Alertmanager failed over 5 minutes.',
        },
        {
          alert: 'AlertmanagerNotificationsFailing',
          expr: `
sum by (pod, integration) (rate(alertmanager_notifications_failed_total[5m]))
/
sum by (pod, integration) (rate(alertmanager_notifications_total[5m])) > 0.01`,
          for: '5m',
          severity: 'critical',
          summary: 'Alertmanager cannot deliver to {{ $labels.integration }}',
          description:
            '{{ $value | humanizePercentage }} of {{ $labels.integration }} notifications from {{ $labels.pod }} failed over 5 minutes.',
        },
        {
          alert: 'MonitoringConfigReloadFailed',
          expr: 'min by (pod) (prometheus_config_last_reload_successful or alertmanager_config_last_reload_successful) == 0',
          for: '10m',
          severity: 'warning',
          summary: 'The last configuration reload of {{ $labels.pod }} failed',
          description:
            '{{ $labels.pod }} runs an older configuration than the one shipped: new rules or routes are not in effect.',
        },
      ],
    },
  ];
}
