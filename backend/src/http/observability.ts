import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../lib/logger';
import type { Metrics } from '../lib/metrics';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Kubelet probes and Prometheus scrapes: not traffic. They are neither logged nor counted, so
 * an idle canary has no request series (its analysis is inconclusive, never "0 % errors").
 */
const PLUMBING_PATHS = new Set(['/metrics', '/healthz', '/readyz']);

/** One JSON log line per request, with a request id taken from `X-Request-Id` or generated, and echoed back. */
export function requestLogging(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: (req, res) => {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    customSuccessMessage: (req, res) => `${req.method} ${routeOf(res)} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${routeOf(res)} ${res.statusCode}`,
    // The route is known only once routing is done: add it to the completion line.
    customSuccessObject: (_req, res, value: Record<string, unknown>) => ({ ...value, route: routeOf(res) }),
    customErrorObject: (_req, res, _error, value: Record<string, unknown>) => ({
      ...value,
      route: routeOf(res),
    }),
    // Method, URL, client and user agent only: headers may carry credentials, and
    // serializing them all costs more than the rest of a cached catalog request.
    serializers: {
      req: (req: {
        id: unknown;
        method: string;
        url: string;
        headers: Record<string, unknown>;
        remoteAddress?: string;
      }) => ({
        id: req.id,
        method: req.method,
        url: req.url,
        remoteAddress: req.remoteAddress,
        userAgent: req.headers['user-agent'],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    autoLogging: {
      ignore: (req) => PLUMBING_PATHS.has(req.url ?? ''),
    },
  });
}

function routeOf(res: { locals?: Record<string, unknown> }): string {
  return typeof res.locals?.route === 'string' ? res.locals.route : 'unmatched';
}

/** `http_requests_total` and `http_request_duration_seconds` by route template, never raw URL. */
export function requestMetrics(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    if (PLUMBING_PATHS.has(req.path)) return next();
    const stop = metrics.httpDuration.startTimer();
    res.once('finish', () => {
      const labels = { method: req.method, route: routeOf(res), status_code: String(res.statusCode) };
      stop(labels);
      metrics.httpRequests.inc(labels);
    });
    next();
  };
}
