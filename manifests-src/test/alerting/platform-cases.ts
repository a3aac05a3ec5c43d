import { type AlertCase, KSM, series } from './cases';

const node = { ...KSM, node: 'ip-10-0-1-5', condition: 'Ready' };
/** The chart's metrics Service of the application controller (release `argo-cd`). */
const app = (labels: Record<string, string>) => ({
  job: 'argo-cd-application-controller-metrics',
  namespace: 'argocd',
  exported_namespace: 'argocd',
  instance: '10.0.6.2:8082',
  name: 'production-api',
  project: 'dhakacart',
  dest_namespace: 'dhakacart',
  dest_server: 'https://kubernetes.default.svc',
  repo: 'https://github.com/dhakacart/dhakacart',
  ...labels,
});
const rollout = (phase: string) => ({
  job: 'argo-rollouts-metrics',
  namespace: 'argo-rollouts',
  instance: '10.0.5.9:8090',
  exported_namespace: 'dhakacart',
  name: 'api',
  strategy: 'canary',
  traffic_router: 'Plugin',
  phase,
});
const certificate = {
  job: 'cert-manager',
  namespace: 'cert-manager',
  instance: '10.0.7.1:9402',
  exported_namespace: 'dhakacart',
  name: 'dhakacart',
  issuer_name: 'letsencrypt-production',
  issuer_kind: 'ClusterIssuer',
  issuer_group: 'cert-manager.io',
};
const velero = { job: 'velero', namespace: 'velero', instance: '10.0.8.3:8085', schedule: 'dhakacart' };
/** Scraped with honorLabels (the chart's ServiceMonitor), so `namespace` is the SealedSecret's. */
const unseal = {
  job: 'sealed-secrets-controller-metrics',
  instance: '10.0.9.4:8081',
  namespace: 'dhakacart',
  reason: 'unseal',
};
const prometheus = {
  job: 'kube-prometheus-stack-prometheus',
  namespace: 'monitoring',
  pod: 'prometheus-kube-prometheus-stack-prometheus-0',
  instance: '10.0.10.2:9090',
};
const alertmanager = {
  job: 'kube-prometheus-stack-alertmanager',
  namespace: 'monitoring',
  pod: 'alertmanager-kube-prometheus-stack-alertmanager-0',
  instance: '10.0.10.3:9093',
};
const DAY = 86400;

