import type * as cog from '@grafana/grafana-foundation-sdk/cog';
import * as common from '@grafana/grafana-foundation-sdk/common';
import * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import * as logs from '@grafana/grafana-foundation-sdk/logs';
import * as loki from '@grafana/grafana-foundation-sdk/loki';
import * as prometheus from '@grafana/grafana-foundation-sdk/prometheus';
import * as stat from '@grafana/grafana-foundation-sdk/stat';
import * as table from '@grafana/grafana-foundation-sdk/table';
import * as timeseries from '@grafana/grafana-foundation-sdk/timeseries';

/**
 * A thin layer over `@grafana/grafana-foundation-sdk` (the Grafana 11.6 schema, which Grafana
 * 12.1 of kube-prometheus-stack 76.5.1 loads and migrates): panels declared as a title, queries
 * and a few options, so each dashboard reads as what it shows.
 */
export type DatasourceKind = 'prometheus' | 'loki';

/** Dashboard variables that pick the data source (`${datasource}`, `${loki}`). */
export const DATASOURCE_VARIABLES: Readonly<Record<DatasourceKind, string>> = {
  prometheus: 'datasource',
  loki: 'loki',
};

const datasourceRef = (kind: DatasourceKind): dashboard.DataSourceRef => ({
  type: kind,
  uid: `\${${DATASOURCE_VARIABLES[kind]}}`,
});
const MIXED: dashboard.DataSourceRef = { type: 'datasource', uid: '-- Mixed --' };

export interface PanelQuery {
  readonly datasource: DatasourceKind;
  /** PromQL or LogQL; `$namespace` is the dashboard's namespace variable. */
  readonly expr: string;
  /** Legend, e.g. `{{route}}`. */
  readonly legend?: string;
}

export const promql = (expr: string, legend?: string): PanelQuery => ({
  datasource: 'prometheus',
  expr: expr.trim(),
  ...(legend ? { legend } : {}),
});

export const logql = (expr: string, legend?: string): PanelQuery => ({
  datasource: 'loki',
  expr: expr.trim(),
  ...(legend ? { legend } : {}),
});

/** A limit drawn on the panel: a line on time series, the colour of a stat or table cell. */
export interface Threshold {
  readonly value: number;
  /** Which side of the value is bad. @default 'above' */
  readonly bad?: 'above' | 'below';
}

export interface PanelOptions {
  readonly description?: string;
  /** Grafana unit id, e.g. `percentunit`, `reqps`, `s`, `bytes`. */
  readonly unit?: string;
  readonly threshold?: Threshold;
  readonly min?: number;
  readonly max?: number;
  /** Data links on the panel's values (see `logsLink`). */
  readonly links?: readonly cog.Builder<dashboard.DashboardLink>[];
  /** Grid width out of 24. @default 12 */
  readonly width?: number;
  /** @default 8 */
  readonly height?: number;
}

/** Instant queries as tables (the table panel's rows), range queries otherwise. */
function targets(queries: readonly PanelQuery[], asTable = false): cog.Builder<cog.Dataquery>[] {
  if (queries.length === 0) throw new Error('a panel needs at least one query');
  return queries.map((q, i) => {
    const refId = String.fromCharCode(65 + i);
    if (q.datasource === 'loki') {
      let target = new loki.DataqueryBuilder().refId(refId).datasource(datasourceRef('loki')).expr(q.expr);
      if (asTable) target = target.queryType('instant');
      return q.legend ? target.legendFormat(q.legend) : target;
    }
    let target = new prometheus.DataqueryBuilder()
      .refId(refId)
      .datasource(datasourceRef('prometheus'))
      .expr(q.expr);
    if (asTable) target = target.instant().format(prometheus.PromQueryFormat.Table);
    return q.legend ? target.legendFormat(q.legend) : target;
  });
}

function panelDatasource(queries: readonly PanelQuery[]): dashboard.DataSourceRef {
  const kinds = new Set(queries.map((q) => q.datasource));
  return kinds.size === 1 ? datasourceRef(queries[0]!.datasource) : MIXED;
}

function thresholds(threshold: Threshold): dashboard.ThresholdsConfigBuilder {
  const [below, above] = threshold.bad === 'below' ? ['red', 'green'] : ['green', 'red'];
  return new dashboard.ThresholdsConfigBuilder().mode(dashboard.ThresholdsMode.Absolute).steps([
    { value: null, color: below },
    { value: threshold.value, color: above },
  ]);
}

/** What every panel kind shares: title, queries, size, unit, limits, links. */
interface CommonPanel<B> {
  title(title: string): B;
  description(description: string): B;
  datasource(datasource: dashboard.DataSourceRef): B;
  targets(targets: cog.Builder<cog.Dataquery>[]): B;
  span(w: number): B;
  height(h: number): B;
  unit(unit: string): B;
  min(min: number): B;
  max(max: number): B;
  thresholds(thresholds: cog.Builder<dashboard.ThresholdsConfig>): B;
  dataLinks(links: cog.Builder<dashboard.DashboardLink>[]): B;
}

function configure<B extends CommonPanel<B>>(
  panel: B,
  title: string,
  queries: readonly PanelQuery[],
  options: PanelOptions,
  asTable = false,
): B {
  let p = panel
    .title(title)
    .datasource(panelDatasource(queries))
    .targets(targets(queries, asTable))
    .span(options.width ?? 12)
    .height(options.height ?? 8);
  if (options.description) p = p.description(options.description);
  if (options.unit) p = p.unit(options.unit);
  if (options.min !== undefined) p = p.min(options.min);
  if (options.max !== undefined) p = p.max(options.max);
  if (options.threshold) p = p.thresholds(thresholds(options.threshold));
  if (options.links?.length) p = p.dataLinks([...options.links]);
  return p;
}

export function timeseriesPanel(
  title: string,
  queries: readonly PanelQuery[],
  options: PanelOptions = {},
): timeseries.PanelBuilder {
  const panel = configure(new timeseries.PanelBuilder(), title, queries, options);
  return options.threshold
    ? panel.thresholdsStyle(
        new common.GraphThresholdsStyleConfigBuilder().mode(common.GraphThresholdsStyleMode.Line),
      )
    : panel;
}

/** One number: the last value of each series. */
export function statPanel(
  title: string,
  queries: readonly PanelQuery[],
  options: PanelOptions = {},
): stat.PanelBuilder {
  return configure(new stat.PanelBuilder(), title, queries, { width: 6, ...options })
    .graphMode(common.BigValueGraphMode.Area)
    .colorMode(options.threshold ? common.BigValueColorMode.Value : common.BigValueColorMode.None)
    .reduceOptions(new common.ReduceDataOptionsBuilder().calcs(['lastNotNull']));
}

export function tablePanel(
  title: string,
  queries: readonly PanelQuery[],
  options: PanelOptions = {},
): table.PanelBuilder {
  return configure(new table.PanelBuilder(), title, queries, options, true).filterable(true);
}

/** Log lines of a Loki query, newest first, with their fields expandable. */
export function logsPanel(
  title: string,
  queries: readonly PanelQuery[],
  options: PanelOptions = {},
): logs.PanelBuilder {
  if (queries.some((q) => q.datasource !== 'loki')) throw new Error(`logs panel "${title}" takes LogQL only`);
  return configure(new logs.PanelBuilder(), title, queries, { width: 24, ...options })
    .showTime(true)
    .wrapLogMessage(true)
    .enableLogDetails(true)
    .sortOrder(common.LogsSortOrder.Descending);
}
