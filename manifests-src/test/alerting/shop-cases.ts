import { type AlertCase, API_POD, CNPG_POD, KSM, series } from './cases';

const NS = 'dhakacart';
const probe = {
  job: 'blackbox',
  namespace: NS,
  probe: 'api-categories',
  instance: 'https://shop.dhakacart.com.bd/api/v1/categories',
};
const secondPod = { ...API_POD, pod: 'api-6d4cf56db6-q9w3z', instance: '10.0.14.2:3000' };
/** One per-pod series of the API's two pods: the first pod's values, and the second's (the same by default). */
const bothPods = (metric: string, first: string, second = first) => [
  series(metric, API_POD, first),
  series(metric, secondPod, second),
];
const rollout = {
  job: 'argo-rollouts-metrics',
  namespace: 'argo-rollouts',
  instance: '10.0.5.9:8090',
  exported_namespace: NS,
  name: 'api',
};
const failures = (reason: string) => ({ ...API_POD, reason });
const orders = { ...API_POD, payment_method: 'cod' };
const browsing = { ...API_POD, method: 'GET', route: '/api/v1/products', status_code: '200' };
const hpa = { ...KSM, namespace: NS, horizontalpodautoscaler: 'api' };
const volume = {
  job: 'kubelet',
  metrics_path: '/metrics',
  node: 'ip-10-0-1-5',
  instance: '10.0.1.5:10250',
  namespace: NS,
  persistentvolumeclaim: 'dhakacart-db-1-wal',
};

/** Backup timestamps (seconds since the epoch the tests start at) of daily backups at 01:00. */
function dailyBackups(steps: number, stepSeconds: number, lateSeconds = 0): string {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = i * stepSeconds;
    const days = Math.floor((t - 3600 - lateSeconds) / 86400);
    return t < 3600 ? 0 : 3600 + Math.max(0, days) * 86400;
  }).join(' ');
}

