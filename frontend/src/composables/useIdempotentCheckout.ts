import type { CheckoutInput } from '../api/types';
import { newIdempotencyKey } from '../lib/idempotency';

/**
 * One Idempotency-Key per distinct checkout body: a double click or a retry after a network
 * failure resends the same key (the API returns the same order), while a changed form gets a
 * new key (reusing a key with another body is refused by the API).
 */
export function useIdempotentCheckout(makeKey: () => string = newIdempotencyKey) {
  let lastBody: string | null = null;
  let key = makeKey();

  function keyFor(input: CheckoutInput): string {
    const body = JSON.stringify(input);
    if (lastBody !== null && lastBody !== body) key = makeKey();
    lastBody = body;
    return key;
  }

  function reset(): void {
    lastBody = null;
    key = makeKey();
  }

  return { keyFor, reset };
}
