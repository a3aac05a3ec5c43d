import { HttpProblem } from '../../lib/problem';
import type { LineRequest, ProductStock } from './checkout.repository';

/** Thrown inside the checkout transaction to roll it back; mapped to a problem afterwards. */
export class OutOfStock extends Error {
  constructor(
    readonly lines: LineRequest[],
    readonly failed: LineRequest,
    /** Stock of the requested products as seen right after the failed decrement. */
    readonly current: ProductStock[],
  ) {
    super(`product ${failed.productId} is short`);
  }
}

/** Thrown when the idempotency key was already taken: the stored order is answered instead. */
export class KeyTaken extends Error {}

export function outOfStockProblem(
  requested: LineRequest[],
  failed: LineRequest,
  current: ProductStock[],
): HttpProblem {
  const byId = new Map(current.map((product) => [product.id, product]));
  const missing = requested.filter((line) => !byId.has(line.productId));
  if (missing.length > 0) {
    return new HttpProblem('validation-error', 'Unknown product', {
      errors: missing.map((line) => ({
        field: 'items',
        message: `product ${line.productId} does not exist`,
      })),
    });
  }
  const report = requested.map((line) => {
    const product = byId.get(line.productId)!;
    const available = product.status === 'active' ? product.stock : 0;
    return { productId: line.productId, name: product.name, requested: line.quantity, available };
  });
  // Stock may have come back since the failed decrement; the failed line is reported regardless.
  const short = report.filter(
    (item) => item.requested > item.available || item.productId === failed.productId,
  );
  const names = short.map((item) => item.name).join(', ');
  return new HttpProblem('out-of-stock', `Not enough stock for ${names}`, { items: short });
}
