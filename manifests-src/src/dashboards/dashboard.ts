/**
 * Just enough of Grafana's dashboard JSON model (schemaVersion 39) for time series, stat, logs
 * and table panels over Prometheus or Loki; the kube-prometheus-stack Grafana sidecar loads it
 * from a ConfigMap.
 */
export interface PanelSpec {
  readonly title: string;
  readonly type: 'timeseries' | 'stat' | 'logs' | 'table';
  /** @default 'prometheus' */
  readonly datasource?: 'prometheus' | 'loki';
  /** PromQL or LogQL; `$namespace` is the dashboard's namespace variable. */
  readonly queries: readonly {
    readonly expr: string;
    readonly legend?: string;
    /** Loki's `range` or `instant`. */
    readonly queryType?: 'range' | 'instant';
  }[];
  /** Grafana unit id, e.g. `percentunit`, `reqps`, `s`. */
  readonly unit?: string;
  /** A red line (time series) or red threshold (stat) at this value. */
  readonly threshold?: number;
}

export interface DashboardSpec {
  readonly uid: string;
  readonly title: string;
  readonly panels: readonly PanelSpec[];
  /** Text boxes the queries read as `$name`, e.g. a request id. */
  readonly textboxes?: readonly { readonly name: string; readonly label: string }[];
}

const DATASOURCES = {
  prometheus: { type: 'prometheus', uid: '${datasource}' },
  loki: { type: 'loki', uid: '${loki}' },
} as const;
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
        ...(spec.panels.some((p) => p.datasource === 'loki')
          ? [{ name: 'loki', label: 'Loki', type: 'datasource', query: 'loki' }]
          : []),
        {
          name: 'namespace',
          type: 'custom',
          query: namespaces.join(','),
          current: { text: namespaces[0], value: namespaces[0] },
        },
        ...(spec.textboxes ?? []).map((t) => ({ name: t.name, label: t.label, type: 'textbox', query: '' })),
      ],
    },
    panels: spec.panels.map((panel, i) => ({
      id: i + 1,
      title: panel.title,
      type: panel.type,
      datasource: DATASOURCES[panel.datasource ?? 'prometheus'],
      gridPos: { x: (i % 2) * WIDTH, y: Math.floor(i / 2) * HEIGHT, w: WIDTH, h: HEIGHT },
      targets: panel.queries.map((q, j) => ({
        refId: String.fromCharCode(65 + j),
        datasource: DATASOURCES[panel.datasource ?? 'prometheus'],
        expr: q.expr,
        ...(q.legend ? { legendFormat: q.legend } : {}),
        ...(q.queryType ? { queryType: q.queryType } : {}),
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
