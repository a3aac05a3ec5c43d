import { names } from '../charts/names';
import {
  apiErrorRatio,
  apiLatencyP95,
  containerRestarts,
  gatewayServing,
} from '../constructs/analysis-metrics';
import type { AnalysisMetric } from '../constructs/analysis-templates';
import { promql, type PanelOptions, tablePanel, timeseriesPanel } from './builder';
import { type DashboardDefinition, logsLink, shopDashboardBuilder } from './dashboard';

const CANARY = 'role="canary"';

/**
 * An analysis metric's own query as the Rollout runs it for `app`, on the dashboard's namespace;
 * for the stable side, the same query on the pods Rollouts labels `role="stable"`.
 */
function analysisQuery(metric: AnalysisMetric, app: string, role?: 'stable' | 'canary'): string {
  if (role && !metric.query.includes(CANARY))
    throw new Error(
      `analysis metric ${metric.name} does not select ${CANARY}; the Release dashboard compares by role`,
    );
  const query = metric.query.replaceAll('{{args.namespace}}', '$namespace').replaceAll('{{args.app}}', app);
  return role === 'stable' ? query.replaceAll(CANARY, 'role="stable"') : query;
}

/** The analysis' pass line: the value past which a measurement fails. */
function analysisLimit(metric: AnalysisMetric): PanelOptions['threshold'] {
  return { value: metric.healthy.threshold, bad: metric.healthy.op.startsWith('<') ? 'above' : 'below' };
}

/** Stable and canary side by side: the API analysis metrics for both, with the analysis limit drawn. */
function sideBySide(title: string, metric: AnalysisMetric, unit: string) {
  return timeseriesPanel(
    `${title}: stable and canary`,
    (['stable', 'canary'] as const).map((role) => promql(analysisQuery(metric, names.api, role), role)),
    {
      unit,
      threshold: analysisLimit(metric),
      description: `The canary line is the "${metric.name}" analysis query itself; a measurement ${metric.healthy.op} ${metric.healthy.threshold} passes.`,
      links: [logsLink()],
    },
  );
}

/** Argo Rollouts' controller metrics; its ServiceMonitor does not honor labels, so `exported_namespace`. */
const ROLLOUT = 'exported_namespace="$namespace"';
const API_TRAFFIC = `rate(http_requests_total{namespace="$namespace", service="${names.api}"}[1m])`;

/**
 * A release in progress: the canary against the stable version on what the analyses measure,
 * the Rollout's phase, replicas and analysis runs. Argo Rollouts v1.8.3 exports no step index
 * (controller/metrics/prommetrics.go), so the step shows as the canary's share of the traffic,
 * which the plugin sets to the step's weight.
 */
export const releaseDashboard: DashboardDefinition = (context) =>
  shopDashboardBuilder(
    {
      uid: 'dhakacart-release',
      title: 'DhakaCart / Release',
      description:
        'Canary against stable on the analysis metrics, with the analysis limits; Rollout phase, step weight and analysis runs.',
    },
    context,
  )
    .withPanel(sideBySide('5xx share', apiErrorRatio, 'percentunit'))
    .withPanel(sideBySide('p95 latency', apiLatencyP95, 's'))
    .withPanel(
      timeseriesPanel(
        'API traffic share per role (the step weight)',
        [
          promql(
            `sum by (role) (${API_TRAFFIC}) / ignoring (role) group_left sum(${API_TRAFFIC})`,
            '{{role}}',
          ),
        ],
        { unit: 'percentunit', min: 0, max: 1 },
      ),
    )
    .withPanel(
      tablePanel('Rollout phase', [promql(`max by (name, phase, strategy) (rollout_info{${ROLLOUT}})`)], {
        description: 'Argo Rollouts: Progressing, Paused, Completed, Abort, Timeout, Error or InvalidSpec.',
      }),
    )
    .withPanel(
      timeseriesPanel(
        'Rollout replicas: updated, available, desired',
        (['updated', 'available', 'desired'] as const).map((kind) =>
          promql(`max by (name) (rollout_info_replicas_${kind}{${ROLLOUT}})`, `{{name}} ${kind}`),
        ),
        { min: 0 },
      ),
    )
    .withPanel(
      tablePanel('Analysis runs', [promql(`max by (name, phase) (analysis_run_info{${ROLLOUT}})`)], {
        description:
          'Each AnalysisRun of the namespace and its phase (Successful, Failed, Inconclusive, Running, Error).',
      }),
    )
    .withPanel(
      timeseriesPanel(
        'Storefront: gateway serving',
        [promql(analysisQuery(gatewayServing, names.storefront), 'requests per second')],
        { unit: 'reqps', threshold: analysisLimit(gatewayServing) },
      ),
    )
    .withPanel(
      timeseriesPanel(
        'Container restarts (analysis window)',
        [names.api, names.storefront].map((app) => promql(analysisQuery(containerRestarts, app), app)),
        { min: 0, threshold: analysisLimit(containerRestarts), links: [logsLink()] },
      ),
    );
