import { CheckFailure } from './http';

/** Small shape assertions over untrusted JSON; each failure names the field and what it held. */
export function field(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export function expectArray(value: unknown, path: string): unknown[] {
  const found = field(value, path);
  if (!Array.isArray(found)) throw new CheckFailure(`${path} should be an array (got ${describe(found)})`);
  return found;
}

export function expectString(value: unknown, path: string): string {
  const found = field(value, path);
  if (typeof found !== 'string' || found === '')
    throw new CheckFailure(`${path} should be a non-empty string (got ${describe(found)})`);
  return found;
}

export function expectInteger(value: unknown, path: string): number {
  const found = field(value, path);
  if (typeof found !== 'number' || !Number.isSafeInteger(found)) {
    throw new CheckFailure(`${path} should be an integer (got ${describe(found)})`);
  }
  return found;
}

export function expectEqual(value: unknown, path: string, expected: unknown): void {
  const found = field(value, path);
  if (found !== expected)
    throw new CheckFailure(`${path} should be ${JSON.stringify(expected)} (got ${describe(found)})`);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
