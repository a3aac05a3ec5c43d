import type { AppDeps } from '../../deps';
import { HttpProblem, notFound } from '../../lib/problem';
import { recordStock, stockChanges } from '../catalog';
import type { OrderDetails } from './order-details';
import type { OrderStatus } from './order-status';
import type { PaymentMethod, PaymentStatus } from './payments';
import { canMove } from './order-status';
import type { Restocked } from './order-status.repository';

export interface StatusChange {
  number: string;
  to: OrderStatus;
  note: string | null;
  actorId: number | null;
  /** Narrower than the transition table, e.g. what a customer may cancel from. */
  allowedFrom?: readonly OrderStatus[];
}

/**
 * Moves an order along its lifecycle; cancelling puts the stock back in the same transaction,
 * and the catalog shows it on the next read.
 */
export class OrderStatusService {
  constructor(private readonly deps: Pick<AppDeps, 'repositories' | 'catalogCache' | 'logger'>) {}

  async change(change: StatusChange): Promise<OrderDetails> {
    const { transactions, orderStatuses: statuses, orders } = this.deps.repositories;
    const restocked = await transactions.run(async (tx) => {
      const order = await statuses.lock(tx, change.number);
      if (!order) throw notFound('Order');
      if (
        !canMove(order.status, change.to) ||
        (change.allowedFrom && !change.allowedFrom.includes(order.status))
      ) {
        throw new HttpProblem('conflict', `An order that is ${order.status} cannot become ${change.to}`, {
          currentStatus: order.status,
        });
      }
      const restocked: Restocked[] = change.to === 'cancelled' ? await statuses.restock(tx, order.id) : [];
      await statuses.record(tx, {
        orderId: order.id,
        number: change.number,
        status: change.to,
        paymentStatus: paymentStatusAfter(change.to, order.paymentMethod, order.paymentStatus),
        note: change.note,
        actorId: change.actorId,
        restocked,
      });
      return restocked;
    });
    await recordStock(this.deps, stockChanges(restocked, 'in'));
    return (await orders.byNumber(change.number))!;
  }
}

/** Cash is paid on delivery; wallet payments are refunded when the order is cancelled. */
function paymentStatusAfter(to: OrderStatus, method: PaymentMethod, current: PaymentStatus): PaymentStatus {
  if (to === 'delivered' && method === 'cash_on_delivery') return 'paid';
  if (to === 'cancelled' && (current === 'authorized' || current === 'paid')) return 'refunded';
  return current;
}
