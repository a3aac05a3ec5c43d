import { SLOW_REQUEST_MS, logQueries as q } from '../logs/logql';
import type { DashboardSpec, PanelSpec } from './dashboard';

const loki = (panel: Omit<PanelSpec, 'datasource'>): PanelSpec => ({ ...panel, datasource: 'loki' });

/**
 * What on-call reads in Loki: which routes fail and how, one request's lines by its id (the
 * `X-Request-Id` the API echoes), slow requests, error lines, and the rest of the namespace.
 * The queries are logs/logql.ts, parsed and checked against the API's real lines in the tests.
 */
export const logsDashboard: DashboardSpec = {
  uid: 'dhakacart-logs',
  title: 'DhakaCart / Logs',
  textboxes: [{ name: 'request_id', label: 'Request id (X-Request-Id)' }],
  panels: [
    loki({ title: '5xx answers per route', type: 'timeseries', queries: [q.errorsByRoute] }),
    loki({ title: '4xx answers per route and status', type: 'timeseries', queries: [q.clientErrorsByRoute] }),
    loki({ title: 'Failing routes in the time range', type: 'table', queries: [q.failingRoutes] }),
    loki({ title: 'API log lines per level', type: 'timeseries', queries: [q.linesByLevel] }),
    loki({ title: 'One request: every line with $request_id', type: 'logs', queries: [q.requestId] }),
    loki({ title: 'Error lines (message, error, request id)', type: 'logs', queries: [q.errorLines] }),
    loki({ title: `Slow requests (over ${SLOW_REQUEST_MS} ms)`, type: 'logs', queries: [q.slowRequests] }),
    loki({
      title: 'Slowest request per route (ms)',
      type: 'timeseries',
      unit: 'ms',
      queries: [q.slowestRoutes],
    }),
    loki({
      title: 'Errors from the other pods of the namespace',
      type: 'logs',
      queries: [q.otherContainers],
    }),
  ],
};
