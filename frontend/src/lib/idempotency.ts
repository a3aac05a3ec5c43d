/** A fresh key for one checkout attempt (the API accepts 8..128 characters). */
export function newIdempotencyKey(): string {
  return `co-${crypto.randomUUID()}`;
}
