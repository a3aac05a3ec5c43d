import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { catalogApi } from '../api/catalog';
import { cartsApi } from '../api/carts';
import { isApiError } from '../api/problem';
import type { Cart, DeliveryArea } from '../api/types';
import { cartTotals, diffCart, snapshotOf, type CartChange, type CartSnapshotLine } from '../lib/cart';
import { readJson, writeJson } from '../lib/storage';

const CART_KEY = 'dhakacart.cart';
const AREA_KEY = 'dhakacart.area';

interface StoredCart {
  id: string;
  lines: CartSnapshotLine[];
}

/** The cart lives on the server (prices and stock are the server's); its id and last view survive reloads. */
export const useCartStore = defineStore('cart', () => {
  const stored = readJson<StoredCart>(CART_KEY);
  const cartId = ref<string | null>(stored?.id ?? null);
  const cart = ref<Cart | null>(null);
  const seen = ref<CartSnapshotLine[]>(stored?.lines ?? []);
  const changes = ref<CartChange[]>([]);
  const drawerOpen = ref(false);
  const busy = ref(false);
  const failed = ref(false);
  const areas = ref<DeliveryArea[]>([]);
  const areaCode = ref<string | null>(readJson<string>(AREA_KEY));

  const lines = computed(() => cart.value?.lines ?? []);
  const area = computed(() => areas.value.find((a) => a.code === areaCode.value) ?? null);
  const totals = computed(() => cartTotals(lines.value, area.value?.feePaisa ?? null));
  const count = computed(() => totals.value.itemCount);
  const hasProblems = computed(() => lines.value.some((line) => !line.available));

  function accept(next: Cart, reconcile: boolean): void {
    if (reconcile) changes.value = diffCart(seen.value, next);
    cart.value = next;
    cartId.value = next.id;
    seen.value = snapshotOf(next);
    writeJson(CART_KEY, { id: next.id, lines: seen.value } satisfies StoredCart);
  }

  async function run(action: () => Promise<Cart>, reconcile = false): Promise<boolean> {
    busy.value = true;
    failed.value = false;
    try {
      accept(await action(), reconcile);
      return true;
    } catch (error) {
      if (isApiError(error, 'not-found')) forget();
      failed.value = true;
      return false;
    } finally {
      busy.value = false;
    }
  }

  /** Loads the saved cart and tells what changed since the customer last saw it. */
  async function load(): Promise<void> {
    if (!cartId.value) return;
    const id = cartId.value;
    await run(() => cartsApi.get(id), true);
  }

  async function ensureId(): Promise<string> {
    if (cartId.value) return cartId.value;
    const created = await cartsApi.create();
    accept(created, false);
    return created.id;
  }

  async function add(productId: number, quantity = 1): Promise<boolean> {
    const ok = await run(async () => {
      const id = await ensureId();
      try {
        return await cartsApi.add(id, productId, quantity);
      } catch (error) {
        // a cart that expired or was ordered: start a new one once
        if (!isApiError(error, 'not-found')) throw error;
        forget();
        return cartsApi.add(await ensureId(), productId, quantity);
      }
    });
    return ok;
  }

  function setQuantity(productId: number, quantity: number): Promise<boolean> {
    const id = cartId.value;
    if (!id) return Promise.resolve(false);
    if (quantity <= 0) return remove(productId);
    return run(() => cartsApi.setQuantity(id, productId, quantity));
  }

  function remove(productId: number): Promise<boolean> {
    const id = cartId.value;
    if (!id) return Promise.resolve(false);
    changes.value = changes.value.filter((change) => change.productId !== productId);
    return run(() => cartsApi.remove(id, productId));
  }

  /** Re-reads the cart from the server (before checkout, after an out-of-stock answer). */
  function refresh(): Promise<boolean> {
    const id = cartId.value;
    return id ? run(() => cartsApi.get(id), true) : Promise.resolve(true);
  }

  /** Uses the server's cart for a signed-in customer. */
  function adopt(next: Cart): void {
    accept(next, false);
  }

  /** Switches to the customer's server cart after signing in (the API merges the guest cart into it). */
  async function useCart(id: string | null): Promise<void> {
    if (!id || id === cartId.value) return refresh().then(() => undefined);
    cartId.value = id;
    await run(() => cartsApi.get(id));
  }

  function forget(): void {
    cartId.value = null;
    cart.value = null;
    seen.value = [];
    writeJson(CART_KEY, null);
  }

  async function loadAreas(): Promise<void> {
    if (areas.value.length === 0) areas.value = await catalogApi.deliveryAreas();
  }

  function chooseArea(code: string | null): void {
    areaCode.value = code;
    writeJson(AREA_KEY, code);
  }

  function dismissChanges(): void {
    changes.value = [];
  }

  return {
    cartId,
    cart,
    lines,
    changes,
    drawerOpen,
    busy,
    failed,
    areas,
    areaCode,
    area,
    totals,
    count,
    hasProblems,
    load,
    add,
    setQuantity,
    remove,
    refresh,
    adopt,
    useCart,
    forget,
    loadAreas,
    chooseArea,
    dismissChanges,
  };
});
