import { names } from '../charts/names';
import { promql, statPanel, timeseriesPanel } from './builder';
import { type DashboardDefinition, logsLink, shopDashboardBuilder } from './dashboard';

/** The API's own series (backend/src/lib/metrics.ts), through the `api` ServiceMonitor. */
const API = `job="${names.api}", namespace="$namespace"`;
/** Kubernetes' probes and Prometheus' scrapes are not the shop's traffic. */
const SERVED = `${API}, route!~"/metrics|/healthz|/readyz"`;
const perRoute = (selector: string) => `sum by (route) (rate(http_requests_total{${selector}}[5m]))`;

/** What customers get and what the shop sells: traffic, errors and latency per route, orders, cache, database pool. */
export const shopDashboard: DashboardDefinition = (context) =>
  shopDashboardBuilder(
    {
      uid: 'dhakacart-shop',
      title: 'DhakaCart / Shop overview',
      description:
        'Requests, errors and latency per route; orders, checkout failures, catalog cache and database pool.',
    },
    context,
  )
    .withPanel(
      timeseriesPanel('Requests per route', [promql(perRoute(SERVED), '{{route}}')], {
        unit: 'reqps',
        links: [logsLink(['route'])],
      }),
    )
    .withPanel(
      timeseriesPanel(
        '5xx share per route',
        // A route without a 5xx yet has no 5xx series: that is 0, not no data.
        [
          promql(
            `(${perRoute(`${SERVED}, status_code=~"5.."`)} or ${perRoute(SERVED)} * 0) / ${perRoute(SERVED)}`,
            '{{route}}',
          ),
        ],
        { unit: 'percentunit', min: 0, threshold: { value: 0.01 }, links: [logsLink(['route'])] },
      ),
    )
    .withPanel(
      timeseriesPanel(
        'p95 latency per route',
        [
          promql(
            `histogram_quantile(0.95, sum by (route, le) (rate(http_request_duration_seconds_bucket{${SERVED}}[5m])))`,
            '{{route}}',
          ),
        ],
        { unit: 's', threshold: { value: 0.5 }, links: [logsLink(['route'])] },
      ),
    )
    .withPanel(
      timeseriesPanel(
        'Orders per minute',
        [
          promql(
            `sum by (payment_method) (rate(dhakacart_orders_placed_total{${API}}[5m])) * 60`,
            '{{payment_method}}',
          ),
        ],
        { min: 0 },
      ),
    )
    .withPanel(
      statPanel(
        'Average order value (30 min)',
        [
          promql(
            `sum(rate(dhakacart_order_value_paisa_sum{${API}}[30m])) / sum(rate(dhakacart_order_value_paisa_count{${API}}[30m])) / 100`,
          ),
        ],
        { unit: 'currency:৳' },
      ),
    )
    .withPanel(
      statPanel(
        'Sales per hour (30 min)',
        [promql(`sum(rate(dhakacart_order_value_paisa_sum{${API}}[30m])) * 3600 / 100`)],
        { unit: 'currency:৳' },
      ),
    )
    .withPanel(
      timeseriesPanel(
        'Checkout failures by reason',
        [promql(`sum by (reason) (rate(dhakacart_checkout_failures_total{${API}}[5m])) * 60`, '{{reason}}')],
        {
          unit: 'short',
          description: 'Checkouts per minute that ended without an order.',
          links: [logsLink()],
        },
      ),
    )
    .withPanel(
      timeseriesPanel(
        'Catalog cache hit ratio',
        [
          promql(
            `sum(rate(dhakacart_cache_requests_total{${API}, result="hit"}[5m])) / sum(rate(dhakacart_cache_requests_total{${API}}[5m]))`,
            'hit ratio',
          ),
        ],
        { unit: 'percentunit', min: 0, max: 1 },
      ),
    )
    .withPanel(
      timeseriesPanel(
        'Database pool use per pod',
        [
          promql(
            `max by (pod) (dhakacart_db_pool_connections{${API}, state="used"}) / max by (pod) (dhakacart_db_pool_connections{${API}, state="max"})`,
            '{{pod}}',
          ),
        ],
        { unit: 'percentunit', min: 0, max: 1, threshold: { value: 0.8 }, links: [logsLink(['pod'])] },
      ),
    )
    .withPanel(
      timeseriesPanel(
        'Database pool connections',
        [promql(`sum by (state) (dhakacart_db_pool_connections{${API}})`, '{{state}}')],
        { min: 0 },
      ),
    );
