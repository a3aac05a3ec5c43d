import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { authApi } from '../api/auth';
import { useAuthStore } from './auth';

// Units with a stubbed API; the real sign-in runs in the end-to-end journeys.
const customer = {
  id: 7,
  name: 'Nusrat',
  email: 'n@example.com',
  phone: null,
  role: 'customer',
  createdAt: '',
};
const session = (access: string, refresh: string) => ({
  data: { customer, accessToken: access, refreshToken: refresh, expiresIn: 900, cartId: null },
});
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

beforeEach(() => {
  localStorage.clear();
  setActivePinia(createPinia());
});
afterEach(() => vi.unstubAllGlobals());

describe('auth store (stubbed API)', () => {
  it('when the access token has expired, then one silent refresh happens and the request is retried with the new token', async () => {
    const seen: { url: string; auth: string | undefined; body?: string }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      const headers = init.headers as Record<string, string>;
      seen.push({ url, auth: headers.Authorization, body: init.body as string | undefined });
      if (url.endsWith('/auth/login')) return json(200, session('old-access', 'refresh-1'));
      if (url.endsWith('/auth/refresh')) return json(200, session('new-access', 'refresh-2'));
      if (url.endsWith('/me')) {
        return headers.Authorization === 'Bearer new-access'
          ? json(200, { data: customer })
          : json(401, { type: 'https://dhakacart.com.bd/problems/unauthorized' });
      }
      return json(404, {});
    });
    const auth = useAuthStore();
    await auth.login('n@example.com', 'a-long-enough-password');

    const me = await authApi.me();

    expect(me.name).toBe('Nusrat');
    expect(seen.map((s) => s.url.replace('/api/v1', ''))).toEqual([
      '/auth/login',
      '/me',
      '/auth/refresh',
      '/me',
    ]);
    expect(JSON.parse(seen[2]!.body!)).toEqual({ refreshToken: 'refresh-1' });
    expect(auth.session?.refreshToken).toBe('refresh-2');
  });

  it('when the refresh token is refused, then the customer is signed out locally', async () => {
    vi.stubGlobal('fetch', async (url: string) => {
      if (url.endsWith('/auth/login')) return json(200, session('old-access', 'refresh-1'));
      return json(401, { type: 'https://dhakacart.com.bd/problems/unauthorized' });
    });
    const auth = useAuthStore();
    await auth.login('n@example.com', 'a-long-enough-password');

    await expect(authApi.me()).rejects.toMatchObject({ type: 'unauthorized' });

    expect(auth.customer).toBeNull();
    expect(localStorage.getItem('dhakacart.session')).toBeNull();
  });
});
