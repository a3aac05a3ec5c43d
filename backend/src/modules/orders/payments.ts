import { createHmac } from 'node:crypto';
import type { PaymentMethod } from './order.models';

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
