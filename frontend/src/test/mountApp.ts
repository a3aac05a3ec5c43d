import { mount, flushPromises, type ComponentMountingOptions } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { createMemoryHistory } from 'vue-router';
import type { Component } from 'vue';
import { createAppI18n } from '../i18n';
import type { AppLocale } from '../lib/money';
import { createAppRouter } from '../router';

/** Mounts a component with the app's real i18n, pinia and router (memory history). */
export async function mountApp<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> & { locale?: AppLocale; path?: string } = {},
) {
  const pinia = createPinia();
  setActivePinia(pinia);
  const i18n = createAppI18n(options.locale ?? 'bn');
  const router = createAppRouter({ isSignedIn: () => false, isAdmin: () => false }, createMemoryHistory());
  await router.push(options.path ?? '/');
  await router.isReady();
  const wrapper = mount(component, {
    ...options,
    global: { plugins: [pinia, i18n, router], ...options.global },
  } as ComponentMountingOptions<C>);
  await flushPromises();
  return { wrapper, router, i18n, pinia };
}

/** A fetch that answers from a table of "METHOD /path" → JSON body (status 200 unless given). */
export function stubFetch(routes: Record<string, unknown | { status: number; body: unknown }>) {
  const calls: { method: string; url: string; body: unknown; headers: Record<string, string> }[] = [];
  const fetchStub = async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    calls.push({
      method,
      url,
      body: init.body ? JSON.parse(String(init.body)) : undefined,
      headers: (init.headers ?? {}) as Record<string, string>,
    });
    const path = url.replace(/\?.*$/, '');
    const answer = routes[`${method} ${path}`] ?? routes[`${method} ${url}`];
    if (answer === undefined)
      return new Response(JSON.stringify({ type: '/problems/not-found' }), { status: 404 });
    const { status, body } =
      answer && typeof answer === 'object' && 'status' in answer && 'body' in answer
        ? (answer as { status: number; body: unknown })
        : { status: 200, body: answer };
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  };
  return { fetch: fetchStub as unknown as typeof fetch, calls };
}
