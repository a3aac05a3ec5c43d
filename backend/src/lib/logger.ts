import pino, { type Logger } from 'pino';

/**
 * Fields never written to a log line: credentials, tokens, customers' phone numbers and e-mail.
 * Explicit paths, not wildcards: wildcard redaction costs on every line of every request.
 * Request lines carry no headers or bodies at all (see http/observability.ts). A database error
 * (`err`) carries its statement, with the values inlined, and a constraint error the values that
 * clashed: those go too, the SQLSTATE and message stay. backend/src/http/request-logs.test.ts
 * checks the real output for phone numbers, e-mail addresses, passwords and tokens.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-order-token"]',
  'password',
  'phone',
  'email',
  'refreshToken',
  'accessToken',
  'err.sql',
  'err.parameters',
  'err.fields',
  'err.errors',
  'err.parent.sql',
  'err.parent.detail',
  'err.parent.parameters',
  'err.original.sql',
  'err.original.detail',
  'err.original.parameters',
  'customer.password',
  'customer.phone',
  'body.password',
  'body.phone',
  'body.customer_phone',
  'body.customer.phone',
];

/**
 * Standard output written asynchronously: the request path never waits for the terminal or
 * the container runtime's pipe. Pending lines are flushed at shutdown and on exit.
 */
export function stdoutDestination(): pino.DestinationStream {
  return pino.destination({ dest: 1, sync: false });
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'dhakacart-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

export type { Logger };
