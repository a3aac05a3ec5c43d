import { timingSafeEqual } from 'node:crypto';
import type { AccessClaims } from '../../lib/tokens';
import { sha256 } from '../../lib/tokens';
import type { OrderDetails } from './order-details';

/**
 * Who may see an order: an admin, the customer it belongs to, or whoever holds the access
 * token returned at checkout. Everyone else is told it does not exist.
 */
export function canAccessOrder(
  order: OrderDetails['order'],
  auth: AccessClaims | undefined,
  orderToken: string | undefined,
): boolean {
  if (auth?.role === 'admin') return true;
  if (auth && order.customerId === auth.customerId) return true;
  if (!orderToken) return false;
  const given = Buffer.from(sha256(orderToken), 'hex');
  const stored = Buffer.from(order.accessTokenHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