export const shopAlertCases: AlertCase[] = [
  {
    alert: 'ShopUnreachable',
    rules: 'shop',
    interval: '5s',
    firing: {
      // Probes fail from 60 s: 4 evaluations pending, firing after 20 s.
      series: [series('probe_success', probe, '1x11 0x20')],
      notBefore: '75s',
      firesAt: '80s',
      labels: probe,
      description:
        'The blackbox probe of https://shop.dhakacart.com.bd/api/v1/categories has failed for at least 20s: customers on the internet cannot reach it.',
    },
    quiet: [
      {
        name: 'three lost probes',
        series: [series('probe_success', probe, '1x11 0 0 0 1x20')],
        quietAt: ['60s', '70s', '80s', '100s'],
      },
      { name: 'healthy', series: [series('probe_success', probe, '1x40')], quietAt: ['60s', '200s'] },
    ],
  },
  {
    alert: 'ApiDown',
    rules: 'shop',
    interval: '5s',
    firing: {
      series: bothPods('up', '1x11 0x20'),
      notBefore: '75s',
      firesAt: '80s',
      labels: { namespace: NS },
      description: 'Every scrape of the API in dhakacart has failed for at least 20s.',
    },
    quiet: [
      {
        name: 'one pod down, one up',
        series: bothPods('up', '1x11 0x20', '1x31'),
        quietAt: ['80s', '150s'],
      },
      {
        name: 'both down for 15 s',
        series: bothPods('up', '1x11 0 0 0 1x20'),
        quietAt: ['70s', '80s', '100s'],
      },
      {
        name: 'healthy',
        series: bothPods('up', '1x40'),
        quietAt: ['100s'],
      },
    ],
  },
  {
    alert: 'ApiDatabaseUnreachable',
    rules: 'shop',
    interval: '5s',
    firing: {
      series: bothPods('dhakacart_database_up', '1x11 0x20'),
      notBefore: '75s',
      firesAt: '80s',
      labels: { namespace: NS },
      description:
        "Every API pod's SELECT 1 has failed or taken over a second at each scrape for at least 20s: checkout, carts and accounts fail; cached catalog pages may still answer.",
    },
    quiet: [
      {
        name: 'one pod cut off, one reaching it',
        series: bothPods('dhakacart_database_up', '1x11 0x20', '1x31'),
        quietAt: ['80s', '150s'],
      },
      {
        name: 'a failover of 15 s',
        series: bothPods('dhakacart_database_up', '1x11 0 0 0 1x20'),
        quietAt: ['70s', '80s', '100s'],
      },
      {
        name: 'the API itself down (no samples): ApiDown pages instead',
        series: [series('dhakacart_database_up', API_POD, '1x11 _x20')],
        quietAt: ['80s', '150s'],
      },
      {
        name: 'healthy',
        series: bothPods('dhakacart_database_up', '1x40'),
        quietAt: ['100s'],
      },
    ],
  },
  {
    alert: 'ApiNoReadyPods',
    rules: 'shop',
    interval: '30s',
    firing: {
      series: [series('rollout_info_replicas_available', rollout, '6x4 0x10')],
      notBefore: '180s',
      firesAt: '210s',
      labels: { namespace: NS },
      description: 'Argo Rollouts reports 0 available replicas of the api Rollout for a minute.',
    },
    quiet: [
      {
        name: 'zero for one scrape',
        series: [series('rollout_info_replicas_available', rollout, '6x4 0 6x10')],
        quietAt: ['150s', '210s', '300s'],
      },
      {
        name: 'healthy',
        series: [series('rollout_info_replicas_available', rollout, '6x14')],
        quietAt: ['300s'],
      },
    ],
  },
  {
    alert: 'ApiTargetDown',
    rules: 'shop',
    interval: '15s',
    firing: {
      series: bothPods('up', '1x3 0x20', '1x23'),
      notBefore: '165s',
      firesAt: '180s',
      labels: API_POD,
      description:
        'Scrapes of 10.0.12.7:3000 (api-6d4cf56db6-x7k2p) have failed for 2 minutes; the other pods still answer.',
    },
    quiet: [
      { name: 'down for 30 s', series: [series('up', API_POD, '1x3 0 0 1x20')], quietAt: ['90s', '180s'] },
      { name: 'healthy', series: [series('up', API_POD, '1x23')], quietAt: ['300s'] },
    ],
  },
  {
    alert: 'CheckoutFailuresHigh',
    rules: 'shop',
    interval: '5m',
    firing: {
      // 0.01/s all day, then 0.5/s: above 0.05/s and 3 times the day's rate from 1d5m, then 10 minutes.
      series: [series('dhakacart_checkout_failures_total', failures('out_of_stock'), '0+3x288 1014+150x12')],
      notBefore: '1d10m',
      firesAt: '1d15m',
      labels: { namespace: NS, reason: 'out_of_stock' },
      description:
        '0.50 checkouts per second fail with reason out_of_stock in dhakacart, more than 3 times the average of the last day.',
    },
    quiet: [
      {
        name: 'a burst of 20 in five minutes',
        series: [series('dhakacart_checkout_failures_total', failures('out_of_stock'), '0+3x288 887+3x12')],
        quietAt: ['1d5m', '1d15m'],
      },
      // A reason that is always this high is normal for this shop: no alert.
      {
        name: 'steadily high all day',
        series: [series('dhakacart_checkout_failures_total', failures('validation'), '0+60x300')],
        quietAt: ['1d15m', '1d1h'],
      },
    ],
  },
  {
    alert: 'OrdersStopped',
    rules: 'shop',
    interval: '1m',
    firing: {
      // Orders stop at 60m; the 30-minute rate is 0 from 90m; then 10 minutes.
      series: [
        series('dhakacart_orders_placed_total', orders, '0+5x60 300x60'),
        series('http_requests_total', browsing, '0+600x120'),
      ],
      notBefore: '99m',
      firesAt: '100m',
      labels: { namespace: NS },
      description:
        'Zero orders in dhakacart over 30 minutes while the API serves more than 1 request per second: checkout is likely broken for everyone.',
    },
    quiet: [
      {
        name: 'twenty quiet minutes',
        series: [
          series('dhakacart_orders_placed_total', orders, '0+5x60 300x20 305+5x40'),
          series('http_requests_total', browsing, '0+600x120'),
        ],
        quietAt: ['80m', '100m', '110m'],
      },
      {
        name: 'no orders at night, little traffic',
        series: [
          series('dhakacart_orders_placed_total', orders, '0+5x60 300x60'),
          series('http_requests_total', browsing, '0+30x120'),
        ],
        quietAt: ['100m', '115m'],
      },
      {
        name: 'healthy',
        series: [
          series('dhakacart_orders_placed_total', orders, '0+5x120'),
          series('http_requests_total', browsing, '0+600x120'),
        ],
        quietAt: ['100m'],
      },
    ],
  },
  {
    alert: 'PaymentDeclinesSpiking',
    rules: 'shop',
    interval: '1m',
    firing: {
      // 1 decline a minute, then 30 against 60 orders from 30m: a quarter of the 10-minute window at 37m.
      series: [
        series('dhakacart_checkout_failures_total', failures('payment_failed'), '0+1x30 60+30x30'),
        series('dhakacart_orders_placed_total', orders, '0+60x60'),
      ],
      notBefore: '46m',
      firesAt: '47m',
      labels: { namespace: NS },
      description: '33.33% of payment attempts in dhakacart were declined over 10 minutes.',
    },
    quiet: [
      {
        name: 'two bad minutes',
        series: [
          series('dhakacart_checkout_failures_total', failures('payment_failed'), '0+1x30 60 90 91+1x30'),
          series('dhakacart_orders_placed_total', orders, '0+60x60'),
        ],
        quietAt: ['32m', '40m', '47m'],
      },
      {
        name: 'healthy',
        series: [
          series('dhakacart_checkout_failures_total', failures('payment_failed'), '0+1x60'),
          series('dhakacart_orders_placed_total', orders, '0+60x60'),
        ],
        quietAt: ['47m'],
      },
    ],
  },
  {
    alert: 'PodCrashLooping',
    rules: 'shop',
    interval: '1m',
    firing: {
      series: [
        series(
          'kube_pod_container_status_waiting_reason',
          {
            ...KSM,
            namespace: NS,
            pod: 'redis-7c9d8-abcde',
            container: 'redis',
            uid: 'u1',
            reason: 'CrashLoopBackOff',
          },
          '_x5 1x20',
        ),
      ],
      notBefore: '9m',
      firesAt: '10m',
      labels: { namespace: NS, pod: 'redis-7c9d8-abcde', container: 'redis' },
      description:
        'dhakacart/redis-7c9d8-abcde container redis has waited in CrashLoopBackOff for 5 minutes.',
    },
    quiet: [
      {
        name: 'one back-off, then running',
        series: [
          series(
            'kube_pod_container_status_waiting_reason',
            {
              ...KSM,
              namespace: NS,
              pod: 'redis-7c9d8-abcde',
              container: 'redis',
              uid: 'u1',
              reason: 'CrashLoopBackOff',
            },
            '_x5 1 1 stale',
          ),
        ],
        quietAt: ['6m', '10m', '15m'],
      },
      {
        name: 'healthy',
        series: [
          series(
            'kube_pod_container_status_waiting_reason',
            { ...KSM, namespace: NS, pod: 'api-1', container: 'api', uid: 'u2', reason: 'ContainerCreating' },
            '1 stale',
          ),
        ],
        quietAt: ['10m'],
      },
    ],
  },
  {
    alert: 'HpaAtMaxReplicas',
    rules: 'shop',
    interval: '1m',
    firing: {
      series: [
        series('kube_horizontalpodautoscaler_status_current_replicas', hpa, '6x10 60x30'),
        series('kube_horizontalpodautoscaler_spec_max_replicas', hpa, '60x40'),
      ],
      notBefore: '25m',
      firesAt: '26m',
      labels: hpa,
      description: 'dhakacart/api has run 60 replicas, its maximum, for 15 minutes: it cannot add capacity.',
    },
    quiet: [
      {
        name: 'ten minutes at the maximum',
        series: [
          series('kube_horizontalpodautoscaler_status_current_replicas', hpa, '6x10 60x10 40x20'),
          series('kube_horizontalpodautoscaler_spec_max_replicas', hpa, '60x40'),
        ],
        quietAt: ['20m', '26m', '35m'],
      },
      {
        name: 'healthy',
        series: [
          series('kube_horizontalpodautoscaler_status_current_replicas', hpa, '12x40'),
          series('kube_horizontalpodautoscaler_spec_max_replicas', hpa, '60x40'),
        ],
        quietAt: ['30m'],
      },
    ],
  },
  {
    alert: 'RedisDown',
    rules: 'shop',
    interval: '30s',
    firing: {
      series: [
        series(
          'kube_deployment_status_replicas_available',
          { ...KSM, namespace: NS, deployment: 'redis' },
          '1x4 0x10',
        ),
      ],
      notBefore: '180s',
      firesAt: '210s',
      labels: { ...KSM, namespace: NS, deployment: 'redis' },
      description:
        'The redis Deployment has had no available replica for a minute. The API keeps serving from PostgreSQL, slower; rate limits fall back to each pod.',
    },
    quiet: [
      {
        name: 'a restart',
        series: [
          series(
            'kube_deployment_status_replicas_available',
            { ...KSM, namespace: NS, deployment: 'redis' },
            '1x4 0 1x10',
          ),
        ],
        quietAt: ['150s', '210s'],
      },
      {
        name: 'healthy',
        series: [
          series(
            'kube_deployment_status_replicas_available',
            { ...KSM, namespace: NS, deployment: 'redis' },
            '1x14',
          ),
        ],
        quietAt: ['300s'],
      },
    ],
  },
  {
    alert: 'DatabasePrimaryMissing',
    rules: 'shop',
    interval: '30s',
    firing: {
      // The primary goes into recovery at 150 s and no replica is promoted.
      series: [
        series('cnpg_pg_replication_in_recovery', CNPG_POD('dhakacart-db-1'), '0x4 1x10'),
        series('cnpg_pg_replication_in_recovery', CNPG_POD('dhakacart-db-2'), '1x14'),
        series('cnpg_pg_replication_in_recovery', CNPG_POD('dhakacart-db-3'), '1x14'),
      ],
      notBefore: '180s',
      firesAt: '210s',
      labels: { namespace: NS },
      description:
        'For a minute no instance of the cluster reports being out of recovery (or none reports at all): writes and checkouts fail.',
    },
    quiet: [
      {
        name: 'a failover within 30 s',
        series: [
          series('cnpg_pg_replication_in_recovery', CNPG_POD('dhakacart-db-1'), '0x4 1x10'),
          series('cnpg_pg_replication_in_recovery', CNPG_POD('dhakacart-db-2'), '1x5 0x10'),
        ],
        quietAt: ['150s', '210s', '300s'],
      },
      {
        name: 'healthy',
        series: [
          series('cnpg_pg_replication_in_recovery', CNPG_POD('dhakacart-db-1'), '0x14'),
          series('cnpg_pg_replication_in_recovery', CNPG_POD('dhakacart-db-2'), '1x14'),
        ],
        quietAt: ['300s'],
      },
    ],
  },
  {
    alert: 'DatabaseReplicationLag',
    rules: 'shop',
    interval: '30s',
    firing: {
      series: [series('cnpg_pg_replication_lag', CNPG_POD('dhakacart-db-2'), '0x4 45x10')],
      notBefore: '240s',
      firesAt: '270s',
      labels: { namespace: NS, pod: 'dhakacart-db-2' },
      summary: 'Replica dhakacart-db-2 is 45s behind the primary',
      description:
        'dhakacart/dhakacart-db-2 has replayed WAL 45s behind the primary for 2 minutes; a failover to it would lose that much.',
    },
    quiet: [
      {
        name: 'one slow replay',
        series: [series('cnpg_pg_replication_lag', CNPG_POD('dhakacart-db-2'), '0x4 45 45 0x10')],
        quietAt: ['180s', '270s'],
      },
      {
        name: 'healthy',
        series: [series('cnpg_pg_replication_lag', CNPG_POD('dhakacart-db-2'), '0.5x14')],
        quietAt: ['300s'],
      },
    ],
  },
  {
    alert: 'DatabaseWalArchivingFailing',
    rules: 'shop',
    interval: '1m',
    firing: {
      series: [series('cnpg_pg_stat_archiver_failed_count', CNPG_POD('dhakacart-db-1'), '0x10 1+1x30')],
      notBefore: '20m',
      firesAt: '21m',
      labels: { namespace: NS, pod: 'dhakacart-db-1' },
      description:
        '5 failed archive attempts in the last 5 minutes, for 10 minutes: point-in-time recovery stops at the last archived WAL and WAL piles up on the volume.',
    },
    quiet: [
      {
        name: 'one failed attempt',
        series: [series('cnpg_pg_stat_archiver_failed_count', CNPG_POD('dhakacart-db-1'), '0x10 1x30')],
        quietAt: ['15m', '21m', '30m'],
      },
      {
        name: 'healthy',
        series: [series('cnpg_pg_stat_archiver_failed_count', CNPG_POD('dhakacart-db-1'), '0x40')],
        quietAt: ['30m'],
      },
    ],
  },
  {
    alert: 'DatabaseBackupTooOld',
    rules: 'shop',
    interval: '15m',
    firing: {
      // One backup at 01:00 on day 0, none after: 26 hours old after 27:00, then 15 minutes.
      series: [
        series(
          'barman_cloud_cloudnative_pg_io_last_available_backup_timestamp',
          CNPG_POD('dhakacart-db-1'),
          `0x3 3600x${4 * 30}`,
        ),
      ],
      notBefore: '27h15m',
      firesAt: '27h30m',
      labels: { namespace: NS },
      summary: 'The last base backup of dhakacart is 1d 2h 30m 0s old',
      description:
        'The daily ScheduledBackup should keep the newest base backup under 24 hours; it is 1d 2h 30m 0s old.',
    },
    quiet: [
      {
        name: 'a backup 90 minutes late',
        series: [
          series(
            'barman_cloud_cloudnative_pg_io_last_available_backup_timestamp',
            CNPG_POD('dhakacart-db-1'),
            dailyBackups(4 * 60, 900, 5400),
          ),
        ],
        quietAt: ['26h', '26h30m', '27h', '50h'],
      },
      {
        name: 'daily backups',
        series: [
          series(
            'barman_cloud_cloudnative_pg_io_last_available_backup_timestamp',
            CNPG_POD('dhakacart-db-1'),
            dailyBackups(4 * 60, 900),
          ),
        ],
        quietAt: ['27h30m', '59h'],
      },
    ],
  },
  {
    alert: 'DatabaseVolumeFilling',
    rules: 'shop',
    interval: '1m',
    firing: {
      series: [
        series('kubelet_volume_stats_available_bytes', volume, '20x9 10x20'),
        series('kubelet_volume_stats_capacity_bytes', volume, '100x30'),
      ],
      notBefore: '14m',
      firesAt: '15m',
      labels: volume,
      summary: 'Database volume dhakacart-db-1-wal is 10% free',
      description: 'dhakacart/dhakacart-db-1-wal has only 10% free space; PostgreSQL stops when it is full.',
    },
    quiet: [
      {
        name: 'two minutes low',
        series: [
          series('kubelet_volume_stats_available_bytes', volume, '20x9 10 10 20x20'),
          series('kubelet_volume_stats_capacity_bytes', volume, '100x30'),
        ],
        quietAt: ['11m', '15m'],
      },
      {
        name: 'healthy',
        series: [
          series('kubelet_volume_stats_available_bytes', volume, '60x30'),
          series('kubelet_volume_stats_capacity_bytes', volume, '100x30'),
        ],
        quietAt: ['15m'],
      },
      // Another PVC of the namespace (not the database's) filling up is not this alert.
      {
        name: 'not a database volume',
        series: [
          series(
            'kubelet_volume_stats_available_bytes',
            { ...volume, persistentvolumeclaim: 'redis-data' },
            '5x30',
          ),
          series(
            'kubelet_volume_stats_capacity_bytes',
            { ...volume, persistentvolumeclaim: 'redis-data' },
            '100x30',
          ),
        ],
        quietAt: ['15m'],
      },
    ],
  },
];
