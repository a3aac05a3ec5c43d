import { derivedAccessToken, idempotencyRecord } from './idempotency';
import { formatOrderNumber } from './order-number';
import { canMove, TRANSITIONS } from './order-status';

describe('idempotency records', () => {
  test('when the same body comes with keys in another order, then the request hash is the same', () => {
    const a = idempotencyRecord('orders', 'key-00001', {
      body: { a: 1, b: { c: 2, d: [1, 2] } },
      customerId: null,
    });
    const b = idempotencyRecord('orders', 'key-00001', {
      body: { b: { d: [1, 2], c: 2 }, a: 1 },
      customerId: null,
    });
    expect(b).toEqual(a);
  });

  test('when the body or the customer differs, then the hash or the scope differs', () => {
    const guest = idempotencyRecord('orders', 'key-00001', { body: { a: 1 }, customerId: null });
    const changed = idempotencyRecord('orders', 'key-00001', { body: { a: 2 }, customerId: null });
    const customer = idempotencyRecord('orders', 'key-00001', { body: { a: 1 }, customerId: 7 });
    expect(changed.requestHash).not.toBe(guest.requestHash);
    expect(customer.scope).toBe('orders:customer:7');
    expect(guest.scope).toBe('orders');
  });

  test('when the access token is derived twice for one record, then it is the same, and differs per key and secret', () => {
    const record = idempotencyRecord('orders', 'key-00001', { body: { a: 1 }, customerId: null });
    const other = idempotencyRecord('orders', 'key-00002', { body: { a: 1 }, customerId: null });
    const secret = 'a-test-secret-that-is-long-enough-0123456789';
    expect(derivedAccessToken(secret, record)).toBe(derivedAccessToken(secret, record));
    expect(derivedAccessToken(secret, record)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(derivedAccessToken(secret, other)).not.toBe(derivedAccessToken(secret, record));
    expect(derivedAccessToken(`${secret}x`, record)).not.toBe(derivedAccessToken(secret, record));
  });
});

describe('order numbers and statuses', () => {
  test('when the sequence is small or past a million, then the number is padded to 6 digits but never cut', () => {
    const at = new Date('2026-12-31T19:00:00Z'); // already 2027 in Dhaka (UTC+6)
    expect(formatOrderNumber('123', at)).toBe('DC-2027-000123');
    expect(formatOrderNumber('1234567', at)).toBe('DC-2027-1234567');
  });

  test('when moves are checked, then only the forward path and early cancellation are allowed', () => {
    expect(canMove('pending', 'confirmed')).toBe(true);
    expect(canMove('packed', 'cancelled')).toBe(true);
    expect(canMove('pending', 'shipped')).toBe(false);
    expect(canMove('shipped', 'cancelled')).toBe(false);
    expect(canMove('delivered', 'pending')).toBe(false);
    expect(TRANSITIONS.cancelled).toEqual([]);
  });
});
