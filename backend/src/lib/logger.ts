import pino, { type Logger } from 'pino';

/**
 * Fields never written to a log line: credentials, tokens and customers' phone numbers.
 * Explicit paths, not wildcards: wildcard redaction costs on every line of every request.
 * Request lines carry no headers or bodies at all (see http/observability.ts).
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-order-token"]',
  'password',
  'phone',
  'refreshToken',
  'accessToken',
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
