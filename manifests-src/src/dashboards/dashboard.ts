/**
 * Just enough of Grafana's dashboard JSON model (schemaVersion 39) for time series and stat
 * panels over Prometheus; the kube-prometheus-stack Grafana sidecar loads it from a ConfigMap.
 */
export interface PanelSpec {
  readonly title: string;
  readonly type: 'timeseries' | 'stat';
  /** PromQL; `$namespace` is the dashboard's namespace variable. */
  readonly queries: readonly { readonly expr: string; readonly legend?: string }[];
  /** Grafana unit id, e.g. `percentunit`, `reqps`, `s`. */
  readonly unit?: string;
  /** A red line (time series) or red threshold (stat) at this value. */
  readonly threshold?: number;
}

export interface DashboardSpec {
  readonly uid: string;
  readonly title: string;
  readonly panels: readonly PanelSpec[];
}

const DATASOURCE = { type: 'prometheus', uid: '${datasource}' };
const WIDTH = 12;
const HEIGHT = 8;

export function dashboardJson(spec: DashboardSpec, namespaces: readonly string[]): object {
  return {
    uid: spec.uid,
    title: spec.title,
    tags: ['dhakacart'],
    schemaVersion: 39,
    time: { from: 'now-6h', to: 'now' },
    refresh: '30s',
    templating: {
      list: [
        { name: 'datasource', type: 'datasource', query: 'prometheus' },
        {
          name: 'namespace',
          type: 'custom',
          query: namespaces.join(','),
          current: { text: namespaces[0], value: namespaces[0] },
        },
      ],
    },
    panels: spec.panels.map((panel, i) => ({
      id: i + 1,
      title: panel.title,
      type: panel.type,
      datasource: DATASOURCE,
      gridPos: { x: (i % 2) * WIDTH, y: Math.floor(i / 2) * HEIGHT, w: WIDTH, h: HEIGHT },
      targets: panel.queries.map((q, j) => ({
        refId: String.fromCharCode(65 + j),
        datasource: DATASOURCE,
        expr: q.expr,
        ...(q.legend ? { legendFormat: q.legend } : {}),
      })),
      fieldConfig: {
        defaults: {
          ...(panel.unit ? { unit: panel.unit } : {}),
          ...(panel.threshold !== undefined
            ? {
                thresholds: {
                  mode: 'absolute',
                  steps: [
                    { color: 'green', value: null },
                    { color: 'red', value: panel.threshold },
                  ],
                },
                custom: panel.type === 'timeseries' ? { thresholdsStyle: { mode: 'line' } } : {},
              }
            : {}),
        },
        overrides: [],
      },
    })),
  };
}
