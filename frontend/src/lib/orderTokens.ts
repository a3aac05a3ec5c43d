import { readJson, writeJson } from './storage';

const KEY = 'dhakacart.orders';
const KEEP = 20;

/** Guests read their orders with the order's access token; the latest few are remembered on this device. */
export function rememberOrderToken(number: string, token: string): void {
  const tokens = readJson<Record<string, string>>(KEY) ?? {};
  const entries = Object.entries({ ...tokens, [number]: token }).slice(-KEEP);
  writeJson(KEY, Object.fromEntries(entries));
}

export function orderToken(number: string): string | undefined {
  return readJson<Record<string, string>>(KEY)?.[number];
}
