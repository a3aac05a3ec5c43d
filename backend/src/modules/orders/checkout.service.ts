import type { AppDeps } from '../../deps';
import { HttpProblem, notFound } from '../../lib/problem';
import { randomToken, sha256 } from '../../lib/tokens';
import type { Tx } from '../../lib/transactions';
import { recordStock, stockChanges } from '../catalog';
import { KeyTaken, OutOfStock, outOfStockProblem } from './checkout-errors';
import type {
  CheckoutRepository,
  IdempotencyRecord,
  LineRequest,
  NewOrder,
  ReservedLine,
} from './checkout.repository';
import type { DeliveryArea } from './delivery-areas';
import { derivedAccessToken } from './idempotency';
import type { OrderDetails } from './order-details';
import { formatOrderNumber } from './order-number';
import type { PaymentMethod } from './payments';

const MAX_INT = 2_147_483_647;

export interface CheckoutRequest {
  /** What is ordered: an open cart, or explicit lines (the unversioned API). */
  source: { cartId: string } | { lines: LineRequest[] };
  customer: { name: string; phone: string; email: string | null };
  delivery: { area: DeliveryArea; address: string; notes: string | null };
  paymentMethod: PaymentMethod;
  /** The signed-in customer the order belongs to. */
  customerId: number | null;
  idempotency: IdempotencyRecord | null;
  /** The unversioned API sends the total it showed; a different server total is refused. */
  expectedSubtotalPaisa?: number;
}

export interface CheckoutResult {
  details: OrderDetails;
  accessToken: string;
  /** True when an earlier request with the same key made this order. */
  replayed: boolean;
}

/**
 * Checkout. One short transaction claims the idempotency key, takes the cart, decrements
 * stock with a guarded UPDATE per product in id order (so it can never oversell, and
 * concurrent checkouts lock rows in the same order), authorises payment and writes the
 * order. Any failure rolls all of it back. Once it commits, the catalog shows the new stock
 * on the next read, on every replica (catalog.stock.ts).
 */
export class CheckoutService {
  private readonly checkout: CheckoutRepository;

  constructor(private readonly deps: AppDeps) {
    this.checkout = deps.repositories.checkout;
  }

  async place(request: CheckoutRequest): Promise<CheckoutResult> {
    const accessToken = request.idempotency
      ? derivedAccessToken(this.deps.config.auth.jwtSecret, request.idempotency)
      : randomToken();
    try {
      const { details, reserved } = await this.deps.repositories.transactions.run((tx) =>
        this.placeInTransaction(tx, request, sha256(accessToken)),
      );
      await recordStock(this.deps, stockChanges(reserved, 'out'));
      this.deps.metrics.ordersPlaced.inc({ payment_method: request.paymentMethod });
      this.deps.metrics.orderValue.observe(details.order.totalPaisa);
      return { details, accessToken, replayed: false };
    } catch (error) {
      if (error instanceof KeyTaken) return this.replay(request.idempotency!, accessToken);
      if (error instanceof OutOfStock) throw outOfStockProblem(error.lines, error.failed, error.current);
      throw error;
    }
  }

  private async placeInTransaction(
    tx: Tx,
    request: CheckoutRequest,
    accessTokenHash: string,
  ): Promise<{ details: OrderDetails; reserved: ReservedLine[] }> {
    const { claimed, sequence } = await this.checkout.claimKeyAndNumber(tx, request.idempotency);
    if (!claimed) throw new KeyTaken();
    const number = formatOrderNumber(sequence);
    const wanted =
      'cartId' in request.source ? await this.takeCart(tx, request.source.cartId) : request.source.lines;
    const reserved = await this.reserveStock(tx, mergeLines(wanted));
    const subtotalPaisa = reserved.reduce((sum, line) => sum + line.lineTotalPaisa, 0);
    const totalPaisa = subtotalPaisa + request.delivery.area.feePaisa;
    if (totalPaisa > MAX_INT) throw new HttpProblem('validation-error', 'The order total is too large');
    if (request.expectedSubtotalPaisa !== undefined && request.expectedSubtotalPaisa !== subtotalPaisa) {
      throw new HttpProblem('price-mismatch', 'The total does not match current prices', {
        expectedTotal: subtotalPaisa / 100,
      });
    }
    const payment = await this.deps.payments.authorize({
      orderNumber: number,
      method: request.paymentMethod,
      amountPaisa: totalPaisa,
      phone: request.customer.phone,
    });
    if (payment.status === 'failed') {
      throw new HttpProblem('payment-failed', payment.failureReason ?? 'The payment was declined');
    }
    const order: NewOrder = {
      number,
      customerId: request.customerId,
      paymentMethod: request.paymentMethod,
      paymentStatus: payment.status,
      paymentReference: payment.reference,
      customerName: request.customer.name,
      customerPhone: request.customer.phone,
      customerEmail: request.customer.email,
      deliveryArea: request.delivery.area.code,
      deliveryAddress: request.delivery.address,
      deliveryNotes: request.delivery.notes,
      subtotalPaisa,
      deliveryFeePaisa: request.delivery.area.feePaisa,
      totalPaisa,
      accessTokenHash,
    };
    const { id, createdAt } = await this.checkout.insertOrder(tx, order, reserved, request.idempotency);
    const details: OrderDetails = {
      order: { ...order, id, status: 'pending', createdAt },
      lines: reserved.map((line) => ({ ...line, productName: line.name, productSlug: line.slug })),
      history: [{ status: 'pending', note: null, createdAt }],
    };
    return { details, reserved };
  }

