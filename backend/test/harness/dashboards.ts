import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { distDir } from './dist';

export { readsApiSeries } from '../../../manifests-src/src/dashboards/api-series';

export interface DashboardQuery {
  /** `<dashboard uid> / <panel title> / <refId>` */
  readonly name: string;
  readonly datasource: string;
  readonly expr: string;
}

interface Panel {
  title?: string;
  datasource?: { type?: string };
  targets?: { refId?: string; expr?: string; datasource?: { type?: string } }[];
  panels?: Panel[];
}

/**
 * Every query of every Grafana dashboard shipped in dist/ for production's cluster (the
 * ConfigMaps its Grafana sidecar loads, label `grafana_dashboard`; staging's cluster gets the
 * same dashboards for its own namespace), read from the JSON models as Grafana reads them.
 */
export function shippedDashboardQueries(): DashboardQuery[] {
  const dir = path.join(distDir, 'cluster', 'production', 'monitoring');
  return readdirSync(dir)
    .filter((file) => file.startsWith('ConfigMap.'))
    .map((file) => parse(readFileSync(path.join(dir, file), 'utf8')))
    .filter((map) => map.metadata?.labels?.grafana_dashboard === '1')
    .flatMap((map) => Object.values(map.data as Record<string, string>))
    .flatMap((json) => {
      const model = JSON.parse(json) as { uid: string; panels?: Panel[] };
      return (model.panels ?? [])
        .flatMap((p) => [p, ...(p.panels ?? [])])
        .flatMap((panel) =>
          (panel.targets ?? []).map((t) => ({
            name: `${model.uid} / ${panel.title} / ${t.refId}`,
            datasource: t.datasource?.type ?? panel.datasource?.type ?? '',
            expr: t.expr ?? '',
          })),
        );
    });
}

/** A dashboard query with its variables filled in: the namespace, and Grafana's `$__…` ranges never used. */
export function renderDashboardQuery(expr: string, namespace: string): string {
  if (/\$(?!namespace\b)\w+|\$\{/.test(expr))
    throw new Error(`unexpected variable in dashboard query: ${expr}`);
  return expr.replaceAll('$namespace', namespace);
}
