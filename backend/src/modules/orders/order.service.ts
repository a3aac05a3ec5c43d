import type { AppDeps } from '../../deps';
import { pageMeta } from '../../http/envelope';
import { notFound } from '../../lib/problem';
import type { AccessClaims } from '../../lib/tokens';
import { canAccessOrder } from './order-access';
import type { OrderDetails } from './order-details';
import { ORDERS_PER_PAGE } from './order.repository';
import type { AdminOrdersQuery } from './order.schemas';
import { toOrderView } from './order.view';

type OrderDeps = Pick<AppDeps, 'repositories'>;

/** An order its reader may see (the order token, the owning customer, or an admin); 404 otherwise. */
export async function readableOrder(
  deps: OrderDeps,
  number: string,
  auth: AccessClaims | undefined,
  token: string | undefined,
): Promise<OrderDetails> {
  const details = await deps.repositories.orders.byNumber(number);
  if (!details || !canAccessOrder(details.order, auth, token)) throw notFound('Order');
  return details;
}

/** A page of a customer's orders, newest first, as the API shows them. */
export async function customerOrders(deps: OrderDeps, customerId: number, page: number) {
  const { items, total } = await deps.repositories.orders.forCustomer(customerId, page);
  return { data: items.map(toOrderView), meta: pageMeta(page, ORDERS_PER_PAGE, total) };
}

/** A page of the back office's order list, newest first. */
export async function adminOrders(deps: OrderDeps, query: AdminOrdersQuery) {
  const { items, total } = await deps.repositories.orders.forAdmin(query);
  return { data: items.map(toOrderView), meta: pageMeta(query.page, ORDERS_PER_PAGE, total) };
}
