import { api } from './client';
import type { CheckoutInput, Order } from './types';

export const ordersApi = {
  /** The same key for the same checkout makes retries and double clicks return one order. */
  place: (input: CheckoutInput, idempotencyKey: string) =>
    api<{ data: Order; accessToken: string }>('/orders', {
      method: 'POST',
      body: input,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  get: (number: string, token?: string) =>
    api<{ data: Order }>(`/orders/${encodeURIComponent(number)}`, {
      headers: token ? { 'X-Order-Token': token } : {},
    }).then((r) => r.data),
  cancel: (number: string, token?: string) =>
    api<{ data: Order }>(`/orders/${encodeURIComponent(number)}/cancel`, {
      method: 'POST',
      headers: token ? { 'X-Order-Token': token } : {},
    }).then((r) => r.data),
};
