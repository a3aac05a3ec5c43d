import type { DashboardSpec } from './dashboard';

/** The API's own series (backend/src/lib/metrics.ts), through the `api` ServiceMonitor. */
const API = 'job="api", namespace="$namespace"';
const SERVED = `${API}, route!~"/metrics|/healthz|/readyz"`;

/** What customers get and what the shop sells: traffic, errors and latency per route, orders, cache, database pool. */
export const shopDashboard: DashboardSpec = {
  uid: 'dhakacart-shop',
  title: 'DhakaCart / Shop overview',
  panels: [
    {
      title: 'Requests per route',
      type: 'timeseries',
      unit: 'reqps',
      queries: [{ expr: `sum by (route) (rate(http_requests_total{${SERVED}}[5m]))`, legend: '{{route}}' }],
    },
    {
      title: '5xx share per route',
      type: 'timeseries',
      unit: 'percentunit',
      threshold: 0.01,
      queries: [
        {
          expr: `sum by (route) (rate(http_requests_total{${SERVED}, status_code=~"5.."}[5m])) / sum by (route) (rate(http_requests_total{${SERVED}}[5m]))`,
          legend: '{{route}}',
        },
      ],
    },
    {
      title: 'p95 latency per route',
      type: 'timeseries',
      unit: 's',
      threshold: 0.5,
      queries: [
        {
          expr: `histogram_quantile(0.95, sum by (route, le) (rate(http_request_duration_seconds_bucket{${SERVED}}[5m])))`,
          legend: '{{route}}',
        },
      ],
    },
    {
      title: 'Orders per minute',
      type: 'timeseries',
      queries: [
        {
          expr: `sum by (payment_method) (rate(dhakacart_orders_placed_total{${API}}[5m])) * 60`,
          legend: '{{payment_method}}',
        },
      ],
    },
    {
      title: 'Average order value (Taka, 30 min)',
      type: 'stat',
      queries: [
        {
          expr: `sum(rate(dhakacart_order_value_paisa_sum{${API}}[30m])) / sum(rate(dhakacart_order_value_paisa_count{${API}}[30m])) / 100`,
        },
      ],
    },
    {
      title: 'Checkout failures by reason',
      type: 'timeseries',
      unit: 'reqps',
      queries: [
        {
          expr: `sum by (reason) (rate(dhakacart_checkout_failures_total{${API}}[5m]))`,
          legend: '{{reason}}',
        },
      ],
    },
    {
      title: 'Catalog cache hit ratio',
      type: 'timeseries',
      unit: 'percentunit',
      queries: [
        {
          expr: `sum(rate(dhakacart_cache_requests_total{${API}, result="hit"}[5m])) / sum(rate(dhakacart_cache_requests_total{${API}}[5m]))`,
        },
      ],
    },
    {
      title: 'Database pool connections',
      type: 'timeseries',
      queries: [{ expr: `sum by (state) (dhakacart_db_pool_connections{${API}})`, legend: '{{state}}' }],
    },
  ],
};
