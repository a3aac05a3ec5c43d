import type { OrderStatus } from '../api/types';

const FLOW: readonly OrderStatus[] = ['pending', 'confirmed', 'packed', 'shipped', 'delivered'];

/** The next step of the normal flow, or null at the end (delivered) or when cancelled. */
export function nextStatus(status: OrderStatus): OrderStatus | null {
  const index = FLOW.indexOf(status);
  return index >= 0 && index < FLOW.length - 1 ? (FLOW[index + 1] ?? null) : null;
}
