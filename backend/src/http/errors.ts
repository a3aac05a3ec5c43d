import type { ErrorRequestHandler, RequestHandler } from 'express';
import {
  BaseError as SequelizeBaseError,
  ConnectionError,
  TimeoutError as SequelizeTimeoutError,
} from 'sequelize';
import { DatabaseError as PgDatabaseError } from 'pg';
import { HttpProblem } from '../lib/problem';

/** PostgreSQL SQLSTATEs that mean "the database is not available right now". */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '53300',
  '57014',
  // PgBouncer's own errors (query_wait_timeout, "server login has been failing", server conn
  // crashed, client limits): PostgreSQL behind it is unreachable or saturated.
  '08P01',
]);

function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof ConnectionError || error instanceof SequelizeTimeoutError) return true;
  // Raw from pg when the first statement of a new connection fails (Sequelize's session SETs):
  // PgBouncer accepts the login and refuses that statement while PostgreSQL is away.
  if (error instanceof PgDatabaseError) return UNAVAILABLE_SQLSTATES.has(error.code ?? '');
  if (error instanceof SequelizeBaseError) {
    const code = (error as { parent?: { code?: string } }).parent?.code;
    if (code && UNAVAILABLE_SQLSTATES.has(code)) return true;
    const message = (error as { parent?: { message?: string } }).parent?.message ?? error.message;
    return /Connection terminated|ECONNREFUSED|ECONNRESET|connect ETIMEDOUT|not queryable/i.test(message);
  }
  return false;
}

interface BodyParserError {
  type?: string;
  status?: number;
}

/** Maps anything thrown to an RFC 9457 problem. */
export function toProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  const parserType = (error as BodyParserError | null)?.type;
  switch (parserType) {
    case 'entity.parse.failed':
      return new HttpProblem('malformed-json', 'The request body is not valid JSON');
    case 'entity.too.large':
      return new HttpProblem('payload-too-large', 'The request body is larger than 100 kB');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new HttpProblem('unsupported-media-type', 'Send JSON encoded as UTF-8');
  }
  // http-errors from Express's own middleware, e.g. serve-static's 404 for a missing asset.
  if ((error as { status?: number } | null)?.status === 404) return new HttpProblem('not-found', 'Not found');
  if (isDatabaseUnavailable(error)) {
    return new HttpProblem(
      'service-unavailable',
      'The database is unavailable; try again shortly',
      {},
      { 'Retry-After': '2' },
    );
  }
  return new HttpProblem('internal-error', 'Something went wrong on our side');
}

export const problemHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const problem = toProblem(error);
  if (problem.status >= 500) {
    req.log?.error(
      { err: error },
      problem.type === 'service-unavailable' ? 'database unavailable' : 'unhandled error',
    );
  }
  if (res.headersSent) return;
  for (const [name, value] of Object.entries(problem.headers)) res.setHeader(name, value);
  res
    .status(problem.status)
    .type('application/problem+json')
    .send(
      JSON.stringify(problem.toBody(req.originalUrl.split('?')[0] ?? req.originalUrl, String(req.id ?? ''))),
    );
};

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new HttpProblem('not-found', `No route for ${req.method} ${req.path}`));
};

/** Bodies must be JSON: anything else with a body is refused before parsing. */
export const requireJsonBody: RequestHandler = (req, _res, next) => {
  const hasBody =
    req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
  if (hasBody && !req.is('application/json') && !req.is('application/*+json')) {
    return next(new HttpProblem('unsupported-media-type', 'Send the body as application/json'));
  }
  next();
};
