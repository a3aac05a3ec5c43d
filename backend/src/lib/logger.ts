import pino, { type Logger } from 'pino';

/** Fields never written to a log line: credentials, tokens and customers' phone numbers. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-order-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.phone',
  '*.customer_phone',
  '*.refreshToken',
  '*.accessToken',
  'password',
  'phone',
];

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
