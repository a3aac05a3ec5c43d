import { dashboardModels, dashboards, panelQueries, type PanelQueryRef } from '../src/dashboards';
import { LOGS_DASHBOARD } from '../src/dashboards/dashboard';
import { promtoolTest } from './alerting/promtool';
import { exporterSeries } from './helpers/exporter-series';
import { environments } from '../src/config/environments';
import { ENVIRONMENTS, manifests } from './helpers/repository';

const NAMESPACE = 'dhakacart';
const context = { namespaces: [NAMESPACE, 'dhakacart-staging'] };
const queries = panelQueries(context);
const exporterQueries = queries.filter((q) => q.reads === 'exporter');
const render = (q: PanelQueryRef) => q.expr.replaceAll('$namespace', NAMESPACE);

/**
 * The exporters' queries evaluated by promtool over an hour of input series with the
 * exporters' real names and labels: each query is recorded, and an `absent()` alert on the
 * record, labelled with the panel, must stay quiet. An empty panel fails.
 */
function emptyPanels(list: readonly PanelQueryRef[]) {
  const groups = [
    {
      name: 'dashboard-queries',
      rules: list.map((q, i) => ({ record: `dashboard_query_${i}`, expr: render(q) })),
    },
    {
      name: 'dashboard-empty',
      rules: list.map((q, i) => ({
        alert: 'DashboardQueryEmpty',
        expr: `absent(dashboard_query_${i})`,
        labels: { panel: `${q.dashboard} / ${q.panel} / ${q.refId}` },
      })),
    },
  ];
  return promtoolTest(groups, '1m', [
    {
      name: 'every exporter query of every dashboard returns data',
      interval: '1m',
      input_series: exporterSeries(NAMESPACE),
      alert_rule_test: [{ eval_time: '59m', alertname: 'DashboardQueryEmpty', exp_alerts: [] }],
    },
  ]);
}

describe('dashboards', () => {
  it.each(ENVIRONMENTS)(
    "when %s's cluster's dashboards are synthesized, then each is a ConfigMap the Grafana sidecar picks up, offering only that cluster's namespace",
    (env) => {
      const maps = manifests('dist').filter(
        (m) => m.object.kind === 'ConfigMap' && m.object.metadata.labels?.grafana_dashboard === '1',
      );
      expect(maps.filter((m) => !m.path.startsWith('dist/cluster/'))).toEqual([]);
      const own = maps.filter((m) => m.path.startsWith(`dist/cluster/${env}/`));
      const uids = dashboardModels(context).map((d) => d.uid);
      expect(uids).toHaveLength(dashboards.length);
      expect(own.map((m) => m.object.metadata.name).sort()).toEqual([...uids].sort());
      expect(own.every((m) => m.object.metadata.namespace === 'monitoring')).toBe(true);
      for (const map of own) {
        const [json] = Object.values((map.object as unknown as { data: Record<string, string> }).data);
        const model = JSON.parse(json!);
        expect(model).toMatchObject({ uid: map.object.metadata.name, schemaVersion: 41 });
        const variable = model.templating.list.find((v: { name: string }) => v.name === 'namespace');
        if (variable) expect(variable.query).toBe(environments[env].namespace);
      }
    },
  );

  it('when synthesized, then each ConfigMap fits in the last-applied annotation of a client-side apply', () => {
    // Argo CD applies client-side by default and keeps the whole object in an annotation;
    // annotations are limited to 256 KiB in total (ConfigMaps themselves to 1 MiB).
    const sizes = manifests('dist')
      .filter((m) => m.object.kind === 'ConfigMap' && m.object.metadata.labels?.grafana_dashboard === '1')
      .map((m) => JSON.stringify(m.object).length);
    expect(Math.max(...sizes)).toBeLessThan(200 * 1024);
  });

  it('when the queries are listed, then each names its data source, and the Prometheus ones are the API’s or an exporter’s', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect(queries.filter((q) => q.datasource !== 'prometheus' && q.datasource !== 'loki')).toEqual([]);
    const names = queries.map((q) => `${q.dashboard} / ${q.panel} / ${q.refId}`);
    expect(names.length).toBe(new Set(names).size);
    const prometheus = queries.filter((q) => q.datasource === 'prometheus');
    expect(prometheus.filter((q) => q.reads !== 'api' && q.reads !== 'exporter')).toEqual([]);
    // The API's run on a real Prometheus (backend/src/lib/canary-analysis.test.ts).
    expect(prometheus.filter((q) => q.reads === 'api').length).toBeGreaterThanOrEqual(20);
    expect(exporterQueries.length).toBeGreaterThanOrEqual(30);
  });

  it('when every exporter query is evaluated by promtool over the exporters’ series, then none is empty', () => {
    const result = emptyPanels(exporterQueries);
    expect(result.output).toContain('SUCCESS');
    expect(result.status).toBe(0);
  });

  it('when a query names a metric no exporter has, then the check fails and names the panel', () => {
    const typo: PanelQueryRef = {
      dashboard: 'dhakacart-database',
      panel: 'Replication lag, misspelt',
      refId: 'A',
      datasource: 'prometheus',
      expr: 'max by (pod) (cnpg_pg_replication_lagg{namespace="$namespace"})',
      reads: 'exporter',
    };
    const result = emptyPanels([...exporterQueries, typo]);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('panel="dhakacart-database / Replication lag, misspelt / A"');
  });

  it('when a panel links to the Logs dashboard, then the link carries the time range, the namespace and only labels its series have', () => {
    const links = dashboardModels(context).flatMap((d) =>
      (d.panels ?? []).flatMap((p) =>
        'fieldConfig' in p
          ? (p.fieldConfig?.defaults?.links ?? []).map((link) => ({ panel: p, url: link.url ?? '' }))
          : [],
      ),
    );
    expect(links.length).toBeGreaterThanOrEqual(10);
    for (const { panel, url } of links) {
      expect(url).toMatch(new RegExp(`^/d/${LOGS_DASHBOARD.uid}/`));
      expect(url).toContain('${__url_time_range}');
      expect(url).toContain('var-namespace=${namespace}');
      for (const [, label] of url.matchAll(/\$\{__field\.labels\.(\w+)\}/g)) {
        const grouped = new RegExp(`by \\([^)]*\\b${label}\\b`);
        expect({
          panel: panel.title,
          grouped: panel.targets?.every((t) => grouped.test((t as unknown as { expr: string }).expr)),
        }).toEqual({
          panel: panel.title,
          grouped: true,
        });
      }
    }
  });
});
