import type { OrderStatus } from './order-status';
import type { PaymentMethod, PaymentStatus } from './payments';

/** An order as plain values, from a fresh checkout or the database. */
export interface OrderRecord {
  id: number;
  number: string;
  customerId: number | null;
  status: OrderStatus;
  paymentMethod: PaymentMethod;
  paymentStatus: PaymentStatus;
  customerName: string;
  customerPhone: string;
  customerEmail: string | null;
  deliveryArea: string;
  deliveryAddress: string;
  deliveryNotes: string | null;
  subtotalPaisa: number;
  deliveryFeePaisa: number;
  totalPaisa: number;
  /** SHA-256 of the access token handed to the buyer at checkout. */
  accessTokenHash: string;
  createdAt: Date;
}

/** Prices are snapshots taken at checkout; later catalog changes don't alter orders. */
export interface OrderLineRecord {
  productId: number;
  productSlug: string;
  productName: string;
  unitPricePaisa: number;
  quantity: number;
  lineTotalPaisa: number;
}

export interface OrderHistoryRecord {
  status: OrderStatus;
  note: string | null;
  createdAt: Date;
}

/** An order with its lines and history. */
export interface OrderDetails {
  order: OrderRecord;
  lines: OrderLineRecord[];
  history: OrderHistoryRecord[];
}
