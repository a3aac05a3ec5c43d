import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cart, line } from '../test/fixtures';
import { stubFetch } from '../test/mountApp';
import { useCartStore } from './cart';

// Units with a stubbed API; the real API is exercised by the end-to-end journeys.
beforeEach(() => {
  localStorage.clear();
  setActivePinia(createPinia());
});
afterEach(() => vi.unstubAllGlobals());

describe('cart store (stubbed API)', () => {
  it('when the first item is added, then a cart is created and its id survives a reload', async () => {
    const api = stubFetch({
      'POST /api/v1/carts': { status: 201, body: { data: cart([], 'cart-new') } },
      'POST /api/v1/carts/cart-new/items': { data: cart([line({ quantity: 1 })], 'cart-new') },
    });
    vi.stubGlobal('fetch', api.fetch);
    const store = useCartStore();
    expect(await store.add(1, 1)).toBe(true);
    expect(store.count).toBe(1);
    expect(api.calls.at(-1)?.body).toEqual({ productId: 1, quantity: 1 });

    setActivePinia(createPinia());
    expect(useCartStore().cartId).toBe('cart-new');
  });

  it('when the server price changed since the last visit, then loading the cart reports it', async () => {
    localStorage.setItem(
      'dhakacart.cart',
      JSON.stringify({
        id: 'cart-1',
        lines: [{ productId: 1, name: 'Miniket Rice 5 kg', unitPricePaisa: 42000, quantity: 2 }],
      }),
    );
    vi.stubGlobal(
      'fetch',
      stubFetch({ 'GET /api/v1/carts/cart-1': { data: cart([line({ unitPricePaisa: 45000 })], 'cart-1') } })
        .fetch,
    );
    const store = useCartStore();
    await store.load();
    expect(store.changes).toEqual([
      { kind: 'price', productId: 1, name: 'Miniket Rice 5 kg', fromPaisa: 42000, toPaisa: 45000 },
    ]);
    expect(store.totals.subtotalPaisa).toBe(90000);
  });

  it('when the saved cart no longer exists, then it is forgotten instead of failing forever', async () => {
    localStorage.setItem('dhakacart.cart', JSON.stringify({ id: 'gone', lines: [] }));
    vi.stubGlobal('fetch', stubFetch({}).fetch);
    const store = useCartStore();
    await store.load();
    expect(store.cartId).toBeNull();
    expect(localStorage.getItem('dhakacart.cart')).toBeNull();
  });

  it('when an area is chosen, then the delivery fee joins the total', async () => {
    vi.stubGlobal(
      'fetch',
      stubFetch({
        'GET /api/v1/delivery-areas': {
          data: [{ code: 'dhanmondi', name: 'Dhanmondi', nameBn: 'ধানমন্ডি', feePaisa: 6000 }],
        },
        'GET /api/v1/carts/cart-1': { data: cart([line({ quantity: 1, unitPricePaisa: 10000 })], 'cart-1') },
      }).fetch,
    );
    localStorage.setItem('dhakacart.cart', JSON.stringify({ id: 'cart-1', lines: [] }));
    const store = useCartStore();
    await Promise.all([store.load(), store.loadAreas()]);
    store.chooseArea('dhanmondi');
    expect(store.totals).toMatchObject({ subtotalPaisa: 10000, deliveryFeePaisa: 6000, totalPaisa: 16000 });
  });
});
