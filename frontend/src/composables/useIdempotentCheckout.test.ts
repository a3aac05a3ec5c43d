import { describe, expect, it } from 'vitest';
import type { CheckoutInput } from '../api/types';
import { useIdempotentCheckout } from './useIdempotentCheckout';

const input: CheckoutInput = {
  cartId: 'cart-1',
  customer: { name: 'Rahim Uddin', phone: '+8801712345678' },
  delivery: { area: 'dhanmondi', address: 'House 12, Road 5' },
  paymentMethod: 'cash_on_delivery',
};

function counter() {
  let n = 0;
  return () => `key-${++n}`;
}

describe('useIdempotentCheckout', () => {
  it('when the same checkout is sent twice (double click or retry), then both use one key', () => {
    const checkout = useIdempotentCheckout(counter());
    expect(checkout.keyFor(input)).toBe(checkout.keyFor({ ...input }));
  });

  it('when the customer changes the form, then the next attempt gets a new key', () => {
    const checkout = useIdempotentCheckout(counter());
    const first = checkout.keyFor(input);
    const second = checkout.keyFor({ ...input, paymentMethod: 'bkash' });
    expect(second).not.toBe(first);
  });

  it('when an order was placed and reset, then the next order gets a new key', () => {
    const checkout = useIdempotentCheckout(counter());
    const first = checkout.keyFor(input);
    checkout.reset();
    expect(checkout.keyFor(input)).not.toBe(first);
  });

  it('when using the real key maker, then keys fit the API limit of 8..128 characters', () => {
    const key = useIdempotentCheckout().keyFor(input);
    expect(key.length).toBeGreaterThanOrEqual(8);
    expect(key.length).toBeLessThanOrEqual(128);
  });
});
