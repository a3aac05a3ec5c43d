import * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import { type LogQuery, SLOW_REQUEST_MS, logQueries as q } from '../logs/logql';
import { logql, logsPanel, tablePanel, timeseriesPanel } from './builder';
import { type DashboardDefinition, LOGS_DASHBOARD, shopDashboardBuilder } from './dashboard';

/** The text box the request-id search reads as `$request_id` (logs/logql.ts). */
export const REQUEST_ID_VARIABLE = 'request_id';

const loki = (query: LogQuery) => logql(query.expr, query.legend);

/**
 * What on-call reads in Loki: which routes fail and how, one request's lines by its id (the
 * `X-Request-Id` the API echoes), slow requests, error lines, and the rest of the namespace.
 * The queries are logs/logql.ts, parsed and checked against the API's real lines in the tests;
 * the other dashboards' data links open this one on their time range and namespace.
 */
export const logsDashboard: DashboardDefinition = (context) =>
  shopDashboardBuilder(
    {
      uid: LOGS_DASHBOARD.uid,
      title: 'DhakaCart / Logs',
      description:
        "The API's log lines in Loki: failing routes, one request by its id, slow requests, errors.",
      datasources: ['loki'],
    },
    context,
  )
    .withVariable(
      new dashboard.TextBoxVariableBuilder(REQUEST_ID_VARIABLE)
        .label('Request id (X-Request-Id)')
        .defaultValue(''),
    )
    .withPanel(timeseriesPanel('5xx answers per route', [loki(q.errorsByRoute)]))
    .withPanel(timeseriesPanel('4xx answers per route and status', [loki(q.clientErrorsByRoute)]))
    .withPanel(tablePanel('Failing routes in the time range', [loki(q.failingRoutes)]))
    .withPanel(timeseriesPanel('API log lines per level', [loki(q.linesByLevel)]))
    .withPanel(logsPanel(`One request: every line with $${REQUEST_ID_VARIABLE}`, [loki(q.requestId)]))
    .withPanel(logsPanel('Error lines (message, error, request id)', [loki(q.errorLines)]))
    .withPanel(logsPanel(`Slow requests (over ${SLOW_REQUEST_MS} ms)`, [loki(q.slowRequests)]))
    .withPanel(timeseriesPanel('Slowest request per route (ms)', [loki(q.slowestRoutes)], { unit: 'ms' }))
    .withPanel(logsPanel('Errors from the other pods of the namespace', [loki(q.otherContainers)]));
