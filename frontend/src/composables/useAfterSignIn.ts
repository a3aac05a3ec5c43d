import { useRoute, useRouter } from 'vue-router';
import { useCartStore } from '../stores/cart';

/** Where to go after signing in: `?next=` when it is a path inside the shop, else the account page. */
export function nextPathAfterSignIn(next: unknown): string {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') ? next : '/account';
}

/** After login or registration: use the session's cart, then go where the customer was headed. */
export function useAfterSignIn(): (cartId: string | null) => Promise<void> {
  const route = useRoute();
  const router = useRouter();
  const cart = useCartStore();
  return async (cartId) => {
    await cart.useCart(cartId);
    await router.push(nextPathAfterSignIn(route.query.next));
  };
}