export const platformAlertCases: AlertCase[] = [
  {
    alert: 'Watchdog',
    rules: 'platform',
    interval: '1m',
    // Always firing, from the first evaluation: there is no healthy state without it.
    firing: {
      series: [],
      firesAt: '0m',
      labels: {},
      description:
        "Alertmanager sends this to the dead man's switch outside the cluster every minute; silence from it means alerts cannot reach anyone.",
    },
    quiet: [],
  },
  {
    alert: 'NodeNotReady',
    rules: 'platform',
    interval: '1m',
    firing: {
      series: [
        series('kube_node_status_condition', { ...node, status: 'true' }, '1x4 0x10'),
        series('kube_node_status_condition', { ...node, status: 'false' }, '0x4 1x10'),
      ],
      notBefore: '9m',
      firesAt: '10m',
      labels: { ...node, status: 'true' },
      description:
        'Node ip-10-0-1-5 has not been Ready for 5 minutes; its pods are being evicted and rescheduled.',
    },
    quiet: [
      {
        name: 'two minutes not ready',
        series: [series('kube_node_status_condition', { ...node, status: 'true' }, '1x4 0 0 1x10')],
        quietAt: ['6m', '10m'],
      },
      {
        name: 'healthy',
        series: [series('kube_node_status_condition', { ...node, status: 'true' }, '1x14')],
        quietAt: ['10m'],
      },
    ],
  },
  ...(['Degraded', 'OutOfSync'] as const).map((state): AlertCase => {
    const label = state === 'Degraded' ? 'health_status' : 'sync_status';
    const good = { health_status: 'Healthy', sync_status: 'Synced' };
    const bad = { ...good, [label]: state };
    return {
      alert: state === 'Degraded' ? 'ArgoCdAppDegraded' : 'ArgoCdAppOutOfSync',
      rules: 'platform',
      interval: '1m',
      firing: {
        // The application's info series changes labels when its state changes.
        series: [
          series('argocd_app_info', app(good), '1x4 stale'),
          series('argocd_app_info', app(bad), '_x5 1x20'),
        ],
        notBefore: '19m',
        firesAt: '20m',
        labels: { name: 'production-api', dest_namespace: 'dhakacart' },
        description:
          state === 'Degraded'
            ? 'Application production-api (namespace dhakacart) has been Degraded for 15 minutes.'
            : 'Application production-api (namespace dhakacart) has differed from git for 15 minutes: what runs is not what was merged.',
      },
      quiet: [
        {
          name: 'five minutes during a sync',
          series: [
            series('argocd_app_info', app(good), '1x4 stale _x4 1x20'),
            series('argocd_app_info', app(bad), '_x5 1x4 stale'),
          ],
          quietAt: ['8m', '20m'],
        },
        { name: 'healthy', series: [series('argocd_app_info', app(good), '1x30')], quietAt: ['20m'] },
      ],
    };
  }),
  {
    alert: 'RolloutAborted',
    rules: 'platform',
    interval: '1m',
    firing: {
      series: [
        series('rollout_info', rollout('Progressing'), '1x4 stale'),
        series('rollout_info', rollout('Abort'), '_x5 1x10'),
      ],
      notBefore: '5m',
      firesAt: '6m',
      labels: { exported_namespace: 'dhakacart', name: 'api' },
      description:
        'The canary of dhakacart/api failed its analysis or was aborted; traffic is back on the stable version.',
    },
    quiet: [
      {
        name: 'aborted for one scrape',
        series: [
          series('rollout_info', rollout('Abort'), '_x5 1 stale'),
          series('rollout_info', rollout('Completed'), '_x6 1x10'),
        ],
        quietAt: ['5m', '6m', '10m'],
      },
      {
        name: 'paused between canary steps',
        series: [series('rollout_info', rollout('Paused'), '1x14')],
        quietAt: ['10m'],
      },
      { name: 'completed', series: [series('rollout_info', rollout('Completed'), '1x14')], quietAt: ['10m'] },
    ],
  },
  {
    alert: 'CertificateExpiringSoon',
    rules: 'platform',
    interval: '30m',
    firing: {
      // Expires on day 20: under 14 days after day 6, then 1 hour.
      series: [
        series('certmanager_certificate_expiration_timestamp_seconds', certificate, `${20 * DAY}x${48 * 8}`),
      ],
      notBefore: '6d1h',
      firesAt: '6d1h30m',
      labels: { exported_namespace: 'dhakacart', name: 'dhakacart' },
      summary: 'Certificate dhakacart expires in 13d 22h 30m 0s',
      description:
        'cert-manager renews 30 days before expiry; dhakacart/dhakacart expires in 13d 22h 30m 0s, so renewal is failing.',
    },
    quiet: [
      {
        name: 'renewed 30 minutes after the threshold',
        series: [
          series(
            'certmanager_certificate_expiration_timestamp_seconds',
            certificate,
            `${20 * DAY}x${48 * 6 + 1} ${110 * DAY}x100`,
          ),
        ],
        quietAt: ['6d30m', '6d1h30m', '8d'],
      },
      {
        name: 'healthy',
        series: [
          series(
            'certmanager_certificate_expiration_timestamp_seconds',
            certificate,
            `${90 * DAY}x${48 * 8}`,
          ),
        ],
        quietAt: ['7d'],
      },
    ],
  },
  {
    alert: 'VeleroBackupFailed',
    rules: 'platform',
    interval: '1m',
    firing: {
      series: [series('velero_backup_failure_total', velero, '0x10 1x50')],
      notBefore: '10m',
      firesAt: '11m',
      labels: { schedule: 'dhakacart' },
      description: '1 backups of schedule dhakacart failed in the last hour.',
    },
    quiet: [
      // Velero restarted: its counters start again from 0, which is not a failure.
      {
        name: 'a restart resets the counter',
        series: [series('velero_backup_failure_total', velero, '3x10 0x50')],
        quietAt: ['11m', '30m'],
      },
      { name: 'healthy', series: [series('velero_backup_failure_total', velero, '0x60')], quietAt: ['30m'] },
    ],
  },
  {
    alert: 'VeleroBackupMissing',
    rules: 'platform',
    interval: '15m',
    firing: {
      series: [series('velero_backup_last_successful_timestamp', velero, `0x3 3600x${4 * 30}`)],
      notBefore: '27h15m',
      firesAt: '27h30m',
      labels: { schedule: 'dhakacart' },
      summary: 'No successful Velero backup of dhakacart for 1d 2h 30m 0s',
      description: 'The daily schedule dhakacart last succeeded 1d 2h 30m 0s ago (more than 26 hours).',
    },
    quiet: [
      {
        name: 'a backup 90 minutes late',
        series: [
          series('velero_backup_last_successful_timestamp', velero, `0x3 3600x${4 * 25 + 1} 91800x40`),
        ],
        quietAt: ['26h', '27h30m'],
      },
      {
        name: 'healthy',
        series: [series('velero_backup_last_successful_timestamp', velero, `0x3 3600x${4 * 24} 90000x40`)],
        quietAt: ['27h30m'],
      },
    ],
  },
  {
    alert: 'SealedSecretsUnsealErrors',
    rules: 'platform',
    interval: '1m',
    firing: {
      series: [series('sealed_secrets_controller_unseal_errors_total', unseal, '0x10 1+1x30')],
      notBefore: '25m',
      firesAt: '26m',
      labels: { namespace: 'dhakacart', reason: 'unseal' },
      description:
        '10 unseal errors with reason unseal in 10 minutes, for 15 minutes: the Secret is not updated and pods that need it may not start.',
    },
    quiet: [
      {
        name: 'one error',
        series: [series('sealed_secrets_controller_unseal_errors_total', unseal, '0x10 1x30')],
        quietAt: ['15m', '26m'],
      },
      {
        name: 'healthy',
        series: [series('sealed_secrets_controller_unseal_errors_total', unseal, '0x40')],
        quietAt: ['26m'],
      },
    ],
  },
  {
    alert: 'PrometheusRuleEvaluationFailures',
    rules: 'platform',
    interval: '1m',
    firing: {
      series: [
        series(
          'prometheus_rule_evaluation_failures_total',
          { ...prometheus, rule_group: '/etc/prometheus/rules/shop.yaml;shop-database' },
          '0x10 1+1x30',
        ),
      ],
      notBefore: '15m',
      firesAt: '16m',
      labels: { pod: prometheus.pod, rule_group: '/etc/prometheus/rules/shop.yaml;shop-database' },
      description:
        '5 evaluation failures of /etc/prometheus/rules/shop.yaml;shop-database in 5 minutes: the alerts of that group cannot fire.',
    },
    quiet: [
      {
        name: 'one failed evaluation',
        series: [
          series(
            'prometheus_rule_evaluation_failures_total',
            { ...prometheus, rule_group: 'g' },
            '0x10 1x30',
          ),
        ],
        quietAt: ['15m', '16m', '20m'],
      },
      {
        name: 'healthy',
        series: [
          series('prometheus_rule_evaluation_failures_total', { ...prometheus, rule_group: 'g' }, '0x30'),
        ],
        quietAt: ['20m'],
      },
    ],
  },
  {
    alert: 'PrometheusNotificationsFailing',
    rules: 'platform',
    interval: '1m',
    firing: {
      series: [
        series(
          'prometheus_notifications_errors_total',
          { ...prometheus, alertmanager: 'http://10.0.10.3:9093/api/v2/alerts' },
          '0x10 10+10x30',
        ),
        series(
          'prometheus_notifications_sent_total',
          { ...prometheus, alertmanager: 'http://10.0.10.3:9093/api/v2/alerts' },
          '0+100x40',
        ),
      ],
      notBefore: '15m',
      firesAt: '16m',
      labels: { pod: prometheus.pod },
      description:
        '10% of alert notifications from prometheus-kube-prometheus-stack-prometheus-0 to Alertmanager failed over 5 minutes.',
    },
    quiet: [
      {
        name: 'one failed minute',
        series: [
          series('prometheus_notifications_errors_total', prometheus, '0x10 10x30'),
          series('prometheus_notifications_sent_total', prometheus, '0+100x40'),
        ],
        quietAt: ['15m', '16m'],
      },
      {
        name: 'healthy',
        series: [
          series('prometheus_notifications_errors_total', prometheus, '0x40'),
          series('prometheus_notifications_sent_total', prometheus, '0+100x40'),
        ],
        quietAt: ['20m'],
      },
    ],
  },
  {
    alert: 'AlertmanagerNotificationsFailing',
    rules: 'platform',
    interval: '1m',
    firing: {
      series: [
        series(
          'alertmanager_notifications_failed_total',
          { ...alertmanager, integration: 'webhook' },
          '0x10 5+5x30',
        ),
        series('alertmanager_notifications_total', { ...alertmanager, integration: 'webhook' }, '0+10x40'),
      ],
      notBefore: '15m',
      firesAt: '16m',
      labels: { pod: alertmanager.pod, integration: 'webhook' },
      description:
        '50% of webhook notifications from alertmanager-kube-prometheus-stack-alertmanager-0 failed over 5 minutes.',
    },
    quiet: [
      {
        name: 'one failed minute',
        series: [
          series(
            'alertmanager_notifications_failed_total',
            { ...alertmanager, integration: 'webhook' },
            '0x10 5x30',
          ),
          series('alertmanager_notifications_total', { ...alertmanager, integration: 'webhook' }, '0+10x40'),
        ],
        quietAt: ['15m', '16m'],
      },
      {
        name: 'healthy',
        series: [
          series(
            'alertmanager_notifications_failed_total',
            { ...alertmanager, integration: 'slack' },
            '0x40',
          ),
          series('alertmanager_notifications_total', { ...alertmanager, integration: 'slack' }, '0+10x40'),
        ],
        quietAt: ['20m'],
      },
    ],
  },
  {
    alert: 'MonitoringConfigReloadFailed',
    rules: 'platform',
    interval: '1m',
    firing: {
      series: [
        series('alertmanager_config_last_reload_successful', alertmanager, '1x4 0x20'),
        series('prometheus_config_last_reload_successful', prometheus, '1x25'),
      ],
      notBefore: '14m',
      firesAt: '15m',
      labels: { pod: alertmanager.pod },
      description:
        'alertmanager-kube-prometheus-stack-alertmanager-0 runs an older configuration than the one shipped: new rules or routes are not in effect.',
    },
    quiet: [
      {
        name: 'fixed after three minutes',
        series: [series('alertmanager_config_last_reload_successful', alertmanager, '1x4 0 0 0 1x20')],
        quietAt: ['7m', '15m'],
      },
      {
        name: 'healthy',
        series: [
          series('alertmanager_config_last_reload_successful', alertmanager, '1x25'),
          series('prometheus_config_last_reload_successful', prometheus, '1x25'),
        ],
        quietAt: ['15m'],
      },
    ],
  },
];
