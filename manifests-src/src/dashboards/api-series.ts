/**
 * Whether a PromQL query reads the API's own series: it selects the API's scrape job or its
 * metrics Service (`job="api"`, `service="api"`, as the ServiceMonitor labels them), or the SLO
 * records made from them (`namespace:api_…`, alerts/slo.ts). Those run on a real Prometheus
 * scraping the real API after real traffic (backend/src/lib/canary-analysis.test.ts); every
 * other query reads an exporter and runs in promtool over input series with the exporter's
 * names and labels (manifests-src/test/dashboards.test.ts). No imports: the backend's tests read it too.
 */
export function readsApiSeries(expr: string): boolean {
  return /\b(job|service)="api"|\bnamespace:api_[a-z_]+:/.test(expr);
}
