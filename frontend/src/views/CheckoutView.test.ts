import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cart, line } from '../test/fixtures';
import { mountApp, stubFetch } from '../test/mountApp';
import CheckoutView from './CheckoutView.vue';

// Units with a stubbed API; the real checkout runs in the end-to-end journeys.
const order = { number: 'DC-2026-000123', status: 'pending', history: [], lines: [] };

beforeEach(() => {
  localStorage.setItem('dhakacart.cart', JSON.stringify({ id: 'cart-1', lines: [] }));
});
afterEach(() => {
  localStorage.clear();
  vi.unstubAllGlobals();
});

function api(orderAnswer: unknown = { status: 201, body: { data: order, accessToken: 'tok' } }) {
  return stubFetch({
    'GET /api/v1/carts/cart-1': { data: cart([line()], 'cart-1') },
    'GET /api/v1/delivery-areas': {
      data: [{ code: 'dhanmondi', name: 'Dhanmondi', nameBn: 'ধানমন্ডি', feePaisa: 6000 }],
    },
    'POST /api/v1/orders': orderAnswer,
  });
}

async function fill(wrapper: Awaited<ReturnType<typeof mountApp>>['wrapper'], phone = '01712345678') {
  await wrapper.get('#co-name').setValue('Rahim Uddin');
  await wrapper.get('#co-phone').setValue(phone);
  await wrapper.get('#co-area').setValue('dhanmondi');
  await wrapper.get('#co-address').setValue('House 12, Road 5, Dhanmondi');
}

describe('CheckoutView (stubbed API)', () => {
  it('when the phone is not a Bangladeshi mobile, then an inline message appears under it on blur', async () => {
    vi.stubGlobal('fetch', api().fetch);
    const { wrapper } = await mountApp(CheckoutView, { path: '/checkout', attachTo: document.body });
    await wrapper.get('#co-phone').setValue('12345');
    await wrapper.get('#co-phone').trigger('blur');
    expect(wrapper.get('#co-phone-error').text()).toContain('বাংলাদেশি মোবাইল নম্বর');
    expect(wrapper.get('#co-phone').attributes('aria-describedby')).toContain('co-phone-error');
    wrapper.unmount();
  });

  it('when the button is clicked twice, then both attempts carry the same Idempotency-Key', async () => {
    const network = api({
      status: 503,
      body: { type: 'https://dhakacart.com.bd/problems/service-unavailable' },
    });
    vi.stubGlobal('fetch', network.fetch);
    const { wrapper } = await mountApp(CheckoutView, { path: '/checkout' });
    await fill(wrapper);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-test=checkout-problem]').text()).toContain('দুবার অর্ডার হবে না');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const keys = network.calls.filter((c) => c.method === 'POST').map((c) => c.headers['Idempotency-Key']);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });

  it('when stock ran out, then the customer is told which item and how many are left', async () => {
    vi.stubGlobal(
      'fetch',
      api({
        status: 409,
        body: {
          type: 'https://dhakacart.com.bd/problems/out-of-stock',
          items: [{ productId: 1, name: 'Miniket Rice 5 kg', requested: 2, available: 0 }],
        },
      }).fetch,
    );
    const { wrapper } = await mountApp(CheckoutView, { path: '/checkout' });
    await fill(wrapper);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-test=out-of-stock]').text()).toContain(
      'Miniket Rice 5 kg: আপনি চেয়েছেন ২টি, আছে ০টি',
    );
  });

  it('when the order is placed, then the cart is forgotten and the confirmation page opens with the token', async () => {
    vi.stubGlobal('fetch', api().fetch);
    const { wrapper, router } = await mountApp(CheckoutView, { path: '/checkout' });
    await fill(wrapper);
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() =>
      expect(router.currentRoute.value.fullPath).toBe('/orders/DC-2026-000123?token=tok&placed=1'),
    );
    expect(localStorage.getItem('dhakacart.cart')).toBeNull();
  });
});
