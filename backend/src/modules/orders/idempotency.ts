import { createHmac } from 'node:crypto';
import { sha256 } from '../../lib/tokens';
import type { IdempotencyRecord } from './checkout.repository';

/** JSON with object keys sorted, so equal requests hash equally whatever the key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Keys live in a namespace per endpoint and per customer (guests share one), so two accounts
 * can never collide on a key. The hash of the validated body is what makes two requests "the same".
 */
export function idempotencyRecord(
  endpoint: string,
  key: string,
  request: { body: unknown; customerId: number | null },
): IdempotencyRecord {
  const scope = request.customerId === null ? endpoint : `${endpoint}:customer:${request.customerId}`;
  return { scope, key, requestHash: sha256(canonicalJson(request)) };
}

/**
 * The order access token of a keyed checkout. Derived (HMAC with the server secret) rather
 * than random so that a retry with the same key and body (which includes the secret cart
 * id) can be answered with the same token; only its SHA-256 is stored.
 */
export function derivedAccessToken(secret: string, record: IdempotencyRecord): string {
  return createHmac('sha256', secret)
    .update(`order-access-token\n${record.scope}\n${record.key}\n${record.requestHash}`)
    .digest('base64url');
}
