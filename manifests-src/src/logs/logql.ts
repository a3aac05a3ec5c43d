import { names } from '../charts/names';

/**
 * Every LogQL query DhakaCart ships (the Logs dashboard), in one place: the dashboard is built
 * from it, and the tests parse each with Grafana's LogQL grammar and check every field it reads
 * against the API's real log lines (backend/src/http/request-logs.test.ts).
 *
 * Streams carry the labels Alloy gives them (argocd/values/alloy.ts): `namespace`, `pod`,
 * `container`, `app` (app.kubernetes.io/name) and the JSON `level`. Fields come from `| json`,
 * which flattens the API's pino-http line (backend/src/http/observability.ts) with `_`:
 * `req.id` is `req_id`, `res.statusCode` is `res_statusCode`; `responseTime` is milliseconds.
 */

/** The API's own streams in the dashboard's namespace. */
export const API_STREAM = `{namespace="$namespace", app="${names.api}"}`;

/**
 * A request slower than this is "slow": the latency SLO's threshold (alerts/shop-rules.ts, the
 * `le="0.5"` bucket), in the unit of pino-http's `responseTime`.
 */
export const SLOW_REQUEST_MS = 500;

export interface LogQuery {
  readonly expr: string;
  /** `range` for logs and time series, `instant` for one value per series (tables). */
  readonly queryType: 'range' | 'instant';
  readonly legend?: string;
}

const requests = `${API_STREAM} | json | route != ""`;

export const logQueries = {
  errorsByRoute: {
    expr: `sum by (route) (count_over_time(${requests} | res_statusCode >= 500 [$__auto]))`,
    queryType: 'range',
    legend: '{{route}}',
  },
  clientErrorsByRoute: {
    expr: `sum by (route, res_statusCode) (count_over_time(${requests} | res_statusCode >= 400 | res_statusCode < 500 [$__auto]))`,
    queryType: 'range',
    legend: '{{route}} {{res_statusCode}}',
  },
  failingRoutes: {
    expr: `topk(20, sum by (route, res_statusCode) (count_over_time(${requests} | res_statusCode >= 400 [$__range])))`,
    queryType: 'instant',
  },
  linesByLevel: {
    expr: `sum by (level) (count_over_time(${API_STREAM} [$__auto]))`,
    queryType: 'range',
    legend: '{{level}}',
  },
  requestId: {
    expr: `${API_STREAM} |= "$request_id" | json | req_id = "$request_id"`,
    queryType: 'range',
  },
  errorLines: {
    expr: `{namespace="$namespace", app="${names.api}", level=~"error|fatal"} | json | line_format "{{.msg}} {{.err_message}} request={{.req_id}}"`,
    queryType: 'range',
  },
  slowRequests: {
    expr: `${requests} | responseTime > ${SLOW_REQUEST_MS} | line_format "{{.responseTime}} ms {{.req_method}} {{.route}} {{.res_statusCode}} request={{.req_id}}"`,
    queryType: 'range',
  },
  slowestRoutes: {
    expr: `max by (route) (max_over_time(${requests} | unwrap responseTime | __error__ = "" [$__auto]))`,
    queryType: 'range',
    legend: '{{route}}',
  },
  otherContainers: {
    expr: `{namespace="$namespace", app!="${names.api}"} |~ "(?i)(error|fatal|panic)"`,
    queryType: 'range',
  },
} as const satisfies Record<string, LogQuery>;
