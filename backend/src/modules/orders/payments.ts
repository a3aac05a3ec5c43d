import { createHmac } from 'node:crypto';

export const PAYMENT_METHODS = ['cash_on_delivery', 'bkash', 'nagad'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const PAYMENT_STATUSES = ['pending', 'authorized', 'paid', 'refunded', 'failed'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export interface PaymentRequest {
  orderNumber: string;
  method: PaymentMethod;
  amountPaisa: number;
  phone: string;
}

export interface PaymentResult {
  status: 'pending' | 'authorized' | 'failed';
  /** The provider's reference for the payment, if it made one. */
  reference: string | null;
  failureReason?: string;
}

/** What checkout needs from a payment provider (bKash, Nagad, or cash on delivery). */
export interface PaymentProvider {
  authorize(request: PaymentRequest): Promise<PaymentResult>;
}

/**
 * The sandbox used outside real payment integrations: cash on delivery is collected by the
 * rider (pending); wallet payments are authorised with a deterministic signed reference.
 * A wallet number ending in 0000 is declined, so the failure path can be exercised.
 */
export class SandboxPaymentProvider implements PaymentProvider {
  constructor(private readonly secret: string) {}

  async authorize(request: PaymentRequest): Promise<PaymentResult> {
    if (request.method === 'cash_on_delivery') return { status: 'pending', reference: null };
    if (request.phone.endsWith('0000')) {
      return { status: 'failed', reference: null, failureReason: 'wallet declined by the sandbox' };
    }
    const signature = createHmac('sha256', this.secret)
      .update(`${request.method}:${request.orderNumber}:${request.amountPaisa}`)
      .digest('hex')
      .slice(0, 16);
    return { status: 'authorized', reference: `${request.method.toUpperCase()}-SBX-${signature}` };
  }
}
