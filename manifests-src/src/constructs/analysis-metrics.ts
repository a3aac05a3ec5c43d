import type { AnalysisMetric } from './analysis-templates';

/** Series of the canary's pods only: the metrics Service, and the role Rollouts sets on canary pods. */
const CANARY = 'namespace="{{args.namespace}}", service="{{args.app}}", role="canary"';

/**
 * Share of 5xx answers from the canary's pods (the API's own `http_requests_total`).
 * prom-client creates a `status_code` series at its first request, so a healthy canary has
 * no 5xx series at all: that absence is zero errors (`or vector(0)`). No traffic at all
 * still leaves the denominator empty, and the measurement inconclusive.
 */
export const apiErrorRatio: AnalysisMetric = {
  name: 'error-ratio',
  query: `
(sum(rate(http_requests_total{${CANARY}, status_code=~"5.."}[1m])) or vector(0))
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
 * The storefront serves static files through nginx without its own metrics, and NGINX Gateway
 * Fabric (open source) counts requests per data plane, not per backend. So the canary is
 * judged on the gateway of its namespace still serving traffic and on its pods not restarting.
 * NGF 2.4.2's data-plane pods export NGINX Agent 3.7.1's `nginx.http.requests` (a cumulative
 * sum; nginx/agent internal/collector/nginxreceiver/documentation.md) through the agent's
 * Prometheus exporter on the pod port `metrics`, 9113 (nginx/nginx-gateway-fabric
 * internal/controller/provisioner/objects.go), which names a monotonic sum `<name>_total`.
 * The gateway chart's PodMonitor scrapes that port.
 */
export const gatewayServing: AnalysisMetric = {
  name: 'gateway-serving',
  query: `sum(rate(nginx_http_requests_total{namespace="{{args.namespace}}"}[1m]))`,
  healthy: { op: '>', threshold: 0 },
};

/** Containers of the app (in practice the new version's) restarting during the rollout. */
export const containerRestarts: AnalysisMetric = {
  name: 'container-restarts',
  query: `max(increase(kube_pod_container_status_restarts_total{namespace="{{args.namespace}}", container="{{args.app}}"}[2m]))`,
  healthy: { op: '<', threshold: 1 },
};
