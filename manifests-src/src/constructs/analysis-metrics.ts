import type { AnalysisMetric } from './analysis-templates';

/** Series of the canary's pods only: the metrics Service, and the role Rollouts sets on canary pods. */
const CANARY = 'namespace="{{args.namespace}}", service="{{args.app}}", role="canary"';

/** Share of 5xx answers from the canary's pods (the API's own `http_requests_total`). */
export const apiErrorRatio: AnalysisMetric = {
  name: 'error-ratio',
  query: `
sum(rate(http_requests_total{${CANARY}, status_code=~"5.."}[1m]))
/
sum(rate(http_requests_total{${CANARY}}[1m]))`,
  healthy: { op: '<', threshold: 0.01 },
};

/** 95th percentile latency of the canary's pods, in seconds. */
export const apiLatencyP95: AnalysisMetric = {
  name: 'latency-p95',
  query: `
histogram_quantile(0.95,
  sum by (le) (rate(http_request_duration_seconds_bucket{${CANARY}}[2m])))`,
  healthy: { op: '<', threshold: 0.5 },
};

/**
 * The storefront serves static files through nginx without its own metrics; NGINX Gateway
 * Fabric (open source) exposes no per-backend status codes. So the canary is judged on the
 * gateway still serving traffic and on its pods not restarting.
 */
export const gatewayServing: AnalysisMetric = {
  name: 'gateway-serving',
  query: `sum(rate(nginx_gateway_fabric_http_requests_total[1m]))`,
  healthy: { op: '>', threshold: 0 },
};

/** Containers of the app (in practice the new version's) restarting during the rollout. */
export const containerRestarts: AnalysisMetric = {
  name: 'container-restarts',
  query: `max(increase(kube_pod_container_status_restarts_total{namespace="{{args.namespace}}", container="{{args.app}}"}[2m]))`,
  healthy: { op: '<', threshold: 1 },
};
