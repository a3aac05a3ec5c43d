import { dashboards } from '../src/dashboards';
import { API_POD, repeat, series } from './alerting/cases';
import { promtoolTest } from './alerting/promtool';
import { availability, latency } from './alerting/slo-cases';
import { manifests } from './helpers/repository';
import { shippedRules } from './helpers/rules';

/**
 * Every Prometheus query of every shipped dashboard is evaluated by promtool over the shipped
 * SLO recording rules and input series with the API's real metric names: each query is recorded,
 * and an `absent()` alert on the record must stay quiet. An empty panel fails.
 */
const queries = dashboards.flatMap((d) =>
  // LogQL panels are checked in logs.test.ts (Loki cannot run here).
  d.panels
    .filter((p) => p.datasource !== 'loki')
    .flatMap((p) =>
      p.queries.map((q) => ({
        name: `${d.uid} / ${p.title}`,
        expr: q.expr.replaceAll('$namespace', 'dhakacart'),
      })),
    ),
);
const shop = shippedRules().find((r) => r.path.startsWith('dist/production/'))!.groups;
const sloGroups = shop.filter((g) => g.name.startsWith('slo-'));
// An hour of healthy traffic, then every request failing and slow; orders, checkouts, cache and
// pool series with the names and labels the API exports (backend/src/lib/metrics.ts).
const input = [
  ...availability.series([...repeat(0, 60), ...repeat(1, 20)], 600),
  ...latency.series([...repeat(0, 60), ...repeat(1, 20)], 600),
  series(
    'http_request_duration_seconds_bucket',
    { ...API_POD, method: 'GET', route: '/api/v1/products', status_code: '200', le: '+Inf' },
    '1000+600x80',
  ),
  series('dhakacart_orders_placed_total', { ...API_POD, payment_method: 'cod' }, '0+5x80'),
  series('dhakacart_order_value_paisa_sum', API_POD, '0+750000x80'),
  series('dhakacart_order_value_paisa_count', API_POD, '0+5x80'),
  series('dhakacart_checkout_failures_total', { ...API_POD, reason: 'out_of_stock' }, '0+1x80'),
  series('dhakacart_cache_requests_total', { ...API_POD, result: 'hit' }, '0+500x80'),
  series('dhakacart_cache_requests_total', { ...API_POD, result: 'miss' }, '0+100x80'),
  ...(['used', 'idle', 'waiting', 'max'] as const).map((state, i) =>
    series('dhakacart_db_pool_connections', { ...API_POD, state }, `${[12, 8, 0, 20][i]}x80`),
  ),
];

function emptyPanels(list: readonly { name: string; expr: string }[]) {
  const groups = [
    ...sloGroups,
    {
      name: 'dashboard-queries',
      rules: list.map((q, i) => ({ record: `dashboard_query_${i}`, expr: q.expr })),
    },
    {
      name: 'dashboard-empty',
      rules: list.map((q, i) => ({
        alert: 'DashboardQueryEmpty',
        expr: `absent(dashboard_query_${i})`,
        labels: { query: String(i) },
      })),
    },
  ];
  return promtoolTest(groups, '1m', [
    {
      name: 'every dashboard query returns data',
      interval: '1m',
      input_series: input,
      alert_rule_test: [{ eval_time: '70m', alertname: 'DashboardQueryEmpty', exp_alerts: [] }],
    },
  ]);
}

describe('dashboards', () => {
  it('when the dashboards are synthesized, then each is a ConfigMap the Grafana sidecar picks up', () => {
    const maps = manifests('dist').filter(
      (m) => m.object.kind === 'ConfigMap' && m.object.metadata.labels?.grafana_dashboard === '1',
    );
    expect(maps.map((m) => m.object.metadata.name).sort()).toEqual(dashboards.map((d) => d.uid).sort());
    expect(maps.every((m) => m.object.metadata.namespace === 'monitoring')).toBe(true);
  });

  it('when every panel query is evaluated by promtool, then none is empty', () => {
    expect(queries.length).toBeGreaterThanOrEqual(4);
    const result = emptyPanels(queries);
    expect(result.output).toContain('SUCCESS');
    expect(result.status).toBe(0);
  });

  it('when a query names a metric nothing records, then the check fails (an empty panel is caught)', () => {
    const result = emptyPanels([
      ...queries,
      { name: 'typo', expr: 'namespace:api_availabilty:error_ratio_rate5m' },
    ]);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('DashboardQueryEmpty');
  });
});
