import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { authApi, type RegisterInput } from '../api/auth';
import { setAuthHooks } from '../api/client';
import type { Customer, Session } from '../api/types';
import { readJson, writeJson } from '../lib/storage';

const SESSION_KEY = 'dhakacart.session';
// Renew a minute before the access token expires, so requests rarely meet a 401.
const RENEW_BEFORE_MS = 60_000;

interface StoredSession {
  customer: Customer;
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
}

export const useAuthStore = defineStore('auth', () => {
  const session = ref<StoredSession | null>(readJson<StoredSession>(SESSION_KEY));
  const customer = computed(() => session.value?.customer ?? null);
  const isAdmin = computed(() => customer.value?.role === 'admin');
  let refreshing: Promise<boolean> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function store(next: Session): void {
    session.value = {
      customer: next.customer,
      accessToken: next.accessToken,
      refreshToken: next.refreshToken,
      expiresAt: Date.now() + next.expiresIn * 1000,
    };
    writeJson(SESSION_KEY, session.value);
    schedule();
  }

  function schedule(): void {
    clearTimeout(timer);
    if (!session.value || typeof window === 'undefined') return;
    const wait = Math.max(session.value.expiresAt - Date.now() - RENEW_BEFORE_MS, 1_000);
    timer = setTimeout(() => void refresh(), wait);
  }

  function clear(): void {
    clearTimeout(timer);
    session.value = null;
    writeJson(SESSION_KEY, null);
  }

  /** One refresh at a time; a failed refresh signs the customer out locally. */
  function refresh(): Promise<boolean> {
    const current = session.value;
    if (!current) return Promise.resolve(false);
    refreshing ??= authApi
      .refresh(current.refreshToken)
      .then((next) => {
        store(next);
        return true;
      })
      .catch(() => {
        clear();
        return false;
      })
      .finally(() => {
        refreshing = null;
      });
    return refreshing;
  }

  async function login(email: string, password: string, cartId?: string): Promise<Session> {
    const next = await authApi.login(email, password, cartId);
    store(next);
    return next;
  }

  async function register(input: RegisterInput): Promise<Session> {
    const next = await authApi.register(input);
    store(next);
    return next;
  }

  async function logout(): Promise<void> {
    const token = session.value?.refreshToken;
    clear();
    if (token) await authApi.logout(token).catch(() => undefined);
  }

  setAuthHooks({ accessToken: () => session.value?.accessToken ?? null, refresh });
  schedule();

  return { session, customer, isAdmin, login, register, logout, refresh };
});
