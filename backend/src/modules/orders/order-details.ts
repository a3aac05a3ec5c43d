import type { Order, OrderLine, OrderStatusHistory } from './order.models';

/** An order with its lines and history, as plain values (from a fresh checkout or the database). */
export interface OrderDetails {
  order: Pick<
    Order,
    | 'id'
    | 'number'
    | 'customerId'
    | 'status'
    | 'paymentMethod'
    | 'paymentStatus'
    | 'customerName'
    | 'customerPhone'
    | 'customerEmail'
    | 'deliveryArea'
    | 'deliveryAddress'
    | 'deliveryNotes'
    | 'subtotalPaisa'
    | 'deliveryFeePaisa'
    | 'totalPaisa'
    | 'accessTokenHash'
    | 'createdAt'
  >;
  lines: Pick<
    OrderLine,
    'productId' | 'productSlug' | 'productName' | 'unitPricePaisa' | 'quantity' | 'lineTotalPaisa'
  >[];
  history: Pick<OrderStatusHistory, 'status' | 'note' | 'createdAt'>[];
}
