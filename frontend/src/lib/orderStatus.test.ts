import { describe, expect, it } from 'vitest';
import { nextStatus } from './orderStatus';

describe('nextStatus', () => {
  it('when an order moves along, then each status leads to the next until delivered', () => {
    expect(nextStatus('pending')).toBe('confirmed');
    expect(nextStatus('packed')).toBe('shipped');
    expect(nextStatus('delivered')).toBeNull();
    expect(nextStatus('cancelled')).toBeNull();
  });
});
