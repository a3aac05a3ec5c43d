import { names } from '../charts/names';
import { promql, statPanel, timeseriesPanel } from './builder';
import { type DashboardDefinition, logsLink, shopDashboardBuilder } from './dashboard';

/** The cluster's instance pods (`dhakacart-db-1`, …), as the CloudNativePG PodMonitor scrapes them. */
const DB = `namespace="$namespace", pod=~"${names.database}-[0-9]+"`;
const VOLUMES = `namespace="$namespace", persistentvolumeclaim=~"${names.database}-[0-9]+(-wal)?"`;

/**
 * The shop's CloudNativePG cluster. Metric names are the operator's default monitoring queries
 * at v1.30.0 (chart cloudnative-pg 0.29.0; config/manager/default-monitoring.yaml: `cnpg_` +
 * query name + column, counters without a `_total` suffix) and its own collector
 * (pkg/management/postgres/webserver/metricserver/pg_collector.go: `cnpg_collector_*`); the base
 * backup's time from the Barman Cloud plugin (internal/cnpgi/instance/metrics.go), as the alerts
 * read it (alerts/shop-rules.ts).
 */
export const databaseDashboard: DashboardDefinition = (context) =>
  shopDashboardBuilder(
    {
      uid: 'dhakacart-database',
      title: 'DhakaCart / Database',
      description: 'CloudNativePG: connections, replication, WAL archiving, backups, transactions and locks.',
    },
    context,
  )
    .withPanel(
      timeseriesPanel(
        'Connections by state',
        [promql(`sum by (pod, state) (cnpg_backends_total{${DB}})`, '{{pod}} {{state}}')],
        { min: 0, links: [logsLink(['pod'])] },
      ),
    )
    .withPanel(
      timeseriesPanel(
        'Connections used of max_connections',
        [
          promql(
            `sum by (pod) (cnpg_backends_total{${DB}}) / max by (pod) (cnpg_pg_settings_setting{${DB}, name="max_connections"})`,
            '{{pod}}',
          ),
        ],
        { unit: 'percentunit', min: 0, max: 1, threshold: { value: 0.8 } },
      ),
    )
    .withPanel(
      timeseriesPanel(
        'Replication lag',
        [promql(`max by (pod) (cnpg_pg_replication_lag{${DB}})`, '{{pod}}')],
        {
          unit: 's',
          min: 0,
          description: 'Seconds each replica has replayed behind the primary (0 on the primary).',
        },
      ),
    )
    .withPanel(
      timeseriesPanel(
        'Primary and streaming replicas',
        [
          promql(`sum(1 - cnpg_pg_replication_in_recovery{${DB}})`, 'primaries'),
          promql(`max(cnpg_pg_replication_streaming_replicas{${DB}})`, 'replicas streaming from the primary'),
        ],
        { min: 0 },
      ),
    )
    .withPanel(
      timeseriesPanel(
        'WAL archiving per minute',
        [
          promql(
            `sum by (pod) (rate(cnpg_pg_stat_archiver_archived_count{${DB}}[5m])) * 60`,
            '{{pod}} archived',
          ),
          promql(`sum by (pod) (rate(cnpg_pg_stat_archiver_failed_count{${DB}}[5m])) * 60`, '{{pod}} failed'),
        ],
        { min: 0 },
      ),
    )
    .withPanel(
      timeseriesPanel(
        'WAL waiting to be archived',
        [
          promql(
            `max by (pod) (cnpg_collector_pg_wal_archive_status{${DB}, value="ready"})`,
            '{{pod}} files ready',
          ),
          promql(
            `max by (pod) (cnpg_pg_stat_archiver_seconds_since_last_archival{${DB}})`,
            '{{pod}} s since last',
          ),
        ],
        { min: 0 },
      ),
    )
    .withPanel(
      statPanel(
        'Newest base backup age',
        [promql(`time() - max(barman_cloud_cloudnative_pg_io_last_available_backup_timestamp{${DB}})`)],
        { unit: 's', description: 'The daily ScheduledBackup keeps it under 24 hours.' },
      ),
    )
    .withPanel(
      statPanel(
        'Database size',
        [promql(`max by (datname) (cnpg_pg_database_size_bytes{${DB}})`, '{{datname}}')],
        {
          unit: 'bytes',
        },
      ),
    )
    .withPanel(
      timeseriesPanel(
        'Transactions per second',
        [
          promql(
            `sum by (datname) (rate(cnpg_pg_stat_database_xact_commit{${DB}}[5m]))`,
            '{{datname}} commits',
          ),
          promql(
            `sum by (datname) (rate(cnpg_pg_stat_database_xact_rollback{${DB}}[5m]))`,
            '{{datname}} rollbacks',
          ),
        ],
        { unit: 'ops', min: 0 },
      ),
    )
    .withPanel(
      timeseriesPanel(
        'Locks: waiting backends, deadlocks, longest transaction',
        [
          promql(`max by (pod) (cnpg_backends_waiting_total{${DB}})`, '{{pod}} waiting on a lock'),
          promql(
            `sum by (pod) (increase(cnpg_pg_stat_database_deadlocks{${DB}}[5m]))`,
            '{{pod}} deadlocks (5 min)',
          ),
          promql(
            `max by (pod) (cnpg_backends_max_tx_duration_seconds{${DB}})`,
            '{{pod}} longest transaction (s)',
          ),
        ],
        { min: 0, links: [logsLink(['pod'])] },
      ),
    )
    .withPanel(
      timeseriesPanel(
        'Volume free space',
        [
          promql(
            `kubelet_volume_stats_available_bytes{${VOLUMES}} / kubelet_volume_stats_capacity_bytes{${VOLUMES}}`,
            '{{persistentvolumeclaim}}',
          ),
        ],
        {
          unit: 'percentunit',
          min: 0,
          max: 1,
          description: 'Per volume (data and WAL); the DatabaseVolumeFilling alert warns before it runs out.',
        },
      ),
    );
