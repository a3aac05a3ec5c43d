import type * as grafana from '@grafana/grafana-foundation-sdk/dashboard';
import { ConfigMap } from 'kubernetes-models/v1';
import type { Construct } from 'constructs';
import { appLabels } from '../lib/labels';
import { addModel } from '../lib/model-object';
import { readsApiSeries } from './api-series';
import type { DatasourceKind } from './builder';
import type { DashboardContext, DashboardDefinition } from './dashboard';
import { databaseDashboard } from './database-dashboard';
import { logsDashboard } from './logs-dashboard';
import { platformDashboard } from './platform-dashboard';
import { releaseDashboard } from './release-dashboard';
import { shopDashboard } from './shop-dashboard';
import { sloDashboard } from './slo-dashboard';

/** Every dashboard shipped; a new one joins this list (and its queries join the tests). */
export const dashboards: readonly DashboardDefinition[] = [
  shopDashboard,
  releaseDashboard,
  sloDashboard,
  databaseDashboard,
  platformDashboard,
  logsDashboard,
];

/** The Grafana JSON model of every dashboard, with panel ids numbered in order. */
export function dashboardModels(context: DashboardContext): grafana.Dashboard[] {
  return dashboards.map((define) => {
    const model = define(context).build();
    if (!model.uid) throw new Error(`dashboard "${model.title}" has no uid`);
    const panels = (model.panels ?? []).flatMap((p) => ('panels' in p ? [p, ...p.panels] : [p]));
    panels.forEach((panel, i) => (panel.id = i + 1));
    return model;
  });
}

export interface PanelQueryRef {
  readonly dashboard: string;
  readonly panel: string;
  readonly refId: string;
  readonly datasource: DatasourceKind;
  readonly expr: string;
  /** PromQL over the API's own series (tested on a real Prometheus), or over an exporter's. */
  readonly reads?: 'api' | 'exporter';
}

/** Every query of every panel of every dashboard, with the kind of data source it runs on. */
export function panelQueries(context: DashboardContext): PanelQueryRef[] {
  return dashboardModels(context).flatMap((model) =>
    (model.panels ?? [])
      .flatMap((p) => ('panels' in p ? p.panels : [p]))
      .flatMap((panel) =>
        (panel.targets ?? []).map((target) => {
          const t = target as { refId?: string; expr?: string; datasource?: { type?: string } };
          const kind = t.datasource?.type ?? panel.datasource?.type;
          if (kind !== 'prometheus' && kind !== 'loki')
            throw new Error(`${model.uid} / ${panel.title}: query ${t.refId} has data source type ${kind}`);
          if (!t.expr) throw new Error(`${model.uid} / ${panel.title}: query ${t.refId} has no expression`);
          const ref: PanelQueryRef = {
            dashboard: model.uid!,
            panel: panel.title ?? '',
            refId: t.refId ?? '',
            datasource: kind,
            expr: t.expr,
          };
          if (kind === 'loki') return ref;
          return { ...ref, reads: readsApiSeries(t.expr) ? ('api' as const) : ('exporter' as const) };
        }),
      ),
  );
}

/**
 * One ConfigMap per dashboard with the label kube-prometheus-stack's Grafana sidecar watches
 * (chart values `grafana.sidecar.dashboards.label: grafana_dashboard`, in Grafana's namespace).
 */
export function addDashboards(scope: Construct, namespaces: readonly string[]): void {
  for (const model of dashboardModels({ namespaces })) {
    addModel(
      scope,
      `Dashboard-${model.uid}`,
      new ConfigMap({
        metadata: {
          name: model.uid!,
          labels: { ...appLabels(model.uid!, 'monitoring'), grafana_dashboard: '1' },
        },
        data: { [`${model.uid}.json`]: JSON.stringify(model, null, 2) },
      }),
    );
  }
}
