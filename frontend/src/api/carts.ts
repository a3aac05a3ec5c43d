import { api } from './client';
import type { Cart } from './types';

const path = (cartId: string) => `/carts/${encodeURIComponent(cartId)}`;

export const cartsApi = {
  create: () => api<{ data: Cart }>('/carts', { method: 'POST' }).then((r) => r.data),
  get: (cartId: string) => api<{ data: Cart }>(path(cartId)).then((r) => r.data),
  add: (cartId: string, productId: number, quantity: number) =>
    api<{ data: Cart }>(`${path(cartId)}/items`, { method: 'POST', body: { productId, quantity } }).then(
      (r) => r.data,
    ),
  setQuantity: (cartId: string, productId: number, quantity: number) =>
    api<{ data: Cart }>(`${path(cartId)}/items/${productId}`, { method: 'PATCH', body: { quantity } }).then(
      (r) => r.data,
    ),
  remove: (cartId: string, productId: number) =>
    api<{ data: Cart }>(`${path(cartId)}/items/${productId}`, { method: 'DELETE' }).then((r) => r.data),
};
