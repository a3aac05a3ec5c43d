import type * as cog from '@grafana/grafana-foundation-sdk/cog';
import * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import { DATASOURCE_VARIABLES, type DatasourceKind } from './builder';

/** The variable every panel query filters on (`namespace="$namespace"`). */
export const NAMESPACE_VARIABLE = 'namespace';

/** What a dashboard is built from: the shop's namespaces (the `$namespace` variable's choices). */
export interface DashboardContext {
  readonly namespaces: readonly string[];
}

/** One dashboard of the shop; `index.ts` lists them all. */
export type DashboardDefinition = (context: DashboardContext) => dashboard.DashboardBuilder;

export interface DashboardHeader {
  readonly uid: string;
  readonly title: string;
  readonly description: string;
  /** Data sources its panels query. @default ['prometheus'] */
  readonly datasources?: readonly DatasourceKind[];
}

/**
 * A dashboard with the shop's tag, the last 6 hours refreshed every 30 s, a data source picker
 * per kind it queries (kube-prometheus-stack provisions Prometheus as the default), and the
 * namespace picker.
 */
export function shopDashboardBuilder(
  header: DashboardHeader,
  context: DashboardContext,
): dashboard.DashboardBuilder {
  const [first] = context.namespaces;
  if (!first) throw new Error(`dashboard ${header.uid}: at least one namespace is needed`);
  const datasources = (header.datasources ?? ['prometheus']).map((kind) =>
    new dashboard.DatasourceVariableBuilder(DATASOURCE_VARIABLES[kind]).label(kind).type(kind),
  );
  return new dashboard.DashboardBuilder(header.title)
    .uid(header.uid)
    .description(header.description)
    .tags(['dhakacart'])
    .time({ from: 'now-6h', to: 'now' })
    .refresh('30s')
    .timezone('browser')
    .readonly()
    .annotations([])
    .variables([
      ...datasources,
      new dashboard.CustomVariableBuilder(NAMESPACE_VARIABLE)
        .label('namespace')
        .values(context.namespaces.join(','))
        .current({ text: first, value: first }),
    ]);
}

/**
 * The Logs dashboard and the variables it reads from its URL: the other dashboards' data links
 * open it on the same time range, namespace and, where the series has them, route or pod.
 */
export const LOGS_DASHBOARD = {
  uid: 'dhakacart-logs',
  variables: { namespace: NAMESPACE_VARIABLE, route: 'route', pod: 'pod' },
} as const;

export type LogsLinkLabel = Exclude<keyof typeof LOGS_DASHBOARD.variables, 'namespace'>;

/** A data link to the Logs dashboard carrying the time range and the clicked series' labels. */
export function logsLink(labels: readonly LogsLinkLabel[] = []): cog.Builder<dashboard.DashboardLink> {
  const vars = LOGS_DASHBOARD.variables;
  const query = [
    '${__url_time_range}',
    `var-${vars.namespace}=\${${NAMESPACE_VARIABLE}}`,
    ...labels.map((label) => `var-${vars[label]}=\${__field.labels.${label}}`),
  ].join('&');
  const what = labels.length ? ` of this ${labels.join(' and ')}` : '';
  return new dashboard.DashboardLinkBuilder(`Logs${what}`).url(`/d/${LOGS_DASHBOARD.uid}/logs?${query}`);
}
