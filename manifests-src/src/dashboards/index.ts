import { ConfigMap } from 'kubernetes-models/v1';
import type { Construct } from 'constructs';
import { appLabels } from '../lib/labels';
import { addModel } from '../lib/model-object';
import { type DashboardSpec, dashboardJson } from './dashboard';
import { logsDashboard } from './logs-dashboard';
import { shopDashboard } from './shop-dashboard';
import { sloDashboard } from './slo-dashboard';

export const dashboards: readonly DashboardSpec[] = [shopDashboard, sloDashboard, logsDashboard];

/**
 * One ConfigMap per dashboard with the label kube-prometheus-stack's Grafana sidecar watches
 * (chart values `grafana.sidecar.dashboards.label: grafana_dashboard`, in Grafana's namespace).
 */
export function addDashboards(scope: Construct, namespaces: readonly string[]): void {
  for (const dashboard of dashboards) {
    addModel(
      scope,
      `Dashboard-${dashboard.uid}`,
      new ConfigMap({
        metadata: {
          name: dashboard.uid,
          labels: { ...appLabels(dashboard.uid, 'monitoring'), grafana_dashboard: '1' },
        },
        data: { [`${dashboard.uid}.json`]: JSON.stringify(dashboardJson(dashboard, namespaces), null, 2) },
      }),
    );
  }
}
