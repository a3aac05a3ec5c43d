import { dashboards } from '../src/dashboards';
import { repeat } from './alerting/cases';
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
  d.panels.flatMap((p) =>
    p.queries.map((q) => ({
      name: `${d.uid} / ${p.title}`,
      expr: q.expr.replaceAll('$namespace', 'dhakacart'),
    })),
  ),
);
const shop = shippedRules().find((r) => r.path.startsWith('dist/production/'))!.groups;
const sloGroups = shop.filter((g) => g.name.startsWith('slo-'));
// An hour of healthy traffic, then every request failing and slow.
const input = [
  ...availability.series([...repeat(0, 60), ...repeat(1, 20)], 600),
  ...latency.series([...repeat(0, 60), ...repeat(1, 20)], 600),
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
