import { describe, expect, test } from 'vitest';
import { nextPathAfterSignIn } from './useAfterSignIn';

describe('nextPathAfterSignIn', () => {
  test('when next is a path inside the shop, then it is followed', () => {
    expect(nextPathAfterSignIn('/checkout')).toBe('/checkout');
  });

  test('when next is missing, another site or protocol-relative, then the account page is used', () => {
    expect(nextPathAfterSignIn(undefined)).toBe('/account');
    expect(nextPathAfterSignIn('https://evil.example')).toBe('/account');
    expect(nextPathAfterSignIn('//evil.example/path')).toBe('/account');
    expect(nextPathAfterSignIn(['/a', '/b'])).toBe('/account');
  });
});
