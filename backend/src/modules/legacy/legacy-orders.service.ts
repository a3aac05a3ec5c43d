import type { AppDeps } from '../../deps';
import { notFound } from '../../lib/problem';
import type { AccessClaims } from '../../lib/tokens';
import { canAccessOrder } from '../orders';
import { toLegacyItem, toLegacyOrder } from './legacy-order.view';

/** An order and its items in the old shapes, for whoever may read it; 404 otherwise. */
export async function legacyOrder(
  deps: Pick<AppDeps, 'repositories'>,
  idOrNumber: number | string,
  auth: AccessClaims | undefined,
  token: string | undefined,
) {
  const orders = deps.repositories.orders;
  const order = await orders.find(idOrNumber);
  if (!order || !canAccessOrder(order, auth, token)) throw notFound('Order');
  const items = await orders.linesWithPictures(order.id);
  return { order: toLegacyOrder(order), items: items.map(toLegacyItem) };
}