  /**
   * Takes the cart and fails fast when its stock, as last committed, is already short: after
   * a sell-out, buyers get their 409 without queueing on the product's row lock. The guarded
   * decrement that follows remains what guarantees no overselling.
   */
  private async takeCart(tx: Tx, cartId: string): Promise<LineRequest[]> {
    const lines = await this.checkout.takeCart(tx, cartId);
    if (lines === undefined) {
      if ((await this.checkout.cartStatus(cartId)) === 'ordered') {
        throw new HttpProblem('conflict', 'This cart has already been ordered');
      }
      throw notFound('Cart');
    }
    if (lines.length === 0) {
      throw new HttpProblem('validation-error', 'The cart is empty', {
        errors: [{ field: 'body.cartId', message: 'the cart is empty' }],
      });
    }
    const short = lines.find((line) => line.status !== 'active' || line.stock < line.quantity);
    if (short) {
      const current = lines.map((line) => ({
        id: line.productId,
        name: line.name,
        stock: line.stock,
        status: line.status,
      }));
      throw new OutOfStock(lines, short, current);
    }
    return lines.map(({ productId, quantity }) => ({ productId, quantity }));
  }

  /**
   * One guarded UPDATE per product, in product id order. At the first short line it reads the
   * current stock for the report and gives up (the caller's transaction rolls back).
   */
  private async reserveStock(tx: Tx, lines: LineRequest[]): Promise<ReservedLine[]> {
    const reserved: ReservedLine[] = [];
    for (const line of lines) {
      const row = await this.checkout.reserve(tx, line);
      if (!row) {
        // Read on this connection (no second pool checkout), adding back what this
        // transaction already took, since it is about to be rolled back.
        const current = await this.checkout.stockOf(
          tx,
          lines.map((wanted) => wanted.productId),
        );
        const taken = new Map(reserved.map((done) => [done.productId, done.quantity]));
        const before = current.map((product) => ({
          ...product,
          stock: product.stock + (taken.get(product.id) ?? 0),
        }));
        throw new OutOfStock(lines, line, before);
      }
      reserved.push({ ...line, ...row, lineTotalPaisa: row.unitPricePaisa * line.quantity });
    }
    return reserved;
  }

  private async replay(record: IdempotencyRecord, accessToken: string): Promise<CheckoutResult> {
    const stored = await this.checkout.findKey(record.scope, record.key);
    if (stored && stored.requestHash !== record.requestHash) {
      throw new HttpProblem(
        'idempotency-key-reused',
        'This Idempotency-Key was used for a different request',
      );
    }
    const details = stored?.orderId ? await this.deps.repositories.orders.byId(stored.orderId) : undefined;
    if (!details)
      throw new HttpProblem('conflict', 'A request with this Idempotency-Key is still in progress');
    return { details, accessToken, replayed: true };
  }
}

/** Sorted by product id, one line per product. */
function mergeLines(lines: LineRequest[]): LineRequest[] {
  const merged = new Map<number, number>();
  for (const line of lines) merged.set(line.productId, (merged.get(line.productId) ?? 0) + line.quantity);
  return [...merged].sort(([a], [b]) => a - b).map(([productId, quantity]) => ({ productId, quantity }));
}
