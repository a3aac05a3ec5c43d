import type { RequestHandler, Response } from 'express';
import type { AppDeps } from '../../deps';
import { HttpProblem, type ProblemType } from '../../lib/problem';

const REASONS: Partial<Record<ProblemType, string>> = {
  'out-of-stock': 'out_of_stock',
  'payment-failed': 'payment_failed',
  'validation-error': 'validation',
  'price-mismatch': 'price_mismatch',
  'idempotency-key-reused': 'idempotency_conflict',
  'rate-limited': 'rate_limited',
  conflict: 'cart_unavailable',
  'not-found': 'cart_unavailable',
  'service-unavailable': 'unavailable',
};

/** Checkouts per client address per minute (RATE_LIMIT_CHECKOUT_PER_IP). */
export function checkoutRateLimit(deps: AppDeps): RequestHandler {
  const rule = { name: 'checkout-ip', points: deps.config.rateLimits.checkoutPerIp, durationSeconds: 60 };
  return async (req, _res, next) => {
    await deps.rateLimits.consume(rule, req.ip ?? 'unknown');
    next();
  };
}

/** Counts every checkout that ends without an order in `dhakacart_checkout_failures_total{reason}`. */
export function countCheckoutFailures(deps: AppDeps): RequestHandler {
  return (_req, res, next) => {
    res.once('finish', () => {
      if (res.statusCode < 400) return;
      const reason =
        (res.locals.checkoutFailure as string | undefined) ??
        (res.statusCode === 400 ? 'validation' : res.statusCode === 429 ? 'rate_limited' : 'error');
      deps.metrics.checkoutFailures.inc({ reason });
    });
    next();
  };
}

/** Remembers why a checkout failed (for the metric above) and rethrows. */
export function noteCheckoutFailure(res: Response, error: unknown): never {
  if (error instanceof HttpProblem) res.locals.checkoutFailure = REASONS[error.type] ?? 'error';
  throw error;
}
